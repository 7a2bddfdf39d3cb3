//! `/api/v1/complaints`: register, look up, list, act, read the audit trail.

use crate::handling::{self, Access, Caller};
use crate::intake::{self, Submission, Submitter};
use crate::queues::ListParams;
use crate::web::AppState;
use crate::web::api::body::{RawBody, whole};
use crate::web::api::{ApiJson, ApiPath};
use crate::web::auth::{ClientIp, StaffOnly};
use crate::web::error::{ApiError, ErrorBody};
use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use domain::lifecycle::CommandFields;
use domain::rules::Identity;
use domain::tracking::TrackingCodeError;
use domain::{Action, TrackingCode};
use serde::{Deserialize, Serialize};
use sha2::Digest;
use store::{ComplaintRow, EventRow, PublicComplaint};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use utoipa::ToSchema;

// The patterns below say in the document exactly what the handlers accept (the intake
// rules of `intake::validate` and `domain::Description`): spaces around a value are trimmed
// (Rust's `char::is_whitespace`, spelled out), control characters are refused or dropped.

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewComplaintIn {
    /// Category code, from `/categories`.
    #[schema(pattern = r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$", example = "SAN-FEES")]
    category: String,
    /// What happened: at most 5000 characters, and at least 10 once the spaces around it are
    /// trimmed; no control characters other than tabs and line breaks (LF or CR LF).
    #[schema(
        min_length = 10,
        max_length = 5000,
        pattern = r"^(?:[\t\n \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]|\r\n)*[^\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\x00-\x1F\x7F-\x9F](?:[^\x00-\x08\x0B-\x1F\x7F-\x9F]|\r\n){8,}[^\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\x00-\x1F\x7F-\x9F](?:[\t\n \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]|\r\n)*$"
    )]
    description: String,
    /// `complaint` by default.
    #[schema(value_type = Option<domain::Kind>)]
    kind: Option<String>,
    /// How it reached us: `api` by default; only staff may give `phone`, `walk_in`,
    /// `letter` (else 422 `staff_only_channel`).
    #[schema(value_type = Option<domain::Channel>)]
    channel: Option<String>,
    /// `fr` by default.
    #[schema(value_type = Option<domain::Language>)]
    language: Option<String>,
    /// No name, phone or e-mail may come with an anonymous complaint (422
    /// `anonymous_with_identity`).
    #[serde(default)]
    anonymous: bool,
    location: Option<LocationIn>,
    complainant: Option<ComplainantIn>,
}

/// Where it happened. `lat` and `long` come together (422 `invalid_coordinates`).
#[derive(Deserialize, Serialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct LocationIn {
    /// Commune code, from `/locations`.
    #[schema(
        pattern = r"^[\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*(BF[0-9]{2,8})?[\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*$"
    )]
    commune: Option<String>,
    /// Free-text place: a school, a health centre, a street; at most 500 characters once
    /// trimmed, no control characters.
    #[schema(
        pattern = r"^[\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*([^\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\x00-\x1F\x7F-\x9F]([^\x00-\x1F\x7F-\x9F]{0,498}[^\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\x00-\x1F\x7F-\x9F])?)?[\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*$"
    )]
    address: Option<String>,
    /// Degrees north.
    #[schema(minimum = -90.0, maximum = 90.0)]
    lat: Option<f64>,
    /// Degrees east.
    #[schema(minimum = -180.0, maximum = 180.0)]
    long: Option<f64>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ComplainantIn {
    /// At most 200 characters once trimmed, no control characters.
    #[schema(
        pattern = r"^[\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*([^\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\x00-\x1F\x7F-\x9F]([^\x00-\x1F\x7F-\x9F]{0,198}[^\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\x00-\x1F\x7F-\x9F])?)?[\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*$"
    )]
    name: Option<String>,
    /// A Burkina Faso number, 8 digits starting 0, 2, 5, 6 or 7, with or without +226 or
    /// 00226, spaces, dots, dashes and brackets allowed.
    #[schema(
        pattern = r"^[\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*([ .()-]*((\+[ .()-]*2[ .()-]*2[ .()-]*6|0[ .()-]*0[ .()-]*2[ .()-]*2[ .()-]*6)[ .()-]*)?[02567]([ .()-]*[0-9]){7}[ .()-]*)?[\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*$"
    )]
    phone: Option<String>,
    /// An e-mail address (at most 254 characters).
    #[schema(
        pattern = r"^[\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*([^\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\x00-\x1F\x7F-\x9F]{1,120}@[^@.\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\x00-\x1F\x7F-\x9F][^@\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\x00-\x1F\x7F-\x9F]{0,60}\.[^@\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\x00-\x1F\x7F-\x9F]{0,60}[^@.\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\x00-\x1F\x7F-\x9F])?[\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*$"
    )]
    email: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ReceiptOut {
    /// Read it out or type it as it is: `XXXX-XXXX-XXX`.
    #[schema(pattern = r"^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{3}$")]
    tracking_code: String,
    /// Shown once: the complainant's key to the full record (`X-Complaint-Secret`).
    #[schema(pattern = r"^[0-9]{8}$")]
    secret: String,
    status: domain::State,
    /// Date by which the complaint is accepted or rejected.
    #[schema(value_type = String, format = Date)]
    acknowledge_by: String,
    /// Date by which the complainant gets an answer.
    #[schema(value_type = String, format = Date)]
    answer_by: String,
}

