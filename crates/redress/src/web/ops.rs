//! Operations: health, metrics, the front page placeholder, and the fallback.

use crate::web::AppState;
use crate::web::error::ApiError;
use axum::Router;
use axum::extract::State;
use axum::http::{Request, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
}

/// 200 when the database answers.
async fn healthz(State(app): State<AppState>) -> Response {
    match app.store.ping().await {
        Ok(()) => (StatusCode::OK, "ok\n").into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check: database unavailable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response()
        }
    }
}

/// Prometheus metrics, for the addresses of `metrics_allow` only (404 for others: the
/// counters tell how busy each route is).
async fn metrics(State(app): State<AppState>, request: Request<axum::body::Body>) -> Response {
    let (parts, _) = request.into_parts();
    let ip = crate::web::client_ip(&parts).to_canonical();
    if !app.metrics_allow.iter().any(|n| n.contains(&ip)) {
        return not_found().await.into_response();
    }
    match app.store.count_by_state().await {
        Ok(counts) => {
            for state in domain::State::ALL {
                let n = counts
                    .iter()
                    .find(|(s, _)| s == state.as_str())
                    .map_or(0, |(_, n)| *n);
                metrics::gauge!("redress_complaints", "state" => state.as_str()).set(n as f64);
            }
        }
        Err(e) => tracing::warn!(error = %e, "metrics: cannot count complaints"),
    }
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        app.metrics.render(),
    )
        .into_response()
}

pub async fn not_found() -> ApiError {
    ApiError::not_found("there is nothing at this address")
}

/// The span of each request: method, path and request id — never the query string (which
/// may hold personal data) nor a tracking code (which leads to a complaint: `{code}`).
pub fn request_span<B>(req: &Request<B>) -> tracing::Span {
    // The fields are Display values formatted only if a subscriber records the span: with
    // `REDRESS_LOG=warn` a request costs no path parsing and no string.
    tracing::info_span!(
        "request",
        method = %req.method(),
        path = %LoggedPath(req.uri().path()),
        request_id = %RequestId(req.headers()),
    )
}

struct RequestId<'a>(&'a axum::http::HeaderMap);

impl std::fmt::Display for RequestId<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let id = self.0.get("x-request-id").and_then(|v| v.to_str().ok());
        f.write_str(id.unwrap_or("-"))
    }
}

/// The path as logs show it: a segment that reads as a tracking code becomes `{code}`.
pub fn logged_path(path: &str) -> String {
    LoggedPath(path).to_string()
}

struct LoggedPath<'a>(&'a str);

impl std::fmt::Display for LoggedPath<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, segment) in self.0.split('/').enumerate() {
            if i > 0 {
                f.write_str("/")?;
            }
            let decoded = percent_encoding::percent_decode_str(segment).decode_utf8_lossy();
            if domain::TrackingCode::parse(&decoded).is_ok() {
                f.write_str("{code}")?;
            } else {
                f.write_str(segment)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn tracking_codes_never_reach_the_logs() {
        let code = domain::TrackingCode::from_random([7; 8]).to_string();
        let plain = code.replace('-', "");
        for path in [
            format!("/track/{code}"),
            format!("/api/v1/complaints/{plain}/events"),
            format!("/staff/complaints/{}/attachments/3", code.to_lowercase()),
        ] {
            let logged = super::logged_path(&path);
            assert!(logged.contains("{code}"), "{path} → {logged}");
            assert!(!logged.to_uppercase().contains(&plain), "{logged}");
        }
        assert_eq!(super::logged_path("/staff/queue"), "/staff/queue");
        assert_eq!(
            super::logged_path("/api/v1/complaints"),
            "/api/v1/complaints"
        );
    }
}
