//! The staff's queues: scope, filters and sort orders.

use crate::*;

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
