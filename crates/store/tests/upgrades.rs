//! Upgrades: databases made by earlier versions of Redress, with data in them, migrated to
//! today's schema on both backends. Fixture vNN in tests/upgrade/ is the last state of main
//! whose newest migration was NN, made by that version's own binary (`redress demo` and a few
//! requests; see scripts/make-upgrade-fixture): an SQL dump per backend and the key file that
//! sealed its personal data.

use domain::{Channel, Description, Kind, Language, Secret, TrackingCode};
use sqlx::Connection;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use store::testing::{PG_ADMIN_URL, unique};
use store::*;
use time::OffsetDateTime;
use time::macros::date;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/upgrade");
const MIGRATIONS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/sqlite");

/// Migrations added in the same commit as the one after them: no database ever had the
/// schema of the first alone, so there is no fixture of it (0010 came with 0011).
const ADDED_WITH_THE_NEXT: &[u32] = &[10];

// Migrations edited after they shipped (0007 on SQLite by 37e8d37; 0011 by 15b11cf, b2a1dd0
// and 6afc217; 0015 by 058c65b) are repaired by the store before migrating
// (`EDITED_MIGRATIONS`): every fixture must upgrade.

/// Earlier texts of an edited migration that no fixture was made with, recreated on a later
/// fixture of the same schema: what the earlier text did not make is dropped and its checksum
/// put back. 0015 before 058c65b had no `overdue` counter.
const EARLIER_TEXTS: &[(u32, Backend, &str)] = &[
    (
        15,
        Backend::Sqlite,
        "ALTER TABLE stats_cohorts DROP COLUMN overdue; UPDATE _sqlx_migrations SET checksum = \
         X'7c57a7d3aeab2ce79a2aa5299a5862886b9dde5ffc7f1d1ff9850a2df0592bfc386994c9eb7b568eefe6b667d00fc3f8' \
         WHERE version = 15;",
    ),
    (
        15,
        Backend::Postgres,
        // (the dump empties this session's search_path: names are qualified)
        "ALTER TABLE public.stats_cohorts DROP COLUMN overdue; \
         UPDATE public._sqlx_migrations SET checksum = \
         '\\xc9a815f3e68a4cba97597bd48d5f0ea7a5a893da942eb8240f515f485bcb7ecc82cf6ef6244bc5ab7ba26d6071602b3b' \
         WHERE version = 15;",
    ),
];

/// Tables whose rows a migration may rebuild or derive (search index, statistics): not
/// compared before and after.
fn derived(table: &str) -> bool {
    table == "_sqlx_migrations"
        || table.starts_with("complaint_search")
        || table.starts_with("stats_")
        || table == "unit_tally"
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Backend {
    Sqlite,
    Postgres,
}

/// The versions that have a fixture, in order.
fn fixtures() -> Vec<u32> {
    let mut versions: Vec<u32> = std::fs::read_dir(FIXTURES)
        .expect("tests/upgrade")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_prefix('v')?.strip_suffix(".key")?.parse().ok()
        })
        .collect();
    versions.sort();
    versions
}

fn migrations() -> Vec<u32> {
    let mut versions: Vec<u32> = std::fs::read_dir(MIGRATIONS)
        .expect("migrations/sqlite")
        .filter_map(|e| {
            e.ok()?
                .file_name()
                .into_string()
                .ok()?
                .get(..4)?
                .parse()
                .ok()
        })
        .collect();
    versions.sort();
    versions
}

fn fixture(version: u32, file: &str) -> PathBuf {
    Path::new(FIXTURES).join(format!("v{version:02}.{file}"))
}

#[test]
fn every_migration_has_a_fixture_of_the_schema_before_it() {
    let fixtures = fixtures();
    let migrations = migrations();
    for &m in &migrations[1..] {
        let before = m - 1;
        if ADDED_WITH_THE_NEXT.contains(&before) {
            continue;
        }
        assert!(
            fixtures.contains(&before),
            "migration {m:04} has no fixture of the schema before it (v{before:02}): run \
             scripts/make-upgrade-fixture {before} <the parent of the commit that added {m:04}>"
        );
    }
    for &v in &fixtures {
        assert!(
            migrations.contains(&v),
            "fixture v{v:02}: no migration {v:04}"
        );
        for file in ["sqlite.sql", "postgres.sql"] {
            assert!(fixture(v, file).exists(), "fixture v{v:02}: no {file}");
        }
    }
}

/// A connection of its own to the database under test, for what the store does not offer.
enum Raw {
    Sqlite(sqlx::SqliteConnection),
    Postgres(sqlx::PgConnection),
}

