//! Taking an action on a complaint: the one place where who may do what, in which state and
//! within which scope is decided, for every front door (API, pages, SMS, USSD, Open311).
//! The rules themselves are in `domain::rules`; here they meet the store.

mod links;
mod refusal;

pub use links::{duplicates_for, visible_links};
pub use refusal::{ActError, Audience, Class, Refusal};

use crate::services::Services;
use domain::authz::complainant_may;
use domain::lifecycle::CommandFields;
use domain::rules::{self, AnswerDeadline, Effects, Facts, Reader, Standing};
use domain::{Action, Command, Role};
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

    /// This staff member as a reader of `row` (in scope: `sees` is checked first).
    pub fn reader(&self, row: &ComplaintRow) -> Reader {
        Reader::Staff {
            role: self.role,
            assignee: row.assignee_id == Some(self.id),
        }
    }
}

/// Who is asking.
#[derive(Debug, Clone)]
pub enum Caller {
    Staff(Staff),
    /// Someone holding a follow-up secret (checked against the complaint).
    Secret(String),
    /// A phone number (by its key, `Vault::phone_key`), as an SMS or USSD gateway vouches
    /// for it: a complaint filed from it is its own; another needs the secret.
    Phone {
        key: String,
        secret: Option<String>,
    },
    Public,
}

/// What the caller proved about a complaint they hold.
pub enum Access<'a> {
    Staff(&'a Staff),
    Complainant,
    Public,
}

impl Access<'_> {
    /// The reader the domain's rules are asked about, for this complaint.
    pub fn reader(&self, row: &ComplaintRow) -> Reader {
        match self {
            Access::Staff(s) => s.reader(row),
            Access::Complainant => Reader::Complainant,
            Access::Public => Reader::Public,
        }
    }
}

/// Checks the caller against a complaint: a wrong secret or an out-of-scope token is refused.
/// Secrets are limited per complaint, from every address, node and channel together
/// (`limits::SECRET_FAILURES` within `limits::SECRET_WINDOW`, kept in the database): each
/// attempt is taken before it is checked and a right one is given back, so parallel
/// guesses cannot outrun the lock.
pub async fn access<'a>(
    app: &Services,
    caller: &'a Caller,
    row: &ComplaintRow,
) -> Result<Access<'a>, ActError> {
    match caller {
        Caller::Staff(s) if s.sees(row) => Ok(Access::Staff(s)),
        Caller::Staff(_) => Err(Refusal::OutOfScope.into()),
        Caller::Secret(secret) => by_secret(app, row, secret).await,
        Caller::Phone { key, .. } if row.sender_key.as_deref() == Some(key.as_str()) => {
            Ok(Access::Complainant)
        }
        Caller::Phone {
            secret: Some(secret),
            ..
        } => by_secret(app, row, secret).await,
        // Another number's complaint, without its secret: as if it did not exist.
        Caller::Phone { secret: None, .. } => Err(Refusal::NotFound.into()),
        Caller::Public => Ok(Access::Public),
    }
}

/// The complainant's access by the follow-up secret, within the complaint's attempts.
async fn by_secret(
    app: &Services,
    row: &ComplaintRow,
    secret: &str,
) -> Result<Access<'static>, ActError> {
    use crate::limits::{SECRET_FAILURES, SECRET_WINDOW};
    let allowed = app
        .store
        .take_secret_attempt(row.id, SECRET_FAILURES, SECRET_WINDOW, app.now())
        .await?;
    if !allowed {
        return Err(Refusal::Locked.into());
    }
    if !app.store.secret_matches(row, secret) {
        return Err(Refusal::WrongSecret.into());
    }
    app.store
        .refund_secret_attempt(row.id, SECRET_FAILURES)
        .await?;
    Ok(Access::Complainant)
}

