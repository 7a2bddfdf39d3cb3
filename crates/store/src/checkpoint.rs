//! SQLite's checkpoints, off the writer (issue 11).
//!
//! In WAL mode a commit appends pages to the log; a checkpoint copies them back into the
//! database file and syncs it. By default the connection that commits does it, when the log
//! passes 1,000 pages: with intake writing about ten pages per complaint, the one writer
//! stopped every fifteen or so group commits to copy and sync, and every caller of the next
//! group waited behind it.
//!
//! Here a task with a connection of its own checkpoints shortly after writes (PASSIVE: it
//! never waits for the writer nor for readers, and they never wait for it), so the writer
//! only appends and syncs its log. The writer keeps its own automatic checkpoint, at
//! [`WRITER_BACKSTOP`] pages, so that the log stays bounded if this task falls behind or
//! fails: the log starts again from its beginning only when a write begins after a complete
//! checkpoint, which under steady intake is the writer's own. Durability is unchanged:
//! each commit is synced in the log before its callers hear of it, as before; a checkpoint
//! only moves pages already durable.

use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, SqliteConnection};
use std::time::Duration;
use tokio::sync::mpsc;

/// After a write, how long the task waits for more before it checkpoints them together.
pub(crate) const GATHER: Duration = Duration::from_millis(100);
/// The writer's own automatic checkpoint (pages in the log), a bound in case this task
/// falls behind.
pub(crate) const WRITER_BACKSTOP: u32 = 10_000;

/// The handle on the checkpointing task; the task ends when every handle is dropped.
#[derive(Clone)]
pub(crate) struct Checkpointer {
    wake: mpsc::Sender<()>,
}

impl Checkpointer {
    /// Starts the task; it opens its connection to the database `options` at its first
    /// checkpoint (and again after an error).
    pub fn start(options: SqliteConnectOptions) -> Checkpointer {
        let (wake, woken) = mpsc::channel(1);
        tokio::spawn(run(options, woken));
        Checkpointer { wake }
    }

    /// Something was committed: a checkpoint follows shortly.
    pub fn wake(&self) {
        // Full: a checkpoint is already due, and will copy this commit's pages too.
        let _ = self.wake.try_send(());
    }
}

async fn run(options: SqliteConnectOptions, mut woken: mpsc::Receiver<()>) {
    let mut conn: Option<SqliteConnection> = None;
    while woken.recv().await.is_some() {
        tokio::time::sleep(GATHER).await;
        // The wake-ups of the commits the checkpoint will copy.
        while woken.try_recv().is_ok() {}
        if conn.is_none() {
            match options.connect().await {
                Ok(c) => conn = Some(c),
                Err(e) => {
                    tracing::warn!(error = %e, "the checkpointer cannot open the database");
                    continue;
                }
            }
        }
        let c = conn.as_mut().expect("opened above");
        // (busy, pages in the log, pages copied): nothing to act on; PASSIVE copies what it
        // can and the next wake-up copies the rest.
        let done = sqlx::query_as::<_, (i64, i64, i64)>("PRAGMA wal_checkpoint(PASSIVE)")
            .fetch_one(&mut *c)
            .await;
        if let Err(e) = done {
            tracing::warn!(error = %e, "checkpoint failed; the next write tries again");
            conn = None;
        }
    }
}
