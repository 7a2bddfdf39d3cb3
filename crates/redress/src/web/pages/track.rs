//! `/track`: follow a complaint by its code; with the secret, see the answers and reply,
//! rate, appeal or withdraw. The secret, once checked, is kept in a sealed cookie for half
//! an hour (and "forget" removes it), so it never appears in an address.

use super::{FormState, Page, Visitor, open_cookie, seal_cookie};
use crate::handling::{self, ActError, Audience, Caller, Refusal};
use crate::i18n::{date, date_time};
use crate::web::AppState;
use crate::web::error::status_of;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use domain::lifecycle::CommandFields;
use domain::rules::{self, Reader};
use domain::{Action, Language, TrackingCode};
use serde::Deserialize;
use store::ComplaintRow;

const FOLLOW_COOKIE: &str = "rd_follow";
const FOLLOW_SECONDS: i64 = 1800;

#[derive(Default)]
pub struct Values {
    pub code: String,
}

#[derive(Template)]
#[template(path = "track.html")]
struct TrackPage {
    page: Page,
    form: FormState<Values>,
}

pub async fn form(State(app): State<AppState>, visitor: Visitor) -> Response {
    let page = TrackPage {
        page: visitor.page(&app, "/track"),
        form: FormState::new(Values::default()),
    };
    visitor.respond(StatusCode::OK, page.render())
}

#[derive(Deserialize)]
pub struct LookupForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    secret: String,
}

fn track_error(
    app: &AppState,
    visitor: &Visitor,
    status: StatusCode,
    code: &str,
    field: &str,
    key: &str,
) -> Response {
    let mut form = FormState::new(Values {
        code: code.to_owned(),
    });
    form.errors.push((field.to_owned(), visitor.lang.t(key)));
    let page = TrackPage {
        page: visitor.page(app, "/track"),
        form,
    };
    visitor.respond(status, page.render())
}

pub async fn lookup(
    State(app): State<AppState>,
    visitor: Visitor,
    Form(f): Form<LookupForm>,
) -> Response {
    if !app.limits.allow_lookup(visitor.ip) {
        return visitor.message(
            &app,
            StatusCode::TOO_MANY_REQUESTS,
            "error-page-title",
            "error-rate-limited",
        );
    }
    if !visitor.csrf_ok(&app, &f.csrf) {
        return track_error(
            &app,
            &visitor,
            StatusCode::FORBIDDEN,
            &f.code,
            "code",
            "error-form-expired",
        );
    }
    let Ok(code) = TrackingCode::parse(&f.code) else {
        return track_error(
            &app,
            &visitor,
            StatusCode::UNPROCESSABLE_ENTITY,
            &f.code,
            "code",
            "error-invalid_tracking_code",
        );
    };
    let row = match app.store.complaint_by_code(code.as_str()).await {
        Ok(Some(row)) => row,
        Ok(None) => {
            return track_error(
                &app,
                &visitor,
                StatusCode::NOT_FOUND,
                &f.code,
                "code",
                "error-unknown_tracking_code",
            );
        }
        Err(e) => {
            return visitor.server_error(&app, "lookup", e);
        }
    };
    let shown = code.to_string();
    if f.secret.trim().is_empty() {
        return visitor.redirect(&format!("/track/{shown}"), None);
    }
    let caller = match domain::Secret::parse(&f.secret) {
        Some(secret) => Caller::Secret(secret.expose().to_owned()),
        None => {
            return track_error(
                &app,
                &visitor,
                StatusCode::UNPROCESSABLE_ENTITY,
                &shown,
                "secret",
                "error-wrong_secret",
            );
        }
    };
    match handling::access(&app, &caller, &row).await {
        Ok(handling::Access::Complainant) => {
            let Caller::Secret(secret) = caller else {
                unreachable!("built above")
            };
            let issued = app.now().unix_timestamp().to_string();
            let cookie = seal_cookie(&app, &[code.as_str(), &secret, &issued]);
            let set = visitor.set_cookie(FOLLOW_COOKIE, &cookie, "/track", FOLLOW_SECONDS);
            visitor.redirect(&format!("/track/{shown}"), Some(set))
        }
        Err(ActError::Refused(Refusal::Locked)) => visitor.message(
            &app,
            StatusCode::TOO_MANY_REQUESTS,
            "error-page-title",
            "error-secret-locked",
        ),
        Err(ActError::Store(e)) => visitor.server_error(&app, "secret check", e),
        _ => track_error(
            &app,
            &visitor,
            StatusCode::UNAUTHORIZED,
            &shown,
            "secret",
            "error-wrong_secret",
        ),
    }
}