/// What the domain's rules need to know of the complaint (`ComplaintRow::facts`): its
/// `events`, the `duplicates` linked to it (`links::duplicates_for`), its category.
pub fn facts(
    app: &Services,
    row: &ComplaintRow,
    events: &[store::EventRow],
    duplicates: &[ComplaintRow],
) -> Facts {
    let extendable = app
        .catalog()
        .category(&row.category_code)
        .is_some_and(|c| c.extendable);
    row.facts(events, !duplicates.is_empty(), extendable)
}

/// What `reader` may see and do with the complaint now (`domain::rules::standing`).
pub fn standing(
    app: &Services,
    reader: Reader,
    row: &ComplaintRow,
    events: &[store::EventRow],
    duplicates: &[ComplaintRow],
) -> Standing {
    rules::standing(reader, &facts(app, row, events, duplicates), app.now())
}

/// The complaint with this code, or `NotFound`.
async fn find(app: &Services, code: &str) -> Result<ComplaintRow, ActError> {
    Ok(app
        .store
        .complaint_by_code(code)
        .await?
        .ok_or(Refusal::NotFound)?)
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
    app: &Services,
    code: &str,
    caller: &Caller,
    action: Action,
    fields: CommandFields,
    now: OffsetDateTime,
) -> Result<ComplaintRow, ActError> {
    let row = find(app, code).await?;
    let access = access(app, caller, &row).await?;
    let actor = match access {
        Access::Staff(s) if s.role.may(action) => s.actor(),
        Access::Staff(s) => {
            return Err(Refusal::RoleMayNot {
                role: s.role,
                action,
            }
            .into());
        }
        Access::Complainant if complainant_may(action) => "complainant".to_owned(),
        Access::Complainant => return Err(Refusal::ComplainantMayNot(action).into()),
        Access::Public => return Err(Refusal::SignInRequired.into()),
    };
    let from = row.status;
    let to = action.next_state(from).map_err(Refusal::NotNow)?;
    let command = Command::parse(action, from, fields).map_err(Refusal::Incomplete)?;
    let reader = access.reader(&row);
    let events = app.store.events_of(row.id).await?;
    let duplicates = links::duplicates_for(app, reader, &row).await?;
    let facts = facts(app, &row, &events, &duplicates);
    if let Some(barred) = rules::barred(reader, &facts, action, now) {
        return Err(Refusal::from(barred).into());
    }
    let mut change = Change::keeping(&row, actor, action.as_str(), data_of(&command, &row), now);
    if action == Action::Answer {
        // The deadline the answer is measured against, kept in the trail: whether it came
        // on time stays provable after an appeal moves the deadline.
        change.data["due"] = json!(row.answer_by.to_string());
    }
    change.status = to;
    apply_effects(app, &row, Effects::of(action, from, to), &mut change, now);
    if let Caller::Staff(staff) = caller {
        check_staff_rules(app, staff, &row, &command, &mut change).await?;
    }
    let mut params = crate::notify::params(&row, &change.data);
    params["answer"] = json!(crate::i18n::date(change.answer_by));
    if let Some(template) = crate::notify::template_for(action, from, to) {
        let who = app.store.reveal_complainant(&row);
        let language = row.language.as_str();
        change.notifications.extend(crate::notify::to_complainant(
            who.as_ref(),
            language,
            template,
            params.clone(),
        ));
    }
    if let Command::Assign { assignee } = &command {
        change
            .notifications
            .push(crate::notify::to_staff(assignee, "assigned", params));
    }
    change.stats = crate::stats::on_change(&app.catalog(), &row, &change);
    write(app, change).await?;
    tracing::info!(tracking_code = %row.tracking_code, action = action.as_str(), from = from.as_str(), to = to.as_str(), "complaint action");
    find(app, code).await
}

/// Writes a change; a complaint changed since it was read is a refusal, not a failure.
async fn write(app: &Services, change: Change) -> Result<(), ActError> {
    match app.store.apply_change(change).await {
        Ok(_) => Ok(()),
        Err(StoreError::Conflict) => Err(Refusal::ChangedMeanwhile.into()),
        Err(e) => Err(e.into()),
    }
}

