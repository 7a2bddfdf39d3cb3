//! The store's contract, run against both backends: SQLite in a temporary file, PostgreSQL in
//! a fresh database per test on 127.0.0.1:5432 (skipped with a message outside CI when no
//! server answers; a failure under CI=true).

use domain::{Channel, Description, Kind, Language, Role, Secret, State, TrackingCode};
use serde_json::json;
use std::collections::BTreeMap;
use std::sync::Arc;
use store::*;
use time::OffsetDateTime;
use time::macros::{date, datetime};

use store::on_both_backends as contract;
use store::testing::TestDb;

fn code(i: u64) -> TrackingCode {
    TrackingCode::from_random((i.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xABCD).to_le_bytes())
}

fn new_complaint(i: u64) -> NewComplaint {
    NewComplaint {
        tracking_code: code(i),
        secret: Secret::parse("12345678").unwrap(),
        kind: Kind::Complaint,
        channel: Channel::Api,
        language: Language::French,
        category_code: "SAN-FEES".into(),
        unit_code: "SAN-BF13".into(),
        commune_code: Some("BF130004".into()),
        address: Some("CSPS de Pissy".into()),
        lat: None,
        long: None,
        description: Description::parse("On m'a demandé 2000 F pour une consultation gratuite.")
            .unwrap(),
        anonymous: false,
        complainant: Some(Complainant {
            name: Some("Awa Ouédraogo".into()),
            phone: Some("+22670112233".into()),
            email: None,
        }),
        actor: "public".into(),
        received_at: datetime!(2026-11-03 09:15:30.123456789 UTC),
        acknowledge_by: date!(2026 - 11 - 06),
        answer_by: date!(2026 - 11 - 13),
        intake_key: None,
        attachments: Vec::new(),
        notifications: vec![NewNotification {
            channel: "sms".into(),
            recipient: "+22670112233".into(),
            language: "fr".into(),
            template: "receipt".into(),
            params: json!({"code": i}),
        }],
        sender_key: None,
        media_url: None,
        service_point_code: None,
        stats: Vec::new(),
    }
}

async fn seeded(db: &TestDb) -> &Store {
    let added = db
        .store
        .load_reference(Arc::new(Reference::bundled().unwrap()))
        .await
        .unwrap();
    assert!(added > 400, "added {added}");
    &db.store
}

fn change(row: &ComplaintRow, to: State, action: &str, at: OffsetDateTime) -> Change {
    let mut c = Change::keeping(row, "staff:1".into(), action, json!({}), at);
    c.status = to;
    c
}

async fn reference_loads_once(db: &TestDb) {
    let store = seeded(db).await;
    let again = store
        .load_reference(Arc::new(Reference::bundled().unwrap()))
        .await
        .unwrap();
    assert_eq!(again, 0, "a second load adds nothing");
    assert_eq!(store.regions().await.unwrap().len(), 17);
    assert_eq!(store.provinces().await.unwrap().len(), 47);
    assert_eq!(store.communes().await.unwrap().len(), 351);
    assert!(store.categories().await.unwrap().len() >= 16);
    let units = store.units().await.unwrap();
    assert_eq!(
        units.iter().find(|u| u.code == "JUS-BF13").unwrap().path,
        "/JUS/JUS-BF13/"
    );
    assert!(!store.holidays().await.unwrap().is_empty());
    store.ping().await.unwrap();
}
contract!(reference_loads_once);

async fn complaint_round_trip(db: &TestDb) {
    let store = seeded(db).await;
    let new = new_complaint(1);
    let code = new.tracking_code.clone();
    store.create_complaint(new).await.unwrap();
    let row = store
        .complaint_by_code(code.as_str())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.status, State::Received);
    assert_eq!(row.unit_path, "/SAN/SAN-BF13/");
    assert_eq!(row.acknowledge_by, date!(2026 - 11 - 06));
    assert_eq!(
        row.received_at,
        datetime!(2026-11-03 09:15:30.123456 UTC),
        "kept to the microsecond"
    );
    assert!(store.secret_matches(&row, "12345678"));
    assert!(!store.secret_matches(&row, "12345670"));
    let who = store.reveal_complainant(&row).unwrap();
    assert_eq!(who.name.as_deref(), Some("Awa Ouédraogo"));
    let raw = db
        .scalar_bytes(&format!(
            "SELECT complainant FROM complaints WHERE tracking_code = '{}'",
            code.as_str()
        ))
        .await
        .unwrap();
    assert!(
        !String::from_utf8_lossy(&raw).contains("Ouédraogo"),
        "sealed at rest"
    );
    assert!(!raw.windows(8).any(|w| w == b"22670112"), "sealed at rest");
    let events = store.events_of(row.id).await.unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].action, "received");
    assert_eq!(events[0].data()["category"], "SAN-FEES");
    assert!(
        store
            .complaint_by_code("00000000000")
            .await
            .unwrap()
            .is_none()
    );
    let dup = store.create_complaint(new_complaint(1)).await;
    assert!(
        matches!(dup, Err(StoreError::Duplicate(Unique::TrackingCode))),
        "{dup:?}"
    );
    let mut bad = new_complaint(2);
    bad.category_code = "NOPE".into();
    assert!(matches!(
        store.create_complaint(bad).await,
        Err(StoreError::Reference)
    ));
    assert_eq!(
        store.verify_audit().await.unwrap(),
        AuditReport::Intact { events: 1 }
    );
}
contract!(complaint_round_trip);

async fn changes_are_versioned_and_audited(db: &TestDb) {
    let store = seeded(db).await;
    store.create_complaint(new_complaint(3)).await.unwrap();
    let row = store
        .complaint_by_code(code(3).as_str())
        .await
        .unwrap()
        .unwrap();
    let at = datetime!(2026-11-04 10:00 UTC);
    let mut accept = change(&row, State::Accepted, "accept", at);
    accept.acknowledged_at = Some(at);
    store.apply_change(accept.clone()).await.unwrap();
    // The same change again is stale: it was decided on version 0.
    assert!(matches!(
        store.apply_change(accept).await,
        Err(StoreError::Conflict)
    ));
    let row = store
        .complaint_by_code(code(3).as_str())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.status, State::Accepted);
    assert_eq!(row.version, 1);
    assert_eq!(row.acknowledged_at, Some(at));
    let mut unknown_unit = change(&row, State::Accepted, "transfer", at);
    unknown_unit.unit_code = "NOWHERE".into();
    assert!(store.apply_change(unknown_unit).await.is_err());
    let after = store
        .complaint_by_code(code(3).as_str())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (after.version, after.unit_code.as_str()),
        (1, "SAN-BF13"),
        "nothing written"
    );
    let events = store.events_of(row.id).await.unwrap();
    assert_eq!(
        events.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(),
        ["received", "accept"]
    );
    assert_eq!(
        store.verify_audit().await.unwrap(),
        AuditReport::Intact { events: 2 }
    );
}
contract!(changes_are_versioned_and_audited);

async fn audit_detects_tampering(db: &TestDb) {
    let store = seeded(db).await;
    for i in 10..14 {
        store.create_complaint(new_complaint(i)).await.unwrap();
    }
    assert_eq!(
        store.verify_audit().await.unwrap(),
        AuditReport::Intact { events: 4 }
    );
    // Edited data.
    db.tamper("UPDATE complaint_events SET action = 'rejected' WHERE seq = 2")
        .await;
    let report = store.verify_audit().await.unwrap();
    assert!(
        matches!(report, AuditReport::Broken { seq: 2, .. }),
        "{report:?}"
    );
    db.tamper("UPDATE complaint_events SET action = 'received' WHERE seq = 2")
        .await;
    assert_eq!(
        store.verify_audit().await.unwrap(),
        AuditReport::Intact { events: 4 }
    );
    // Reordered: two events swap places.
    db.tamper(
        "UPDATE complaint_events SET seq = 100 WHERE seq = 2; \
         UPDATE complaint_events SET seq = 2 WHERE seq = 3; \
         UPDATE complaint_events SET seq = 3 WHERE seq = 100;",
    )
    .await;
    assert!(matches!(
        store.verify_audit().await.unwrap(),
        AuditReport::Broken { seq: 2, .. }
    ));
    db.tamper(
        "UPDATE complaint_events SET seq = 100 WHERE seq = 2; \
         UPDATE complaint_events SET seq = 2 WHERE seq = 3; \
         UPDATE complaint_events SET seq = 3 WHERE seq = 100;",
    )
    .await;
    assert_eq!(
        store.verify_audit().await.unwrap(),
        AuditReport::Intact { events: 4 }
    );
    // The newest event removed.
    db.tamper("DELETE FROM complaint_events WHERE seq = 4")
        .await;
    assert!(matches!(
        store.verify_audit().await.unwrap(),
        AuditReport::Broken { seq: 4, .. }
    ));
    // A middle event removed.
    db.tamper("DELETE FROM complaint_events WHERE seq = 2")
        .await;
    assert!(matches!(
        store.verify_audit().await.unwrap(),
        AuditReport::Broken { seq: 2, .. }
    ));
}
contract!(audit_detects_tampering);

