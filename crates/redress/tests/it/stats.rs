//! The statistics are exactly what the database holds: after every kind of change, the
//! cohort counters equal counts made directly from the complaints and their events, by
//! every grouping, on both backends; the migration's backfill gives the same numbers.

use crate::support::{Auth, TestApp};
use domain::Role;
use serde_json::json;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use store::testing::TestDb;
use store::{ComplaintFilter, Scope, StatsBy, StatsFilter, StatsRow, on_both_backends};
use time::OffsetDateTime;

const BYS: [StatsBy; 5] = [
    StatsBy::Department,
    StatsBy::Category,
    StatsBy::Region,
    StatsBy::Month,
    StatsBy::Kind,
];

/// Counters and days-to-answer counted straight from the complaints and their events.
async fn direct(
    app: &TestApp,
    by: StatsBy,
) -> (BTreeMap<String, StatsRow>, BTreeMap<(String, i32), i64>) {
    let store = &app.state.store;
    let catalog = app.state.catalog();
    let rows = store
        .list_complaints(
            &Scope::Everything,
            &ComplaintFilter {
                per_page: 10_000,
                ..ComplaintFilter::default()
            },
        )
        .await
        .unwrap();
    let mut counters: BTreeMap<String, StatsRow> = BTreeMap::new();
    let mut days: BTreeMap<(String, i32), i64> = BTreeMap::new();
    for row in rows {
        let received = row.received_at;
        let department = catalog
            .category(&row.category_code)
            .unwrap()
            .department_code
            .clone();
        let region = row
            .commune_code
            .as_deref()
            .and_then(|c| catalog.region_of(c))
            .unwrap_or_default();
        let group = match by {
            StatsBy::Department => department,
            StatsBy::Category => row.category_code.clone(),
            StatsBy::Region => region,
            StatsBy::Month => format!("{:04}-{:02}", received.year(), received.month() as u8),
            StatsBy::Kind => row.kind.as_str().to_owned(),
        };
        let events = store.events_of(row.id).await.unwrap();
        let first_answer = events.iter().find(|e| e.action == "answer");
        // The deadline in force when it was answered, as the trail keeps it.
        let due = first_answer.map(|e| {
            time::Date::parse(
                e.data()["due"].as_str().unwrap(),
                time::macros::format_description!("[year]-[month]-[day]"),
            )
            .unwrap()
        });
        let first_answer = first_answer.map(|e| e.at.date());
        let c = counters.entry(group.clone()).or_insert_with(|| StatsRow {
            key: group.clone(),
            ..StatsRow::default()
        });
        c.received += 1;
        if let Some(day) = first_answer {
            c.answered += 1;
            c.answered_on_time += i64::from(Some(day) <= due);
            let d = (day - received.date()).whole_days() as i32;
            *days.entry((group.clone(), d)).or_default() += 1;
        }
        c.rejected += i64::from(row.status == domain::State::Rejected);
        let pending = matches!(
            row.status,
            domain::State::Received
                | domain::State::Accepted
                | domain::State::Assigned
                | domain::State::InProgress
                | domain::State::Appealed
        );
        c.overdue += i64::from(row.escalation_level > 0 && pending);
        c.withdrawn += i64::from(row.status == domain::State::Withdrawn);
        for e in &events {
            match e.action.as_str() {
                "appeal" => c.appeals += 1,
                "rate" => {
                    c.ratings += 1;
                    c.rating_sum += e.data()["score"].as_i64().unwrap();
                }
                _ => {}
            }
        }
    }
    (counters, days)
}

async fn assert_exact(app: &TestApp, when: &str) {
    for by in BYS {
        let (expected, expected_days) = direct(app, by).await;
        let got: BTreeMap<String, StatsRow> = app
            .state
            .store
            .stats(by, StatsFilter::default())
            .await
            .unwrap()
            .into_iter()
            .filter(|r| r.received != 0 || r.answered != 0)
            .map(|r| (r.key.clone(), r))
            .collect();
        assert_eq!(got, expected, "{when}, by {by:?}");
        let got_days: BTreeMap<(String, i32), i64> = app
            .state
            .store
            .stats_answer_days(by, StatsFilter::default())
            .await
            .unwrap()
            .into_iter()
            .map(|(k, d, n)| ((k, d), n))
            .collect();
        assert_eq!(got_days, expected_days, "{when}, days by {by:?}");
    }
}

