// The SQL of Redress, written once and compiled twice: `lib.rs` includes this file in the
// module of each backend, where `Db` names that backend and `SELECT_HEAD` is its way of
// reading (and, on PostgreSQL, locking) the head of the audit chain. Every function runs on
// a connection the caller has already put in a transaction.

use crate::error::StoreError;
use crate::reference::Reference;
use crate::types::*;
use domain::audit::{EventContent, GENESIS};
use futures_util::TryStreamExt;
use serde_json::Value;
use sqlx::types::Json;
use sqlx::{QueryBuilder, Row};
use time::OffsetDateTime;

pub type Conn = <Db as sqlx::Database>::Connection;
type Result<T> = std::result::Result<T, StoreError>;

macro_rules! complaint_columns {
    () => {
        "SELECT c.id, c.tracking_code, c.secret_hash, c.kind, c.channel, c.language, \
         c.category_code, c.unit_code, u.path AS unit_path, c.commune_code, c.address, c.lat, \
         c.long, c.description, c.anonymous, c.complainant, c.status, c.assignee_id, \
         s.email AS assignee_email, c.escalation_level, c.version, c.received_at, c.updated_at, \
         c.acknowledge_by, c.answer_by, c.acknowledged_at, c.answered_at, c.closed_at"
    };
}

macro_rules! complaint_select {
    () => {
        concat!(
            complaint_columns!(),
            " FROM complaints c JOIN units u ON u.code = c.unit_code \
             LEFT JOIN users s ON s.id = c.assignee_id"
        )
    };
}

pub async fn ping(c: &mut Conn) -> Result<()> {
    sqlx::query("SELECT 1").execute(&mut *c).await?;
    Ok(())
}