async fn events_cannot_be_changed_through_sql(db: &TestDb) {
    let store = seeded(db).await;
    store.create_complaint(new_complaint(20)).await.unwrap();
    let update = db
        .execute_raw("UPDATE complaint_events SET action = 'x'")
        .await;
    assert!(update.is_err(), "the append-only trigger refuses updates");
    let delete = db.execute_raw("DELETE FROM complaint_events").await;
    assert!(delete.is_err(), "the append-only trigger refuses deletes");
}
contract!(events_cannot_be_changed_through_sql);

async fn concurrent_intake_keeps_one_chain(db: &TestDb) {
    let store = seeded(db).await;
    let mut tasks = Vec::new();
    for i in 100..300 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            store.create_complaint(new_complaint(i)).await
        }));
    }
    for t in tasks {
        t.await.unwrap().unwrap();
    }
    assert_eq!(
        store.verify_audit().await.unwrap(),
        AuditReport::Intact { events: 200 }
    );
    let counts = store.count_by_state().await.unwrap();
    assert_eq!(counts, vec![("received".to_owned(), 200)]);
}
contract!(concurrent_intake_keeps_one_chain);

async fn lists_respect_scope_and_filters(db: &TestDb) {
    let store = seeded(db).await;
    for i in 30..33 {
        store.create_complaint(new_complaint(i)).await.unwrap();
    }
    let mut elsewhere = new_complaint(33);
    elsewhere.unit_code = "SAN-BF53".into();
    elsewhere.description = Description::parse("Rupture de paracétamol au CMA de Dô").unwrap();
    store.create_complaint(elsewhere).await.unwrap();
    let all = ComplaintFilter {
        per_page: 50,
        page: 1,
        ..Default::default()
    };
    let count = |v: Vec<ComplaintRow>| v.len();
    assert_eq!(
        count(
            store
                .list_complaints(&Scope::Everything, &all)
                .await
                .unwrap()
        ),
        4
    );
    assert_eq!(
        count(
            store
                .list_complaints(&Scope::Subtree("/SAN/".into()), &all)
                .await
                .unwrap()
        ),
        4
    );
    assert_eq!(
        count(
            store
                .list_complaints(&Scope::Unit("SAN-BF13".into()), &all)
                .await
                .unwrap()
        ),
        3
    );
    assert_eq!(
        count(
            store
                .list_complaints(&Scope::Subtree("/EDU/".into()), &all)
                .await
                .unwrap()
        ),
        0
    );
    assert_eq!(
        count(store.list_complaints(&Scope::Nothing, &all).await.unwrap()),
        0
    );
    let q = ComplaintFilter {
        q: Some("PARACÉTAMOL".into()),
        ..all.clone()
    };
    assert_eq!(
        count(store.list_complaints(&Scope::Everything, &q).await.unwrap()),
        1
    );
    let plain = ComplaintFilter {
        q: Some("paracetamol do".into()),
        ..all.clone()
    };
    assert_eq!(
        count(
            store
                .list_complaints(&Scope::Everything, &plain)
                .await
                .unwrap()
        ),
        1,
        "accents ignored"
    );
    let syntax = ComplaintFilter {
        q: Some("\"NEAR( paracétamol* OR -".into()),
        ..all.clone()
    };
    assert!(
        store
            .list_complaints(&Scope::Everything, &syntax)
            .await
            .is_ok(),
        "search syntax is only words"
    );
    let pct = ComplaintFilter {
        q: Some("%".into()),
        ..all.clone()
    };
    assert_eq!(
        count(
            store
                .list_complaints(&Scope::Everything, &pct)
                .await
                .unwrap()
        ),
        0,
        "% is literal"
    );
    let page2 = ComplaintFilter {
        per_page: 3,
        page: 2,
        ..all.clone()
    };
    assert_eq!(
        count(
            store
                .list_complaints(&Scope::Everything, &page2)
                .await
                .unwrap()
        ),
        1
    );
    let status = ComplaintFilter {
        status: Some("closed".into()),
        ..all
    };
    assert_eq!(
        count(
            store
                .list_complaints(&Scope::Everything, &status)
                .await
                .unwrap()
        ),
        0
    );
}
contract!(lists_respect_scope_and_filters);

async fn answers_are_searchable(db: &TestDb) {
    let store = seeded(db).await;
    store.create_complaint(new_complaint(70)).await.unwrap();
    let row = store
        .complaint_by_code(code(70).as_str())
        .await
        .unwrap()
        .unwrap();
    let mut answer = change(
        &row,
        State::Answered,
        "answer",
        datetime!(2026-11-05 10:00 UTC),
    );
    answer.data = json!({"message": "Le dépôt a été réapprovisionné en amoxicilline."});
    store.apply_change(answer).await.unwrap();
    let find = |q: &str| ComplaintFilter {
        q: Some(q.into()),
        per_page: 10,
        page: 1,
        ..Default::default()
    };
    assert_eq!(
        store
            .list_complaints(&Scope::Everything, &find("amoxicilline"))
            .await
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        store
            .list_complaints(&Scope::Everything, &find("DEPOT"))
            .await
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        store
            .list_complaints(&Scope::Everything, &find("ibuprofène"))
            .await
            .unwrap()
            .len(),
        0
    );
}
contract!(answers_are_searchable);

async fn queue_filters_by_deadline_and_assignee(db: &TestDb) {
    let store = seeded(db).await;
    store.create_complaint(new_complaint(80)).await.unwrap(); // acknowledge by 2026-11-06
    let f = |late_on, due_between, assignee_id| ComplaintFilter {
        late_on,
        due_between,
        assignee_id,
        per_page: 10,
        page: 1,
        ..Default::default()
    };
    let n = |filter: ComplaintFilter| {
        let store = store.clone();
        async move {
            store
                .list_complaints(&Scope::Everything, &filter)
                .await
                .unwrap()
                .len()
        }
    };
    assert_eq!(
        n(f(
            None,
            Some((date!(2026 - 11 - 05), date!(2026 - 11 - 06))),
            None
        ))
        .await,
        1,
        "due soon"
    );
    assert_eq!(
        n(f(
            None,
            Some((date!(2026 - 11 - 07), date!(2026 - 11 - 08))),
            None
        ))
        .await,
        0
    );
    assert_eq!(
        n(f(Some(date!(2026 - 11 - 07)), None, None)).await,
        1,
        "late the day after"
    );
    assert_eq!(
        n(f(Some(date!(2026 - 11 - 06)), None, None)).await,
        0,
        "not late on the day"
    );
    assert_eq!(n(f(None, None, Some(12345))).await, 0, "nobody's");
}
contract!(queue_filters_by_deadline_and_assignee);

async fn staff_and_tokens(db: &TestDb) {
    let store = seeded(db).await;
    let staff = |email: &str| NewStaff {
        email: email.into(),
        name: "Issa Sawadogo".into(),
        role: Role::Officer,
        unit_code: Some("SAN-BF13".into()),
        password_hash: "$argon2id$fake".into(),
        created_at: datetime!(2026-11-01 08:00 UTC),
    };
    let at = datetime!(2026-11-01 08:00 UTC);
    let add = |s: NewStaff| store.admin(AdminChange::AddStaff(s), "cli", at);
    let id = add(staff("issa@sante.gov.bf")).await.unwrap();
    let dup = add(staff(" ISSA@sante.gov.bf")).await;
    assert!(
        matches!(dup, Err(StoreError::Duplicate(Unique::Email))),
        "{dup:?}"
    );
    let found = store
        .staff_by_email("Issa@Sante.gov.bf")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (found.id, found.unit_path.as_deref()),
        (id, Some("/SAN/SAN-BF13/"))
    );
    assert_eq!(found.role, Role::Officer);
    let made = datetime!(2026-11-01 08:00 UTC);
    store
        .add_token(id, "h1".into(), made, made + time::Duration::days(90))
        .await
        .unwrap();
    let by_token = |hash: &'static str, at: OffsetDateTime| async move {
        store.staff_by_token(hash, at).await.unwrap().map(|s| s.id)
    };
    assert_eq!(by_token("h1", made).await, Some(id));
    assert_eq!(by_token("h2", made).await, None);
    // A token ends when it says; one made before tokens had an end lasts a year.
    assert_eq!(by_token("h1", made + time::Duration::days(90)).await, None);
    db.execute_raw(
        "INSERT INTO api_tokens (token_hash, user_id, created_at) \
         SELECT 'old', user_id, created_at FROM api_tokens WHERE token_hash = 'h1'",
    )
    .await
    .unwrap();
    assert_eq!(
        by_token("old", made + time::Duration::days(364)).await,
        Some(id)
    );
    assert_eq!(
        by_token("old", made + time::Duration::days(366)).await,
        None
    );
    let mut bad = staff("x@y.bf");
    bad.unit_code = Some("NOWHERE".into());
    assert!(matches!(add(bad).await, Err(StoreError::Reference)));
}
contract!(staff_and_tokens);

