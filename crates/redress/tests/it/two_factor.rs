//! The optional second factor of admins and supervisors: turned on with the password and a
//! code from the app, asked after the password, good once, counted towards the lock-out,
//! removable by an admin when a phone is lost, never offered to other roles.

use crate::pages::Browser;
use crate::staff::{sign_in, staff_member};
use crate::support::TestApp;
use axum::http::StatusCode;
use domain::Role;
use redress::totp;
use store::on_both_backends;
use store::testing::TestDb;

const PASSWORD: &str = "a long enough password";

fn now(app: &TestApp) -> u64 {
    u64::try_from(app.state.now().unix_timestamp()).unwrap()
}

async fn code_step(b: &mut Browser<'_>, code: &str) -> StatusCode {
    let csrf = b.get("/staff/login/code").await.field("csrf");
    b.post_form("/staff/login/code", &[("csrf", &csrf), ("code", code)])
        .await
        .status
}

async fn security(
    b: &mut Browser<'_>,
    op: &str,
    secret: &str,
    code: &str,
    password: &str,
) -> crate::pages::Page {
    let csrf = b.get("/staff/security").await.field("csrf");
    b.post_form(
        "/staff/security",
        &[
            ("csrf", &csrf),
            ("op", op),
            ("secret", secret),
            ("code", code),
            ("password", password),
        ],
    )
    .await
}

