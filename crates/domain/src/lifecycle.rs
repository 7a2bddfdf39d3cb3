//! The complaint lifecycle of shared/DESIGN.md: states, actions, and the one function that
//! says where an action leads from a state, or why it may not be taken.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Where a complaint stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum State {
    Received,
    Accepted,
    Assigned,
    InProgress,
    Answered,
    Appealed,
    Closed,
    Rejected,
    Withdrawn,
}

impl State {
    pub const ALL: [State; 9] = [
        State::Received,
        State::Accepted,
        State::Assigned,
        State::InProgress,
        State::Answered,
        State::Appealed,
        State::Closed,
        State::Rejected,
        State::Withdrawn,
    ];

    /// The name used in the API, the database and the contract.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Received => "received",
            State::Accepted => "accepted",
            State::Assigned => "assigned",
            State::InProgress => "in_progress",
            State::Answered => "answered",
            State::Appealed => "appealed",
            State::Closed => "closed",
            State::Rejected => "rejected",
            State::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(s: &str) -> Option<State> {
        State::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// A final state admits no lifecycle action.
    pub fn is_final(self) -> bool {
        matches!(self, State::Closed | State::Rejected | State::Withdrawn)
    }

    /// Open311 status: `closed` once the citizen has an outcome, `open` before.
    pub fn open311_status(self) -> &'static str {
        match self {
            State::Answered | State::Closed | State::Rejected | State::Withdrawn => "closed",
            _ => "open",
        }
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

crate::complaint::from_stored_name!(State);

impl State {
    /// The states in which the service owes an acknowledgement (accept or reject) by the
    /// acknowledgement deadline.
    pub const AWAITING_ACKNOWLEDGEMENT: [State; 1] = [State::Received];
    /// The states in which the service owes an answer by the answer deadline.
    pub const AWAITING_ANSWER: [State; 4] = [
        State::Accepted,
        State::Assigned,
        State::InProgress,
        State::Appealed,
    ];
}

/// What someone asks to do to a complaint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Action {
    Accept,
    Reject,
    Assign,
    Start,
    Answer,
    Close,
    Appeal,
    Withdraw,
    Transfer,
    Note,
    /// The complainant adds information; the state does not change.
    Reply,
    /// The complainant rates the answer (1 to 5); the state does not change.
    Rate,
    /// Staff extend the answer deadline, once, with a reason, where the category allows.
    Extend,
    /// Staff link the complaint to an earlier one about the same problem; the state does
    /// not change.
    Duplicate,
}

impl Action {
    pub const ALL: [Action; 14] = [
        Action::Accept,
        Action::Reject,
        Action::Assign,
        Action::Start,
        Action::Answer,
        Action::Close,
        Action::Appeal,
        Action::Withdraw,
        Action::Transfer,
        Action::Note,
        Action::Reply,
        Action::Rate,
        Action::Extend,
        Action::Duplicate,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Action::Accept => "accept",
            Action::Reject => "reject",
            Action::Assign => "assign",
            Action::Start => "start",
            Action::Answer => "answer",
            Action::Close => "close",
            Action::Appeal => "appeal",
            Action::Withdraw => "withdraw",
            Action::Transfer => "transfer",
            Action::Note => "note",
            Action::Reply => "reply",
            Action::Rate => "rate",
            Action::Extend => "extend",
            Action::Duplicate => "duplicate",
        }
    }

