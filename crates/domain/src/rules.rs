//! The rules that depend on more than a state and an action, each written once for every
//! front door: what a transition changes besides the state, when a complaint is late, and
//! — for a reader (the complainant, a staff member, the public) — which actions are open
//! now, whether the complainant's identity is shown, who may reveal it, and when the
//! appeal window closes.

use crate::authz::{APPEAL_WINDOW_DAYS, Role, complainant_may};
use crate::complaint::Kind;
use crate::lifecycle::{Action, State};
use time::{Date, OffsetDateTime};

/// The deadline a complaint is held to in `state`: the acknowledgement while received,
/// the answer while one is owed; none once answered or finished.
pub fn deadline_in_force(state: State, acknowledge_by: Date, answer_by: Date) -> Option<Date> {
    if State::AWAITING_ACKNOWLEDGEMENT.contains(&state) {
        Some(acknowledge_by)
    } else if State::AWAITING_ANSWER.contains(&state) {
        Some(answer_by)
    } else {
        None
    }
}

/// "Late": past the deadline in force on `today`. The one definition; the store's SQL is
/// built from the same state lists and tested against this function.
pub fn is_late(state: State, acknowledge_by: Date, answer_by: Date, today: Date) -> bool {
    deadline_in_force(state, acknowledge_by, answer_by).is_some_and(|due| today > due)
}

/// How a transition moves the answer deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerDeadline {
    Keep,
    /// An appeal is answered in the category's delay counted from today.
    FromToday,
    /// An extension adds the category's delay to the current deadline.
    FromCurrent,
}

/// What a transition changes besides the state: which moments it records, whether the
/// escalation starts over (a new deadline is in force) and how the answer deadline moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Effects {
    pub acknowledged: bool,
    pub answered: bool,
    pub closed: bool,
    pub escalation_reset: bool,
    pub answer_deadline: AnswerDeadline,
}

impl Effects {
    /// The effects of `action` taking a complaint from `from` to `to`.
    pub fn of(action: Action, from: State, to: State) -> Effects {
        let acknowledged =
            from == State::Received && matches!(to, State::Accepted | State::Rejected);
        Effects {
            acknowledged,
            answered: to == State::Answered && from != State::Answered,
            closed: to.is_final() && !from.is_final(),
            // Acknowledged or withdrawn out of `received` (the answer deadline now runs, or
            // none does), extended, or appealed: the escalation starts over.
            escalation_reset: matches!(action, Action::Extend | Action::Appeal)
                || (from == State::Received && to != from),
            answer_deadline: match action {
                Action::Appeal => AnswerDeadline::FromToday,
                Action::Extend => AnswerDeadline::FromCurrent,
                _ => AnswerDeadline::Keep,
            },
        }
    }
}

/// Who reads or acts on a complaint. Scope (whether a staff member's units hold the
/// complaint) and the secret are checked before a reader is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    /// Proved by the follow-up secret (or, later, the phone the complaint came from).
    Complainant,
    /// A staff member whose scope holds the complaint; `assignee` when it is assigned to
    /// them.
    Staff {
        role: Role,
        assignee: bool,
    },
    Public,
}

/// What the rules need to know about a complaint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Facts {
    pub state: State,
    pub kind: Kind,
    pub anonymous: bool,
    pub acknowledge_by: Date,
    pub answer_by: Date,
    /// When it was answered (older rows may lack it: their last change stands in).
    pub answered_at: Option<OffsetDateTime>,
    pub updated_at: OffsetDateTime,
    /// The complainant already rated the answer.
    pub rated: bool,
    /// Its category's deadline may be extended (the governing text allows it).
    pub extendable: bool,
    /// The answer deadline was already extended (once is the most).
    pub extended: bool,
    /// Linked as the duplicate of an earlier complaint.
    pub duplicate: bool,
    /// Other complaints are linked to this one as its duplicates.
    pub has_duplicates: bool,
}

/// How the complainant's identity appears to a reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Identity {
    /// Name and contact, as far as given.
    Shown,
    /// The complainant gave none.
    Anonymous,
    /// A denunciation's author: hidden from staff unless revealed for a stated reason.
    Protected,
    /// Not the public's business.
    Withheld,
}

/// Why an action that the state and the reader's role allow is still barred now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Barred {
    #[error("the deadline of this category cannot be extended")]
    NotExtendable,
    #[error("this answer has already been rated")]
    AlreadyRated,
    /// The window closed at this moment.
    #[error("the appeal window closed on {}", .0.date())]
    AppealWindowClosed(OffsetDateTime),
    #[error("the deadline was already extended once")]
    AlreadyExtended,
    /// This complaint is already a duplicate.
    #[error("this complaint is already linked to another")]
    AlreadyLinked,
    /// Others are linked to it: it stays the original.
    #[error("other complaints are linked to this one: it stays the original")]
    HasDuplicates,
    /// An officer starts and answers the complaints assigned to them.
    #[error("an officer starts and answers the complaints assigned to them")]
    NotAssignee,
}

