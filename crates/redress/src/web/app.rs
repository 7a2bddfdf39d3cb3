//! The web application: its state (the services, plus what only HTTP needs) and its
//! router (every URL of shared/DESIGN.md that exists so far, with the layers every request
//! goes through).

use crate::limits::Limits;
use crate::services::{Clock, Services};
use crate::web;
use crate::web::proxy::{ClientAddr, TrustedProxies};
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use metrics_exporter_prometheus::PrometheusHandle;
use std::time::Duration;
use store::{Store, StoreError};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

/// The address a request came from: the client behind trusted proxies
/// (`web::proxy`), else the connection's (unknown in in-process tests).
pub fn client_ip(parts: &axum::http::request::Parts) -> std::net::IpAddr {
    if let Some(ClientAddr(addr)) = parts.extensions.get::<ClientAddr>() {
        return *addr;
    }
    parts
        .extensions
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map_or(std::net::IpAddr::from([0, 0, 0, 0]), |c| c.0.ip())
}

/// Puts the client's address in the request (`client_ip` reads it).
async fn resolve_client(State(app): State<AppState>, mut req: Request, next: Next) -> Response {
    if let Some(peer) = req
        .extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
    {
        let client = app.proxies.client(peer.0.ip(), req.headers());
        req.extensions_mut().insert(ClientAddr(client));
    }
    next.run(req).await
}

/// The portal's and back-office's forms refuse a post that the browser says comes from
/// another site — `Sec-Fetch-Site` other than `same-origin` (or `none`: typed, bookmarked),
/// or where that header is missing an `Origin` that is neither `base_url`'s nor the
/// requested host — in this one layer for every state-changing form. Requests without
/// either header (not a browser, or an old one) go on: each handler still checks the CSRF
/// token bound to the visitor's cookie and session.
async fn same_site_forms(State(app): State<AppState>, req: Request, next: Next) -> Response {
    use axum::http::Method;
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS)
        || from_this_site(&app, req.headers())
    {
        return next.run(req).await;
    }
    tracing::info!(path = %web::ops::logged_path(req.uri().path()), "cross-site form refused");
    let (mut parts, _) = req.into_parts();
    let visitor = match <web::pages::Visitor as axum::extract::FromRequestParts<AppState>>::from_request_parts(&mut parts, &app).await
    {
        Ok(v) => v,
        Err(never) => match never {},
    };
    visitor.message(
        &app,
        axum::http::StatusCode::FORBIDDEN,
        "error-page-title",
        "error-cross-site",
    )
}

fn from_this_site(app: &AppState, headers: &axum::http::HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return matches!(site.as_bytes(), b"same-origin" | b"none");
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|o| o.to_str().ok()) else {
        return true;
    };
    let ours = app.base_url.trim_end_matches('/');
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    origin.eq_ignore_ascii_case(ours)
        || origin
            .split_once("://")
            .zip(host)
            .is_some_and(|((_, authority), host)| authority.eq_ignore_ascii_case(host))
}

/// The slowest upload still waited for, in bytes per second (8 kbit/s, below 2G's uplink).
const SLOWEST_UPLOAD: u64 = 1_000;
/// What the server may take on a request beyond receiving its body.
const HANDLING_TIME: Duration = Duration::from_secs(30);

/// 408 when a request takes longer than its handling time plus the time its declared body
/// takes at the slowest upload rate: a 3 MB photo over 2G is waited for, a stuck handler is
/// not. A body that stops arriving is cut sooner, by the idle timeout (`web::server`).
async fn deadline(req: Request, next: Next) -> Response {
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    let body = declared.unwrap_or(if req.headers().contains_key(header::TRANSFER_ENCODING) {
        MAX_UPLOAD_BODY as u64
    } else {
        0
    });
    let limit =
        HANDLING_TIME + Duration::from_secs(body.min(MAX_UPLOAD_BODY as u64) / SLOWEST_UPLOAD);
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(response) => response,
        Err(_) => axum::http::StatusCode::REQUEST_TIMEOUT.into_response(),
    }
}

/// The largest request body accepted (JSON and forms).
pub const MAX_BODY: usize = 1024 * 1024;
/// The largest body of any route (forms with an attachment).
pub const MAX_UPLOAD_BODY: usize = 4 * 1024 * 1024;

/// What handlers get: the services (`app.store`, `app.catalog()`, `app.now()` through
/// `Deref`), and the metrics that only HTTP has. One pointer: the router and its layers
/// clone the state several times per request, and a clone of the fields themselves (a dozen
/// shared counters, the strings of the public address and contacts) cost about 7 % of a
/// lookup's CPU.
#[derive(Clone)]
pub struct AppState(std::sync::Arc<Shared>);

