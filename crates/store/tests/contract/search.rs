//! Search on both backends, and SQLite's search index in a file of its own.

use crate::*;

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

/// On PostgreSQL a common search walks the newest complaints first; when they hold less
/// than its page it lists its matches by id if they are few, and only otherwise walks every
/// complaint (`store::search_limits`, lowered here so that a few complaints reach each
/// way). Whichever way, the page is the same: the matches within the scope, newest first
/// (SQLite, through its FTS index, gives the same pages).
async fn a_search_gives_the_same_page_whichever_way_it_takes(db: &TestDb) {
    store::testing::set_search_limits(store::search_limits::SearchLimits {
        few: 3,
        window: 6,
        gather: 6,
    });
    let store = seeded(db).await;
    // Oldest first: "moisson" in the 4 oldest, "récolte" in the 9 oldest, "centre" in all.
    let mut ids = Vec::new();
    for i in 0..16 {
        let mut n = new_complaint(6000 + i);
        let mut words = vec!["Plainte au centre de santé"];
        if i < 9 {
            words.push("récolte perdue");
        }
        if i < 4 {
            words.push("moisson volée");
        }
        n.description = Description::parse(&words.join(", ")).unwrap();
        ids.push(store.create_complaint(n).await.unwrap());
    }
    let newest = |n: usize| ids[..n].iter().rev().copied().collect::<Vec<i64>>();
    let found = |q: &'static str, scope: Scope, per_page: u32, page: u32| {
        let store = store.clone();
        async move {
            let filter = ComplaintFilter {
                q: Some(q.into()),
                per_page,
                page,
                ..Default::default()
            };
            let rows = store.list_complaints(&scope, &filter).await.unwrap();
            rows.iter().map(|r| r.id).collect::<Vec<i64>>()
        }
    };
    let all = || Scope::Everything;
    // Four matches, more than `few`, none among the newest six: listed by id.
    assert_eq!(found("moisson", all(), 20, 1).await, newest(4));
    assert_eq!(found("moisson", all(), 3, 2).await, newest(4)[3..]);
    // Nine, more than `gather`: every complaint walked.
    assert_eq!(found("récolte", all(), 20, 1).await, newest(9));
    assert_eq!(found("recolte", all(), 5, 2).await, newest(9)[5..]);
    // A page among the newest six, then a page that reaches beyond them.
    assert_eq!(found("centre", all(), 5, 1).await, newest(16)[..5]);
    assert_eq!(found("centre", all(), 5, 2).await, newest(16)[5..10]);
    assert_eq!(found("centre", all(), 5, 4).await, newest(16)[15..]);
    // The scope applies whichever way.
    for q in ["moisson", "récolte", "centre"] {
        assert!(
            found(q, Scope::Subtree("/EDU/".into()), 20, 1)
                .await
                .is_empty()
        );
        assert_eq!(
            found(q, Scope::Unit("SAN-BF13".into()), 20, 1).await.len(),
            match q {
                "moisson" => 4,
                "récolte" => 9,
                _ => 16,
            }
        );
    }
    store::testing::set_search_limits(store::search_limits::DEFAULT);
}

contract!(a_search_gives_the_same_page_whichever_way_it_takes);

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