fn unprocessable(field: &'static str, code: &'static str, message: &str) -> ApiError {
    ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, code, message).with_field(field)
}

/// The API's description, as its document states it: at most 5000 characters as sent, no
/// control characters but tabs and line breaks (CR LF read as LF). The intake then trims it
/// and counts what is left (`domain::Description`).
fn api_description(raw: String) -> Result<String, ApiError> {
    if raw.chars().count() > domain::complaint::MAX_DESCRIPTION {
        return Err(unprocessable(
            "description",
            "description_too_long",
            &format!(
                "the description is too long: at most {} characters",
                domain::complaint::MAX_DESCRIPTION
            ),
        ));
    }
    let text = raw.replace("\r\n", "\n");
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(unprocessable(
            "description",
            "invalid_description",
            "the description holds control characters (only tabs and line breaks may be used)",
        ));
    }
    Ok(text)
}

fn rfc3339(t: OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

/// Register a complaint. Without credentials it comes from the public; with a staff token it
/// is registered on a citizen's behalf (assisted intake). A request repeated with the same
/// `Idempotency-Key` header registers nothing new and gets the first receipt again.
#[utoipa::path(post, path = "/complaints", operation_id = "create_complaint",
    request_body = NewComplaintIn,
    params(("Idempotency-Key" = Option<String>, Header, nullable = false,
            description = "8 to 64 visible characters: a retry with the same key and body gets the first receipt",
            pattern = r"^[!-~][ !-~]{6,62}[!-~]$")),
    responses(
        (status = 201, description = "Registered", body = ReceiptOut),
        (status = 400, description = "Not JSON, not this shape (`invalid_json`, `invalid_request`), or a bad `Idempotency-Key`", body = ErrorBody),
        (status = 401, description = "A token or secret was given and is not valid", body = ErrorBody),
        (status = 403, description = "Auditors do not register complaints", body = ErrorBody),
        (status = 413, description = "Body over 1 MiB", body = ErrorBody),
        (status = 422, description = "A field is wrong: the code says which rule (`unknown_category`, `description_too_short`…), `field` which field", body = ErrorBody),
        (status = 429, description = "Too many complaints from this address (public callers)", body = ErrorBody)),
    security((), ("bearer" = [])))]