/// The secret kept for `code` by an earlier successful lookup on this device.
fn followed_secret(app: &AppState, headers: &HeaderMap, code: &TrackingCode) -> Option<String> {
    let lines = open_cookie(app, super::cookie(headers, FOLLOW_COOKIE)?)?;
    match lines.as_slice() {
        [c, secret, issued] if c == code.as_str() => {
            let issued: i64 = issued.parse().ok()?;
            let age = app.now().unix_timestamp() - issued;
            (0..=FOLLOW_SECONDS).contains(&age).then(|| secret.clone())
        }
        _ => None,
    }
}

pub struct HistoryLine {
    pub at: String,
    pub label: String,
    pub message: Option<String>,
}

pub struct Full {
    pub description: String,
    pub attachments: Vec<String>,
    pub history: Vec<HistoryLine>,
    pub can_reply: bool,
    pub can_rate: bool,
    pub rated: bool,
    pub can_withdraw: bool,
    pub appeal_until: Option<String>,
}

#[derive(Template)]
#[template(path = "detail.html")]
struct DetailPage {
    page: Page,
    form: FormState<Values>,
    title: String,
    code: String,
    status: String,
    category: String,
    received: String,
    ack_by: String,
    answer_by: String,
    late: bool,
    full: Option<Full>,
}

async fn full_view(
    app: &AppState,
    visitor: &Visitor,
    row: &ComplaintRow,
) -> Result<Full, store::StoreError> {
    let lang = visitor.lang;
    let events = app.store.events_of(row.id).await?;
    let attachments = app.store.attachments_of(row.id).await?;
    let duplicates = handling::duplicates_for(app, Reader::Complainant, row).await?;
    let facts = handling::facts(app, row, &events, &duplicates);
    let standing = rules::standing(Reader::Complainant, &facts, app.now());
    let history = events
        .iter()
        .filter(|e| !e.is_internal())
        .map(|e| HistoryLine {
            at: date_time(e.at),
            label: lang.t(&format!("history-{}", e.action)),
            message: e.citizen_message(),
        })
        .collect();
    let may = |a: Action| standing.actions.contains(&a);
    Ok(Full {
        description: row.description.clone(),
        attachments: attachments
            .iter()
            .map(|a| format!("{} ({} Ko)", a.file_name, (a.size_bytes + 1023) / 1024))
            .collect(),
        history,
        can_reply: may(Action::Reply),
        can_rate: may(Action::Rate),
        rated: facts.rated,
        can_withdraw: may(Action::Withdraw),
        appeal_until: standing
            .appeal_until
            .map(|until| lang.t_with("appeal-intro", &[("date", date(until.date()))])),
    })
}

async fn render_detail(
    app: &AppState,
    visitor: &Visitor,
    row: &ComplaintRow,
    followed: bool,
    errors: Vec<(String, String)>,
    status: StatusCode,
) -> Response {
    let lang = visitor.lang;
    let code = row.display_code();
    let full = if followed {
        match full_view(app, visitor, row).await {
            Ok(f) => Some(f),
            Err(e) => return visitor.server_error(app, "detail", e),
        }
    } else {
        None
    };
    let catalog = app.catalog();
    let category = catalog.category(&row.category_code).map_or_else(
        || row.category_code.clone(),
        |c| {
            if lang.0 == Language::English {
                c.name_en.clone()
            } else {
                c.name_fr.clone()
            }
        },
    );
    let today = app.now().date();
    let late = row.is_late(today);
    let mut form = FormState::new(Values { code: code.clone() });
    form.errors = errors;
    let page = DetailPage {
        title: lang.t_with("detail-title", &[("code", code.clone())]),
        status: lang.t(&format!("status-{}", row.status)),
        category,
        received: date(row.received_at.date()),
        ack_by: date(row.acknowledge_by),
        answer_by: date(row.answer_by),
        late,
        full,
        page: visitor.page(app, &format!("/track/{code}")),
        code,
        form,
    };
    visitor.respond(status, page.render())
}

