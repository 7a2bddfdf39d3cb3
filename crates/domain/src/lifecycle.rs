//! The complaint lifecycle of shared/DESIGN.md: states, actions, and the one function that
//! says where an action leads from a state, or why it may not be taken.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Where a complaint stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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

/// From a stored value: an unknown state is an error, never a default.
impl TryFrom<String> for State {
    type Error = crate::complaint::UnknownValue;
    fn try_from(s: String) -> Result<State, Self::Error> {
        State::parse(&s).ok_or(crate::complaint::UnknownValue {
            what: "State",
            value: s,
        })
    }
}

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
            v.trim()
                .chars()
                .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
                .collect::<String>()
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
mod tests {
    use super::*;
    use Action as A;
    use State as S;

    /// The contract table of shared/DESIGN.md, written out in full: every pair not listed
    /// here must be refused.
    fn allowed() -> Vec<(State, Action, State)> {
        let mut v = vec![
            (S::Received, A::Accept, S::Accepted),
            (S::Received, A::Reject, S::Rejected),
            (S::Accepted, A::Assign, S::Assigned),
            (S::Accepted, A::Transfer, S::Accepted),
            (S::Assigned, A::Start, S::InProgress),
            (S::Assigned, A::Assign, S::Assigned),
            (S::Assigned, A::Transfer, S::Accepted),
            (S::InProgress, A::Answer, S::Answered),
            (S::InProgress, A::Transfer, S::Accepted),
            (S::Answered, A::Close, S::Closed),
            (S::Answered, A::Appeal, S::Appealed),
            (S::Appealed, A::Assign, S::Assigned),
            (S::Appealed, A::Close, S::Closed),
        ];
        for s in S::ALL {
            v.push((s, A::Note, s));
            if !s.is_final() {
                v.push((s, A::Withdraw, S::Withdrawn));
                v.push((s, A::Reply, s));
                v.push((s, A::Duplicate, s));
            }
        }
        for s in [S::Answered, S::Appealed, S::Closed] {
            v.push((s, A::Rate, s));
        }
        for s in [S::Accepted, S::Assigned, S::InProgress, S::Appealed] {
            v.push((s, A::Extend, s));
        }
        v
    }

    #[test]
    fn every_allowed_transition_leads_where_the_contract_says() {
        for (from, action, to) in allowed() {
            assert_eq!(action.next_state(from), Ok(to), "{from} --{action}-->");
        }
    }

    #[test]
    fn every_other_transition_is_refused() {
        let allowed = allowed();
        let mut refused = 0;
        for from in S::ALL {
            for action in A::ALL {
                if allowed.iter().any(|(f, a, _)| *f == from && *a == action) {
                    continue;
                }
                assert_eq!(
                    action.next_state(from),
                    Err(TransitionError { from, action }),
                    "{from} --{action}--> must be refused"
                );
                refused += 1;
            }
        }
        // 9 states x 14 actions = 126 pairs; allowed: 13 table rows, 9 notes, 6 withdrawals,
        // 6 replies, 6 duplicate links, 3 ratings, 4 extensions.
        assert_eq!(refused, 126 - 47);
    }

    #[test]
    fn final_states_allow_only_notes() {
        for s in [S::Rejected, S::Withdrawn] {
            assert_eq!(Action::allowed_from(s), vec![A::Note]);
        }
        assert_eq!(Action::allowed_from(S::Closed), vec![A::Note, A::Rate]);
    }

    #[test]
    fn names_round_trip() {
        for s in S::ALL {
            assert_eq!(State::parse(s.as_str()), Some(s));
        }
        for a in A::ALL {
            assert_eq!(Action::parse(a.as_str()), Some(a));
        }
        assert_eq!(State::parse("open"), None);
        assert_eq!(Action::parse("delete"), None);
    }

    #[test]
    fn open311_status_is_closed_once_answered() {
        assert_eq!(S::Answered.open311_status(), "closed");
        assert_eq!(S::InProgress.open311_status(), "open");
        assert_eq!(S::Appealed.open311_status(), "open");
    }

    fn fields(reason: Option<&str>, message: Option<&str>) -> CommandFields {
        CommandFields {
            reason: reason.map(str::to_owned),
            message: message.map(str::to_owned),
            ..Default::default()
        }
    }

    #[test]
    fn commands_require_their_fields() {
        let missing = |action, field| Err(CommandError::Missing { action, field });
        assert_eq!(
            Command::parse(A::Reject, S::Received, fields(None, None)),
            missing(A::Reject, "reason")
        );
        assert_eq!(
            Command::parse(A::Reject, S::Received, fields(Some("   "), None)),
            missing(A::Reject, "reason")
        );
        assert_eq!(
            Command::parse(A::Answer, S::InProgress, fields(None, None)),
            missing(A::Answer, "message")
        );
        assert_eq!(
            Command::parse(A::Close, S::Appealed, fields(None, None)),
            missing(A::Close, "reason")
        );
        assert_eq!(
            Command::parse(A::Close, S::Answered, fields(None, None)),
            Ok(Command::Close { reason: None })
        );
        assert_eq!(
            Command::parse(A::Transfer, S::Accepted, fields(Some("wrong region"), None)),
            missing(A::Transfer, "unit")
        );
        assert_eq!(
            Command::parse(A::Answer, S::InProgress, fields(None, Some(" Done. "))),
            Ok(Command::Answer {
                message: "Done.".into(),
                guide_version: None
            })
        );
    }

    #[test]
    fn ratings_are_one_to_five() {
        let score = |n| CommandFields {
            score: Some(n),
            ..Default::default()
        };
        assert_eq!(
            Command::parse(A::Rate, S::Answered, score(5)),
            Ok(Command::Rate {
                score: 5,
                comment: None
            })
        );
        assert_eq!(
            Command::parse(A::Rate, S::Answered, score(0)),
            Err(CommandError::Score)
        );
        assert_eq!(
            Command::parse(A::Rate, S::Answered, score(6)),
            Err(CommandError::Score)
        );
        assert_eq!(
            Command::parse(A::Rate, S::Answered, CommandFields::default()),
            Err(CommandError::Missing {
                action: A::Rate,
                field: "score"
            })
        );
    }

    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(
            Command::parse(
                A::Note,
                S::Received,
                CommandFields {
                    text: Some("a\u{0}b\nc".into()),
                    ..Default::default()
                }
            ),
            Ok(Command::Note {
                text: "ab\nc".into()
            })
        );
        assert_eq!(
            Command::parse(
                A::Note,
                S::Received,
                CommandFields {
                    text: Some("\u{0}".into()),
                    ..Default::default()
                }
            ),
            Err(CommandError::Missing {
                action: A::Note,
                field: "text"
            })
        );
    }

    #[test]
    fn over_long_text_is_refused() {
        let long = "a".repeat(MAX_ACTION_TEXT + 1);
        assert_eq!(
            Command::parse(A::Answer, S::InProgress, fields(None, Some(&long))),
            Err(CommandError::TooLong {
                field: "message",
                max: MAX_ACTION_TEXT
            })
        );
    }
}
