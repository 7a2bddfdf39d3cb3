//! `redress keys rotate` (`redress::keys`): a new sealing key while a second node keeps
//! filing complaints, a crash in the middle and the resumption, then no sealed value left
//! that the new key alone does not open — complainants, receipts, notifications, SMS
//! replies and photos — and nothing lost.

use crate::pages::Browser;
use crate::support::{TestApp, health_complaint};
use redress::keys::{Options, follow, rotate};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use store::on_both_backends;
use store::testing::TestDb;
use store::{Store, Vault};

async fn sealing_keys_rotate_under_load_and_resume_after_a_crash(db: &TestDb) {
    let app = TestApp::new(db).await;
    let key_file = db.dir.join("secret.key");
    // Every kind of sealed value: web filings with photos (receipts, attachments), API
    // filings with contacts (notifications), SMS filings (the sealed reply).
    let jpeg = crate::support::jpeg(b"photo");
    for _ in 0..4 {
        let mut citizen = Browser::new(&app);
        let sent = citizen.file("fr", &[], Some(("photo.jpg", &jpeg))).await;
        assert_eq!(sent.status.as_u16(), 303);
        app.file(health_complaint()).await;
    }
    for i in 0..3 {
        app.sms(
            &format!("7011220{i}"),
            "Le major du CSPS demande 1000 F pour chaque consultation.",
            &format!("k{i}"),
        )
        .await;
    }
    // A second node: its own store and key file copy, loaded before the rotation.
    let node_b = {
        let vault = Vault::load_or_create(&key_file).unwrap();
        let store = Store::open(&db.url, Arc::new(vault)).await.unwrap();
        let state = redress::web::AppState::new(store, db.dir.join("b"))
            .await
            .unwrap();
        Arc::new(crate::support::TestApp {
            router: redress::web::router(state.clone()),
            state,
        })
    };
    let rotating = &db.store;
    // The rotation starts and "crashes" after two batches of three.
    let crashed = rotate(
        rotating,
        &key_file,
        &Options {
            batch: 3,
            grace: Duration::ZERO,
            stop_after: Some(2),
        },
    )
    .await
    .unwrap();
    assert!(!crashed.finished && crashed.resealed > 0, "{crashed:?}");
    let (target, cursors) = rotating.rotation_in_progress().await.unwrap().unwrap();
    assert_eq!(target, 1);
    assert!(
        cursors.contains("\"complaints\":\"6\""),
        "progress is recorded: {cursors}"
    );

    // Node B keeps filing (and checks for the rotation as servers do) while it resumes.
    let running = Arc::new(AtomicBool::new(true));
    let writer = {
        let (node_b, running) = (node_b.clone(), running.clone());
        tokio::spawn(async move {
            let mut filed = Vec::new();
            while running.load(Ordering::SeqCst) {
                follow(&node_b.state.store).await;
                filed.push(node_b.file(health_complaint()).await.0);
            }
            filed
        })
    };
    tokio::time::sleep(Duration::from_millis(50)).await;
    let done = rotate(
        rotating,
        &key_file,
        &Options {
            batch: 4,
            grace: Duration::ZERO,
            stop_after: None,
        },
    )
    .await
    .unwrap();
    running.store(false, Ordering::SeqCst);
    let filed_meanwhile = writer.await.unwrap();
    assert!(done.finished && done.retired == vec![0], "{done:?}");
    assert!(!filed_meanwhile.is_empty());
    assert!(rotating.rotation_in_progress().await.unwrap().is_none());

    // A process with the key file as it is now: key 0 retired. Every sealed value of
    // every table is sealed with key 1 and opens (a walk that would re-seal finds none).
    let fresh = Store::open(&db.url, Arc::new(Vault::load_or_create(&key_file).unwrap()))
        .await
        .unwrap();
    assert_eq!(fresh.vault().current_key(), 1);
    for (table, name) in Store::sealed_tables().iter().enumerate() {
        let mut cursor = Store::first_cursor(table);
        loop {
            let (resealed, next) = fresh.reseal_batch(table, &cursor, 100).await.unwrap();
            assert_eq!(resealed, 0, "{name}: a value under the old key");
            match next {
                Some(n) => cursor = n,
                None => break,
            }
        }
    }
    // Nothing lost: node B's complaints and a photo read back with the new key alone.
    for code in &filed_meanwhile {
        let row = fresh
            .complaint_by_code(&code.replace('-', ""))
            .await
            .unwrap()
            .unwrap();
        let who = fresh
            .reveal_complainant(&row)
            .expect("the complainant opens");
        assert_eq!(who.name.as_deref(), Some("Awa Ouédraogo"));
    }
    let summary = fresh.backup_summary().await.unwrap();
    assert_eq!(summary.complaints as usize, 11 + filed_meanwhile.len());
    let first = fresh
        .complaint_by_code(&summary.codes[0])
        .await
        .unwrap()
        .unwrap();
    let files = fresh.attachments_of(first.id).await.unwrap();
    assert_eq!(
        fresh.attachment_bytes(&files[0].storage_key).await.unwrap(),
        Some(jpeg)
    );
    assert!(matches!(
        fresh.verify_audit().await.unwrap(),
        store::AuditReport::Intact { .. }
    ));
    // Node B, still running, reads what the rotation sealed again.
    assert!(node_b.state.store.reveal_complainant(&first).is_some());
}
on_both_backends!(sealing_keys_rotate_under_load_and_resume_after_a_crash);
