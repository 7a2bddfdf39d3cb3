//! Training mode's pages (`serve --training`; 404 on a real server):
//! - `/staff/training/inbox`: nothing is sent; every message a citizen or a staff member
//!   would have received waits in the outbox, and the trainer (an admin) reads them here, as
//!   they would have read, newest first;
//! - `/staff/training`: the trainer's view — every account's exercises, whether each passed
//!   and why not, what the trainee did, and one button to prepare or reset their round;
//! - `/staff/training/exercises`: a trainee's own exercises, with what to do.

use super::{SignedIn, StaffPage};
use crate::exercises::{self, Exercise, Outcome, Status};
use crate::i18n::Lang;
use crate::web::AppState;
use crate::web::pages::Visitor;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Role;
use serde::Deserialize;
use store::{StaffRow, TraineeRow};

pub struct Message {
    pub channel: String,
    pub to: String,
    pub subject: String,
    pub text: String,
}

#[derive(Template)]
#[template(path = "staff_training_inbox.html")]
struct InboxPage {
    staff: StaffPage,
    messages: Vec<Message>,
}

/// A refusal unless this is a training server (404: a real server has no such page) and,
/// when `trainers_only`, the visitor an admin.
fn refused(
    app: &AppState,
    visitor: &Visitor,
    who: &SignedIn,
    trainers_only: bool,
) -> Option<Response> {
    if !app.training {
        return Some(visitor.not_found(app));
    }
    (trainers_only && who.staff.role != Role::Admin).then(|| visitor.forbidden(app))
}

/// The last messages held back, for the trainers.
pub async fn inbox(State(app): State<AppState>, visitor: Visitor, who: SignedIn) -> Response {
    if let Some(refusal) = refused(&app, &visitor, &who, true) {
        return refusal;
    }
    let rows = match app.store.notifications_in("pending", 200).await {
        Ok(rows) => rows,
        Err(e) => return visitor.server_error(&app, "training inbox", e),
    };
    let messages = app
        .store
        .opened(rows)
        .into_iter()
        .map(|n| {
            let (subject, text) = crate::workers::outbox::render(&n, &app.base_url);
            Message {
                channel: n.channel,
                to: n.recipient,
                subject,
                text,
            }
        })
        .collect();
    let page = InboxPage {
        staff: StaffPage::new(&app, &visitor, &who, "/staff/training/inbox"),
        messages,
    };
    visitor.respond(StatusCode::OK, page.render())
}

/// One exercise as a page shows it.
pub struct ExerciseView {
    pub key: &'static str,
    pub title: String,
    pub task: String,
    pub status_key: &'static str,
    pub status: String,
    pub why: String,
    pub tracking_code: Option<String>,
}

fn view(lang: Lang, o: Outcome) -> ExerciseView {
    let key = o.exercise.key();
    let task = match o.exercise {
        Exercise::PhoneIntake => lang.t_with(
            "training-task-phone-intake",
            &[
                ("commune", exercises::CALL_COMMUNE.to_owned()),
                ("phone", exercises::CALL_PHONE.to_owned()),
                ("category", exercises::CALL_CATEGORY.to_owned()),
            ],
        ),
        _ => lang.t_with(
            &format!("training-task-{key}"),
            &[("code", o.tracking_code.clone().unwrap_or_default())],
        ),
    };
    ExerciseView {
        key,
        title: lang.t(&format!("training-exercise-{key}")),
        task,
        status_key: o.status.key(),
        status: lang.t(&format!("training-status-{}", o.status.key())),
        why: o
            .why
            .map(|w| lang.t_with(w.key, &w.args))
            .unwrap_or_default(),
        tracking_code: o.tracking_code,
    }
}

/// One account on the trainer's page.
pub struct TraineeView {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub role: String,
    pub unit: String,
    pub round: Option<i32>,
    pub passed: usize,
    pub exercises: Vec<ExerciseView>,
    /// What they did in this round, newest first: (time, tracking code, action).
    pub did: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "staff_training.html")]
