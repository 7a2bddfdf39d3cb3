//! Late complaints climb one level at a time, exactly once per level, with their event and
//! their alerts, whatever the number of sweeps or nodes.

use crate::support::{Auth, TestApp, health_complaint};
use domain::Role;
use redress::workers::deadlines::{TOP_LEVEL, escalate_once};
use store::on_both_backends;
use store::testing::TestDb;
use time::OffsetDateTime;

async fn late_complaints_escalate_once_per_level(db: &TestDb) {
    let app = TestApp::new(db).await;
    app.staff("chef.kadiogo@sante.bf", Role::Supervisor, Some("SAN-BF13"))
        .await;
    app.staff("chef@sante.bf", Role::Supervisor, Some("SAN"))
        .await;
    let cell = app
        .staff("cellule@sante.bf", Role::Supervisor, Some("SAN-CP"))
        .await;
    let (code, _) = app.file(health_complaint()).await;
    let (on_time, _) = app.file(health_complaint()).await;
    let row = app
        .state
        .store
        .complaint_by_code(&code.replace('-', ""))
        .await
        .unwrap()
        .unwrap();
    let ack_by = row.acknowledge_by;
    // The second one is acknowledged in time (by the ministry's complaints cell, which
    // oversees every unit of the ministry): only its answer deadline runs.
    let r = app
        .act(
            &on_time,
            Auth::Token(&cell),
            serde_json::json!({"action": "accept"}),
        )
        .await;
    assert_eq!(r.status, axum::http::StatusCode::OK, "{}", r.json);
    let at = |days: i64| {
        OffsetDateTime::new_utc(
            ack_by + time::Duration::days(days),
            time::Time::from_hms(8, 0, 0).unwrap(),
        )
    };
    assert_eq!(
        escalate_once(&app.state, at(0)).await.unwrap(),
        0,
        "not late on the due day"
    );
    // The day after: level 1, the unit's supervisor alerted. Sweeping again changes nothing.
    let (a, b) = tokio::join!(
        escalate_once(&app.state, at(1)),
        escalate_once(&app.state, at(1))
    );
    assert_eq!(
        a.unwrap() + b.unwrap(),
        1,
        "two sweeps at once raise the level once"
    );
    assert_eq!(escalate_once(&app.state, at(1)).await.unwrap(), 0);
    let other = app
        .state
        .store
        .complaint_by_code(&on_time.replace('-', ""))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        other.escalation_level, 0,
        "the accepted one is held to its answer deadline"
    );
    // Three days on: level 2, the parent unit.
    assert_eq!(escalate_once(&app.state, at(4)).await.unwrap(), 1);
    // A month on: the first reaches the top; the second, late too now, climbs one level a
    // sweep.
    assert_eq!(escalate_once(&app.state, at(30)).await.unwrap(), 2);
    assert_eq!(escalate_once(&app.state, at(30)).await.unwrap(), 1);
    assert_eq!(escalate_once(&app.state, at(30)).await.unwrap(), 1);
    assert_eq!(
        escalate_once(&app.state, at(31)).await.unwrap(),
        0,
        "top level reached"
    );

    let row = app
        .state
        .store
        .complaint_by_code(&code.replace('-', ""))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.escalation_level, TOP_LEVEL);
    let events = app.state.store.events_of(row.id).await.unwrap();
    let levels: Vec<(String, serde_json::Value)> = events
        .iter()
        .filter(|e| e.action == "escalate")
        .map(|e| (e.actor.clone(), e.data()["unit"].clone()))
        .collect();
    assert_eq!(
        levels,
        vec![
            ("system".into(), serde_json::json!("SAN-BF13")),
            ("system".into(), serde_json::json!("SAN")),
            ("system".into(), serde_json::json!("SAN-CP")),
        ]
    );
    let alerted: Vec<String> = app
        .state
        .store
        .notifications_of(row.id)
        .await
        .unwrap()
        .iter()
        .filter(|n| n.template == "escalated")
        .map(|n| app.state.store.open_recipient(n).unwrap())
        .collect();
    assert_eq!(
        alerted,
        ["chef.kadiogo@sante.bf", "chef@sante.bf", "cellule@sante.bf"]
    );
    // The citizen's history does not show internal escalations; the audit chain holds.
    let seen = app
        .get(&format!("/api/v1/complaints/{code}"), Auth::Token(&cell))
        .await;
    assert!(
        seen.json["history"]
            .as_array()
            .unwrap()
            .iter()
            .all(|h| h["action"] != "escalate")
    );
    assert_eq!(seen.json["escalation_level"], 3);
    let other = app
        .state
        .store
        .complaint_by_code(&on_time.replace('-', ""))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(other.escalation_level, TOP_LEVEL);
    assert!(matches!(
        app.state.store.verify_audit().await.unwrap(),
        store::AuditReport::Intact { .. }
    ));
}
on_both_backends!(late_complaints_escalate_once_per_level);

async fn a_new_deadline_starts_the_escalation_over(db: &TestDb) {
    let app = TestApp::new(db).await;
    let boss = app
        .staff("chef@sante.bf", Role::Supervisor, Some("SAN"))
        .await;
    let (code, secret) = app.file(health_complaint()).await;
    let row = app
        .state
        .store
        .complaint_by_code(&code.replace('-', ""))
        .await
        .unwrap()
        .unwrap();
    let day_after = OffsetDateTime::new_utc(
        row.acknowledge_by + time::Duration::days(1),
        time::Time::MIDNIGHT,
    );
    assert_eq!(escalate_once(&app.state, day_after).await.unwrap(), 1);
    app.act(
        &code,
        Auth::Token(&boss),
        serde_json::json!({"action": "accept"}),
    )
    .await;
    let row = app
        .state
        .store
        .complaint_by_code(&code.replace('-', ""))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        row.escalation_level, 0,
        "the answer deadline now runs, from level 0"
    );
    for step in [
        serde_json::json!({"action": "assign", "assignee": "chef@sante.bf"}),
        serde_json::json!({"action": "start"}),
        serde_json::json!({"action": "answer", "message": "Réglé."}),
    ] {
        app.act(&code, Auth::Token(&boss), step).await;
    }
    let r = app
        .act(
            &code,
            Auth::Secret(&secret),
            serde_json::json!({"action": "appeal", "reason": "Non."}),
        )
        .await;
    assert_eq!(r.status, axum::http::StatusCode::OK, "{}", r.json);
    let row = app
        .state
        .store
        .complaint_by_code(&code.replace('-', ""))
        .await
        .unwrap()
        .unwrap();
    assert!(
        row.answer_by > time::OffsetDateTime::now_utc().date(),
        "the appeal gets its own deadline"
    );
    assert_eq!(
        escalate_once(&app.state, time::OffsetDateTime::now_utc())
            .await
            .unwrap(),
        0,
        "not late at once"
    );
}
on_both_backends!(a_new_deadline_starts_the_escalation_over);
