//! Random action sequences applied to a few complaints through the store (proptest): each
//! action the domain allows is written with `apply_change`, a stale one is refused with
//! `Conflict`; afterwards every complaint's state, version and trail are what the domain
//! model predicts, and the audit hash chain verifies. SQLite for many cases, PostgreSQL
//! for a few.

use domain::rules::Effects;
use domain::{Action, Channel, Description, Kind, Language, Secret, State, TrackingCode};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::json;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use store::{AuditReport, Change, NewComplaint, Reference, Store, StoreError};
use time::macros::{date, datetime};
use time::{Duration, OffsetDateTime};

/// Complaints per case.
const COMPLAINTS: usize = 3;

#[derive(Debug, Clone, Copy)]
enum Step {
    /// Take `Action` on complaint `usize` (refused by the model when the state forbids it).
    Act(usize, Action),
    /// Write a change decided on an older version of complaint `usize`.
    Stale(usize),
}

fn steps() -> impl Strategy<Value = Vec<Step>> {
    let step = prop_oneof![
        9 => (0..COMPLAINTS, prop::sample::select(Action::ALL.to_vec()))
            .prop_map(|(i, a)| Step::Act(i, a)),
        1 => (0..COMPLAINTS).prop_map(Step::Stale),
    ];
    prop::collection::vec(step, 0..24)
}

fn new_complaint(code: TrackingCode) -> NewComplaint {
    NewComplaint {
        tracking_code: code,
        secret: Secret::parse("12345678").unwrap(),
        kind: Kind::Complaint,
        channel: Channel::Api,
        language: Language::French,
        category_code: "SAN-FEES".into(),
        unit_code: "SAN-BF13".into(),
        commune_code: Some("BF130004".into()),
        address: None,
        lat: None,
        long: None,
        description: Description::parse("On m'a demandé 2000 F pour une consultation gratuite.")
            .unwrap(),
        anonymous: true,
        complainant: None,
        actor: "public".into(),
        received_at: datetime!(2026-11-03 09:15 UTC),
        acknowledge_by: date!(2026 - 11 - 06),
        answer_by: date!(2026 - 11 - 13),
        intake_key: None,
        attachments: Vec::new(),
        notifications: Vec::new(),
        sender_key: None,
        media_url: None,
        service_point_code: None,
        stats: Vec::new(),
    }
}

/// The change `action` makes to `row`, landing in `to`, with the moments it records.
fn change(row: &store::ComplaintRow, action: Action, to: State, at: OffsetDateTime) -> Change {
    let mut c = Change::keeping(
        row,
        "staff:1".into(),
        action.as_str(),
        json!({"n": row.version}),
        at,
    );
    let effects = Effects::of(action, row.status, to);
    c.status = to;
    if effects.acknowledged {
        c.acknowledged_at = Some(at);
    }
    if effects.answered {
        c.answered_at = Some(at);
    }
    if effects.closed {
        c.closed_at = Some(at);
    }
    c
}

/// What the model expects of one complaint.
struct Expected {
    code: TrackingCode,
    state: State,
    trail: Vec<String>,
}

/// One case: new complaints, the steps, then the checks. Returns the events it added.
async fn run_case(store: &Store, next_code: &AtomicU64, steps: &[Step]) -> i64 {
    let mut expected = Vec::new();
    for _ in 0..COMPLAINTS {
        let n = next_code.fetch_add(1, Ordering::Relaxed);
        let code = TrackingCode::from_random((n.wrapping_mul(0x9E37_79B9_7F4A_7C15)).to_le_bytes());
        store
            .create_complaint(new_complaint(code.clone()))
            .await
            .unwrap();
        expected.push(Expected {
            code,
            state: State::Received,
            trail: vec!["received".into()],
        });
    }
    let mut at = datetime!(2026-11-04 08:00 UTC);
    // The last change written to each complaint, for the stale steps.
    let mut last: Vec<Option<Change>> = vec![None; COMPLAINTS];
    let mut added = COMPLAINTS as i64;
    for step in steps {
        at += Duration::minutes(7);
        match *step {
            Step::Act(i, action) => {
                let row = store
                    .complaint_by_code(expected[i].code.as_str())
                    .await
                    .unwrap()
                    .unwrap();
                assert_eq!(row.status, expected[i].state);
                let Ok(to) = action.next_state(row.status) else {
                    continue;
                };
                let c = change(&row, action, to, at);
                store.apply_change(c.clone()).await.unwrap();
                last[i] = Some(c);
                expected[i].state = to;
                expected[i].trail.push(action.as_str().into());
                added += 1;
            }
            Step::Stale(i) => {
                let Some(old) = last[i].clone() else { continue };
                let refused = store.apply_change(old).await;
                assert!(
                    matches!(refused, Err(StoreError::Conflict)),
                    "a stale change must be refused: {refused:?}"
                );
            }
        }
    }
    for e in &expected {
        let row = store
            .complaint_by_code(e.code.as_str())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(row.status, e.state, "{}", e.code.as_str());
        assert_eq!(
            row.version as usize,
            e.trail.len() - 1,
            "one version per change"
        );
        assert_eq!(row.closed_at.is_some(), e.state.is_final());
        let trail: Vec<String> = store
            .events_of(row.id)
            .await
            .unwrap()
            .into_iter()
            .map(|ev| ev.action)
            .collect();
        assert_eq!(trail, e.trail);
    }
    added
}

/// `cases` cases on one database of the backend (none: PostgreSQL is not there).
fn check_on(cases: u32, postgres: bool) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let Some(db) = runtime.block_on(async {
        if postgres {
            store::testing::postgres().await
        } else {
            Some(store::testing::sqlite().await)
        }
    }) else {
        return;
    };
    runtime.block_on(async {
        db.store
            .load_reference(Arc::new(Reference::bundled().unwrap()))
            .await
            .unwrap();
    });
    let next_code = AtomicU64::new(1);
    let events = std::cell::Cell::new(0i64);
    let mut runner = TestRunner::new(Config {
        cases,
        // Shrinking replays cases against the same database: a few rounds are enough.
        max_shrink_iters: 64,
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&steps(), |steps| {
        events.set(events.get() + runtime.block_on(run_case(&db.store, &next_code, &steps)));
        // The whole chain, every complaint of every case so far, verifies.
        let report = runtime.block_on(db.store.verify_audit()).unwrap();
        prop_assert_eq!(
            report,
            AuditReport::Intact {
                events: events.get()
            }
        );
        Ok(())
    });
    runtime.block_on(db.cleanup());
    result.unwrap();
}

#[test]
fn random_actions_keep_states_and_the_audit_chain_sqlite() {
    check_on(48, false);
}

#[test]
fn random_actions_keep_states_and_the_audit_chain_postgres() {
    check_on(6, true);
}
