//! Findings of the security review (issue 13) about guessing and forging, each with its
//! test: the follow-up secret's lock (per complaint, from every address and node, in the
//! database), sign-in locks per address network that answer alike and no sooner than a
//! floor, wrong current passwords counted, CSRF tokens bound to the session, sign-out that
//! always ends the session, cross-site forms refused in one layer.

use crate::pages::Browser;
use crate::staff::{login_page, sign_in, staff_member};
use crate::support::{Auth, TestApp, health_complaint};
use axum::http::StatusCode;
use domain::Role;
use redress::limits::{Limits, SECRET_FAILURES};
use redress::web::staff::{FAILURE_FLOOR, LOCK_AFTER, LOCK_AFTER_OVERALL};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use store::on_both_backends;
use store::testing::TestDb;

const PASSWORD: &str = "a long enough password";

async fn the_secret_locks_per_complaint_across_addresses_and_nodes(db: &TestDb) {
    let mut app = TestApp::new(db).await;
    // A clock the test moves; a second node (its own limits in memory) on the same database.
    let hours = Arc::new(AtomicI64::new(0));
    let offset = hours.clone();
    app.state = app.state.clone().with_clock(Arc::new(move || {
        time::OffsetDateTime::now_utc() + time::Duration::hours(offset.load(Ordering::SeqCst))
    }));
    app.router = redress::web::router(app.state.clone());
    let other_node = TestApp::new(db).await;
    let (code, secret) = app.file(health_complaint()).await;
    let (other_code, other_secret) = app.file(health_complaint()).await;
    let wrong = if secret == "11111111" {
        "22222222"
    } else {
        "11111111"
    };
    let read = |app, secret| read_with(app, &code, secret);

    // A right secret gives its attempt back: any number of reads.
    for _ in 0..SECRET_FAILURES + 2 {
        assert_eq!(read(&app, &secret).await.status, StatusCode::OK);
    }
    // Wrong guesses from the API on one node, the portal from two addresses, and the
    // other node: they all count against the one complaint.
    let mut guesses = 0;
    for _ in 0..4 {
        assert_eq!(read(&app, wrong).await.status, StatusCode::UNAUTHORIZED);
        guesses += 1;
    }
    for _ in 0..3 {
        assert_eq!(
            read(&other_node, wrong).await.status,
            StatusCode::UNAUTHORIZED
        );
        guesses += 1;
    }
    for ip in ["10.0.0.1", "2001:db8:1::1"] {
        let mut b = Browser::at(&app, ip);
        let csrf = b.get("/track").await.field("csrf");
        let r = b
            .post_form(
                "/track",
                &[("csrf", &csrf), ("code", &code), ("secret", wrong)],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        guesses += 1;
    }
    assert_eq!(guesses, SECRET_FAILURES - 1);
    assert_eq!(read(&app, wrong).await.status, StatusCode::UNAUTHORIZED);
    // Locked now: even the right secret, from anywhere, with how to recover.
    let locked = read(&other_node, &secret).await;
    assert_eq!(
        locked.status,
        StatusCode::TOO_MANY_REQUESTS,
        "{}",
        locked.json
    );
    assert_eq!(locked.json["error"]["code"], "too_many_attempts");
    assert!(
        locked.json["error"]["message"]
            .as_str()
            .unwrap()
            .contains("by SMS from the phone"),
        "{}",
        locked.json
    );
    let mut citizen = Browser::at(&app, "192.0.2.7");
    let csrf = citizen.get("/track").await.field("csrf");
    let page = citizen
        .post_form(
            "/track",
            &[("csrf", &csrf), ("code", &code), ("secret", &secret)],
        )
        .await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        page.body
            .contains("depuis le téléphone qui a déposé la plainte"),
        "the page says how to recover: {}",
        page.body
    );
    // The tracking code alone still answers; another complaint is not locked.
    assert_eq!(
        app.get(&format!("/api/v1/complaints/{code}"), Auth::None)
            .await
            .status,
        StatusCode::OK
    );
    let other = app
        .get(
            &format!("/api/v1/complaints/{other_code}"),
            Auth::Secret(&other_secret),
        )
        .await;
    assert_eq!(other.status, StatusCode::OK);
    // An hour later the complainant is back in.
    hours.store(1, Ordering::SeqCst);
    assert_eq!(read(&app, &secret).await.status, StatusCode::OK);
}
on_both_backends!(the_secret_locks_per_complaint_across_addresses_and_nodes);

async fn read_with(app: &TestApp, code: &str, secret: &str) -> crate::support::Reply {
    app.get(&format!("/api/v1/complaints/{code}"), Auth::Secret(secret))
        .await
}