/// What the transition changes besides the state (`domain::rules::Effects`), on
/// the change: the moments it records, the escalation, the answer deadline.
fn apply_effects(
    app: &Services,
    row: &ComplaintRow,
    effects: Effects,
    change: &mut Change,
    now: OffsetDateTime,
) {
    if effects.acknowledged {
        change.acknowledged_at = Some(now);
    }
    if effects.answered {
        change.answered_at = Some(now);
    }
    if effects.closed {
        change.closed_at = Some(now);
    }
    if effects.escalation_reset {
        change.escalation_level = 0;
    }
    let from = match effects.answer_deadline {
        AnswerDeadline::Keep => return,
        AnswerDeadline::FromToday => now.date(),
        AnswerDeadline::FromCurrent => row.answer_by,
    };
    let catalog = app.catalog();
    let Some(category) = catalog.category(&row.category_code) else {
        // Not in this node's catalogue (an admin's change it has not reloaded): the
        // deadline stays (an extension is refused: such a category is not `extendable`).
        tracing::warn!(tracking_code = %row.tracking_code, category = %row.category_code, "category not loaded: answer deadline kept");
        return;
    };
    change.answer_by = catalog
        .holidays
        .due_date(from, crate::catalog::answer_delay(category));
}

/// The rules that depend on people and units: whom one may assign, where one may transfer,
/// what a duplicate may point to.
async fn check_staff_rules(
    app: &Services,
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
                .ok_or_else(|| Refusal::UnknownAssignee(assignee.clone()))?;
            let role = target.role;
            let scope = Scope::for_staff(
                role,
                target.unit_code.as_deref(),
                target.unit_path.as_deref(),
            );
            if !role.may(Action::Answer) || !scope.contains(&row.unit_code, &row.unit_path) {
                return Err(Refusal::AssigneeOutsideUnit {
                    assignee: assignee.clone(),
                    unit: row.unit_code.clone(),
                }
                .into());
            }
            change.assignee_id = Some(target.id);
        }
        Command::Transfer { unit, .. } => {
            if app.catalog().unit(unit).is_none() {
                return Err(Refusal::UnknownUnit(unit.clone()).into());
            }
            if *unit == row.unit_code {
                return Err(Refusal::SameUnit.into());
            }
            change.unit_code = unit.clone();
            change.assignee_id = None;
        }
        Command::Extend { .. } => {
            // Allowed by `rules::barred`; the new deadline was set by the transition's effects.
            change.data["from"] = json!(row.answer_by.to_string());
            change.data["to"] = json!(change.answer_by.to_string());
        }
        Command::Duplicate { of } => {
            let original = links::check_duplicate(app, staff, row, of).await?;
            change.duplicate_of = Some(original.id);
            change.data["of"] = json!(original.display_code());
        }
        _ => {}
    }
    Ok(())
}

/// Reveals the identity of a denunciation's complainant to an admin or a supervisor in
/// scope, for a stated reason; the reveal is itself an audit event.
pub async fn reveal_identity(
    app: &Services,
    staff: &Staff,
    code: &str,
    reason: &str,
    now: OffsetDateTime,
) -> Result<Option<store::Complainant>, ActError> {
    let row = find(app, code).await?;
    if !staff.sees(&row) {
        return Err(Refusal::OutOfScope.into());
    }
    if !rules::may_reveal(staff.role) {
        return Err(Refusal::MayNotReveal.into());
    }
    if !rules::identity_protected(row.kind) {
        return Err(Refusal::NotProtected.into());
    }
    let reason: String = reason
        .trim()
        .chars()
        .filter(|c| !c.is_control())
        .take(2_000)
        .collect();
    if reason.chars().count() < 10 {
        return Err(Refusal::RevealReasonTooShort.into());
    }
    let change = Change::keeping(
        &row,
        staff.actor(),
        "reveal_identity",
        json!({ "reason": reason }),
        now,
    );
    write(app, change).await?;
    tracing::info!(tracking_code = %row.tracking_code, by = staff.id, "denunciation identity revealed");
    Ok(app.store.reveal_complainant(&row))
}

