// Staff accounts, API tokens, sessions and sign-in failures.

/// The e-mail addresses of the active supervisors of a unit.
pub async fn supervisors_of(c: &mut Conn, unit_code: &str) -> Result<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT email FROM users WHERE unit_code = $1 AND role = 'supervisor' AND NOT disabled \
         ORDER BY email",
    )
    .bind(unit_code)
    .fetch_all(&mut *c)
    .await?)
}

pub async fn add_staff(c: &mut Conn, s: NewStaff) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO users (email, name, role, unit_code, password_hash, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(s.email.trim().to_lowercase())
    .bind(&s.name)
    .bind(s.role.as_str())
    .bind(&s.unit_code)
    .bind(&s.password_hash)
    .bind(crate::truncate(s.created_at))
    .fetch_one(&mut *c)
    .await?;
    Ok(row.try_get(0)?)
}

macro_rules! staff_select {
    () => {
        "SELECT s.id, s.email, s.name, s.role, s.unit_code, \
         CASE WHEN u.level = 'complaints_cell' THEN p.path ELSE u.path END AS unit_path, \
         s.password_hash, s.disabled, s.totp_secret FROM users s LEFT JOIN units u ON u.code = s.unit_code \
         LEFT JOIN units p ON p.code = u.parent_code"
    };
}

/// Records that the TOTP code of `step` was used; false if that step or a later one was
/// already used (a code works once).
pub async fn use_totp_step(c: &mut Conn, user_id: i64, step: i64) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE users SET totp_last_step = $1 WHERE id = $2 \
         AND (totp_last_step IS NULL OR totp_last_step < $1)",
    )
    .bind(step)
    .bind(user_id)
    .execute(&mut *c)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Every staff account, by e-mail.
pub async fn all_staff(c: &mut Conn) -> Result<Vec<StaffRow>> {
    Ok(
        sqlx::query_as(concat!(staff_select!(), " ORDER BY s.email"))
            .fetch_all(&mut *c)
            .await?,
    )
}

pub async fn staff_by_email(c: &mut Conn, email: &str) -> Result<Option<StaffRow>> {
    Ok(
        sqlx::query_as(concat!(staff_select!(), " WHERE s.email = $1"))
            .bind(email.trim().to_lowercase())
            .fetch_optional(&mut *c)
            .await?,
    )
}

pub async fn staff_by_token(c: &mut Conn, token_hash: &str) -> Result<Option<StaffRow>> {
    Ok(sqlx::query_as(concat!(
        staff_select!(),
        " JOIN api_tokens t ON t.user_id = s.id WHERE t.token_hash = $1"
    ))
    .bind(token_hash)
    .fetch_optional(&mut *c)
    .await?)
}