async fn intake_keys_register_once(db: &TestDb) {
    let store = seeded(db).await;
    let mut first = new_complaint(40);
    first.intake_key = Some("form-abc".into());
    first.attachments.push(NewAttachment {
        file_name: "photo.jpg".into(),
        content_type: "image/jpeg".into(),
        size_bytes: 1234,
        sha256: "00".repeat(32),
        storage_key: "2026/11/x".into(),
        bytes: b"\xFF\xD8\xFF photo".to_vec(),
    });
    let id = store.create_complaint(first).await.unwrap();
    let mut again = new_complaint(41);
    again.intake_key = Some("form-abc".into());
    let dup = store.create_complaint(again).await;
    assert!(
        matches!(dup, Err(StoreError::Duplicate(Unique::IntakeKey))),
        "{dup:?}"
    );
    assert!(
        store
            .complaint_by_code(code(41).as_str())
            .await
            .unwrap()
            .is_none(),
        "nothing half-written"
    );
    let (kept, secret) = store.receipt_by_key("form-abc").await.unwrap().unwrap();
    assert_eq!(
        (kept.tracking_code.as_str(), secret.as_str()),
        (code(40).as_str(), "12345678")
    );
    assert!(store.receipt_by_key("other").await.unwrap().is_none());
    let files = store.attachments_of(id).await.unwrap();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].file_name, "photo.jpg");
    // The bytes are in the database, sealed: read back whole, never stored in the clear.
    assert_eq!(
        store.attachment_bytes("2026/11/x").await.unwrap().unwrap(),
        b"\xFF\xD8\xFF photo"
    );
    assert!(store.attachment_bytes("2026/11/y").await.unwrap().is_none());
    assert_eq!(
        store.verify_audit().await.unwrap(),
        AuditReport::Intact { events: 1 }
    );
}
contract!(intake_keys_register_once);

async fn intake_receipts_are_dropped_after_a_day(db: &TestDb) {
    let store = seeded(db).await;
    let filed = |i: u64, key: &str, hours: i64| {
        let mut c = new_complaint(i);
        c.intake_key = Some(key.into());
        c.received_at += time::Duration::hours(hours);
        c
    };
    // Three receipts of a day, then filings a day and a bit later: each filing drops those
    // older than a day before its own (several at once), and keeps the rest.
    for (i, key) in [(50, "day-a"), (51, "day-b"), (52, "day-c")] {
        store.create_complaint(filed(i, key, 0)).await.unwrap();
    }
    store.create_complaint(filed(53, "late", 20)).await.unwrap();
    store.create_complaint(filed(54, "next", 25)).await.unwrap();
    for gone in ["day-a", "day-b", "day-c"] {
        assert!(
            store.receipt_by_key(gone).await.unwrap().is_none(),
            "{gone} is older than a day"
        );
    }
    for kept in ["late", "next"] {
        assert!(
            store.receipt_by_key(kept).await.unwrap().is_some(),
            "{kept} is younger than a day"
        );
    }
    // The complaints stay: only their receipts went.
    assert!(
        store
            .complaint_by_code(code(50).as_str())
            .await
            .unwrap()
            .is_some()
    );
}
contract!(intake_receipts_are_dropped_after_a_day);

async fn outbox_claims_are_exclusive_and_settled_once(db: &TestDb) {
    let store = seeded(db).await;
    for i in 50..60 {
        store.create_complaint(new_complaint(i)).await.unwrap();
    }
    let raw = db
        .scalar_bytes("SELECT recipient FROM notifications ORDER BY id LIMIT 1")
        .await
        .unwrap();
    assert!(
        !String::from_utf8_lossy(&raw).contains("70112233"),
        "recipients sealed at rest"
    );
    let now = datetime!(2026-11-03 10:00 UTC);
    let lease = time::Duration::minutes(5);
    // E-mail only: nothing (every queued message is an SMS).
    assert!(
        store
            .claim_notifications("a", (false, true), now, lease, 50)
            .await
            .unwrap()
            .is_empty()
    );
    // Two nodes claim at once: every message goes to exactly one of them.
    let (a, b) = tokio::join!(
        store.claim_notifications("a", (true, true), now, lease, 6),
        store.claim_notifications("b", (true, true), now, lease, 6),
    );
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_eq!(a.len() + b.len(), 10);
    let mut ids: Vec<i64> = a.iter().chain(&b).map(|n| n.id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 10, "no message claimed twice");
    assert_eq!(a[0].recipient, "+22670112233");
    // Leased rows are not claimed again before the lease ends.
    assert!(
        store
            .claim_notifications("c", (true, true), now, lease, 50)
            .await
            .unwrap()
            .is_empty()
    );
    // Only the holder of the lease settles it.
    let first = a[0].id;
    assert!(
        !store
            .settle_notification(first, "b", Ok(()), now, None)
            .await
            .unwrap()
    );
    assert!(
        store
            .settle_notification(first, "a", Ok(()), now, None)
            .await
            .unwrap()
    );
    assert!(
        !store
            .settle_notification(first, "a", Ok(()), now, None)
            .await
            .unwrap(),
        "once"
    );
    // A failure with a retry time comes back then; without one it is parked as failed.
    let second = a[1].id;
    let retry_at = now + time::Duration::minutes(1);
    store
        .settle_notification(second, "a", Err("timeout".into()), now, Some(retry_at))
        .await
        .unwrap();
    let third = a[2].id;
    store
        .settle_notification(third, "a", Err("refused: 403".into()), now, None)
        .await
        .unwrap();
    // After the leases expire, the unsettled ones and the retry are claimable again.
    let later = now + time::Duration::minutes(6);
    let again = store
        .claim_notifications("c", (true, true), later, lease, 50)
        .await
        .unwrap();
    assert!(again.iter().any(|n| n.id == second && n.attempts == 1));
    assert!(!again.iter().any(|n| n.id == first || n.id == third));
    assert_eq!(again.len(), 10 - 2);
    let counts = store.notification_counts().await.unwrap();
    assert!(counts.contains(&("sent".to_owned(), "sms".to_owned(), 1)));
    assert!(counts.contains(&("failed".to_owned(), "sms".to_owned(), 1)));
    let row = store
        .complaint_by_code(code(50).as_str())
        .await
        .unwrap()
        .unwrap();
    let rows = store.notifications_of(row.id).await.unwrap();
    assert_eq!(
        store.open_recipient(&rows[0]).as_deref(),
        Some("+22670112233")
    );
}
contract!(outbox_claims_are_exclusive_and_settled_once);

#[test]
fn both_backends_have_the_same_migrations() {
    let names = |dir: &str| {
        let mut v: Vec<String> =
            std::fs::read_dir(format!("{}/migrations/{dir}", env!("CARGO_MANIFEST_DIR")))
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
        v.sort();
        v
    };
    assert_eq!(names("sqlite"), names("postgres"));
}

