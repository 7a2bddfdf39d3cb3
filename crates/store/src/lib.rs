//! Storage for Redress: the only crate with SQL. One `Store` over two backends, SQLite (the
//! embedded default) and PostgreSQL (for several app nodes), with the same methods, each one
//! use case and one transaction. The SQL lives once in `sql/`, compiled for each backend.

pub mod admin_change;
pub mod error;
mod group;
mod migrations;
pub mod posters;
mod postgres;
mod readers;
pub mod reference;
mod sealed;
mod search_index;
mod sqlite;
#[cfg(feature = "testing")]
pub mod testing;
pub mod types;
pub mod vault;

use std::sync::Arc;
use time::OffsetDateTime;

pub use admin_change::*;
pub use error::{StoreError, Unique};
pub use posters::*;
pub use reference::Reference;
pub use types::*;
pub use vault::Vault;

/// API tokens made before tokens had an end stop working this long after they were made.
pub const LEGACY_TOKEN_DAYS: i64 = 365;

/// The SQL files, compiled in each backend's module (they use its `Db` and constants).
macro_rules! sql_files {
    () => {
        include!("sql/common.rs");
        include!("sql/batch.rs");
        include!("sql/audit.rs");
        include!("sql/complaints.rs");
        include!("sql/queues.rs");
        include!("sql/outbox.rs");
        include!("sql/staff.rs");
        include!("sql/reference.rs");
        include!("sql/guide.rs");
        include!("sql/admin.rs");
        include!("sql/phones.rs");
        include!("sql/public.rs");
        include!("sql/stats.rs");
        include!("sql/backup.rs");
        include!("sql/keys.rs");
        include!("sql/training.rs");
        include!("sql/posters.rs");
    };
}

/// Leases due notifications; `$lock` is how the backend keeps two nodes off the same rows.
macro_rules! claim_sql {
    ($lock:literal) => {
        concat!(
            "UPDATE notifications SET lease_until = $1, leased_by = $2 WHERE id IN (",
            "SELECT id FROM notifications WHERE status = 'pending' AND next_attempt_at <= $3 ",
            "AND (lease_until IS NULL OR lease_until < $3) ",
            "AND (($5 AND channel = 'sms') OR ($6 AND channel = 'email')) ",
            "ORDER BY id LIMIT $4",
            $lock,
            ") RETURNING id, complaint_id, channel, recipient, language, template, params, ",
            "status, attempts, last_error"
        )
    };
}

/// SQL for SQLite: one writer, so reading the chain head or claiming rows needs no lock.
mod sqlite_sql {
    pub type Db = sqlx::Sqlite;
    const SELECT_ADMIN_HEAD: &str = "SELECT seq, hash FROM admin_audit_head WHERE id = 1";
    const CLAIM_NOTIFICATIONS: &str = claim_sql!("");
    const TABLE_COUNT: &str = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'";
    /// Whether a trigger moves the complaints' audit head with each event (PostgreSQL), or
    /// the writer writes it once per group (SQLite, see `group.rs`).
    const HEAD_BY_TRIGGER: bool = false;
    /// A batch is statements one after another in one query (see `sql/batch.rs`).
    const BATCH_AS_WITH: bool = false;
    /// Whether the statistics' roll-up follows the cohorts by trigger (PostgreSQL) or is
    /// written by the store (SQLite, where a statement is no round trip).
    const ROLLUP_BY_TRIGGER: bool = false;
    /// Words added to a complaint: the search indexer adds them from their event.
    const SEARCH_APPEND: Option<&str> = None;
    /// Matches stream from the FTS index (in the index's own file, attached to every
    /// reading connection as `search`) in rowid (complaint id) order, newest first.
    const SEARCH_FROM: Option<&str> = Some(
        " FROM search.complaint_search fts JOIN complaints c ON c.id = fts.rowid \
         JOIN units u ON u.code = c.unit_code LEFT JOIN users s ON s.id = c.assignee_id \
         WHERE fts.complaint_search MATCH ",
    );
    const SEARCH_ORDER: &str = "fts.rowid DESC";
    /// A region or province is many communes: walking the newest complaints and testing
    /// each is faster than gathering every complaint of those communes and sorting them
    /// (277 ms for a region at a million), so SQLite is kept off the commune index there.
    const PLACE_IN: &str = " AND +c.commune_code IN (SELECT ";
    // Unused here: SEARCH_FROM walks the FTS index in id order.
    const SEARCH_CONDITION: &str = "";
    const FEW_MATCHES: usize = 2_000;
    const SEARCH_MATCH: (&str, &str) = ("", "");
    /// What goes around a subquery whose rows a key must be among (`key` then these, the
    /// subquery between the two halves).
    const AMONG: (&str, &str) = (" IN (", ")");
    /// FTS5 has a query language of its own: words are quoted so input is only words.
    fn search_query(text: &str) -> String {
        crate::fts5_words(text)
    }
    sql_files!();
}

