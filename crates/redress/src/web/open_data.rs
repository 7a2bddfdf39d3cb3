//! `/open-data/`: what anyone may download. For now the heads of the audit chains
//! (`audit-head.json`): published, they let anyone check later, with
//! `redress audit verify --since SEQ:HASH`, that the record was only ever extended.

use crate::web::AppState;
use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::json;

pub fn routes() -> Router<AppState> {
    Router::new().route("/open-data/audit-head.json", get(audit_head))
}

async fn audit_head(State(app): State<AppState>) -> Response {
    match app.store.audit_heads().await {
        Ok(heads) => {
            let check = format!(
                "redress audit verify --since {}:{}",
                heads.complaints.seq, heads.complaints.hash
            );
            (
                [(header::CACHE_CONTROL, "no-cache")],
                Json(json!({
                    "complaints": heads.complaints,
                    "admin": heads.admin,
                    "published_at": app.now().format(&time::format_description::well_known::Rfc3339).unwrap_or_default(),
                    "how_to_check": check,
                })),
            )
                .into_response()
        }
        Err(e) => {
            tracing::error!(error = %e, "audit heads unavailable");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}