async fn queue_filters_by_kind_place_channel_and_date_and_sorts(db: &TestDb) {
    let store = seeded(db).await;
    // 90: a complaint in Ouagadougou by the API, received at midnight exactly on 3 November;
    // 91: a denunciation in Bobo-Dioulasso by SMS on 4 November, answer due first;
    // 92: a school complaint in Ouagadougou on the last microsecond of 5 November.
    let mut a = new_complaint(90);
    a.received_at = datetime!(2026-11-03 00:00 UTC);
    let mut b = new_complaint(91);
    b.kind = Kind::Denunciation;
    b.channel = Channel::Sms;
    b.commune_code = Some("BF530102".into());
    b.unit_code = "SAN-BF53".into();
    b.received_at = datetime!(2026-11-04 12:00 UTC);
    b.answer_by = date!(2026 - 11 - 10);
    let mut c = new_complaint(92);
    c.category_code = "EDU-FEES".into();
    c.unit_code = "EDU-BF13".into();
    c.received_at = datetime!(2026-11-05 23:59:59.999999 UTC);
    c.answer_by = date!(2026 - 11 - 20);
    for n in [a, b, c] {
        store.create_complaint(n).await.unwrap();
    }
    let codes = |filter: ComplaintFilter| {
        let store = store.clone();
        async move {
            store
                .list_complaints(
                    &Scope::Everything,
                    &ComplaintFilter {
                        per_page: 10,
                        page: 1,
                        ..filter
                    },
                )
                .await
                .unwrap()
                .into_iter()
                .map(|r| r.tracking_code)
                .collect::<Vec<_>>()
        }
    };
    let all = |is: &[u64]| {
        is.iter()
            .map(|i| code(*i).as_str().to_owned())
            .collect::<Vec<_>>()
    };
    let some = |s: &str| Some(s.to_owned());
    let f = ComplaintFilter::default;
    assert_eq!(codes(f()).await, all(&[92, 91, 90]), "newest first");
    let sorted = |sort| ComplaintFilter { sort, ..f() };
    assert_eq!(codes(sorted(QueueSort::Oldest)).await, all(&[90, 91, 92]));
    assert_eq!(codes(sorted(QueueSort::Deadline)).await, all(&[91, 90, 92]));
    let kind = ComplaintFilter {
        kind: some("denunciation"),
        ..f()
    };
    assert_eq!(codes(kind).await, all(&[91]));
    let channel = ComplaintFilter {
        channel: some("api"),
        ..f()
    };
    assert_eq!(codes(channel).await, all(&[92, 90]));
    let department = ComplaintFilter {
        department: some("EDU"),
        ..f()
    };
    assert_eq!(codes(department).await, all(&[92]));
    let region = ComplaintFilter {
        region: some("BF53"),
        ..f()
    };
    assert_eq!(codes(region).await, all(&[91]));
    let province = ComplaintFilter {
        province: some("BF1300"),
        ..f()
    };
    assert_eq!(codes(province).await, all(&[92, 90]));
    let commune = ComplaintFilter {
        region: some("BF53"),
        commune: some("BF130004"),
        ..f()
    };
    assert_eq!(codes(commune).await, all(&[92, 90]), "the commune wins");
    let days = |from, to| ComplaintFilter {
        received_from: from,
        received_to: to,
        ..f()
    };
    assert_eq!(
        codes(days(
            Some(date!(2026 - 11 - 03)),
            Some(date!(2026 - 11 - 03))
        ))
        .await,
        all(&[90]),
        "a day includes its midnight"
    );
    assert_eq!(
        codes(days(Some(date!(2026 - 11 - 04)), None)).await,
        all(&[92, 91])
    );
    assert_eq!(
        codes(days(None, Some(date!(2026 - 11 - 05)))).await,
        all(&[92, 91, 90]),
        "a day includes its last microsecond"
    );
    assert_eq!(
        codes(days(Some(date!(2026 - 11 - 06)), None)).await,
        all(&[])
    );
    let together = ComplaintFilter {
        channel: some("api"),
        province: some("BF1300"),
        department: some("SAN"),
        received_from: Some(date!(2026 - 11 - 01)),
        ..f()
    };
    assert_eq!(codes(together).await, all(&[90]));
}
contract!(queue_filters_by_kind_place_channel_and_date_and_sorts);

async fn duplicates_point_to_their_original(db: &TestDb) {
    let store = seeded(db).await;
    for i in [95, 96] {
        store.create_complaint(new_complaint(i)).await.unwrap();
    }
    let original = store
        .complaint_by_code(code(95).as_str())
        .await
        .unwrap()
        .unwrap();
    let dup = store
        .complaint_by_code(code(96).as_str())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(dup.duplicate_of, None);
    let mut link = change(
        &dup,
        State::Received,
        "duplicate",
        datetime!(2026-11-04 10:00 UTC),
    );
    link.duplicate_of = Some(original.id);
    store.apply_change(link).await.unwrap();
    let dup = store
        .complaint_by_code(code(96).as_str())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(dup.duplicate_of.as_deref(), Some(code(95).as_str()));
    assert_eq!(dup.duplicate_of_id, Some(original.id));
    let duplicates = store.duplicates_of(original.id).await.unwrap();
    assert_eq!(
        duplicates
            .iter()
            .map(|d| d.tracking_code.as_str())
            .collect::<Vec<_>>(),
        [code(96).as_str()]
    );
    // A later change keeps the link.
    store
        .apply_change(change(
            &dup,
            State::Accepted,
            "accept",
            datetime!(2026-11-04 11:00 UTC),
        ))
        .await
        .unwrap();
    let dup = store
        .complaint_by_code(code(96).as_str())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(dup.duplicate_of_id, Some(original.id));
}
contract!(duplicates_point_to_their_original);

async fn admin_changes_are_chained_and_checked(db: &TestDb) {
    let store = seeded(db).await;
    let at = datetime!(2026-11-10 09:00 UTC);
    let holiday = HolidayRow {
        rule: "2027-03-08".into(),
        name_fr: "Journée de la femme".into(),
        name_en: "Women's day".into(),
    };
    store
        .admin(AdminChange::AddHoliday(holiday), "staff:1", at)
        .await
        .unwrap();
    let deadlines = AdminChange::SetCategoryDeadlines {
        code: "SAN-FEES".into(),
        ack_days: 2,
        ack_count: "working".into(),
        answer_days: 15,
        answer_count: "calendar".into(),
        extendable: false,
    };
    assert_eq!(store.admin(deadlines, "staff:1", at).await.unwrap(), 1);
    let fees = store
        .categories()
        .await
        .unwrap()
        .into_iter()
        .find(|c| c.code == "SAN-FEES")
        .unwrap();
    assert_eq!(
        (fees.ack_days, fees.answer_days, fees.extendable),
        (2, 15, false)
    );
    let unit = UnitRow {
        code: "SAN-BF13-CMA1".into(),
        parent_code: Some("SAN-BF13".into()),
        department_code: Some("SAN".into()),
        level: "facility".into(),
        name_fr: "CMA du secteur 30".into(),
        name_en: "Sector 30 medical centre".into(),
        region_code: Some("BF13".into()),
        path: String::new(),
    };
    store
        .admin(AdminChange::AddUnit(unit), "staff:1", at)
        .await
        .unwrap();
    let added = store
        .units()
        .await
        .unwrap()
        .into_iter()
        .find(|u| u.code == "SAN-BF13-CMA1")
        .unwrap();
    assert_eq!(
        added.path, "/SAN/SAN-BF13/SAN-BF13-CMA1/",
        "under its parent"
    );
    // A change that matches nothing is neither made nor recorded.
    let missing = AdminChange::DeleteHoliday("12-31".into());
    assert_eq!(store.admin(missing, "staff:1", at).await.unwrap(), 0);
    let events = store.admin_events(10).await.unwrap();
    assert_eq!(
        events
            .iter()
            .map(|e| (e.action.as_str(), e.subject.as_str()))
            .collect::<Vec<_>>(),
        [
            ("unit.add", "unit:SAN-BF13-CMA1"),
            ("category.deadlines", "category:SAN-FEES"),
            ("holiday.add", "holiday:2027-03-08"),
        ]
    );
    assert_eq!(events[1].data_json.0["answer_days"], 15);
    assert_eq!(
        store.verify_admin_audit().await.unwrap(),
        AuditReport::Intact { events: 3 }
    );
    let update = db.execute_raw("UPDATE admin_events SET actor = 'x'").await;
    assert!(update.is_err(), "the append-only trigger refuses updates");
    let delete = db.execute_raw("DELETE FROM admin_events").await;
    assert!(delete.is_err(), "the append-only trigger refuses deletes");
    db.tamper("UPDATE admin_events SET data = '{\"answer_days\": 30}' WHERE seq = 2")
        .await;
    match store.verify_admin_audit().await.unwrap() {
        AuditReport::Broken { seq, reason } => {
            assert_eq!(seq, 2, "{reason}");
            assert!(reason.contains("category:SAN-FEES"), "{reason}");
        }
        intact => panic!("an edited admin event went unnoticed: {intact:?}"),
    }
    db.tamper("DELETE FROM admin_events WHERE seq = 3").await;
    assert!(matches!(
        store.verify_admin_audit().await.unwrap(),
        AuditReport::Broken { .. }
    ));
}
contract!(admin_changes_are_chained_and_checked);

