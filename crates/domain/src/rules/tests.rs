use super::*;
use Action as A;
use State as S;
use time::macros::{date, datetime};

fn facts(state: State) -> Facts {
    Facts {
        state,
        kind: Kind::Complaint,
        anonymous: false,
        acknowledge_by: date!(2026 - 03 - 05),
        answer_by: date!(2026 - 03 - 12),
        answered_at: Some(datetime!(2026 - 03 - 10 09:00 UTC)),
        updated_at: datetime!(2026 - 03 - 10 09:00 UTC),
        rated: false,
        extendable: true,
        extended: false,
        duplicate: false,
        has_duplicates: false,
    }
}

#[test]
fn late_is_past_the_deadline_in_force_while_the_service_owes_something() {
    let (ack, answer) = (date!(2026 - 03 - 05), date!(2026 - 03 - 12));
    for state in S::ALL {
        let due = deadline_in_force(state, ack, answer);
        match state {
            S::Received => assert_eq!(due, Some(ack)),
            S::Accepted | S::Assigned | S::InProgress | S::Appealed => {
                assert_eq!(due, Some(answer), "{state}")
            }
            _ => assert_eq!(due, None, "{state}: nothing is owed"),
        }
        if let Some(due) = due {
            assert!(
                !is_late(state, ack, answer, due),
                "{state}: the last day is in time"
            );
            assert!(
                is_late(state, ack, answer, due.next_day().unwrap()),
                "{state}"
            );
        } else {
            assert!(
                !is_late(state, ack, answer, date!(2030 - 01 - 01)),
                "{state}"
            );
        }
    }
}

#[test]
fn effects_of_each_transition() {
    let e = Effects::of(A::Accept, S::Received, S::Accepted);
    assert!(e.acknowledged && e.escalation_reset && !e.answered && !e.closed);
    let e = Effects::of(A::Reject, S::Received, S::Rejected);
    assert!(e.acknowledged && e.closed && e.escalation_reset);
    let e = Effects::of(A::Withdraw, S::Received, S::Withdrawn);
    assert!(!e.acknowledged && e.closed && e.escalation_reset);
    let e = Effects::of(A::Answer, S::InProgress, S::Answered);
    assert!(e.answered && !e.closed && !e.escalation_reset);
    assert_eq!(e.answer_deadline, AnswerDeadline::Keep);
    let e = Effects::of(A::Appeal, S::Answered, S::Appealed);
    assert!(e.escalation_reset && !e.answered);
    assert_eq!(e.answer_deadline, AnswerDeadline::FromToday);
    let e = Effects::of(A::Extend, S::InProgress, S::InProgress);
    assert!(e.escalation_reset);
    assert_eq!(e.answer_deadline, AnswerDeadline::FromCurrent);
    // A note on an answered complaint does not answer it again (the appeal window runs
    // from the answer), nor does anything on a final one close it again.
    let e = Effects::of(A::Note, S::Answered, S::Answered);
    assert!(!e.answered && !e.escalation_reset);
    let e = Effects::of(A::Note, S::Closed, S::Closed);
    assert!(!e.closed);
    let e = Effects::of(A::Note, S::Received, S::Received);
    assert!(
        !e.acknowledged && !e.escalation_reset,
        "a note is not an acknowledgement"
    );
}

#[test]
fn the_complainant_appeals_within_thirty_days_and_rates_once() {
    let f = facts(S::Answered);
    let answered = f.answered_at.unwrap();
    let open = standing(Reader::Complainant, &f, answered + time::Duration::days(30));
    assert_eq!(
        open.actions,
        vec![A::Appeal, A::Withdraw, A::Reply, A::Rate]
    );
    assert_eq!(open.appeal_until, Some(answered + time::Duration::days(30)));
    let closed = standing(
        Reader::Complainant,
        &f,
        answered + time::Duration::days(30) + time::Duration::seconds(1),
    );
    assert!(!closed.actions.contains(&A::Appeal));
    assert_eq!(closed.appeal_until, None);
    let rated = standing(Reader::Complainant, &Facts { rated: true, ..f }, answered);
    assert!(!rated.actions.contains(&A::Rate));
    // Without an answer time, the last change stands in.
    let old = Facts {
        answered_at: None,
        ..f
    };
    assert_eq!(appeal_closes(&old), f.updated_at + time::Duration::days(30));
    // Nothing to appeal before an answer.
    let before = standing(Reader::Complainant, &facts(S::InProgress), answered);
    assert_eq!(before.actions, vec![A::Withdraw, A::Reply]);
    assert_eq!(before.appeal_until, None);
}

