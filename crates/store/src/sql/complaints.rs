// Complaints: registering, reading, changing, listing and finding the late ones.

/// Registers a complaint with its `received` event, its receipt key, attachments, messages,
/// search words and statistics, in one batch: one round trip to the database (`batch.rs`).
pub async fn create_complaint(
    c: &mut Tx,
    new: NewComplaint,
    sealed: Option<Vec<u8>>,
    secret_hash: String,
    sealed_secret: Vec<u8>,
    notifications: Vec<(NewNotification, Vec<u8>)>,
    sealed_files: Vec<Vec<u8>>,
) -> Result<i64> {
    let at = crate::truncate(new.received_at);
    let data = serde_json::json!({
        "kind": new.kind.as_str(),
        "channel": new.channel.as_str(),
        "category": new.category_code,
        "unit": new.unit_code,
        "acknowledge_by": new.acknowledge_by.to_string(),
        "answer_by": new.answer_by.to_string(),
        "attachments": new.attachments.len(),
    });
    let link = Link {
        subject: new.tracking_code.as_str(),
        actor: &new.actor,
        action: "received",
        data: &data,
        at,
    };
    let (seq, hash) = next_event(c, &link);

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
        .push_bind(&secret_hash)
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
        .push_bind(sealed)
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
    if let Some(insert) = SEARCH_INSERT {
        b.next_statement(insert);
        b.push_id().push(", ").push_bind(new.description.as_str()).push(")");
    }
    if let Some(key) = &new.intake_key {
        b.next_statement("DELETE FROM intake_receipts WHERE created_at < ")
            .push_bind(at - time::Duration::days(1));
        b.next_statement("INSERT INTO intake_receipts (key, complaint_id, sealed_secret, created_at) VALUES (")
            .push_bind(key)
            .push(", ");
        b.push_id()
            .push(", ")
            .push_bind(&sealed_secret)
            .push(", ")
            .push_bind(at)
            .push(")");
    }
    for (a, sealed) in new.attachments.iter().zip(&sealed_files) {
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
    for (n, sealed) in &notifications {
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
    // by search as the description is.
    let searchable = match ch.action.as_str() {
        "answer" => ch.data.get("message"),
        "describe" => ch.data.get("text"),
        _ => None,
    };
    if let Some(message) = searchable.and_then(Value::as_str) {
        sqlx::query(SEARCH_APPEND)
            .bind(ch.complaint_id)
            .bind(message)
            .execute(c.conn().await?)
            .await?;
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

/// Complaints past a deadline and below the top escalation level, oldest first.
pub async fn late_complaints(
    c: &mut Conn,
    today: time::Date,
    max_level: i32,
    after_id: i64,
    limit: i64,
) -> Result<Vec<ComplaintRow>> {
    let mut q = QueryBuilder::<Db>::new(concat!(complaint_select!(), " WHERE c.escalation_level < "));
    q.push_bind(max_level);
    push_late_on(&mut q, today);
    q.push(" AND c.id > ")
        .push_bind(after_id)
        .push(" ORDER BY c.id LIMIT ")
        .push_bind(limit);
    Ok(q.build_query_as().fetch_all(&mut *c).await?)
}

/// `'a', 'b'`: states as SQL literals (our own names, never input).
fn state_list(states: &[State]) -> String {
    states
        .iter()
        .map(|s| format!("'{}'", s.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// ` AND <the deadline in force> <compare>`: the deadline of `domain::rules::
/// deadline_in_force` in SQL, built from the same state lists, so that "late" and "due"
/// mean in a query what they mean in Rust (the contract tests compare the two).
fn push_deadline_in_force(q: &mut QueryBuilder<Db>, compare: impl Fn(&mut QueryBuilder<Db>)) {
    q.push(" AND ((c.status IN (")
        .push(state_list(&State::AWAITING_ACKNOWLEDGEMENT))
        .push(") AND c.acknowledge_by");
    compare(q);
    q.push(") OR (c.status IN (")
        .push(state_list(&State::AWAITING_ANSWER))
        .push(") AND c.answer_by");
    compare(q);
    q.push("))");
}

/// ` AND ` late on `day` (`domain::rules::is_late`).
fn push_late_on(q: &mut QueryBuilder<Db>, day: time::Date) {
    push_deadline_in_force(q, |q| {
        q.push(" < ").push_bind(day);
    });
}

/// ` AND ` within `scope` (units joined as `u`); `false` when the scope holds nothing.
fn push_scope(q: &mut QueryBuilder<Db>, scope: &Scope) -> bool {
    push_scope_on(q, scope, "c")
}

/// `push_scope` for a table other than the complaints (`c`) that has their `unit_code`.
fn push_scope_on(q: &mut QueryBuilder<Db>, scope: &Scope, table: &str) -> bool {
    match scope {
        Scope::Everything => {}
        Scope::Subtree(path) => {
            q.push(" AND u.path LIKE ")
                .push_bind(format!("{}%", like_escape(path)))
                .push(" ESCAPE '\\'");
        }
        Scope::Unit(code) => {
            q.push(format!(" AND {table}.unit_code = ")).push_bind(code.clone());
        }
        Scope::Nothing => return false,
    }
    true
}

/// How many complaints within `scope` each unit holds in each state, and how many open
/// ones are late or due by tomorrow on `today`: the staff dashboard's counts, read from the
/// tallies the complaints' triggers keep (migration 0023), a row per unit and state and a
/// row per unit and deadline day, whatever the number of complaints.
pub async fn scope_counts(c: &mut Conn, scope: &Scope, today: time::Date) -> Result<ScopeCounts> {
    let mut q = QueryBuilder::<Db>::new(
        "SELECT t.unit_code, t.status, t.n FROM unit_tally t \
         JOIN units u ON u.code = t.unit_code WHERE t.n > 0",
    );
    if !push_scope_on(&mut q, scope, "t") {
        return Ok(ScopeCounts::default());
    }
    let states = q.build_query_as().fetch_all(&mut *c).await?;
    let mut q = QueryBuilder::<Db>::new(
        "SELECT t.unit_code, CAST(SUM(CASE WHEN t.due < ",
    );
    q.push_bind(today)
        .push(" THEN t.n ELSE 0 END) AS BIGINT) AS late, CAST(SUM(CASE WHEN t.due BETWEEN ")
        .push_bind(today)
        .push(" AND ")
        .push_bind(today + time::Duration::days(1))
        .push(
            " THEN t.n ELSE 0 END) AS BIGINT) AS soon \
             FROM unit_due t JOIN units u ON u.code = t.unit_code WHERE t.n > 0",
        );
    push_scope_on(&mut q, scope, "t");
    q.push(" GROUP BY t.unit_code");
    let due = q.build_query_as().fetch_all(&mut *c).await?;
    Ok(ScopeCounts { states, due })
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
    let mut order = "c.id DESC";
    let mut q = match (&search, SEARCH_FROM) {
        (Some(text), Some(from)) => {
            order = SEARCH_ORDER;
            let mut q = QueryBuilder::<Db>::new(format!("{}{from}", complaint_columns!()));
            q.push_bind(text.clone());
            q
        }
        _ => QueryBuilder::<Db>::new(concat!(complaint_select!(), " WHERE 1 = 1")),
    };
    if !push_scope(&mut q, scope) {
        return Ok(Vec::new());
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
        push_late_on(&mut q, day);
    }
    if let Some((from, to)) = f.due_between {
        push_deadline_in_force(&mut q, |q| {
            q.push(" BETWEEN ")
                .push_bind(from)
                .push(" AND ")
                .push_bind(to);
        });
    }
    for (column, value) in [("c.kind", &f.kind), ("c.channel", &f.channel)] {
        if let Some(v) = value {
            q.push(format!(" AND {column} = ")).push_bind(v.clone());
        }
    }
    if let Some(d) = &f.department {
        q.push(" AND c.category_code IN (SELECT code FROM categories WHERE department_code = ")
            .push_bind(d.clone())
            .push(")");
    }
    if let Some(code) = &f.commune {
        q.push(" AND c.commune_code = ").push_bind(code.clone());
    } else if let Some(code) = &f.province {
        q.push(PLACE_IN)
            .push("code FROM communes WHERE province_code = ")
            .push_bind(code.clone())
            .push(")");
    } else if let Some(code) = &f.region {
        q.push(PLACE_IN)
            .push(
                "cm.code FROM communes cm JOIN provinces p ON p.code = cm.province_code \
                 WHERE p.region_code = ",
            )
            .push_bind(code.clone())
            .push(")");
    }
    if let Some(day) = f.received_from {
        q.push(" AND c.received_at >= ")
            .push_bind(day.midnight().assume_utc());
        if f.sort == QueueSort::Deadline {
            // A complaint's answer deadline never falls before the day it was received (it
            // is counted from that day, and only ever moved later), so the same bound holds
            // for `answer_by`: said here, it lets the deadline order start at that day
            // instead of walking every older complaint (bench/queues: 633 ms before).
            q.push(" AND c.answer_by >= ").push_bind(day);
        }
    }
    if let Some(day) = f.received_to {
        q.push(" AND c.received_at < ")
            .push_bind((day + time::Duration::days(1)).midnight().assume_utc());
    }
    if let (Some(text), None) = (&search, SEARCH_FROM) {
        // The planner cannot tell a rare word from a common one (it guessed 1 250 matches
        // for a word in one complaint of a million and walked them all, 1.4 s). So ask the
        // index first: when the word is rare, the list is its few complaints; when it is
        // common, the newest complaints are walked and tested, which finds them fast.
        // Asking costs as much as gathering every match (29 ms for two words in one
        // complaint of nine, at a million), and a common search stays common as complaints
        // are added: it is asked once per process.
        let few: Option<Vec<i64>> = if common_searches::known(text) {
            None
        } else {
            Some(
                sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                    "SELECT complaint_id FROM complaint_search WHERE {} LIMIT {}",
                    SEARCH_CONDITION,
                    FEW_MATCHES + 1
                )))
                .bind(text.clone())
                .fetch_all(&mut *c)
                .await?,
            )
        };
        if let Some(few) = few.as_ref().filter(|few| few.len() <= FEW_MATCHES) {
            if few.is_empty() {
                return Ok(Vec::new());
            }
            // Ids the database just gave: integers, written into the query as they are.
            let list = few.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
            q.push(format!(" AND c.id IN ({list})"));
        } else {
            if few.is_some() {
                common_searches::remember(text);
            }
            q.push(SEARCH_MATCH.0)
                .push_bind(text.clone())
                .push(SEARCH_MATCH.1);
        }
    }
    if search.is_none() {
        // Ids grow with the time of receipt. With a receipt date range, ordering by that
        // time lets its index give both the range and the order (PostgreSQL does not know
        // the two are correlated and walked 600 000 rows for one week at a million).
        let dated = f.received_from.is_some() || f.received_to.is_some();
        order = match (f.sort, dated) {
            (QueueSort::Newest, false) => "c.id DESC",
            (QueueSort::Oldest, false) => "c.id ASC",
            (QueueSort::Newest, true) => "c.received_at DESC, c.id DESC",
            (QueueSort::Oldest, true) => "c.received_at ASC, c.id ASC",
            (QueueSort::Deadline, _) => "c.answer_by ASC, c.id ASC",
        };
    }
    let per_page = i64::from(f.per_page.clamp(1, 200));
    q.push(" ORDER BY ")
        .push(order)
        .push(" LIMIT ")
        .push_bind(per_page);
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

/// The searches found to match more than `FEW_MATCHES` complaints (PostgreSQL), so that
/// their next runs walk the newest complaints without asking the index first. Only the
/// way the rows are found depends on it, never which rows: a search remembered as common
/// in one database finds the same complaints in another.
mod common_searches {
    use std::collections::HashSet;
    use std::sync::{LazyLock, Mutex};

    /// At most this many searches are remembered; then they are all forgotten.
    const MAX: usize = 10_000;
    static COMMON: LazyLock<Mutex<HashSet<String>>> = LazyLock::new(Default::default);

    fn key(text: &str) -> String {
        text.trim().to_lowercase()
    }

    pub fn known(text: &str) -> bool {
        COMMON.lock().is_ok_and(|set| set.contains(&key(text)))
    }

    pub fn remember(text: &str) {
        if let Ok(mut set) = COMMON.lock() {
            if set.len() >= MAX {
                set.clear();
            }
            set.insert(key(text));
        }
    }
}
