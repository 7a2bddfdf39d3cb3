// The notification outbox: queueing, leasing to a node, settling.

/// Queues notifications (recipients already sealed) in the caller's transaction.
pub async fn enqueue(
    c: &mut Conn,
    complaint_id: Option<i64>,
    notifications: &[(NewNotification, Vec<u8>)],
    at: OffsetDateTime,
) -> Result<()> {
    for (n, sealed) in notifications {
        let mut q = QueryBuilder::new(NOTIFICATION_INSERT);
        let mut v = q.push_bind(complaint_id).push(", ").separated(", ");
        push_notification(&mut v, n, sealed, at);
        q.build().execute(&mut *c).await?;
    }
    Ok(())
}

/// A message's row, up to its complaint's id (then `push_notification`).
const NOTIFICATION_INSERT: &str = "INSERT INTO notifications (complaint_id, channel, recipient, \
     language, template, params, next_attempt_at, created_at) VALUES (";

/// The rest of a message's row after its complaint's id, due at `at`.
fn push_notification(
    v: &mut sqlx::query_builder::Separated<'_, Db, &'static str>,
    n: &NewNotification,
    sealed: &[u8],
    at: OffsetDateTime,
) {
    v.push_bind(&n.channel)
        .push_bind(sealed)
        .push_bind(&n.language)
        .push_bind(&n.template)
        .push_bind(Json(&n.params))
        .push_bind(at)
        .push_bind(at);
    v.push_unseparated(")");
}

/// Leases up to `limit` due notifications of the given channels to `node` until
/// `lease_until`; another node skips them (PostgreSQL: rows locked ones are skipped too).
pub async fn claim_notifications(
    c: &mut Conn,
    node: String,
    sms: bool,
    email: bool,
    now: OffsetDateTime,
    lease_until: OffsetDateTime,
    limit: i64,
) -> Result<Vec<NotificationRow>> {
    let mut rows: Vec<NotificationRow> = sqlx::query_as(CLAIM_NOTIFICATIONS)
        .bind(crate::truncate(lease_until))
        .bind(&node)
        .bind(crate::truncate(now))
        .bind(limit)
        .bind(sms)
        .bind(email)
        .fetch_all(&mut *c)
        .await?;
    // `RETURNING` does not keep the subquery's order (PostgreSQL hashes the ids): sent in
    // the order queued, a citizen gets the receipt before the answer.
    rows.sort_by_key(|r| r.id);
    Ok(rows)
}

/// Records the outcome of a send by `node`: sent, or tried again at `retry_at`, or failed
/// for good. A node whose lease was taken over records nothing.
pub async fn settle_notification(
    c: &mut Conn,
    id: i64,
    node: String,
    outcome: std::result::Result<(), String>,
    now: OffsetDateTime,
    retry_at: Option<OffsetDateTime>,
) -> Result<bool> {
    let done =
        match outcome {
            Ok(()) => sqlx::query(
                "UPDATE notifications SET status = 'sent', sent_at = $1, attempts = attempts + 1, \
                 lease_until = NULL WHERE id = $2 AND leased_by = $3 AND status = 'pending'",
            )
            .bind(crate::truncate(now))
            .bind(id)
            .bind(&node)
            .execute(&mut *c)
            .await?,
            Err(error) => {
                let status = if retry_at.is_some() {
                    "pending"
                } else {
                    "failed"
                };
                sqlx::query(
                "UPDATE notifications SET status = $1, attempts = attempts + 1, last_error = $2, \
                 next_attempt_at = $3, lease_until = NULL WHERE id = $4 AND leased_by = $5 \
                 AND status = 'pending'",
            )
            .bind(status)
            .bind(error)
            .bind(crate::truncate(retry_at.unwrap_or(now)))
            .bind(id)
            .bind(&node)
            .execute(&mut *c)
            .await?
            }
        };
    Ok(done.rows_affected() == 1)
}

pub async fn notifications_of(c: &mut Conn, complaint_id: i64) -> Result<Vec<NotificationRow>> {
    Ok(sqlx::query_as(
        "SELECT id, complaint_id, channel, recipient, language, template, params, status, \
         attempts, last_error FROM notifications WHERE complaint_id = $1 ORDER BY id",
    )
    .bind(complaint_id)
    .fetch_all(&mut *c)
    .await?)
}

/// The newest notifications in a status (for admins looking at the outbox).
pub async fn notifications_in(
    c: &mut Conn,
    status: String,
    limit: i64,
) -> Result<Vec<NotificationRow>> {
    Ok(sqlx::query_as(
        "SELECT id, complaint_id, channel, recipient, language, template, params, status, \
         attempts, last_error FROM notifications WHERE status = $1 ORDER BY id DESC LIMIT $2",
    )
    .bind(status)
    .bind(limit)
    .fetch_all(&mut *c)
    .await?)
}

/// How many notifications are in each status, per channel (for admins and metrics).
pub async fn notification_counts(c: &mut Conn) -> Result<Vec<(String, String, i64)>> {
    let rows =
        sqlx::query("SELECT status, channel, COUNT(*) FROM notifications GROUP BY status, channel")
            .fetch_all(&mut *c)
            .await?;
    rows.iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?)))
        .collect()
}

/// Takes one of the `max` messages a recipient (by its keyed hash) may be sent within
/// `window`; false when they are used up.
pub async fn take_recipient_quota(
    c: &mut Conn,
    recipient_key: String,
    max: i32,
    window: time::Duration,
    now: OffsetDateTime,
) -> Result<bool> {
    let now = crate::truncate(now);
    sqlx::query(
        "INSERT INTO recipient_quota (recipient_key, sent, window_start) VALUES ($1, 0, $2) \
         ON CONFLICT (recipient_key) DO UPDATE SET sent = 0, window_start = $2 \
         WHERE recipient_quota.window_start <= $3",
    )
    .bind(&recipient_key)
    .bind(now)
    .bind(crate::truncate(now - window))
    .execute(&mut *c)
    .await?;
    let taken = sqlx::query(
        "UPDATE recipient_quota SET sent = sent + 1 WHERE recipient_key = $1 AND sent < $2",
    )
    .bind(&recipient_key)
    .bind(max)
    .execute(&mut *c)
    .await?;
    Ok(taken.rows_affected() == 1)
}