/// The text of the latest answer in a complaint's trail, if it has one.
pub fn latest_answer(events: &[store::EventRow]) -> Option<&str> {
    events
        .iter()
        .rev()
        .find(|e| e.action == "answer")
        .and_then(|e| e.data().get("message").and_then(Value::as_str))
}

/// Publishes the complaint's latest answer in the open data, scrubbed of e-mail addresses,
/// phone numbers and the complainant's name (`domain::rules::scrub`), by an admin or a
/// supervisor in scope; never a denunciation's. The published text is the audit event's.
pub async fn publish_answer(
    app: &Services,
    staff: &Staff,
    code: &str,
    now: OffsetDateTime,
) -> Result<String, ActError> {
    let row = find(app, code).await?;
    if !staff.sees(&row) {
        return Err(Refusal::OutOfScope.into());
    }
    if !rules::may_publish_answer(staff.role) {
        return Err(Refusal::MayNotPublish.into());
    }
    if rules::identity_protected(row.kind) {
        return Err(Refusal::NothingToPublish.into());
    }
    let events = app.store.events_of(row.id).await?;
    let answer = latest_answer(&events).ok_or(Refusal::NothingToPublish)?;
    let who = app.store.reveal_complainant(&row);
    let names: Vec<&str> = who
        .as_ref()
        .and_then(|c| c.name.as_deref())
        .into_iter()
        .collect();
    let text = rules::scrub(answer, &names);
    let change = Change::keeping(
        &row,
        staff.actor(),
        "publish_answer",
        json!({ "text": text }),
        now,
    );
    write(app, change).await?;
    tracing::info!(tracking_code = %row.tracking_code, by = staff.id, "answer published");
    Ok(text)
}

/// Why a complaint's personal data is erased.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Erasure<'a> {
    /// The complainant asked; a staff member records how.
    Request { reason: &'a str },
    /// The kind's retention period passed (`workers::retention`).
    Retention { keep_days: i32 },
}

/// Erases a complaint's personal data (`store`: identity, number, attachments,
/// notifications) with its audit event; what it was about, its handling and the statistics
/// stay. Attachment files of versions before 0017, in the data folder, are removed too.
pub async fn erase_personal_data(
    app: &Services,
    row: &ComplaintRow,
    actor: String,
    why: Erasure<'_>,
    now: OffsetDateTime,
) -> Result<(), ActError> {
    if row.erased_at.is_some() {
        return Err(Refusal::AlreadyErased.into());
    }
    let data = match why {
        Erasure::Request { reason } => json!({ "cause": "request", "reason": reason }),
        Erasure::Retention { keep_days } => json!({ "cause": "retention", "keep_days": keep_days }),
    };
    let files = app.store.attachments_of(row.id).await?;
    write(app, Change::keeping(row, actor, "erase", data, now)).await?;
    for file in files {
        // Keys are ours (`YYYY/MM/hex.ext`): nothing outside the folder.
        let _ = tokio::fs::remove_file(app.files.join(&file.storage_key)).await;
    }
    let cause = match why {
        Erasure::Request { .. } => "request",
        Erasure::Retention { .. } => "retention",
    };
    tracing::info!(tracking_code = %row.tracking_code, cause, "personal data erased");
    Ok(())
}

/// A staff member records the complainant's request to erase their personal data.
pub async fn erase_on_request(
    app: &Services,
    staff: &Staff,
    code: &str,
    reason: &str,
    now: OffsetDateTime,
) -> Result<(), ActError> {
    let row = find(app, code).await?;
    if !staff.sees(&row) {
        return Err(Refusal::OutOfScope.into());
    }
    if !matches!(staff.role, Role::Admin | Role::Supervisor) {
        return Err(Refusal::MayNotErase.into());
    }
    let reason = reason.trim();
    if reason.chars().count() < 10 {
        return Err(Refusal::EraseReasonTooShort.into());
    }
    erase_personal_data(app, &row, staff.actor(), Erasure::Request { reason }, now).await
}
