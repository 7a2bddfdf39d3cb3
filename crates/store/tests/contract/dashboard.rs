//! Deadlines and counts: "late" in SQL is late in Rust, the dashboard's tallies are the
//! complaints' own, service points and the posters' reach.

use crate::*;

/// "Late" in SQL (the queue filter, the escalation sweep) is `domain::rules::is_late`:
/// one complaint in every state, checked on every day around its deadlines.
async fn late_in_sql_is_late_in_rust(db: &TestDb) {
    let store = seeded(db).await;
    let at = datetime!(2026-11-03 10:00 UTC);
    let mut rows = Vec::new();
    for (i, state) in State::ALL.into_iter().enumerate() {
        store
            .create_complaint(new_complaint(900 + i as u64))
            .await
            .unwrap();
        let row = store
            .complaint_by_code(code(900 + i as u64).as_str())
            .await
            .unwrap()
            .unwrap();
        if state != State::Received {
            store
                .apply_change(change(&row, state, "note", at))
                .await
                .unwrap();
        }
        let row = store
            .complaint_by_code(&row.tracking_code)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(row.status, state);
        rows.push(row);
    }
    let mut day = date!(2026 - 11 - 04);
    while day <= date!(2026 - 11 - 16) {
        let mut expected: Vec<String> = rows
            .iter()
            .filter(|r| r.is_late(day))
            .map(|r| r.tracking_code.clone())
            .collect();
        expected.sort();
        let filter = ComplaintFilter {
            late_on: Some(day),
            per_page: 50,
            page: 1,
            ..Default::default()
        };
        let mut listed: Vec<String> = store
            .list_complaints(&Scope::Everything, &filter)
            .await
            .unwrap()
            .into_iter()
            .map(|r| r.tracking_code)
            .collect();
        listed.sort();
        assert_eq!(listed, expected, "queue of the late on {day}");
        let mut swept: Vec<String> = store
            .late_complaints(day, 99, 0, 100)
            .await
            .unwrap()
            .into_iter()
            .map(|r| r.tracking_code)
            .collect();
        swept.sort();
        assert_eq!(swept, expected, "escalation sweep on {day}");
        day = day.next_day().unwrap();
    }
}

contract!(late_in_sql_is_late_in_rust);

/// The dashboard's counts (the tally the triggers keep) are the complaints' own: after
/// intake in every state, a transfer, a moved deadline and a state changed back and forth,
/// each unit's count per state and its late and due-by-tomorrow counts on every day around
/// the deadlines are those `domain::rules` gives over the complaints themselves.
async fn dashboard_counts_are_the_complaints_own(db: &TestDb) {
    let store = seeded(db).await;
    let at = datetime!(2026-11-03 10:00 UTC);
    for (i, state) in State::ALL.into_iter().enumerate() {
        for (j, unit) in ["SAN-BF13", "EDU-BF13"].into_iter().enumerate() {
            let k = 950 + 20 * j as u64 + i as u64;
            let mut new = new_complaint(k);
            new.unit_code = unit.into();
            // Deadlines on different days, so that some are late and some due.
            new.acknowledge_by += time::Duration::days(i as i64 % 3);
            new.answer_by -= time::Duration::days(i as i64 % 4);
            store.create_complaint(new).await.unwrap();
            let row = store
                .complaint_by_code(code(k).as_str())
                .await
                .unwrap()
                .unwrap();
            if state != State::Received {
                store
                    .apply_change(change(&row, state, "note", at))
                    .await
                    .unwrap();
            }
        }
    }
    let row = |k| async move {
        store
            .complaint_by_code(code(k).as_str())
            .await
            .unwrap()
            .unwrap()
    };
    // Transferred to another unit, its deadline extended, and back and forth in state.
    let moved = row(951).await;
    let mut c = change(&moved, moved.status, "transfer", at);
    c.unit_code = "SAN-BF53".into();
    c.answer_by += time::Duration::days(9);
    store.apply_change(c).await.unwrap();
    let flip = row(952).await;
    store
        .apply_change(change(&flip, State::Received, "note", at))
        .await
        .unwrap();
    let flip = row(952).await;
    store
        .apply_change(change(&flip, State::Appealed, "note", at))
        .await
        .unwrap();
    // A change that moves nothing the tally counts.
    let same = row(953).await;
    store
        .apply_change(change(&same, same.status, "note", at))
        .await
        .unwrap();

    let all = ComplaintFilter {
        per_page: 500,
        page: 1,
        ..Default::default()
    };
    for scope in [
        Scope::Everything,
        Scope::Subtree("/SAN/".into()),
        Scope::Unit("EDU-BF13".into()),
        Scope::Nothing,
    ] {
        let rows = store.list_complaints(&scope, &all).await.unwrap();
        let mut day = date!(2026 - 11 - 02);
        while day <= date!(2026 - 11 - 24) {
            let (mut states, mut due) = (BTreeMap::new(), BTreeMap::new());
            for r in &rows {
                *states
                    .entry((r.unit_code.clone(), r.status.as_str()))
                    .or_insert(0) += 1;
                if let Some(d) =
                    domain::rules::deadline_in_force(r.status, r.acknowledge_by, r.answer_by)
                {
                    let e = due.entry(r.unit_code.clone()).or_insert((0, 0));
                    e.0 += i64::from(r.is_late(day));
                    e.1 += i64::from(d >= day && d <= day.next_day().unwrap());
                }
            }
            let expected = (states, due);
            let counts = store.scope_counts(&scope, day).await.unwrap();
            let counted = (
                counts
                    .states
                    .into_iter()
                    .map(|c| ((c.unit_code, c.status.as_str()), c.n))
                    .collect::<BTreeMap<_, _>>(),
                counts
                    .due
                    .into_iter()
                    .map(|d| (d.unit_code, (d.late, d.soon)))
                    .collect::<BTreeMap<_, _>>(),
            );
            assert_eq!(counted, expected, "{scope:?} on {day}");
            day = day.next_day().unwrap();
        }
    }
    let total: i64 = store
        .scope_counts(&Scope::Everything, at.date())
        .await
        .unwrap()
        .states
        .iter()
        .map(|c| c.n)
        .sum();
    assert_eq!(total, 2 * State::ALL.len() as i64);
}

