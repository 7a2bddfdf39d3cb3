//! Signing in and out. Passwords are Argon2 hashes, checked off the request workers. Five
//! failed attempts from one address network lock the account for that network for 15
//! minutes (a stranger elsewhere cannot lock its owner out); fifty from all networks
//! together lock it everywhere; each address may try ten times a minute over all accounts.
//! Every failure answers alike (an unknown e-mail, a wrong password, a locked account) and
//! no sooner than `FAILURE_FLOOR` after the request came, so neither the words nor the
//! time tell which accounts exist.

use super::{SESSION_COOKIE, SESSION_HOURS, SignedIn};
use crate::auth::{check_password, dummy_hash, new_token, token_hash};
use crate::web::AppState;
use crate::web::pages::{FormState, Page, Visitor, cookie};
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde::Deserialize;
use store::SignInAttempt;

/// Failed attempts from one address network that lock the account for it.
pub const LOCK_AFTER: i32 = 5;
/// Failed attempts from every network together that lock the account everywhere.
pub const LOCK_AFTER_OVERALL: i32 = 50;
pub const LOCK_MINUTES: i64 = 15;
/// A network's failed attempts are forgotten after a day without a lock.
const ATTEMPTS_KEPT_HOURS: i64 = 24;
/// No failed sign-in is answered sooner than this after its request arrived: longer than
/// the database write and the Argon2 check take, so every failure takes the same time.
pub const FAILURE_FLOOR: std::time::Duration = std::time::Duration::from_millis(400);

#[derive(Default)]
pub struct Values {
    pub email: String,
}

#[derive(Template)]
#[template(path = "staff_login.html")]
struct LoginPage {
    page: Page,
    form: FormState<Values>,
}

fn render(
    app: &AppState,
    visitor: &Visitor,
    status: StatusCode,
    form: FormState<Values>,
) -> Response {
    let page = LoginPage {
        page: visitor.page(app, "/staff/"),
        form,
    };
    visitor.respond(status, page.render())
}

