//! Filing: reference data, a complaint and its record, concurrent intake, intake keys
//! and receipts, duplicates, the two backends' migrations, stored values read back.

use crate::*;

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
    let public = store.public_by_code(code.as_str()).await.unwrap();
    assert_eq!(public, Some(row.public()), "the public columns, read alone");
    assert_eq!(
        store.public_by_code("00000000000").await.unwrap(),
        None,
        "no such code"
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
