//! `/api/v1/admin`: reference data admins edit: routing rules and public holidays.

use crate::web::AppState;
use crate::web::api::ApiJson;
use crate::web::api::ApiPath;
use crate::web::api::body::whole;
use crate::web::auth::StaffOnly;
use crate::web::error::{ApiError, ErrorBody};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use domain::Role;
use serde::{Deserialize, Serialize};
use store::{AdminChange, RoutingRuleRow};
use utoipa::ToSchema;

/// How a read of the admin routes is refused.
#[derive(utoipa::IntoResponses)]
pub enum ReadRefusals {
    /// No valid staff token
    #[response(status = 401)]
    Unauthorized(ErrorBody),
    /// Only admins and auditors read reference data
    #[response(status = 403)]
    Forbidden(ErrorBody),
}

/// How a change through the admin routes is refused, whatever it changes.
#[derive(utoipa::IntoResponses)]
pub enum WriteRefusals {
    /// Not JSON, or not this shape (`invalid_json`, `invalid_request`)
    #[response(status = 400)]
    BadRequest(ErrorBody),
    /// No valid staff token
    #[response(status = 401)]
    Unauthorized(ErrorBody),
    /// Only admins change reference data
    #[response(status = 403)]
    Forbidden(ErrorBody),
    /// Body over 1 MiB
    #[response(status = 413)]
    TooLarge(ErrorBody),
}

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

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleIn {
    /// A category code, or…
    #[schema(pattern = r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$")]
    category: Option<String>,
    /// …a whole department (exactly one of the two, else 422 `invalid_rule`).
    #[schema(pattern = r"^[A-Z]+$")]
    department: Option<String>,
    /// At most one place: a region, a province or a commune code (none: anywhere).
    #[schema(pattern = r"^BF[0-9]{2}$")]
    region: Option<String>,
    #[schema(pattern = r"^BF[0-9]{4}$")]
    province: Option<String>,
    #[schema(pattern = r"^BF[0-9]{6}$")]
    commune: Option<String>,
    /// The unit that answers, of the rule's department.
    #[schema(pattern = r"^[A-Z0-9-]+$")]
    unit: String,
}

/// A routing rule and its id (the fields of `RuleIn`).
#[derive(Serialize, ToSchema)]
pub struct RuleOut {
    #[schema(minimum = 1)]
    id: i64,
    category: Option<String>,
    department: Option<String>,
    region: Option<String>,
    province: Option<String>,
    commune: Option<String>,
    unit: String,
}

fn out(r: RoutingRuleRow) -> RuleOut {
    RuleOut {
        id: r.id,
        category: r.category_code,
        department: r.department_code,
        region: r.region_code,
        province: r.province_code,
        commune: r.commune_code,
        unit: r.unit_code,
    }
}

/// The routing rules, oldest first.
#[utoipa::path(get, path = "/admin/routing-rules", operation_id = "list_routing_rules",
    responses((status = 200, description = "The rules", body = [RuleOut]), ReadRefusals),
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
#[utoipa::path(post, path = "/admin/routing-rules", operation_id = "add_routing_rule",
    request_body = RuleIn,
    responses((status = 201, description = "Added", body = RuleOut), WriteRefusals,
              (status = 409, description = "The same rule exists (`duplicate`)", body = ErrorBody),
              (status = 422, description = "Names nothing known, or not exactly one subject and at most one place (`invalid_rule`)", body = ErrorBody)),
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
#[utoipa::path(delete, path = "/admin/routing-rules/{id}", operation_id = "delete_routing_rule",
    params(("id" = i64, Path, description = "Rule id")),
    responses((status = 204, description = "Deleted"),
              (status = 400, description = "Not a whole number (`invalid_path`)", body = ErrorBody),
              (status = 401, description = "No valid staff token", body = ErrorBody),
              (status = 403, description = "Only admins change reference data", body = ErrorBody),
              (status = 404, description = "No such rule", body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn delete_routing_rule(
    State(app): State<AppState>,
    StaffOnly(staff): StaffOnly,
    ApiPath(id): ApiPath<i64>,
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
    /// announced), or `easter+N`; a date that does not exist gives 422 `invalid_holiday`.
    #[schema(
        pattern = r"^[\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*([0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{2}-[0-9]{2}|easter[+-]?[0-9]{1,3})[\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*$"
    )]
    rule: String,
    #[schema(
        pattern = r"[^\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]"
    )]
    name_fr: String,
    #[schema(
        pattern = r"[^\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]"
    )]
    name_en: String,
}

