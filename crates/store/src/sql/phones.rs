// Phone channels (SMS, USSD): what is remembered of a number, each gateway message once,
// the complaints filed from a number, USSD sessions.

pub async fn phone_sender(c: &mut Conn, key: &str) -> Result<Option<PhoneSender>> {
    Ok(sqlx::query_as(
        "SELECT sender_key, language, stopped, pending_code, pending_step, pending_department, \
         pending_until FROM phone_senders WHERE sender_key = $1",
    )
    .bind(key)
    .fetch_optional(&mut *c)
    .await?)
}

pub async fn save_phone_sender(c: &mut Conn, s: PhoneSender, at: OffsetDateTime) -> Result<()> {
    sqlx::query(
        "INSERT INTO phone_senders (sender_key, language, stopped, pending_code, pending_step, \
         pending_department, pending_until, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
         ON CONFLICT (sender_key) DO UPDATE SET language = excluded.language, \
         stopped = excluded.stopped, pending_code = excluded.pending_code, \
         pending_step = excluded.pending_step, pending_department = excluded.pending_department, \
         pending_until = excluded.pending_until, updated_at = excluded.updated_at",
    )
    .bind(&s.sender_key)
    .bind(&s.language)
    .bind(s.stopped)
    .bind(&s.pending_code)
    .bind(&s.pending_step)
    .bind(&s.pending_department)
    .bind(s.pending_until.map(crate::truncate))
    .bind(crate::truncate(at))
    .execute(&mut *c)
    .await?;
    Ok(())
}

/// The sealed reply given to a message already handled, if it was.
pub async fn seen_message(
    c: &mut Conn,
    channel: &str,
    gateway_id: &str,
) -> Result<Option<Option<Vec<u8>>>> {
    Ok(sqlx::query_scalar(
        "SELECT reply FROM inbound_messages WHERE channel = $1 AND gateway_id = $2",
    )
    .bind(channel)
    .bind(gateway_id)
    .fetch_optional(&mut *c)
    .await?)
}

/// Records a handled message and its sealed reply; `false` if it was recorded meanwhile.
pub async fn record_message(
    c: &mut Conn,
    channel: String,
    gateway_id: String,
    sender_key: String,
    at: OffsetDateTime,
    limited: bool,
    reply: Option<Vec<u8>>,
) -> Result<bool> {
    let done = sqlx::query(
        "INSERT INTO inbound_messages (channel, gateway_id, sender_key, received_at, limited, \
         reply) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (channel, gateway_id) DO NOTHING",
    )
    .bind(&channel)
    .bind(&gateway_id)
    .bind(&sender_key)
    .bind(crate::truncate(at))
    .bind(limited)
    .bind(reply)
    .execute(&mut *c)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// How many messages a number sent since `since`, and how many of them were refused for
/// coming too fast.
pub async fn messages_since(c: &mut Conn, key: &str, since: OffsetDateTime) -> Result<(i64, i64)> {
    let row = sqlx::query(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN limited THEN 1 ELSE 0 END), 0) \
         FROM inbound_messages WHERE sender_key = $1 AND received_at >= $2",
    )
    .bind(key)
    .bind(crate::truncate(since))
    .fetch_one(&mut *c)
    .await?;
    Ok((row.try_get(0)?, row.try_get(1)?))
}

/// The complaints filed from a number, newest first.
pub async fn complaints_of_sender(c: &mut Conn, key: &str, limit: i64) -> Result<Vec<ComplaintRow>> {
    Ok(sqlx::query_as(concat!(
        complaint_select!(),
        " WHERE c.sender_key = $1 ORDER BY c.id DESC LIMIT $2"
    ))
    .bind(key)
    .bind(limit)
    .fetch_all(&mut *c)
    .await?)
}

/// A USSD session's state and the key of its number, if it was seen since `fresh_after`.
pub async fn ussd_session(
    c: &mut Conn,
    id: &str,
    fresh_after: OffsetDateTime,
) -> Result<Option<(String, String)>> {
    let row = sqlx::query(
        "SELECT sender_key, state FROM ussd_sessions WHERE session_id = $1 AND updated_at > $2",
    )
    .bind(id)
    .bind(crate::truncate(fresh_after))
    .fetch_optional(&mut *c)
    .await?;
    row.map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).transpose()
}

/// Saves a USSD session's state (and forgets sessions idle since `stale_before`).
pub async fn save_ussd_session(
    c: &mut Conn,
    id: String,
    sender_key: String,
    state: String,
    at: OffsetDateTime,
    stale_before: OffsetDateTime,
) -> Result<()> {
    sqlx::query("DELETE FROM ussd_sessions WHERE updated_at < $1")
        .bind(crate::truncate(stale_before))
        .execute(&mut *c)
        .await?;
    sqlx::query(
        "INSERT INTO ussd_sessions (session_id, sender_key, state, updated_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (session_id) DO UPDATE SET \
         state = excluded.state, updated_at = excluded.updated_at \
         WHERE ussd_sessions.sender_key = excluded.sender_key",
    )
    .bind(&id)
    .bind(&sender_key)
    .bind(&state)
    .bind(crate::truncate(at))
    .execute(&mut *c)
    .await?;
    Ok(())
}

/// Queues messages that no change causes (the parts of an answer a citizen asked to read).
pub async fn queue_notifications(
    c: &mut Conn,
    complaint_id: Option<i64>,
    notifications: Vec<(NewNotification, Vec<u8>)>,
    at: OffsetDateTime,
) -> Result<()> {
    enqueue(c, complaint_id, &notifications, crate::truncate(at)).await
}
