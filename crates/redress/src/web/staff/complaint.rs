//! `/staff/complaints/{code}`: everything about one complaint — the citizen's words,
//! place, deadlines, history with internal notes — and the actions this person may take in
//! this state, each a small form.

use super::{SignedIn, StaffPage};
use crate::handling::{self, ActError, Audience, Caller, Refusal};
use crate::i18n::{date, date_time};
use crate::web::AppState;
use crate::web::error::status_of;
use crate::web::pages::Visitor;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::lifecycle::CommandFields;
use domain::rules::Identity;
use domain::{Action, TrackingCode};
use serde::Deserialize;
use store::ComplaintRow;

pub struct Event {
    pub at: String,
    pub label: String,
    pub actor: String,
    pub detail: String,
    /// For those who read the audit trail: the chain position and hash.
    pub seal: Option<String>,
}

#[derive(Template)]
#[template(path = "staff_complaint.html")]
struct ComplaintPage {
    staff: StaffPage,
    code: String,
    status: String,
    kind: String,
    category: String,
    unit: String,
    place: String,
    description: String,
    contact: String,
    received: String,
    ack_by: String,
    answer_by: String,
    late: bool,
    escalation: i32,
    assignee: String,
    /// (id, label)
    attachments: Vec<(i64, String)>,
    events: Vec<Event>,
    actions: Vec<String>,
    units: Vec<(String, String)>,
    error: Option<String>,
    /// An admin or supervisor may reveal a denunciation's identity, with a reason.
    can_reveal: bool,
    /// From the response guide: what to do, a draft answer in the complainant's language.
    procedure: String,
    draft: String,
    guide_version: Option<i64>,
    /// The earlier complaint this one was linked to, and those linked to this one.
    duplicate_of: Option<String>,
    duplicates: Vec<String>,
}

/// Fills a guide template's placeholders: `{name}` (empty when the identity is hidden),
/// `{code}`, `{received}`, `{answer_by}`, `{unit}`.
pub fn fill(
    template: &str,
    name: &str,
    code: &str,
    received: &str,
    answer_by: &str,
    unit: &str,
) -> String {
    template
        .replace("{name}", name)
        .replace("{code}", code)
        .replace("{received}", received)
        .replace("{answer_by}", answer_by)
        .replace("{unit}", unit)
}

async fn render(
    app: &AppState,
    visitor: &Visitor,
    who: &SignedIn,
    row: &ComplaintRow,
    error: Option<String>,
    status: StatusCode,
) -> Response {
    render_with(app, visitor, who, row, error, None, status).await
}

