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
        .staff_by_token(&redress::auth::token_hash(&agent))
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
        router: redress::web::router(
            app.state
                .clone()
                .with_metrics_allow(redress::config::parse_networks("127.0.0.1, ::1").unwrap()),
        ),
        state: app.state.clone(),
    };
    let refused = closed.get("/metrics", Auth::None).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    assert!(!refused.json.to_string().contains("http_requests_total"));
}
on_both_backends!(metrics_are_for_the_scraper_only);