pub async fn start(
    State(app): State<AppState>,
    visitor: Visitor,
    who: Option<SignedIn>,
) -> Response {
    if who.is_some() {
        return visitor.redirect("/staff/home", None);
    }
    render(
        &app,
        &visitor,
        StatusCode::OK,
        FormState::new(Values::default()),
    )
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

pub async fn sign_in(
    State(app): State<AppState>,
    visitor: Visitor,
    Form(f): Form<LoginForm>,
) -> Response {
    let started = tokio::time::Instant::now();
    let fail = |key: &str, status: StatusCode| {
        let mut form = FormState::new(Values {
            email: f.email.clone(),
        });
        form.errors.push(("email".into(), visitor.lang.t(key)));
        render(&app, &visitor, status, form)
    };
    if !visitor.csrf_ok(&app, &f.csrf) {
        return fail("error-form-expired", StatusCode::FORBIDDEN);
    }
    if !app.limits.allow_sign_in(visitor.ip) {
        return fail("error-rate-limited", StatusCode::TOO_MANY_REQUESTS);
    }
    let now = app.now();
    let staff = match app.store.staff_by_email(&f.email).await {
        Ok(s) => s.filter(|s| !s.disabled),
        Err(e) => {
            tracing::error!(error = %e, "sign-in lookup failed");
            return fail("error-server", StatusCode::SERVICE_UNAVAILABLE);
        }
    };
    // One Argon2 check on every path; a locked account is checked against the dummy hash.
    let (allowed, hash) = match &staff {
        Some(s) if take_attempt(&app, visitor.ip, s.id, now).await => {
            (true, s.password_hash.as_str())
        }
        _ => (false, dummy_hash()),
    };
    let right = check_password(&f.password, hash).await && allowed;
    let staff = match staff {
        Some(s) if right => s,
        other => {
            if let Some(s) = other {
                let how = if allowed { "wrong password" } else { "locked" };
                tracing::info!(user = s.id, "failed sign-in ({how})");
            }
            tokio::time::sleep_until(started + FAILURE_FLOOR).await;
            return fail("staff-login-wrong", StatusCode::UNAUTHORIZED);
        }
    };
    if staff.totp_secret.is_some() {
        // The password is right; the session opens once the second factor is given too.
        // The password's attempt is given back, the code's will be counted.
        refund_attempt(&app, visitor.ip, staff.id).await;
        return super::second_factor::ask_for_code(&app, &visitor, &staff.email);
    }
    open_session(&app, &visitor, staff.id)
        .await
        .unwrap_or_else(|| fail("error-server", StatusCode::SERVICE_UNAVAILABLE))
}

/// One attempt on `user_id` from the network of `ip`, with the limits above.
fn attempt(ip: std::net::IpAddr, user_id: i64, now: time::OffsetDateTime) -> SignInAttempt {
    SignInAttempt {
        user_id,
        network: crate::limits::network(ip).to_string(),
        per_network: LOCK_AFTER,
        overall: LOCK_AFTER_OVERALL,
        now,
        lock_until: now + time::Duration::minutes(LOCK_MINUTES),
        stale_before: now - time::Duration::hours(ATTEMPTS_KEPT_HOURS),
    }
}

/// Counts an attempt (a password or a code, at sign-in or to change one's security) before
/// it is checked; false when the account is locked for this address network or everywhere
/// (or the count cannot be kept: then nobody is let in).
pub async fn take_attempt(
    app: &AppState,
    ip: std::net::IpAddr,
    user_id: i64,
    now: time::OffsetDateTime,
) -> bool {
    match app
        .store
        .take_sign_in_attempt(attempt(ip, user_id, now))
        .await
    {
        Ok(allowed) => allowed,
        Err(e) => {
            tracing::error!(error = %e, "cannot count a sign-in attempt");
            false
        }
    }
}

/// Gives back an attempt that proved right.
pub async fn refund_attempt(app: &AppState, ip: std::net::IpAddr, user_id: i64) {
    let a = attempt(ip, user_id, app.now());
    if let Err(e) = app.store.refund_sign_in_attempt(a).await {
        tracing::error!(error = %e, "cannot give back a sign-in attempt");
    }
}

/// Checks a signed-in member's current password before a change of password or second
/// factor: counted like a sign-in attempt, so a borrowed session cannot guess it. The
/// translation key and status of the refusal when it is not right.
pub async fn current_password(
    app: &AppState,
    ip: std::net::IpAddr,
    me: &store::StaffRow,
    password: &str,
) -> Result<(), (&'static str, StatusCode)> {
    if !take_attempt(app, ip, me.id, app.now()).await {
        return Err(("staff-login-locked", StatusCode::TOO_MANY_REQUESTS));
    }
    if !check_password(password, &me.password_hash).await {
        tracing::info!(user = me.id, "wrong current password");
        return Err(("staff-password-wrong", StatusCode::UNAUTHORIZED));
    }
    refund_attempt(app, ip, me.id).await;
    Ok(())
}

/// Opens a session for `user_id` and sends them to their queue; `None` if the database
/// could not record it.
pub async fn open_session(app: &AppState, visitor: &Visitor, user_id: i64) -> Option<Response> {
    let now = app.now();
    let token = new_token();
    let expires = now + time::Duration::hours(SESSION_HOURS);
    let network = crate::limits::network(visitor.ip).to_string();
    if let Err(e) = app
        .store
        .add_session(user_id, network, token_hash(&token), now, expires)
        .await
    {
        tracing::error!(error = %e, "cannot open a session");
        return None;
    }
    tracing::info!(user = user_id, "signed in");
    let cookie = visitor.set_cookie(SESSION_COOKIE, &token, "/staff", SESSION_HOURS * 3600);
    Some(visitor.redirect("/staff/home", Some(cookie)))
}

pub async fn sign_out(
    State(app): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
) -> Response {
    // The session ends whatever the form carries (its CSRF token too): signing out can only
    // take access away, and the cookie (SameSite=Lax) is not sent by another site's form.
    if let Some(token) = cookie(&headers, SESSION_COOKIE)
        && let Err(e) = app.store.end_session(token_hash(token)).await
    {
        tracing::error!(error = %e, "cannot end a session");
    }
    let clear = visitor.set_cookie(SESSION_COOKIE, "", "/staff", 0);
    visitor.redirect("/staff/", Some(clear))
}

#[derive(Template)]
#[template(path = "staff_password.html")]
struct PasswordPage {
    staff: super::StaffPage,
    error: Option<String>,
}

pub async fn password_form(
    State(app): State<AppState>,
    visitor: Visitor,
    who: SignedIn,
) -> Response {
    let page = PasswordPage {
        staff: super::StaffPage::new(&app, &visitor, &who, "/staff/password"),
        error: None,
    };
    visitor.respond(StatusCode::OK, page.render())
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    current: String,
    #[serde(default)]
    new: String,
    #[serde(default)]
    confirm: String,
}

/// Changing one's password ends every session, this one included: sign in again.
pub async fn change_password(
    State(app): State<AppState>,
    visitor: Visitor,
    who: SignedIn,
    Form(f): Form<PasswordForm>,
) -> Response {
    let lang = visitor.lang;
    let refuse = |key: &str, status: StatusCode| {
        let page = PasswordPage {
            staff: super::StaffPage::new(&app, &visitor, &who, "/staff/password"),
            error: Some(lang.t(key)),
        };
        visitor.respond(status, page.render())
    };
    if !visitor.csrf_ok(&app, &f.csrf) {
        return refuse("error-form-expired", StatusCode::FORBIDDEN);
    }
    let Ok(Some(me)) = app.store.staff_by_email(&who.staff.email).await else {
        return refuse("error-server", StatusCode::SERVICE_UNAVAILABLE);
    };
    if let Err((key, status)) = current_password(&app, visitor.ip, &me, &f.current).await {
        return refuse(key, status);
    }
    if f.new.chars().count() < crate::auth::MIN_PASSWORD {
        return refuse("staff-password-short", StatusCode::UNPROCESSABLE_ENTITY);
    }
    if f.new != f.confirm {
        return refuse("staff-password-mismatch", StatusCode::UNPROCESSABLE_ENTITY);
    }
    let Ok(hash) = crate::auth::make_password_hash(&f.new).await else {
        return refuse("error-server", StatusCode::SERVICE_UNAVAILABLE);
    };
    let change = store::AdminChange::SetPassword {
        user_id: me.id,
        password_hash: hash,
    };
    if let Err(e) = app.store.admin(change, &who.staff.actor(), app.now()).await {
        tracing::error!(error = %e, "password change failed");
        return refuse("error-server", StatusCode::SERVICE_UNAVAILABLE);
    }
    tracing::info!(user = me.id, "password changed");
    let clear = visitor.set_cookie(SESSION_COOKIE, "", "/staff", 0);
    visitor.redirect("/staff/", Some(clear))
}
