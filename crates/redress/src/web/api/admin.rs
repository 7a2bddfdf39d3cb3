//! `/api/v1/admin`: reference data admins edit: routing rules and public holidays.

use crate::web::AppState;
use crate::web::api::ApiJson;
use crate::web::auth::StaffOnly;
use crate::web::error::{ApiError, ErrorBody};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use domain::Role;
use serde::{Deserialize, Serialize};
use store::{AdminChange, RoutingRuleRow};
use utoipa::ToSchema;

/// Admins change reference data, auditors read it (`crate::admin`'s rule, as on the pages).
fn admin_only(role: Role, write: bool) -> Result<(), ApiError> {
    let allowed = if write {
        crate::admin::may_change(role)
    } else {
        crate::admin::may_read(role)
    };
    if allowed {
        Ok(())
    } else {
        Err(ApiError::forbidden("only admins manage reference data"))
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

/// A refused change as the API says it: 404 for what does not exist, 409 for a duplicate,
/// 422 for the rest.
fn refused(r: crate::admin::Refusal) -> ApiError {
    let status = match r.code {
        "not_found" => StatusCode::NOT_FOUND,
        c if c.starts_with("duplicate") => StatusCode::CONFLICT,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    };
    ApiError::new(status, r.code, r.message)
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
    let asked = crate::admin::RuleAsked {
        category: rule.category.clone(),
        department: rule.department.clone(),
        region: rule.region.clone(),
        province: rule.province.clone(),
        commune: rule.commune.clone(),
        unit: rule.unit.clone(),
    };
    let row = crate::admin::check_rule(&app.catalog(), &asked).map_err(refused)?;
    let change = AdminChange::AddRoutingRule(row.clone());
    let id = crate::admin::apply(&app, &staff, change)
        .await?
        .map_err(refused)?;
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
    crate::admin::apply(&app, &staff, AdminChange::DeleteRoutingRule(id))
        .await?
        .map_err(refused)?;
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
    let row = crate::admin::check_holiday(&h.rule, &h.name_fr, &h.name_en).map_err(refused)?;
    crate::admin::apply(&app, &staff, AdminChange::AddHoliday(row.clone()))
        .await?
        .map_err(refused)?;
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
    crate::admin::apply(&app, &staff, AdminChange::DeleteHoliday(rule))
        .await?
        .map_err(refused)?;
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

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeadlinesIn {
    /// Days to acknowledge (accept or reject), 0 to 365.
    ack_days: i32,
    /// `calendar` or `working`.
    ack_count: String,
    /// Days to answer, 0 to 365, not fewer than `ack_days`.
    answer_days: i32,
    answer_count: String,
    /// Whether the answer deadline may be extended once.
    extendable: bool,
}

/// Set a category's deadlines; they apply to complaints received afterwards.
#[utoipa::path(put, path = "/admin/categories/{code}/deadlines", request_body = DeadlinesIn,
    params(("code" = String, Path, description = "Category code")),
    responses((status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
              (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn set_deadlines(
    State(app): State<AppState>,
    StaffOnly(staff): StaffOnly,
    Path(code): Path<String>,
    ApiJson(d): ApiJson<DeadlinesIn>,
) -> Result<StatusCode, ApiError> {
    admin_only(staff.role, true)?;
    let asked = crate::admin::DeadlinesAsked {
        code,
        ack_days: d.ack_days,
        ack_count: d.ack_count,
        answer_days: d.answer_days,
        answer_count: d.answer_count,
        extendable: d.extendable,
    };
    let change = crate::admin::check_deadlines(&app.catalog(), &asked).map_err(refused)?;
    crate::admin::apply(&app, &staff, change)
        .await?
        .map_err(refused)?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UnitIn {
    /// 3 to 30 capitals, digits or dashes, e.g. `SAN-BF13-CMA30`.
    code: String,
    /// The unit it belongs to; the new unit takes its department (and region if none given).
    parent: String,
    /// `directorate`, `regional`, `facility` or `complaints_cell`.
    level: String,
    name_fr: String,
    name_en: String,
    region: Option<String>,
}

/// Add a unit under an existing one.
#[utoipa::path(post, path = "/admin/units", request_body = UnitIn,
    responses((status = 201), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
              (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn add_unit(
    State(app): State<AppState>,
    StaffOnly(staff): StaffOnly,
    ApiJson(u): ApiJson<UnitIn>,
) -> Result<StatusCode, ApiError> {
    admin_only(staff.role, true)?;
    let unit = crate::admin::check_new_unit(
        &app.catalog(),
        &u.code,
        &u.parent,
        &u.level,
        &u.name_fr,
        &u.name_en,
        u.region.as_deref(),
    )
    .map_err(refused)?;
    crate::admin::apply(&app, &staff, AdminChange::AddUnit(unit))
        .await?
        .map_err(refused)?;
    Ok(StatusCode::CREATED)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NamesIn {
    name_fr: String,
    name_en: String,
}

/// Rename a unit.
#[utoipa::path(put, path = "/admin/units/{code}/names", request_body = NamesIn,
    params(("code" = String, Path, description = "Unit code")),
    responses((status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
              (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn rename_unit(
    State(app): State<AppState>,
    StaffOnly(staff): StaffOnly,
    Path(code): Path<String>,
    ApiJson(n): ApiJson<NamesIn>,
) -> Result<StatusCode, ApiError> {
    admin_only(staff.role, true)?;
    let change = crate::admin::check_rename(&app.catalog(), &code, &n.name_fr, &n.name_en)
        .map_err(refused)?;
    crate::admin::apply(&app, &staff, change)
        .await?
        .map_err(refused)?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct AdminEventOut {
    seq: i64,
    actor: String,
    action: String,
    subject: String,
    data: serde_json::Value,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String)]
    at: time::OffsetDateTime,
    hash: String,
}

/// The newest changes to reference data and accounts (at most 500), from the admin trail.
#[utoipa::path(get, path = "/admin/events",
    responses((status = 200, body = [AdminEventOut]), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn list_admin_events(
    State(app): State<AppState>,
    StaffOnly(staff): StaffOnly,
) -> Result<Json<Vec<AdminEventOut>>, ApiError> {
    admin_only(staff.role, false)?;
    let rows = app.store.admin_events(500).await?;
    Ok(Json(
        rows.into_iter()
            .map(|e| AdminEventOut {
                seq: e.seq,
                actor: e.actor,
                action: e.action,
                subject: e.subject,
                data: e.data_json.0,
                at: e.at,
                hash: e.hash,
            })
            .collect(),
    ))
}
