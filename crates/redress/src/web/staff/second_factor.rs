//! The optional second factor (TOTP) of admins and supervisors: turning it on and off at
//! `/staff/security`, and the second step of signing in at `/staff/login/code`. Between
//! the two steps the browser holds only a signed, five-minute note of who passed the
//! password; wrong codes count towards the same lock-out as wrong passwords.

use super::login::{current_password, open_session, refund_attempt, take_attempt};
use super::{SignedIn, StaffPage};
use crate::totp;
use crate::web::AppState;
use crate::web::pages::{Page, Visitor, constant_eq, cookie};
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde::Deserialize;
use store::{AdminChange, StaffRow};

const PENDING_COOKIE: &str = "rd_2fa";
const PENDING_SECONDS: i64 = 300;

fn pending_mac(app: &AppState, email_hex: &str, expires: i64) -> String {
    app.store
        .vault()
        .cookie_mac("second-factor", format!("{email_hex}.{expires}").as_bytes())
}

/// After a right password: remember who, for five minutes, and ask for the code.
pub fn ask_for_code(app: &AppState, visitor: &Visitor, email: &str) -> Response {
    let expires = app.now().unix_timestamp() + PENDING_SECONDS;
    let email_hex = hex::encode(email.as_bytes());
    let value = format!(
        "{email_hex}.{expires}.{}",
        pending_mac(app, &email_hex, expires)
    );
    let cookie = visitor.set_cookie(PENDING_COOKIE, &value, "/staff", PENDING_SECONDS);
    visitor.redirect("/staff/login/code", Some(cookie))
}

/// Who passed the password step, if the note is genuine and fresh.
fn pending_email(app: &AppState, headers: &HeaderMap) -> Option<String> {
    let value = cookie(headers, PENDING_COOKIE)?;
    let mut parts = value.split('.');
    let (email_hex, expires, mac) = (parts.next()?, parts.next()?, parts.next()?);
    let expires: i64 = expires.parse().ok()?;
    let genuine = constant_eq(
        pending_mac(app, email_hex, expires).as_bytes(),
        mac.as_bytes(),
    );
    if !genuine || expires < app.now().unix_timestamp() {
        return None;
    }
    String::from_utf8(hex::decode(email_hex).ok()?).ok()
}

#[derive(Template)]
#[template(path = "staff_login_code.html")]
struct CodePage {
    page: Page,
    error: Option<String>,
}

fn code_page(
    app: &AppState,
    visitor: &Visitor,
    error: Option<&str>,
    status: StatusCode,
) -> Response {
    let page = CodePage {
        page: visitor.page(app, "/staff/login/code"),
        error: error.map(|k| visitor.lang.t(k)),
    };
    visitor.respond(status, page.render())
}

