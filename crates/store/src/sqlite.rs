//! The SQLite backend: one writer connection fed by a queue, so that concurrent writes are
//! grouped into one transaction and one fsync (group commit); a pool of readers beside it
//! (WAL lets them read while the writer writes). Each caller hears back only once the
//! transaction holding its write is durable (`synchronous = FULL`).

use crate::error::StoreError;
use futures_util::future::BoxFuture;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{ConnectOptions, Connection, SqliteConnection, SqlitePool};
use std::str::FromStr;
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};

/// The most writes grouped into one transaction.
const MAX_BATCH: usize = 256;

type Finish = Box<dyn FnOnce(Result<(), StoreError>) + Send>;
type Job =
    Box<dyn for<'c> FnOnce(&'c mut SqliteConnection) -> BoxFuture<'c, (bool, Finish)> + Send>;

#[derive(Clone)]
pub struct SqliteBackend {
    options: std::sync::Arc<SqliteConnectOptions>,
    pub read: SqlitePool,
    writer: mpsc::Sender<Job>,
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
        let conn = options.connect().await?;
        let read = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options.clone())
            .await?;
        let (writer, queue) = mpsc::channel(4 * MAX_BATCH);
        tokio::spawn(run_writer(conn, queue));
        Ok(SqliteBackend {
            options: std::sync::Arc::new(options),
            read,
            writer,
        })
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
        F: for<'c> FnOnce(&'c mut SqliteConnection) -> BoxFuture<'c, Result<T, StoreError>>
            + Send
            + 'static,
    {
        let (tx, rx) = oneshot::channel();
        let job: Job = Box::new(move |conn| {
            Box::pin(async move {
                let result = f(conn).await;
                let ok = result.is_ok();
                let finish: Finish = Box::new(move |commit: Result<(), StoreError>| {
                    let _ = tx.send(commit.and(result));
                });
                (ok, finish)
            })
        });
        self.writer
            .send(job)
            .await
            .map_err(|_| StoreError::Closed)?;
        rx.await.map_err(|_| StoreError::Closed)?
    }
}

async fn exec(conn: &mut SqliteConnection, sql: &'static str) -> Result<(), StoreError> {
    sqlx::query(sql).execute(conn).await?;
    Ok(())
}

async fn run_writer(mut conn: SqliteConnection, mut queue: mpsc::Receiver<Job>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while queue.recv_many(&mut batch, MAX_BATCH).await > 0 {
        if let Err(e) = exec(&mut conn, "BEGIN IMMEDIATE").await {
            tracing::error!(error = %e, "cannot begin a write transaction");
            batch.clear(); // each caller hears that the store is unavailable
            continue;
        }
        let mut finishers = Vec::with_capacity(batch.len());
        for job in batch.drain(..) {
            if let Err(e) = exec(&mut conn, "SAVEPOINT job").await {
                finishers.push(Box::new(move |_| drop(e)) as Finish);
                continue;
            }
            // A panic in one write (a bug) stays in it: its savepoint is rolled back, its
            // caller hears that the store failed (its answer channel went with the unwind),
            // and the writer goes on for the others.
            let (ok, finish) = match futures_util::FutureExt::catch_unwind(
                std::panic::AssertUnwindSafe(job(&mut conn)),
            )
            .await
            {
                Ok(done) => done,
                Err(_) => {
                    tracing::error!("a write panicked: it alone is rolled back");
                    (false, Box::new(|_| {}) as Finish)
                }
            };
            if !ok {
                let _ = exec(&mut conn, "ROLLBACK TO job").await;
            }
            let _ = exec(&mut conn, "RELEASE job").await;
            finishers.push(finish);
        }
        let commit = exec(&mut conn, "COMMIT").await;
        if let Err(e) = &commit {
            tracing::error!(error = %e, "group commit failed");
            let _ = exec(&mut conn, "ROLLBACK").await;
        }
        for finish in finishers {
            finish(commit.clone());
        }
    }
    let _ = conn.close().await;
}
