//! Databases for tests, here so that every crate's tests make them the same way: SQLite in a
//! fresh temporary folder, PostgreSQL as a fresh database on 127.0.0.1:5432 (user postgres).
//! Without a PostgreSQL server the PostgreSQL half is skipped with a message, except under
//! `CI=true`, where it fails.

use crate::{Store, Vault};
use sqlx::Connection;
use std::path::PathBuf;
use std::sync::Arc;

pub const PG_ADMIN_URL: &str = "postgres://postgres@127.0.0.1:5432/test";

pub struct TestDb {
    pub store: Store,
    /// The URL the store was opened with (for a second connection or a child process).
    pub url: String,
    /// The folder of the SQLite file and the key file, removed on cleanup.
    pub dir: PathBuf,
    pg_name: Option<String>,
}

/// Sets the limits between a search's ways on PostgreSQL (`search_limits`), so that a
/// test reaches each way with a few complaints; for the whole process.
pub fn set_search_limits(limits: crate::search_limits::SearchLimits) {
    crate::search_limits::set(limits);
}

/// A short random name, safe in SQL identifiers and paths.
pub fn unique(prefix: &str) -> String {
    let mut b = [0u8; 6];
    getrandom::fill(&mut b).expect("random source");
    format!("{prefix}{}", hex::encode(b))
}

fn new_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(unique("redress-test-"));
    std::fs::create_dir_all(&dir).expect("temporary folder");
    dir
}

async fn open(url: String, dir: PathBuf, pg_name: Option<String>) -> TestDb {
    let vault = Vault::load_or_create(&dir.join("secret.key")).expect("key file");
    let store = Store::open(&url, Arc::new(vault))
        .await
        .expect("open store");
    store.migrate().await.expect("migrate");
    TestDb {
        store,
        url,
        dir,
        pg_name,
    }
}

pub async fn sqlite() -> TestDb {
    let dir = new_dir();
    let url = format!("sqlite://{}", dir.join("redress.db").display());
    open(url, dir, None).await
}

/// A fresh PostgreSQL database, or `None` (with a message) when no server answers outside CI.
pub async fn postgres() -> Option<TestDb> {
    let mut admin = match sqlx::PgConnection::connect(PG_ADMIN_URL).await {
        Ok(c) => c,
        Err(e) => {
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!("PostgreSQL at {PG_ADMIN_URL} is required under CI=true: {e}");
            }
            eprintln!("SKIPPED: PostgreSQL tests need a server at {PG_ADMIN_URL} ({e})");
            return None;
        }
    };
    let name = unique("t_");
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut admin)
        .await
        .expect("create test database");
    let url = format!("postgres://postgres@127.0.0.1:5432/{name}");
    Some(open(url, new_dir(), Some(name)).await)
}

impl TestDb {
    pub fn is_postgres(&self) -> bool {
        self.pg_name.is_some()
    }

    /// An empty database of the same backend (no table), with its own folder: where a
    /// restore goes.
    pub async fn empty_sibling(&self) -> EmptyDb {
        let dir = new_dir();
        if self.is_postgres() {
            let name = unique("t_");
            let mut admin = sqlx::PgConnection::connect(PG_ADMIN_URL)
                .await
                .expect("connect");
            sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                .execute(&mut admin)
                .await
                .expect("create database");
            EmptyDb {
                url: format!("postgres://postgres@127.0.0.1:5432/{name}"),
                dir,
                pg_name: Some(name),
            }
        } else {
            EmptyDb {
                url: format!("sqlite://{}", dir.join("redress.db").display()),
                dir,
                pg_name: None,
            }
        }
    }

    /// Runs SQL on a connection of its own, as a person with database access would.
    pub async fn execute_raw(&self, sql: &str) -> Result<(), sqlx::Error> {
        let sql = sqlx::AssertSqlSafe(sql.to_owned());
        if self.is_postgres() {
            let mut c = sqlx::PgConnection::connect(&self.url).await?;
            sqlx::raw_sql(sql).execute(&mut c).await?;
        } else {
            let mut c = sqlx::SqliteConnection::connect(&self.url).await?;
            sqlx::raw_sql(sql).execute(&mut c).await?;
        }
        Ok(())
    }

