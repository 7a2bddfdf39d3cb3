//! New complaints filed together (`filing.rs`): the writer files a group's new complaints in
//! one write, on PostgreSQL in one statement. What each holds must be what it would hold
//! filed alone, and one that cannot be filed must fail alone.

use crate::*;

/// Complaint `i` of the group, its fields varied so that each column, each message and each
/// cohort is told apart from the others'.
fn varied(i: u64) -> NewComplaint {
    let mut n = new_complaint(i);
    n.unit_code = ["SAN-BF13", "SAN-BF53", "EDU-BF13"][i as usize % 3].into();
    n.category_code = if i % 3 == 2 { "EDU-FEES" } else { "SAN-FEES" }.into();
    n.commune_code =
        (!i.is_multiple_of(4)).then(|| ["BF130004", "BF530102"][i as usize % 2].into());
    n.address = (!i.is_multiple_of(5)).then(|| format!("Porte {i}"));
    (n.lat, n.long) = if i.is_multiple_of(2) {
        (Some(12.0 + i as f64 / 1000.0), Some(-1.5))
    } else {
        (None, None)
    };
    n.description = Description::parse(&format!(
        "Frais demandés au guichet numéro {i}, motcle{} introuvable ailleurs.",
        words(i)
    ))
    .unwrap();
    n.anonymous = i % 4 == 1;
    if n.anonymous {
        n.complainant = None;
    }
    n.channel = [Channel::Api, Channel::Web, Channel::Sms][i as usize % 3];
    n.language = [Language::French, Language::English][i as usize % 2];
    n.received_at += time::Duration::milliseconds(i as i64 * 7);
    n.acknowledge_by += time::Duration::days(i as i64 % 3);
    n.answer_by += time::Duration::days(i as i64 % 5);
    n.intake_key = (i.is_multiple_of(3)).then(|| format!("form-{i}"));
    n.sender_key = (i % 3 == 2).then(|| format!("sender-{}", i % 4));
    n.media_url = (i.is_multiple_of(7)).then(|| format!("https://example.org/{i}.jpg"));
    n.notifications = (0..i % 3)
        .map(|m| NewNotification {
            channel: ["sms", "email"][m as usize].into(),
            recipient: format!("+2267000{i:04}{m}"),
            language: "fr".into(),
            template: "receipt".into(),
            params: json!({"code": i, "m": m}),
        })
        .collect();
    n.stats = vec![(cohort(i), received())];
    n
}

/// A word found in complaint `i`'s description only: its number as consonants, ending in
/// letters no French stemming rule takes off (digits would be words of their own, and a
/// final vowel would be stemmed away, making two complaints' words one).
fn words(i: u64) -> String {
    let letters = format!("{i:03}")
        .bytes()
        .map(|d| b"bcdfgjkpvx"[usize::from(d - b'0')] as char)
        .collect::<String>();
    format!("{letters}qw")
}

fn cohort(i: u64) -> StatsKey {
    StatsKey {
        month: "2026-11".into(),
        department: "SAN".into(),
        category: "SAN-FEES".into(),
        region: ["13", "53"][i as usize % 2].into(),
        kind: "complaint".into(),
    }
}

fn received() -> StatsDelta {
    StatsDelta {
        received: 1,
        ..Default::default()
    }
}

