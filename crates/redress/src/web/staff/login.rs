//! Signing in and out. Passwords are Argon2 hashes; five failures lock the account for 15
//! minutes; an unknown e-mail costs the same time as a wrong password.

use super::{SESSION_COOKIE, SESSION_HOURS, SignedIn};
use crate::auth::{new_token, token_hash, verify_password};
use crate::web::AppState;
use crate::web::pages::{FormState, Page, Visitor, cookie};
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde::Deserialize;

pub const LOCK_AFTER: i32 = 5;
pub const LOCK_MINUTES: i64 = 15;
/// Verified when the e-mail is unknown, so that the answer takes as long.
fn dummy_hash() -> &'static str {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| crate::auth::hash_password("no such account").unwrap_or_default())
}

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
    let now = app.now();
    let staff = match app.store.staff_by_email(&f.email).await {
        Ok(s) => s,
        Err(e) => {
            tracing::error!(error = %e, "sign-in lookup failed");
            return fail("error-server", StatusCode::SERVICE_UNAVAILABLE);
        }
    };
    let Some(staff) = staff.filter(|s| !s.disabled) else {
        verify_password(&f.password, dummy_hash());
        return fail("staff-login-wrong", StatusCode::UNAUTHORIZED);
    };
    if !take_attempt(&app, staff.id, now).await {
        return fail("staff-login-locked", StatusCode::TOO_MANY_REQUESTS);
    }
    if !verify_password(&f.password, &staff.password_hash) {
        tracing::info!(user = staff.id, "failed sign-in");
        return fail("staff-login-wrong", StatusCode::UNAUTHORIZED);
    }
    if staff.totp_secret.is_some() {
        // The password is right; the session opens once the second factor is given too.
        // The password's attempt is given back, the code's will be counted.
        if let Err(e) = app.store.refund_sign_in_attempt(staff.id, LOCK_AFTER).await {
            tracing::error!(error = %e, "cannot give back a sign-in attempt");
        }
        return super::second_factor::ask_for_code(&app, &visitor, &staff.email);
    }
    open_session(&app, &visitor, staff.id)
        .await
        .unwrap_or_else(|| fail("error-server", StatusCode::SERVICE_UNAVAILABLE))
}

/// Counts a sign-in attempt (password or code) before it is checked; false when the account
/// is locked (or the count cannot be kept: then nobody is let in).
pub async fn take_attempt(app: &AppState, user_id: i64, now: time::OffsetDateTime) -> bool {
    let until = now + time::Duration::minutes(LOCK_MINUTES);
    match app
        .store
        .take_sign_in_attempt(user_id, LOCK_AFTER, until, now)
        .await
    {
        Ok(allowed) => allowed,
        Err(e) => {
            tracing::error!(error = %e, "cannot count a sign-in attempt");
            false
        }
    }
}

/// Opens a session for `user_id` and sends them to their queue; `None` if the database
/// could not record it.
pub async fn open_session(app: &AppState, visitor: &Visitor, user_id: i64) -> Option<Response> {
    let now = app.now();
    let token = new_token();
    let expires = now + time::Duration::hours(SESSION_HOURS);
    if let Err(e) = app
        .store
        .add_session(user_id, token_hash(&token), now, expires)
        .await
    {
        tracing::error!(error = %e, "cannot open a session");
        return None;
    }
    tracing::info!(user = user_id, "signed in");
    let cookie = visitor.set_cookie(SESSION_COOKIE, &token, "/staff", SESSION_HOURS * 3600);
    Some(visitor.redirect("/staff/home", Some(cookie)))
}

#[derive(Deserialize)]
pub struct LogoutForm {
    #[serde(default)]
    csrf: String,
}

pub async fn sign_out(
    State(app): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
    Form(f): Form<LogoutForm>,
) -> Response {
    if visitor.csrf_ok(&app, &f.csrf)
        && let Some(token) = cookie(&headers, SESSION_COOKIE)
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
    if !verify_password(&f.current, &me.password_hash) {
        return refuse("staff-password-wrong", StatusCode::UNAUTHORIZED);
    }
    if f.new.chars().count() < crate::auth::MIN_PASSWORD {
        return refuse("staff-password-short", StatusCode::UNPROCESSABLE_ENTITY);
    }
    if f.new != f.confirm {
        return refuse("staff-password-mismatch", StatusCode::UNPROCESSABLE_ENTITY);
    }
    let Ok(hash) = crate::auth::hash_password(&f.new) else {
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
