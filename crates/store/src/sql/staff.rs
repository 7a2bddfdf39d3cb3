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

/// The staff member a live API token belongs to (tokens made before they had an end last
/// `LEGACY_TOKEN_DAYS` from when they were made).
pub async fn staff_by_token(
    c: &mut Conn,
    token_hash: &str,
    now: OffsetDateTime,
) -> Result<Option<StaffRow>> {
    Ok(sqlx::query_as(concat!(
        staff_select!(),
        " JOIN api_tokens t ON t.user_id = s.id WHERE t.token_hash = $1 AND \
         (t.expires_at > $2 OR (t.expires_at IS NULL AND t.created_at > $3))"
    ))
    .bind(token_hash)
    .bind(crate::truncate(now))
    .bind(crate::truncate(
        now - time::Duration::days(crate::LEGACY_TOKEN_DAYS),
    ))
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
    network: String,
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
    sqlx::query("DELETE FROM sign_in_attempts WHERE user_id = $1 AND network = $2")
        .bind(user_id)
        .bind(network)
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
/// false when the account is locked for `a.network` or for every address. Each attempt
/// counts as a failure until a session opens from that network (which clears its count),
/// so parallel guesses cannot outrun the lock. The `per_network`-th attempt from one
/// address network locks the account for that network only (a stranger elsewhere cannot
/// lock its owner out); the `overall`-th from all of them together (a spread-out attack)
/// locks it everywhere. Locks end at `a.lock_until`; a network's count older than
/// `a.stale_before` starts again.
pub async fn take_sign_in_attempt(c: &mut Conn, a: SignInAttempt) -> Result<bool> {
    let now = crate::truncate(a.now);
    let until = crate::truncate(a.lock_until);
    sqlx::query(
        "DELETE FROM sign_in_attempts WHERE user_id = $1 AND last_at < $2 \
         AND (locked_until IS NULL OR locked_until <= $3)",
    )
    .bind(a.user_id)
    .bind(crate::truncate(a.stale_before))
    .bind(now)
    .execute(&mut *c)
    .await?;
    sqlx::query(
        "INSERT INTO sign_in_attempts (user_id, network, attempts, last_at) \
         VALUES ($1, $2, 0, $3) ON CONFLICT (user_id, network) DO NOTHING",
    )
    .bind(a.user_id)
    .bind(&a.network)
    .bind(now)
    .execute(&mut *c)
    .await?;
    let here = sqlx::query(
        "UPDATE sign_in_attempts SET \
         attempts = CASE WHEN locked_until IS NOT NULL THEN 1 ELSE attempts + 1 END, \
         locked_until = CASE WHEN locked_until IS NULL AND attempts + 1 >= $1 THEN $2 \
                             ELSE NULL END, \
         last_at = $3 \
         WHERE user_id = $4 AND network = $5 AND (locked_until IS NULL OR locked_until <= $3)",
    )
    .bind(a.per_network)
    .bind(until)
    .bind(now)
    .bind(a.user_id)
    .bind(&a.network)
    .execute(&mut *c)
    .await?;
    if here.rows_affected() != 1 {
        return Ok(false);
    }
    let everywhere = sqlx::query(
        "UPDATE users SET \
         failed_logins = CASE WHEN locked_until IS NOT NULL THEN 1 ELSE failed_logins + 1 END, \
         locked_until = CASE WHEN locked_until IS NULL AND failed_logins + 1 >= $1 THEN $2 \
                             ELSE NULL END \
         WHERE id = $3 AND (locked_until IS NULL OR locked_until <= $4)",
    )
    .bind(a.overall)
    .bind(until)
    .bind(a.user_id)
    .bind(now)
    .execute(&mut *c)
    .await?;
    Ok(everywhere.rows_affected() == 1)
}

/// Gives back one attempt that proved right (a password, when a code must still follow;
/// a code outside sign-in): both counts go down by one, and a lock this attempt set is
/// lifted.
pub async fn refund_sign_in_attempt(c: &mut Conn, a: SignInAttempt) -> Result<()> {
    sqlx::query(
        "UPDATE sign_in_attempts SET attempts = attempts - 1, \
         locked_until = CASE WHEN attempts - 1 < $1 THEN NULL ELSE locked_until END \
         WHERE user_id = $2 AND network = $3 AND attempts > 0",
    )
    .bind(a.per_network)
    .bind(a.user_id)
    .bind(&a.network)
    .execute(&mut *c)
    .await?;
    sqlx::query(
        "UPDATE users SET failed_logins = failed_logins - 1, \
         locked_until = CASE WHEN failed_logins - 1 < $1 THEN NULL ELSE locked_until END \
         WHERE id = $2 AND failed_logins > 0",
    )
    .bind(a.overall)
    .bind(a.user_id)
    .execute(&mut *c)
    .await?;
    Ok(())
}

/// Takes one follow-up secret attempt on a complaint, from any address or channel, before
/// it is checked: false while the complaint's follow-up is locked. The
/// `max`-th attempt within `window` locks the complaint's follow-up until `now + window`;
/// a right secret gives its attempt back (`refund_secret_attempt`).
pub async fn take_secret_attempt(
    c: &mut Conn,
    complaint_id: i64,
    max: i32,
    window: time::Duration,
    now: OffsetDateTime,
) -> Result<bool> {
    let (now, window_start) = (crate::truncate(now), crate::truncate(now - window));
    sqlx::query(
        "INSERT INTO secret_attempts (complaint_id, attempts, window_start) VALUES ($1, 0, $2) \
         ON CONFLICT (complaint_id) DO UPDATE SET attempts = 0, window_start = $2, \
         locked_until = NULL \
         WHERE secret_attempts.window_start <= $3 \
         AND (secret_attempts.locked_until IS NULL OR secret_attempts.locked_until <= $2)",
    )
    .bind(complaint_id)
    .bind(now)
    .bind(window_start)
    .execute(&mut *c)
    .await?;
    let taken = sqlx::query(
        "UPDATE secret_attempts SET attempts = attempts + 1, \
         locked_until = CASE WHEN attempts + 1 >= $1 THEN $2 ELSE NULL END \
         WHERE complaint_id = $3 AND (locked_until IS NULL OR locked_until <= $4)",
    )
    .bind(max)
    .bind(crate::truncate(now + window))
    .bind(complaint_id)
    .bind(now)
    .execute(&mut *c)
    .await?;
    Ok(taken.rows_affected() == 1)
}

/// Gives back the attempt of a right secret (and lifts the lock it set).
pub async fn refund_secret_attempt(c: &mut Conn, complaint_id: i64, max: i32) -> Result<()> {
    sqlx::query(
        "UPDATE secret_attempts SET attempts = attempts - 1, \
         locked_until = CASE WHEN attempts - 1 < $1 THEN NULL ELSE locked_until END \
         WHERE complaint_id = $2 AND attempts > 0",
    )
    .bind(max)
    .bind(complaint_id)
    .execute(&mut *c)
    .await?;
    Ok(())
}

pub async fn add_token(
    c: &mut Conn,
    user_id: i64,
    token_hash: String,
    at: OffsetDateTime,
    expires: OffsetDateTime,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO api_tokens (token_hash, user_id, created_at, expires_at) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(token_hash)
    .bind(user_id)
    .bind(crate::truncate(at))
    .bind(crate::truncate(expires))
    .execute(&mut *c)
    .await?;
    Ok(())
}