/// Appends one event to the chain and moves the head; returns its sequence number.
pub async fn append_event(
    c: &mut Conn,
    complaint_id: i64,
    tracking_code: &str,
    actor: &str,
    action: &str,
    data: &Value,
    at: OffsetDateTime,
) -> Result<i64> {
    let head = sqlx::query(SELECT_HEAD).fetch_one(&mut *c).await?;
    let (prev_seq, prev_hash): (i64, String) = (head.try_get(0)?, head.try_get(1)?);
    let seq = prev_seq + 1;
    let content = EventContent {
        seq,
        tracking_code,
        actor,
        action,
        data,
        at_micros: crate::micros(at),
    };
    let hash = content.hash(&prev_hash);
    sqlx::query(
        "INSERT INTO complaint_events (seq, complaint_id, actor, action, data, at, hash) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(seq)
    .bind(complaint_id)
    .bind(actor)
    .bind(action)
    .bind(Json(data))
    .bind(at)
    .bind(&hash)
    .execute(&mut *c)
    .await?;
    sqlx::query("UPDATE audit_head SET seq = $1, hash = $2 WHERE id = 1")
        .bind(seq)
        .bind(&hash)
        .execute(&mut *c)
        .await?;
    Ok(seq)
}

/// Queues notifications (recipients already sealed) in the caller's transaction.
pub async fn enqueue(
    c: &mut Conn,
    complaint_id: Option<i64>,
    notifications: &[(NewNotification, Vec<u8>)],
    at: OffsetDateTime,
) -> Result<()> {
    for (n, sealed) in notifications {
        sqlx::query(
            "INSERT INTO notifications (complaint_id, channel, recipient, language, template, \
             params, next_attempt_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)",
        )
        .bind(complaint_id)
        .bind(&n.channel)
        .bind(sealed)
        .bind(&n.language)
        .bind(&n.template)
        .bind(Json(&n.params))
        .bind(at)
        .execute(&mut *c)
        .await?;
    }
    Ok(())
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
    Ok(sqlx::query_as(CLAIM_NOTIFICATIONS)
        .bind(crate::truncate(lease_until))
        .bind(&node)
        .bind(crate::truncate(now))
        .bind(limit)
        .bind(sms)
        .bind(email)
        .fetch_all(&mut *c)
        .await?)
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
    let done = match outcome {
        Ok(()) => {
            sqlx::query(
                "UPDATE notifications SET status = 'sent', sent_at = $1, attempts = attempts + 1, \
                 lease_until = NULL WHERE id = $2 AND leased_by = $3 AND status = 'pending'",
            )
            .bind(crate::truncate(now))
            .bind(id)
            .bind(&node)
            .execute(&mut *c)
            .await?
        }
        Err(error) => {
            let status = if retry_at.is_some() { "pending" } else { "failed" };
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
pub async fn notifications_in(c: &mut Conn, status: String, limit: i64) -> Result<Vec<NotificationRow>> {
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
    let rows = sqlx::query(
        "SELECT status, channel, COUNT(*) FROM notifications GROUP BY status, channel",
    )
    .fetch_all(&mut *c)
    .await?;
    rows.iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?)))
        .collect()
}

/// Registers a complaint and its `received` event.
pub async fn create_complaint(
    c: &mut Conn,
    new: NewComplaint,
    sealed: Option<Vec<u8>>,
    secret_hash: String,
    sealed_secret: Vec<u8>,
    notifications: Vec<(NewNotification, Vec<u8>)>,
) -> Result<i64> {
    let at = crate::truncate(new.received_at);
    let row = sqlx::query(
        "INSERT INTO complaints (tracking_code, secret_hash, kind, channel, language, \
         category_code, unit_code, commune_code, address, lat, long, description, anonymous, \
         complainant, status, received_at, updated_at, acknowledge_by, answer_by) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'received', $15, \
         $15, $16, $17) RETURNING id",
    )
    .bind(new.tracking_code.as_str())
    .bind(&secret_hash)
    .bind(new.kind.as_str())
    .bind(new.channel.as_str())
    .bind(new.language.as_str())
    .bind(&new.category_code)
    .bind(&new.unit_code)
    .bind(&new.commune_code)
    .bind(&new.address)
    .bind(new.lat)
    .bind(new.long)
    .bind(new.description.as_str())
    .bind(new.anonymous)
    .bind(sealed)
    .bind(at)
    .bind(new.acknowledge_by)
    .bind(new.answer_by)
    .fetch_one(&mut *c)
    .await?;
    let id: i64 = row.try_get(0)?;
    if let Some(key) = &new.intake_key {
        sqlx::query("DELETE FROM intake_receipts WHERE created_at < $1")
            .bind(at - time::Duration::days(1))
            .execute(&mut *c)
            .await?;
        sqlx::query(
            "INSERT INTO intake_receipts (key, complaint_id, sealed_secret, created_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(key)
        .bind(id)
        .bind(&sealed_secret)
        .bind(at)
        .execute(&mut *c)
        .await?;
    }
    for a in &new.attachments {
        sqlx::query(
            "INSERT INTO attachments (complaint_id, file_name, content_type, size_bytes, sha256, \
             storage_key, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(id)
        .bind(&a.file_name)
        .bind(&a.content_type)
        .bind(a.size_bytes)
        .bind(&a.sha256)
        .bind(&a.storage_key)
        .bind(at)
        .execute(&mut *c)
        .await?;
    }
    let data = serde_json::json!({
        "kind": new.kind.as_str(),
        "channel": new.channel.as_str(),
        "category": new.category_code,
        "unit": new.unit_code,
        "acknowledge_by": new.acknowledge_by.to_string(),
        "answer_by": new.answer_by.to_string(),
        "attachments": new.attachments.len(),
    });
    append_event(
        c,
        id,
        new.tracking_code.as_str(),
        &new.actor,
        "received",
        &data,
        at,
    )
    .await?;
    sqlx::query(SEARCH_INSERT)
        .bind(id)
        .bind(new.description.as_str())
        .execute(&mut *c)
        .await?;
    enqueue(c, Some(id), &notifications, at).await?;
    Ok(id)
}

pub async fn receipt_by_key(c: &mut Conn, key: &str) -> Result<Option<KeptReceipt>> {
    Ok(sqlx::query_as(
        "SELECT c.tracking_code, r.sealed_secret, c.acknowledge_by, c.answer_by \
         FROM intake_receipts r JOIN complaints c ON c.id = r.complaint_id WHERE r.key = $1",
    )
    .bind(key)
    .fetch_optional(&mut *c)
    .await?)
}

pub async fn attachments_of(c: &mut Conn, complaint_id: i64) -> Result<Vec<AttachmentRow>> {
    Ok(sqlx::query_as(
        "SELECT id, file_name, content_type, size_bytes, sha256, storage_key FROM attachments \
         WHERE complaint_id = $1 ORDER BY id",
    )
    .bind(complaint_id)
    .fetch_all(&mut *c)
    .await?)
}

pub async fn complaint_by_code(c: &mut Conn, code: &str) -> Result<Option<ComplaintRow>> {
    Ok(
        sqlx::query_as(concat!(complaint_select!(), " WHERE c.tracking_code = $1"))
            .bind(code)
            .fetch_optional(&mut *c)
            .await?,
    )
}

/// Applies a change decided by the caller, if nobody changed the complaint meanwhile.
pub async fn apply_change(c: &mut Conn, ch: Change, notifications: Vec<(NewNotification, Vec<u8>)>) -> Result<i64> {
    let at = crate::truncate(ch.at);
    let done = sqlx::query(
        "UPDATE complaints SET status = $1, unit_code = $2, assignee_id = $3, \
         acknowledged_at = $4, answered_at = $5, closed_at = $6, updated_at = $7, \
         escalation_level = $10, answer_by = $11, version = version + 1 \
         WHERE id = $8 AND version = $9",
    )
    .bind(ch.status.as_str())
    .bind(&ch.unit_code)
    .bind(ch.assignee_id)
    .bind(ch.acknowledged_at.map(crate::truncate))
    .bind(ch.answered_at.map(crate::truncate))
    .bind(ch.closed_at.map(crate::truncate))
    .bind(at)
    .bind(ch.complaint_id)
    .bind(ch.expected_version)
    .bind(ch.escalation_level)
    .bind(ch.answer_by)
    .execute(&mut *c)
    .await?;
    if done.rows_affected() != 1 {
        return Err(StoreError::Conflict);
    }
    let seq = append_event(
        c,
        ch.complaint_id,
        &ch.tracking_code,
        &ch.actor,
        &ch.action,
        &ch.data,
        at,
    )
    .await?;
    if let (true, Some(message)) = (ch.action == "answer", ch.data.get("message").and_then(Value::as_str)) {
        sqlx::query(SEARCH_APPEND)
            .bind(ch.complaint_id)
            .bind(message)
            .execute(&mut *c)
            .await?;
    }
    enqueue(c, Some(ch.complaint_id), &notifications, at).await?;
    Ok(seq)
}

/// Complaints past a deadline and below the top escalation level, oldest first.
pub async fn late_complaints(
    c: &mut Conn,
    today: time::Date,
    max_level: i32,
    after_id: i64,
    limit: i64,
) -> Result<Vec<ComplaintRow>> {
    Ok(sqlx::query_as(concat!(
        complaint_select!(),
        " WHERE c.escalation_level < $2 AND ((c.status = 'received' AND c.acknowledge_by < $1) \
         OR (c.status IN ('accepted', 'assigned', 'in_progress', 'appealed') AND c.answer_by < $1)) \
         AND c.id > $4 ORDER BY c.id LIMIT $3"
    ))
    .bind(today)
    .bind(max_level)
    .bind(limit)
    .bind(after_id)
    .fetch_all(&mut *c)
    .await?)
}

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

pub async fn routing_rules(c: &mut Conn) -> Result<Vec<RoutingRuleRow>> {
    Ok(sqlx::query_as(
        "SELECT id, category_code, department_code, region_code, province_code, commune_code, \
         unit_code FROM routing_rules ORDER BY id",
    )
    .fetch_all(&mut *c)
    .await?)
}

pub async fn add_routing_rule(c: &mut Conn, r: RoutingRuleRow, at: OffsetDateTime) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO routing_rules (category_code, department_code, region_code, province_code, \
         commune_code, unit_code, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(&r.category_code)
    .bind(&r.department_code)
    .bind(&r.region_code)
    .bind(&r.province_code)
    .bind(&r.commune_code)
    .bind(&r.unit_code)
    .bind(crate::truncate(at))
    .fetch_one(&mut *c)
    .await?;
    Ok(row.try_get(0)?)
}

pub async fn delete_routing_rule(c: &mut Conn, id: i64) -> Result<bool> {
    let done = sqlx::query("DELETE FROM routing_rules WHERE id = $1")
        .bind(id)
        .execute(&mut *c)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// The newest version of a category's guide.
pub async fn current_guide(c: &mut Conn, category_code: &str) -> Result<Option<GuideVersionRow>> {
    Ok(sqlx::query_as(
        "SELECT id, category_code, version, procedure, templates, created_by, created_at \
         FROM guide_versions WHERE category_code = $1 ORDER BY version DESC LIMIT 1",
    )
    .bind(category_code)
    .fetch_optional(&mut *c)
    .await?)
}

pub async fn guide_versions(c: &mut Conn, category_code: &str) -> Result<Vec<GuideVersionRow>> {
    Ok(sqlx::query_as(
        "SELECT id, category_code, version, procedure, templates, created_by, created_at \
         FROM guide_versions WHERE category_code = $1 ORDER BY version DESC",
    )
    .bind(category_code)
    .fetch_all(&mut *c)
    .await?)
}

/// Adds the next version of a category's guide; returns its id.
pub async fn add_guide_version(
    c: &mut Conn,
    category_code: String,
    procedure: String,
    templates: Value,
    created_by: Option<i64>,
    at: OffsetDateTime,
) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO guide_versions (category_code, version, procedure, templates, created_by, created_at) \
         SELECT $1, COALESCE(MAX(version), 0) + 1, $2, $3, $4, $5 FROM guide_versions \
         WHERE category_code = $1 RETURNING id",
    )
    .bind(&category_code)
    .bind(&procedure)
    .bind(Json(&templates))
    .bind(created_by)
    .bind(crate::truncate(at))
    .fetch_one(&mut *c)
    .await?;
    Ok(row.try_get(0)?)
}

pub async fn events_of(c: &mut Conn, complaint_id: i64) -> Result<Vec<EventRow>> {
    Ok(sqlx::query_as(
        "SELECT seq, actor, action, data AS data_json, at, hash FROM complaint_events \
         WHERE complaint_id = $1 ORDER BY seq",
    )
    .bind(complaint_id)
    .fetch_all(&mut *c)
    .await?)
}

/// A page of complaints within `scope`, newest first.
pub async fn list_complaints(
    c: &mut Conn,
    scope: &Scope,
    f: &ComplaintFilter,
) -> Result<Vec<ComplaintRow>> {
    let search = f.q.as_deref().map(search_query);
    if search.as_deref().is_some_and(|t| t.trim().is_empty()) {
        // A search without a single word finds nothing.
        return Ok(Vec::new());
    }
    let mut order = "c.id";
    let mut q = match (&search, SEARCH_FROM) {
        (Some(text), Some(from)) => {
            order = SEARCH_ORDER;
            let mut q = QueryBuilder::<Db>::new(format!("{}{from}", complaint_columns!()));
            q.push_bind(text.clone());
            q
        }
        _ => QueryBuilder::<Db>::new(concat!(complaint_select!(), " WHERE 1 = 1")),
    };
    match scope {
        Scope::Everything => {}
        Scope::Subtree(path) => {
            q.push(" AND u.path LIKE ")
                .push_bind(format!("{}%", like_escape(path)))
                .push(" ESCAPE '\\'");
        }
        Scope::Unit(code) => {
            q.push(" AND c.unit_code = ").push_bind(code.clone());
        }
        Scope::Nothing => return Ok(Vec::new()),
    }
    if let Some(s) = &f.status {
        q.push(" AND c.status = ").push_bind(s.clone());
    }
    if let Some(cat) = &f.category {
        q.push(" AND c.category_code = ").push_bind(cat.clone());
    }
    if let Some(unit) = &f.unit {
        q.push(" AND c.unit_code = ").push_bind(unit.clone());
    }
    if let Some(id) = f.assignee_id {
        q.push(" AND c.assignee_id = ").push_bind(id);
    }
    if let Some(day) = f.late_on {
        q.push(" AND ((c.status = 'received' AND c.acknowledge_by < ")
            .push_bind(day)
            .push(") OR (c.status IN ('accepted', 'assigned', 'in_progress', 'appealed') AND c.answer_by < ")
            .push_bind(day)
            .push("))");
    }
    if let Some((from, to)) = f.due_between {
        q.push(" AND ((c.status = 'received' AND c.acknowledge_by BETWEEN ")
            .push_bind(from)
            .push(" AND ")
            .push_bind(to)
            .push(") OR (c.status IN ('accepted', 'assigned', 'in_progress', 'appealed') AND c.answer_by BETWEEN ")
            .push_bind(from)
            .push(" AND ")
            .push_bind(to)
            .push("))");
    }
    if let (Some(text), None) = (&search, SEARCH_FROM) {
        q.push(SEARCH_MATCH.0).push_bind(text.clone()).push(SEARCH_MATCH.1);
    }
    let per_page = i64::from(f.per_page.clamp(1, 200));
    q.push(" ORDER BY ").push(order).push(" DESC LIMIT ").push_bind(per_page);
    q.push(" OFFSET ")
        .push_bind(i64::from(f.page.saturating_sub(1)) * per_page);
    Ok(q.build_query_as().fetch_all(&mut *c).await?)
}

fn like_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

pub async fn count_by_state(c: &mut Conn) -> Result<Vec<(String, i64)>> {
    let rows = sqlx::query("SELECT status, COUNT(*) FROM complaints GROUP BY status")
        .fetch_all(&mut *c)
        .await?;
    rows.iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
        .collect()
}

/// Recomputes the whole chain, in order, without holding it in memory.
pub async fn verify_audit(c: &mut Conn) -> Result<AuditReport> {
    let head = sqlx::query("SELECT seq, hash FROM audit_head WHERE id = 1")
        .fetch_one(&mut *c)
        .await?;
    let (head_seq, head_hash): (i64, String) = (head.try_get(0)?, head.try_get(1)?);
    let mut rows = sqlx::query(
        "SELECT e.seq, c.tracking_code, e.actor, e.action, e.data, e.at, e.hash \
         FROM complaint_events e JOIN complaints c ON c.id = e.complaint_id ORDER BY e.seq",
    )
    .fetch(&mut *c);
    let (mut prev_seq, mut prev_hash) = (0i64, GENESIS.to_owned());
    while let Some(row) = rows.try_next().await? {
        let seq: i64 = row.try_get(0)?;
        let code: String = row.try_get(1)?;
        let actor: String = row.try_get(2)?;
        let action: String = row.try_get(3)?;
        let Json(data): Json<Value> = row.try_get(4)?;
        let at: OffsetDateTime = row.try_get(5)?;
        let hash: String = row.try_get(6)?;
        if seq != prev_seq + 1 {
            return Ok(AuditReport::Broken {
                seq: prev_seq + 1,
                reason: format!("event {} is missing (the next one is {seq})", prev_seq + 1),
            });
        }
        let content = EventContent {
            seq,
            tracking_code: &code,
            actor: &actor,
            action: &action,
            data: &data,
            at_micros: crate::micros(at),
        };
        if content.hash(&prev_hash) != hash {
            return Ok(AuditReport::Broken {
                seq,
                reason: format!(
                    "event {seq} (complaint {code}, action {action}) does not match its hash: \
                     it or the event before it was changed"
                ),
            });
        }
        prev_seq = seq;
        prev_hash = hash;
    }
    if (prev_seq, &prev_hash) != (head_seq, &head_hash) {
        return Ok(AuditReport::Broken {
            seq: prev_seq + 1,
            reason: format!(
                "the chain ends at event {prev_seq} but its recorded head is event {head_seq}: \
                 events were removed"
            ),
        });
    }
    Ok(AuditReport::Intact { events: prev_seq })
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
         s.password_hash, s.disabled FROM users s LEFT JOIN units u ON u.code = s.unit_code \
         LEFT JOIN units p ON p.code = u.parent_code"
    };
}

/// Every staff account, by e-mail.
pub async fn all_staff(c: &mut Conn) -> Result<Vec<StaffRow>> {
    Ok(sqlx::query_as(concat!(staff_select!(), " ORDER BY s.email"))
        .fetch_all(&mut *c)
        .await?)
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
pub async fn set_password(c: &mut Conn, user_id: i64, password_hash: String) -> Result<()> {
    sqlx::query("UPDATE users SET password_hash = $1, failed_logins = 0, locked_until = NULL WHERE id = $2")
        .bind(password_hash)
        .bind(user_id)
        .execute(&mut *c)
        .await?;
    sqlx::query("DELETE FROM staff_sessions WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut *c)
        .await?;
    Ok(())
}

/// Disables or enables an account; disabling ends its sessions and tokens.
pub async fn set_disabled(c: &mut Conn, user_id: i64, disabled: bool) -> Result<()> {
    sqlx::query("UPDATE users SET disabled = $1 WHERE id = $2")
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
    Ok(())
}

pub async fn staff_by_session(c: &mut Conn, token_hash: &str, now: OffsetDateTime) -> Result<Option<StaffRow>> {
    Ok(sqlx::query_as(concat!(
        staff_select!(),
        " JOIN staff_sessions t ON t.user_id = s.id WHERE t.token_hash = $1 AND t.expires_at > $2"
    ))
    .bind(token_hash)
    .bind(crate::truncate(now))
    .fetch_optional(&mut *c)
    .await?)
}

pub async fn add_session(c: &mut Conn, user_id: i64, token_hash: String, now: OffsetDateTime, expires: OffsetDateTime) -> Result<()> {
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

/// Counts a failed sign-in; locks the account until `lock_until` from the `lock_after`-th.
/// After a lock has expired the count starts again, so one wrong password does not lock the
/// account at once.
pub async fn login_failed(
    c: &mut Conn,
    user_id: i64,
    lock_after: i32,
    lock_until: OffsetDateTime,
    now: OffsetDateTime,
) -> Result<()> {
    sqlx::query(
        "UPDATE users SET \
         failed_logins = CASE WHEN locked_until IS NOT NULL AND locked_until <= $4 THEN 1 \
                              ELSE failed_logins + 1 END, \
         locked_until = CASE WHEN locked_until IS NOT NULL AND locked_until <= $4 THEN NULL \
                             WHEN failed_logins + 1 >= $1 THEN $2 ELSE locked_until END \
         WHERE id = $3",
    )
    .bind(lock_after)
    .bind(crate::truncate(lock_until))
    .bind(user_id)
    .bind(crate::truncate(now))
    .execute(&mut *c)
    .await?;
    Ok(())
}

pub async fn locked_until(c: &mut Conn, user_id: i64) -> Result<Option<OffsetDateTime>> {
    Ok(sqlx::query_scalar("SELECT locked_until FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(&mut *c)
        .await?)
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

/// Inserts the reference data rows that are not there yet; rows an admin edited stay.
pub async fn load_reference(c: &mut Conn, r: std::sync::Arc<Reference>) -> Result<u64> {
    let mut added = 0;
    for d in &r.departments {
        added += sqlx::query(
            "INSERT INTO departments (code, name_fr, name_en) VALUES ($1, $2, $3) \
             ON CONFLICT (code) DO NOTHING",
        )
        .bind(&d.code)
        .bind(&d.name_fr)
        .bind(&d.name_en)
        .execute(&mut *c)
        .await?
        .rows_affected();
    }
    for g in &r.regions {
        added += sqlx::query(
            "INSERT INTO regions (code, name, capital) VALUES ($1, $2, $3) \
             ON CONFLICT (code) DO NOTHING",
        )
        .bind(&g.code)
        .bind(&g.name)
        .bind(&g.capital)
        .execute(&mut *c)
        .await?
        .rows_affected();
    }
    for p in &r.provinces {
        added += sqlx::query(
            "INSERT INTO provinces (code, region_code, name, capital) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (code) DO NOTHING",
        )
        .bind(&p.code)
        .bind(&p.region_code)
        .bind(&p.name)
        .bind(&p.capital)
        .execute(&mut *c)
        .await?
        .rows_affected();
    }
    for m in &r.communes {
        added += sqlx::query(
            "INSERT INTO communes (code, province_code, name, kind, lat, long) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING",
        )
        .bind(&m.code)
        .bind(&m.province_code)
        .bind(&m.name)
        .bind(&m.kind)
        .bind(m.lat)
        .bind(m.long)
        .execute(&mut *c)
        .await?
        .rows_affected();
    }
    for u in &r.units {
        added += sqlx::query(
            "INSERT INTO units (code, parent_code, department_code, level, name_fr, name_en, \
             region_code, path) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
             ON CONFLICT (code) DO NOTHING",
        )
        .bind(&u.code)
        .bind(&u.parent_code)
        .bind(&u.department_code)
        .bind(&u.level)
        .bind(&u.name_fr)
        .bind(&u.name_en)
        .bind(&u.region_code)
        .bind(&u.path)
        .execute(&mut *c)
        .await?
        .rows_affected();
    }
    for k in &r.categories {
        added += sqlx::query(
            "INSERT INTO categories (code, department_code, name_fr, name_en, ack_days, \
             ack_count, answer_days, answer_count, extendable) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (code) DO NOTHING",
        )
        .bind(&k.code)
        .bind(&k.department_code)
        .bind(&k.name_fr)
        .bind(&k.name_en)
        .bind(k.ack_days)
        .bind(&k.ack_count)
        .bind(k.answer_days)
        .bind(&k.answer_count)
        .bind(k.extendable)
        .execute(&mut *c)
        .await?
        .rows_affected();
    }
    for h in &r.holidays {
        added += sqlx::query(
            "INSERT INTO holidays (rule, name_fr, name_en) VALUES ($1, $2, $3) \
             ON CONFLICT (rule) DO NOTHING",
        )
        .bind(&h.rule)
        .bind(&h.name_fr)
        .bind(&h.name_en)
        .execute(&mut *c)
        .await?
        .rows_affected();
    }
    Ok(added)
}

pub async fn categories(c: &mut Conn) -> Result<Vec<CategoryRow>> {
    Ok(sqlx::query_as(
        "SELECT code, department_code, name_fr, name_en, ack_days, ack_count, answer_days, \
         answer_count, extendable FROM categories ORDER BY code",
    )
    .fetch_all(&mut *c)
    .await?)
}

pub async fn units(c: &mut Conn) -> Result<Vec<UnitRow>> {
    Ok(sqlx::query_as(
        "SELECT code, parent_code, department_code, level, name_fr, name_en, region_code, path \
         FROM units ORDER BY path",
    )
    .fetch_all(&mut *c)
    .await?)
}

pub async fn regions(c: &mut Conn) -> Result<Vec<RegionRow>> {
    Ok(
        sqlx::query_as("SELECT code, name, capital FROM regions ORDER BY name")
            .fetch_all(&mut *c)
            .await?,
    )
}

pub async fn provinces(c: &mut Conn) -> Result<Vec<ProvinceRow>> {
    Ok(
        sqlx::query_as("SELECT code, region_code, name, capital FROM provinces ORDER BY name")
            .fetch_all(&mut *c)
            .await?,
    )
}

pub async fn communes(c: &mut Conn) -> Result<Vec<CommuneRow>> {
    Ok(sqlx::query_as(
        "SELECT code, province_code, name, kind, lat, long FROM communes ORDER BY code",
    )
    .fetch_all(&mut *c)
    .await?)
}

pub async fn add_holiday(c: &mut Conn, h: HolidayRow) -> Result<()> {
    sqlx::query("INSERT INTO holidays (rule, name_fr, name_en) VALUES ($1, $2, $3)")
        .bind(&h.rule)
        .bind(&h.name_fr)
        .bind(&h.name_en)
        .execute(&mut *c)
        .await?;
    Ok(())
}

pub async fn delete_holiday(c: &mut Conn, rule: String) -> Result<bool> {
    let done = sqlx::query("DELETE FROM holidays WHERE rule = $1")
        .bind(rule)
        .execute(&mut *c)
        .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn holidays(c: &mut Conn) -> Result<Vec<HolidayRow>> {
    Ok(
        sqlx::query_as("SELECT rule, name_fr, name_en FROM holidays ORDER BY rule")
            .fetch_all(&mut *c)
            .await?,
    )
}
