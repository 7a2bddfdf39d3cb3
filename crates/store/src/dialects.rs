//! Each backend's dialect: the SQL of `sql/` compiled once per backend, in a module with
//! that backend's `Db` and the constants where the two differ, and its migrations.

/// The SQL files, compiled in each backend's module (they use its `Db` and constants).
macro_rules! sql_files {
    () => {
        include!("sql/common.rs");
        include!("sql/batch.rs");
        include!("sql/audit.rs");
        include!("sql/complaints.rs");
        include!("sql/queues.rs");
        include!("sql/search.rs");
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
pub(crate) mod sqlite_sql {
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
    /// New complaints are filed one after another (a statement is a call in the same
    /// process, not a round trip).
    const FILE_TOGETHER: Option<Together> = None;
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
    const SEARCH_MATCH: (&str, &str) = ("", "");
    /// What goes around a list of ids a key must be among (`key` then these, the ids
    /// between the two halves, comma-separated).
    const ID_LIST: (&str, &str) = (" IN (", ")");
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
pub(crate) mod pg_sql {
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
    /// New complaints are filed several in one statement (`sql/together.rs`).
    const FILE_TOGETHER: Option<Together> = Some(file_together);
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
    /// The complaints whose words match (`c.id IN (SELECT complaint_id …`), the words
    /// between the halves; the subquery is left open for a bound on `complaint_id` (see
    /// `list_complaints`), then closed with `)`.
    const SEARCH_MATCH: (&str, &str) = (
        " AND c.id IN (SELECT complaint_id FROM complaint_search \
         WHERE tsv @@ (SELECT plainto_tsquery('french', unaccent(",
        ")))",
    );
    /// As on SQLite, but one array literal: planned in 7-10 ms for 20,000 ids at a
    /// million complaints, where `IN (…)` took 40 ms.
    const ID_LIST: (&str, &str) = (" = ANY('{", "}'::bigint[])");
    /// As on SQLite, but the subquery's rows as an array: the plan then finds them through
    /// the key's index (`key IN (subquery)` was a hash join over a sequential scan of the
    /// whole table; see `create_complaint`).
    const AMONG: (&str, &str) = (" = ANY(ARRAY(", "))");
    fn search_query(text: &str) -> String {
        text.to_owned()
    }
    sql_files!();
    include!("sql/together.rs");
}

pub(crate) static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");
pub(crate) static PG_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");
