//! `POST /staff/complaints/{code}/act` and `/reveal`: a lifecycle action or the recorded
//! reveal of a denunciation's author, taken through `handling`; the page comes back with
//! the outcome.

use super::SignedIn;
use super::complaint::{contact_line, gone, load, render, render_with};
use crate::handling::{self, ActError, Audience, Caller, Refusal};
use crate::web::AppState;
use crate::web::error::status_of;
use crate::web::pages::Visitor;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Action;
use domain::lifecycle::CommandFields;
use serde::Deserialize;
use store::ComplaintRow;

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

/// A form that records why (an identity's reveal, an erasure).
#[derive(Deserialize)]
pub struct ReasonForm {
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
    Form(f): Form<ReasonForm>,
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

#[derive(Deserialize)]
pub struct PublishForm {
    #[serde(default)]
    csrf: String,
}

/// What publishing and erasing share: the outcome of `done`, then back to the complaint
/// (whose history shows what was done), or the refusal on its page.
async fn then_back<T>(
    app: &AppState,
    visitor: &Visitor,
    who: &SignedIn,
    row: ComplaintRow,
    what: &str,
    done: Result<T, ActError>,
) -> Response {
    match done {
        Ok(_) => visitor.redirect(&format!("/staff/complaints/{}", row.display_code()), None),
        Err(ActError::Refused(refusal)) => refused(app, visitor, who, row, &refusal).await,
        Err(ActError::Store(e)) => visitor.server_error(app, what, e),
    }
}

/// Publishes the answer (scrubbed) in the open data.
pub async fn publish(
    State(app): State<AppState>,
    visitor: Visitor,
    who: SignedIn,
    Path(raw): Path<String>,
    Form(f): Form<PublishForm>,
) -> Response {
    let row = match load_for_form(&app, &visitor, &who, &raw, &f.csrf).await {
        Ok(row) => row,
        Err(response) => return response,
    };
    let done = handling::publish_answer(&app, &who.staff, &row.tracking_code, app.now()).await;
    then_back(&app, &visitor, &who, row, "answer publication", done).await
}

/// Erases the complainant's personal data at their request (recorded with how they asked).
pub async fn erase(
    State(app): State<AppState>,
    visitor: Visitor,
    who: SignedIn,
    Path(raw): Path<String>,
    Form(f): Form<ReasonForm>,
) -> Response {
    let row = match load_for_form(&app, &visitor, &who, &raw, &f.csrf).await {
        Ok(row) => row,
        Err(response) => return response,
    };
    let code = row.tracking_code.clone();
    let done = handling::erase_on_request(&app, &who.staff, &code, &f.reason, app.now()).await;
    then_back(&app, &visitor, &who, row, "erasure", done).await
}
