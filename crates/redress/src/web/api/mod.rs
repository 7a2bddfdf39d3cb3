//! The JSON API, `/api/v1` (shared/DESIGN.md), and its OpenAPI document generated from the
//! handlers' annotations.

pub mod admin;
pub mod body;
pub mod complaints;
pub mod reference;

use crate::web::AppState;
use axum::routing::{get, post};
use axum::{Json, Router};
use utoipa::OpenApi;

pub use body::ApiJson;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(openapi))
        .route(
            "/complaints",
            post(complaints::create_complaint).get(complaints::list_complaints),
        )
        .route("/complaints/{code}", get(complaints::get_complaint))
        .route(
            "/complaints/{code}/actions",
            post(complaints::act_on_complaint),
        )
        .route("/complaints/{code}/events", get(complaints::list_events))
        .route("/categories", get(reference::list_categories))
        .route("/units", get(reference::list_units))
        .route("/locations", get(reference::list_locations))
        .route(
            "/admin/routing-rules",
            get(admin::list_routing_rules).post(admin::add_routing_rule),
        )
        .route(
            "/admin/routing-rules/{id}",
            axum::routing::delete(admin::delete_routing_rule),
        )
        .route(
            "/admin/holidays",
            get(admin::list_holidays).post(admin::add_holiday),
        )
        .route("/admin/notifications", get(admin::outbox))
        .route(
            "/admin/categories/{code}/deadlines",
            axum::routing::put(admin::set_deadlines),
        )
        .route("/admin/units", post(admin::add_unit))
        .route(
            "/admin/units/{code}/names",
            axum::routing::put(admin::rename_unit),
        )
        .route("/admin/events", get(admin::list_admin_events))
        .route(
            "/admin/holidays/{rule}",
            axum::routing::delete(admin::delete_holiday),
        )
        // Answers may hold personal data: no cache keeps them (unless a route says otherwise).
        .layer(
            tower_http::set_header::SetResponseHeaderLayer::if_not_present(
                axum::http::header::CACHE_CONTROL,
                axum::http::HeaderValue::from_static("no-store"),
            ),
        )
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Redress API",
        description = "Register complaints about public services and follow them through their lifecycle. \
                       Staff authenticate with `Authorization: Bearer <token>`; complainants with \
                       `X-Complaint-Secret`. Errors are `{\"error\": {\"code\", \"message\"}}`."
    ),
    servers((url = "/api/v1")),
    paths(
        complaints::create_complaint,
        complaints::list_complaints,
        complaints::get_complaint,
        complaints::act_on_complaint,
        complaints::list_events,
        reference::list_categories,
        reference::list_units,
        reference::list_locations,
        admin::list_routing_rules,
        admin::add_routing_rule,
        admin::delete_routing_rule,
        admin::list_holidays,
        admin::add_holiday,
        admin::delete_holiday,
        admin::outbox,
        admin::set_deadlines,
        admin::add_unit,
        admin::rename_unit,
        admin::list_admin_events,
    ),
    components(schemas(crate::web::error::ErrorBody)),
    modifiers(&BearerAuth)
)]
pub struct ApiDoc;

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{
            ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme,
        };
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
        components.add_security_scheme(
            "complaint_secret",
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::new("X-Complaint-Secret"))),
        );
    }
}

async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
