//! `/api/v1/complaints`: register, look up, list, act, read the audit trail.

use crate::handling::{self, Access, Caller};
use crate::intake::{self, Submission, Submitter};
use crate::queues::ListParams;
use crate::web::AppState;
use crate::web::api::ApiJson;
use crate::web::api::body::RawBody;
use crate::web::auth::{ClientIp, StaffOnly};
use crate::web::error::{ApiError, ErrorBody};
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use domain::lifecycle::CommandFields;
use domain::rules::Identity;
use domain::{Action, TrackingCode};
use serde::{Deserialize, Serialize};
use sha2::Digest;
use store::{ComplaintRow, EventRow};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use utoipa::ToSchema;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewComplaintIn {
    /// Category code, from `/categories`.
    category: String,
    /// What happened, 10 to 5000 characters.
    description: String,
    /// `complaint` (default), `denunciation`, `suggestion`, `compliment`, `information_request`.
    kind: Option<String>,
    /// How it reached us: `api` by default; staff may give `phone`, `walk_in`, `letter`.
    channel: Option<String>,
    /// `fr` (default), `en`, `mos`, `dyu`, `ff`.
    language: Option<String>,
    /// No name, phone or e-mail may come with an anonymous complaint.
    #[serde(default)]
    anonymous: bool,
    location: Option<LocationIn>,
    complainant: Option<ComplainantIn>,
}

#[derive(Deserialize, Serialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct LocationIn {
    /// Commune code, from `/locations`.
    commune: Option<String>,
    /// Free-text place: a school, a health centre, a street.
    address: Option<String>,
    lat: Option<f64>,
    long: Option<f64>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ComplainantIn {
    name: Option<String>,
    /// A Burkina Faso number, 8 digits, with or without +226.
    phone: Option<String>,
    email: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ReceiptOut {
    /// Read it out or type it as it is: `XXXX-XXXX-XXX`.
    tracking_code: String,
    /// Shown once: the complainant's key to the full record.
    secret: String,
    status: String,
    /// Date by which the complaint is accepted or rejected.
    acknowledge_by: String,
    /// Date by which the complainant gets an answer.
    answer_by: String,
}

fn rfc3339(t: OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

/// Register a complaint. Without credentials it comes from the public; with a staff token it
/// is registered on a citizen's behalf (assisted intake). A request repeated with the same
/// `Idempotency-Key` header registers nothing new and gets the first receipt again.
#[utoipa::path(post, path = "/complaints", request_body = NewComplaintIn,
    responses((status = 201, body = ReceiptOut), (status = 400, body = ErrorBody),
              (status = 403, body = ErrorBody), (status = 413, body = ErrorBody),
              (status = 422, body = ErrorBody)))]
pub async fn create_complaint(
    State(app): State<AppState>,
    caller: Caller,
    ClientIp(ip): ClientIp,
    headers: axum::http::HeaderMap,
    RawBody(raw): RawBody,
) -> Result<(StatusCode, Json<ReceiptOut>), ApiError> {
    let body: NewComplaintIn = crate::web::api::body::parse(&raw)?;
    if !matches!(caller, Caller::Staff(_)) && !app.limits.allow_filing(ip) {
        return Err(ApiError::rate_limited());
    }
    let by = match &caller {
        // Auditors read; they do not register complaints (the pages refuse them too).
        Caller::Staff(s) if !s.role.may(domain::Action::Accept) => {
            return Err(ApiError::forbidden(
                "auditors read complaints; they do not register them",
            ));
        }
        Caller::Staff(s) => Submitter::Staff { id: s.id },
        _ => Submitter::Public,
    };
    let idempotency_key = match headers.get("idempotency-key") {
        None => None,
        Some(v) => {
            let key = v
                .to_str()
                .ok()
                .filter(|k| (8..=64).contains(&k.len()))
                .ok_or_else(|| {
                    ApiError::bad_request(
                        "invalid_idempotency_key",
                        "Idempotency-Key must be 8 to 64 visible characters",
                    )
                })?;
            let owner = match &by {
                Submitter::Staff { id } => format!("staff{id}"),
                Submitter::Public => "public".to_owned(),
            };
            // Bound to the request body: a key alone never returns someone else's receipt.
            let body_hash = hex::encode(&sha2::Sha256::digest(&raw)[..16]);
            Some(format!("api:{owner}:{key}:{body_hash}"))
        }
    };
    let location = body.location.unwrap_or_default();
    let (name, phone, email) = match body.complainant {
        Some(c) => (c.name, c.phone, c.email),
        None => (None, None, None),
    };
    let submission = Submission {
        category: body.category,
        description: body.description,
        kind: body.kind,
        channel: body.channel,
        language: body.language,
        anonymous: body.anonymous,
        commune: location.commune,
        address: location.address,
        lat: location.lat,
        long: location.long,
        name,
        phone,
        email,
        intake_key: idempotency_key,
        attachment: None,
        attachment_too_large: false,
        // The integration answers for its users' agreement.
        consent: None,
        sender: None,
        media_url: None,
    };
    let receipt = intake::register(&app, submission, by, app.now()).await?;
    Ok((
        StatusCode::CREATED,
        Json(ReceiptOut {
            tracking_code: receipt.tracking_code.to_string(),
            secret: receipt.secret.expose().to_owned(),
            status: receipt.status.as_str().to_owned(),
            acknowledge_by: receipt.acknowledge_by.to_string(),
            answer_by: receipt.answer_by.to_string(),
        }),
    ))
}