struct TrainerPage {
    staff: StaffPage,
    trainees: Vec<TraineeView>,
    /// Some accounts have no exercises yet.
    waiting: bool,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "staff_training_exercises.html")]
struct ExercisesPage {
    staff: StaffPage,
    round: Option<i32>,
    exercises: Vec<ExerciseView>,
}

async fn trainee_view(
    app: &AppState,
    lang: Lang,
    account: StaffRow,
    round: Option<&TraineeRow>,
    staff: &[StaffRow],
) -> Result<TraineeView, store::StoreError> {
    let (exercises, did) = match round {
        Some(r) => {
            let outcomes = exercises::outcomes(app, &account, r, staff).await?;
            let did = app
                .store
                .events_by_actor(&exercises::actor(account.id), r.round_started_at, 12)
                .await?
                .into_iter()
                .map(|e| {
                    (
                        crate::i18n::date_time(e.at),
                        e.tracking_code,
                        lang.t(&format!("history-{}", e.action)),
                    )
                })
                .collect();
            (outcomes.into_iter().map(|o| view(lang, o)).collect(), did)
        }
        None => (Vec::new(), Vec::new()),
    };
    Ok(TraineeView {
        id: account.id,
        name: account.name,
        email: account.email,
        role: lang.t(&format!("role-{}", account.role)),
        unit: account.unit_code.unwrap_or_default(),
        round: round.map(|r| r.round),
        passed: exercises
            .iter()
            .filter(|e: &&ExerciseView| e.status_key == Status::Passed.key())
            .count(),
        exercises,
        did,
    })
}

async fn render_trainer(
    app: &AppState,
    visitor: &Visitor,
    who: &SignedIn,
    error: Option<String>,
    status: StatusCode,
) -> Response {
    let (accounts, rounds) = match tokio::try_join!(app.store.all_staff(), app.store.trainees()) {
        Ok(found) => found,
        Err(e) => return visitor.server_error(app, "training accounts", e),
    };
    let mut trainees = Vec::new();
    for account in &accounts {
        // Auditors have no exercises; the trainer is not their own trainee.
        if Exercise::for_role(account.role).is_empty() || account.id == who.staff.id {
            continue;
        }
        let round = rounds.iter().find(|r| r.user_id == account.id);
        match trainee_view(app, visitor.lang, account.clone(), round, &accounts).await {
            Ok(v) => trainees.push(v),
            Err(e) => return visitor.server_error(app, "training outcomes", e),
        }
    }
    let page = TrainerPage {
        staff: StaffPage::new(app, visitor, who, "/staff/training"),
        waiting: trainees.iter().any(|t| t.round.is_none()),
        trainees,
        error,
    };
    visitor.respond(status, page.render())
}

/// The trainer's view of every trainee.
pub async fn trainer(State(app): State<AppState>, visitor: Visitor, who: SignedIn) -> Response {
    if let Some(refusal) = refused(&app, &visitor, &who, true) {
        return refusal;
    }
    render_trainer(&app, &visitor, &who, None, StatusCode::OK).await
}

#[derive(Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    csrf: String,
}

