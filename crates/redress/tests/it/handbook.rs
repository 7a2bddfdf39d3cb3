//! The staff handbook in the back-office: every role reads every topic in French and in
//! English, Mooré readers get the French text with a note, unknown names are 404, and the
//! links from the places where each step happens land on anchors that exist.

use crate::pages::Browser;
use crate::staff::{sign_in, staff_member};
use crate::support::{Auth, TestApp, health_complaint};
use axum::http::StatusCode;
use domain::{Language, Role};
use redress::handbook::TOPICS;
use redress::i18n::Lang;
use serde_json::json;
use store::on_both_backends;
use store::testing::TestDb;

const PASSWORD: &str = "a long enough password";

/// Whether `body` shows `text`, escaped as askama (`'` too) or as pulldown-cmark does.
fn shows(body: &str, text: &str) -> bool {
    let markdown = text
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;");
    body.contains(&markdown) || body.contains(&markdown.replace('\'', "&#39;"))
}

fn title(name: &str, lang: Language) -> String {
    TOPICS
        .iter()
        .find(|t| t.name == name)
        .unwrap()
        .text(Lang(lang))
        .title
}

async fn handbook_every_role_reads_every_topic_in_french_and_english(db: &TestDb) {
    let app = TestApp::new(db).await;
    let mut out = Browser::new(&app);
    for path in ["/staff/handbook", "/staff/handbook/handling"] {
        let p = out.get(path).await;
        assert_eq!(p.status, StatusCode::SEE_OTHER, "signed out: {path}");
        assert_eq!(p.location(), "/staff/");
    }

    let people = [
        ("admin@redress.bf", Role::Admin, None, "deadlines"),
        ("chef@sante.bf", Role::Supervisor, Some("SAN"), "handling"),
        (
            "agent@sante.bf",
            Role::Officer,
            Some("SAN-BF13"),
            "handling",
        ),
        (
            "accueil@sante.bf",
            Role::Intake,
            Some("SAN-BF13"),
            "handling",
        ),
        ("audit@redress.bf", Role::Auditor, None, "roles"),
    ];
    for (email, role, unit, first) in people {
        staff_member(&app, email, role, unit).await;
        let mut b = Browser::new(&app);
        assert_eq!(
            sign_in(&mut b, email, PASSWORD).await,
            StatusCode::SEE_OTHER
        );
        for (tag, lang, heading) in [
            ("fr", Language::French, "Manuel du personnel"),
            ("en", Language::English, "Staff handbook"),
        ] {
            let list = b.get(&format!("/staff/handbook?lang={tag}")).await;
            assert_eq!(list.status, StatusCode::OK, "{role} {tag}");
            assert!(list.body.contains(heading), "{role} {tag}: {}", list.body);
            assert!(
                list.body.contains(r#"<a href="/staff/handbook">"#),
                "in the staff navigation"
            );
            assert!(!list.body.contains("id=\"untranslated\""), "{role} {tag}");
            let mine = list.body.find("id=\"mine\"").unwrap();
            let first_link = list.body[mine..].find("/staff/handbook/").unwrap() + mine;
            assert!(
                list.body[first_link..].starts_with(&format!("/staff/handbook/{first}\"")),
                "{role}: its own topics first"
            );
            for t in &TOPICS {
                assert!(
                    shows(&list.body, &title(t.name, lang)),
                    "{role} {tag} {}",
                    t.name
                );
                let page = b
                    .get(&format!("/staff/handbook/{}?lang={tag}", t.name))
                    .await;
                assert_eq!(page.status, StatusCode::OK, "{role} {tag} {}", t.name);
                assert!(
                    shows(&page.body, &title(t.name, lang)),
                    "{role} {tag} {}: {}",
                    t.name,
                    page.body
                );
                assert!(
                    page.body
                        .contains(&format!("<article class=\"handbook\" lang=\"{tag}\">"))
                );
                assert!(
                    page.body.contains("<h1 id="),
                    "the topic's title is the page's h1"
                );
                assert!(!page.body.to_lowercase().contains("<script"), "{}", t.name);
                assert!(!page.body.contains(" onclick="), "{}", t.name);
            }
        }
    }

    // Accept-Language alone chooses English.
    let mut en = Browser::new(&app);
    en.accept_language = Some("en-GB,en;q=0.9");
    sign_in(&mut en, "agent@sante.bf", PASSWORD).await;
    let page = en.get("/staff/handbook/deadlines").await;
    assert!(
        shows(&page.body, &title("deadlines", Language::English)),
        "{}",
        page.body
    );

    // Mooré (and the other national languages): the French text, with the note that it
    // awaits a native translator.
    for tag in ["mos", "dyu", "ff"] {
        let mut b = Browser::new(&app);
        sign_in(&mut b, "agent@sante.bf", PASSWORD).await;
        for path in ["/staff/handbook", "/staff/handbook/denunciations"] {
            let page = b.get(&format!("{path}?lang={tag}")).await;
            assert_eq!(page.status, StatusCode::OK, "{tag} {path}");
            assert!(page.body.contains(&format!("<html lang=\"{tag}\"")));
            assert!(page.body.contains("id=\"untranslated\""), "{tag} {path}");
            assert!(
                page.body.contains("attend un traducteur natif"),
                "{}",
                page.body
            );
            assert!(shows(&page.body, &title("denunciations", Language::French)));
        }
        let page = b.get("/staff/handbook/handling").await;
        assert!(
            page.body
                .contains("<article class=\"handbook\" lang=\"fr\">")
        );
    }

    // Unknown topics and anything that looks like a path are simply not found.
    let mut b = Browser::new(&app);
    sign_in(&mut b, "agent@sante.bf", PASSWORD).await;
    for bad in [
        "nothing",
        "..%2Fhandling",
        "..%2F..%2F..%2FCargo.toml",
        "..%2F..%2Fsrc%2Flib.rs",
        "%2E%2E",
        "handling.md",
        "HANDLING",
        "fr%2Fhandling",
        "handling%00",
    ] {
        let page = b.get(&format!("/staff/handbook/{bad}")).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{bad}");
        assert!(!page.body.contains("# "), "{bad}: no file content");
    }
}
on_both_backends!(handbook_every_role_reads_every_topic_in_french_and_english);

type Links = Vec<(String, Option<String>)>;

/// Keeps the handbook links of a page that must have some.
fn page(body: String, links: &mut Links, what: &str) -> String {
    let found = handbook_links(&body);
    assert!(!found.is_empty(), "{what} links to the handbook");
    links.extend(found);
    body
}

/// The `/staff/handbook/...` links of a page: (topic, anchor).
fn handbook_links(body: &str) -> Links {
    body.match_indices("href=\"/staff/handbook/")
        .map(|(i, m)| {
            let rest = &body[i + m.len()..];
            let href = &rest[..rest.find('"').unwrap()];
            match href.split_once('#') {
                Some((t, a)) => (t.to_owned(), Some(a.to_owned())),
                None => (href.to_owned(), None),
            }
        })
        .collect()
}

async fn handbook_links_from_each_step_land_on_anchors_that_exist(db: &TestDb) {
    let app = TestApp::new(db).await;
    staff_member(&app, "admin@redress.bf", Role::Admin, None).await;
    let token = app.staff("api@redress.bf", Role::Admin, None).await;
    app.staff("agent@sante.bf", Role::Officer, Some("SAN-BF13"))
        .await;
    let (code, _) = app.file(health_complaint()).await;
    let mut denunciation = health_complaint();
    denunciation["kind"] = json!("denunciation");
    let (reported, _) = app.file(denunciation).await;

    let mut b = Browser::new(&app);
    sign_in(&mut b, "admin@redress.bf", PASSWORD).await;
    let mut links = Vec::new();
    let steps = [
        json!({"action": "accept"}),
        json!({"action": "assign", "assignee": "agent@sante.bf"}),
        json!({"action": "start"}),
        json!({"action": "answer", "message": "Les frais vous seront remboursés."}),
    ];
    let received = b.get(&format!("/staff/complaints/{code}")).await.body;
    let received = page(received, &mut links, "received");
    for a in ["accept", "reject", "note", "duplicate"] {
        assert!(
            received.contains(&format!("href=\"/staff/handbook/handling#{a}\"")),
            "{a}: {received}"
        );
    }
    assert!(received.contains("href=\"/staff/handbook/deadlines\""));
    assert!(received.contains(">Manuel : Accepter</a>"), "{received}");
    let english = b
        .get(&format!("/staff/complaints/{code}?lang=en"))
        .await
        .body;
    assert!(english.contains(">Handbook: Accept</a>"), "{english}");
    b.get("/staff/home?lang=fr").await;
    for step in &steps {
        app.act_all(&code, Auth::Token(&token), std::slice::from_ref(step))
            .await;
        let body = b.get(&format!("/staff/complaints/{code}")).await.body;
        let body = page(body, &mut links, "a complaint");
        if step["action"] == "start" {
            assert!(
                body.contains("href=\"/staff/handbook/answers\""),
                "the answer form"
            );
        }
    }
    let body = b.get(&format!("/staff/complaints/{reported}")).await.body;
    let body = page(body, &mut links, "a denunciation");
    assert!(body.contains("href=\"/staff/handbook/denunciations#reveal\""));
    for path in [
        "/staff/guide",
        "/staff/guide/SAN-FEES",
        "/staff/admin/categories",
        "/staff/admin/holidays",
    ] {
        let body = b.get(path).await.body;
        page(body, &mut links, path);
    }

    let actions: Vec<&str> = links
        .iter()
        .filter(|(t, _)| t == "handling")
        .filter_map(|(_, a)| a.as_deref())
        .collect();
    for a in [
        "accept",
        "reject",
        "assign",
        "start",
        "answer",
        "close",
        "transfer",
        "extend",
        "note",
        "duplicate",
    ] {
        assert!(actions.contains(&a), "a link to handling#{a}: {actions:?}");
    }
    links.sort();
    links.dedup();
    for tag in ["fr", "en"] {
        for (topic, anchor) in &links {
            let page = b.get(&format!("/staff/handbook/{topic}?lang={tag}")).await;
            assert_eq!(page.status, StatusCode::OK, "{topic}");
            if let Some(a) = anchor {
                assert!(
                    page.body.contains(&format!("id=\"{a}\"")),
                    "{tag}: /staff/handbook/{topic} has no #{a}"
                );
            }
        }
    }
    // The topics' own links to each other land too.
    for t in &TOPICS {
        for tag in ["fr", "en"] {
            let body = b
                .get(&format!("/staff/handbook/{}?lang={tag}", t.name))
                .await
                .body;
            for (topic, anchor) in handbook_links(&body) {
                let target = b.get(&format!("/staff/handbook/{topic}?lang={tag}")).await;
                assert_eq!(target.status, StatusCode::OK, "{} → {topic}", t.name);
                if let Some(a) = anchor {
                    assert!(
                        target.body.contains(&format!("id=\"{a}\"")),
                        "{tag}: {} links to {topic}#{a}",
                        t.name
                    );
                }
            }
        }
    }
}
on_both_backends!(handbook_links_from_each_step_land_on_anchors_that_exist);
