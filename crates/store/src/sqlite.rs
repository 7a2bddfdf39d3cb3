//! The SQLite backend: one writer connection fed by a queue, so that concurrent writes are
//! grouped into one transaction and one fsync (group commit); a pool of readers beside it
//! (WAL lets them read while the writer writes). Each caller hears back only once the
//! transaction holding its write is durable (`synchronous = FULL`). The search index is a
//! file of its own, filled after the writes by an indexer (`search_index.rs`).

use crate::error::StoreError;
use crate::group::{Tx, Writer};
use crate::readers::Readers;
use crate::search_index::{self, Indexer};
use futures_util::future::BoxFuture;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sqlx::{ConnectOptions, Connection, SqliteConnection};
use std::str::FromStr;
use std::time::Duration;

#[derive(Clone)]
pub struct SqliteBackend {
    options: std::sync::Arc<SqliteConnectOptions>,
    pub read: Readers<SqliteConnectOptions>,
    pub(crate) writer: Writer<SqliteConnection>,
    /// None for a database in memory, which has no file to put an index beside.
    indexer: Option<Indexer>,
}
impl SqliteBackend {
    pub async fn open(url: &str) -> Result<SqliteBackend, StoreError> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        if let Some(dir) = options
            .get_filename()
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
        {
            std::fs::create_dir_all(dir).map_err(|e| {
                StoreError::Data(format!("cannot create the folder {}: {e}", dir.display()))
            })?;
        }
        // The writer's statement journals (a savepoint per job of a group, `group.rs`) stay
        // in memory: on a file, one was created, written, closed and deleted at every
        // commit, and its writes were half the writer's `pwrite` calls (bench/RESULTS.md,
        // 2026-12-01). A crash loses an uncommitted transaction either way: durability is
        // unchanged.
        let writing = options.clone().pragma("temp_store", "memory");
        let conn = writing.connect().await?;
        // (sqlx names an in-memory database `file:sqlx-in-memory-N`: told from the URL)
        let in_memory = url.contains(":memory:") || url.contains("mode=memory");
        let (indexer, attach) = if in_memory {
            (None, None)
        } else {
            let index = search_index::file_for(options.get_filename());
            let attach = search_index::attach_sql(&index);
            (
                Some(Indexer::start(options.clone(), index).await?),
                Some(attach),
            )
        };
        let read = Readers::new(8, options.clone(), attach);
        let again = writing;
        let writer = Writer::start(
            conn,
            Box::new(move || {
                let options = again.clone();
                Box::pin(async move { Ok(options.connect().await?) })
            }),
            "BEGIN IMMEDIATE; SELECT seq, hash FROM audit_head WHERE id = 1",
            crate::sqlite_sql::file_complaints,
        );
        Ok(SqliteBackend {
            options: std::sync::Arc::new(options),
            read,
            writer,
            indexer,
        })
    }

    /// Returns once the search index holds every complaint written so far (see
    /// `search_index.rs`).
    pub async fn search_synced(&self) {
        if let Some(indexer) = &self.indexer {
            indexer.sync().await;
        }
    }

    pub async fn migrate(&self, migrator: &sqlx::migrate::Migrator) -> Result<(), StoreError> {
        let mut conn = self.options.connect().await?;
        crate::migrations::repair_edited_migrations!(&mut conn, migrator, sqlite_old);
        migrator.run(&mut conn).await?;
        conn.close().await?;
        Ok(())
    }

    /// Runs `f` inside the next group transaction; returns once that transaction committed.
    pub async fn write<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: for<'c> FnOnce(&'c mut Tx<SqliteConnection>) -> BoxFuture<'c, Result<T, StoreError>>
            + Send
            + 'static,
    {
        let written = self.writer.write(f).await;
        self.wake_indexer();
        written
    }

    /// Files a new complaint with the others of its group (see `filing.rs`); returns its id
    /// once the transaction committed.
    pub(crate) async fn file(&self, filing: crate::filing::ToFile) -> Result<i64, StoreError> {
        let filed = self.writer.file(filing).await;
        self.wake_indexer();
        filed
    }

    /// After a write: the search indexer follows the events it added.
    fn wake_indexer(&self) {
        if let Some(indexer) = &self.indexer {
            indexer.wake();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The writer commits durably and keeps its statement journals in memory.
    #[tokio::test]
    async fn the_writer_is_durable_and_journals_in_memory() {
        let dir = std::env::temp_dir().join(format!("redress-writer-{}", std::process::id()));
        let url = format!("sqlite://{}/w.db", dir.display());
        let backend = SqliteBackend::open(&url).await.unwrap();
        backend
            .migrate(&crate::dialects::SQLITE_MIGRATIONS)
            .await
            .unwrap();
        let (synchronous, temp_store) = backend
            .write(|tx| {
                Box::pin(async move {
                    let c = tx.conn().await?;
                    let s: i64 = sqlx::query_scalar("PRAGMA synchronous")
                        .fetch_one(&mut *c)
                        .await?;
                    let t: i64 = sqlx::query_scalar("PRAGMA temp_store")
                        .fetch_one(&mut *c)
                        .await?;
                    Ok((s, t))
                })
            })
            .await
            .unwrap();
        assert_eq!(synchronous, 2, "synchronous = FULL");
        assert_eq!(temp_store, 2, "temp_store = MEMORY");
        std::fs::remove_dir_all(dir).unwrap();
    }
}
