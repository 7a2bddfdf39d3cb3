//! Taking an action on a complaint: the one place where who may do what, in which state and
//! within which scope is decided, for the API and (later) the staff pages alike.

use crate::app::AppState;
use domain::authz::{APPEAL_WINDOW_DAYS, complainant_may};
use domain::lifecycle::CommandFields;
use domain::{Action, Command, Role, State};
use serde_json::{Value, json};
use store::{Change, ComplaintRow, Scope, StoreError};
use time::OffsetDateTime;

/// A signed-in staff member.
#[derive(Debug, Clone)]
pub struct Staff {
    pub id: i64,
    pub email: String,
    pub role: Role,
    pub scope: Scope,
}

impl Staff {
    pub fn actor(&self) -> String {
        format!("staff:{}", self.id)
    }

    pub fn sees(&self, row: &ComplaintRow) -> bool {
        self.scope.contains(&row.unit_code, &row.unit_path)
    }
}

/// Who is asking.
#[derive(Debug, Clone)]
pub enum Caller {
    Staff(Staff),
    /// Someone holding a follow-up secret (checked against the complaint), from an address.
    Secret(String, std::net::IpAddr),
    Public,
}

#[derive(Debug, thiserror::Error)]
pub enum ActError {
    #[error("no complaint has this tracking code")]
    NotFound,
    #[error("{0}")]
    Unauthorized(&'static str),
    #[error("{0}")]
    Forbidden(String),
    #[error("{message}")]
    Invalid {
        field: &'static str,
        message: String,
    },
    #[error("{0}")]
    Conflict(String),
    #[error("too many wrong secrets for this complaint: try again in an hour")]
    Locked,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What the caller proved about a complaint they hold.
pub enum Access<'a> {
    Staff(&'a Staff),
    Complainant,
    Public,
}

/// Checks the caller against a complaint: a wrong secret or an out-of-scope token is refused.
pub fn access<'a>(
    app: &AppState,
    caller: &'a Caller,
    row: &ComplaintRow,
) -> Result<Access<'a>, ActError> {
    match caller {
        Caller::Staff(s) if s.sees(row) => Ok(Access::Staff(s)),
        Caller::Staff(_) => Err(ActError::Forbidden(
            "this complaint is outside the units you work for".into(),
        )),
        Caller::Secret(_, ip) if app.limits.secret_locked(&row.tracking_code, *ip) => {
            Err(ActError::Locked)
        }
        Caller::Secret(secret, _) if app.store.secret_matches(row, secret) => {
            Ok(Access::Complainant)
        }
        Caller::Secret(_, ip) => {
            app.limits.secret_failed(&row.tracking_code, *ip);
            Err(ActError::Unauthorized(
                "the follow-up secret does not match this complaint",
            ))
        }
        Caller::Public => Ok(Access::Public),
    }
}

fn data_of(command: &Command, row: &ComplaintRow) -> Value {
    match command {
        Command::Accept | Command::Start => json!({}),
        Command::Reject { reason } => json!({ "reason": reason }),
        Command::Assign { assignee } => json!({ "assignee": assignee }),
        Command::Answer {
            message,
            guide_version: Some(v),
        } => json!({ "message": message, "guide_version": v }),
        Command::Answer { message, .. } => json!({ "message": message }),
        Command::Close { reason } | Command::Withdraw { reason } => match reason {
            Some(r) => json!({ "reason": r }),
            None => json!({}),
        },
        Command::Appeal { reason } | Command::Extend { reason } => json!({ "reason": reason }),
        Command::Transfer { unit, reason } => {
            json!({ "from": row.unit_code, "to": unit, "reason": reason })
        }
        Command::Note { text } | Command::Reply { text } => json!({ "text": text }),
        Command::Duplicate { of } => json!({ "of": of }),
        Command::Rate { score, comment } => match comment {
            Some(c) => json!({ "score": score, "comment": c }),
            None => json!({ "score": score }),
        },
    }
}

