//! `redress user add` and `redress token create`.

use super::{Failure, open_store};
use crate::auth::{MIN_PASSWORD, hash_password, new_token, token_hash};
use crate::config::Settings;
use domain::Role;
use std::io::BufRead;
use std::process::ExitCode;
use store::{AdminChange, NewStaff, StoreError};

/// The actor of changes made on the command line (by whoever runs the server's account).
const CLI: &str = "cli";
use time::OffsetDateTime;

fn read_password() -> Result<String, Failure> {
    if let Ok(p) = std::env::var("REDRESS_PASSWORD") {
        return Ok(p);
    }
    eprintln!("password (at least {MIN_PASSWORD} characters), then Enter:");
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

pub async fn add(
    settings: &Settings,
    email: String,
    name: String,
    role: String,
    unit: Option<String>,
) -> Result<ExitCode, Failure> {
    let role = Role::parse(&role).ok_or_else(|| {
        Failure(format!(
            "unknown role {role:?}: use admin, supervisor, officer, intake or auditor"
        ))
    })?;
    if !email.contains('@') {
        return Err(Failure(format!("{email:?} is not an e-mail address")));
    }
    if unit.is_none() && !role.sees_everything() {
        return Err(Failure(format!(
            "a staff member with the role {role} needs --unit"
        )));
    }
    let password = read_password()?;
    if password.chars().count() < MIN_PASSWORD {
        return Err(Failure(format!(
            "the password must have at least {MIN_PASSWORD} characters"
        )));
    }
    let store = open_store(settings).await?;
    let staff = NewStaff {
        email: email.clone(),
        name,
        role,
        unit_code: unit.clone(),
        password_hash: hash_password(&password).map_err(Failure)?,
        created_at: OffsetDateTime::now_utc(),
    };
    let now = OffsetDateTime::now_utc();
    match store.admin(AdminChange::AddStaff(staff), CLI, now).await {
        Ok(id) => {
            eprintln!("redress: added {role} {email} (user {id})");
            Ok(ExitCode::SUCCESS)
        }
        Err(StoreError::Duplicate(_)) => Err(Failure(format!(
            "a user with the e-mail {email} already exists"
        ))),
        Err(StoreError::Reference) => Err(Failure(format!(
            "there is no unit {:?} (see /api/v1/units)",
            unit.unwrap_or_default()
        ))),
        Err(e) => Err(e.into()),
    }
}

pub async fn create_token(
    settings: &Settings,
    email: String,
    days: i64,
) -> Result<ExitCode, Failure> {
    let store = open_store(settings).await?;
    let staff = store
        .staff_by_email(&email)
        .await?
        .ok_or_else(|| Failure(format!("no user has the e-mail {email}")))?;
    if staff.disabled {
        return Err(Failure(format!("the account {email} is disabled")));
    }
    let token = new_token();
    let now = OffsetDateTime::now_utc();
    let expires = now + time::Duration::days(days);
    store
        .add_token(staff.id, token_hash(&token), now, expires)
        .await?;
    println!("{token}");
    eprintln!("redress: the token works until {} (UTC)", expires.date());
    Ok(ExitCode::SUCCESS)
}

async fn find(store: &store::Store, email: &str) -> Result<store::StaffRow, Failure> {
    store
        .staff_by_email(email)
        .await?
        .ok_or_else(|| Failure(format!("no user has the e-mail {email}")))
}

pub async fn password(settings: &Settings, email: String) -> Result<ExitCode, Failure> {
    let password = read_password()?;
    if password.chars().count() < MIN_PASSWORD {
        return Err(Failure(format!(
            "the password must have at least {MIN_PASSWORD} characters"
        )));
    }
    let store = open_store(settings).await?;
    let user = find(&store, &email).await?;
    let change = AdminChange::SetPassword {
        user_id: user.id,
        password_hash: hash_password(&password).map_err(Failure)?,
    };
    store.admin(change, CLI, OffsetDateTime::now_utc()).await?;
    eprintln!("redress: new password set for {email}; their sessions are ended");
    Ok(ExitCode::SUCCESS)
}

pub async fn disable(
    settings: &Settings,
    email: String,
    disabled: bool,
) -> Result<ExitCode, Failure> {
    let store = open_store(settings).await?;
    let user = find(&store, &email).await?;
    let change = AdminChange::SetDisabled {
        user_id: user.id,
        disabled,
    };
    store.admin(change, CLI, OffsetDateTime::now_utc()).await?;
    let what = if disabled {
        "disabled; sessions and tokens ended"
    } else {
        "enabled"
    };
    eprintln!("redress: {email} {what}");
    Ok(ExitCode::SUCCESS)
}
