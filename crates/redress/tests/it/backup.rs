//! `redress backup` / `redress restore` (`redress::backup`): a backup taken while
//! complaints keep arriving restores into an empty database, verifies, and holds every
//! complaint acknowledged before it began — with personal data and photos readable — and a
//! damaged backup, a wrong key or a database that is not empty are refused.

use crate::pages::Browser;
use crate::support::{TestApp, health_complaint};
use redress::backup::{self, Target};
use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use store::on_both_backends;
use store::testing::TestDb;
use store::{Store, Vault};

async fn a_backup_taken_under_writes_restores_whole(db: &TestDb) {
    let app = Arc::new(TestApp::new(db).await);
    // A complaint with a photo (stored in the database since 0017) and a few without.
    let jpeg = crate::support::jpeg(b"photo of the receipt");
    let mut citizen = Browser::new(&app);
    let sent = citizen.file("fr", &[], Some(("recu.jpg", &jpeg))).await;
    assert_eq!(sent.status.as_u16(), 303);
    let with_photo = citizen
        .get("/complaints/receipt")
        .await
        .text_of("tracking-code")
        .replace('-', "");
    for _ in 0..30 {
        app.file(health_complaint()).await;
    }
    // Complaints keep arriving during the backup.
    let (running, filed) = (
        Arc::new(AtomicBool::new(true)),
        Arc::new(AtomicUsize::new(0)),
    );
    let writer = {
        let (app, running, filed) = (app.clone(), running.clone(), filed.clone());
        tokio::spawn(async move {
            while running.load(Ordering::SeqCst) {
                app.file(health_complaint()).await;
                filed.fetch_add(1, Ordering::SeqCst);
            }
        })
    };
    while filed.load(Ordering::SeqCst) < 3 {
        tokio::task::yield_now().await;
    }
    // Everything acknowledged before the backup begins.
    let acknowledged = app.state.store.backup_summary().await.unwrap().codes;
    let filed_before = filed.load(Ordering::SeqCst);
    let out = db.dir.join("backup");
    let source = Target {
        database_url: &db.url,
        key_file: &db.dir.join("secret.key"),
        legacy_files: db.dir.join("attachments"),
    };
    let manifest = backup::create(&app.state.store, &source, &out, false)
        .await
        .unwrap();
    let filed_during = filed.load(Ordering::SeqCst) - filed_before;
    running.store(false, Ordering::SeqCst);
    writer.await.unwrap();
    assert!(filed_during > 0, "complaints were filed during the backup");
    assert!(manifest.summary.complaints >= acknowledged.len() as i64);
    assert!(!manifest.key_included && !out.join("secret.key").exists());

    // Into an empty database of the same kind, with the installation's key.
    let empty = db.empty_sibling().await;
    let key = empty.dir.join("secret.key");
    let target = Target {
        database_url: &empty.url,
        key_file: &key,
        legacy_files: empty.dir.join("attachments"),
    };
    let refused = backup::restore(&out, &target).await.unwrap_err();
    assert!(refused.contains("no key file"), "{refused}");
    std::fs::write(&key, "07".repeat(32)).unwrap();
    let refused = backup::restore(&out, &target).await.unwrap_err();
    assert!(refused.contains("is not the one"), "{refused}");
    std::fs::copy(db.dir.join("secret.key"), &key).unwrap();
    // A damaged file is found before anything is written.
    let data_file = out.join(&manifest.files[0].path);
    let original = std::fs::read(&data_file).unwrap();
    let mut damaged = original.clone();
    let middle = damaged.len() / 2;
    damaged[middle] ^= 1;
    std::fs::write(&data_file, &damaged).unwrap();
    let refused = backup::restore(&out, &target).await.unwrap_err();
    assert!(refused.contains("damaged"), "{refused}");
    std::fs::write(&data_file, &original).unwrap();

    let restored = backup::restore(&out, &target).await.unwrap();
    assert!(restored.events_verified >= acknowledged.len() as i64);
    assert_eq!(restored.now.heads, manifest.summary.heads);
    let codes: HashSet<&String> = restored.now.codes.iter().collect();
    let missing: Vec<_> = acknowledged.iter().filter(|c| !codes.contains(c)).collect();
    assert!(missing.is_empty(), "lost in the backup: {missing:?}");
    assert_eq!(restored.now.complaints, manifest.summary.complaints);

    // Personal data and the photo read back with the key.
    let vault = Vault::load_or_create(&key).unwrap();
    let copy = Store::open(&empty.url, Arc::new(vault)).await.unwrap();
    let row = copy.complaint_by_code(&with_photo).await.unwrap().unwrap();
    assert_eq!(
        copy.reveal_complainant(&row).unwrap().phone.as_deref(),
        Some("+22676112233")
    );
    let files = copy.attachments_of(row.id).await.unwrap();
    assert_eq!(
        copy.attachment_bytes(&files[0].storage_key).await.unwrap(),
        Some(jpeg)
    );
    drop(copy);
    // Never over a database that holds something.
    let refused = backup::restore(&out, &target).await.unwrap_err();
    assert!(refused.contains("only"), "{refused}");
    empty.cleanup().await;
}
on_both_backends!(a_backup_taken_under_writes_restores_whole);
