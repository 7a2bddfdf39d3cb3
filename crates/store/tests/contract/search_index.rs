//! SQLite's search index, a file of its own filled from the complaints' events
//! (src/search_index.rs): followed, built again, and put aside when damaged.

use crate::*;

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