impl Raw {
    async fn connect(url: &str) -> Result<Raw, sqlx::Error> {
        Ok(if url.starts_with("postgres") {
            Raw::Postgres(sqlx::PgConnection::connect(url).await?)
        } else {
            use sqlx::ConnectOptions;
            let options: sqlx::sqlite::SqliteConnectOptions = url.parse()?;
            Raw::Sqlite(options.create_if_missing(true).connect().await?)
        })
    }

    async fn run(&mut self, sql: String) -> Result<(), sqlx::Error> {
        let sql = sqlx::raw_sql(sqlx::AssertSqlSafe(sql));
        match self {
            Raw::Sqlite(c) => sql.execute(c).await.map(drop),
            Raw::Postgres(c) => sql.execute(c).await.map(drop),
        }
    }

    async fn strings(&mut self, sql: &str) -> Result<Vec<String>, sqlx::Error> {
        let sql = sqlx::AssertSqlSafe(sql.to_owned());
        match self {
            Raw::Sqlite(c) => sqlx::query_scalar(sql).fetch_all(c).await,
            Raw::Postgres(c) => sqlx::query_scalar(sql).fetch_all(c).await,
        }
    }

    async fn count(&mut self, table: &str) -> Result<i64, sqlx::Error> {
        let sql = sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM \"{table}\""));
        match self {
            Raw::Sqlite(c) => sqlx::query_scalar(sql).fetch_one(c).await,
            Raw::Postgres(c) => sqlx::query_scalar(sql).fetch_one(c).await,
        }
    }

    /// Every table with its number of rows.
    async fn counts(&mut self) -> Result<BTreeMap<String, i64>, sqlx::Error> {
        let list = match self {
            Raw::Sqlite(_) => "SELECT name FROM sqlite_master WHERE type = 'table'",
            Raw::Postgres(_) => {
                "SELECT table_name::text FROM information_schema.tables \
                 WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
            }
        };
        let mut counts = BTreeMap::new();
        for table in self.strings(list).await? {
            let n = self.count(&table).await?;
            counts.insert(table, n);
        }
        Ok(counts)
    }
}

/// A fresh empty database of `backend`, dropped or removed by `remove`.
struct Scratch {
    url: String,
    dir: PathBuf,
    pg_name: Option<String>,
}

impl Scratch {
    async fn new(backend: Backend) -> Scratch {
        let dir = std::env::temp_dir().join(unique("redress-upgrade-"));
        std::fs::create_dir_all(&dir).expect("temporary folder");
        match backend {
            Backend::Sqlite => Scratch {
                url: format!("sqlite://{}", dir.join("redress.db").display()),
                dir,
                pg_name: None,
            },
            Backend::Postgres => {
                let name = unique("t_");
                admin_sql(&format!("CREATE DATABASE {name}")).await;
                Scratch {
                    url: format!("postgres://postgres@127.0.0.1:5432/{name}"),
                    dir,
                    pg_name: Some(name),
                }
            }
        }
    }

    async fn remove(self) {
        if let Some(name) = self.pg_name {
            admin_sql(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).await;
        }
        let _ = std::fs::remove_dir_all(self.dir);
    }
}

async fn admin_sql(sql: &str) {
    let mut admin = sqlx::PgConnection::connect(PG_ADMIN_URL)
        .await
        .expect("connect");
    sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_owned()))
        .execute(&mut admin)
        .await
        .expect(sql);
}

/// Whether PostgreSQL answers; under CI=true it must (as in `store::testing`).
async fn postgres_available() -> bool {
    match sqlx::PgConnection::connect(PG_ADMIN_URL).await {
        Ok(_) => true,
        Err(e) if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("PostgreSQL at {PG_ADMIN_URL} is required under CI=true: {e}")
        }
        Err(e) => {
            eprintln!("SKIPPED: PostgreSQL upgrades need a server at {PG_ADMIN_URL} ({e})");
            false
        }
    }
}

/// Returns `Err(message)` from the enclosing function unless `cond` holds.
macro_rules! ensure {
    ($cond:expr, $($msg:tt)+) => {
        if !$cond {
            return Err(format!($($msg)+));
        }
    };
}

fn new_complaint() -> NewComplaint {
    let mut random = [0u8; 8];
    getrandom::fill(&mut random).expect("random source");
    NewComplaint {
        tracking_code: TrackingCode::from_random(random),
        secret: Secret::parse("12345678").unwrap(),
        kind: Kind::Complaint,
        channel: Channel::Api,
        language: Language::French,
        category_code: "SAN-FEES".into(),
        unit_code: "SAN-BF13".into(),
        commune_code: Some("BF130004".into()),
        address: None,
        lat: None,
        long: None,
        description: Description::parse("Filed after the upgrade, to see that filing works.")
            .unwrap(),
        anonymous: false,
        complainant: Some(Complainant {
            name: Some("Awa Ouédraogo".into()),
            phone: Some("+22670112233".into()),
            email: None,
        }),
        actor: "public".into(),
        received_at: OffsetDateTime::now_utc(),
        acknowledge_by: date!(2030 - 01 - 07),
        answer_by: date!(2030 - 01 - 14),
        intake_key: None,
        attachments: Vec::new(),
        notifications: Vec::new(),
        sender_key: None,
        media_url: None,
        service_point_code: None,
        stats: Vec::new(),
    }
}