/// The page, with a denunciation's identity shown when it was just revealed.
async fn render_with(
    app: &AppState,
    visitor: &Visitor,
    who: &SignedIn,
    row: &ComplaintRow,
    error: Option<String>,
    revealed: Option<String>,
    status: StatusCode,
) -> Response {
    let lang = visitor.lang;
    let catalog = app.catalog();
    let code = row.display_code();
    let reader = who.staff.reader(row);
    let (events, attachments, links) = match (
        app.store.events_of(row.id).await,
        app.store.attachments_of(row.id).await,
        handling::visible_links(app, &who.staff, row).await,
    ) {
        (Ok(e), Ok(a), Ok(l)) => (e, a, l),
        (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => {
            return visitor.server_error(app, "complaint page", e);
        }
    };
    let standing = match handling::standing(app, reader, row, &events).await {
        Ok(s) => s,
        Err(e) => return visitor.server_error(app, "complaint page", e),
    };
    let shown = || app.store.reveal_complainant(row);
    let contact = match (revealed, standing.identity) {
        (Some(revealed), _) => revealed,
        (None, Identity::Protected) => lang.t("staff-identity-protected"),
        (None, Identity::Anonymous) => lang.t("staff-anonymous"),
        (None, Identity::Shown) => shown().map(contact_line).unwrap_or_default(),
        (None, Identity::Withheld) => String::new(),
    };
    let place = [
        row.commune_code
            .as_ref()
            .and_then(|c| catalog.communes.iter().find(|m| &m.code == c))
            .map(|m| m.name.clone()),
        row.address.clone(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" — ");
    let guide = app
        .store
        .current_guide(&row.category_code)
        .await
        .ok()
        .flatten();
    let unit_name = catalog
        .unit(&row.unit_code)
        .map_or_else(|| row.unit_code.clone(), |u| u.name_fr.clone());
    // A protected identity is not written into the draft either.
    let name = match standing.identity {
        Identity::Shown => shown().and_then(|c| c.name).unwrap_or_default(),
        _ => String::new(),
    };
    let (procedure, draft, guide_version) = match &guide {
        Some(g) => {
            let body = g
                .templates
                .0
                .get(row.language.as_str())
                .or_else(|| g.templates.0.get("fr"))
                .and_then(|t| t["body"].as_str())
                .unwrap_or_default();
            (
                g.procedure.clone(),
                fill(
                    body,
                    &name,
                    &code,
                    &date(row.received_at.date()),
                    &date(row.answer_by),
                    &unit_name,
                ),
                Some(g.id),
            )
        }
        None => (String::new(), String::new(), None),
    };
    let page = ComplaintPage {
        staff: StaffPage::new(app, visitor, who, &format!("/staff/complaints/{code}")),
        status: lang.t(&format!("status-{}", row.status)),
        kind: lang.t(&format!("kind-{}", row.kind)),
        category: catalog
            .category(&row.category_code)
            .map_or_else(|| row.category_code.clone(), |c| c.name_fr.clone()),
        unit: catalog
            .unit(&row.unit_code)
            .map_or_else(|| row.unit_code.clone(), |u| u.name_fr.clone()),
        place,
        description: row.description.clone(),
        contact,
        received: date_time(row.received_at),
        ack_by: date(row.acknowledge_by),
        answer_by: date(row.answer_by),
        late: standing.late,
        escalation: row.escalation_level,
        assignee: row.assignee_email.clone().unwrap_or_default(),
        attachments: attachments
            .iter()
            .map(|a| {
                let label = format!(
                    "{} ({}, {} Ko)",
                    a.file_name,
                    a.content_type,
                    (a.size_bytes + 1023) / 1024
                );
                (a.id, label)
            })
            .collect(),
        events: events
            .iter()
            .map(|e| Event {
                at: date_time(e.at),
                label: lang.t(&format!("history-{}", e.action)),
                actor: e.actor.clone(),
                detail: ["message", "reason", "text", "assignee", "to", "unit", "of"]
                    .iter()
                    .filter_map(|k| e.data()[*k].as_str())
                    // The original of a duplicate link is named only when in scope.
                    .filter(|v| e.action != "duplicate" || links.0.as_deref() == Some(*v))
                    .collect::<Vec<_>>()
                    .join(" · "),
                seal: who
                    .staff
                    .role
                    .reads_audit()
                    .then(|| format!("#{} {}", e.seq, &e.hash[..16])),
            })
            .collect(),
        actions: standing
            .actions
            .iter()
            .map(|a| a.as_str().to_owned())
            .collect(),
        units: catalog
            .units
            .iter()
            .filter(|u| u.code != row.unit_code)
            .map(|u| (u.code.clone(), u.name_fr.clone()))
            .collect(),
        error,
        procedure,
        draft,
        guide_version,
        duplicate_of: links.0,
        duplicates: links.1,
        can_reveal: standing.may_reveal,
        code,
    };
    visitor.respond(status, page.render())
}

/// Name, phone and e-mail on one line, as far as the complainant gave them.
fn contact_line(c: store::Complainant) -> String {
    [c.name, c.phone, c.email]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ")
}

pub(super) async fn load(
    app: &AppState,
    visitor: &Visitor,
    who: &SignedIn,
    raw: &str,
) -> Result<ComplaintRow, Response> {
    let not_found = || gone(app, visitor);
    let code = TrackingCode::parse(raw).map_err(|_| not_found())?;
    match app.store.complaint_by_code(code.as_str()).await {
        // Outside one's scope looks the same as not there: nothing is revealed.
        Ok(Some(row)) if who.staff.sees(&row) => Ok(row),
        Ok(_) => Err(not_found()),
        Err(e) => Err(visitor.server_error(app, "complaint lookup", e)),
    }
}

/// The complaint a posted form acts on, once its CSRF token is checked.
async fn load_for_form(
    app: &AppState,
    visitor: &Visitor,
    who: &SignedIn,
    raw: &str,
    csrf: &str,
) -> Result<ComplaintRow, Response> {
    let row = load(app, visitor, who, raw).await?;
    if !visitor.csrf_ok(app, csrf) {
        let expired = Some(visitor.lang.t("error-form-expired"));
        return Err(render(app, visitor, who, &row, expired, StatusCode::FORBIDDEN).await);
    }
    Ok(row)
}

pub async fn show(
    State(app): State<AppState>,
    visitor: Visitor,
    who: SignedIn,
    Path(raw): Path<String>,
) -> Response {
    match load(&app, &visitor, &who, &raw).await {
        Ok(row) => render(&app, &visitor, &who, &row, None, StatusCode::OK).await,
        Err(response) => response,
    }
}

#[derive(Deserialize)]
pub struct ActForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    action: String,
    unit: Option<String>,
    assignee: Option<String>,
    message: Option<String>,
    reason: Option<String>,
    text: Option<String>,
    guide_version: Option<i64>,
    of: Option<String>,
}

pub async fn act(
    State(app): State<AppState>,
    visitor: Visitor,
    who: SignedIn,
    Path(raw): Path<String>,
    Form(f): Form<ActForm>,
) -> Response {
    let row = match load_for_form(&app, &visitor, &who, &raw, &f.csrf).await {
        Ok(row) => row,
        Err(response) => return response,
    };
    let Some(action) = Action::parse(&f.action) else {
        return render(
            &app,
            &visitor,
            &who,
            &row,
            Some(visitor.lang.t("error-invalid")),
            StatusCode::BAD_REQUEST,
        )
        .await;
    };
    let fields = CommandFields {
        unit: f.unit,
        assignee: f.assignee,
        message: f.message,
        reason: f.reason,
        text: f.text,
        score: None,
        guide_version: f.guide_version,
        of: f.of,
    };
    let caller = Caller::Staff(who.staff.clone());
    let code = row.display_code();
    match handling::act(&app, &row.tracking_code, &caller, action, fields, app.now()).await {
        Ok(_) => visitor.redirect(&format!("/staff/complaints/{code}"), None),
        Err(ActError::Refused(refusal)) => {
            tracing::info!(tracking_code = %row.tracking_code, action = action.as_str(), refused = %refusal, "staff action refused");
            refused(&app, &visitor, &who, row, &refusal).await
        }
        Err(ActError::Store(e)) => visitor.server_error(&app, "staff action", e),
    }
}

/// The complaint as it is after an action (as read before, if it cannot be read again),
/// or `None` when it has left the staff member's units meanwhile (a transfer).
async fn reloaded(app: &AppState, who: &SignedIn, row: ComplaintRow) -> Option<ComplaintRow> {
    let fresh = app
        .store
        .complaint_by_code(&row.tracking_code)
        .await
        .ok()
        .flatten()
        .unwrap_or(row);
    who.staff.sees(&fresh).then_some(fresh)
}

/// What a complaint outside one's units looks like: not there.
fn gone(app: &AppState, visitor: &Visitor) -> Response {
    visitor.message(
        app,
        StatusCode::NOT_FOUND,
        "error-page-title",
        "error-unknown_tracking_code",
    )
}

/// The complaint page as it is now, saying why an action was refused.
async fn refused(
    app: &AppState,
    visitor: &Visitor,
    who: &SignedIn,
    row: ComplaintRow,
    refusal: &Refusal,
) -> Response {
    let message = visitor.lang.t(&refusal.message_key(Audience::Staff));
    match reloaded(app, who, row).await {
        Some(row) => render(app, visitor, who, &row, Some(message), status_of(refusal)).await,
        None => gone(app, visitor),
    }
}

#[derive(Deserialize)]
pub struct RevealForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    reason: String,
}

pub async fn reveal(
    State(app): State<AppState>,
    visitor: Visitor,
    who: SignedIn,
    Path(raw): Path<String>,
    Form(f): Form<RevealForm>,
) -> Response {
    let row = match load_for_form(&app, &visitor, &who, &raw, &f.csrf).await {
        Ok(row) => row,
        Err(response) => return response,
    };
    match handling::reveal_identity(&app, &who.staff, &row.tracking_code, &f.reason, app.now())
        .await
    {
        Ok(who_complains) => {
            let shown = who_complains
                .map(contact_line)
                .unwrap_or_else(|| visitor.lang.t("staff-anonymous"));
            let Some(row) = reloaded(&app, &who, row).await else {
                return gone(&app, &visitor);
            };
            render_with(
                &app,
                &visitor,
                &who,
                &row,
                None,
                Some(shown),
                StatusCode::OK,
            )
            .await
        }
        Err(ActError::Refused(refusal)) => refused(&app, &visitor, &who, row, &refusal).await,
        Err(ActError::Store(e)) => visitor.server_error(&app, "identity reveal", e),
    }
}