async fn sign_in_locks_per_network_and_every_failure_answers_alike(db: &TestDb) {
    let app = TestApp::new(db).await;
    staff_member(&app, "chef@sante.bf", Role::Supervisor, Some("SAN")).await;
    // Failures from one address network lock the account for it only.
    let mut stranger = Browser::at(&app, "198.51.100.9");
    for _ in 0..LOCK_AFTER {
        assert_eq!(
            sign_in(&mut stranger, "chef@sante.bf", "not the password").await,
            StatusCode::UNAUTHORIZED
        );
    }
    let started = std::time::Instant::now();
    let locked = login_page(&mut stranger, "chef@sante.bf", PASSWORD).await;
    assert!(started.elapsed() >= FAILURE_FLOOR);
    let wrong = login_page(&mut stranger, "chef@sante.bf", "not the password").await;
    let started = std::time::Instant::now();
    let unknown = login_page(&mut stranger, "nobody@sante.bf", "not the password").await;
    assert!(
        started.elapsed() >= FAILURE_FLOOR,
        "no sooner for an unknown e-mail"
    );
    // Locked, wrong or unknown: the same status and the same words.
    for page in [&locked, &wrong, &unknown] {
        assert_eq!(page.0, StatusCode::UNAUTHORIZED);
        assert!(page.1.contains("Après 5 essais manqués"), "{}", page.1);
    }
    // The owner, elsewhere, signs in.
    let mut owner = Browser::at(&app, "203.0.113.5");
    assert_eq!(
        sign_in(&mut owner, "chef@sante.bf", PASSWORD).await,
        StatusCode::SEE_OTHER
    );
    // A spread-out attack (many networks together) locks the account everywhere.
    let attackers: Vec<String> = (0..LOCK_AFTER_OVERALL / LOCK_AFTER)
        .map(|i| format!("2001:db8:{i:x}::1"))
        .collect();
    let tries = attackers.iter().map(|ip| {
        let app = &app;
        async move {
            let mut b = Browser::at(app, ip);
            for _ in 0..LOCK_AFTER {
                sign_in(&mut b, "chef@sante.bf", "not the password").await;
            }
        }
    });
    futures_util::future::join_all(tries).await;
    let mut elsewhere = Browser::at(&app, "192.0.2.200");
    assert_eq!(
        sign_in(&mut elsewhere, "chef@sante.bf", PASSWORD).await,
        StatusCode::UNAUTHORIZED
    );
}
on_both_backends!(sign_in_locks_per_network_and_every_failure_answers_alike);

async fn post_password(b: &mut Browser<'_>, form: Vec<(&'static str, String)>) -> StatusCode {
    let fields: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    b.post_form("/staff/password", &fields).await.status
}