pub async fn create_complaint(
    State(app): State<AppState>,
    caller: Caller,
    ClientIp(ip): ClientIp,
    headers: axum::http::HeaderMap,
    RawBody(raw): RawBody,
) -> Result<(StatusCode, Json<ReceiptOut>), ApiError> {
    let mut body: NewComplaintIn = crate::web::api::body::parse(&raw)?;
    body.description = api_description(body.description)?;
    if body.kind.as_deref() == Some("") {
        // The web form's empty choice means the default; in the API it names no kind.
        return Err(unprocessable(
            "kind",
            "unknown_kind",
            "there is no kind \"\"",
        ));
    }
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
        service_point: None,
    };
    let receipt = intake::register(&app, submission, by, app.now()).await?;
    Ok((
        StatusCode::CREATED,
        Json(ReceiptOut {
            tracking_code: receipt.tracking_code.to_string(),
            secret: receipt.secret.expose().to_owned(),
            status: receipt.status,
            acknowledge_by: receipt.acknowledge_by.to_string(),
            answer_by: receipt.answer_by.to_string(),
        }),
    ))
}

#[derive(Serialize, ToSchema)]
pub struct HistoryOut {
    /// What happened: a lifecycle action, or a step of the service (`escalate`…).
    action: String,
    #[schema(format = DateTime)]
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
    #[schema(pattern = r"^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{3}$")]
    tracking_code: String,
    status: domain::State,
    /// Shown with the full record only: that a complaint is a denunciation is not public.
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<domain::Kind>,
    category: String,
    #[schema(format = DateTime)]
    received_at: String,
    #[schema(format = DateTime)]
    updated_at: String,
    #[schema(format = Date)]
    acknowledge_by: String,
    #[schema(format = Date)]
    answer_by: String,
    /// Past a deadline and not yet acknowledged or answered.
    late: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    channel: Option<domain::Channel>,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<domain::Language>,
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
    /// 0 until a deadline is missed, then one more each time it rises.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(minimum = 0)]
    escalation_level: Option<i32>,
    /// Staff only: the earlier complaint about the same problem this one is linked to.
    #[serde(skip_serializing_if = "Option::is_none")]
    duplicate_of: Option<String>,
    /// What happened, as the complainant may see it (internal notes excluded).
    #[serde(skip_serializing_if = "Option::is_none")]
    history: Option<Vec<HistoryOut>>,
    /// The actions this caller may take now.
    #[serde(skip_serializing_if = "Option::is_none")]
    actions: Option<Vec<Action>>,
}

fn public_view(row: PublicComplaint, today: time::Date) -> ComplaintOut {
    let late = row.is_late(today);
    ComplaintOut {
        tracking_code: row.display_code(),
        status: row.status,
        kind: None,
        category: row.category_code,
        received_at: rfc3339(row.received_at),
        updated_at: rfc3339(row.updated_at),
        acknowledge_by: row.acknowledge_by.to_string(),
        answer_by: row.answer_by.to_string(),
        late,
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
    let mut out = public_view(row.public(), app.now().date());
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
    out.kind = Some(row.kind);
    out.description = Some(row.description.clone());
    out.channel = Some(row.channel);
    out.language = Some(row.language);
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
    out.actions = Some(standing.actions.to_vec());
    if let Access::Staff(staff) = access {
        out.assignee = row.assignee_email.clone();
        out.escalation_level = Some(row.escalation_level);
        out.duplicate_of = handling::visible_links(app, staff, row, &duplicates)
            .await?
            .0;
    }
    Ok(out)
}

/// A code of the wrong shape is a bad request (the document's pattern refuses it); one of
/// the right shape whose check symbol is wrong names no complaint: 404, with the same code
/// and the hint that it holds a typing mistake.
fn parse_code(raw: &str) -> Result<TrackingCode, ApiError> {
    TrackingCode::parse(raw).map_err(|e| match e {
        TrackingCodeError::Check => ApiError::new(
            StatusCode::NOT_FOUND,
            "invalid_tracking_code",
            e.to_string(),
        ),
        e => ApiError::bad_request("invalid_tracking_code", e.to_string()),
    })
}

async fn find(app: &AppState, raw_code: &str) -> Result<ComplaintRow, ApiError> {
    let code = parse_code(raw_code)?;
    app.store
        .complaint_by_code(code.as_str())
        .await?
        .ok_or_else(unknown_code)
}

fn unknown_code() -> ApiError {
    ApiError::not_found("no complaint has this tracking code")
}

/// A tracking code in a path: any case, dashes and spaces anywhere, O read as 0 and I or L
/// as 1 (`domain::TrackingCode::parse`).
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Path)]
#[expect(
    dead_code,
    reason = "only describes the path parameter in the document"
)]
pub struct CodePath {
    /// Tracking code, `XXXX-XXXX-XXX`, with or without dashes.
    #[param(
        pattern = r"^[- ]*([0-9A-TV-Za-tv-z][- ]*){11}$",
        example = "7KQ4-M2XD-9RB"
    )]
    code: String,
}