/// The complaint of an address, counted as a lookup against this visitor's limit (codes
/// must not be enumerable).
async fn load(
    app: &AppState,
    visitor: &Visitor,
    raw: &str,
) -> Result<(TrackingCode, ComplaintRow), Response> {
    if !app.limits.allow_lookup(visitor.ip) {
        return Err(visitor.message(
            app,
            StatusCode::TOO_MANY_REQUESTS,
            "error-page-title",
            "error-rate-limited",
        ));
    }
    let not_found = || {
        visitor.message(
            app,
            StatusCode::NOT_FOUND,
            "error-page-title",
            "error-unknown_tracking_code",
        )
    };
    let Ok(code) = TrackingCode::parse(raw) else {
        return Err(not_found());
    };
    match app.store.complaint_by_code(code.as_str()).await {
        Ok(Some(row)) => Ok((code, row)),
        Ok(None) => Err(not_found()),
        Err(e) => Err(visitor.server_error(app, "lookup", e)),
    }
}

pub async fn detail(
    State(app): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
    Path(raw): Path<String>,
) -> Response {
    let (code, row) = match load(&app, &visitor, &raw).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let followed =
        followed_secret(&app, &headers, &code).is_some_and(|s| app.store.secret_matches(&row, &s));
    render_detail(&app, &visitor, &row, followed, Vec::new(), StatusCode::OK).await
}

#[derive(Deserialize)]
pub struct ActionForm {
    #[serde(default)]
    csrf: String,
    text: Option<String>,
    reason: Option<String>,
    score: Option<String>,
}

pub async fn act(
    State(app): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
    Path((raw, action)): Path<(String, String)>,
    Form(f): Form<ActionForm>,
) -> Response {
    let (code, row) = match load(&app, &visitor, &raw).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let shown = code.to_string();
    let back = format!("/track/{shown}");
    if !visitor.csrf_ok(&app, &f.csrf) {
        let errors = vec![("code".to_owned(), visitor.lang.t("error-form-expired"))];
        return render_detail(&app, &visitor, &row, false, errors, StatusCode::FORBIDDEN).await;
    }
    if action == "forget" {
        let clear = visitor.set_cookie(FOLLOW_COOKIE, "", "/track", 0);
        return visitor.redirect("/track", Some(clear));
    }
    let Some(secret) = followed_secret(&app, &headers, &code) else {
        return visitor.redirect(&back, None);
    };
    let (action, field) = match action.as_str() {
        "reply" => (Action::Reply, "text"),
        "rate" => (Action::Rate, "score"),
        "appeal" => (Action::Appeal, "reason"),
        "withdraw" => (Action::Withdraw, "code"),
        _ => {
            return visitor.not_found(&app);
        }
    };
    let score = match f.score.as_deref().map(str::parse::<u8>) {
        Some(Ok(n)) => Some(n),
        Some(Err(_)) => Some(0),
        None => None,
    };
    let fields = CommandFields {
        text: f.text,
        reason: f.reason,
        score,
        ..CommandFields::default()
    };
    let caller = Caller::Secret(secret);
    match handling::act(&app, code.as_str(), &caller, action, fields, app.now()).await {
        Ok(_) => visitor.redirect(&back, None),
        Err(ActError::Refused(refusal)) => {
            let errors = vec![(
                field.to_owned(),
                visitor.lang.t(&refusal.message_key(Audience::Citizen)),
            )];
            let row = app
                .store
                .complaint_by_code(code.as_str())
                .await
                .ok()
                .flatten()
                .unwrap_or(row);
            render_detail(&app, &visitor, &row, true, errors, status_of(&refusal)).await
        }
        Err(ActError::Store(e)) => visitor.server_error(&app, "complainant action", e),
    }
}
