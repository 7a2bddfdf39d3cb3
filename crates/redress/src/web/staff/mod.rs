//! The staff back-office at `/staff/`: sign-in with a session cookie, work queues, and the
//! page where a complaint is handled. Every action goes through `handling::act`, the one
//! place where role, scope and state are checked, for pages and API alike.

mod admin;
mod attachment;
mod complaint;
mod complaint_actions;
mod guide;
mod handbook;
mod home;
mod intake;
mod login;
// Posters of service points (issue 14, part 3).
mod posters;
mod queue;
mod second_factor;
mod training;
mod users;

use crate::auth::token_hash;
use crate::handling::Staff;
use crate::web::AppState;
use crate::web::pages::{Visitor, cookie};
use axum::Router;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use store::Scope;

pub use login::{FAILURE_FLOOR, LOCK_AFTER, LOCK_AFTER_OVERALL};

pub const SESSION_COOKIE: &str = "rd_staff";
/// A session lasts a working day at most.
pub const SESSION_HOURS: i64 = 12;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff/", get(login::start))
        .route("/staff", get(|| async { Redirect::permanent("/staff/") }))
        .route("/staff/login", post(login::sign_in))
        .route(
            "/staff/login/code",
            get(second_factor::code_form).post(second_factor::check_code),
        )
        .route(
            "/staff/security",
            get(second_factor::security).post(second_factor::change_security),
        )
        .route("/staff/logout", post(login::sign_out))
        .route("/staff/queue", get(queue::queue))
        .route("/staff/home", get(home::home))
        .route("/staff/users", get(users::list).post(users::change))
        .route(
            "/staff/password",
            get(login::password_form).post(login::change_password),
        )
        .route("/staff/complaints/{code}", get(complaint::show))
        .route("/staff/complaints/{code}/act", post(complaint_actions::act))
        .route(
            "/staff/complaints/{code}/reveal",
            post(complaint_actions::reveal),
        )
        .route(
            "/staff/complaints/{code}/publish",
            post(complaint_actions::publish),
        )
        .route(
            "/staff/complaints/{code}/erase",
            post(complaint_actions::erase),
        )
        .route(
            "/staff/complaints/{code}/attachments/{id}",
            get(attachment::download),
        )
        .route(
            "/staff/admin/{section}",
            get(admin::show).post(admin::change),
        )
        .route("/staff/handbook", get(handbook::list))
        .route("/staff/handbook/{topic}", get(handbook::show))
        .route("/staff/training/inbox", get(training::inbox))
        .route("/staff/training", get(training::trainer))
        .route("/staff/training/exercises", get(training::mine))
        .route("/staff/training/prepare", post(training::prepare_all))
        .route("/staff/training/trainees/{id}/reset", post(training::reset))
        .route("/staff/guide", get(guide::list))
        .route("/staff/guide/{code}", get(guide::show).post(guide::save))
        .route(
            "/staff/intake",
            get(intake::form)
                .post(intake::submit)
                .layer(axum::extract::DefaultBodyLimit::max(
                    crate::web::MAX_UPLOAD_BODY,
                )),
        )
        .merge(posters::routes())
}

/// A signed-in staff member (the session is checked against the database on every request,
/// so a disabled account is out at once).
pub struct SignedIn {
    pub staff: Staff,
    pub name: String,
    pub unit: Option<String>,
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<SignedIn, Response> {
        let to_login = || Redirect::to("/staff/").into_response();
        let token = cookie(&parts.headers, SESSION_COOKIE).ok_or_else(to_login)?;
        let row = app
            .store
            .staff_by_session(&token_hash(token), app.now())
            .await
            .map_err(|e| crate::web::error::ApiError::from(e).into_response())?
            .filter(|s| !s.disabled)
            .ok_or_else(to_login)?;
        let role = row.role;
        Ok(SignedIn {
            staff: Staff {
                id: row.id,
                email: row.email.clone(),
                role,
                scope: Scope::for_staff(role, row.unit_code.as_deref(), row.unit_path.as_deref()),
            },
            name: row.name,
            unit: row.unit_code,
        })
    }
}

impl axum::extract::OptionalFromRequestParts<AppState> for SignedIn {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        app: &AppState,
    ) -> Result<Option<SignedIn>, Self::Rejection> {
        Ok(
            <SignedIn as FromRequestParts<AppState>>::from_request_parts(parts, app)
                .await
                .ok(),
        )
    }
}

/// The (code, label) lists of departments, regions and provinces the staff forms offer.
pub struct ReferenceChoices {
    pub departments: Vec<(String, String)>,
    pub regions: Vec<(String, String)>,
    /// By name.
    pub provinces: Vec<(String, String)>,
}

pub fn reference_choices(app: &AppState, lang: crate::i18n::Lang) -> ReferenceChoices {
    let catalog = app.catalog();
    let mut provinces: Vec<(String, String)> = catalog
        .provinces
        .iter()
        .map(|p| (p.code.clone(), p.name.clone()))
        .collect();
    provinces.sort_by(|a, b| a.1.cmp(&b.1));
    ReferenceChoices {
        departments: catalog
            .departments()
            .into_iter()
            .map(|d| (d.to_owned(), lang.t(&format!("dept-{d}"))))
            .collect(),
        regions: catalog
            .regions
            .iter()
            .map(|r| (r.code.clone(), r.name.clone()))
            .collect(),
        provinces,
    }
}

/// What every staff page shows: who is signed in, the language, the CSRF token.
pub struct StaffPage {
    pub page: crate::web::pages::Page,
    pub name: String,
    pub role: String,
    pub is_admin: bool,
    /// Admins and auditors see the reference data pages.
    pub reads_admin: bool,
    /// Admins and supervisors may turn on the second factor.
    pub two_factor: bool,
    /// Admins and supervisors print posters.
    pub prints_posters: bool,
}

impl StaffPage {
    pub fn new(app: &AppState, visitor: &Visitor, who: &SignedIn, path: &str) -> StaffPage {
        StaffPage {
            page: visitor.page(app, path),
            name: who.name.clone(),
            role: visitor.lang.t(&format!("role-{}", who.staff.role)),
            is_admin: who.staff.role == domain::Role::Admin,
            reads_admin: crate::admin::may_read(who.staff.role),
            two_factor: crate::totp::offered_to(who.staff.role),
            prints_posters: who.staff.role.prints_posters(),
        }
    }

    pub fn t(&self, key: &str) -> String {
        self.page.t(key)
    }
}