/// Look up a complaint by its tracking code.
#[utoipa::path(get, path = "/complaints/{code}", operation_id = "get_complaint",
    params(CodePath),
    responses(
        (status = 200, description = "The complaint: public fields only, or the full record for its complainant and staff in scope", body = ComplaintOut),
        (status = 400, description = "Not a tracking code (`invalid_tracking_code`)", body = ErrorBody),
        (status = 401, description = "A token or secret was given and is not valid, or the secret is not this complaint's", body = ErrorBody),
        (status = 403, description = "Outside the caller's units", body = ErrorBody),
        (status = 404, description = "No complaint has this code (`not_found`, or `invalid_tracking_code` for a mistyped one)", body = ErrorBody),
        (status = 429, description = "Too many lookups from this address, or too many wrong secrets for this complaint", body = ErrorBody)),
    security((), ("complaint_secret" = []), ("bearer" = [])))]
pub async fn get_complaint(
    State(app): State<AppState>,
    ApiPath(code): ApiPath<String>,
    caller: Caller,
    ClientIp(ip): ClientIp,
) -> Result<Json<ComplaintOut>, ApiError> {
    if !matches!(caller, Caller::Staff(_)) && !app.limits.allow_lookup(ip) {
        return Err(ApiError::rate_limited());
    }
    if matches!(caller, Caller::Public) {
        // The hot path: only the columns the public sees are read.
        let code = parse_code(&code)?;
        let found = app.store.public_by_code(code.as_str()).await?;
        return Ok(Json(public_view(
            found.ok_or_else(unknown_code)?,
            app.now().date(),
        )));
    }
    let row = find(&app, &code).await?;
    let access = handling::access(&app, &caller, &row).await?;
    Ok(Json(match access {
        Access::Public => public_view(row.public(), app.now().date()),
        access => full_view(&app, &row, &access).await?,
    }))
}

#[derive(Serialize, ToSchema)]
pub struct ComplaintPage {
    #[schema(minimum = 1, maximum = 4294967295_u32)]
    page: u32,
    items: Vec<ComplaintOut>,
}

