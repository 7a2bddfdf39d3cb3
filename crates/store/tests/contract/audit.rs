//! The audit chains: every change versioned and chained, tampering found, events that
//! SQL cannot change, admin changes.

use crate::*;

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