/// Prepares a trainee's first round, or resets them to a fresh one: one action.
pub async fn reset(
    State(app): State<AppState>,
    visitor: Visitor,
    who: SignedIn,
    Path(user_id): Path<i64>,
    Form(f): Form<ResetForm>,
) -> Response {
    if let Some(refusal) = refused(&app, &visitor, &who, true) {
        return refusal;
    }
    let lang = visitor.lang;
    if !visitor.csrf_ok(&app, &f.csrf) {
        let message = lang.t("error-form-expired");
        return render_trainer(&app, &visitor, &who, Some(message), StatusCode::FORBIDDEN).await;
    }
    let account = match app.store.all_staff().await {
        Ok(all) => all.into_iter().find(|a| a.id == user_id),
        Err(e) => return visitor.server_error(&app, "training accounts", e),
    };
    let Some(account) = account.filter(|a| !Exercise::for_role(a.role).is_empty()) else {
        let message = lang.t("training-error-no-trainee");
        return render_trainer(&app, &visitor, &who, Some(message), StatusCode::NOT_FOUND).await;
    };
    match exercises::reset(&app, &who.staff, &account, app.now()).await {
        Ok(round) => {
            tracing::info!(
                trainee = account.id,
                round,
                by = who.staff.id,
                "training round started"
            );
            visitor.redirect(&format!("/staff/training#trainee-{}", account.id), None)
        }
        Err(exercises::PrepareError::Store(e)) => visitor.server_error(&app, "training reset", e),
        Err(e) => {
            tracing::warn!(error = %e, trainee = account.id, "training round not prepared");
            let message = lang.t("training-error-prepare");
            render_trainer(&app, &visitor, &who, Some(message), StatusCode::CONFLICT).await
        }
    }
}

/// Prepares the exercises of every account that has none yet: a session's start in one
/// action.
pub async fn prepare_all(
    State(app): State<AppState>,
    visitor: Visitor,
    who: SignedIn,
    Form(f): Form<ResetForm>,
) -> Response {
    if let Some(refusal) = refused(&app, &visitor, &who, true) {
        return refusal;
    }
    if !visitor.csrf_ok(&app, &f.csrf) {
        let message = visitor.lang.t("error-form-expired");
        return render_trainer(&app, &visitor, &who, Some(message), StatusCode::FORBIDDEN).await;
    }
    let found = tokio::try_join!(app.store.all_staff(), app.store.trainees());
    let (accounts, rounds) = match found {
        Ok(found) => found,
        Err(e) => return visitor.server_error(&app, "training accounts", e),
    };
    let mut refused_some = false;
    for account in accounts {
        let waiting = !Exercise::for_role(account.role).is_empty()
            && !account.disabled
            && account.id != who.staff.id
            && !rounds.iter().any(|r| r.user_id == account.id);
        if !waiting {
            continue;
        }
        match exercises::prepare(&app, &who.staff, &account, app.now()).await {
            Ok(_) => {}
            Err(exercises::PrepareError::Store(e)) => {
                return visitor.server_error(&app, "training preparation", e);
            }
            Err(e) => {
                tracing::warn!(error = %e, trainee = account.id, "training round not prepared");
                refused_some = true;
            }
        }
    }
    if refused_some {
        let message = visitor.lang.t("training-error-prepare");
        return render_trainer(&app, &visitor, &who, Some(message), StatusCode::CONFLICT).await;
    }
    visitor.redirect("/staff/training", None)
}

/// A trainee's own exercises.
pub async fn mine(State(app): State<AppState>, visitor: Visitor, who: SignedIn) -> Response {
    if let Some(refusal) = refused(&app, &visitor, &who, false) {
        return refusal;
    }
    let found = tokio::try_join!(app.store.all_staff(), app.store.trainees());
    let (accounts, rounds) = match found {
        Ok(found) => found,
        Err(e) => return visitor.server_error(&app, "training exercises", e),
    };
    let account = accounts.iter().find(|a| a.id == who.staff.id).cloned();
    let round = rounds.iter().find(|r| r.user_id == who.staff.id);
    let exercises = match account {
        Some(account) => match trainee_view(&app, visitor.lang, account, round, &accounts).await {
            Ok(v) => v.exercises,
            Err(e) => return visitor.server_error(&app, "training exercises", e),
        },
        None => Vec::new(),
    };
    let page = ExercisesPage {
        staff: StaffPage::new(&app, &visitor, &who, "/staff/training/exercises"),
        round: round.map(|r| r.round),
        exercises,
    };
    visitor.respond(StatusCode::OK, page.render())
}