async fn searches_find_the_newest_matches_of_common_and_rare_words(db: &TestDb) {
    let store = seeded(db).await;
    // More complaints with a common word than a search lists by id on PostgreSQL
    // (FEW_MATCHES), and one with a rare word among them. Filed 64 at a time: all 2,010 at
    // once would wait longer for a PostgreSQL connection than the pool allows on a busy
    // machine.
    let numbers: Vec<u64> = (2000..4010).collect();
    for batch in numbers.chunks(64) {
        let mut tasks = Vec::new();
        for &i in batch {
            let store = store.clone();
            tasks.push(tokio::spawn(async move {
                let mut n = new_complaint(i);
                let words = if i == 3000 {
                    "Ordonnance introuvable à Tenkodogo, pharmacie fermée."
                } else {
                    "Ordonnance refusée à la pharmacie du centre."
                };
                n.description = Description::parse(words).unwrap();
                store.create_complaint(n).await.unwrap();
            }));
        }
        for t in tasks {
            t.await.unwrap();
        }
    }
    let find = |q: &str| ComplaintFilter {
        q: Some(q.into()),
        per_page: 20,
        page: 1,
        ..Default::default()
    };
    let common = store
        .list_complaints(&Scope::Everything, &find("ordonnance"))
        .await
        .unwrap();
    assert_eq!(common.len(), 20);
    assert!(common.windows(2).all(|w| w[0].id > w[1].id), "newest first");
    let newest: i64 = store
        .list_complaints(
            &Scope::Everything,
            &ComplaintFilter {
                per_page: 1,
                page: 1,
                ..Default::default()
            },
        )
        .await
        .unwrap()[0]
        .id;
    assert_eq!(
        common[0].id, newest,
        "the newest complaint matches and comes first"
    );
    // Asked again (on PostgreSQL, known as common and found without asking the index):
    // the same complaints, the same order.
    let again = store
        .list_complaints(&Scope::Everything, &find(" Ordonnance "))
        .await
        .unwrap();
    assert_eq!(
        again.iter().map(|r| r.id).collect::<Vec<_>>(),
        common.iter().map(|r| r.id).collect::<Vec<_>>()
    );
    let rare = store
        .list_complaints(&Scope::Everything, &find("tenkodogo"))
        .await
        .unwrap();
    assert_eq!(rare.len(), 1);
    assert!(rare[0].description.contains("Tenkodogo"));
    let scoped = store
        .list_complaints(&Scope::Subtree("/EDU/".into()), &find("tenkodogo"))
        .await
        .unwrap();
    assert!(scoped.is_empty(), "the scope still applies");
}
contract!(searches_find_the_newest_matches_of_common_and_rare_words);

/// A store opened on the database of `url`, with the key file in `dir` (a server started
/// again).
async fn open_again(dir: &std::path::Path, url: &str) -> Store {
    let vault = Vault::load_or_create(&dir.join("secret.key")).unwrap();
    Store::open(url, Arc::new(vault)).await.unwrap()
}

/// SQLite's search index is a file of its own, filled from the complaints' events after
/// their transactions (src/search_index.rs). A search finds what was filed just before it;
/// an event whose words are not text is passed over; an index that is another database's,
/// or a damaged file, is made again from the events, each complaint's words once.
#[tokio::test]
async fn sqlite_search_index_follows_the_events_and_is_built_again() {
    use sqlx::Connection;
    let db = store::testing::sqlite().await;
    let store = seeded(&db).await;
    let mut tasks = Vec::new();
    for i in 5000..5040 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            store.create_complaint(new_complaint(i)).await.unwrap()
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let find = |q: &str| ComplaintFilter {
        q: Some(q.into()),
        per_page: 100,
        page: 1,
        ..Default::default()
    };
    let found = |s: Store, q: &'static str| {
        let find = find(q);
        async move {
            let rows = s.list_complaints(&Scope::Everything, &find).await.unwrap();
            let mut codes: Vec<String> = rows.into_iter().map(|r| r.tracking_code).collect();
            codes.sort();
            codes
        }
    };
    let mut filed: Vec<String> = (5000..5040).map(|i| code(i).as_str().to_owned()).collect();
    filed.sort();
    assert_eq!(
        found(store.clone(), "consultation gratuite").await,
        filed,
        "found as soon as filed"
    );

    // An answer's words are found; one whose message is not text is passed over, and what
    // comes after it is indexed.
    let row = |i| {
        let store = store.clone();
        async move {
            store
                .complaint_by_code(code(i).as_str())
                .await
                .unwrap()
                .unwrap()
        }
    };
    let mut answer = change(
        &row(5000).await,
        State::Answered,
        "answer",
        datetime!(2026-11-05 10:00 UTC),
    );
    answer.data = json!({"message": "Remboursement par le district."});
    store.apply_change(answer).await.unwrap();
    let mut odd = change(
        &row(5001).await,
        State::Answered,
        "answer",
        datetime!(2026-11-05 10:00 UTC),
    );
    odd.data = json!({"message": 12345});
    store.apply_change(odd).await.unwrap();
    // A description completed (a long SMS in parts) is found by its new words.
    let mut describe = Change::keeping(
        &row(5002).await,
        "complainant".into(),
        "describe",
        json!({"text": "Reçu non remis."}),
        datetime!(2026-11-05 10:00 UTC),
    );
    describe.description =
        "On m'a demandé 2000 F pour une consultation gratuite. Reçu non remis.".into();
    store.apply_change(describe).await.unwrap();
    store.create_complaint(new_complaint(5040)).await.unwrap();
    assert_eq!(
        found(store.clone(), "remboursement").await,
        vec![code(5000).as_str().to_owned()]
    );
    assert_eq!(
        found(store.clone(), "consultation gratuite").await.len(),
        41
    );
    assert_eq!(
        found(store.clone(), "recu remis").await,
        vec![code(5002).as_str().to_owned()]
    );

    // The index's file says it holds another database's events: a store opened on it (a
    // server started again) makes it again from the events.
    let file = db.dir.join("redress-search.db");
    let mut index = sqlx::SqliteConnection::connect(&format!("sqlite://{}", file.display()))
        .await
        .unwrap();
    sqlx::query("UPDATE indexed SET hash = 'another database' WHERE id = 1")
        .execute(&mut index)
        .await
        .unwrap();
    index.close().await.unwrap();
    let open = || open_again(&db.dir, &db.url);
    let reopened = open().await;
    let mut all = filed.clone();
    all.push(code(5040).as_str().to_owned());
    all.sort();
    assert_eq!(found(reopened.clone(), "consultation gratuite").await, all);
    assert_eq!(found(reopened.clone(), "remboursement").await.len(), 1);
    let mut index = sqlx::SqliteConnection::connect(&format!("sqlite://{}", file.display()))
        .await
        .unwrap();
    let (seq, hash): (i64, String) = sqlx::query_as("SELECT seq, hash FROM indexed")
        .fetch_one(&mut index)
        .await
        .unwrap();
    let head = db.store.audit_heads().await.unwrap().complaints;
    assert_eq!(
        (seq, hash),
        (head.seq, head.hash),
        "indexed up to the last event"
    );
    let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM complaint_search")
        .fetch_one(&mut index)
        .await
        .unwrap();
    assert_eq!(rows, 41, "each complaint indexed once");
    let id = row(5000).await.id;
    let words = |id: i64| {
        sqlx::query_as::<_, (String, String)>(
            "SELECT description, answers FROM complaint_search WHERE rowid = $1",
        )
        .bind(id)
    };
    assert_eq!(
        words(id).fetch_one(&mut index).await.unwrap(),
        (
            "On m'a demandé 2000 F pour une consultation gratuite.".to_owned(),
            "Remboursement par le district.".to_owned()
        ),
        "the description and the answer, once"
    );
    assert_eq!(
        words(row(5002).await.id)
            .fetch_one(&mut index)
            .await
            .unwrap()
            .0,
        "On m'a demandé 2000 F pour une consultation gratuite. Reçu non remis.",
        "a description completed, its words once"
    );

    // An index that is this database's is kept, and followed on from its last event: a row
    // put there by hand stays (a rebuild would drop it) and the next filing is found.
    sqlx::query(
        "INSERT INTO complaint_search (rowid, description, answers) VALUES (999999, 'témoin', '')",
    )
    .execute(&mut index)
    .await
    .unwrap();
    let third = open().await;
    third.create_complaint(new_complaint(5041)).await.unwrap();
    all.push(code(5041).as_str().to_owned());
    all.sort();
    assert_eq!(found(third.clone(), "consultation gratuite").await, all);
    let kept: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM complaint_search WHERE rowid = 999999")
            .fetch_one(&mut index)
            .await
            .unwrap();
    assert_eq!(kept, 1, "not built again");
    let seq: i64 = sqlx::query_scalar("SELECT seq FROM indexed")
        .fetch_one(&mut index)
        .await
        .unwrap();
    assert_eq!(seq, db.store.audit_heads().await.unwrap().complaints.seq);
    index.close().await.unwrap();
    db.cleanup().await;
}

