//! Linking a complaint as a duplicate of an earlier one about the same problem: by the API
//! and the staff page, within scope, once, never to a duplicate, never from a final state.

use crate::pages::Browser;
use crate::staff::{sign_in, staff_member};
use crate::support::{Auth, TestApp, health_complaint};
use axum::http::StatusCode;
use domain::Role;
use serde_json::json;
use store::on_both_backends;
use store::testing::TestDb;

async fn a_complaint_is_linked_once_to_an_original_in_scope(db: &TestDb) {
    let app = TestApp::new(db).await;
    staff_member(&app, "agent@sante.bf", Role::Officer, Some("SAN-BF13")).await;
    let officer = app
        .staff("agent2@sante.bf", Role::Officer, Some("SAN-BF13"))
        .await;
    let auditor = app.staff("audit@redress.bf", Role::Auditor, None).await;
    let (original, _) = app.file(health_complaint()).await;
    let (dup, dup_secret) = app.file(health_complaint()).await;
    let (third, third_secret) = app.file(health_complaint()).await;
    let mut bobo = health_complaint();
    bobo["location"] = json!({"commune": "BF530102"});
    let (elsewhere, _) = app.file(bobo).await;
    let link = |code: &str, of: &str| {
        let (code, of, officer) = (code.to_owned(), of.to_owned(), officer.clone());
        let app = &app;
        async move {
            app.act(
                &code,
                Auth::Token(&officer),
                json!({"action": "duplicate", "of": of}),
            )
            .await
        }
    };

    // Refusals first, each leaving nothing behind.
    let before = app.footprint().await;
    for (of, says) in [
        (third.as_str(), "itself"),
        (elsewhere.as_str(), "no complaint"),
        ("ZZZZ-ZZZZ-ZZZ", "not a tracking code"),
        ("", "of"),
    ] {
        let r = link(&third, of).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{of}: {}",
            r.json
        );
        assert!(
            r.json["error"]["message"].as_str().unwrap().contains(says),
            "{of}: {}",
            r.json
        );
    }
    let r = link(&original, &dup).await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "the later is linked to the earlier"
    );
    assert!(
        r.json["error"]["message"]
            .as_str()
            .unwrap()
            .contains("came after")
    );
    let r = app
        .act(
            &dup,
            Auth::Token(&auditor),
            json!({"action": "duplicate", "of": original}),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "auditors change nothing");
    assert_eq!(app.footprint().await, before);

    // The link: state unchanged, shown to staff, recorded in the trail.
    let r = link(
        &dup.to_lowercase().replace('-', ""),
        &original.to_lowercase(),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["status"], "received", "the state does not change");
    assert_eq!(r.json["duplicate_of"], original.as_str());
    let trail = app
        .get(
            &format!("/api/v1/complaints/{dup}/events"),
            Auth::Token(&auditor),
        )
        .await;
    let last = trail.json.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["action"], "duplicate", "{}", trail.json);
    assert_eq!(last["data"]["of"], original.as_str(), "{last}");

    // Once only; never to a duplicate; an original with duplicates stays an original.
    let before = app.footprint().await;
    let r = link(&dup, &third).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.json);
    let r = link(&third, &dup).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.json["error"]["message"]
            .as_str()
            .unwrap()
            .contains(&original),
        "points to the original: {}",
        r.json
    );
    let r = link(&original, &third).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.json);
    // A withdrawn complaint is final: nothing more is linked.
    let w = app
        .act(
            &third,
            Auth::Secret(&third_secret),
            json!({"action": "withdraw"}),
        )
        .await;
    assert_eq!(w.status, StatusCode::OK, "{}", w.json);
    let before_final = app.footprint().await;
    assert_eq!(link(&third, &original).await.status, StatusCode::CONFLICT);
    assert_eq!(app.footprint().await, before_final);
    assert_eq!(before.0, before_final.0);

    // The complainant sees that their complaint was joined, not the other complaint's code.
    let mine = app
        .get(
            &format!("/api/v1/complaints/{dup}"),
            Auth::Secret(&dup_secret),
        )
        .await;
    assert_eq!(mine.status, StatusCode::OK);
    assert!(
        mine.json["history"]
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h["action"] == "duplicate"),
        "{}",
        mine.json
    );
    assert!(!mine.json.to_string().contains(&original), "{}", mine.json);

    // The staff pages link both ways; the duplicate's page offers no second link.
    let mut b = Browser::new(&app);
    assert_eq!(
        sign_in(&mut b, "agent@sante.bf", "a long enough password").await,
        StatusCode::SEE_OTHER
    );
    let page = b.get(&format!("/staff/complaints/{original}")).await;
    assert!(page.body.contains("Doublons rattachés"), "{}", page.body);
    assert!(
        page.body
            .contains(&format!("href=\"/staff/complaints/{dup}\""))
    );
    let page = b.get(&format!("/staff/complaints/{dup}")).await;
    assert!(page.body.contains("Doublon de"));
    assert!(
        page.body
            .contains(&format!("href=\"/staff/complaints/{original}\""))
    );
    assert!(!page.body.contains("id=\"action-duplicate\""));

    // Linking from the page, and a wrong code said in words next to the form.
    let (fourth, _) = app.file(health_complaint()).await;
    let page = b.get(&format!("/staff/complaints/{fourth}")).await;
    assert!(page.body.contains("id=\"action-duplicate\""));
    let csrf = page.field("csrf");
    let url = format!("/staff/complaints/{fourth}/act");
    let wrong = b
        .post_form(
            &url,
            &[("csrf", &csrf), ("action", "duplicate"), ("of", &elsewhere)],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong.body.contains("Rattachement impossible"),
        "{}",
        wrong.body
    );
    assert!(
        !wrong.body.contains("Bobo"),
        "nothing of the other unit's complaint shows"
    );
    let done = b
        .post_form(
            &url,
            &[("csrf", &csrf), ("action", "duplicate"), ("of", &original)],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    let page = b.get(&format!("/staff/complaints/{original}")).await;
    assert!(
        page.body
            .contains(&format!("href=\"/staff/complaints/{fourth}\""))
    );
}
on_both_backends!(a_complaint_is_linked_once_to_an_original_in_scope);