async fn one_address_is_limited_over_every_account(db: &TestDb) {
    let mut app = TestApp::new(db).await;
    app.state = app
        .state
        .clone()
        .with_limits(Limits::new(0, 0).with_sign_ins(3));
    app.router = redress::web::router(app.state.clone());
    staff_member(&app, "a@sante.bf", Role::Officer, Some("SAN-BF13")).await;
    let mut flood = Browser::at(&app, "198.51.100.1");
    for email in ["x@sante.bf", "y@sante.bf", "z@sante.bf"] {
        assert_eq!(
            sign_in(&mut flood, email, "guess").await,
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(
        sign_in(&mut flood, "a@sante.bf", PASSWORD).await,
        StatusCode::TOO_MANY_REQUESTS,
        "the address is slowed down before any Argon2 check"
    );
    let mut other = Browser::at(&app, "198.51.100.2");
    assert_eq!(
        sign_in(&mut other, "a@sante.bf", PASSWORD).await,
        StatusCode::SEE_OTHER
    );
}
on_both_backends!(one_address_is_limited_over_every_account);

async fn wrong_current_passwords_count_like_sign_ins(db: &TestDb) {
    let app = TestApp::new(db).await;
    staff_member(&app, "chef@sante.bf", Role::Supervisor, Some("SAN")).await;
    let mut borrowed = Browser::new(&app);
    sign_in(&mut borrowed, "chef@sante.bf", PASSWORD).await;
    let change = |current: &'static str| {
        [
            ("current", current),
            ("new", "a brand new password"),
            ("confirm", "a brand new password"),
        ]
    };
    for _ in 0..LOCK_AFTER {
        let csrf = borrowed.get("/staff/password").await.field("csrf");
        let mut form = vec![("csrf", csrf.as_str())];
        form.extend(change("a guess at it"));
        let r = borrowed.post_form("/staff/password", &form).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    }
    let csrf = borrowed.get("/staff/password").await.field("csrf");
    let mut form = vec![("csrf", csrf.as_str())];
    form.extend(change(PASSWORD));
    assert_eq!(
        borrowed.post_form("/staff/password", &form).await.status,
        StatusCode::TOO_MANY_REQUESTS,
        "locked after five wrong current passwords, even with the right one"
    );
}
on_both_backends!(wrong_current_passwords_count_like_sign_ins);

async fn forms_are_bound_to_the_session_and_to_this_site(db: &TestDb) {
    let app = TestApp::new(db).await;
    staff_member(&app, "chef@sante.bf", Role::Supervisor, Some("SAN")).await;
    staff_member(&app, "agent@sante.bf", Role::Officer, Some("SAN-BF13")).await;
    let mut chef = Browser::new(&app);
    let before = chef.get("/staff/").await.field("csrf");
    sign_in(&mut chef, "chef@sante.bf", PASSWORD).await;
    let bound = chef.get("/staff/password").await.field("csrf");
    assert_ne!(before, bound, "signing in changes the forms' token");
    let change = |csrf: &str| {
        vec![
            ("csrf", csrf.to_owned()),
            ("current", PASSWORD.to_owned()),
            ("new", "a brand new password".to_owned()),
            ("confirm", "a different one here".to_owned()),
        ]
    };
    // A token from before signing in is refused; the session's own is taken (and the
    // mismatched new passwords then refused: 422, past the CSRF check).
    assert_eq!(
        post_password(&mut chef, change(&before)).await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        post_password(&mut chef, change(&bound)).await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    // Another session holding the same CSRF cookie (planted by a neighbour) cannot use the
    // chef's token.
    let mut agent = Browser::new(&app);
    agent
        .cookies
        .insert("rd_csrf".into(), chef.cookies["rd_csrf"].clone());
    sign_in(&mut agent, "agent@sante.bf", PASSWORD).await;
    assert_eq!(
        post_password(&mut agent, change(&bound)).await,
        StatusCode::FORBIDDEN
    );

    // A form sent from another site is refused in one layer, whatever its token.
    let cross = |site: Option<&'static str>, origin: Option<&'static str>| {
        let mut req = axum::http::Request::post("/staff/password")
            .header("content-type", "application/x-www-form-urlencoded")
            .header("host", "127.0.0.1:8080");
        if let Some(site) = site {
            req = req.header("sec-fetch-site", site);
        }
        if let Some(origin) = origin {
            req = req.header("origin", origin);
        }
        let body = format!("csrf={bound}&current=x&new=y&confirm=z");
        req.body(axum::body::Body::from(body)).unwrap()
    };
    for (site, origin, expected) in [
        (Some("cross-site"), None, StatusCode::FORBIDDEN),
        (Some("same-site"), None, StatusCode::FORBIDDEN),
        (None, Some("https://evil.example"), StatusCode::FORBIDDEN),
        (None, Some("null"), StatusCode::FORBIDDEN),
        // This site, by either header: on to the handler (a wrong current password).
        (Some("same-origin"), None, StatusCode::UNAUTHORIZED),
        (
            None,
            Some("http://127.0.0.1:8080"),
            StatusCode::UNAUTHORIZED,
        ),
    ] {
        let page = chef.send(cross(site, origin)).await;
        assert_eq!(page.status, expected, "{site:?} {origin:?}");
        if expected == StatusCode::FORBIDDEN {
            assert!(page.body.contains("depuis un autre site"), "{}", page.body);
        }
    }
    // The API is not a form: a token, not a cookie, carries its authority.
    let agent_token = app
        .staff("intake@sante.bf", Role::Intake, Some("SAN"))
        .await;
    let req = axum::http::Request::post("/api/v1/complaints")
        .header("content-type", "application/json")
        .header("authorization", format!("Bearer {agent_token}"))
        .header("sec-fetch-site", "cross-site")
        .body(axum::body::Body::from(health_complaint().to_string()))
        .unwrap();
    assert_eq!(app.send(req).await.status, StatusCode::CREATED);

    // Signing out ends the session even with a wrong token.
    let out = chef
        .post_form("/staff/logout", &[("csrf", "not the token")])
        .await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert_eq!(chef.get("/staff/queue").await.status, StatusCode::SEE_OTHER);
}
on_both_backends!(forms_are_bound_to_the_session_and_to_this_site);

async fn cookies_are_secure_when_served_over_https(db: &TestDb) {
    let app = TestApp::new(db).await;
    let services =
        redress::services::Services::new(app.state.store.clone(), db.dir.join("attachments"))
            .await
            .unwrap()
            .with_base_url("https://plaintes.example.bf");
    let https = redress::web::AppState::from_services(services);
    let app = TestApp {
        router: redress::web::router(https.clone()),
        state: https,
    };
    staff_member(&app, "chef@sante.bf", Role::Supervisor, Some("SAN")).await;
    let mut b = Browser::new(&app);
    let first = b.get("/staff/").await;
    let csrf_cookie = first.headers["set-cookie"].to_str().unwrap().to_owned();
    assert!(csrf_cookie.contains("; Secure"), "{csrf_cookie}");
    assert_eq!(
        first.headers["strict-transport-security"],
        "max-age=31536000"
    );
    let csrf = first.field("csrf");
    let signed = b
        .post_form(
            "/staff/login",
            &[
                ("csrf", &csrf),
                ("email", "chef@sante.bf"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER);
    let session = signed
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|c| c.to_str().unwrap())
        .find(|c| c.starts_with("rd_staff="))
        .unwrap()
        .to_owned();
    assert!(
        session.contains("; Secure") && session.contains("HttpOnly"),
        "{session}"
    );
}
on_both_backends!(cookies_are_secure_when_served_over_https);