/// A damaged search index (SQLite) is put aside and made again from the events, rather than
/// failing every read that attaches it.
#[tokio::test]
async fn sqlite_damaged_search_index_is_put_aside_and_made_again() {
    let dir = std::env::temp_dir().join(store::testing::unique("redress-test-"));
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}", dir.join("redress.db").display());
    let open = || open_again(&dir, &url);
    let store = open().await;
    store.migrate().await.unwrap();
    store
        .load_reference(Arc::new(Reference::bundled().unwrap()))
        .await
        .unwrap();
    store.create_complaint(new_complaint(6000)).await.unwrap();
    let find = ComplaintFilter {
        q: Some("consultation".into()),
        per_page: 10,
        page: 1,
        ..Default::default()
    };
    let codes = |rows: Vec<ComplaintRow>| {
        rows.into_iter()
            .map(|r| r.tracking_code)
            .collect::<Vec<_>>()
    };
    let before = codes(
        store
            .list_complaints(&Scope::Everything, &find)
            .await
            .unwrap(),
    );
    assert_eq!(before, vec![code(6000).as_str().to_owned()]);
    drop(store);
    // Its connections close on their own threads: wait a moment for the log to go (the
    // last connection checkpoints it), then remove what is left of it, so that the damage
    // is not hidden by a newer copy of the page in the log (on a busy machine a closing
    // connection may still hold it).
    let file = dir.join("redress-search.db");
    for _ in 0..40 {
        if !dir.join("redress-search.db-wal").exists() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    for leftover in ["redress-search.db-wal", "redress-search.db-shm"] {
        let _ = std::fs::remove_file(dir.join(leftover));
    }
    std::fs::write(&file, vec![7u8; 8192]).unwrap();
    let store = open().await;
    let after = codes(
        store
            .list_complaints(&Scope::Everything, &find)
            .await
            .unwrap(),
    );
    assert_eq!(after, before, "made again from the events");
    assert!(
        dir.join("redress-search.damaged").exists(),
        "the damaged file is kept aside"
    );
    drop(store);
    let _ = std::fs::remove_dir_all(&dir);
}

/// "Late" in SQL (the queue filter, the escalation sweep) is `domain::rules::is_late`:
/// one complaint in every state, checked on every day around its deadlines.
async fn late_in_sql_is_late_in_rust(db: &TestDb) {
    let store = seeded(db).await;
    let at = datetime!(2026-11-03 10:00 UTC);
    let mut rows = Vec::new();
    for (i, state) in State::ALL.into_iter().enumerate() {
        store
            .create_complaint(new_complaint(900 + i as u64))
            .await
            .unwrap();
        let row = store
            .complaint_by_code(code(900 + i as u64).as_str())
            .await
            .unwrap()
            .unwrap();
        if state != State::Received {
            store
                .apply_change(change(&row, state, "note", at))
                .await
                .unwrap();
        }
        let row = store
            .complaint_by_code(&row.tracking_code)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(row.status, state);
        rows.push(row);
    }
    let mut day = date!(2026 - 11 - 04);
    while day <= date!(2026 - 11 - 16) {
        let mut expected: Vec<String> = rows
            .iter()
            .filter(|r| r.is_late(day))
            .map(|r| r.tracking_code.clone())
            .collect();
        expected.sort();
        let filter = ComplaintFilter {
            late_on: Some(day),
            per_page: 50,
            page: 1,
            ..Default::default()
        };
        let mut listed: Vec<String> = store
            .list_complaints(&Scope::Everything, &filter)
            .await
            .unwrap()
            .into_iter()
            .map(|r| r.tracking_code)
            .collect();
        listed.sort();
        assert_eq!(listed, expected, "queue of the late on {day}");
        let mut swept: Vec<String> = store
            .late_complaints(day, 99, 0, 100)
            .await
            .unwrap()
            .into_iter()
            .map(|r| r.tracking_code)
            .collect();
        swept.sort();
        assert_eq!(swept, expected, "escalation sweep on {day}");
        day = day.next_day().unwrap();
    }
}
contract!(late_in_sql_is_late_in_rust);

/// The dashboard's counts (the tally the triggers keep) are the complaints' own: after
/// intake in every state, a transfer, a moved deadline and a state changed back and forth,
/// each unit's count per state and its late and due-by-tomorrow counts on every day around
/// the deadlines are those `domain::rules` gives over the complaints themselves.
async fn dashboard_counts_are_the_complaints_own(db: &TestDb) {
    let store = seeded(db).await;
    let at = datetime!(2026-11-03 10:00 UTC);
    for (i, state) in State::ALL.into_iter().enumerate() {
        for (j, unit) in ["SAN-BF13", "EDU-BF13"].into_iter().enumerate() {
            let k = 950 + 20 * j as u64 + i as u64;
            let mut new = new_complaint(k);
            new.unit_code = unit.into();
            // Deadlines on different days, so that some are late and some due.
            new.acknowledge_by += time::Duration::days(i as i64 % 3);
            new.answer_by -= time::Duration::days(i as i64 % 4);
            store.create_complaint(new).await.unwrap();
            let row = store
                .complaint_by_code(code(k).as_str())
                .await
                .unwrap()
                .unwrap();
            if state != State::Received {
                store
                    .apply_change(change(&row, state, "note", at))
                    .await
                    .unwrap();
            }
        }
    }
    let row = |k| async move {
        store
            .complaint_by_code(code(k).as_str())
            .await
            .unwrap()
            .unwrap()
    };
    // Transferred to another unit, its deadline extended, and back and forth in state.
    let moved = row(951).await;
    let mut c = change(&moved, moved.status, "transfer", at);
    c.unit_code = "SAN-BF53".into();
    c.answer_by += time::Duration::days(9);
    store.apply_change(c).await.unwrap();
    let flip = row(952).await;
    store
        .apply_change(change(&flip, State::Received, "note", at))
        .await
        .unwrap();
    let flip = row(952).await;
    store
        .apply_change(change(&flip, State::Appealed, "note", at))
        .await
        .unwrap();
    // A change that moves nothing the tally counts.
    let same = row(953).await;
    store
        .apply_change(change(&same, same.status, "note", at))
        .await
        .unwrap();

    let all = ComplaintFilter {
        per_page: 500,
        page: 1,
        ..Default::default()
    };
    for scope in [
        Scope::Everything,
        Scope::Subtree("/SAN/".into()),
        Scope::Unit("EDU-BF13".into()),
        Scope::Nothing,
    ] {
        let rows = store.list_complaints(&scope, &all).await.unwrap();
        let mut day = date!(2026 - 11 - 02);
        while day <= date!(2026 - 11 - 24) {
            let (mut states, mut due) = (BTreeMap::new(), BTreeMap::new());
            for r in &rows {
                *states
                    .entry((r.unit_code.clone(), r.status.as_str()))
                    .or_insert(0) += 1;
                if let Some(d) =
                    domain::rules::deadline_in_force(r.status, r.acknowledge_by, r.answer_by)
                {
                    let e = due.entry(r.unit_code.clone()).or_insert((0, 0));
                    e.0 += i64::from(r.is_late(day));
                    e.1 += i64::from(d >= day && d <= day.next_day().unwrap());
                }
            }
            let expected = (states, due);
            let counts = store.scope_counts(&scope, day).await.unwrap();
            let counted = (
                counts
                    .states
                    .into_iter()
                    .map(|c| ((c.unit_code, c.status.as_str()), c.n))
                    .collect::<BTreeMap<_, _>>(),
                counts
                    .due
                    .into_iter()
                    .map(|d| (d.unit_code, (d.late, d.soon)))
                    .collect::<BTreeMap<_, _>>(),
            );
            assert_eq!(counted, expected, "{scope:?} on {day}");
            day = day.next_day().unwrap();
        }
    }
    let total: i64 = store
        .scope_counts(&Scope::Everything, at.date())
        .await
        .unwrap()
        .states
        .iter()
        .map(|c| c.n)
        .sum();
    assert_eq!(total, 2 * State::ALL.len() as i64);
}
contract!(dashboard_counts_are_the_complaints_own);