/// Takes `action` on the complaint `code` for `caller`, or says why not. Nothing is written
/// unless every check passes, and the write itself is refused if the complaint changed since
/// it was read.
pub async fn act(
    app: &AppState,
    code: &str,
    caller: &Caller,
    action: Action,
    fields: CommandFields,
    now: OffsetDateTime,
) -> Result<ComplaintRow, ActError> {
    let row = app
        .store
        .complaint_by_code(code)
        .await?
        .ok_or(ActError::NotFound)?;
    let actor = match access(app, caller, &row)? {
        Access::Staff(s) if s.role.may(action) => s.actor(),
        Access::Staff(s) => {
            return Err(ActError::Forbidden(format!(
                "the role {} may not {}",
                s.role,
                action.as_str()
            )));
        }
        Access::Complainant if complainant_may(action) => "complainant".to_owned(),
        Access::Complainant => {
            return Err(ActError::Forbidden(format!(
                "a complainant may withdraw, reply, appeal or rate, not {}",
                action.as_str()
            )));
        }
        Access::Public => {
            return Err(ActError::Unauthorized(
                "sign in with a staff token, or give the complaint's follow-up secret",
            ));
        }
    };
    let from = row.state();
    let to = action
        .next_state(from)
        .map_err(|e| ActError::Conflict(e.to_string()))?;
    let command = Command::parse(action, from, fields).map_err(|e| ActError::Invalid {
        field: "action",
        message: e.to_string(),
    })?;
    let mut change = Change::keeping(&row, actor, action.as_str(), data_of(&command, &row), now);
    change.status = to;
    match caller {
        Caller::Staff(staff) => check_staff_rules(app, staff, &row, &command, &mut change).await?,
        _ => check_complainant_rules(app, &row, &command, now).await?,
    }
    // A new deadline in force starts the escalation over: acknowledged (the answer
    // deadline now runs), extended, or appealed (the appeal is answered in the category's
    // delay from today).
    if action == Action::Appeal {
        let catalog = app.catalog();
        if let Some(category) = catalog.category(&row.category_code) {
            change.answer_by = catalog
                .holidays
                .due_date(now.date(), crate::catalog::answer_delay(category));
        }
    }
    if matches!(action, Action::Extend | Action::Appeal) || (from == State::Received && to != from)
    {
        change.escalation_level = 0;
    }
    match to {
        State::Accepted | State::Rejected if from == State::Received => {
            change.acknowledged_at = Some(now)
        }
        State::Answered => change.answered_at = Some(now),
        _ => {}
    }
    if to.is_final() && !from.is_final() {
        change.closed_at = Some(now);
    }
    let mut params = crate::notify::params(&row, &change.data);
    params["answer"] = json!(crate::web::pages::date(change.answer_by));
    if let Some(template) = crate::notify::template_for(action, from, to) {
        let who = app.store.reveal_complainant(&row);
        let language = row.language.clone();
        change.notifications.extend(crate::notify::to_complainant(
            who.as_ref(),
            &language,
            template,
            params.clone(),
        ));
    }
    if let Command::Assign { assignee } = &command {
        change
            .notifications
            .push(crate::notify::to_staff(assignee, "assigned", params));
    }
    match app.store.apply_change(change).await {
        Ok(_) => {}
        Err(StoreError::Conflict) => {
            return Err(ActError::Conflict(
                "the complaint was changed by someone else meanwhile: reload it and try again"
                    .into(),
            ));
        }
        Err(e) => return Err(e.into()),
    }
    tracing::info!(tracking_code = %row.tracking_code, action = action.as_str(), from = from.as_str(), to = to.as_str(), "complaint action");
    app.store
        .complaint_by_code(code)
        .await?
        .ok_or(ActError::NotFound)
}

