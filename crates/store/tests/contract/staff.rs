//! Staff accounts and tokens, and the notifications' outbox.

use crate::*;

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
