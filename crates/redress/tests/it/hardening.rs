//! Findings of the security review (issue 13), each with its test: what an auditor may do
//! through the API, what a new password ends, what caches may keep.

use crate::support::{Auth, TestApp, health_complaint};
use axum::http::StatusCode;
use domain::Role;
use store::on_both_backends;
use store::testing::TestDb;

async fn the_api_keeps_auditors_reading_and_new_passwords_end_tokens(db: &TestDb) {
    let app = TestApp::new(db).await;
    // An auditor reads; registering through the API is refused as the pages refuse it.
    let auditor = app.staff("audit@gov.bf", Role::Auditor, None).await;
    let refused = app
        .post(
            "/api/v1/complaints",
            Auth::Token(&auditor),
            health_complaint(),
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.json);
    assert_eq!(app.footprint().await.0, 0, "nothing registered");
    let agent = app.staff("agent@sante.bf", Role::Intake, Some("SAN")).await;
    let filed = app
        .post(
            "/api/v1/complaints",
            Auth::Token(&agent),
            health_complaint(),
        )
        .await;
    assert_eq!(filed.status, StatusCode::CREATED, "{}", filed.json);
    let code = filed.json["tracking_code"].as_str().unwrap().to_owned();

    // What the API answers is never kept by a cache (it may hold personal data).
    let read = app
        .get(&format!("/api/v1/complaints/{code}"), Auth::Token(&auditor))
        .await;
    assert_eq!(read.status, StatusCode::OK);
    assert_eq!(read.headers["cache-control"], "no-store");

    // A new password ends the API tokens of the account, as it ends its sessions.
    let id = app
        .state
        .store
        .staff_by_token(
            &redress::auth::token_hash(&agent),
            time::OffsetDateTime::now_utc(),
        )
        .await
        .unwrap()
        .expect("the token works")
        .id;
    app.state
        .store
        .admin(
            store::AdminChange::SetPassword {
                user_id: id,
                password_hash: redress::auth::hash_password("another long password").unwrap(),
            },
            "test",
            time::OffsetDateTime::now_utc(),
        )
        .await
        .unwrap();
    let after = app.get("/api/v1/complaints", Auth::Token(&agent)).await;
    assert_eq!(after.status, StatusCode::UNAUTHORIZED, "{}", after.json);
}
on_both_backends!(the_api_keeps_auditors_reading_and_new_passwords_end_tokens);

/// `/metrics` answers only the addresses allowed (the loopback ones by default).
async fn metrics_are_for_the_scraper_only(db: &TestDb) {
    let app = TestApp::new(db).await;
    assert_eq!(app.get("/metrics", Auth::None).await.status, StatusCode::OK);
    // The same server with the default allow-list: an in-process request (no address, seen
    // as 0.0.0.0) is not the loopback.
    let closed = TestApp {
        router: redress::web::router(app.state.clone().with_metrics_allow(
            redress::config::parse_networks(redress::config::LOOPBACK).unwrap(),
        )),
        state: app.state.clone(),
    };
    let refused = closed.get("/metrics", Auth::None).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    assert!(!refused.json.to_string().contains("http_requests_total"));
}
on_both_backends!(metrics_are_for_the_scraper_only);

/// An admin's session cannot replace the admin's own password from the users page (which
/// asks no current password): that is `/staff/password`'s job.
async fn an_admin_changes_their_own_password_only_with_the_current_one(db: &TestDb) {
    let app = TestApp::new(db).await;
    crate::staff::staff_member(&app, "admin@gov.bf", Role::Admin, None).await;
    crate::staff::staff_member(&app, "agent@sante.bf", Role::Officer, Some("SAN-BF13")).await;
    let mut admin = crate::pages::Browser::new(&app);
    crate::staff::sign_in(&mut admin, "admin@gov.bf", "a long enough password").await;
    let csrf = admin.get("/staff/users").await.field("csrf");
    let reset = |email: &'static str| {
        vec![
            ("csrf", csrf.clone()),
            ("op", "password".to_owned()),
            ("email", email.to_owned()),
            ("password", "a brand new password".to_owned()),
        ]
    };
    let own: Vec<(&str, String)> = reset("admin@gov.bf");
    let own: Vec<(&str, &str)> = own.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(
        admin.post_form("/staff/users", &own).await.status,
        StatusCode::FORBIDDEN
    );
    // Someone else's: an admin's reset, as before.
    let other: Vec<(&str, String)> = reset("agent@sante.bf");
    let other: Vec<(&str, &str)> = other.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(
        admin.post_form("/staff/users", &other).await.status,
        StatusCode::SEE_OTHER
    );
    // The admin's own password is unchanged; the agent's is the new one.
    let mut again = crate::pages::Browser::new(&app);
    assert_eq!(
        crate::staff::sign_in(&mut again, "admin@gov.bf", "a long enough password").await,
        StatusCode::SEE_OTHER
    );
    let mut agent = crate::pages::Browser::new(&app);
    assert_eq!(
        crate::staff::sign_in(&mut agent, "agent@sante.bf", "a brand new password").await,
        StatusCode::SEE_OTHER
    );
}
on_both_backends!(an_admin_changes_their_own_password_only_with_the_current_one);