/// The public holidays deadlines skip.
#[utoipa::path(get, path = "/admin/holidays", operation_id = "list_holidays",
    responses((status = 200, description = "The holidays", body = [HolidayIn]), ReadRefusals),
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
#[utoipa::path(post, path = "/admin/holidays", operation_id = "add_holiday",
    request_body = HolidayIn,
    responses((status = 201, description = "Added", body = HolidayIn), WriteRefusals,
              (status = 409, description = "A holiday with this rule exists (`duplicate`)", body = ErrorBody),
              (status = 422, description = "Not a real date (`invalid_holiday`)", body = ErrorBody)),
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
#[utoipa::path(delete, path = "/admin/holidays/{rule}", operation_id = "delete_holiday",
    params(("rule" = String, Path, description = "The holiday's rule, e.g. 2027-03-10")),
    responses((status = 204, description = "Removed"),
              (status = 401, description = "No valid staff token", body = ErrorBody),
              (status = 403, description = "Only admins change reference data", body = ErrorBody),
              (status = 404, description = "No holiday has this rule", body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn delete_holiday(
    State(app): State<AppState>,
    StaffOnly(staff): StaffOnly,
    ApiPath(rule): ApiPath<String>,
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
    #[schema(value_type = Vec<(String, String, i64)>)]
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
#[utoipa::path(get, path = "/admin/notifications", operation_id = "outbox",
    responses((status = 200, description = "The outbox", body = OutboxOut), ReadRefusals),
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
    /// Days to acknowledge (accept or reject).
    #[schema(minimum = 0, maximum = 365)]
    #[serde(deserialize_with = "whole::number")]
    ack_days: i32,
    #[schema(value_type = domain::deadline::DayCount)]
    ack_count: String,
    /// Days to answer, not fewer than `ack_days` (else 422 `invalid_deadlines`).
    #[schema(minimum = 0, maximum = 365)]
    #[serde(deserialize_with = "whole::number")]
    answer_days: i32,
    #[schema(value_type = domain::deadline::DayCount)]
    answer_count: String,
    /// Whether the answer deadline may be extended once.
    extendable: bool,
}

/// Set a category's deadlines; they apply to complaints received afterwards.
#[utoipa::path(put, path = "/admin/categories/{code}/deadlines", operation_id = "set_deadlines",
    request_body = DeadlinesIn,
    params(("code" = String, Path, description = "Category code")),
    responses((status = 204, description = "Set"), WriteRefusals,
              (status = 404, description = "No such category", body = ErrorBody),
              (status = 422, description = "The answer due before the acknowledgement (`invalid_deadlines`)", body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn set_deadlines(
    State(app): State<AppState>,
    StaffOnly(staff): StaffOnly,
    ApiPath(code): ApiPath<String>,
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
    #[schema(
        pattern = r"^[\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*[A-Z0-9-]{3,30}[\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*$"
    )]
    code: String,
    /// The unit it belongs to; the new unit takes its department (and region if none given).
    #[schema(pattern = r"^[A-Z0-9-]+$")]
    parent: String,
    #[schema(value_type = UnitLevel)]
    level: String,
    #[schema(
        pattern = r"[^\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]"
    )]
    name_fr: String,
    #[schema(
        pattern = r"[^\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]"
    )]
    name_en: String,
    #[schema(pattern = r"^BF[0-9]{2}$")]
    region: Option<String>,
}

/// The level of a unit an admin adds (`crate::admin::UNIT_LEVELS`).
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum UnitLevel {
    Directorate,
    Regional,
    Facility,
    ComplaintsCell,
}

/// Add a unit under an existing one.
#[utoipa::path(post, path = "/admin/units", operation_id = "add_unit",
    request_body = UnitIn,
    responses((status = 201, description = "Added"), WriteRefusals,
              (status = 409, description = "A unit has this code (`duplicate_unit`)", body = ErrorBody),
              (status = 422, description = "No such parent or region (`invalid_unit`)", body = ErrorBody)),
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
    #[schema(
        pattern = r"[^\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]"
    )]
    name_fr: String,
    #[schema(
        pattern = r"[^\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]"
    )]
    name_en: String,
}

/// Rename a unit.
#[utoipa::path(put, path = "/admin/units/{code}/names", operation_id = "rename_unit",
    request_body = NamesIn,
    params(("code" = String, Path, description = "Unit code")),
    responses((status = 204, description = "Renamed"), WriteRefusals,
              (status = 404, description = "No such unit", body = ErrorBody),
              (status = 422, description = "A name is blank (`invalid_unit`)", body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn rename_unit(
    State(app): State<AppState>,
    StaffOnly(staff): StaffOnly,
    ApiPath(code): ApiPath<String>,
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
    #[schema(minimum = 1)]
    seq: i64,
    actor: String,
    action: String,
    subject: String,
    #[schema(value_type = Object)]
    data: serde_json::Value,
    #[serde(with = "time::serde::rfc3339")]
    #[schema(value_type = String, format = DateTime)]
    at: time::OffsetDateTime,
    hash: String,
}

/// The newest changes to reference data and accounts (at most 500), from the admin trail.
#[utoipa::path(get, path = "/admin/events", operation_id = "list_admin_events",
    responses((status = 200, description = "The newest events first", body = [AdminEventOut]), ReadRefusals),
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