/// SQL for PostgreSQL: the chain head is locked until the transaction ends, and rows
/// another node is claiming are skipped.
mod pg_sql {
    pub type Db = sqlx::Postgres;
    const SELECT_ADMIN_HEAD: &str =
        "SELECT seq, hash FROM admin_audit_head WHERE id = 1 FOR UPDATE";
    const CLAIM_NOTIFICATIONS: &str = claim_sql!(" FOR UPDATE SKIP LOCKED");
    const TABLE_COUNT: &str = "SELECT COUNT(*) FROM information_schema.tables \
         WHERE table_schema = current_schema()";
    // Written by the database in the same transaction, each one a round trip saved per
    // complaint (triggers of migration 0023): a new complaint's search row, the audit
    // head, the statistics' roll-up.
    const HEAD_BY_TRIGGER: bool = true;
    /// A batch is one statement of data-modifying WITH clauses (see `sql/batch.rs`).
    const BATCH_AS_WITH: bool = true;
    const ROLLUP_BY_TRIGGER: bool = true;
    /// Words added to a complaint (an answer, a description completed), as a row of their
    /// own, without their positions (migration 0025).
    const SEARCH_APPEND: Option<&str> = Some(
        "INSERT INTO complaint_search (complaint_id, tsv) \
         VALUES ($1, strip(to_tsvector('french', unaccent($2))))",
    );
    const SEARCH_FROM: Option<&str> = None;
    const SEARCH_ORDER: &str = "c.id DESC";
    /// As on SQLite, a region or province is tested on the newest complaints rather than
    /// gathered through the commune index (225 ms for "all filters" at a million);
    /// `|| ''` keeps the planner off that index.
    const PLACE_IN: &str = " AND (c.commune_code || '') IN (SELECT ";
    /// A search's condition on `complaint_search`, the words bound as `$1`. The words' query
    /// is a subquery of its own, computed once per statement: `unaccent` is only STABLE, so
    /// written inline it was computed again for every row tested (a common search walking
    /// 93,800 complaints at a million took 151-237 ms, and 28-36 ms this way, where the
    /// planner also walks both tables' id indexes together; issue 11).
    const SEARCH_CONDITION: &str = "tsv @@ (SELECT plainto_tsquery('french', unaccent($1)))";
    /// Up to this many matches, a search lists them by id (see `list_complaints`).
    const FEW_MATCHES: usize = 2_000;
    const SEARCH_MATCH: (&str, &str) = (
        " AND c.id IN (SELECT complaint_id FROM complaint_search \
         WHERE tsv @@ (SELECT plainto_tsquery('french', unaccent(",
        "))))",
    );
    /// As on SQLite, but the subquery's rows as an array: the plan then finds them through
    /// the key's index (`key IN (subquery)` was a hash join over a sequential scan of the
    /// whole table; see `create_complaint`).
    const AMONG: (&str, &str) = (" = ANY(ARRAY(", "))");
    fn search_query(text: &str) -> String {
        text.to_owned()
    }
    sql_files!();
}

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");
static PG_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");

/// What an SQLite database file holds, read without changing it.
pub async fn sqlite_file_summary(path: &std::path::Path) -> Result<BackupSummary, StoreError> {
    use sqlx::{ConnectOptions, Connection};
    let mut conn = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(path)
        .read_only(true)
        .connect()
        .await?;
    let summary = sqlite_sql::backup_summary(&mut conn).await;
    conn.close().await?;
    summary
}

/// Both databases keep microseconds; times are cut to that before they are stored or hashed.
pub(crate) fn truncate(t: OffsetDateTime) -> OffsetDateTime {
    t.replace_nanosecond(t.nanosecond() / 1_000 * 1_000)
        .expect("a truncated nanosecond is valid")
}

/// Words of a search, each quoted for FTS5 (every word must appear).
pub(crate) fn fts5_words(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(20)
        .map(|w| format!("\"{w}\""))
        .collect::<Vec<_>>()
        .join(" ")
}

pub(crate) fn micros(t: OffsetDateTime) -> i64 {
    (t.unix_timestamp_nanos() / 1_000) as i64
}

#[derive(Clone)]
enum Backend {
    Sqlite(sqlite::SqliteBackend),
    Postgres(postgres::PgBackend),
}

/// The database of Redress. Cheap to clone.
#[derive(Clone)]
pub struct Store {
    backend: Backend,
    vault: Arc<Vault>,
}

