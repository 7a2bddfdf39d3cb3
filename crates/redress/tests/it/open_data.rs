//! Open data: no personal data in any file (every name, phone, e-mail and description of
//! the demo searched for), the small-count rule, denunciations only in aggregates, the same
//! files from `/open-data/` and `redress export`, valid files from an empty database.

use crate::support::{Auth, TestApp};
use std::collections::HashMap;
use std::process::Command;
use store::testing::TestDb;
use store::{ComplaintFilter, Scope, on_both_backends};

fn redress(db: &TestDb, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_redress"))
        .args(args)
        .env("REDRESS_DATABASE_URL", &db.url)
        .env("REDRESS_DATA_DIR", &db.dir)
        .env_remove("REDRESS_CONFIG")
        .current_dir(&db.dir)
        .output()
        .unwrap()
}

async fn download(app: &TestApp, file: &str) -> String {
    let r = app.get(&format!("/open-data/{file}"), Auth::None).await;
    assert_eq!(r.status, axum::http::StatusCode::OK, "{file}");
    match r.json {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    }
}

async fn open_data_without_personal_data(db: &TestDb) {
    assert!(redress(db, &["demo"]).status.success());
    let app = TestApp::new(db).await;
    // Five complaints of one subject in one commune this month (shown down to the
    // commune) and one alone elsewhere (its place merged upward or withheld).
    let mut five = Vec::new();
    for i in 0..5 {
        let (code, _) = app
            .file(serde_json::json!({
                "category": "SAN-STOCKOUT",
                "description": format!("Plus de paracétamol au CSPS depuis {i} semaines, madame Zida le confirme."),
                "location": {"commune": "BF130004"},
                "complainant": {"name": "Salimata Zida", "phone": "76 55 44 33", "email": "salimata@example.bf"},
            }))
            .await;
        five.push(code);
    }
    let (alone, _) = app
        .file(serde_json::json!({
            "category": "SAN-STOCKOUT",
            "description": "Plus de vaccins au dispensaire de Dori depuis un mois.",
            "location": {"commune": "BF560202"},
        }))
        .await;
    // Everything personal the database holds.
    let store = &app.state.store;
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
    let mut personal: Vec<String> = Vec::new();
    let mut denunciations = Vec::new();
    for row in &rows {
        if let Some(who) = store.reveal_complainant(row) {
            for v in [who.name, who.email].into_iter().flatten() {
                personal.push(v);
            }
            if let Some(phone) = who.phone {
                personal.push(phone[4..].to_owned()); // the 8 digits, with or without +226
            }
        }
        // Any 4 consecutive words of a description (free text is never published).
        let words: Vec<&str> = row.description.split_whitespace().collect();
        if words.len() >= 4 {
            personal.push(words[..4].join(" "));
        }
        if row.kind == domain::Kind::Denunciation {
            denunciations.push(row.display_code());
        }
    }
    for staff in store.all_staff().await.unwrap() {
        personal.push(staff.email.clone());
        personal.push(staff.name.clone());
    }
    assert!(personal.len() > 50, "{}", personal.len());
    assert!(!denunciations.is_empty(), "the demo has denunciations");

    let mut files = HashMap::new();
    for f in [
        "complaints.csv",
        "complaints.json",
        "aggregates.csv",
        "aggregates.json",
        "dictionary.csv",
        "dictionary.json",
        "audit-head.json",
    ] {
        files.insert(f.to_owned(), download(&app, f).await);
    }
    let out = db.dir.join("export");
    for format in ["csv", "json"] {
        let o = redress(
            db,
            &["export", "--format", format, "--out", out.to_str().unwrap()],
        );
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    for f in [
        "complaints.csv",
        "complaints.json",
        "aggregates.csv",
        "aggregates.json",
        "dictionary.csv",
    ] {
        let exported = std::fs::read_to_string(out.join(f)).unwrap();
        if f.ends_with(".json") {
            let a: serde_json::Value = serde_json::from_str(&exported).unwrap();
            let b: serde_json::Value = serde_json::from_str(&files[f]).unwrap();
            assert_eq!(a, b, "{f}: the same from the web and the command");
        } else {
            assert_eq!(
                exported.trim(),
                files[f].trim(),
                "{f}: the same from the web and the command"
            );
        }
    }
    files.insert(
        "export/audit-head.json".into(),
        std::fs::read_to_string(out.join("audit-head.json")).unwrap(),
    );
    for (name, text) in &files {
        for p in &personal {
            assert!(!text.contains(p.as_str()), "{name} holds {p:?}");
        }
        for code in &denunciations {
            if name.starts_with("complaints") {
                assert!(
                    !text.contains(code.as_str()),
                    "{name} lists the denunciation {code}"
                );
            }
        }
    }
    // Small counts: the five show their commune, the one alone does not.
    let listed: Vec<serde_json::Value> = serde_json::from_str(&files["complaints.json"]).unwrap();
    let find = |code: &str| {
        listed
            .iter()
            .find(|r| r["tracking_code"] == code)
            .unwrap()
            .clone()
    };
    for code in &five {
        assert_eq!(find(code)["commune"], "BF130004", "{code}");
    }
    let lone = find(&alone);
    assert_eq!(lone["commune"], "", "{lone}");
    assert_eq!(lone["province"], "", "{lone}");
    // No commune shown for fewer than 5 of a subject in a month.
    let mut groups: HashMap<(String, String, String), usize> = HashMap::new();
    for r in &listed {
        let commune = r["commune"].as_str().unwrap();
        if !commune.is_empty() {
            let month = r["received_on"].as_str().unwrap()[..7].to_owned();
            *groups
                .entry((
                    r["category"].as_str().unwrap().to_owned(),
                    commune.to_owned(),
                    month,
                ))
                .or_default() += 1;
        }
    }
    assert!(groups.values().all(|n| *n >= 5), "{groups:?}");
    // Aggregates: denunciations are counted; small cohorts show no counts.
    let aggregates: Vec<serde_json::Value> =
        serde_json::from_str(&files["aggregates.json"]).unwrap();
    assert!(aggregates.iter().any(|a| a["kind"] == "denunciation"));
    for a in &aggregates {
        if a["suppressed"] == true {
            assert!(a["received"].is_null() && a["answered"].is_null(), "{a}");
        } else {
            assert!(a["received"].as_i64().unwrap() >= 5, "{a}");
        }
    }
    let csv_header = files["complaints.csv"].lines().next().unwrap();
    assert_eq!(
        csv_header,
        "tracking_code,department,category,kind,channel,region,province,commune,received_on,state,answer_deadline,answered_on,answered_on_time,late,published_answer"
    );
    let page = app.get("/open-data/", Auth::None).await;
    assert!(
        page.json.as_str().unwrap().contains("5"),
        "the rule is on the page"
    );
}
on_both_backends!(open_data_without_personal_data);

/// An empty database exports valid files.
async fn open_data_of_an_empty_database(db: &TestDb) {
    let out = db.dir.join("empty");
    for format in ["csv", "json"] {
        let o = redress(
            db,
            &["export", "--format", format, "--out", out.to_str().unwrap()],
        );
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let csv = std::fs::read_to_string(out.join("complaints.csv")).unwrap();
    assert_eq!(csv.lines().count(), 1, "a header and nothing else: {csv}");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("complaints.json")).unwrap())
            .unwrap();
    assert_eq!(json, serde_json::json!([]));
    let aggregates: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("aggregates.json")).unwrap())
            .unwrap();
    assert_eq!(aggregates, serde_json::json!([]));
    assert!(
        std::fs::read_to_string(out.join("aggregates.csv"))
            .unwrap()
            .starts_with("month,department")
    );
    let o = redress(db, &["export", "--format", "xml"]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("choose csv or json"));
}
on_both_backends!(open_data_of_an_empty_database);