/// A state or kind the code does not know is an error when read, never a default.
async fn unknown_stored_values_are_errors(db: &TestDb) {
    let store = seeded(db).await;
    store.create_complaint(new_complaint(950)).await.unwrap();
    let code = code(950);
    db.execute_raw("UPDATE complaints SET status = 'lost'")
        .await
        .unwrap();
    assert!(
        store.complaint_by_code(code.as_str()).await.is_err(),
        "an unknown state"
    );
    db.execute_raw("UPDATE complaints SET status = 'received', kind = 'rumour'")
        .await
        .unwrap();
    assert!(
        store.complaint_by_code(code.as_str()).await.is_err(),
        "an unknown kind"
    );
    db.execute_raw("UPDATE complaints SET kind = 'complaint'")
        .await
        .unwrap();
    assert!(
        store
            .complaint_by_code(code.as_str())
            .await
            .unwrap()
            .is_some()
    );
}
contract!(unknown_stored_values_are_errors);

/// A bug that panics inside one write (grouped with others on SQLite) loses that write
/// alone: the writes beside it and after it go through, and its half is not kept.
async fn a_panic_in_one_write_stops_only_that_write(db: &TestDb) {
    let store = seeded(db).await;
    db.execute_raw("CREATE TABLE scratch (n INTEGER)")
        .await
        .unwrap();
    let mut beside = Vec::new();
    for i in 70..90u64 {
        let store = store.clone();
        beside.push(tokio::spawn(async move {
            store.create_complaint(new_complaint(i)).await
        }));
    }
    let panicking = {
        let store = store.clone();
        tokio::spawn(async move {
            store
                .write_then_panic("INSERT INTO scratch (n) VALUES (1)")
                .await
        })
    };
    // SQLite: the writer catches it and the caller hears an error; PostgreSQL: the caller's
    // own task panics (its transaction is dropped, so rolled back).
    match panicking.await {
        Ok(result) => assert!(result.is_err(), "the panicking write did not succeed"),
        Err(join) => assert!(join.is_panic()),
    }
    for task in beside {
        task.await
            .unwrap()
            .expect("the writes beside it went through");
    }
    store
        .create_complaint(new_complaint(90))
        .await
        .expect("and the writes after it");
    assert_eq!(
        db.scalar_bytes(if db.is_postgres() {
            "SELECT convert_to(COUNT(*)::text, 'UTF8') FROM scratch"
        } else {
            "SELECT CAST(COUNT(*) AS BLOB) FROM scratch"
        })
        .await
        .unwrap(),
        b"0",
        "nothing of the panicking write kept"
    );
    assert_eq!(
        store.verify_audit().await.unwrap(),
        AuditReport::Intact { events: 21 }
    );
}
contract!(a_panic_in_one_write_stops_only_that_write);

/// A group carries the audit chain's head from one write to the next: a write that chained
/// its event and then failed (here its notification's channel is refused, after the event)
/// takes its link back with it, and the writes grouped after it chain from the one before.
async fn a_write_failing_after_its_event_leaves_the_chain_whole(db: &TestDb) {
    let store = seeded(db).await;
    let mut writes = Vec::new();
    for i in 100..140u64 {
        let store = store.clone();
        writes.push(tokio::spawn(async move {
            let mut new = new_complaint(i);
            if i % 3 == 0 {
                new.notifications = vec![NewNotification {
                    channel: "fax".into(),
                    recipient: "+22670000000".into(),
                    language: "fr".into(),
                    template: "receipt".into(),
                    params: serde_json::json!({}),
                }];
            }
            (i, store.create_complaint(new).await)
        }));
    }
    let mut kept = 0;
    for write in writes {
        let (i, result) = write.await.unwrap();
        if i % 3 == 0 {
            assert!(
                result.is_err(),
                "complaint {i} with a refused channel was kept"
            );
        } else {
            result.unwrap_or_else(|e| panic!("complaint {i} was lost: {e}"));
            kept += 1;
        }
    }
    assert_eq!(kept, 27);
    for i in 100..140u64 {
        let found = store.complaint_by_code(code(i).as_str()).await.unwrap();
        assert_eq!(found.is_some(), i % 3 != 0, "complaint {i}");
    }
    assert_eq!(
        store.verify_audit().await.unwrap(),
        AuditReport::Intact { events: kept },
        "one link per kept complaint, none of the refused ones"
    );
    let heads = store.audit_heads().await.unwrap();
    assert_eq!(heads.complaints.seq, kept, "the head row is the last link");
}
contract!(a_write_failing_after_its_event_leaves_the_chain_whole);

/// Writes of every kind grouped together, some failing at their first statement, some
/// after their event: a new complaint is one batch (on SQLite it carries the savepoint
/// statements the writer owes), a change is statements one by one. Each write is kept
/// exactly when its caller heard it was, and the chain holds exactly the kept events.
async fn grouped_writes_of_both_kinds_are_kept_exactly_when_they_say(db: &TestDb) {
    let store = seeded(db).await;
    for i in 200..260u64 {
        store.create_complaint(new_complaint(i)).await.unwrap();
    }
    let fax = || NewNotification {
        channel: "fax".into(),
        recipient: "+22670000000".into(),
        language: "fr".into(),
        template: "accepted".into(),
        params: serde_json::json!({}),
    };
    let at = datetime!(2026-11-04 10:00 UTC);
    let mut writes = Vec::new();
    for i in 0..100u64 {
        let store = store.clone();
        let k = i / 5;
        let row_of = |n: u64| {
            let store = store.clone();
            async move {
                store
                    .complaint_by_code(code(n).as_str())
                    .await
                    .unwrap()
                    .unwrap()
            }
        };
        let (a, b, c) = (
            row_of(200 + k).await,
            row_of(220 + k).await,
            row_of(240 + k).await,
        );
        writes.push(tokio::spawn(async move {
            let result = match i % 5 {
                0 => store.create_complaint(new_complaint(300 + i)).await,
                1 => {
                    let mut new = new_complaint(300 + i);
                    new.notifications = vec![fax()];
                    store.create_complaint(new).await
                }
                2 => {
                    store
                        .apply_change(change(&a, State::Accepted, "accept", at))
                        .await
                }
                3 => {
                    let mut accept = change(&b, State::Accepted, "accept", at);
                    accept.notifications = vec![fax()];
                    store.apply_change(accept).await
                }
                _ => {
                    let mut transfer = change(&c, State::Received, "transfer", at);
                    transfer.unit_code = "NOWHERE".into();
                    store.apply_change(transfer).await
                }
            };
            (i, result.is_ok())
        }));
    }
    for write in writes {
        let (i, ok) = write.await.unwrap();
        assert_eq!(ok, i % 5 == 0 || i % 5 == 2, "write {i} (kind {})", i % 5);
    }
    for i in 0..100u64 {
        let found = store
            .complaint_by_code(code(300 + i).as_str())
            .await
            .unwrap();
        match i % 5 {
            0 => assert!(found.is_some(), "new complaint {i} kept"),
            1 => assert!(found.is_none(), "refused complaint {i} not kept"),
            _ => {}
        }
    }
    for k in 0..20u64 {
        for (n, version) in [(200 + k, 1), (220 + k, 0), (240 + k, 0)] {
            let row = store
                .complaint_by_code(code(n).as_str())
                .await
                .unwrap()
                .unwrap();
            assert_eq!(row.version, version, "complaint {n}");
        }
    }
    // 60 received before, 20 received and 20 accepted together.
    assert_eq!(
        store.verify_audit().await.unwrap(),
        AuditReport::Intact { events: 100 }
    );
    assert_eq!(store.audit_heads().await.unwrap().complaints.seq, 100);
}
contract!(grouped_writes_of_both_kinds_are_kept_exactly_when_they_say);