/// Runs `sql::$f(conn, args…)` in a write transaction of whichever backend this is; with
/// `tx`, `$f` gets the writer's `Tx` rather than its connection (see `group.rs`).
macro_rules! write {
    ($self:ident, $f:ident($($arg:expr),* $(,)?)) => {
        match &$self.backend {
            Backend::Sqlite(b) => b.write(move |c| Box::pin(async move {
                sqlite_sql::$f(c.conn().await?, $($arg),*).await
            })).await,
            Backend::Postgres(b) => b.write(move |c| Box::pin(async move {
                pg_sql::$f(c.conn().await?, $($arg),*).await
            })).await,
        }
    };
    ($self:ident, tx $f:ident($($arg:expr),* $(,)?)) => {
        match &$self.backend {
            Backend::Sqlite(b) => b.write(move |c| Box::pin(sqlite_sql::$f(c, $($arg),*))).await,
            Backend::Postgres(b) => b.write(move |c| Box::pin(pg_sql::$f(c, $($arg),*))).await,
        }
    };
}

/// Runs `sql::$f(conn, args…)` on a reading connection.
macro_rules! read {
    ($self:ident, $f:ident($($arg:expr),* $(,)?)) => {
        match &$self.backend {
            Backend::Sqlite(b) => {
                let mut c = b.read.acquire().await?;
                let out = sqlite_sql::$f(&mut *c, $($arg),*).await;
                c.done(out)
            }
            Backend::Postgres(b) => {
                let mut c = b.read.acquire().await?;
                let out = pg_sql::$f(&mut *c, $($arg),*).await;
                c.done(out)
            }
        }
    };
}

