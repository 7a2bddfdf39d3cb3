//! `/staff/complaints/{code}`: everything about one complaint — the citizen's words,
//! place, deadlines, history with internal notes — and the actions this person may take in
//! this state, each a small form (posted to `complaint_actions.rs`).

use super::{SignedIn, StaffPage};
use crate::handling;
use crate::i18n::{date, date_time};
use crate::web::AppState;
use crate::web::pages::Visitor;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::TrackingCode;
use domain::rules::Identity;
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
    /// An admin or supervisor may publish the answer (scrubbed) in the open data.
    can_publish: bool,
    /// An admin or supervisor may erase the personal data at the complainant's request.
    can_erase: bool,
    /// When the personal data was erased.
    erased: Option<String>,
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

pub(super) async fn render(
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
pub(super) async fn render_with(
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
    let loaded = async {
        let events = app.store.events_of(row.id).await?;
        let attachments = app.store.attachments_of(row.id).await?;
        let duplicates = handling::duplicates_for(app, reader, row).await?;
        let links = handling::visible_links(app, &who.staff, row, &duplicates).await?;
        Ok::<_, store::StoreError>((events, attachments, duplicates, links))
    };
    let (events, attachments, duplicates, links) = match loaded.await {
        Ok(loaded) => loaded,
        Err(e) => return visitor.server_error(app, "complaint page", e),
    };
    let standing = handling::standing(app, reader, row, &events, &duplicates);
    // The identity is unsealed only when it may be shown.
    let complainant = match standing.identity {
        Identity::Shown => app.store.reveal_complainant(row),
        Identity::Anonymous | Identity::Protected | Identity::Withheld => None,
    };
    let contact = match (revealed, standing.identity) {
        (Some(revealed), _) => revealed,
        (None, Identity::Protected) => lang.t("staff-identity-protected"),
        (None, Identity::Anonymous) => lang.t("staff-anonymous"),
        (None, Identity::Shown | Identity::Withheld) => {
            complainant.clone().map(contact_line).unwrap_or_default()
        }
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
    let name = complainant.and_then(|c| c.name).unwrap_or_default();
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
        can_publish: domain::rules::may_publish_answer(who.staff.role)
            && !domain::rules::identity_protected(row.kind)
            && row.answered_at.is_some(),
        can_erase: matches!(
            who.staff.role,
            domain::Role::Admin | domain::Role::Supervisor
        ) && row.erased_at.is_none(),
        erased: row.erased_at.map(crate::i18n::date_time),
        code,
    };
    visitor.respond(status, page.render())
}

/// Name, phone and e-mail on one line, as far as the complainant gave them.
pub(super) fn contact_line(c: store::Complainant) -> String {
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

/// What a complaint outside one's units looks like: not there.
pub(super) fn gone(app: &AppState, visitor: &Visitor) -> Response {
    visitor.message(
        app,
        StatusCode::NOT_FOUND,
        "error-page-title",
        "error-unknown_tracking_code",
    )
}