/// Loads fixture `version` into `db` (as an earlier text of an edited migration left it, with
/// `earlier`), migrates it and checks what it holds afterwards.
async fn upgrade(
    version: u32,
    backend: Backend,
    db: &Scratch,
    earlier: Option<&str>,
) -> Result<(), String> {
    let file = match backend {
        Backend::Sqlite => "sqlite.sql",
        Backend::Postgres => "postgres.sql",
    };
    let dump =
        std::fs::read_to_string(fixture(version, file)).map_err(|e| format!("{file}: {e}"))?;
    // On a connection of its own: a PostgreSQL dump empties that session's search_path.
    let mut raw = Raw::connect(&db.url)
        .await
        .map_err(|e| format!("connect: {e}"))?;
    raw.run(dump)
        .await
        .map_err(|e| format!("loading {file}: {e}"))?;
    if let Some(sql) = earlier {
        raw.run(sql.to_owned())
            .await
            .map_err(|e| format!("recreating the earlier text: {e}"))?;
    }
    drop(raw);
    let mut raw = Raw::connect(&db.url)
        .await
        .map_err(|e| format!("connect: {e}"))?;
    let before = raw.counts().await.map_err(|e| format!("counting: {e}"))?;
    let codes = raw
        .strings("SELECT tracking_code FROM complaints ORDER BY id")
        .await
        .map_err(|e| format!("codes: {e}"))?;
    ensure!(!codes.is_empty(), "the fixture holds no complaint");

    // A copy: the committed key file is never opened by the store.
    let key = db.dir.join("secret.key");
    std::fs::copy(fixture(version, "key"), &key).map_err(|e| format!("key file: {e}"))?;
    let vault = Vault::load_or_create(&key).map_err(|e| e.to_string())?;
    let store = Store::open(&db.url, Arc::new(vault))
        .await
        .map_err(|e| format!("open: {e}"))?;
    let migrated = store.migrate().await;
    migrated.map_err(|e| format!("migrate: {e}"))?;

    // Nothing lost.
    let after = raw.counts().await.map_err(|e| format!("counting: {e}"))?;
    for (table, &n) in before.iter().filter(|(t, _)| !derived(t)) {
        let now = after.get(table).copied();
        ensure!(
            now.is_some_and(|m| m >= n),
            "table {table}: {n} rows before migrating, {now:?} after"
        );
    }
    for table in ["complaints", "complaint_events"] {
        ensure!(
            after.get(table) == before.get(table),
            "{table}: {:?} before migrating, {:?} after",
            before.get(table),
            after.get(table)
        );
    }
    let summary = store
        .backup_summary()
        .await
        .map_err(|e| format!("backup_summary: {e}"))?;
    let newest = migrations().last().copied().unwrap_or_default();
    ensure!(
        summary.schema == i64::from(newest),
        "schema {} after migrating, not {newest}",
        summary.schema
    );
    ensure!(
        summary.codes == codes,
        "backup_summary lists other complaints"
    );

    // The data still works.
    let events = before["complaint_events"];
    match store.verify_audit().await {
        Ok(AuditReport::Intact { events: n }) if n == events => {}
        other => return Err(format!("audit chain of {events} events: {other:?}")),
    }
    if before.get("admin_events").is_some_and(|&n| n > 0) {
        match store.verify_admin_audit().await {
            Ok(AuditReport::Intact { .. }) => {}
            other => return Err(format!("admin audit chain: {other:?}")),
        }
    }
    for code in &codes {
        let row = store
            .complaint_by_code(code)
            .await
            .map_err(|e| format!("complaint {code}: {e}"))?
            .ok_or_else(|| format!("complaint {code} not found"))?;
        ensure!(
            row.complainant.is_none() || store.reveal_complainant(&row).is_some(),
            "complaint {code}: its complainant does not open"
        );
        let history = store
            .events_of(row.id)
            .await
            .map_err(|e| format!("{code}: {e}"))?;
        ensure!(!history.is_empty(), "complaint {code}: no event");
        store
            .attachments_of(row.id)
            .await
            .map_err(|e| format!("attachments of {code}: {e}"))?;
    }
    // Search finds the complaints filed before (on SQLite since 0024 from an index built
    // again from their events, in a file of its own; on PostgreSQL since 0025 from rows
    // copied without their positions): each by the longest word of its description, and
    // each answered one by the longest word of its answer.
    let mut lines = raw
        .strings("SELECT tracking_code || ' ' || description FROM complaints ORDER BY id")
        .await
        .map_err(|e| format!("descriptions: {e}"))?;
    let answers = raw
        .strings(
            "SELECT c.tracking_code || ' ' || (e.data ->> 'message') FROM complaint_events e \
             JOIN complaints c ON c.id = e.complaint_id \
             WHERE e.action = 'answer' AND (e.data ->> 'message') IS NOT NULL ORDER BY e.seq",
        )
        .await
        .map_err(|e| format!("answers: {e}"))?;
    ensure!(!answers.is_empty(), "the fixture has no answer to search");
    lines.extend(answers);
    for line in &lines {
        let (code, text) = line.split_once(' ').unwrap_or_default();
        let word = text
            .split(|c: char| !c.is_alphanumeric())
            .max_by_key(|w| w.chars().count())
            .unwrap_or_default();
        let filter = ComplaintFilter {
            q: Some(word.to_owned()),
            per_page: 100,
            page: 1,
            ..Default::default()
        };
        let found = store
            .list_complaints(&Scope::Everything, &filter)
            .await
            .map_err(|e| format!("search for {word:?}: {e}"))?;
        ensure!(
            found.iter().any(|r| r.tracking_code == code),
            "complaint {code} is not found by {word:?} (of {text:?})"
        );
    }
    // The dashboard's tally (0023) counts every complaint, once.
    let tallied: i64 = store
        .scope_counts(&Scope::Everything, date!(2026 - 11 - 30))
        .await
        .map_err(|e| format!("scope_counts: {e}"))?
        .states
        .iter()
        .map(|c| c.n)
        .sum();
    ensure!(
        tallied == codes.len() as i64,
        "the dashboard counts {tallied} complaints of {}",
        codes.len()
    );
    let counts = store
        .notification_counts()
        .await
        .map_err(|e| format!("notifications: {e}"))?;
    for (_, status, _) in &counts {
        for n in store
            .notifications_in(status, 10_000)
            .await
            .map_err(|e| e.to_string())?
        {
            ensure!(
                store.open_recipient(&n).is_some(),
                "notification {}: its recipient does not open",
                n.id
            );
        }
    }

    // And a new complaint can be filed.
    let new = new_complaint();
    let code = new.tracking_code.as_str().to_owned();
    store
        .create_complaint(new)
        .await
        .map_err(|e| format!("a new complaint: {e}"))?;
    let row = store
        .complaint_by_code(&code)
        .await
        .map_err(|e| format!("the new complaint: {e}"))?
        .ok_or("the new complaint is not found")?;
    ensure!(
        store.reveal_complainant(&row).is_some(),
        "the new complaint's complainant does not open"
    );
    match store.verify_audit().await {
        Ok(AuditReport::Intact { events: n }) if n == events + 1 => Ok(()),
        other => Err(format!("audit chain after a new complaint: {other:?}")),
    }
}