    pub fn parse(s: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// Where `self` leads from `from`, or why it may not be taken there.
    /// `note`, `reply`, `rate`, `extend` and `duplicate` never change the state.
    ///
    /// `transfer` out of `assigned` or `in_progress` returns the complaint to `accepted`:
    /// the receiving unit must assign it to one of its own officers.
    pub fn next_state(self, from: State) -> Result<State, TransitionError> {
        use Action as A;
        use State as S;
        let to = match (from, self) {
            (s, A::Note) => s,
            (s, A::Withdraw) if !s.is_final() => S::Withdrawn,
            (s, A::Reply) if !s.is_final() => s,
            (s @ (S::Answered | S::Appealed | S::Closed), A::Rate) => s,
            (s @ (S::Accepted | S::Assigned | S::InProgress | S::Appealed), A::Extend) => s,
            (s, A::Duplicate) if !s.is_final() => s,
            (S::Received, A::Accept) => S::Accepted,
            (S::Received, A::Reject) => S::Rejected,
            (S::Accepted, A::Assign) => S::Assigned,
            (S::Accepted, A::Transfer) => S::Accepted,
            (S::Assigned, A::Start) => S::InProgress,
            (S::Assigned, A::Assign) => S::Assigned,
            (S::Assigned | S::InProgress, A::Transfer) => S::Accepted,
            (S::InProgress, A::Answer) => S::Answered,
            (S::Answered, A::Close) => S::Closed,
            (S::Answered, A::Appeal) => S::Appealed,
            (S::Appealed, A::Assign) => S::Assigned,
            (S::Appealed, A::Close) => S::Closed,
            (from, action) => return Err(TransitionError { from, action }),
        };
        Ok(to)
    }

    /// The actions that may be taken from `from` (notes included).
    pub fn allowed_from(from: State) -> Vec<Action> {
        Action::ALL
            .into_iter()
            .filter(|a| a.next_state(from).is_ok())
            .collect()
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// An action the current state does not allow.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a complaint that is {from} cannot be given the action {action}")]
pub struct TransitionError {
    pub from: State,
    pub action: Action,
}

/// An action with the fields it needs, checked: it can only hold what the action requires.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Accept,
    Reject {
        reason: String,
    },
    Assign {
        assignee: String,
    },
    Start,
    /// `guide_version`: the response guide version the answer was built from, if any.
    Answer {
        message: String,
        guide_version: Option<i64>,
    },
    Close {
        reason: Option<String>,
    },
    Appeal {
        reason: String,
    },
    Withdraw {
        reason: Option<String>,
    },
    Transfer {
        unit: String,
        reason: String,
    },
    Note {
        text: String,
    },
    Reply {
        text: String,
    },
    Rate {
        score: u8,
        comment: Option<String>,
    },
    Extend {
        reason: String,
    },
    /// Links the complaint to an earlier one about the same problem (`of`, a tracking code).
    Duplicate {
        of: String,
    },
}

/// The loose fields of an action request, as they arrive from a form or JSON body.
#[derive(Debug, Clone, Default)]
pub struct CommandFields {
    pub unit: Option<String>,
    pub assignee: Option<String>,
    pub message: Option<String>,
    pub reason: Option<String>,
    pub text: Option<String>,
    /// 1 to 5, for `rate`.
    pub score: Option<u8>,
    /// For `answer`: the response guide version used.
    pub guide_version: Option<i64>,
    /// For `duplicate`: the tracking code of the earlier complaint.
    pub of: Option<String>,
}

/// The longest free text an action carries (answers, reasons, notes), in characters.
pub const MAX_ACTION_TEXT: usize = 10_000;

/// Why an action request is incomplete.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CommandError {
    #[error("the action {action} needs the field `{field}`")]
    Missing { action: Action, field: &'static str },
    #[error("the field `{field}` is longer than {max} characters")]
    TooLong { field: &'static str, max: usize },
    #[error("a rating is a whole number from 1 to 5")]
    Score,
}

fn required(
    value: Option<String>,
    action: Action,
    field: &'static str,
) -> Result<String, CommandError> {
    match optional(value, field)? {
        Some(v) => Ok(v),
        None => Err(CommandError::Missing { action, field }),
    }
}

fn optional(value: Option<String>, field: &'static str) -> Result<Option<String>, CommandError> {
    // Control characters other than line breaks and tabs never belong in a message (and
    // PostgreSQL refuses NUL in text).
    let Some(v) = value
        .map(|v| {
            // Filtered before trimmed: "\0 \0" is blank, not a space.
            v.chars()
                .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
                .collect::<String>()
                .trim()
                .to_owned()
        })
        .filter(|v| !v.is_empty())
    else {
        return Ok(None);
    };
    if v.chars().count() > MAX_ACTION_TEXT {
        return Err(CommandError::TooLong {
            field,
            max: MAX_ACTION_TEXT,
        });
    }
    Ok(Some(v))
}

impl Command {
    /// Checks that `fields` hold what `action` needs, taken from state `from` (closing an
    /// appealed complaint needs a reason; closing an answered one does not).
    pub fn parse(action: Action, from: State, f: CommandFields) -> Result<Command, CommandError> {
        Ok(match action {
            Action::Accept => Command::Accept,
            Action::Reject => Command::Reject {
                reason: required(f.reason, action, "reason")?,
            },
            Action::Assign => Command::Assign {
                assignee: required(f.assignee, action, "assignee")?,
            },
            Action::Start => Command::Start,
            Action::Answer => Command::Answer {
                message: required(f.message, action, "message")?,
                guide_version: f.guide_version,
            },
            Action::Close if from == State::Appealed => Command::Close {
                reason: Some(required(f.reason, action, "reason")?),
            },
            Action::Close => Command::Close {
                reason: optional(f.reason, "reason")?,
            },
            Action::Appeal => Command::Appeal {
                reason: required(f.reason.or(f.message), action, "reason")?,
            },
            Action::Withdraw => Command::Withdraw {
                reason: optional(f.reason, "reason")?,
            },
            Action::Transfer => Command::Transfer {
                unit: required(f.unit, action, "unit")?,
                reason: required(f.reason, action, "reason")?,
            },
            Action::Note => Command::Note {
                text: required(f.text, action, "text")?,
            },
            Action::Reply => Command::Reply {
                text: required(f.text.or(f.message), action, "text")?,
            },
            Action::Rate => match f.score {
                Some(score @ 1..=5) => Command::Rate {
                    score,
                    comment: optional(f.text.or(f.message), "text")?,
                },
                Some(_) => return Err(CommandError::Score),
                None => {
                    return Err(CommandError::Missing {
                        action,
                        field: "score",
                    });
                }
            },
            Action::Extend => Command::Extend {
                reason: required(f.reason, action, "reason")?,
            },
            Action::Duplicate => Command::Duplicate {
                of: required(f.of, action, "of")?,
            },
        })
    }

    pub fn action(&self) -> Action {
        match self {
            Command::Accept => Action::Accept,
            Command::Reject { .. } => Action::Reject,
            Command::Assign { .. } => Action::Assign,
            Command::Start => Action::Start,
            Command::Answer { .. } => Action::Answer,
            Command::Close { .. } => Action::Close,
            Command::Appeal { .. } => Action::Appeal,
            Command::Withdraw { .. } => Action::Withdraw,
            Command::Transfer { .. } => Action::Transfer,
            Command::Note { .. } => Action::Note,
            Command::Reply { .. } => Action::Reply,
            Command::Rate { .. } => Action::Rate,
            Command::Extend { .. } => Action::Extend,
            Command::Duplicate { .. } => Action::Duplicate,
        }
    }
}

#[cfg(test)]
mod tests;