impl Store {
    /// Connects to `url` (`sqlite://path` or `postgres://…`); does not migrate.
    pub async fn open(url: &str, vault: Arc<Vault>) -> Result<Store, StoreError> {
        let backend = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres(postgres::PgBackend::open(url).await?)
        } else if url.starts_with("sqlite:") {
            Backend::Sqlite(sqlite::SqliteBackend::open(url).await?)
        } else {
            return Err(StoreError::Data(format!(
                "unsupported database URL (expected sqlite:// or postgres://): {}",
                url.split('@').next_back().unwrap_or_default()
            )));
        };
        Ok(Store { backend, vault })
    }

    pub fn backend_name(&self) -> &'static str {
        match self.backend {
            Backend::Sqlite(_) => "sqlite",
            Backend::Postgres(_) => "postgres",
        }
    }

    pub fn vault(&self) -> &Vault {
        &self.vault
    }

    /// What the database holds now (see `BackupSummary`).
    pub async fn backup_summary(&self) -> Result<BackupSummary, StoreError> {
        read!(self, backup_summary())
    }

    /// Whether the database has no table yet (a restore goes only there).
    pub async fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(read!(self, table_count())? == 0)
    }

    /// SQLite: writes a consistent copy of the database to `path` (`VACUUM INTO`) while
    /// writes go on, and returns what the copy holds.
    pub async fn copy_sqlite(&self, path: &std::path::Path) -> Result<BackupSummary, StoreError> {
        let Backend::Sqlite(b) = &self.backend else {
            return Err(StoreError::Data(
                "copy_sqlite: not an SQLite database".into(),
            ));
        };
        let target = path
            .to_str()
            .ok_or_else(|| StoreError::Data(format!("{}: not a UTF-8 path", path.display())))?;
        let mut c = b.read.acquire().await?;
        let copied = sqlx::query("VACUUM INTO $1")
            .bind(target)
            .execute(&mut *c)
            .await;
        c.done(copied.map_err(StoreError::from))?;
        sqlite_file_summary(path).await
    }

    /// PostgreSQL: opens a repeatable-read transaction, exports its snapshot, reads what it
    /// holds, runs `dump` with the snapshot's name (for `pg_dump --snapshot`) and keeps the
    /// snapshot alive until `dump` ends. Writes go on meanwhile.
    pub async fn with_pg_snapshot<F, Fut, T>(
        &self,
        dump: F,
    ) -> Result<(T, BackupSummary), StoreError>
    where
        F: FnOnce(String) -> Fut,
        Fut: std::future::Future<Output = Result<T, StoreError>>,
    {
        let Backend::Postgres(b) = &self.backend else {
            return Err(StoreError::Data(
                "with_pg_snapshot: not a PostgreSQL database".into(),
            ));
        };
        use sqlx::Connection;
        let mut conn = b.read.acquire().await?;
        let mut tx = conn.begin().await?;
        sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            .execute(&mut *tx)
            .await?;
        let snapshot: String = sqlx::query_scalar("SELECT pg_export_snapshot()")
            .fetch_one(&mut *tx)
            .await?;
        let summary = pg_sql::backup_summary(&mut tx).await?;
        let out = dump(snapshot).await?;
        tx.rollback().await?;
        conn.done(Ok((out, summary)))
    }

    /// The names of the tables whose values are sealed (`reseal_batch` walks them by index).
    pub fn sealed_tables() -> Vec<&'static str> {
        sealed::SEALED_COLUMNS.iter().map(|c| c.name).collect()
    }

    /// The cursor before the first row of sealed table `table`.
    pub fn first_cursor(table: usize) -> String {
        sealed::first_cursor(table)
    }

    /// Re-seals with the current key the values of sealed table `table` after `cursor` that
    /// are not sealed with it yet, `limit` rows at a time; returns how many were re-sealed
    /// and the cursor after the batch (`None` when the table is done).
    pub async fn reseal_batch(
        &self,
        table: usize,
        cursor: &str,
        limit: i64,
    ) -> Result<(u64, Option<String>), StoreError> {
        let rows = read!(self, sealed_batch(table, cursor.to_owned(), limit))?;
        let Some(last) = rows.last().map(|(k, _)| k.clone()) else {
            return Ok((0, None));
        };
        let mut changes = Vec::new();
        for (key, old) in rows {
            if self.vault.is_current(&old) {
                continue;
            }
            let plain = self.vault.open(&old).map_err(|e| {
                StoreError::Data(format!("{} {key}: {e}", Store::sealed_tables()[table]))
            })?;
            changes.push((key, old, self.vault.seal(&plain)));
        }
        let done = if changes.is_empty() {
            0
        } else {
            write!(self, reseal(table, changes))?
        };
        Ok((done, Some(last)))
    }

    /// The key rotation not finished yet: its target key id and cursors (JSON).
    pub async fn rotation_in_progress(&self) -> Result<Option<(i64, String)>, StoreError> {
        read!(self, rotation_in_progress())
    }

    pub async fn start_rotation(&self, target: i64, at: OffsetDateTime) -> Result<(), StoreError> {
        write!(self, start_rotation(target, at))
    }

    /// Records where the re-sealing got to, and when it finished.
    pub async fn save_rotation(
        &self,
        target: i64,
        cursors: String,
        finished: Option<OffsetDateTime>,
    ) -> Result<(), StoreError> {
        write!(self, save_rotation(target, cursors, finished))
    }

    /// Applies the migrations not yet applied.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        match &self.backend {
            Backend::Sqlite(b) => b.migrate(&SQLITE_MIGRATIONS).await,
            Backend::Postgres(b) => b.migrate(&PG_MIGRATIONS).await,
        }
    }

    /// Adds the reference data rows that are missing; returns how many were added.
    pub async fn load_reference(&self, reference: Arc<Reference>) -> Result<u64, StoreError> {
        write!(self, load_reference(reference))
    }

    pub async fn ping(&self) -> Result<(), StoreError> {
        read!(self, ping())
    }

    /// Registers a complaint; the complainant's identity is sealed, the secret hashed.
    pub async fn create_complaint(&self, new: NewComplaint) -> Result<i64, StoreError> {
        let sealed = new.complainant.as_ref().map(|c| {
            self.vault
                .seal(&serde_json::to_vec(c).expect("a complainant serialises"))
        });
        let secret_hash = self
            .vault
            .secret_hash(new.tracking_code.as_str(), new.secret.expose());
        let sealed_secret = self.vault.seal(new.secret.expose().as_bytes());
        let notifications = self.seal_recipients(&new.notifications);
        let files = new
            .attachments
            .iter()
            .map(|a| self.vault.seal(&a.bytes))
            .collect::<Vec<_>>();
        write!(
            self,
            tx create_complaint(
                new,
                sealed,
                secret_hash,
                sealed_secret,
                notifications,
                files
            )
        )
    }

    fn seal_recipients(&self, list: &[NewNotification]) -> Vec<(NewNotification, Vec<u8>)> {
        list.iter()
            .map(|n| (n.clone(), self.vault.seal(n.recipient.as_bytes())))
            .collect()
    }

    /// Leases due notifications to `node` (see `sql::claim_notifications`) and opens their
    /// recipients.
    pub async fn claim_notifications(
        &self,
        node: &str,
        channels: (bool, bool),
        now: OffsetDateTime,
        lease: time::Duration,
        limit: i64,
    ) -> Result<Vec<Outgoing>, StoreError> {
        let node = node.to_owned();
        let (sms, email) = channels;
        let rows = write!(
            self,
            claim_notifications(node, sms, email, now, now + lease, limit)
        )?;
        Ok(self.opened(rows))
    }

    /// Notifications with their recipients opened.
    pub fn opened(&self, rows: Vec<NotificationRow>) -> Vec<Outgoing> {
        rows.into_iter()
            .map(|r| Outgoing {
                recipient: self
                    .vault
                    .open(&r.recipient)
                    .ok()
                    .and_then(|b| String::from_utf8(b).ok())
                    .unwrap_or_default(),
                id: r.id,
                complaint_id: r.complaint_id,
                channel: r.channel,
                language: r.language,
                template: r.template,
                params: r.params.0,
                attempts: r.attempts,
            })
            .collect()
    }

    /// Records a send's outcome; false when this node's lease had been taken over.
    pub async fn settle_notification(
        &self,
        id: i64,
        node: &str,
        outcome: Result<(), String>,
        now: OffsetDateTime,
        retry_at: Option<OffsetDateTime>,
    ) -> Result<bool, StoreError> {
        let node = node.to_owned();
        write!(self, settle_notification(id, node, outcome, now, retry_at))
    }

    pub async fn notifications_of(
        &self,
        complaint_id: i64,
    ) -> Result<Vec<NotificationRow>, StoreError> {
        read!(self, notifications_of(complaint_id))
    }

    pub async fn notifications_in(
        &self,
        status: &str,
        limit: i64,
    ) -> Result<Vec<NotificationRow>, StoreError> {
        let status = status.to_owned();
        read!(self, notifications_in(status, limit))
    }

    pub async fn notification_counts(&self) -> Result<Vec<(String, String, i64)>, StoreError> {
        read!(self, notification_counts())
    }

    /// Opens a stored recipient (for admins looking at the outbox, and tests).
    pub fn open_recipient(&self, row: &NotificationRow) -> Option<String> {
        String::from_utf8(self.vault.open(&row.recipient).ok()?).ok()
    }

    /// The receipt given earlier for `key`, with its secret opened.
    pub async fn receipt_by_key(
        &self,
        key: &str,
    ) -> Result<Option<(KeptReceipt, String)>, StoreError> {
        let Some(kept) = read!(self, receipt_by_key(key))? else {
            return Ok(None);
        };
        let secret = self
            .vault
            .open(&kept.sealed_secret)
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .ok_or_else(|| StoreError::Data("a kept receipt cannot be opened".into()))?;
        Ok(Some((kept, secret)))
    }

    /// The bytes of an attachment stored in the database (`None`: not there — earlier
    /// versions kept them in the data folder).
    pub async fn attachment_bytes(&self, storage_key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        match read!(self, attachment_blob(storage_key))? {
            Some(sealed) => {
                Ok(Some(self.vault.open(&sealed).map_err(|e| {
                    StoreError::Data(format!("attachment {storage_key}: {e}"))
                })?))
            }
            None => Ok(None),
        }
    }

    pub async fn attachments_of(
        &self,
        complaint_id: i64,
    ) -> Result<Vec<AttachmentRow>, StoreError> {
        read!(self, attachments_of(complaint_id))
    }

    pub async fn complaint_by_code(&self, code: &str) -> Result<Option<ComplaintRow>, StoreError> {
        read!(self, complaint_by_code(code))
    }

    /// Opens the sealed identity of a complainant (callers check they may see it).
    pub fn reveal_complainant(&self, row: &ComplaintRow) -> Option<Complainant> {
        let sealed = row.complainant.as_ref()?;
        let plain = self.vault.open(sealed).ok()?;
        serde_json::from_slice(&plain).ok()
    }

    pub fn secret_matches(&self, row: &ComplaintRow, secret: &str) -> bool {
        self.vault
            .secret_matches(&row.tracking_code, secret, &row.secret_hash)
    }

    /// Applies a change and records its event; `Conflict` if the complaint moved meanwhile.
    pub async fn apply_change(&self, change: Change) -> Result<i64, StoreError> {
        let notifications = self.seal_recipients(&change.notifications);
        write!(self, tx apply_change(change, notifications))
    }

    /// The retention periods in force: (kind, days).
    pub async fn retention_rules(&self) -> Result<Vec<(String, i32)>, StoreError> {
        read!(self, retention_rules())
    }

    /// Ended complaints of `kind` whose personal data is kept past `ended_before`.
    pub async fn due_for_erasure(
        &self,
        kind: &str,
        ended_before: OffsetDateTime,
        limit: i64,
    ) -> Result<Vec<ComplaintRow>, StoreError> {
        read!(self, due_for_erasure(kind.to_owned(), ended_before, limit))
    }

    pub async fn late_complaints(
        &self,
        today: time::Date,
        max_level: i32,
        after_id: i64,
        limit: i64,
    ) -> Result<Vec<ComplaintRow>, StoreError> {
        read!(self, late_complaints(today, max_level, after_id, limit))
    }

    pub async fn supervisors_of(&self, unit_code: &str) -> Result<Vec<String>, StoreError> {
        read!(self, supervisors_of(unit_code))
    }

    pub async fn routing_rules(&self) -> Result<Vec<RoutingRuleRow>, StoreError> {
        read!(self, routing_rules())
    }

    pub async fn current_guide(
        &self,
        category_code: &str,
    ) -> Result<Option<GuideVersionRow>, StoreError> {
        read!(self, current_guide(category_code))
    }

    pub async fn guide_versions(
        &self,
        category_code: &str,
    ) -> Result<Vec<GuideVersionRow>, StoreError> {
        read!(self, guide_versions(category_code))
    }

    pub async fn events_of(&self, complaint_id: i64) -> Result<Vec<EventRow>, StoreError> {
        read!(self, events_of(complaint_id))
    }

    /// The complaints linked to `complaint_id` as its duplicates, oldest first.
    pub async fn duplicates_of(&self, complaint_id: i64) -> Result<Vec<ComplaintRow>, StoreError> {
        read!(self, duplicates_of(complaint_id))
    }

    pub async fn list_complaints(
        &self,
        scope: &Scope,
        filter: &ComplaintFilter,
    ) -> Result<Vec<ComplaintRow>, StoreError> {
        if let (Some(_), Backend::Sqlite(b)) = (&filter.q, &self.backend) {
            b.search_synced().await;
        }
        read!(self, list_complaints(scope, filter))
    }

    /// Complaints within `scope` counted by unit, state and deadlines.
    pub async fn scope_counts(
        &self,
        scope: &Scope,
        today: time::Date,
    ) -> Result<ScopeCounts, StoreError> {
        read!(self, scope_counts(scope, today))
    }

    pub async fn count_by_state(&self) -> Result<Vec<(String, i64)>, StoreError> {
        read!(self, count_by_state())
    }

    pub async fn verify_audit(&self) -> Result<AuditReport, StoreError> {
        read!(self, verify_audit())
    }

    /// Records that the TOTP code of `step` was used by `user_id`; false when it (or a later
    /// one) already was.
    pub async fn use_totp_step(&self, user_id: i64, step: i64) -> Result<bool, StoreError> {
        write!(self, use_totp_step(user_id, step))
    }

    /// Recomputes the chain of admin events (changes to reference data and accounts).
    /// The heads of both audit chains, to publish.
    pub async fn audit_heads(&self) -> Result<AuditHeads, StoreError> {
        read!(self, audit_heads())
    }

    /// Which chain holds an event with this hash, and where.
    pub async fn find_audit_hash(
        &self,
        hash: &str,
    ) -> Result<Option<(AuditChain, i64)>, StoreError> {
        read!(self, find_audit_hash(hash.to_owned()))
    }

    pub async fn verify_admin_audit(&self) -> Result<AuditReport, StoreError> {
        read!(self, verify_admin_chain())
    }

    /// Makes an admin change and records it in the admin audit chain, in one transaction;
    /// returns the new row's id (users, routing rules, guide versions) or how many rows
    /// changed (0 when the subject does not exist). Errors as the change's own: `Duplicate`
    /// for an existing rule, holiday, e-mail or unit code, `Reference` for a missing code.
    pub async fn admin(
        &self,
        change: AdminChange,
        actor: &str,
        at: OffsetDateTime,
    ) -> Result<i64, StoreError> {
        let actor = actor.to_owned();
        write!(self, apply_admin(change, actor, at))
    }

    /// The newest admin events first.
    pub async fn admin_events(&self, limit: i64) -> Result<Vec<AdminEventRow>, StoreError> {
        read!(self, admin_events(limit))
    }

    /// Starts a staff member's next round of training exercises (the first enrols them).
    pub async fn start_training_round(
        &self,
        user_id: i64,
        at: OffsetDateTime,
    ) -> Result<i32, StoreError> {
        write!(self, start_training_round(user_id, at))
    }

    /// Records the complaint an exercise of a round is played on.
    pub async fn add_training_scenario(
        &self,
        user_id: i64,
        round: i32,
        exercise: &str,
        complaint_id: i64,
    ) -> Result<(), StoreError> {
        let exercise = exercise.to_owned();
        write!(
            self,
            add_training_scenario(user_id, round, exercise, complaint_id)
        )
    }

    pub async fn trainees(&self) -> Result<Vec<TraineeRow>, StoreError> {
        read!(self, trainees())
    }

    /// `(exercise, tracking code)` of a trainee's round.
    pub async fn training_scenarios(
        &self,
        user_id: i64,
        round: i32,
    ) -> Result<Vec<(String, String)>, StoreError> {
        read!(self, training_scenarios(user_id, round))
    }

    /// What `actor` (`staff:12`) did since `since`, newest first, at most `limit` events.
    pub async fn events_by_actor(
        &self,
        actor: &str,
        since: OffsetDateTime,
        limit: i64,
    ) -> Result<Vec<ActorEvent>, StoreError> {
        let actor = actor.to_owned();
        read!(self, events_by_actor(actor, since, limit))
    }

    pub async fn all_staff(&self) -> Result<Vec<StaffRow>, StoreError> {
        read!(self, all_staff())
    }

    pub async fn staff_by_email(&self, email: &str) -> Result<Option<StaffRow>, StoreError> {
        read!(self, staff_by_email(email))
    }

    /// The staff member a live API token belongs to.
    pub async fn staff_by_token(
        &self,
        token_hash: &str,
        now: OffsetDateTime,
    ) -> Result<Option<StaffRow>, StoreError> {
        read!(self, staff_by_token(token_hash, now))
    }

    /// The staff member a live session belongs to.
    pub async fn staff_by_session(
        &self,
        token_hash: &str,
        now: OffsetDateTime,
    ) -> Result<Option<StaffRow>, StoreError> {
        read!(self, staff_by_session(token_hash, now))
    }

    /// Opens a session (and clears the failed sign-ins: over all addresses, and from
    /// `network`).
    pub async fn add_session(
        &self,
        user_id: i64,
        network: String,
        token_hash: String,
        now: OffsetDateTime,
        expires: OffsetDateTime,
    ) -> Result<(), StoreError> {
        write!(
            self,
            add_session(user_id, network, token_hash, now, expires)
        )
    }

    pub async fn end_session(&self, token_hash: String) -> Result<(), StoreError> {
        write!(self, end_session(token_hash))
    }

    /// Takes one sign-in attempt before it is checked; false when the account is locked
    /// (for that address network, or everywhere). See `sql/staff.rs`.
    pub async fn take_sign_in_attempt(&self, a: SignInAttempt) -> Result<bool, StoreError> {
        write!(self, take_sign_in_attempt(a))
    }

    /// Gives back an attempt that proved right; lifts the lock it set.
    pub async fn refund_sign_in_attempt(&self, a: SignInAttempt) -> Result<(), StoreError> {
        write!(self, refund_sign_in_attempt(a))
    }

    /// Takes one follow-up secret attempt on a complaint before it is checked: false while
    /// its follow-up is locked (see `sql/staff.rs`).
    pub async fn take_secret_attempt(
        &self,
        complaint_id: i64,
        max: i32,
        window: time::Duration,
        now: OffsetDateTime,
    ) -> Result<bool, StoreError> {
        write!(self, take_secret_attempt(complaint_id, max, window, now))
    }

    /// Gives back the attempt of a right secret.
    pub async fn refund_secret_attempt(
        &self,
        complaint_id: i64,
        max: i32,
    ) -> Result<(), StoreError> {
        write!(self, refund_secret_attempt(complaint_id, max))
    }

    /// Takes one of the `max` messages `recipient_key` may be sent within `window`; false
    /// when they are used up.
    pub async fn take_recipient_quota(
        &self,
        recipient_key: String,
        max: i32,
        window: time::Duration,
        now: OffsetDateTime,
    ) -> Result<bool, StoreError> {
        write!(self, take_recipient_quota(recipient_key, max, window, now))
    }

    /// Records an API token (only its hash) that works until `expires`.
    pub async fn add_token(
        &self,
        user_id: i64,
        token_hash: String,
        at: OffsetDateTime,
        expires: OffsetDateTime,
    ) -> Result<(), StoreError> {
        write!(self, add_token(user_id, token_hash, at, expires))
    }

    /// Statistics grouped `by`, within the filter, from the cohort counters.
    pub async fn stats(
        &self,
        by: StatsBy,
        filter: StatsFilter,
    ) -> Result<Vec<StatsRow>, StoreError> {
        read!(self, stats(by, filter))
    }

    /// Days to answer, as (group, days, complaints).
    pub async fn stats_answer_days(
        &self,
        by: StatsBy,
        filter: StatsFilter,
    ) -> Result<Vec<(String, i32, i64)>, StoreError> {
        read!(self, stats_answer_days(by, filter))
    }

    /// A page of the open data set's complaints (never a denunciation), by id.
    pub async fn open_data_page(
        &self,
        after_id: i64,
        limit: i64,
    ) -> Result<Vec<OpenDataRow>, StoreError> {
        read!(self, open_data_page(after_id, limit))
    }

    /// The cohorts of the statistics within the filter, with their counters.
    pub async fn stats_cohorts(
        &self,
        filter: StatsFilter,
    ) -> Result<Vec<(StatsKey, StatsRow)>, StoreError> {
        read!(self, stats_cohorts(filter))
    }

    /// The days-to-answer counts of the cohorts within the filter.
    pub async fn stats_days(
        &self,
        filter: StatsFilter,
    ) -> Result<Vec<(StatsKey, i32, i64)>, StoreError> {
        read!(self, stats_days(filter))
    }

    /// Complaints the public may see (never a denunciation), newest first.
    pub async fn public_requests(
        &self,
        filter: PublicFilter,
    ) -> Result<Vec<ComplaintRow>, StoreError> {
        read!(self, public_requests(filter))
    }

    /// The events of complaints the public may see, between two moments, oldest first.
    pub async fn public_updates(
        &self,
        from: OffsetDateTime,
        to: OffsetDateTime,
        limit: i64,
    ) -> Result<Vec<PublicUpdate>, StoreError> {
        read!(self, public_updates(from, to, limit))
    }

    /// What is remembered of the phone number with this key (`Vault::phone_key`).
    pub async fn phone_sender(&self, key: &str) -> Result<Option<PhoneSender>, StoreError> {
        read!(self, phone_sender(key))
    }

    pub async fn save_phone_sender(
        &self,
        sender: PhoneSender,
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        write!(self, save_phone_sender(sender, at))
    }

    /// The message `gateway_id` of `channel`, if it was handled before, with its reply.
    pub async fn seen_message(
        &self,
        channel: &str,
        gateway_id: &str,
    ) -> Result<Option<SeenMessage>, StoreError> {
        let seen = read!(self, seen_message(channel, gateway_id))?;
        Ok(seen.map(|reply| SeenMessage {
            reply: reply
                .and_then(|r| self.vault.open(&r).ok())
                .map(|r| String::from_utf8_lossy(&r).into_owned()),
        }))
    }

    /// Records a handled message with its reply (sealed: it may hold a follow-up secret);
    /// `false` if the same message was recorded meanwhile.
    pub async fn record_message(
        &self,
        channel: &str,
        gateway_id: &str,
        sender_key: &str,
        at: OffsetDateTime,
        limited: bool,
        reply: Option<&str>,
    ) -> Result<bool, StoreError> {
        let reply = reply.map(|r| self.vault.seal(r.as_bytes()));
        let (channel, gateway_id, sender_key) = (
            channel.to_owned(),
            gateway_id.to_owned(),
            sender_key.to_owned(),
        );
        write!(
            self,
            record_message(channel, gateway_id, sender_key, at, limited, reply)
        )
    }

    /// How many messages the number sent since `since`, and how many of those were refused
    /// as too many.
    pub async fn messages_since(
        &self,
        key: &str,
        since: OffsetDateTime,
    ) -> Result<(i64, i64), StoreError> {
        read!(self, messages_since(key, since))
    }

    /// The complaints filed from the number with this key, newest first.
    pub async fn complaints_of_sender(
        &self,
        key: &str,
        limit: i64,
    ) -> Result<Vec<ComplaintRow>, StoreError> {
        read!(self, complaints_of_sender(key, limit))
    }

    /// Queues messages that no change causes (the parts of an answer a citizen asked for).
    pub async fn queue_notifications(
        &self,
        complaint_id: Option<i64>,
        list: &[NewNotification],
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        let sealed = self.seal_recipients(list);
        write!(self, queue_notifications(complaint_id, sealed, at))
    }

    /// A USSD session seen since `fresh_after`: its number's key and its state.
    pub async fn ussd_session(
        &self,
        id: &str,
        fresh_after: OffsetDateTime,
    ) -> Result<Option<(String, String)>, StoreError> {
        read!(self, ussd_session(id, fresh_after))
    }

    /// Saves a USSD session's state; a session id is bound to the number that started it.
    pub async fn save_ussd_session(
        &self,
        id: &str,
        sender_key: &str,
        state: &str,
        at: OffsetDateTime,
        stale_before: OffsetDateTime,
    ) -> Result<(), StoreError> {
        let (id, key, state) = (id.to_owned(), sender_key.to_owned(), state.to_owned());
        write!(self, save_ussd_session(id, key, state, at, stale_before))
    }

    pub async fn categories(&self) -> Result<Vec<CategoryRow>, StoreError> {
        read!(self, categories())
    }

    pub async fn units(&self) -> Result<Vec<UnitRow>, StoreError> {
        read!(self, units())
    }

    pub async fn regions(&self) -> Result<Vec<RegionRow>, StoreError> {
        read!(self, regions())
    }

    pub async fn provinces(&self) -> Result<Vec<ProvinceRow>, StoreError> {
        read!(self, provinces())
    }

    pub async fn communes(&self) -> Result<Vec<CommuneRow>, StoreError> {
        read!(self, communes())
    }

    pub async fn holidays(&self) -> Result<Vec<HolidayRow>, StoreError> {
        read!(self, holidays())
    }

    /// Service points by name, removed ones included; one region's when `region` is given
    /// (the region of its commune, else of its unit). Changed through `Store::admin`.
    pub async fn service_points(
        &self,
        region: Option<&str>,
    ) -> Result<Vec<ServicePointRow>, StoreError> {
        read!(self, service_points(region.map(str::to_owned)))
    }

    /// One service point, even a removed one (an old poster's code explains itself).
    pub async fn service_point(&self, code: &str) -> Result<Option<ServicePointRow>, StoreError> {
        read!(self, service_point(code.to_owned()))
    }

    /// Poster campaigns, the latest start first.
    pub async fn poster_campaigns(&self) -> Result<Vec<PosterCampaignRow>, StoreError> {
        read!(self, poster_campaigns())
    }

    /// Complaints within `scope` (and `region` by their commune) received on the days (UTC)
    /// `[from, to)`, counted by day, channel and service point: a campaign's reach is summed
    /// from these.
    pub async fn reach_counts(
        &self,
        scope: &Scope,
        region: Option<&str>,
        from: time::Date,
        to: time::Date,
    ) -> Result<Vec<ReachCount>, StoreError> {
        read!(
            self,
            reach_counts(scope, region.map(str::to_owned), from, to)
        )
    }
}