/// Complaints within the caller's scope, newest first unless `sort` says otherwise; 50 a
/// page. A filter naming an unknown value is refused with `400 unknown_filter`.
#[utoipa::path(get, path = "/complaints", operation_id = "list_complaints",
    params(ListParams),
    responses(
        (status = 200, description = "One page of complaints", body = ComplaintPage),
        (status = 400, description = "A parameter that is not this API's (`invalid_query`), or a filter naming nothing known (`unknown_filter`, `unknown_status`)", body = ErrorBody),
        (status = 401, description = "No valid staff token", body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn list_complaints(
    State(app): State<AppState>,
    StaffOnly(staff): StaffOnly,
    query: Result<Query<ListParams>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<ComplaintPage>, ApiError> {
    let Query(q) = query.map_err(|e| ApiError::bad_request("invalid_query", e.body_text()))?;
    if let Some(field) = q.blank_field() {
        return Err(ApiError::bad_request(
            "invalid_query",
            format!("{field} is empty: leave it out to list complaints of every {field}"),
        ));
    }
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
            let mut out = public_view(row.public(), today);
            out.kind = Some(row.kind);
            out.unit = Some(row.unit_code.clone());
            out.assignee = row.assignee_email.clone();
            out
        })
        .collect();
    Ok(Json(ComplaintPage { page, items }))
}

/// An action and the fields it needs. A field the action needs and lacks, or a unit,
/// assignee or earlier complaint that does not fit, gives 422 `invalid_action`; texts hold
/// at most 5000 characters once trimmed (control characters other than tabs and line
/// breaks are dropped).
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ActionIn {
    /// The lifecycle actions of shared/DESIGN.md and `transfer`, `note`, `reply`, `rate`,
    /// `extend`, `duplicate`.
    #[schema(value_type = Action)]
    action: String,
    /// Unit code, for `transfer`.
    unit: Option<String>,
    /// Staff e-mail, for `assign`.
    assignee: Option<String>,
    /// To the citizen, for `answer`.
    message: Option<String>,
    /// For `reject`, `transfer`, `extend`, `appeal`, and `close` after an appeal.
    reason: Option<String>,
    /// Internal note for `note`; the complainant's words for `reply`; a comment for `rate`.
    text: Option<String>,
    /// 1 to 5, for `rate` (other values: 422 `invalid_action`).
    #[schema(minimum = 1, maximum = 5)]
    #[serde(default, deserialize_with = "whole::option")]
    score: Option<u8>,
    /// For `answer`: the response guide version the answer was built from.
    #[serde(default, deserialize_with = "whole::option")]
    guide_version: Option<i64>,
    /// For `duplicate`: the tracking code of the earlier complaint about the same problem
    /// (in the caller's scope, not itself a duplicate).
    of: Option<String>,
}

/// Take a lifecycle action. Staff within scope, by role; the complainant (with the secret)
/// may `withdraw` and `appeal`. An action the state does not allow gives 409.
#[utoipa::path(post, path = "/complaints/{code}/actions", operation_id = "act_on_complaint",
    request_body = ActionIn, params(CodePath),
    responses(
        (status = 200, description = "Done: the complaint as the caller may now see it", body = ComplaintOut),
        (status = 400, description = "Not JSON or not this shape, an unknown action (`unknown_action`), or not a tracking code", body = ErrorBody),
        (status = 401, description = "No valid token or secret", body = ErrorBody),
        (status = 403, description = "This role, or the complainant, may not take this action, or the complaint is outside the caller's units", body = ErrorBody),
        (status = 404, description = "No complaint has this code", body = ErrorBody),
        (status = 409, description = "The complaint's state does not allow the action now (`not_allowed_now`)", body = ErrorBody),
        (status = 413, description = "Body over 1 MiB", body = ErrorBody),
        (status = 422, description = "A field the action needs is missing or does not fit (`invalid_action`, `field` names it)", body = ErrorBody),
        (status = 429, description = "Too many requests from this address, or too many wrong secrets for this complaint", body = ErrorBody)),
    security(("bearer" = []), ("complaint_secret" = [])))]
pub async fn act_on_complaint(
    State(app): State<AppState>,
    ApiPath(code): ApiPath<String>,
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
        _ => Ok(Json(public_view(row.public(), app.now().date()))),
    }
}

#[derive(Serialize, ToSchema)]
pub struct EventOut {
    #[schema(minimum = 1)]
    seq: i64,
    actor: String,
    action: String,
    #[schema(value_type = Object)]
    data: serde_json::Value,
    #[schema(format = DateTime)]
    at: String,
    /// SHA-256 over the previous event's hash and this event's canonical content.
    hash: String,
}

/// The audit trail of a complaint (staff within scope).
#[utoipa::path(get, path = "/complaints/{code}/events", operation_id = "list_events",
    params(CodePath),
    responses(
        (status = 200, description = "The events, oldest first", body = [EventOut]),
        (status = 400, description = "Not a tracking code (`invalid_tracking_code`)", body = ErrorBody),
        (status = 401, description = "No valid staff token", body = ErrorBody),
        (status = 403, description = "Outside the caller's units, or a role that does not read the audit trail (officers, intake)", body = ErrorBody),
        (status = 404, description = "No complaint has this code", body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn list_events(
    State(app): State<AppState>,
    ApiPath(code): ApiPath<String>,
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