pub async fn code_form(
    State(app): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
) -> Response {
    if pending_email(&app, &headers).is_none() {
        return visitor.redirect("/staff/", None);
    }
    code_page(&app, &visitor, None, StatusCode::OK)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodeForm {
    csrf: String,
    code: String,
    /// On `/staff/security`: `enable` (with `secret`) or `disable`.
    op: String,
    secret: String,
    /// The current password, to turn the second factor on or off.
    password: String,
}

/// Whether `code` is the staff member's current code, not used before. The attempt is
/// counted before the code is checked (see `login::take_attempt`); false as well when the
/// account is locked. A right code outside sign-in gives its attempt back.
#[derive(PartialEq)]
enum Code {
    Right,
    Wrong,
    Locked,
}

async fn code_ok(
    app: &AppState,
    ip: std::net::IpAddr,
    staff: &StaffRow,
    code: &str,
    signing_in: bool,
) -> Code {
    let now = app.now();
    if !take_attempt(app, ip, staff.id, now).await {
        return Code::Locked;
    }
    let secret = staff
        .totp_secret
        .as_deref()
        .and_then(|sealed| app.store.vault().open(sealed).ok());
    let step = secret.and_then(|s| {
        totp::matching_step(&s, code, u64::try_from(now.unix_timestamp()).unwrap_or(0))
    });
    let fresh = match step {
        Some(step) => app
            .store
            .use_totp_step(staff.id, i64::try_from(step).unwrap_or(i64::MAX))
            .await
            .unwrap_or(false),
        None => false,
    };
    if !fresh {
        tracing::info!(user = staff.id, "wrong second-factor code");
        return Code::Wrong;
    }
    if !signing_in {
        refund_attempt(app, ip, staff.id).await;
    }
    Code::Right
}

pub async fn check_code(
    State(app): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
    Form(f): Form<CodeForm>,
) -> Response {
    if !visitor.csrf_ok(&app, &f.csrf) {
        return code_page(
            &app,
            &visitor,
            Some("error-form-expired"),
            StatusCode::FORBIDDEN,
        );
    }
    let Some(email) = pending_email(&app, &headers) else {
        return code_page(
            &app,
            &visitor,
            Some("staff-2fa-expired"),
            StatusCode::UNAUTHORIZED,
        );
    };
    let staff = match app.store.staff_by_email(&email).await {
        Ok(Some(s)) if !s.disabled && s.totp_secret.is_some() => s,
        Ok(_) => return visitor.redirect("/staff/", None),
        Err(e) => {
            tracing::error!(error = %e, "second-factor lookup failed");
            return code_page(
                &app,
                &visitor,
                Some("error-server"),
                StatusCode::SERVICE_UNAVAILABLE,
            );
        }
    };
    match code_ok(&app, visitor.ip, &staff, &f.code, true).await {
        Code::Right => {}
        Code::Locked => {
            let status = StatusCode::TOO_MANY_REQUESTS;
            return code_page(&app, &visitor, Some("staff-login-locked"), status);
        }
        Code::Wrong => {
            let status = StatusCode::UNAUTHORIZED;
            return code_page(&app, &visitor, Some("staff-2fa-wrong"), status);
        }
    }
    match open_session(&app, &visitor, staff.id).await {
        Some(mut response) => {
            let clear = visitor.set_cookie(PENDING_COOKIE, "", "/staff", 0);
            response
                .headers_mut()
                .append(axum::http::header::SET_COOKIE, clear);
            response
        }
        None => code_page(
            &app,
            &visitor,
            Some("error-server"),
            StatusCode::SERVICE_UNAVAILABLE,
        ),
    }
}

#[derive(Template)]
#[template(path = "staff_security.html")]
struct SecurityPage {
    staff: StaffPage,
    offered: bool,
    enabled: bool,
    /// When turning it on: the new secret, for the app (grouped), and the link.
    secret: String,
    secret_grouped: String,
    link: String,
    error: Option<String>,
}

/// `kept`: the secret being set up, when a wrong code brings the page back (the app has
/// already taken it; a new one would mean scanning again).
async fn security_page(
    app: &AppState,
    visitor: &Visitor,
    who: &SignedIn,
    error: Option<&str>,
    kept: Option<Vec<u8>>,
    status: StatusCode,
) -> Response {
    let me = match app.store.staff_by_email(&who.staff.email).await {
        Ok(Some(me)) => me,
        Ok(None) => return visitor.server_error(app, "security page", "own account not found"),
        Err(e) => return visitor.server_error(app, "security page", e),
    };
    let enabled = me.totp_secret.is_some();
    let new = if enabled {
        Vec::new()
    } else {
        kept.unwrap_or_else(totp::new_secret)
    };
    let secret = totp::base32(&new);
    let page = SecurityPage {
        staff: StaffPage::new(app, visitor, who, "/staff/security"),
        offered: totp::offered_to(who.staff.role),
        enabled,
        secret_grouped: secret
            .as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join(" "),
        link: if enabled {
            String::new()
        } else {
            totp::otpauth_url(&me.email, &new)
        },
        secret,
        error: error.map(|k| visitor.lang.t(k)),
    };
    visitor.respond(status, page.render())
}

pub async fn security(State(app): State<AppState>, visitor: Visitor, who: SignedIn) -> Response {
    security_page(&app, &visitor, &who, None, None, StatusCode::OK).await
}

/// Turns the second factor on (the code proves the app holds the new secret) or off (the
/// code proves the person still holds the old one).
pub async fn change_security(
    State(app): State<AppState>,
    visitor: Visitor,
    who: SignedIn,
    Form(f): Form<CodeForm>,
) -> Response {
    let kept = totp::from_base32(&f.secret);
    let again = |key: &'static str, status| {
        let (app, visitor, who, kept) = (&app, &visitor, &who, kept.clone());
        async move { security_page(app, visitor, who, Some(key), kept, status).await }
    };
    if !visitor.csrf_ok(&app, &f.csrf) {
        return again("error-form-expired", StatusCode::FORBIDDEN).await;
    }
    if !totp::offered_to(who.staff.role) {
        return again("staff-2fa-not-for-role", StatusCode::FORBIDDEN).await;
    }
    let Ok(Some(me)) = app.store.staff_by_email(&who.staff.email).await else {
        return again("error-server", StatusCode::SERVICE_UNAVAILABLE).await;
    };
    // A session alone (a borrowed computer) must not change how its owner signs in.
    if let Err((key, status)) = current_password(&app, visitor.ip, &me, &f.password).await {
        return again(key, status).await;
    }
    let now = app.now();
    let mut used_step = None;
    let sealed = match (f.op.as_str(), &me.totp_secret) {
        ("enable", None) => {
            let Some(secret) = totp::from_base32(&f.secret) else {
                return again("staff-2fa-wrong", StatusCode::UNPROCESSABLE_ENTITY).await;
            };
            let unix = u64::try_from(now.unix_timestamp()).unwrap_or(0);
            let Some(step) = totp::matching_step(&secret, &f.code, unix) else {
                return again("staff-2fa-wrong", StatusCode::UNPROCESSABLE_ENTITY).await;
            };
            used_step = Some(step);
            Some(app.store.vault().seal(&secret))
        }
        ("disable", Some(_)) => {
            if code_ok(&app, visitor.ip, &me, &f.code, false).await != Code::Right {
                return again("staff-2fa-wrong", StatusCode::UNPROCESSABLE_ENTITY).await;
            }
            None
        }
        _ => return again("staff-error-invalid", StatusCode::BAD_REQUEST).await,
    };
    let change = AdminChange::SetTotp {
        user_id: me.id,
        sealed_secret: sealed,
    };
    if let Err(e) = app.store.admin(change, &who.staff.actor(), now).await {
        tracing::error!(error = %e, "second factor change failed");
        return again("error-server", StatusCode::SERVICE_UNAVAILABLE).await;
    }
    // The code that turned it on is spent: it cannot open a session too.
    if let Some(step) = used_step
        && let Err(e) = app
            .store
            .use_totp_step(me.id, i64::try_from(step).unwrap_or(i64::MAX))
            .await
    {
        tracing::error!(error = %e, "cannot record the enrolment code");
    }
    visitor.redirect("/staff/security", None)
}