/// Upgrades every fixture on `backend`; fails naming each version that did not upgrade.
async fn upgrade_every_fixture(backend: Backend) {
    let versions = fixtures();
    assert!(!versions.is_empty(), "no fixture in {FIXTURES}");
    // Two at a time: most of the time is PostgreSQL creating databases and writing, and each
    // store opens a pool of connections (all at once would exceed the server's limit while the
    // other tests run).
    let runs = versions.into_iter().map(|v| (v, None)).chain(
        EARLIER_TEXTS
            .iter()
            .filter(|(_, b, _)| *b == backend)
            .map(|(v, _, sql)| (*v, Some(*sql))),
    );
    use futures_util::StreamExt;
    let outcomes: Vec<Result<(), String>> = futures_util::stream::iter(runs)
        .map(|(v, earlier)| async move {
            let db = Scratch::new(backend).await;
            let outcome = upgrade(v, backend, &db, earlier).await;
            db.remove().await;
            let text = if earlier.is_some() {
                " (earlier text)"
            } else {
                ""
            };
            outcome.map_err(|e| format!("v{v:02}{text} on {backend:?}: {e}"))
        })
        .buffer_unordered(2)
        .collect()
        .await;
    let failures: Vec<String> = outcomes.into_iter().filter_map(Result::err).collect();
    assert!(
        failures.is_empty(),
        "upgrades failed:\n{}",
        failures.join("\n")
    );
}

#[tokio::test]
async fn sqlite_databases_of_every_version_upgrade() {
    upgrade_every_fixture(Backend::Sqlite).await;
}

#[tokio::test]
async fn postgres_databases_of_every_version_upgrade() {
    if postgres_available().await {
        upgrade_every_fixture(Backend::Postgres).await;
    }
}