#[derive(Serialize, ToSchema)]
pub struct HistoryOut {
    action: String,
    at: String,
    /// The answer, or the reason given to the citizen.
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ContactOut {
    name: Option<String>,
    phone: Option<String>,
    email: Option<String>,
}

/// A complaint. Without credentials only status, category and dates; the rest with the
/// follow-up secret or a staff token in scope.
#[derive(Serialize, ToSchema)]
pub struct ComplaintOut {
    tracking_code: String,
    status: String,
    /// Shown with the full record only: that a complaint is a denunciation is not public.
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<String>,
    category: String,
    received_at: String,
    updated_at: String,
    acknowledge_by: String,
    answer_by: String,
    /// Past a deadline and not yet acknowledged or answered.
    late: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    channel: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    location: Option<LocationIn>,
    #[serde(skip_serializing_if = "Option::is_none")]
    anonymous: Option<bool>,
    /// The complainant's contact; absent when anonymous or when their identity is protected.
    #[serde(skip_serializing_if = "Option::is_none")]
    complainant: Option<ContactOut>,
    /// True for denunciations seen by staff: the identity is hidden.
    #[serde(skip_serializing_if = "Option::is_none")]
    identity_protected: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    assignee: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    escalation_level: Option<i32>,
    /// Staff only: the earlier complaint about the same problem this one is linked to.
    #[serde(skip_serializing_if = "Option::is_none")]
    duplicate_of: Option<String>,
    /// What happened, as the complainant may see it (internal notes excluded).
    #[serde(skip_serializing_if = "Option::is_none")]
    history: Option<Vec<HistoryOut>>,
    /// The actions this caller may take now.
    #[serde(skip_serializing_if = "Option::is_none")]
    actions: Option<Vec<String>>,
}

fn public_view(row: &ComplaintRow, today: time::Date) -> ComplaintOut {
    ComplaintOut {
        tracking_code: row.display_code(),
        status: row.status.as_str().to_owned(),
        kind: None,
        category: row.category_code.clone(),
        received_at: rfc3339(row.received_at),
        updated_at: rfc3339(row.updated_at),
        acknowledge_by: row.acknowledge_by.to_string(),
        answer_by: row.answer_by.to_string(),
        late: row.is_late(today),
        description: None,
        channel: None,
        language: None,
        unit: None,
        location: None,
        anonymous: None,
        complainant: None,
        identity_protected: None,
        assignee: None,
        escalation_level: None,
        duplicate_of: None,
        history: None,
        actions: None,
    }
}

/// Events the complainant sees, with the words meant for them.
fn citizen_history(events: &[EventRow]) -> Vec<HistoryOut> {
    events
        .iter()
        // The API does not say when an officer was assigned; the portal does, without a name.
        .filter(|e| !e.is_internal() && e.action != "assign")
        .map(|e| HistoryOut {
            action: e.action.clone(),
            at: rfc3339(e.at),
            message: e.citizen_message(),
        })
        .collect()
}

async fn full_view(
    app: &AppState,
    row: &ComplaintRow,
    access: &Access<'_>,
) -> Result<ComplaintOut, ApiError> {
    let mut out = public_view(row, app.now().date());
    let events = app.store.events_of(row.id).await?;
    let reader = access.reader(row);
    let duplicates = handling::duplicates_for(app, reader, row).await?;
    let standing = handling::standing(app, reader, row, &events, &duplicates);
    let contact = match standing.identity {
        Identity::Shown => app.store.reveal_complainant(row).map(|c| ContactOut {
            name: c.name,
            phone: c.phone,
            email: c.email,
        }),
        Identity::Anonymous | Identity::Protected | Identity::Withheld => None,
    };
    out.kind = Some(row.kind.as_str().to_owned());
    out.description = Some(row.description.clone());
    out.channel = Some(row.channel.as_str().to_owned());
    out.language = Some(row.language.as_str().to_owned());
    out.unit = Some(row.unit_code.clone());
    out.location = Some(LocationIn {
        commune: row.commune_code.clone(),
        address: row.address.clone(),
        lat: row.lat,
        long: row.long,
    });
    out.anonymous = Some(row.anonymous);
    out.complainant = contact;
    out.identity_protected = (standing.identity == Identity::Protected).then_some(true);
    out.history = Some(citizen_history(&events));
    out.actions = Some(
        standing
            .actions
            .iter()
            .map(|a| a.as_str().to_owned())
            .collect(),
    );
    if let Access::Staff(staff) = access {
        out.assignee = row.assignee_email.clone();
        out.escalation_level = Some(row.escalation_level);
        out.duplicate_of = handling::visible_links(app, staff, row, &duplicates)
            .await?
            .0;
    }
    Ok(out)
}

fn parse_code(raw: &str) -> Result<TrackingCode, ApiError> {
    TrackingCode::parse(raw)
        .map_err(|e| ApiError::bad_request("invalid_tracking_code", e.to_string()))
}

async fn find(app: &AppState, raw_code: &str) -> Result<ComplaintRow, ApiError> {
    let code = parse_code(raw_code)?;
    app.store
        .complaint_by_code(code.as_str())
        .await?
        .ok_or_else(|| ApiError::not_found("no complaint has this tracking code"))
}

/// Look up a complaint by its tracking code.
#[utoipa::path(get, path = "/complaints/{code}",
    params(("code" = String, Path, description = "Tracking code, with or without dashes")),
    responses((status = 200, body = ComplaintOut), (status = 400, body = ErrorBody),
              (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
              (status = 404, body = ErrorBody)),
    security((), ("complaint_secret" = []), ("bearer" = [])))]