/// The state's fields, shared by every clone of it.
#[derive(Clone)]
pub struct Shared {
    services: Services,
    pub metrics: PrometheusHandle,
    /// Who may call the gateway routes (`/channels/*`).
    pub gateway: std::sync::Arc<web::channels::GatewayAccess>,
    /// `/stats` pages rendered in the last few seconds (`web::pages::stats`).
    pub stats_pages: web::pages::stats::Recent,
    /// Whose forwarding headers are believed (`web::proxy`).
    pub proxies: std::sync::Arc<TrustedProxies>,
    /// Who may read `/metrics` (default: the loopback addresses).
    pub metrics_allow: std::sync::Arc<Vec<ipnet::IpNet>>,
}

impl std::ops::Deref for AppState {
    type Target = Shared;
    fn deref(&self) -> &Shared {
        &self.0
    }
}

impl std::ops::Deref for Shared {
    type Target = Services;
    fn deref(&self) -> &Services {
        &self.services
    }
}

impl AppState {
    pub fn from_services(services: Services) -> AppState {
        AppState(std::sync::Arc::new(Shared {
            services,
            metrics: web::metrics::handle(),
            gateway: std::sync::Arc::default(),
            stats_pages: web::pages::stats::Recent::default(),
            proxies: std::sync::Arc::default(),
            metrics_allow: std::sync::Arc::new(
                crate::config::parse_networks(crate::config::LOOPBACK).expect("loopback parses"),
            ),
        }))
    }

    pub async fn new(store: Store, files: std::path::PathBuf) -> Result<AppState, StoreError> {
        Ok(AppState::from_services(Services::new(store, files).await?))
    }

    /// The fields to change while the state is built (before any clone is shared).
    fn fields(&mut self) -> &mut Shared {
        std::sync::Arc::make_mut(&mut self.0)
    }

    pub fn with_limits(mut self, limits: Limits) -> AppState {
        let fields = self.fields();
        fields.services = fields.services.clone().with_limits(limits);
        self
    }

    /// Cookies get `Secure` when the public address is HTTPS.
    pub fn secure_cookies(&self) -> bool {
        self.services.base_url.starts_with("https://")
    }

    pub fn with_gateway(mut self, gateway: web::channels::GatewayAccess) -> AppState {
        self.fields().gateway = std::sync::Arc::new(gateway);
        self
    }

    pub fn with_trusted_proxies(mut self, proxies: TrustedProxies) -> AppState {
        self.fields().proxies = std::sync::Arc::new(proxies);
        self
    }

    pub fn with_metrics_allow(mut self, allow: Vec<ipnet::IpNet>) -> AppState {
        self.fields().metrics_allow = std::sync::Arc::new(allow);
        self
    }

    pub fn with_clock(mut self, clock: Clock) -> AppState {
        let fields = self.fields();
        fields.services = fields.services.clone().with_clock(clock);
        self
    }
}

pub fn router(state: AppState) -> Router {
    let request_id = HeaderName::from_static("x-request-id");
    // Served over HTTPS (directly or by a proxy): browsers are told to keep to it.
    let hsts = state.secure_cookies().then(|| {
        SetResponseHeaderLayer::if_not_present(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        )
    });
    let routes = Router::new()
        .merge(web::ops::routes())
        .merge(
            web::pages::routes()
                .merge(web::staff::routes())
                .route_layer(axum::middleware::from_fn_with_state(
                    state.clone(),
                    same_site_forms,
                )),
        )
        .merge(web::channels::routes())
        .merge(web::open311::routes())
        .merge(web::open_data::routes())
        .nest("/api/v1", web::api::routes())
        .fallback(web::ops::not_found)
        .route_layer(axum::middleware::from_fn(web::metrics::track))
        .with_state(state.clone());
    // The layers every request goes through wrap the router once, outermost first.
    // `Router::layer` would wrap each route in them instead, and every request would clone
    // its route's boxed stack, a dozen allocations (callgrind: about a fifth of the
    // instructions of a request for the stylesheet).
    let every_request = tower::ServiceBuilder::new()
        .layer(SetRequestIdLayer::new(request_id.clone(), MakeRequestUuid))
        .layer(TraceLayer::new_for_http().make_span_with(web::ops::request_span))
        .layer(PropagateRequestIdLayer::new(request_id))
        .layer(CatchPanicLayer::new())
        .layer(axum::middleware::from_fn_with_state(state, resolve_client))
        .layer(axum::middleware::from_fn(deadline))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .option_layer(hsts)
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                 form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
            ),
        ))
        .layer(CompressionLayer::new())
        .service(routes);
    Router::new().fallback_service(every_request)
}