async fn service_points_campaigns_and_reach(db: &TestDb) {
    let store = seeded(db).await;
    let at = datetime!(2026-11-01 08:00 UTC);
    let sp = |code: &str, unit: &str, commune: Option<&str>| NewServicePoint {
        code: code.into(),
        unit_code: unit.into(),
        kind: "health_centre".into(),
        name: format!("CSPS {code}"),
        commune_code: commune.map(str::to_owned),
        address: None,
    };
    let add = |s: NewServicePoint| store.admin(AdminChange::AddServicePoint(s), "staff:1", at);
    assert_eq!(
        add(sp("CSPS-PISSY", "SAN-BF13", Some("BF130004")))
            .await
            .unwrap(),
        1
    );
    // No commune: its region is its unit's.
    assert_eq!(add(sp("DRS-GUIRIKO", "SAN-BF53", None)).await.unwrap(), 1);
    assert!(matches!(
        add(sp("CSPS-PISSY", "SAN-BF13", None)).await,
        Err(StoreError::Duplicate(_))
    ));
    assert!(matches!(
        add(sp("CSPS-X", "NO-SUCH-UNIT", None)).await,
        Err(StoreError::Reference)
    ));
    let mut edited = sp("CSPS-PISSY", "SAN-BF13", Some("BF130004"));
    edited.name = "CSPS de Pissy (secteur 17)".into();
    edited.address = Some("Rue 17.45".into());
    let edit = AdminChange::EditServicePoint(edited);
    assert_eq!(store.admin(edit, "staff:1", at).await.unwrap(), 1);
    let kadiogo = store.service_points(Some("BF13")).await.unwrap();
    assert_eq!(kadiogo.len(), 1);
    assert_eq!(kadiogo[0].name, "CSPS de Pissy (secteur 17)");
    assert_eq!(kadiogo[0].commune_name.as_deref(), Some("Ouagadougou"));
    assert_eq!(kadiogo[0].region_code.as_deref(), Some("BF13"));
    let guiriko = store.service_points(Some("BF53")).await.unwrap();
    assert_eq!(guiriko[0].code, "DRS-GUIRIKO");
    assert_eq!(store.service_points(None).await.unwrap().len(), 2);

    let remove = || AdminChange::RemoveServicePoint("DRS-GUIRIKO".into());
    assert_eq!(store.admin(remove(), "staff:1", at).await.unwrap(), 1);
    assert_eq!(
        store.admin(remove(), "staff:1", at).await.unwrap(),
        0,
        "once"
    );
    let gone = store.service_point("DRS-GUIRIKO").await.unwrap().unwrap();
    assert_eq!(gone.removed_at, Some(at), "kept, marked removed");
    assert!(!gone.is_active());
    assert!(store.service_point("NOPE").await.unwrap().is_none());

    let campaign = AdminChange::AddPosterCampaign {
        started_on: date!(2026 - 11 - 10),
        label: "Affiches Kadiogo".into(),
        region_code: Some("BF13".into()),
        created_by: None,
    };
    let id = store.admin(campaign, "staff:1", at).await.unwrap();
    let campaigns = store.poster_campaigns().await.unwrap();
    assert_eq!(campaigns.len(), 1);
    assert_eq!(campaigns[0].id, id);
    assert_eq!(campaigns[0].started_on, date!(2026 - 11 - 10));
    let events = store.admin_events(10).await.unwrap();
    let actions: Vec<&str> = events.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            "poster_campaign.add",
            "service_point.remove",
            "service_point.edit",
            "service_point.add",
            "service_point.add"
        ]
    );
    assert_eq!(events[0].subject, format!("poster_campaign#{id}"));
    assert_eq!(
        store.verify_admin_audit().await.unwrap(),
        AuditReport::Intact { events: 5 }
    );

    // Two before the campaign (one by SMS), three after (two from the poster's QR code).
    let days = [(3, Channel::Web, None), (5, Channel::Sms, None)];
    let after = [
        (10, Channel::Web, Some("CSPS-PISSY")),
        (12, Channel::Web, Some("CSPS-PISSY")),
        (12, Channel::Ussd, None),
    ];
    for (i, (day, channel, sp)) in days.iter().chain(after.iter()).enumerate() {
        let mut new = new_complaint(500 + i as u64);
        new.channel = *channel;
        new.received_at = datetime!(2026-11-01 23:59:59 UTC) + time::Duration::days(day - 1);
        new.service_point_code = sp.map(str::to_owned);
        store.create_complaint(new).await.unwrap();
    }
    let row = store
        .complaint_by_code(code(502).as_str())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.service_point_code.as_deref(), Some("CSPS-PISSY"));
    let from = date!(2026 - 11 - 01);
    let to = date!(2026 - 11 - 20);
    let counts = store
        .reach_counts(&Scope::Everything, Some("BF13"), from, to)
        .await
        .unwrap();
    let count = |day: &str, channel: &str, sp: Option<&str>, n: i64| ReachCount {
        day: day.into(),
        channel: channel.into(),
        service_point_code: sp.map(str::to_owned),
        n,
    };
    let mut expected = vec![
        count("2026-11-03", "web", None, 1),
        count("2026-11-05", "sms", None, 1),
        count("2026-11-10", "web", Some("CSPS-PISSY"), 1),
        count("2026-11-12", "ussd", None, 1),
        count("2026-11-12", "web", Some("CSPS-PISSY"), 1),
    ];
    let mut counts = counts;
    counts.sort_by(|a, b| (&a.day, &a.channel).cmp(&(&b.day, &b.channel)));
    expected.sort_by(|a, b| (&a.day, &a.channel).cmp(&(&b.day, &b.channel)));
    assert_eq!(counts, expected);
    for (scope, rows) in [
        (Scope::Unit("EDU-BF13".into()), 0),
        (Scope::Subtree("/SAN/".into()), 5),
        (Scope::Nothing, 0),
    ] {
        let found = store.reach_counts(&scope, None, from, to).await.unwrap();
        assert_eq!(found.len(), rows, "{scope:?}");
    }
    let other_region = store
        .reach_counts(&Scope::Everything, Some("BF53"), from, to)
        .await
        .unwrap();
    assert!(other_region.is_empty());
    // A transfer moves the complaint's count to the unit that now holds it.
    let mut moved = change(&row, row.status, "transfer", at);
    moved.unit_code = "EDU-BF13".into();
    store.apply_change(moved).await.unwrap();
    let education = store
        .reach_counts(&Scope::Unit("EDU-BF13".into()), Some("BF13"), from, to)
        .await
        .unwrap();
    assert_eq!(
        education,
        [count("2026-11-10", "web", Some("CSPS-PISSY"), 1)]
    );
    let health = store
        .reach_counts(&Scope::Subtree("/SAN/".into()), None, from, to)
        .await
        .unwrap();
    assert_eq!(health.iter().map(|c| c.n).sum::<i64>(), 4);
}
contract!(service_points_campaigns_and_reach);

/// Several reads at once, each on a connection of its own: all must succeed.
async fn four_reads_at_once(store: &Store) {
    let reads = (0..4).map(|_| {
        let store = store.clone();
        tokio::spawn(async move { store.regions().await })
    });
    for read in reads.collect::<Vec<_>>() {
        assert_eq!(read.await.unwrap().unwrap().len(), 17);
    }
}

/// Closes every connection of the store's database, as a restart of the server would, and
/// waits until they are gone.
async fn close_connections(db: &TestDb) {
    use sqlx::Connection;
    let mut admin = sqlx::PgConnection::connect(&db.url).await.unwrap();
    let others = "SELECT count(*) FROM pg_stat_activity \
                  WHERE datname = current_database() AND pid <> pg_backend_pid()";
    sqlx::query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
                 WHERE datname = current_database() AND pid <> pg_backend_pid()",
    )
    .execute(&mut admin)
    .await
    .unwrap();
    for _ in 0..100 {
        let left: i64 = sqlx::query_scalar(others)
            .fetch_one(&mut admin)
            .await
            .unwrap();
        if left == 0 {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("the connections were not closed");
}

/// PostgreSQL closes the readers' connections (a restart, an administrator). Reads borrow
/// connections without a ping (`readers.rs`), so: a connection idle for over a second is
/// checked before it is lent, and reads after such a pause all succeed; right after the
/// close, at most the first read fails (as "unavailable", a 503) and takes the idle
/// connections with it, so the reads after it succeed.
#[tokio::test]
async fn reads_go_on_after_the_server_closes_their_connections() {
    let Some(db) = store::testing::postgres().await else {
        return;
    };
    let store = seeded(&db).await;
    four_reads_at_once(store).await;

    close_connections(&db).await;
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    four_reads_at_once(store).await;

    close_connections(&db).await;
    if let Err(e) = store.regions().await {
        assert!(e.is_unavailable(), "a lost connection is a 503: {e}");
    }
    four_reads_at_once(store).await;
    four_reads_at_once(store).await;
    db.cleanup().await;
}
