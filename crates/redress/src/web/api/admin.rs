//! `/api/v1/admin`: reference data admins edit: routing rules and public holidays.

use crate::app::AppState;
use crate::web::api::ApiJson;
use crate::web::auth::StaffOnly;
use crate::web::error::{ApiError, ErrorBody};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use domain::Role;
use serde::{Deserialize, Serialize};
use store::{AdminChange, RoutingRuleRow, StoreError};
use utoipa::ToSchema;

fn admin_only(role: Role, write: bool) -> Result<(), ApiError> {
    match role {
        Role::Admin => Ok(()),
        Role::Auditor if !write => Ok(()),
        _ => Err(ApiError::forbidden("only admins manage reference data")),
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
    let change = AdminChange::AddRoutingRule(row.clone());
    let id = match app.store.admin(change, &staff.actor(), app.now()).await {
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
    let change = AdminChange::DeleteRoutingRule(id);
    if app.store.admin(change, &staff.actor(), app.now()).await? == 0 {
        return Err(ApiError::not_found("there is no such rule"));
    }
    tracing::info!(rule = id, by = staff.id, "routing rule deleted");
    app.reload_catalog().await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct HolidayIn {
    /// `MM-DD` every year, `YYYY-MM-DD` once (the Muslim feasts, entered each year when
    /// announced), or `easter+N`.
    rule: String,
    name_fr: String,
    name_en: String,
}

/// The public holidays deadlines skip.
#[utoipa::path(get, path = "/admin/holidays",
    responses((status = 200, body = [HolidayIn]), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn list_holidays(
    State(app): State<AppState>,
    StaffOnly(staff): StaffOnly,
) -> Result<Json<Vec<HolidayIn>>, ApiError> {
    admin_only(staff.role, false)?;
    let rows = app.store.holidays().await?;
    Ok(Json(
        rows.into_iter()
            .map(|h| HolidayIn {
                rule: h.rule,
                name_fr: h.name_fr,
                name_en: h.name_en,
            })
            .collect(),
    ))
}

/// Add a public holiday (for example Eid al-Fitr of the year, once announced).
#[utoipa::path(post, path = "/admin/holidays", request_body = HolidayIn,
    responses((status = 201, body = HolidayIn), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
              (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn add_holiday(
    State(app): State<AppState>,
    StaffOnly(staff): StaffOnly,
    ApiJson(h): ApiJson<HolidayIn>,
) -> Result<(StatusCode, Json<HolidayIn>), ApiError> {
    admin_only(staff.role, true)?;
    if domain::HolidayRule::parse(h.rule.trim()).is_none() {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_holiday",
            "a holiday rule is MM-DD, YYYY-MM-DD or easter+N, with a real date",
        ));
    }
    if h.name_fr.trim().is_empty() || h.name_en.trim().is_empty() {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_holiday",
            "give the holiday's name in French and English",
        ));
    }
    let row = store::HolidayRow {
        rule: h.rule.trim().to_owned(),
        name_fr: h.name_fr.trim().to_owned(),
        name_en: h.name_en.trim().to_owned(),
    };
    let change = AdminChange::AddHoliday(row.clone());
    match app.store.admin(change, &staff.actor(), app.now()).await {
        Ok(_) => {}
        Err(StoreError::Duplicate(_)) => {
            return Err(ApiError::new(
                StatusCode::CONFLICT,
                "duplicate_holiday",
                "this holiday is already in the calendar",
            ));
        }
        Err(e) => return Err(e.into()),
    }
    tracing::info!(rule = %row.rule, by = staff.id, "holiday added");
    app.reload_catalog().await?;
    Ok((
        StatusCode::CREATED,
        Json(HolidayIn {
            rule: row.rule,
            name_fr: row.name_fr,
            name_en: row.name_en,
        }),
    ))
}

/// Remove a public holiday.
#[utoipa::path(delete, path = "/admin/holidays/{rule}",
    params(("rule" = String, Path, description = "The holiday's rule, e.g. 2027-03-10")),
    responses((status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn delete_holiday(
    State(app): State<AppState>,
    StaffOnly(staff): StaffOnly,
    Path(rule): Path<String>,
) -> Result<StatusCode, ApiError> {
    admin_only(staff.role, true)?;
    let change = AdminChange::DeleteHoliday(rule.clone());
    if app.store.admin(change, &staff.actor(), app.now()).await? == 0 {
        return Err(ApiError::not_found("there is no such holiday"));
    }
    tracing::info!(rule = %rule, by = staff.id, "holiday removed");
    app.reload_catalog().await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct OutboxOut {
    /// (status, channel, count)
    counts: Vec<(String, String, i64)>,
    /// The newest messages still waiting or failed for good, with the reason.
    pending: Vec<MessageOut>,
    failed: Vec<MessageOut>,
}

#[derive(Serialize, ToSchema)]
pub struct MessageOut {
    id: i64,
    complaint_id: Option<i64>,
    channel: String,
    template: String,
    attempts: i32,
    last_error: Option<String>,
}

/// The notification outbox: how many are pending, sent or failed, and the newest pending
/// and failed ones with their reason (recipients are not shown).
#[utoipa::path(get, path = "/admin/notifications",
    responses((status = 200, body = OutboxOut), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn outbox(
    State(app): State<AppState>,
    StaffOnly(staff): StaffOnly,
) -> Result<Json<OutboxOut>, ApiError> {
    admin_only(staff.role, false)?;
    let list = |rows: Vec<store::NotificationRow>| {
        rows.into_iter()
            .map(|n| MessageOut {
                id: n.id,
                complaint_id: n.complaint_id,
                channel: n.channel,
                template: n.template,
                attempts: n.attempts,
                last_error: n.last_error,
            })
            .collect()
    };
    Ok(Json(OutboxOut {
        counts: app.store.notification_counts().await?,
        pending: list(app.store.notifications_in("pending", 100).await?),
        failed: list(app.store.notifications_in("failed", 100).await?),
    }))
}
