//! The application: its shared state and its router (every URL of shared/DESIGN.md that
//! exists so far, with the layers every request goes through).

use crate::catalog::Catalog;
use crate::limits::Limits;
use crate::web;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, HeaderValue, header};
use metrics_exporter_prometheus::PrometheusHandle;
use std::sync::{Arc, RwLock};
use std::time::Duration;
use store::{Store, StoreError};
use time::OffsetDateTime;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

/// The address a request came from (unknown in in-process tests).
pub fn client_ip(parts: &axum::http::request::Parts) -> std::net::IpAddr {
    parts
        .extensions
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map_or(std::net::IpAddr::from([0, 0, 0, 0]), |c| c.0.ip())
}

/// The largest request body accepted (JSON and forms).
pub const MAX_BODY: usize = 1024 * 1024;

pub type Clock = Arc<dyn Fn() -> OffsetDateTime + Send + Sync>;

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    catalog: Arc<RwLock<Arc<Catalog>>>,
    pub clock: Clock,
    pub metrics: PrometheusHandle,
    /// Where attachments are kept.
    pub files: std::path::PathBuf,
    pub limits: Arc<Limits>,
    /// Cookies get `Secure` when the service is reached over HTTPS.
    pub secure_cookies: bool,
    /// The public address, for links in messages.
    pub base_url: String,
}

impl AppState {
    pub async fn new(store: Store, files: std::path::PathBuf) -> Result<AppState, StoreError> {
        let catalog = Catalog::load(&store).await?;
        Ok(AppState {
            store,
            catalog: Arc::new(RwLock::new(Arc::new(catalog))),
            clock: Arc::new(OffsetDateTime::now_utc),
            metrics: web::metrics::handle(),
            files,
            limits: Arc::new(Limits::new(0, 0)),
            secure_cookies: false,
            base_url: "http://127.0.0.1:8080".to_owned(),
        })
    }

    pub fn with_limits(mut self, limits: Limits) -> AppState {
        self.limits = Arc::new(limits);
        self
    }

    /// The public address; cookies get `Secure` when it is HTTPS.
    pub fn with_base_url(mut self, base_url: &str) -> AppState {
        self.secure_cookies = base_url.starts_with("https://");
        self.base_url = base_url.trim_end_matches('/').to_owned();
        self
    }

    pub fn with_clock(mut self, clock: Clock) -> AppState {
        self.clock = clock;
        self
    }

    pub fn now(&self) -> OffsetDateTime {
        (self.clock)()
    }

    pub fn catalog(&self) -> Arc<Catalog> {
        self.catalog.read().expect("catalog lock").clone()
    }

    /// Reloads the reference data after an admin changed it (on this node; other nodes
    /// reload on their next start).
    pub async fn reload_catalog(&self) -> Result<(), StoreError> {
        let fresh = Arc::new(Catalog::load(&self.store).await?);
        *self.catalog.write().expect("catalog lock") = fresh;
        Ok(())
    }
}

pub fn router(state: AppState) -> Router {
    let request_id = HeaderName::from_static("x-request-id");
    Router::new()
        .merge(web::ops::routes())
        .merge(web::pages::routes())
        .merge(web::staff::routes())
        .nest("/api/v1", web::api::routes())
        .fallback(web::ops::not_found)
        .route_layer(axum::middleware::from_fn(web::metrics::track))
        .layer(CompressionLayer::new())
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; \
                 frame-ancestors 'none'; base-uri 'none'",
            ),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        .layer(CatchPanicLayer::new())
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(TraceLayer::new_for_http().make_span_with(web::ops::request_span))
        .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid))
        .with_state(state)
}
