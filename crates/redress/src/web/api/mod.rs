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

pub use body::{ApiJson, ApiPath};

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
    components(schemas(
        crate::web::error::ErrorBody,
        crate::queues::QueueView,
        crate::queues::QueueOrder,
        domain::State,
        domain::Kind,
        domain::Channel,
        domain::Language,
        domain::Action,
        domain::deadline::DayCount,
    )),
    modifiers(&BearerAuth, &EveryOperation, &FollowUpLinks)
)]
pub struct ApiDoc;

/// The document as served and as committed in docs/openapi.json.
pub fn document() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

/// What any operation may answer, whatever it does: a request that outlives its time, and
/// an error on our side (logged; the body names nothing but the request id).
struct EveryOperation;

impl utoipa::Modify for EveryOperation {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        for item in openapi.paths.paths.values_mut() {
            for operation in [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
            ]
            .into_iter()
            .flatten()
            {
                let responses = &mut operation.responses.responses;
                responses.entry("408".into()).or_insert_with(|| {
                    ResponseBuilder::new()
                        .description("The request took longer than its time (no body)")
                        .build()
                        .into()
                });
                let error = |description: &str| {
                    ResponseBuilder::new()
                        .description(description)
                        .content(
                            "application/json",
                            ContentBuilder::new()
                                .schema(Some(Ref::from_schema_name("ErrorBody")))
                                .build(),
                        )
                        .build()
                        .into()
                };
                responses.entry("500".into()).or_insert_with(|| {
                    error("An error on our side; quote the x-request-id header")
                });
                responses.entry("503".into()).or_insert_with(|| {
                    error(
                        "The database cannot serve now (away, full, shutting down): nothing was \
                         done; try again after the Retry-After header's seconds",
                    )
                });
            }
        }
    }
}

/// A new complaint's receipt leads to the complaint, its actions and its audit trail.
struct FollowUpLinks;

impl utoipa::Modify for FollowUpLinks {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::RefOr;
        use utoipa::openapi::link::LinkBuilder;
        let Some(RefOr::T(created)) = openapi
            .paths
            .paths
            .get_mut("/complaints")
            .and_then(|item| item.post.as_mut())
            .and_then(|op| op.responses.responses.get_mut("201"))
        else {
            return;
        };
        for (name, operation, what) in [
            (
                "GetComplaint",
                "get_complaint",
                "The complaint just registered",
            ),
            ("ActOnComplaint", "act_on_complaint", "An action on it"),
            ("ListEvents", "list_events", "Its audit trail"),
        ] {
            created.links.insert(
                name.to_owned(),
                LinkBuilder::new()
                    .operation_id(operation)
                    .parameter("code", "$response.body#/tracking_code")
                    .description(what)
                    .build()
                    .into(),
            );
        }
    }
}

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
    Json(document())
}
