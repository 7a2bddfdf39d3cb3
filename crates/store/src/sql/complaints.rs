// Complaints one at a time: registering, reading, changing, erasing. Lists and counts over
// many are in `queues.rs`.

/// Files new complaints in one write (see `filing.rs`): in one statement where the dialect
/// has one for several (`FILE_TOGETHER`) and each can go in it, otherwise one after
/// another; their ids in order.
pub fn file_complaints(c: &mut Tx, all: Vec<Arc<ToFile>>) -> BoxFuture<'_, Result<Vec<i64>>> {
    Box::pin(async move {
        if let Some(together) = FILE_TOGETHER
            && all.len() > 1
            && all.iter().all(|f| f.together())
        {
            return together(c, &all).await;
        }
        let mut ids = Vec::with_capacity(all.len());
        for f in &all {
            ids.push(create_complaint(c, f).await?);
        }
        Ok(ids)
    })
}

/// How a dialect files several complaints in one statement (see `file_complaints`).
type Together = for<'c> fn(&'c mut Tx, &'c [Arc<ToFile>]) -> BoxFuture<'c, Result<Vec<i64>>>;

/// A new complaint's `received` event: its data, its time, and its number and hash as the
/// next link of the group's audit chain.
fn received_event(c: &Tx, new: &NewComplaint) -> (Value, OffsetDateTime, i64, String) {
    let data = serde_json::json!({
        "kind": new.kind.as_str(),
        "channel": new.channel.as_str(),
        "category": new.category_code,
        "unit": new.unit_code,
        "acknowledge_by": new.acknowledge_by.to_string(),
        "answer_by": new.answer_by.to_string(),
        "attachments": new.attachments.len(),
    });
    let at = crate::truncate(new.received_at);
    let link = Link {
        subject: new.tracking_code.as_str(),
        actor: &new.actor,
        action: "received",
        data: &data,
        at,
    };
    let (seq, hash) = next_event(c, &link);
    (data, at, seq, hash)
}