/// The complainant appeals within the window after the answer, and rates an answer once.
async fn check_complainant_rules(
    app: &AppState,
    row: &ComplaintRow,
    command: &Command,
    now: OffsetDateTime,
) -> Result<(), ActError> {
    match command {
        Command::Appeal { .. } => {
            let answered = row.answered_at.unwrap_or(row.updated_at);
            let closes = answered + time::Duration::days(APPEAL_WINDOW_DAYS);
            if now > closes {
                return Err(ActError::Conflict(format!(
                    "the appeal window closed on {}",
                    closes.date()
                )));
            }
        }
        Command::Rate { .. } => {
            let events = app.store.events_of(row.id).await?;
            if events.iter().any(|e| e.action == Action::Rate.as_str()) {
                return Err(ActError::Conflict(
                    "this answer has already been rated".into(),
                ));
            }
        }
        _ => {}
    }
    Ok(())
}

/// The rules that depend on people and units: whom one may assign, where one may transfer,
/// and that an officer works on the complaints assigned to them.
async fn check_staff_rules(
    app: &AppState,
    staff: &Staff,
    row: &ComplaintRow,
    command: &Command,
    change: &mut Change,
) -> Result<(), ActError> {
    match command {
        Command::Assign { assignee } => {
            let target = app
                .store
                .staff_by_email(assignee)
                .await?
                .filter(|t| !t.disabled)
                .ok_or_else(|| ActError::Invalid {
                    field: "assignee",
                    message: format!("no active staff member has the e-mail {assignee}"),
                })?;
            let role = target.role().unwrap_or(Role::Auditor);
            let scope = Scope::for_staff(
                role,
                target.unit_code.as_deref(),
                target.unit_path.as_deref(),
            );
            if !role.may(Action::Answer) || !scope.contains(&row.unit_code, &row.unit_path) {
                return Err(ActError::Invalid {
                    field: "assignee",
                    message: format!(
                        "{assignee} does not handle complaints of the unit {}",
                        row.unit_code
                    ),
                });
            }
            change.assignee_id = Some(target.id);
        }
        Command::Transfer { unit, .. } => {
            if app.catalog().unit(unit).is_none() {
                return Err(ActError::Invalid {
                    field: "unit",
                    message: format!("there is no unit {unit}"),
                });
            }
            if *unit == row.unit_code {
                return Err(ActError::Invalid {
                    field: "unit",
                    message: "the complaint is already with this unit".into(),
                });
            }
            change.unit_code = unit.clone();
            change.assignee_id = None;
        }
        Command::Extend { .. } => {
            let catalog = app.catalog();
            let category = catalog
                .category(&row.category_code)
                .ok_or(ActError::NotFound)?;
            if !category.extendable {
                return Err(ActError::Conflict(
                    "the deadline of this category cannot be extended".into(),
                ));
            }
            let events = app.store.events_of(row.id).await?;
            if events.iter().any(|e| e.action == Action::Extend.as_str()) {
                return Err(ActError::Conflict(
                    "the deadline was already extended once".into(),
                ));
            }
            change.answer_by = catalog
                .holidays
                .due_date(row.answer_by, crate::catalog::answer_delay(category));
            change.data["from"] = json!(row.answer_by.to_string());
            change.data["to"] = json!(change.answer_by.to_string());
        }
        Command::Duplicate { of } => {
            let invalid = |message: String| ActError::Invalid {
                field: "of",
                message,
            };
            if row.duplicate_of.is_some() {
                return Err(ActError::Conflict(
                    "this complaint is already linked to another".into(),
                ));
            }
            if !app.store.duplicates_of(row.id).await?.is_empty() {
                return Err(ActError::Conflict(
                    "other complaints are linked to this one: it stays the original".into(),
                ));
            }
            let code = domain::TrackingCode::parse(of)
                .map_err(|_| invalid(format!("{of} is not a tracking code")))?;
            // A complaint outside one's units is answered like one that does not exist.
            let original = app
                .store
                .complaint_by_code(code.as_str())
                .await?
                .filter(|o| staff.sees(o))
                .ok_or_else(|| invalid(format!("no complaint {code} in your units")))?;
            if original.id == row.id {
                return Err(invalid("a complaint cannot duplicate itself".into()));
            }
            if original.id > row.id {
                return Err(invalid(format!(
                    "{code} came after this complaint: link the later one to the earlier"
                )));
            }
            // The other complaints named here are named only when in the actor's scope.
            if let Some(root) = original.duplicate_of.as_deref() {
                let root = app
                    .store
                    .complaint_by_code(root)
                    .await?
                    .filter(|r| staff.sees(r))
                    .map(|r| r.display_code());
                return Err(invalid(match root {
                    Some(root) => format!("{code} is itself linked to {root}: link to {root}"),
                    None => format!("{code} is itself linked to another complaint"),
                }));
            }
            change.duplicate_of = Some(original.id);
            change.data["of"] = json!(original.display_code());
        }
        Command::Start | Command::Answer { .. }
            if staff.role == Role::Officer && row.assignee_id != Some(staff.id) =>
        {
            return Err(ActError::Forbidden(
                "an officer starts and answers the complaints assigned to them".into(),
            ));
        }
        _ => {}
    }
    Ok(())
}