async fn statistics_are_exactly_what_the_database_holds(db: &TestDb) {
    let app = TestApp::new(db).await;
    // A clock that can be moved forward, to answer late.
    let offset = Arc::new(AtomicI64::new(0));
    let clock = offset.clone();
    let state = app.state.clone().with_clock(Arc::new(move || {
        OffsetDateTime::now_utc() + time::Duration::days(clock.load(Ordering::SeqCst))
    }));
    let app = TestApp {
        router: redress::web::router(state.clone()),
        state,
    };
    let admin = app.staff("admin@gov.bf", Role::Admin, None).await;
    let file = |category: &str, commune: Option<&str>, kind: &str| {
        let mut body = json!({
            "category": category,
            "kind": kind,
            "description": "Un problème assez long pour être une plainte valable ici.",
        });
        if let Some(c) = commune {
            body["location"] = json!({"commune": c});
        }
        body
    };
    let (a, _) = app
        .file(file("SAN-FEES", Some("BF130004"), "complaint"))
        .await;
    let (b, secret_b) = app
        .file(file("EDU-EXAMS", Some("BF130004"), "complaint"))
        .await;
    let (c, secret_c) = app.file(file("SAN-WAIT", None, "suggestion")).await;
    let (d, _) = app
        .file(file("JUS-CORRUPTION", Some("BF130004"), "denunciation"))
        .await;
    assert_exact(&app, "after filing").await;
    let handle = |code: String, message: &'static str| {
        let app = &app;
        let admin = admin.clone();
        async move {
            app.act_all(
                &code,
                Auth::Token(&admin),
                &[
                    json!({"action": "accept"}),
                    json!({"action": "assign", "assignee": "admin@gov.bf"}),
                    json!({"action": "start"}),
                    json!({"action": "answer", "message": message}),
                ],
            )
            .await;
        }
    };
    handle(a.clone(), "Réponse donnée à temps.").await;
    assert_exact(&app, "after an answer on time").await;
    offset.store(40, Ordering::SeqCst);
    // The sweep finds the open ones past their deadline.
    let now = app.state.now();
    let raised = redress::workers::deadlines::escalate_once(&app.state, now)
        .await
        .unwrap();
    assert!(raised >= 3, "{raised}");
    assert_exact(&app, "after the escalation sweep").await;
    handle(b.clone(), "Réponse donnée en retard.").await;
    assert_exact(&app, "after a late answer").await;
    app.act_all(
        &d,
        Auth::Token(&admin),
        &[json!({"action": "reject", "reason": "Hors du champ du mécanisme."})],
    )
    .await;
    let r = app
        .act(&c, Auth::Secret(&secret_c), json!({"action": "withdraw"}))
        .await;
    assert_eq!(r.status, axum::http::StatusCode::OK, "{}", r.json);
    assert_exact(&app, "after a rejection and a withdrawal").await;
    let r = app
        .act(
            &b,
            Auth::Secret(&secret_b),
            json!({"action": "rate", "score": 2}),
        )
        .await;
    assert_eq!(r.status, axum::http::StatusCode::OK, "{}", r.json);
    let r = app
        .act(
            &b,
            Auth::Secret(&secret_b),
            json!({"action": "appeal", "reason": "La réponse ne règle rien du tout."}),
        )
        .await;
    assert_eq!(r.status, axum::http::StatusCode::OK, "{}", r.json);
    assert_exact(&app, "after a rating and an appeal").await;
    // Reopened and answered again: still one answer.
    app.act_all(
        &b,
        Auth::Token(&admin),
        &[
            json!({"action": "assign", "assignee": "admin@gov.bf"}),
            json!({"action": "start"}),
            json!({"action": "answer", "message": "Nouvelle réponse après l'appel."}),
        ],
    )
    .await;
    assert_exact(&app, "after a second answer").await;
    // Filed by SMS then classified: it moves from the triage category to the one chosen.
    app.sms(
        "70112233",
        "Au CSPS on fait payer les consultations des enfants.",
        "s1",
    )
    .await;
    app.sms("70112233", "4", "s2").await;
    assert_exact(&app, "after an SMS filing").await;
    app.sms("70112233", "2", "s3").await;
    assert_exact(&app, "after an SMS classification").await;

    // The migration's backfill counts the same from the stored complaints.
    let migration = if db.is_postgres() {
        include_str!("../../../store/migrations/postgres/0015_stats.sql")
    } else {
        include_str!("../../../store/migrations/sqlite/0015_stats.sql")
    };
    let backfill = &migration[migration.find("CREATE TEMP TABLE stats_seed").unwrap()..];
    // On PostgreSQL the roll-up follows the cohorts by trigger (migration 0023): the
    // backfill's inserts fill it, and the figures below check it; SQLite fills it as 0016 did.
    let rollup = if db.is_postgres() {
        ""
    } else {
        let sql = include_str!("../../../store/migrations/sqlite/0016_stats_rollup.sql");
        &sql[sql.find("INSERT INTO stats_rollup").unwrap()..]
    };
    db.execute_raw(&format!(
        "DELETE FROM stats_cohorts; DELETE FROM stats_answer_days; DELETE FROM stats_rollup; \
         DELETE FROM stats_rollup_days; {backfill} {rollup}"
    ))
    .await
    .unwrap();
    // Between the two, one more answer was given: the backfill sees it too, in the
    // cohorts (read by kind) and in the roll-up (read by the other groupings).
    assert_exact(&app, "after the backfill").await;
}
on_both_backends!(statistics_are_exactly_what_the_database_holds);