/// Replaces a password and ends the user's sessions (all of them: a reset must sign out a
/// thief too).
/// Sets a password and ends the account's sessions; how many accounts changed (0 or 1).
pub async fn set_password(c: &mut Conn, user_id: i64, password_hash: String) -> Result<i64> {
    let done = sqlx::query(
        "UPDATE users SET password_hash = $1, failed_logins = 0, locked_until = NULL WHERE id = $2",
    )
    .bind(password_hash)
    .bind(user_id)
    .execute(&mut *c)
    .await?;
    // A new password ends what the old one opened: sessions and API tokens.
    sqlx::query("DELETE FROM staff_sessions WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut *c)
        .await?;
    sqlx::query("DELETE FROM api_tokens WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut *c)
        .await?;
    Ok(done.rows_affected() as i64)
}

/// Disables or enables an account; disabling ends its sessions and tokens.
/// Disables (ending sessions and tokens) or enables an account; how many changed (0 or 1).
pub async fn set_disabled(c: &mut Conn, user_id: i64, disabled: bool) -> Result<i64> {
    let done = sqlx::query("UPDATE users SET disabled = $1 WHERE id = $2 AND disabled <> $1")
        .bind(disabled)
        .bind(user_id)
        .execute(&mut *c)
        .await?;
    if disabled {
        sqlx::query("DELETE FROM staff_sessions WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *c)
            .await?;
        sqlx::query("DELETE FROM api_tokens WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *c)
            .await?;
    }
    Ok(done.rows_affected() as i64)
}

pub async fn staff_by_session(
    c: &mut Conn,
    token_hash: &str,
    now: OffsetDateTime,
) -> Result<Option<StaffRow>> {
    Ok(sqlx::query_as(concat!(
        staff_select!(),
        " JOIN staff_sessions t ON t.user_id = s.id WHERE t.token_hash = $1 AND t.expires_at > $2"
    ))
    .bind(token_hash)
    .bind(crate::truncate(now))
    .fetch_optional(&mut *c)
    .await?)
}

pub async fn add_session(
    c: &mut Conn,
    user_id: i64,
    token_hash: String,
    now: OffsetDateTime,
    expires: OffsetDateTime,
) -> Result<()> {
    sqlx::query("DELETE FROM staff_sessions WHERE expires_at < $1")
        .bind(crate::truncate(now))
        .execute(&mut *c)
        .await?;
    sqlx::query(
        "INSERT INTO staff_sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(token_hash)
    .bind(user_id)
    .bind(crate::truncate(now))
    .bind(crate::truncate(expires))
    .execute(&mut *c)
    .await?;
    sqlx::query("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = $1")
        .bind(user_id)
        .execute(&mut *c)
        .await?;
    Ok(())
}

pub async fn end_session(c: &mut Conn, token_hash: String) -> Result<()> {
    sqlx::query("DELETE FROM staff_sessions WHERE token_hash = $1")
        .bind(token_hash)
        .execute(&mut *c)
        .await?;
    Ok(())
}

/// Takes one sign-in attempt (a password or a second-factor code) before it is checked:
/// false when the account is locked. Each attempt counts as a failure until a session
/// opens (which clears the count), so parallel guesses cannot outrun the lock: the
/// `lock_after`-th attempt locks the account until `lock_until`. After a lock has expired
/// the count starts again.
pub async fn take_sign_in_attempt(
    c: &mut Conn,
    user_id: i64,
    lock_after: i32,
    lock_until: OffsetDateTime,
    now: OffsetDateTime,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE users SET \
         failed_logins = CASE WHEN locked_until IS NOT NULL THEN 1 ELSE failed_logins + 1 END, \
         locked_until = CASE WHEN locked_until IS NULL AND failed_logins + 1 >= $1 THEN $2 \
                             ELSE NULL END \
         WHERE id = $3 AND (locked_until IS NULL OR locked_until <= $4)",
    )
    .bind(lock_after)
    .bind(crate::truncate(lock_until))
    .bind(user_id)
    .bind(crate::truncate(now))
    .execute(&mut *c)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Gives back one attempt that proved right (a password, when a code must still follow;
/// a code outside sign-in): the count goes down by one, and a lock that this attempt set
/// is lifted.
pub async fn refund_sign_in_attempt(c: &mut Conn, user_id: i64, lock_after: i32) -> Result<()> {
    sqlx::query(
        "UPDATE users SET failed_logins = failed_logins - 1, \
         locked_until = CASE WHEN failed_logins - 1 < $1 THEN NULL ELSE locked_until END \
         WHERE id = $2 AND failed_logins > 0",
    )
    .bind(lock_after)
    .bind(user_id)
    .execute(&mut *c)
    .await?;
    Ok(())
}

pub async fn add_token(
    c: &mut Conn,
    user_id: i64,
    token_hash: String,
    at: OffsetDateTime,
) -> Result<()> {
    sqlx::query("INSERT INTO api_tokens (token_hash, user_id, created_at) VALUES ($1, $2, $3)")
        .bind(token_hash)
        .bind(user_id)
        .bind(crate::truncate(at))
        .execute(&mut *c)
        .await?;
    Ok(())
}
