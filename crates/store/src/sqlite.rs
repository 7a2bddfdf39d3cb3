//! The SQLite backend: one writer connection fed by a queue, so that concurrent writes are
//! grouped into one transaction and one fsync (group commit); a pool of readers beside it
//! (WAL lets them read while the writer writes). Each caller hears back only once the
//! transaction holding its write is durable (`synchronous = FULL`). The search index is a
//! file of its own, filled after the writes by an indexer (`search_index.rs`).

use crate::checkpoint::{self, Checkpointer};
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
    /// None for a database in memory, which has no log.
    checkpointer: Option<Checkpointer>,
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
        // Its checkpoints are a task's of their own (`checkpoint.rs`); its own automatic
        // checkpoint is only a bound on the log.
        let writing = options.clone().pragma("temp_store", "memory").pragma(
            "wal_autocheckpoint",
            checkpoint::WRITER_BACKSTOP.to_string(),
        );
        let conn = writing.connect().await?;
        // (sqlx names an in-memory database `file:sqlx-in-memory-N`: told from the URL)
        let in_memory = url.contains(":memory:") || url.contains("mode=memory");
        let checkpointer = (!in_memory).then(|| Checkpointer::start(options.clone()));
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
            checkpointer,
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
        self.after_write();
        written
    }

    /// Files a new complaint with the others of its group (see `filing.rs`); returns its id
    /// once the transaction committed.
    pub(crate) async fn file(&self, filing: crate::filing::ToFile) -> Result<i64, StoreError> {
        let filed = self.writer.file(filing).await;
        self.after_write();
        filed
    }

    /// After a write: the search indexer follows the events it added, and the checkpointer
    /// copies its pages into the database file.
    fn after_write(&self) {
        if let Some(indexer) = &self.indexer {
            indexer.wake();
        }
        if let Some(checkpointer) = &self.checkpointer {
            checkpointer.wake();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The log's frames and how many of them a checkpoint copied into the database file, as
    /// the log's index (`-shm`) holds them: `mxFrame` in its header, `nBackfill` after the
    /// header's two copies (SQLite's `wal.c`; native byte order).
    fn log_frames(db: &std::path::Path) -> (u32, u32) {
        let shm = std::fs::read(db.with_extension("db-shm")).unwrap();
        let word = |at: usize| u32::from_ne_bytes(shm[at..at + 4].try_into().unwrap());
        (word(16), word(96))
    }

    /// The writer commits durably, keeps its statement journals in memory and leaves its
    /// checkpoints to the checkpointer.
    #[tokio::test]
    async fn the_writer_is_durable_and_journals_in_memory() {
        let dir = std::env::temp_dir().join(format!("redress-writer-{}", std::process::id()));
        let db = dir.join("w.db");
        let url = format!("sqlite://{}", db.display());
        let backend = SqliteBackend::open(&url).await.unwrap();
        backend
            .migrate(&crate::dialects::SQLITE_MIGRATIONS)
            .await
            .unwrap();
        let (synchronous, temp_store, auto) = backend
            .write(|tx| {
                Box::pin(async move {
                    let c = tx.conn().await?;
                    let mut read = Vec::new();
                    for pragma in [
                        "PRAGMA synchronous",
                        "PRAGMA temp_store",
                        "PRAGMA wal_autocheckpoint",
                    ] {
                        let v: i64 = sqlx::query_scalar(pragma).fetch_one(&mut *c).await?;
                        read.push(v);
                    }
                    // A page of its own in the log: a table made by this write.
                    sqlx::query("CREATE TABLE written (x)")
                        .execute(&mut *c)
                        .await?;
                    Ok((read[0], read[1], read[2]))
                })
            })
            .await
            .unwrap();
        assert_eq!(synchronous, 2, "synchronous = FULL");
        assert_eq!(temp_store, 2, "temp_store = MEMORY");
        assert_eq!(auto, i64::from(checkpoint::WRITER_BACKSTOP));
        // The write's frames are copied into the database file soon after, by the
        // checkpointer (the writer's own checkpoint waits for 10,000 pages).
        let waited = std::time::Instant::now();
        let (frames, copied) = loop {
            let (frames, copied) = log_frames(&db);
            if (frames > 0 && copied == frames) || waited.elapsed() > Duration::from_secs(10) {
                break (frames, copied);
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        };
        assert!(frames > 0, "the write is in the log");
        assert_eq!(
            copied, frames,
            "every frame of the log is in the database file"
        );
        std::fs::remove_dir_all(dir).unwrap();
    }
}