/// Registers a complaint with its `received` event, its receipt key, attachments, messages,
/// search words and statistics, in one batch: one round trip to the database (`batch.rs`).
pub async fn create_complaint(c: &mut Tx, f: &ToFile) -> Result<i64> {
    let ToFile {
        new,
        sealed,
        secret_hash,
        sealed_secret,
        notifications,
        files: sealed_files,
    } = f;
    let (data, at, seq, hash) = received_event(c, new);

    let mut b = Batch::new(c, "complaints", "tracking_code", new.tracking_code.as_str());
    let mut v = b
        .next_statement(
            "INSERT INTO complaints (tracking_code, secret_hash, kind, channel, language, \
             category_code, unit_code, commune_code, address, lat, long, description, anonymous, \
             complainant, status, received_at, updated_at, acknowledge_by, answer_by, sender_key, \
             media_url, service_point_code) VALUES (",
        )
        .separated(", ");
    v.push_bind(new.tracking_code.as_str())
        .push_bind(secret_hash.as_str())
        .push_bind(new.kind.as_str())
        .push_bind(new.channel.as_str())
        .push_bind(new.language.as_str())
        .push_bind(&new.category_code)
        .push_bind(&new.unit_code)
        .push_bind(&new.commune_code)
        .push_bind(&new.address)
        .push_bind(new.lat)
        .push_bind(new.long)
        .push_bind(new.description.as_str())
        .push_bind(new.anonymous)
        .push_bind(sealed.as_deref())
        .push("'received'")
        .push_bind(at)
        .push_bind(at)
        .push_bind(new.acknowledge_by)
        .push_bind(new.answer_by)
        .push_bind(&new.sender_key)
        .push_bind(&new.media_url)
        .push_bind(&new.service_point_code);
    v.push_unseparated(") RETURNING id");

    b.next_statement("INSERT INTO complaint_events (seq, complaint_id, actor, action, data, at, hash) VALUES (")
        .push_bind(seq)
        .push(", ");
    b.push_id()
        .push(", ")
        .push_bind(&new.actor)
        .push(", 'received', ")
        .push_bind(Json(&data))
        .push(", ")
        .push_bind(at)
        .push(", ")
        .push_bind(&hash)
        .push(")");
    // The complaint's search row: on PostgreSQL a trigger writes it in this transaction; on
    // SQLite the search indexer, after it (`search_index.rs`).
    if let Some(key) = &new.intake_key {
        // Receipts older than a day, at most 100 at a time in the order of their index, by
        // key: each filing adds one, so they never pile up. As a plain range, PostgreSQL's
        // plan for the prepared batch, made while the table was small, read the whole table
        // at every filing (the web form ran at 1,436/s against 2,395/s through the API, on
        // an empty database).
        b.next_statement("DELETE FROM intake_receipts WHERE key")
            .push(AMONG.0)
            .push("SELECT key FROM intake_receipts WHERE created_at < ")
            .push_bind(at - time::Duration::days(1))
            .push(" ORDER BY created_at LIMIT 100")
            .push(AMONG.1);
        b.next_statement("INSERT INTO intake_receipts (key, complaint_id, sealed_secret, created_at) VALUES (")
            .push_bind(key)
            .push(", ");
        b.push_id()
            .push(", ")
            .push_bind(sealed_secret.as_slice())
            .push(", ")
            .push_bind(at)
            .push(")");
    }
    for (a, sealed) in new.attachments.iter().zip(sealed_files) {
        b.next_statement(
            "INSERT INTO attachments (complaint_id, file_name, content_type, size_bytes, \
             sha256, storage_key, created_at) VALUES (",
        );
        let mut v = b.push_id().push(", ").separated(", ");
        v.push_bind(&a.file_name)
            .push_bind(&a.content_type)
            .push_bind(a.size_bytes)
            .push_bind(&a.sha256)
            .push_bind(&a.storage_key)
            .push_bind(at);
        v.push_unseparated(")");
        b.next_statement("INSERT INTO attachment_blobs (storage_key, sealed) VALUES (")
            .push_bind(&a.storage_key)
            .push(", ")
            .push_bind(sealed)
            .push(")");
    }
    for (n, sealed) in notifications {
        b.next_statement(NOTIFICATION_INSERT);
        let mut v = b.push_id().push(", ").separated(", ");
        push_notification(&mut v, n, sealed, at);
    }
    // A data-modifying WITH clause may not update a row another one updates: a cohort
    // seen twice (never, from `redress::stats`) has its second delta added on its own.
    let mut again = Vec::new();
    for (i, (key, delta)) in new.stats.iter().enumerate() {
        if new.stats[..i].iter().any(|(k, _)| k == key) {
            again.push((key, delta));
        } else {
            push_stats(&mut b, key, delta);
        }
    }
    let id = b.run(c).await?;
    chained(c, seq, hash);
    for (key, delta) in again {
        add_stats(c.conn().await?, key, delta).await?;
    }
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

/// The sealed bytes of an attachment, if the database holds them.
pub async fn attachment_blob(c: &mut Conn, storage_key: &str) -> Result<Option<Vec<u8>>> {
    Ok(
        sqlx::query_scalar("SELECT sealed FROM attachment_blobs WHERE storage_key = $1")
            .bind(storage_key)
            .fetch_optional(&mut *c)
            .await?,
    )
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

/// The public fields only: no join, and no wide column read.
pub async fn public_by_code(c: &mut Conn, code: &str) -> Result<Option<PublicComplaint>> {
    Ok(sqlx::query_as(
        "SELECT tracking_code, status, category_code, received_at, updated_at, acknowledge_by, \
         answer_by FROM complaints WHERE tracking_code = $1",
    )
    .bind(code)
    .fetch_optional(&mut *c)
    .await?)
}

/// Applies a change decided by the caller, if nobody changed the complaint meanwhile.
pub async fn apply_change(
    c: &mut Tx,
    ch: Change,
    notifications: Vec<(NewNotification, Vec<u8>)>,
) -> Result<i64> {
    let at = crate::truncate(ch.at);
    let done = sqlx::query(
        "UPDATE complaints SET status = $1, unit_code = $2, assignee_id = $3, \
         acknowledged_at = $4, answered_at = $5, closed_at = $6, updated_at = $7, \
         escalation_level = $10, answer_by = $11, duplicate_of = $12, category_code = $13, \
         acknowledge_by = $14, description = $15, version = version + 1 \
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
    .bind(ch.duplicate_of)
    .bind(&ch.category_code)
    .bind(ch.acknowledge_by)
    .bind(&ch.description)
    .execute(c.conn().await?)
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
    // An answer's message, and words the complainant added to the description, are found
    // by search as the description is (on SQLite the search indexer adds them).
    if let Some(append) = SEARCH_APPEND {
        let searchable = match ch.action.as_str() {
            "answer" => ch.data.get("message"),
            "describe" => ch.data.get("text"),
            _ => None,
        };
        if let Some(message) = searchable.and_then(Value::as_str) {
            sqlx::query(append)
                .bind(ch.complaint_id)
                .bind(message)
                .execute(c.conn().await?)
                .await?;
        }
    }
    if ch.action == "erase" {
        erase_personal_data(c.conn().await?, ch.complaint_id, at).await?;
    }
    enqueue(c.conn().await?, Some(ch.complaint_id), &notifications, at).await?;
    for (key, delta) in &ch.stats {
        add_stats(c.conn().await?, key, delta).await?;
    }
    Ok(seq)
}

/// The complaints linked to `id` as its duplicates, oldest first.
pub async fn duplicates_of(c: &mut Conn, id: i64) -> Result<Vec<ComplaintRow>> {
    Ok(sqlx::query_as(concat!(
        complaint_select!(),
        " WHERE c.duplicate_of = $1 ORDER BY c.id"
    ))
    .bind(id)
    .fetch_all(&mut *c)
    .await?)
}

/// Erases a complaint's personal data: the complainant's identity, the number it was filed
/// from, its attachments' bytes and names, and its notifications (their recipients). What
/// it was about, where, when and how it was handled stay, as do the statistics.
async fn erase_personal_data(c: &mut Conn, complaint_id: i64, at: OffsetDateTime) -> Result<()> {
    sqlx::query(
        "UPDATE complaints SET complainant = NULL, sender_key = NULL, erased_at = $2 \
         WHERE id = $1",
    )
    .bind(complaint_id)
    .bind(at)
    .execute(&mut *c)
    .await?;
    sqlx::query(
        "DELETE FROM attachment_blobs WHERE storage_key IN \
         (SELECT storage_key FROM attachments WHERE complaint_id = $1)",
    )
    .bind(complaint_id)
    .execute(&mut *c)
    .await?;
    sqlx::query("UPDATE attachments SET file_name = '-' WHERE complaint_id = $1")
        .bind(complaint_id)
        .execute(&mut *c)
        .await?;
    sqlx::query("DELETE FROM notifications WHERE complaint_id = $1")
        .bind(complaint_id)
        .execute(&mut *c)
        .await?;
    Ok(())
}

/// Ended complaints of `kind` whose personal data is kept past `ended_before`.
pub async fn due_for_erasure(
    c: &mut Conn,
    kind: String,
    ended_before: OffsetDateTime,
    limit: i64,
) -> Result<Vec<ComplaintRow>> {
    Ok(sqlx::query_as(concat!(
        complaint_select!(),
        " WHERE c.kind = $1 AND c.status IN ('closed', 'rejected', 'withdrawn') \
         AND c.erased_at IS NULL AND c.closed_at < $2 ORDER BY c.id LIMIT $3"
    ))
    .bind(kind)
    .bind(ended_before)
    .bind(limit)
    .fetch_all(&mut *c)
    .await?)
}