async fn complaints_filed_together_hold_what_each_holds_alone(db: &TestDb) {
    let store = seeded(db).await;
    // Filed twenty at once: the writer gathers them into few groups. The second twenty add
    // to the tallies the first made; the third has two sent twice: that group's write
    // fails, its complaints are filed alone, and only the second of the two is refused.
    let before = store.filed_together();
    let mut ids = BTreeMap::new();
    let mut refused = Vec::new();
    for twenty in [500..520u64, 520..540, 540..560] {
        let mut tasks = Vec::new();
        for i in twenty {
            let store = store.clone();
            tasks.push(tokio::spawn(async move {
                let mut n = varied(i);
                if i == 541 || i == 542 {
                    n.intake_key = Some("form-twice".into());
                }
                (i, store.create_complaint(n).await)
            }));
        }
        for t in tasks {
            match t.await.unwrap() {
                (i, Ok(id)) => {
                    ids.insert(i, id);
                }
                (i, Err(e)) => refused.push((i, e)),
            }
        }
        if ids.len() <= 40 {
            assert!(
                store.filed_together() - before >= 2 * ids.len() as u64 / 20,
                "the first forty were filed together, at least two by two"
            );
        }
    }
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert!(matches!(
        refused[0],
        (541 | 542, StoreError::Duplicate(Unique::IntakeKey))
    ));
    let twice = refused[0].0;
    let kept = ids.len() as i64;
    assert_eq!(kept, 59);

    // Each complaint as it was sent.
    for (&i, &id) in &ids {
        let mut sent = varied(i);
        if i == 541 || i == 542 {
            sent.intake_key = Some("form-twice".into());
        }
        let row = store
            .complaint_by_code(code(i).as_str())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(row.id, id, "{i}");
        assert_eq!(
            (
                row.unit_code.as_str(),
                row.category_code.as_str(),
                row.commune_code.as_deref(),
                row.address.as_deref(),
                row.lat,
                row.long,
                row.description.as_str(),
                row.anonymous,
                row.channel,
                row.language,
                row.status,
            ),
            (
                sent.unit_code.as_str(),
                sent.category_code.as_str(),
                sent.commune_code.as_deref(),
                sent.address.as_deref(),
                sent.lat,
                sent.long,
                sent.description.as_str(),
                sent.anonymous,
                sent.channel,
                sent.language,
                State::Received,
            ),
            "{i}"
        );
        assert_eq!(
            (
                row.received_at,
                row.updated_at,
                row.acknowledge_by,
                row.answer_by
            ),
            (
                sent.received_at
                    .replace_nanosecond(sent.received_at.nanosecond() / 1000 * 1000)
                    .unwrap(),
                sent.received_at
                    .replace_nanosecond(sent.received_at.nanosecond() / 1000 * 1000)
                    .unwrap(),
                sent.acknowledge_by,
                sent.answer_by
            ),
            "{i}"
        );
        assert_eq!(
            (row.sender_key.as_deref(), row.media_url.as_deref()),
            (sent.sender_key.as_deref(), sent.media_url.as_deref()),
            "{i}"
        );
        assert_eq!(
            store.reveal_complainant(&row).map(|c| c.name),
            sent.complainant.map(|c| c.name),
            "{i}"
        );
        if let Some(key) = &sent.intake_key {
            let (kept, secret) = store.receipt_by_key(key).await.unwrap().unwrap();
            let first = if key == "form-twice" { 1083 - twice } else { i };
            assert_eq!(
                (kept.tracking_code.as_str(), secret.as_str()),
                (code(first).as_str(), "12345678"),
                "{i}"
            );
        }
        // Its words, found by search, and only its own.
        let find = ComplaintFilter {
            q: Some(format!("motcle{}", words(i))),
            per_page: 10,
            page: 1,
            ..Default::default()
        };
        let found = store
            .list_complaints(&Scope::Everything, &find)
            .await
            .unwrap();
        assert_eq!(
            found.iter().map(|r| r.id).collect::<Vec<_>>(),
            vec![id],
            "{i}"
        );
    }
    assert!(
        store
            .complaint_by_code(code(twice).as_str())
            .await
            .unwrap()
            .is_none()
    );

    // Their messages, each with its own complaint, in the order each was given.
    let now = datetime!(2026-11-04 00:00 UTC);
    let messages = store
        .claim_notifications("n", (true, true), now, time::Duration::minutes(5), 500)
        .await
        .unwrap();
    let mut expected = Vec::new();
    for (&i, &id) in &ids {
        for m in varied(i).notifications {
            expected.push((id, m.channel, m.recipient, m.params));
        }
    }
    let mut got = messages
        .iter()
        .map(|m| {
            (
                m.complaint_id.unwrap(),
                m.channel.clone(),
                m.recipient.clone(),
                m.params.clone(),
            )
        })
        .collect::<Vec<_>>();
    got.sort_by_key(|m| (m.0, m.3.to_string()));
    expected.sort_by_key(|m| (m.0, m.3.to_string()));
    assert_eq!(got, expected);

    // Their statistics, summed by cohort.
    let cohorts = store.stats_cohorts(StatsFilter::default()).await.unwrap();
    let mut counted = cohorts
        .iter()
        .map(|(k, r)| (k.region.clone(), r.received))
        .collect::<Vec<_>>();
    counted.sort();
    let even = ids.keys().filter(|i| *i % 2 == 0).count() as i64;
    assert_eq!(
        counted,
        vec![("13".to_owned(), even), ("53".to_owned(), kept - even)]
    );

    // The dashboard's tallies, and one chain with one link each, the head at the last.
    let counts = store
        .scope_counts(&Scope::Everything, date!(2026 - 11 - 03))
        .await
        .unwrap();
    let mut by_unit = BTreeMap::new();
    for i in ids.keys() {
        *by_unit.entry(varied(*i).unit_code).or_insert(0) += 1;
    }
    let tallied = counts
        .states
        .iter()
        .map(|c| (c.unit_code.clone(), c.n))
        .collect::<BTreeMap<_, _>>();
    assert_eq!(tallied, by_unit);
    let all = ComplaintFilter {
        per_page: 500,
        page: 1,
        ..Default::default()
    };
    let rows = store
        .list_complaints(&Scope::Everything, &all)
        .await
        .unwrap();
    assert_eq!(rows.len() as i64, kept);
    for day in [date!(2026 - 11 - 05), date!(2026 - 11 - 07)] {
        let mut due = BTreeMap::new();
        for r in &rows {
            let d = r.acknowledge_by;
            let e = due.entry(r.unit_code.clone()).or_insert((0, 0));
            e.0 += i64::from(r.is_late(day));
            e.1 += i64::from(d >= day && d <= day.next_day().unwrap());
        }
        let counted = store.scope_counts(&Scope::Everything, day).await.unwrap();
        let counted = counted
            .due
            .into_iter()
            .map(|d| (d.unit_code, (d.late, d.soon)))
            .collect::<BTreeMap<_, _>>();
        assert_eq!(counted, due, "{day}");
    }
    // The reach, by channel and by region.
    let (from, to) = (date!(2026 - 11 - 01), date!(2026 - 11 - 20));
    for region in [None, Some("BF13"), Some("BF53")] {
        let mut reach = BTreeMap::new();
        for c in store
            .reach_counts(&Scope::Everything, region, from, to)
            .await
            .unwrap()
        {
            assert_eq!(c.day, "2026-11-03");
            *reach.entry(c.channel).or_insert(0) += c.n;
        }
        let mut sent = BTreeMap::new();
        for i in ids.keys() {
            let n = varied(*i);
            let place = n.commune_code.as_deref().map(|c| &c[..4]);
            if region.is_none() || place == region {
                *sent.entry(n.channel.as_str().to_owned()).or_insert(0) += 1;
            }
        }
        assert_eq!(reach, sent, "{region:?}");
    }
    assert_eq!(
        store.verify_audit().await.unwrap(),
        AuditReport::Intact { events: kept }
    );
    assert_eq!(store.audit_heads().await.unwrap().complaints.seq, kept);
}

contract!(complaints_filed_together_hold_what_each_holds_alone);
