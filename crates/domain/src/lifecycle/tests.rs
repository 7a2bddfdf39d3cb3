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
                text: Some("\u{0} \u{0}".into()),
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
