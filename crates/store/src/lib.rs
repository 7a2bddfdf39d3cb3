//! Storage for Redress: the only crate with SQL. One `Store` over two backends, SQLite (the
//! embedded default) and PostgreSQL (for several app nodes), with the same methods, each one
//! use case and one transaction. The SQL lives once in `sql/`, compiled for each backend.

pub mod admin_change;
mod checkpoint;
mod dialects;
pub mod error;
mod filing;
mod group;
mod migrations;
pub mod posters;
mod postgres;
mod readers;
pub mod reference;
mod sealed;
mod search_index;
pub mod search_limits;
mod sqlite;
#[cfg(feature = "testing")]
pub mod testing;
pub mod types;
pub mod vault;

use dialects::{PG_MIGRATIONS, SQLITE_MIGRATIONS, pg_sql, sqlite_sql};
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
    /// Where each search with many matches last found its newest (PostgreSQL).
    newest_matches: Arc<search_limits::NewestMatches>,
}

/// Runs `sql::$f(conn, args…)` in a write transaction of whichever backend this is; with
/// `tx`, `$f` gets the writer's `Tx` rather than its connection (see `group.rs`).
macro_rules! write {
    ($self:ident, $f:ident($($arg:expr),* $(,)?)) => {
        match &$self.backend {
            $crate::Backend::Sqlite(b) => b.write(move |c| Box::pin(async move {
                $crate::sqlite_sql::$f(c.conn().await?, $($arg),*).await
            })).await,
            $crate::Backend::Postgres(b) => b.write(move |c| Box::pin(async move {
                $crate::pg_sql::$f(c.conn().await?, $($arg),*).await
            })).await,
        }
    };
    ($self:ident, tx $f:ident($($arg:expr),* $(,)?)) => {
        match &$self.backend {
            $crate::Backend::Sqlite(b) => b.write(move |c| Box::pin($crate::sqlite_sql::$f(c, $($arg),*))).await,
            $crate::Backend::Postgres(b) => b.write(move |c| Box::pin($crate::pg_sql::$f(c, $($arg),*))).await,
        }
    };
}

/// Runs `sql::$f(conn, args…)` on a reading connection.
macro_rules! read {
    ($self:ident, $f:ident($($arg:expr),* $(,)?)) => {
        match &$self.backend {
            $crate::Backend::Sqlite(b) => {
                let mut c = b.read.acquire().await?;
                let out = $crate::sqlite_sql::$f(&mut *c, $($arg),*).await;
                c.done(out)
            }
            $crate::Backend::Postgres(b) => {
                let mut c = b.read.acquire().await?;
                let out = $crate::pg_sql::$f(&mut *c, $($arg),*).await;
                c.done(out)
            }
        }
    };
}

mod methods;

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
        Ok(Store {
            backend,
            vault,
            newest_matches: Default::default(),
        })
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
}