/// The complaints `row` is linked with that `staff` may see: the original it duplicates,
/// and the duplicates linked to it (shown codes). Others are not named.
pub async fn visible_links(
    app: &AppState,
    staff: &Staff,
    row: &ComplaintRow,
) -> Result<(Option<String>, Vec<String>), StoreError> {
    let original = match row.duplicate_of.as_deref() {
        Some(code) => app
            .store
            .complaint_by_code(code)
            .await?
            .filter(|o| staff.sees(o))
            .map(|o| o.display_code()),
        None => None,
    };
    let duplicates = app
        .store
        .duplicates_of(row.id)
        .await?
        .iter()
        .filter(|d| staff.sees(d))
        .map(ComplaintRow::display_code)
        .collect();
    Ok((original, duplicates))
}

/// Reveals the identity of a denunciation's complainant to an admin or a supervisor in
/// scope, for a stated reason; the reveal is itself an audit event.
pub async fn reveal_identity(
    app: &AppState,
    staff: &Staff,
    code: &str,
    reason: &str,
    now: OffsetDateTime,
) -> Result<Option<store::Complainant>, ActError> {
    let row = app
        .store
        .complaint_by_code(code)
        .await?
        .ok_or(ActError::NotFound)?;
    if !staff.sees(&row) {
        return Err(ActError::Forbidden(
            "this complaint is outside the units you work for".into(),
        ));
    }
    if !matches!(staff.role, Role::Admin | Role::Supervisor) {
        return Err(ActError::Forbidden(
            "only admins and supervisors may reveal an identity".into(),
        ));
    }
    if row.kind != domain::Kind::Denunciation.as_str() {
        return Err(ActError::Conflict(
            "only a denunciation's identity is protected".into(),
        ));
    }
    let reason: String = reason
        .trim()
        .chars()
        .filter(|c| !c.is_control())
        .take(2_000)
        .collect();
    if reason.chars().count() < 10 {
        return Err(ActError::Invalid {
            field: "reason",
            message: "state why the identity is needed (10 characters at least)".into(),
        });
    }
    let change = Change::keeping(
        &row,
        staff.actor(),
        "reveal_identity",
        json!({ "reason": reason }),
        now,
    );
    match app.store.apply_change(change).await {
        Ok(_) => {}
        Err(StoreError::Conflict) => {
            return Err(ActError::Conflict(
                "the complaint changed meanwhile: try again".into(),
            ));
        }
        Err(e) => return Err(e.into()),
    }
    tracing::info!(tracking_code = %row.tracking_code, by = staff.id, "denunciation identity revealed");
    Ok(app.store.reveal_complainant(&row))
}