#[test]
fn staff_act_by_role_and_link_once() {
    let now = datetime!(2026 - 03 - 06 10:00 UTC);
    let f = facts(S::Received);
    let intake = standing(
        Reader::Staff {
            role: Role::Intake,
            assignee: false,
        },
        &f,
        now,
    );
    assert_eq!(
        intake.actions,
        vec![A::Accept, A::Reject, A::Note, A::Duplicate]
    );
    assert!(intake.late, "acknowledgement due on the 5th");
    let intake_reader = Reader::Staff {
        role: Role::Intake,
        assignee: false,
    };
    for linked in [
        Facts {
            duplicate: true,
            ..f
        },
        Facts {
            has_duplicates: true,
            ..f
        },
    ] {
        let s = standing(intake_reader, &linked, now);
        assert!(!s.actions.contains(&A::Duplicate));
    }
    assert_eq!(
        barred(
            intake_reader,
            &Facts {
                duplicate: true,
                ..f
            },
            A::Duplicate,
            now
        ),
        Some(Barred::AlreadyLinked)
    );
    assert!(
        standing(
            Reader::Staff {
                role: Role::Auditor,
                assignee: false
            },
            &f,
            now
        )
        .actions
        .is_empty()
    );
    assert!(standing(Reader::Public, &f, now).actions.is_empty());
}

#[test]
fn a_denunciations_author_is_protected_from_staff_and_revealed_only_by_supervisors() {
    let now = datetime!(2026 - 03 - 06 10:00 UTC);
    let denunciation = Facts {
        kind: Kind::Denunciation,
        ..facts(S::Accepted)
    };
    for role in Role::ALL {
        let s = standing(
            Reader::Staff {
                role,
                assignee: true,
            },
            &denunciation,
            now,
        );
        assert_eq!(s.identity, Identity::Protected, "{role}");
        assert_eq!(
            s.may_reveal,
            matches!(role, Role::Admin | Role::Supervisor),
            "{role}"
        );
    }
    let anonymous = Facts {
        anonymous: true,
        ..denunciation
    };
    assert_eq!(
        standing(
            Reader::Staff {
                role: Role::Officer,
                assignee: true
            },
            &anonymous,
            now
        )
        .identity,
        Identity::Protected,
        "that a denunciation is anonymous is not said either"
    );
    let own = standing(Reader::Complainant, &denunciation, now);
    assert_eq!(own.identity, Identity::Shown);
    assert!(!own.may_reveal);
    assert_eq!(
        standing(Reader::Public, &denunciation, now).identity,
        Identity::Withheld
    );
    let complaint = facts(S::Accepted);
    let s = standing(
        Reader::Staff {
            role: Role::Supervisor,
            assignee: false,
        },
        &complaint,
        now,
    );
    assert_eq!(s.identity, Identity::Shown);
    assert!(!s.may_reveal, "only a denunciation's identity is protected");
    assert_eq!(
        standing(
            Reader::Staff {
                role: Role::Officer,
                assignee: true
            },
            &Facts {
                anonymous: true,
                ..complaint
            },
            now
        )
        .identity,
        Identity::Anonymous
    );
}

#[test]
fn officers_start_and_answer_what_is_assigned_to_them_and_extend_once() {
    let now = datetime!(2026 - 03 - 06 10:00 UTC);
    let assigned = facts(S::Assigned);
    let mine = Reader::Staff {
        role: Role::Officer,
        assignee: true,
    };
    let theirs = Reader::Staff {
        role: Role::Officer,
        assignee: false,
    };
    assert!(standing(mine, &assigned, now).actions.contains(&A::Start));
    assert!(!standing(theirs, &assigned, now).actions.contains(&A::Start));
    assert_eq!(
        barred(theirs, &assigned, A::Start, now),
        Some(Barred::NotAssignee)
    );
    let boss = Reader::Staff {
        role: Role::Supervisor,
        assignee: false,
    };
    assert!(
        standing(boss, &assigned, now).actions.contains(&A::Start),
        "supervisors step in"
    );
    let working = facts(S::InProgress);
    assert!(standing(mine, &working, now).actions.contains(&A::Extend));
    let extended = Facts {
        extended: true,
        ..working
    };
    assert!(!standing(mine, &extended, now).actions.contains(&A::Extend));
    assert_eq!(
        barred(mine, &extended, A::Extend, now),
        Some(Barred::AlreadyExtended)
    );
    let fixed = Facts {
        extendable: false,
        ..working
    };
    assert!(!standing(mine, &fixed, now).actions.contains(&A::Extend));
    assert_eq!(
        barred(mine, &fixed, A::Extend, now),
        Some(Barred::NotExtendable)
    );
}

#[test]
fn answers_are_scrubbed_before_publication() {
    let text = "Madame Awa OUÉDRAOGO, appelez le 70 11 22 33 ou +22676554433, ou écrivez à awa@example.bf. \
                Le montant de 2000 F vous sera rendu le 12.";
    let out = scrub(text, &["Awa Ouédraogo"]);
    assert_eq!(
        out,
        "Madame […] […] appelez le […] ou […] ou écrivez à […] Le montant de 2000 F vous sera rendu le 12."
    );
}