    /// Edits the audit trail by hand: switches the append-only triggers off first.
    pub async fn tamper(&self, sql: &str) {
        let prefix = if self.is_postgres() {
            "ALTER TABLE complaint_events DISABLE TRIGGER complaint_events_no_change; \
             ALTER TABLE admin_events DISABLE TRIGGER admin_events_no_change;"
        } else {
            "DROP TRIGGER IF EXISTS complaint_events_no_update; \
             DROP TRIGGER IF EXISTS complaint_events_no_delete; \
             DROP TRIGGER IF EXISTS admin_events_no_update; \
             DROP TRIGGER IF EXISTS admin_events_no_delete;"
        };
        self.execute_raw(&format!("{prefix} {sql}"))
            .await
            .expect("tamper");
    }

    /// One value of one row, read on a connection of its own.
    pub async fn scalar_bytes(&self, sql: &str) -> Option<Vec<u8>> {
        let sql = sqlx::AssertSqlSafe(sql.to_owned());
        if self.is_postgres() {
            let mut c = sqlx::PgConnection::connect(&self.url)
                .await
                .expect("connect");
            sqlx::query_scalar(sql)
                .fetch_one(&mut c)
                .await
                .expect("query")
        } else {
            let mut c = sqlx::SqliteConnection::connect(&self.url)
                .await
                .expect("connect");
            sqlx::query_scalar(sql)
                .fetch_one(&mut c)
                .await
                .expect("query")
        }
    }

    /// Drops the PostgreSQL database and removes the temporary folder.
    pub async fn cleanup(self) {
        let TestDb {
            store,
            dir,
            pg_name,
            ..
        } = self;
        drop(store);
        if let Some(name) = pg_name {
            let mut admin = sqlx::PgConnection::connect(PG_ADMIN_URL)
                .await
                .expect("connect");
            sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
                "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
            )))
            .execute(&mut admin)
            .await
            .expect("drop test database");
        }
        let _ = std::fs::remove_dir_all(dir);
    }
}

/// A database with no table yet and a folder beside it (`TestDb::empty_sibling`).
pub struct EmptyDb {
    pub url: String,
    pub dir: PathBuf,
    pg_name: Option<String>,
}

impl EmptyDb {
    /// Drops the PostgreSQL database and removes the folder.
    pub async fn cleanup(self) {
        if let Some(name) = self.pg_name {
            let mut admin = sqlx::PgConnection::connect(PG_ADMIN_URL)
                .await
                .expect("connect");
            sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
                "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
            )))
            .execute(&mut admin)
            .await
            .expect("drop database");
        }
        let _ = std::fs::remove_dir_all(self.dir);
    }
}

/// Runs an async test body on SQLite, then on PostgreSQL (when available).
#[macro_export]
macro_rules! on_both_backends {
    ($name:ident) => {
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                let db = $crate::testing::sqlite().await;
                super::$name(&db).await;
                db.cleanup().await;
            }
            #[tokio::test]
            async fn postgres() {
                if let Some(db) = $crate::testing::postgres().await {
                    super::$name(&db).await;
                    db.cleanup().await;
                }
            }
        }
    };
}

impl Store {
    /// How many new complaints this store filed in a write with others (`filing.rs`).
    pub fn filed_together(&self) -> u64 {
        let together = match &self.backend {
            crate::Backend::Sqlite(b) => &b.writer.together,
            crate::Backend::Postgres(b) => &b.writer.together,
        };
        together.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// A write that runs `sql` and then panics, as a bug in one write would: it must be
    /// rolled back alone, and the writes beside and after it must go through.
    pub async fn write_then_panic(&self, sql: &'static str) -> Result<(), crate::StoreError> {
        macro_rules! panicking {
            () => {
                move |c| {
                    Box::pin(async move {
                        sqlx::query(sql).execute(c.conn().await?).await?;
                        panic!("a bug in one write");
                    })
                }
            };
        }
        match &self.backend {
            crate::Backend::Sqlite(b) => b.write(panicking!()).await,
            crate::Backend::Postgres(b) => b.write(panicking!()).await,
        }
    }
}