pub async fn get_complaint(
    State(app): State<AppState>,
    Path(code): Path<String>,
    caller: Caller,
    ClientIp(ip): ClientIp,
) -> Result<Json<ComplaintOut>, ApiError> {
    if !matches!(caller, Caller::Staff(_)) && !app.limits.allow_lookup(ip) {
        return Err(ApiError::rate_limited());
    }
    let row = find(&app, &code).await?;
    let access = handling::access(&app, &caller, &row).await?;
    Ok(Json(match access {
        Access::Public => public_view(&row, app.now().date()),
        access => full_view(&app, &row, &access).await?,
    }))
}

#[derive(Serialize, ToSchema)]
pub struct ComplaintPage {
    page: u32,
    items: Vec<ComplaintOut>,
}

/// Complaints within the caller's scope, newest first unless `sort` says otherwise; 50 a
/// page. A filter naming an unknown value is refused with `400 unknown_filter`.
#[utoipa::path(get, path = "/complaints", params(ListParams),
    responses((status = 200, body = ComplaintPage), (status = 400, body = ErrorBody),
              (status = 401, body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn list_complaints(
    State(app): State<AppState>,
    StaffOnly(staff): StaffOnly,
    query: Result<Query<ListParams>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<ComplaintPage>, ApiError> {
    let Query(q) = query.map_err(|e| ApiError::bad_request("invalid_query", e.body_text()))?;
    let today = app.now().date();
    let filter = q
        .to_filter(&app.catalog(), staff.id, today, 50)
        .map_err(|bad| {
            ApiError::bad_request(
                if bad.field == "status" {
                    "unknown_status"
                } else {
                    "unknown_filter"
                },
                format!("there is no {} {:?}", bad.field, bad.value),
            )
        })?;
    let page = filter.page;
    let rows = app.store.list_complaints(&staff.scope, &filter).await?;
    let items = rows
        .iter()
        .map(|row| {
            let mut out = public_view(row, today);
            out.kind = Some(row.kind.as_str().to_owned());
            out.unit = Some(row.unit_code.clone());
            out.assignee = row.assignee_email.clone();
            out
        })
        .collect();
    Ok(Json(ComplaintPage { page, items }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ActionIn {
    /// `accept`, `reject`, `assign`, `start`, `answer`, `close`, `appeal`, `withdraw`,
    /// `transfer` or `note`.
    action: String,
    /// Unit code, for `transfer`.
    unit: Option<String>,
    /// Staff e-mail, for `assign`.
    assignee: Option<String>,
    /// To the citizen, for `answer`.
    message: Option<String>,
    /// For `reject`, `transfer`, `appeal`, and `close` after an appeal.
    reason: Option<String>,
    /// Internal note for `note`; the complainant's words for `reply`; a comment for `rate`.
    text: Option<String>,
    /// 1 to 5, for `rate`.
    score: Option<u8>,
    /// For `answer`: the response guide version the answer was built from.
    guide_version: Option<i64>,
    /// For `duplicate`: the tracking code of the earlier complaint about the same problem
    /// (in the caller's scope, not itself a duplicate).
    of: Option<String>,
}

/// Take a lifecycle action. Staff within scope, by role; the complainant (with the secret)
/// may `withdraw` and `appeal`. An action the state does not allow gives 409.
#[utoipa::path(post, path = "/complaints/{code}/actions", request_body = ActionIn,
    params(("code" = String, Path, description = "Tracking code")),
    responses((status = 200, body = ComplaintOut), (status = 400, body = ErrorBody),
              (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
              (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
              (status = 422, body = ErrorBody)),
    security(("bearer" = []), ("complaint_secret" = [])))]
pub async fn act_on_complaint(
    State(app): State<AppState>,
    Path(code): Path<String>,
    caller: Caller,
    ClientIp(ip): ClientIp,
    ApiJson(body): ApiJson<ActionIn>,
) -> Result<Json<ComplaintOut>, ApiError> {
    if !matches!(caller, Caller::Staff(_)) && !app.limits.allow_lookup(ip) {
        return Err(ApiError::rate_limited());
    }
    let code = parse_code(&code)?;
    let action = Action::parse(&body.action).ok_or_else(|| {
        ApiError::bad_request(
            "unknown_action",
            format!("there is no action {:?}", body.action),
        )
        .with_field("action")
    })?;
    let fields = CommandFields {
        unit: body.unit,
        assignee: body.assignee,
        message: body.message,
        reason: body.reason,
        text: body.text,
        score: body.score,
        guide_version: body.guide_version,
        of: body.of,
    };
    let row = handling::act(&app, code.as_str(), &caller, action, fields, app.now()).await?;
    // After a transfer the complaint may have left the caller's scope: then they see what
    // the public sees, nothing more.
    match handling::access(&app, &caller, &row).await {
        Ok(access @ (Access::Staff(_) | Access::Complainant)) => {
            Ok(Json(full_view(&app, &row, &access).await?))
        }
        _ => Ok(Json(public_view(&row, app.now().date()))),
    }
}

#[derive(Serialize, ToSchema)]
pub struct EventOut {
    seq: i64,
    actor: String,
    action: String,
    #[schema(value_type = Object)]
    data: serde_json::Value,
    at: String,
    /// SHA-256 over the previous event's hash and this event's canonical content.
    hash: String,
}

/// The audit trail of a complaint (staff within scope).
#[utoipa::path(get, path = "/complaints/{code}/events",
    params(("code" = String, Path, description = "Tracking code")),
    responses((status = 200, body = [EventOut]), (status = 401, body = ErrorBody),
              (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn list_events(
    State(app): State<AppState>,
    Path(code): Path<String>,
    StaffOnly(staff): StaffOnly,
) -> Result<Json<Vec<EventOut>>, ApiError> {
    let row = find(&app, &code).await?;
    if !staff.sees(&row) {
        return Err(ApiError::forbidden(
            "this complaint is outside the units you work for",
        ));
    }
    if !staff.role.reads_audit() {
        return Err(ApiError::forbidden(
            "the audit trail is for supervisors, auditors and admins",
        ));
    }
    let events = app.store.events_of(row.id).await?;
    Ok(Json(
        events
            .into_iter()
            .map(|e| EventOut {
                seq: e.seq,
                actor: e.actor.clone(),
                action: e.action.clone(),
                data: e.data().clone(),
                at: rfc3339(e.at),
                hash: e.hash,
            })
            .collect(),
    ))
}
