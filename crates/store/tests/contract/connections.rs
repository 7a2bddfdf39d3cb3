//! The writer and the readers: a failing or panicking write loses only itself, grouped
//! writes are kept exactly when they say so, reads go on after the server closes them.

use crate::*;

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