/// What a reader may see and do with a complaint now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    pub actions: Vec<Action>,
    pub identity: Identity,
    /// May reveal a protected identity (recorded, with a reason).
    pub may_reveal: bool,
    /// Until when the complainant may appeal, while they may.
    pub appeal_until: Option<OffsetDateTime>,
    pub late: bool,
}

/// When the window to appeal an answer closes.
pub fn appeal_closes(facts: &Facts) -> OffsetDateTime {
    facts.answered_at.unwrap_or(facts.updated_at) + time::Duration::days(APPEAL_WINDOW_DAYS)
}

/// Whether a denunciation's author may be revealed by this role (in scope).
pub fn may_reveal(role: Role) -> bool {
    matches!(role, Role::Admin | Role::Supervisor)
}

/// Who may publish an answer in the open data (after it is scrubbed of personal data).
pub fn may_publish_answer(role: Role) -> bool {
    matches!(role, Role::Admin | Role::Supervisor)
}

/// An answer as it may be published: e-mail addresses, phone numbers and the words of the
/// complainant's name replaced by `[…]`. The person who publishes it reads it first.
pub fn scrub(text: &str, names: &[&str]) -> String {
    let name_words: Vec<String> = names
        .iter()
        .flat_map(|n| n.split_whitespace())
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| w.chars().count() >= 3)
        .collect();
    let mut out: Vec<String> = Vec::new();
    let mut digits_run: Vec<String> = Vec::new();
    let flush = |run: &mut Vec<String>, out: &mut Vec<String>| {
        let digits: usize = run
            .iter()
            .map(|w| w.chars().filter(char::is_ascii_digit).count())
            .sum();
        if digits >= 8 {
            out.push("[…]".to_owned());
        } else {
            out.append(run);
        }
        run.clear();
    };
    for word in text.split_whitespace() {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '@' && c != '+');
        let numberish = !bare.is_empty()
            && bare
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '.' | '(' | ')'));
        if numberish {
            digits_run.push(word.to_owned());
            continue;
        }
        flush(&mut digits_run, &mut out);
        let lower = bare.to_lowercase();
        if bare.contains('@') || name_words.contains(&lower) {
            out.push("[…]".to_owned());
        } else {
            out.push(word.to_owned());
        }
    }
    flush(&mut digits_run, &mut out);
    out.join(" ")
}

/// Whether an identity is protected at all: only a denunciation's.
pub fn identity_protected(kind: Kind) -> bool {
    kind == Kind::Denunciation
}

/// The rules beyond role and state that bar `action` now: the one check behind both the
/// actions a reader is offered (`standing`) and the refusal of one taken anyway.
pub fn barred(
    reader: Reader,
    facts: &Facts,
    action: Action,
    now: OffsetDateTime,
) -> Option<Barred> {
    match (reader, action) {
        (Reader::Complainant, Action::Rate) if facts.rated => Some(Barred::AlreadyRated),
        (Reader::Complainant, Action::Appeal) if now > appeal_closes(facts) => {
            Some(Barred::AppealWindowClosed(appeal_closes(facts)))
        }
        (Reader::Staff { .. }, Action::Extend) if !facts.extendable => Some(Barred::NotExtendable),
        (Reader::Staff { .. }, Action::Extend) if facts.extended => Some(Barred::AlreadyExtended),
        (Reader::Staff { .. }, Action::Duplicate) if facts.duplicate => Some(Barred::AlreadyLinked),
        (Reader::Staff { .. }, Action::Duplicate) if facts.has_duplicates => {
            Some(Barred::HasDuplicates)
        }
        (
            Reader::Staff {
                role: Role::Officer,
                assignee: false,
            },
            Action::Start | Action::Answer,
        ) => Some(Barred::NotAssignee),
        _ => None,
    }
}

/// Whether the role (or the complainant) may take `action` at all, state aside.
fn may(reader: Reader, action: Action) -> bool {
    match reader {
        Reader::Staff { role, .. } => role.may(action),
        Reader::Complainant => complainant_may(action),
        Reader::Public => false,
    }
}

/// The one answer to "what may this reader see and do with this complaint now".
pub fn standing(reader: Reader, facts: &Facts, now: OffsetDateTime) -> Standing {
    let actions: Vec<Action> = Action::allowed_from(facts.state)
        .into_iter()
        .filter(|a| may(reader, *a) && barred(reader, facts, *a, now).is_none())
        .collect();
    let identity = match reader {
        Reader::Public => Identity::Withheld,
        Reader::Staff { .. } if identity_protected(facts.kind) => Identity::Protected,
        _ if facts.anonymous => Identity::Anonymous,
        _ => Identity::Shown,
    };
    Standing {
        appeal_until: actions
            .contains(&Action::Appeal)
            .then(|| appeal_closes(facts)),
        actions,
        identity,
        may_reveal: identity_protected(facts.kind)
            && matches!(reader, Reader::Staff { role, .. } if may_reveal(role)),
        late: is_late(
            facts.state,
            facts.acknowledge_by,
            facts.answer_by,
            now.date(),
        ),
    }
}

#[cfg(test)]
mod tests;