async fn a_supervisor_signs_in_with_a_code_after_turning_it_on(db: &TestDb) {
    let app = TestApp::new(db).await;
    staff_member(&app, "chef@sante.bf", Role::Supervisor, Some("SAN")).await;
    staff_member(&app, "admin@redress.bf", Role::Admin, None).await;
    staff_member(&app, "agent@sante.bf", Role::Officer, Some("SAN-BF13")).await;

    // Turning it on: the page gives a secret; the password and a right code are needed.
    let mut b = Browser::new(&app);
    assert_eq!(
        sign_in(&mut b, "chef@sante.bf", PASSWORD).await,
        StatusCode::SEE_OTHER
    );
    let page = b.get("/staff/security").await;
    assert!(
        page.body
            .contains("otpauth://totp/Redress:chef@sante.bf?secret=")
    );
    let secret_text = page.field("secret");
    assert_eq!(page.text_of("totp-secret").replace(' ', ""), secret_text);
    let secret = totp::from_base32(&secret_text).unwrap();
    let code = totp::code_at(&secret, now(&app));
    let r = security(&mut b, "enable", &secret_text, &code, "not my password").await;
    assert_eq!(
        r.status,
        StatusCode::UNAUTHORIZED,
        "a session alone is not enough"
    );
    let wrong = security(&mut b, "enable", &secret_text, "000000", PASSWORD).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("Code incorrect"));
    assert_eq!(
        wrong.field("secret"),
        secret_text,
        "the secret being set up is kept"
    );
    let on = security(&mut b, "enable", &secret_text, &code, PASSWORD).await;
    assert_eq!(on.status, StatusCode::SEE_OTHER);
    assert!(b.get("/staff/security").await.body.contains("est activée"));

    // Signing in: the password alone opens no session; the enrolment code is spent.
    let mut b = Browser::new(&app);
    let csrf = b.get("/staff/").await.field("csrf");
    let r = b
        .post_form(
            "/staff/login",
            &[
                ("csrf", &csrf),
                ("email", "chef@sante.bf"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.location(), "/staff/login/code");
    assert!(!b.cookies.contains_key("rd_staff"));
    assert_eq!(b.get("/staff/queue").await.status, StatusCode::SEE_OTHER);
    assert_eq!(code_step(&mut b, "123456").await, StatusCode::UNAUTHORIZED);
    assert_eq!(
        code_step(&mut b, &code).await,
        StatusCode::UNAUTHORIZED,
        "spent"
    );
    let next = totp::code_at(&secret, now(&app) + 30);
    assert_eq!(code_step(&mut b, &next).await, StatusCode::SEE_OTHER);
    assert!(b.cookies.contains_key("rd_staff") && !b.cookies.contains_key("rd_2fa"));
    assert_eq!(b.get("/staff/queue").await.status, StatusCode::OK);

    // A used code does not open a second session.
    let mut again = Browser::new(&app);
    assert_eq!(
        sign_in(&mut again, "chef@sante.bf", PASSWORD).await,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        code_step(&mut again, &next).await,
        StatusCode::UNAUTHORIZED,
        "replayed"
    );

    // A forged note of the first step is worth nothing.
    let mut forger = Browser::new(&app);
    let admin_hex: String = "admin@redress.bf"
        .bytes()
        .map(|b| format!("{b:02x}"))
        .collect();
    forger
        .cookies
        .insert("rd_2fa".into(), format!("{admin_hex}.9999999999.00"));
    let csrf = forger.get("/staff/").await.field("csrf");
    let r = forger
        .post_form("/staff/login/code", &[("csrf", &csrf), ("code", &next)])
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(r.body.contains("a expiré"));

    // Officers are not offered it.
    let mut officer = Browser::new(&app);
    assert_eq!(
        sign_in(&mut officer, "agent@sante.bf", PASSWORD).await,
        StatusCode::SEE_OTHER
    );
    let page = officer.get("/staff/security").await;
    assert!(
        page.body
            .contains("proposée aux administrateurs et aux superviseurs")
    );
    assert!(!page.body.contains("otpauth://"));
    let r = security(&mut officer, "enable", &secret_text, &next, PASSWORD).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    // Wrong codes lock the account like wrong passwords: at most five guesses, then 429
    // whatever the code.
    let mut guesser = Browser::new(&app);
    assert_eq!(
        sign_in(&mut guesser, "chef@sante.bf", PASSWORD).await,
        StatusCode::SEE_OTHER
    );
    let mut guesses = 0;
    while code_step(&mut guesser, "111111").await == StatusCode::UNAUTHORIZED {
        guesses += 1;
        assert!(guesses <= 5, "more than five guesses allowed");
    }
    let later = totp::code_at(&secret, now(&app) + 30);
    assert_eq!(
        code_step(&mut guesser, &later).await,
        StatusCode::TOO_MANY_REQUESTS
    );

    // A lost phone: an admin removes the second factor (not their own from that page); the
    // trail says so, never the secret.
    let mut admin = Browser::new(&app);
    assert_eq!(
        sign_in(&mut admin, "admin@redress.bf", PASSWORD).await,
        StatusCode::SEE_OTHER
    );
    let csrf = admin.get("/staff/users").await.field("csrf");
    let own = admin
        .post_form(
            "/staff/users",
            &[
                ("csrf", &csrf),
                ("op", "totp-off"),
                ("email", "admin@redress.bf"),
            ],
        )
        .await;
    assert_eq!(own.status, StatusCode::FORBIDDEN);
    let r = admin
        .post_form(
            "/staff/users",
            &[
                ("csrf", &csrf),
                ("op", "totp-off"),
                ("email", "chef@sante.bf"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let chef = app
        .state
        .store
        .staff_by_email("chef@sante.bf")
        .await
        .unwrap()
        .unwrap();
    assert!(chef.totp_secret.is_none());
    let events = app.state.store.admin_events(100).await.unwrap();
    let mine: Vec<_> = events
        .iter()
        .filter(|e| e.subject == format!("user#{}", chef.id))
        .map(|e| e.action.as_str())
        .collect();
    assert_eq!(
        mine,
        ["user.totp_off", "user.totp_on", "user.add"],
        "one subject per user"
    );
    assert!(
        events
            .iter()
            .all(|e| !e.data_json.0.to_string().contains(&secret_text))
    );
}
on_both_backends!(a_supervisor_signs_in_with_a_code_after_turning_it_on);
