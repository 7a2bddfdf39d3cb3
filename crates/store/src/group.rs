//! Group commit, for both backends: one writer connection fed by a queue, so that writes
//! arriving together share one transaction and one durable commit (one fsync on SQLite, one
//! WAL flush on PostgreSQL). Each write runs under a savepoint of its own: one that fails is
//! rolled back alone, and a panic stays in its write. Each caller hears back only once the
//! transaction holding its write committed.
//!
//! The connection is opened again after a failed begin or commit (PostgreSQL restarted, a
//! full disk freed): the callers of that group hear the error, the next group reconnects.

use crate::error::StoreError;
use futures_util::future::BoxFuture;
use tokio::sync::{mpsc, oneshot};

/// The most writes grouped into one transaction.
pub(crate) const MAX_BATCH: usize = 256;

type Finish = Box<dyn FnOnce(Result<(), StoreError>) + Send>;
type Job<C> = Box<dyn for<'c> FnOnce(&'c mut C) -> BoxFuture<'c, (bool, Finish)> + Send>;
type Connect<C> = Box<dyn Fn() -> BoxFuture<'static, Result<C, StoreError>> + Send>;

/// A connection the writer runs its transaction statements on.
pub(crate) trait Link: Send + 'static {
    /// Runs `sql`, one or more statements separated by `;`, in one round trip (the simple
    /// query protocol on PostgreSQL); the first that fails stops the rest.
    fn exec<'a>(&'a mut self, sql: &'a str) -> BoxFuture<'a, Result<(), StoreError>>;
}

macro_rules! link {
    ($conn:ty) => {
        impl Link for $conn {
            fn exec<'a>(&'a mut self, sql: &'a str) -> BoxFuture<'a, Result<(), StoreError>> {
                Box::pin(async move {
                    sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
                        .execute(&mut *self)
                        .await?;
                    Ok(())
                })
            }
        }
    };
}

/// What runs between one write and the next, or after the last: the write's savepoint
/// rolled back if it failed, released, and the next savepoint opened or the group
/// committed, in one round trip. Indexed by `[failed][last]`.
const BETWEEN: [[&str; 2]; 2] = [
    ["RELEASE job; SAVEPOINT job", "RELEASE job; COMMIT"],
    [
        "ROLLBACK TO job; RELEASE job; SAVEPOINT job",
        "ROLLBACK TO job; RELEASE job; COMMIT",
    ],
];
link!(sqlx::SqliteConnection);
link!(sqlx::PgConnection);

pub(crate) struct Writer<C> {
    queue: mpsc::Sender<Job<C>>,
}

impl<C> Clone for Writer<C> {
    fn clone(&self) -> Self {
        Writer {
            queue: self.queue.clone(),
        }
    }
}

impl<C: Link> Writer<C> {
    /// Starts the writer on `conn`; `connect` opens a new connection after a failure;
    /// `begin` is what opens each group's transaction (one or more statements).
    pub(crate) fn start(conn: C, connect: Connect<C>, begin: &'static str) -> Writer<C> {
        let (queue, jobs) = mpsc::channel(4 * MAX_BATCH);
        tokio::spawn(run(Some(conn), connect, begin, jobs));
        Writer { queue }
    }

    /// Runs `f` inside the next group transaction; returns once that transaction committed.
    pub(crate) async fn write<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: for<'c> FnOnce(&'c mut C) -> BoxFuture<'c, Result<T, StoreError>> + Send + 'static,
    {
        let (tx, rx) = oneshot::channel();
        let job: Job<C> = Box::new(move |conn| {
            Box::pin(async move {
                let result = f(conn).await;
                let ok = result.is_ok();
                let finish: Finish = Box::new(move |commit: Result<(), StoreError>| {
                    let _ = tx.send(commit.and(result));
                });
                (ok, finish)
            })
        });
        self.queue.send(job).await.map_err(|_| StoreError::Closed)?;
        rx.await.map_err(|_| StoreError::Closed)?
    }
}

async fn run<C: Link>(
    mut conn: Option<C>,
    connect: Connect<C>,
    begin: &'static str,
    mut queue: mpsc::Receiver<Job<C>>,
) {
    let opening = format!("{begin}; SAVEPOINT job");
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while queue.recv_many(&mut batch, MAX_BATCH).await > 0 {
        if conn.is_none() {
            match connect().await {
                Ok(c) => conn = Some(c),
                Err(e) => {
                    tracing::error!(error = %e, "the writer cannot reach the database");
                    batch.clear(); // each caller hears that the store is unavailable
                    continue;
                }
            }
        }
        let c = conn.as_mut().expect("connected above");
        // The group's transaction and its first write's savepoint, in one round trip.
        if let Err(e) = c.exec(&opening).await {
            tracing::error!(error = %e, "cannot begin a write transaction");
            conn = None;
            batch.clear();
            continue;
        }
        let last = batch.len() - 1;
        let mut finishers = Vec::with_capacity(batch.len());
        let mut commit = Ok(());
        for (i, job) in batch.drain(..).enumerate() {
            // A panic in one write (a bug) stays in it: its savepoint is rolled back, its
            // caller hears that the store failed (its answer channel went with the unwind),
            // and the writer goes on for the others.
            let (ok, finish) =
                match futures_util::FutureExt::catch_unwind(std::panic::AssertUnwindSafe(job(c)))
                    .await
                {
                    Ok(done) => done,
                    Err(_) => {
                        tracing::error!("a write panicked: it alone is rolled back");
                        (false, Box::new(|_| {}) as Finish)
                    }
                };
            finishers.push(finish);
            let step = c
                .exec(BETWEEN[usize::from(!ok)][usize::from(i == last)])
                .await;
            if let Err(e) = step {
                // The transaction is in doubt: nothing of it is reported as done, and the
                // writes not yet run are dropped (their callers hear that the store closed).
                commit = Err(e);
                break;
            }
        }
        if let Err(e) = &commit {
            tracing::error!(error = %e, "group commit failed");
            // Whatever state the connection is in, the next group starts on a new one
            // (dropping this one rolls back whatever it held).
            conn = None;
        }
        for finish in finishers {
            finish(commit.clone());
        }
    }
}
