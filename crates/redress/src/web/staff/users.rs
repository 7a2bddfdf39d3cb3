//! `/staff/users` (admins): the staff accounts — add one, disable or enable it, set a new
//! password. Every change ends the sessions it must and is logged with who did it.

use super::{SignedIn, StaffPage};
use crate::auth::{MIN_PASSWORD, make_password_hash};
use crate::web::AppState;
use crate::web::pages::Visitor;
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::Role;
use serde::Deserialize;
use store::{AdminChange, NewStaff, StoreError};

pub struct Account {
    pub email: String,
    pub name: String,
    pub role: String,
    pub unit: String,
    pub disabled: bool,
}

#[derive(Template)]
#[template(path = "staff_users.html")]
struct UsersPage {
    staff: StaffPage,
    accounts: Vec<Account>,
    roles: Vec<(String, String)>,
    units: Vec<(String, String)>,
    error: Option<String>,
}

async fn render(
    app: &AppState,
    visitor: &Visitor,
    who: &SignedIn,
    error: Option<String>,
    status: StatusCode,
) -> Response {
    let lang = visitor.lang;
    let accounts = match app.store.all_staff().await {
        Ok(rows) => rows
            .into_iter()
            .map(|r| Account {
                email: r.email,
                name: r.name,
                role: lang.t(&format!("role-{}", r.role)),
                unit: r.unit_code.unwrap_or_default(),
                disabled: r.disabled,
            })
            .collect(),
        Err(e) => {
            return visitor.server_error(app, "cannot list staff", e);
        }
    };
    let page = UsersPage {
        staff: StaffPage::new(app, visitor, who, "/staff/users"),
        accounts,
        roles: Role::ALL
            .iter()
            .map(|r| (r.as_str().to_owned(), lang.t(&format!("role-{r}"))))
            .collect(),
        units: app
            .catalog()
            .units
            .iter()
            .map(|u| (u.code.clone(), u.name_fr.clone()))
            .collect(),
        error,
    };
    visitor.respond(status, page.render())
}

fn admins_only(visitor: &Visitor, app: &AppState, who: &SignedIn) -> Option<Response> {
    (who.staff.role != Role::Admin).then(|| visitor.forbidden(app))
}

pub async fn list(State(app): State<AppState>, visitor: Visitor, who: SignedIn) -> Response {
    if let Some(refused) = admins_only(&visitor, &app, &who) {
        return refused;
    }
    render(&app, &visitor, &who, None, StatusCode::OK).await
}

#[derive(Deserialize)]
pub struct AccountForm {
    #[serde(default)]
    csrf: String,
    /// `add`, `disable`, `enable`, `password` or `totp-off`.
    #[serde(default)]
    op: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    unit: String,
    #[serde(default)]
    password: String,
}

pub async fn change(
    State(app): State<AppState>,
    visitor: Visitor,
    who: SignedIn,
    Form(f): Form<AccountForm>,
) -> Response {
    if let Some(refused) = admins_only(&visitor, &app, &who) {
        return refused;
    }
    let lang = visitor.lang;
    let fail = |key: &str, status| {
        let message = lang.t(key);
        let (app, visitor, who) = (&app, &visitor, &who);
        async move { render(app, visitor, who, Some(message), status).await }
    };
    if !visitor.csrf_ok(&app, &f.csrf) {
        return fail("error-form-expired", StatusCode::FORBIDDEN).await;
    }
    let needs_password = matches!(f.op.as_str(), "add" | "password");
    if needs_password && f.password.chars().count() < MIN_PASSWORD {
        return fail("staff-password-short", StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let result = match f.op.as_str() {
        "add" => {
            let Some(role) = Role::parse(&f.role) else {
                return fail("staff-error-invalid", StatusCode::UNPROCESSABLE_ENTITY).await;
            };
            let unit = Some(f.unit.trim().to_owned()).filter(|u| !u.is_empty());
            if !f.email.contains('@')
                || f.name.trim().is_empty()
                || (unit.is_none() && !role.sees_everything())
            {
                return fail("staff-error-invalid", StatusCode::UNPROCESSABLE_ENTITY).await;
            }
            let Ok(hash) = make_password_hash(&f.password).await else {
                return fail("error-server", StatusCode::SERVICE_UNAVAILABLE).await;
            };
            let staff = NewStaff {
                email: f.email.clone(),
                name: f.name.trim().to_owned(),
                role,
                unit_code: unit,
                password_hash: hash,
                created_at: app.now(),
            };
            app.store
                .admin(AdminChange::AddStaff(staff), &who.staff.actor(), app.now())
                .await
                .map(|_| ())
        }
        op @ ("disable" | "enable" | "password" | "totp-off") => {
            let user = match app.store.staff_by_email(&f.email).await {
                Ok(Some(u)) => u,
                _ => return fail("staff-error-invalid", StatusCode::UNPROCESSABLE_ENTITY).await,
            };
            // One's own account is not disabled, its password not replaced, nor its second
            // factor removed, from here: a borrowed session must not take over or weaken its
            // owner's sign-in (one's own password changes at /staff/password, with the
            // current one).
            if user.id == who.staff.id && matches!(op, "disable" | "totp-off" | "password") {
                return fail("staff-error-forbidden", StatusCode::FORBIDDEN).await;
            }
            let change = match op {
                "password" => match make_password_hash(&f.password).await {
                    Ok(hash) => AdminChange::SetPassword {
                        user_id: user.id,
                        password_hash: hash,
                    },
                    Err(_) => return fail("error-server", StatusCode::SERVICE_UNAVAILABLE).await,
                },
                "totp-off" => AdminChange::SetTotp {
                    user_id: user.id,
                    sealed_secret: None,
                },
                _ => AdminChange::SetDisabled {
                    user_id: user.id,
                    disabled: op == "disable",
                },
            };
            app.store
                .admin(change, &who.staff.actor(), app.now())
                .await
                .map(|_| ())
        }
        _ => return fail("staff-error-invalid", StatusCode::BAD_REQUEST).await,
    };
    match result {
        Ok(()) => {
            tracing::info!(op = %f.op, by = who.staff.id, "staff account changed");
            visitor.redirect("/staff/users", None)
        }
        Err(StoreError::Duplicate(_)) => fail("staff-user-exists", StatusCode::CONFLICT).await,
        Err(StoreError::Reference) => {
            fail("staff-error-invalid", StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => {
            tracing::error!(error = %e, "staff account change failed");
            fail("error-server", StatusCode::SERVICE_UNAVAILABLE).await
        }
    }
}
