//! `/api/v1/admin`: reference data admins edit — routing rules for now.

use crate::app::AppState;
use crate::web::api::ApiJson;
use crate::web::auth::StaffOnly;
use crate::web::error::{ApiError, ErrorBody};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use domain::Role;
use serde::{Deserialize, Serialize};
use store::{RoutingRuleRow, StoreError};
use utoipa::ToSchema;

fn admin_only(role: Role, write: bool) -> Result<(), ApiError> {
    match role {
        Role::Admin => Ok(()),
        Role::Auditor if !write => Ok(()),
        _ => Err(ApiError::forbidden("only admins manage routing rules")),
    }
}

#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleIn {
    /// A category code, or…
    category: Option<String>,
    /// …a whole department (exactly one of the two).
    department: Option<String>,
    /// At most one place: a region, a province or a commune code (none: anywhere).
    region: Option<String>,
    province: Option<String>,
    commune: Option<String>,
    /// The unit that answers.
    unit: String,
}

#[derive(Serialize, ToSchema)]
pub struct RuleOut {
    id: i64,
    #[serde(flatten)]
    rule: RuleIn,
}

fn out(r: RoutingRuleRow) -> RuleOut {
    RuleOut {
        id: r.id,
        rule: RuleIn {
            category: r.category_code,
            department: r.department_code,
            region: r.region_code,
            province: r.province_code,
            commune: r.commune_code,
            unit: r.unit_code,
        },
    }
}

/// The routing rules, oldest first.
#[utoipa::path(get, path = "/admin/routing-rules",
    responses((status = 200, body = [RuleOut]), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn list_routing_rules(
    State(app): State<AppState>,
    StaffOnly(staff): StaffOnly,
) -> Result<Json<Vec<RuleOut>>, ApiError> {
    admin_only(staff.role, false)?;
    Ok(Json(
        app.store
            .routing_rules()
            .await?
            .into_iter()
            .map(out)
            .collect(),
    ))
}

fn invalid(message: impl Into<String>) -> ApiError {
    ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid_rule", message)
}

/// Add a routing rule: complaints of a category (or department) in a place go to a unit.
#[utoipa::path(post, path = "/admin/routing-rules", request_body = RuleIn,
    responses((status = 201, body = RuleOut), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
              (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn add_routing_rule(
    State(app): State<AppState>,
    StaffOnly(staff): StaffOnly,
    ApiJson(rule): ApiJson<RuleIn>,
) -> Result<(StatusCode, Json<RuleOut>), ApiError> {
    admin_only(staff.role, true)?;
    let catalog = app.catalog();
    let department = match (&rule.category, &rule.department) {
        (Some(c), None) => catalog
            .category(c)
            .map(|c| c.department_code.clone())
            .ok_or_else(|| invalid(format!("there is no category {c}")))?,
        (None, Some(d)) if catalog.categories.iter().any(|c| &c.department_code == d) => d.clone(),
        (None, Some(d)) => return Err(invalid(format!("there is no department {d}"))),
        _ => return Err(invalid("give a category or a department, not both")),
    };
    let places = [&rule.region, &rule.province, &rule.commune]
        .iter()
        .filter(|p| p.is_some())
        .count();
    if places > 1 {
        return Err(invalid(
            "give at most one place: a region, a province or a commune",
        ));
    }
    let place_known = match (&rule.region, &rule.province, &rule.commune) {
        (Some(r), _, _) => catalog.region_exists(r),
        (_, Some(p), _) => catalog.province_exists(p),
        (_, _, Some(c)) => catalog.has_commune(c),
        _ => true,
    };
    if !place_known {
        return Err(invalid("this place does not exist"));
    }
    let unit = catalog
        .unit(&rule.unit)
        .ok_or_else(|| invalid(format!("there is no unit {}", rule.unit)))?;
    if unit.department_code.as_deref() != Some(department.as_str()) {
        return Err(invalid(format!(
            "the unit {} does not belong to the department {department}",
            rule.unit
        )));
    }
    let row = RoutingRuleRow {
        id: 0,
        category_code: rule.category.clone(),
        department_code: rule.department.clone(),
        region_code: rule.region.clone(),
        province_code: rule.province.clone(),
        commune_code: rule.commune.clone(),
        unit_code: rule.unit.clone(),
    };
    let id = match app.store.add_routing_rule(row.clone(), app.now()).await {
        Ok(id) => id,
        Err(StoreError::Duplicate(_)) => {
            return Err(ApiError::new(
                StatusCode::CONFLICT,
                "duplicate_rule",
                "a rule for this subject and place exists: delete it first",
            ));
        }
        Err(e) => return Err(e.into()),
    };
    tracing::info!(rule = id, unit = %rule.unit, by = staff.id, "routing rule added");
    app.reload_catalog().await?;
    Ok((StatusCode::CREATED, Json(out(RoutingRuleRow { id, ..row }))))
}

/// Delete a routing rule.
#[utoipa::path(delete, path = "/admin/routing-rules/{id}",
    params(("id" = i64, Path, description = "Rule id")),
    responses((status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn delete_routing_rule(
    State(app): State<AppState>,
    StaffOnly(staff): StaffOnly,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    admin_only(staff.role, true)?;
    if !app.store.delete_routing_rule(id).await? {
        return Err(ApiError::not_found("there is no such rule"));
    }
    tracing::info!(rule = id, by = staff.id, "routing rule deleted");
    app.reload_catalog().await?;
    Ok(StatusCode::NO_CONTENT)
}
