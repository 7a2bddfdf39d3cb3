//! Search on both backends: descriptions and answers, common and rare words, and the
//! same page whichever way PostgreSQL finds it.

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

/// Files complaint number `i` with this description; returns its id.
async fn file_with_words(store: &Store, i: u64, words: &str) -> i64 {
    let mut n = new_complaint(i);
    n.description = Description::parse(words).unwrap();
    store.create_complaint(n).await.unwrap()
}

/// The ids of page `page` of the search for `q` within `scope`.
async fn page_found(store: &Store, q: &str, scope: Scope, per_page: u32, page: u32) -> Vec<i64> {
    let filter = ComplaintFilter {
        q: Some(q.into()),
        per_page,
        page,
        ..Default::default()
    };
    let rows = store.list_complaints(&scope, &filter).await.unwrap();
    rows.iter().map(|r| r.id).collect()
}

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
        new_rows: 2,
        far: 2,
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
        page_found(store, q, scope, per_page, page)
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
    // A first page that begins among the newest six and goes on below them, twice (the
    // second time known to have more matches than `gather`, without asking how many).
    for _ in 0..2 {
        assert_eq!(found("centre", all(), 10, 1).await, newest(16)[..10]);
        assert_eq!(
            found("centre", Scope::Unit("SAN-BF13".into()), 8, 1).await,
            newest(16)[..8]
        );
    }
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

/// On PostgreSQL a search with many matches remembers its newest match and then reads only
/// the search rows written since (migration 0027): complaints filed since without its words
/// are not walked again, and those filed with them, or older ones given them by an answer,
/// take their place among its matches. Both backends give the same pages.
async fn a_search_with_many_matches_follows_what_is_written_after_it(db: &TestDb) {
    store::testing::set_search_limits(store::search_limits::SearchLimits {
        few: 3,
        window: 6,
        gather: 6,
        new_rows: 2,
        far: 2,
    });
    let store = seeded(db).await;
    let file = |i: u64, words: &'static str| file_with_words(store, i, words);
    // Ten with "centre", then eight without (more than the window).
    let mut centre = Vec::new();
    for i in 0..10 {
        centre.push(file(7000 + i, "Attente trop longue au centre de santé").await);
    }
    let mut other = Vec::new();
    for i in 0..8 {
        other.push(file(7100 + i, "Route coupée vers le village").await);
    }
    let found = |q: &'static str, scope: Scope, per_page: u32, page: u32| {
        page_found(store, q, scope, per_page, page)
    };
    let all = || Scope::Everything;
    let desc = |ids: &[i64]| {
        let mut v = ids.to_vec();
        v.sort_unstable_by(|a, b| b.cmp(a));
        v
    };
    // Found the first time by walking every complaint; then from the newest match.
    for _ in 0..2 {
        assert_eq!(found("centre", all(), 4, 1).await, desc(&centre)[..4]);
        assert_eq!(found("centre", all(), 4, 3).await, desc(&centre)[8..]);
    }
    // Filed since: three without the words, one with them.
    for i in 0..3 {
        other.push(file(7200 + i, "Route coupée vers le village").await);
    }
    centre.push(file(7300, "Plainte au centre de santé du village").await);
    let mut matching = centre.clone();
    assert_eq!(found("centre", all(), 4, 1).await, desc(&matching)[..4]);
    // An answer gives an older complaint the words: it takes its place by its id.
    let row = store
        .complaint_by_code(code(7103).as_str())
        .await
        .unwrap()
        .unwrap();
    let given = row.id;
    assert_eq!(given, other[3]);
    let mut answer = change(
        &row,
        State::Answered,
        "answer",
        datetime!(2026-11-05 10:00 UTC),
    );
    answer.data = json!({"message": "Le centre a rouvert la route."});
    store.apply_change(answer).await.unwrap();
    matching.push(given);
    let matching = desc(&matching);
    assert_eq!(found("centre", all(), 4, 1).await, matching[..4]);
    assert!(matching[..4].contains(&given));
    assert_eq!(found("centre", all(), 4, 2).await, matching[4..8]);
    assert_eq!(found("centre", all(), 4, 4).await, matching[12..]);
    // The scope applies to the pages found this way too.
    assert_eq!(
        found("centre", Scope::Unit("SAN-BF13".into()), 20, 1).await,
        matching
    );
    assert!(
        found("centre", Scope::Subtree("/EDU/".into()), 20, 1)
            .await
            .is_empty()
    );
    // A search of few matches is unchanged by all this.
    assert_eq!(found("coupée", all(), 20, 1).await.len(), 11);
    store::testing::set_search_limits(store::search_limits::DEFAULT);
}

contract!(a_search_with_many_matches_follows_what_is_written_after_it);

/// On PostgreSQL a common search that finds its page among the newest complaints, but only
/// far down them, remembers its newest match: the next requests with the same scope and
/// filters walk from there, and a complaint filed since with its words takes its place on
/// top. Both backends give the same pages.
async fn a_search_found_far_down_the_newest_starts_at_its_newest_match(db: &TestDb) {
    store::testing::set_search_limits(store::search_limits::SearchLimits {
        few: 3,
        window: 20,
        gather: 100,
        new_rows: 2,
        far: 4,
    });
    let store = seeded(db).await;
    let file = |i: u64, words: &'static str| file_with_words(store, i, words);
    // Twenty with "centre", then ten without.
    let mut centre = Vec::new();
    for i in 0..20 {
        centre.push(file(8000 + i, "Attente trop longue au centre de santé").await);
    }
    for i in 0..10 {
        file(8100 + i, "Route coupée vers le village").await;
    }
    let found = |q: &'static str, scope: Scope, per_page: u32, page: u32| {
        page_found(store, q, scope, per_page, page)
    };
    let all = || Scope::Everything;
    let desc = |ids: &[i64]| ids.iter().rev().copied().collect::<Vec<i64>>();
    // Its page lies among the newest twenty, past the ten without: walked from the newest
    // complaint the first time, from its newest match after.
    for _ in 0..3 {
        assert_eq!(found("centre", all(), 4, 1).await, desc(&centre)[..4]);
        assert_eq!(found("centre", all(), 4, 2).await, desc(&centre)[4..8]);
    }
    // Filed since: three without the words, then one with them, which comes first.
    for i in 0..3 {
        file(8200 + i, "Route coupée vers le village").await;
    }
    centre.push(file(8300, "Plainte au centre de santé du village").await);
    let newest = desc(&centre);
    for _ in 0..2 {
        assert_eq!(found("centre", all(), 4, 1).await, newest[..4]);
    }
    // A page beyond the newest twenty; the scope applies.
    assert_eq!(found("centre", all(), 4, 3).await, newest[8..12]);
    assert_eq!(
        found("centre", Scope::Unit("SAN-BF13".into()), 4, 1).await,
        newest[..4]
    );
    assert!(
        found("centre", Scope::Subtree("/EDU/".into()), 4, 1)
            .await
            .is_empty()
    );
    store::testing::set_search_limits(store::search_limits::DEFAULT);
}

contract!(a_search_found_far_down_the_newest_starts_at_its_newest_match);