/// `/stats` shows the figures, their charts and the audit head in every language, and
/// refuses filters out of range with a clear message.
async fn stats_page_in_every_language(db: &TestDb) {
    let app = TestApp::new(db).await;
    let admin = app.staff("admin@gov.bf", Role::Admin, None).await;
    for _ in 0..3 {
        let (code, _) = app.file(crate::support::health_complaint()).await;
        app.act_all(
            &code,
            Auth::Token(&admin),
            &[
                json!({"action": "accept"}),
                json!({"action": "assign", "assignee": "admin@gov.bf"}),
                json!({"action": "start"}),
                json!({"action": "answer", "message": "Réponse."}),
            ],
        )
        .await;
    }
    app.file(json!({"category": "EDU-FEES", "description": "On demande de l'argent pour les examens de fin d'année."})).await;
    let head = app.state.store.audit_heads().await.unwrap().complaints.hash;
    let html = |uri: &str| {
        let app = &app;
        let uri = uri.to_owned();
        async move {
            let r = app.get(&uri, Auth::None).await;
            (r.status, r.json.as_str().unwrap_or_default().to_owned())
        }
    };
    for lang in ["fr", "en", "mos", "dyu", "ff"] {
        let (status, page) = html(&format!("/stats?lang={lang}")).await;
        assert_eq!(status, axum::http::StatusCode::OK, "{lang}");
        assert!(page.contains(&head), "{lang}: the audit head is published");
        assert_eq!(page.matches("<svg class=\"chart\"").count(), 4, "{lang}");
        assert!(
            page.contains("<title id="),
            "{lang}: charts have a text alternative"
        );
        assert!(page.len() < 30 * 1024, "{lang}: {} bytes", page.len());
    }
    let (_, page) = html("/stats?lang=fr").await;
    // Santé: 3 received, 3 answered, all on time; Éducation: 1 received.
    assert!(page.contains("<tr><th scope=\"row\">Santé</th><td>3</td><td>3</td><td>100 %</td><td>0</td><td>0</td><td>0</td>"), "{page}");
    assert!(
        page.contains("<tr><th scope=\"row\">Éducation</th><td>1</td><td>0</td><td>—</td>"),
        "{page}"
    );
    let (_, filtered) = html("/stats?department=EDU").await;
    assert!(!filtered.contains("<th scope=\"row\">Santé</th>"));
    let month = {
        let t = time::OffsetDateTime::now_utc();
        format!("{:04}-{:02}", t.year(), t.month() as u8)
    };
    let (status, _) = html(&format!("/stats?from={month}&to={month}&region=BF13")).await;
    assert_eq!(status, axum::http::StatusCode::OK);
    for (query, message) in [
        ("department=XYZ", "Ce ministère n'existe pas."),
        ("region=BF99", "Cette région n'existe pas."),
        ("from=2026-13", "Un mois s'écrit AAAA-MM"),
        (
            "from=2026-05&to=2026-01",
            "Le premier mois doit précéder le second.",
        ),
    ] {
        let (status, page) = html(&format!("/stats?{query}")).await;
        assert_eq!(status, axum::http::StatusCode::BAD_REQUEST, "{query}");
        assert!(page.contains(&message.replace('\'', "&#39;")), "{query}");
    }
}
on_both_backends!(stats_page_in_every_language);