contract!(dashboard_counts_are_the_complaints_own);

async fn service_points_campaigns_and_reach(db: &TestDb) {
    let store = seeded(db).await;
    let at = datetime!(2026-11-01 08:00 UTC);
    let sp = |code: &str, unit: &str, commune: Option<&str>| NewServicePoint {
        code: code.into(),
        unit_code: unit.into(),
        kind: "health_centre".into(),
        name: format!("CSPS {code}"),
        commune_code: commune.map(str::to_owned),
        address: None,
    };
    let add = |s: NewServicePoint| store.admin(AdminChange::AddServicePoint(s), "staff:1", at);
    assert_eq!(
        add(sp("CSPS-PISSY", "SAN-BF13", Some("BF130004")))
            .await
            .unwrap(),
        1
    );
    // No commune: its region is its unit's.
    assert_eq!(add(sp("DRS-GUIRIKO", "SAN-BF53", None)).await.unwrap(), 1);
    assert!(matches!(
        add(sp("CSPS-PISSY", "SAN-BF13", None)).await,
        Err(StoreError::Duplicate(_))
    ));
    assert!(matches!(
        add(sp("CSPS-X", "NO-SUCH-UNIT", None)).await,
        Err(StoreError::Reference)
    ));
    let mut edited = sp("CSPS-PISSY", "SAN-BF13", Some("BF130004"));
    edited.name = "CSPS de Pissy (secteur 17)".into();
    edited.address = Some("Rue 17.45".into());
    let edit = AdminChange::EditServicePoint(edited);
    assert_eq!(store.admin(edit, "staff:1", at).await.unwrap(), 1);
    let kadiogo = store.service_points(Some("BF13")).await.unwrap();
    assert_eq!(kadiogo.len(), 1);
    assert_eq!(kadiogo[0].name, "CSPS de Pissy (secteur 17)");
    assert_eq!(kadiogo[0].commune_name.as_deref(), Some("Ouagadougou"));
    assert_eq!(kadiogo[0].region_code.as_deref(), Some("BF13"));
    let guiriko = store.service_points(Some("BF53")).await.unwrap();
    assert_eq!(guiriko[0].code, "DRS-GUIRIKO");
    assert_eq!(store.service_points(None).await.unwrap().len(), 2);

    let remove = || AdminChange::RemoveServicePoint("DRS-GUIRIKO".into());
    assert_eq!(store.admin(remove(), "staff:1", at).await.unwrap(), 1);
    assert_eq!(
        store.admin(remove(), "staff:1", at).await.unwrap(),
        0,
        "once"
    );
    let gone = store.service_point("DRS-GUIRIKO").await.unwrap().unwrap();
    assert_eq!(gone.removed_at, Some(at), "kept, marked removed");
    assert!(!gone.is_active());
    assert!(store.service_point("NOPE").await.unwrap().is_none());

    let campaign = AdminChange::AddPosterCampaign {
        started_on: date!(2026 - 11 - 10),
        label: "Affiches Kadiogo".into(),
        region_code: Some("BF13".into()),
        created_by: None,
    };
    let id = store.admin(campaign, "staff:1", at).await.unwrap();
    let campaigns = store.poster_campaigns().await.unwrap();
    assert_eq!(campaigns.len(), 1);
    assert_eq!(campaigns[0].id, id);
    assert_eq!(campaigns[0].started_on, date!(2026 - 11 - 10));
    let events = store.admin_events(10).await.unwrap();
    let actions: Vec<&str> = events.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            "poster_campaign.add",
            "service_point.remove",
            "service_point.edit",
            "service_point.add",
            "service_point.add"
        ]
    );
    assert_eq!(events[0].subject, format!("poster_campaign#{id}"));
    assert_eq!(
        store.verify_admin_audit().await.unwrap(),
        AuditReport::Intact { events: 5 }
    );

    // Two before the campaign (one by SMS), three after (two from the poster's QR code).
    let days = [(3, Channel::Web, None), (5, Channel::Sms, None)];
    let after = [
        (10, Channel::Web, Some("CSPS-PISSY")),
        (12, Channel::Web, Some("CSPS-PISSY")),
        (12, Channel::Ussd, None),
    ];
    for (i, (day, channel, sp)) in days.iter().chain(after.iter()).enumerate() {
        let mut new = new_complaint(500 + i as u64);
        new.channel = *channel;
        new.received_at = datetime!(2026-11-01 23:59:59 UTC) + time::Duration::days(day - 1);
        new.service_point_code = sp.map(str::to_owned);
        store.create_complaint(new).await.unwrap();
    }
    let row = store
        .complaint_by_code(code(502).as_str())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.service_point_code.as_deref(), Some("CSPS-PISSY"));
    let from = date!(2026 - 11 - 01);
    let to = date!(2026 - 11 - 20);
    let counts = store
        .reach_counts(&Scope::Everything, Some("BF13"), from, to)
        .await
        .unwrap();
    let count = |day: &str, channel: &str, sp: Option<&str>, n: i64| ReachCount {
        day: day.into(),
        channel: channel.into(),
        service_point_code: sp.map(str::to_owned),
        n,
    };
    let mut expected = vec![
        count("2026-11-03", "web", None, 1),
        count("2026-11-05", "sms", None, 1),
        count("2026-11-10", "web", Some("CSPS-PISSY"), 1),
        count("2026-11-12", "ussd", None, 1),
        count("2026-11-12", "web", Some("CSPS-PISSY"), 1),
    ];
    let mut counts = counts;
    counts.sort_by(|a, b| (&a.day, &a.channel).cmp(&(&b.day, &b.channel)));
    expected.sort_by(|a, b| (&a.day, &a.channel).cmp(&(&b.day, &b.channel)));
    assert_eq!(counts, expected);
    for (scope, rows) in [
        (Scope::Unit("EDU-BF13".into()), 0),
        (Scope::Subtree("/SAN/".into()), 5),
        (Scope::Nothing, 0),
    ] {
        let found = store.reach_counts(&scope, None, from, to).await.unwrap();
        assert_eq!(found.len(), rows, "{scope:?}");
    }
    let other_region = store
        .reach_counts(&Scope::Everything, Some("BF53"), from, to)
        .await
        .unwrap();
    assert!(other_region.is_empty());
    // A transfer moves the complaint's count to the unit that now holds it.
    let mut moved = change(&row, row.status, "transfer", at);
    moved.unit_code = "EDU-BF13".into();
    store.apply_change(moved).await.unwrap();
    let education = store
        .reach_counts(&Scope::Unit("EDU-BF13".into()), Some("BF13"), from, to)
        .await
        .unwrap();
    assert_eq!(
        education,
        [count("2026-11-10", "web", Some("CSPS-PISSY"), 1)]
    );
    let health = store
        .reach_counts(&Scope::Subtree("/SAN/".into()), None, from, to)
        .await
        .unwrap();
    assert_eq!(health.iter().map(|c| c.n).sum::<i64>(), 4);
}

contract!(service_points_campaigns_and_reach);