async fn a_link_across_units_names_only_what_each_reader_may_see(db: &TestDb) {
    let app = TestApp::new(db).await;
    let chef = app
        .staff("chef@sante.bf", Role::Supervisor, Some("SAN"))
        .await;
    let bobo = app
        .staff("agent@bobo.bf", Role::Officer, Some("SAN-BF53"))
        .await;
    staff_member(&app, "agent2@bobo.bf", Role::Officer, Some("SAN-BF53")).await;
    let (kadiogo, _) = app.file(health_complaint()).await;
    let mut there = health_complaint();
    there["location"] = json!({"commune": "BF530102"});
    let (guiriko, _) = app.file(there).await;
    let r = app
        .act(
            &guiriko,
            Auth::Token(&chef),
            json!({"action": "duplicate", "of": kadiogo}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(
        r.json["duplicate_of"],
        kadiogo.as_str(),
        "the supervisor sees both"
    );
    let seen = app
        .get(&format!("/api/v1/complaints/{guiriko}"), Auth::Token(&bobo))
        .await;
    assert_eq!(seen.status, StatusCode::OK);
    assert!(seen.json.get("duplicate_of").is_none(), "{}", seen.json);
    assert!(!seen.json.to_string().contains(&kadiogo));
    let mut b = Browser::new(&app);
    assert_eq!(
        sign_in(&mut b, "agent2@bobo.bf", "a long enough password").await,
        StatusCode::SEE_OTHER
    );
    let page = b.get(&format!("/staff/complaints/{guiriko}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        !page.body.contains(&kadiogo),
        "the other unit's code is not shown"
    );
}
on_both_backends!(a_link_across_units_names_only_what_each_reader_may_see);