/// A supervisor publishes an answer: the open data holds it without the e-mail, phone or
/// name it contained; an officer may not publish; a denunciation's answer is never published.
async fn published_answers_are_scrubbed(db: &TestDb) {
    let app = TestApp::new(db).await;
    crate::staff::staff_member(&app, "chef@sante.bf", domain::Role::Supervisor, Some("SAN")).await;
    crate::staff::staff_member(
        &app,
        "agent@sante.bf",
        domain::Role::Officer,
        Some("SAN-BF13"),
    )
    .await;
    let admin = app.staff("admin@gov.bf", domain::Role::Admin, None).await;
    let answer = "Madame Salimata Zida, le comptable vous rendra les 2000 F ; appelez le 76 55 44 33 ou écrivez à compta@sante.bf.";
    let mut codes = Vec::new();
    for kind in ["complaint", "denunciation"] {
        let (code, _) = app
            .file(serde_json::json!({
                "category": "SAN-FEES",
                "kind": kind,
                "description": "On m'a fait payer une consultation qui est gratuite au CSPS.",
                "location": {"commune": "BF130004"},
                "complainant": {"name": "Salimata Zida", "phone": "76 55 44 33"},
            }))
            .await;
        app.act_all(
            &code,
            Auth::Token(&admin),
            &[
                serde_json::json!({"action": "accept"}),
                serde_json::json!({"action": "assign", "assignee": "agent@sante.bf"}),
            ],
        )
        .await;
        codes.push(code);
    }
    for code in &codes {
        let mut officer = crate::pages::Browser::new(&app);
        crate::staff::sign_in(&mut officer, "agent@sante.bf", "a long enough password").await;
        let page = officer.get(&format!("/staff/complaints/{code}")).await;
        let csrf = page.field("csrf");
        for (action, extra) in [("start", None), ("answer", Some(("message", answer)))] {
            let mut form = vec![("csrf", csrf.as_str()), ("action", action)];
            if let Some(e) = extra {
                form.push(e);
            }
            let r = officer
                .post_form(&format!("/staff/complaints/{code}/act"), &form)
                .await;
            assert!(
                r.status.is_success() || r.status.is_redirection(),
                "{action}: {}",
                r.status
            );
        }
        // An officer has no button and is refused.
        assert!(
            !officer
                .get(&format!("/staff/complaints/{code}"))
                .await
                .body
                .contains("/publish\"")
        );
        let r = officer
            .post_form(
                &format!("/staff/complaints/{code}/publish"),
                &[("csrf", &csrf)],
            )
            .await;
        assert_eq!(r.status, axum::http::StatusCode::FORBIDDEN, "officer");
    }
    let mut chef = crate::pages::Browser::new(&app);
    crate::staff::sign_in(&mut chef, "chef@sante.bf", "a long enough password").await;
    let page = chef.get(&format!("/staff/complaints/{}", codes[0])).await;
    assert!(page.body.contains("/publish\""), "a supervisor may publish");
    let csrf = page.field("csrf");
    let r = chef
        .post_form(
            &format!("/staff/complaints/{}/publish", codes[0]),
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(r.status, axum::http::StatusCode::SEE_OTHER);
    let page = chef.get(&format!("/staff/complaints/{}", codes[1])).await;
    assert!(!page.body.contains("/publish\""), "not for a denunciation");
    let r = chef
        .post_form(
            &format!("/staff/complaints/{}/publish", codes[1]),
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(r.status, axum::http::StatusCode::CONFLICT, "denunciation");

    let listed: Vec<serde_json::Value> =
        serde_json::from_str(&download(&app, "complaints.json").await).unwrap();
    let published = listed
        .iter()
        .find(|r| r["tracking_code"] == codes[0].as_str())
        .unwrap()["published_answer"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        published,
        "Madame […] […] le comptable vous rendra les 2000 F ; appelez le […] ou écrivez à […]"
    );
    let csv = download(&app, "complaints.csv").await;
    for personal in ["Salimata", "Zida", "76 55 44 33", "compta@sante.bf"] {
        assert!(!csv.contains(personal), "{personal}");
    }
    assert!(
        listed
            .iter()
            .all(|r| r["tracking_code"] != codes[1].as_str())
    );
}
on_both_backends!(published_answers_are_scrubbed);
