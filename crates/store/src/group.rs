//! Group commit, for both backends: one writer connection fed by a queue, so that writes
//! arriving together share one transaction and one durable commit (one fsync on SQLite, one
//! WAL flush on PostgreSQL). Each write runs under a savepoint of its own: one that fails is
//! rolled back alone, and a panic stays in its write. Each caller hears back only once the
//! transaction holding its write committed.
//!
//! The connection is opened again after a failed begin or commit (PostgreSQL restarted, a
//! full disk freed): the callers of that group hear the error, the next group reconnects.
//!
//! A group holds the complaints' audit chain until it commits (SQLite has one writer;
//! PostgreSQL's group first locks the head row), so the group remembers the head its last
//! event left ([`Tx::head`]) and reads it from the database once, not once per event. On
//! SQLite the head row is written once, just before the commit.

use crate::error::StoreError;
use futures_util::future::BoxFuture;
use tokio::sync::{mpsc, oneshot};

/// The most writes grouped into one transaction.
pub(crate) const MAX_BATCH: usize = 256;

type Finish = Box<dyn FnOnce(Result<(), StoreError>) + Send>;
type Job<C> = Box<dyn for<'c> FnOnce(&'c mut Tx<C>) -> BoxFuture<'c, (bool, Finish)> + Send>;
type Connect<C> = Box<dyn Fn() -> BoxFuture<'static, Result<C, StoreError>> + Send>;

/// A connection the writer runs its transaction statements on.
pub(crate) trait Link: Send + 'static {
    /// Runs `sql`, one or more statements separated by `;`, in one round trip (the simple
    /// query protocol on PostgreSQL); the first that fails stops the rest.
    fn exec<'a>(&'a mut self, sql: &'a str) -> BoxFuture<'a, Result<(), StoreError>>;
}

/// The writer's connection while a group runs, and what the group knows of the complaints'
/// audit chain. Dereferences to the connection.
pub(crate) struct Tx<C> {
    conn: C,
    /// The chain's head after the group's last event; `None` until the group reads it.
    pub head: Option<Head>,
}

/// The complaints' audit-chain head as a group left it.
#[derive(Clone, Debug)]
pub(crate) struct Head {
    pub seq: i64,
    pub hash: String,
    /// Not yet in the `audit_head` row: the writer writes it before the group commits
    /// (SQLite; on PostgreSQL a trigger moves the row with each event).
    pub unwritten: bool,
}

impl<C> std::ops::Deref for Tx<C> {
    type Target = C;
    fn deref(&self) -> &C {
        &self.conn
    }
}

impl<C> std::ops::DerefMut for Tx<C> {
    fn deref_mut(&mut self) -> &mut C {
        &mut self.conn
    }
}

impl Head {
    /// The statement that writes this head into its row. Both values are the store's own (a
    /// number, and a SHA-256 in hex, checked here), so they are written as literals: the
    /// statement then joins the commit's round trip.
    fn update(&self) -> Result<String, StoreError> {
        if self.hash.len() != 64 || !self.hash.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(StoreError::Data("the audit head's hash is not hex".into()));
        }
        Ok(format!(
            "UPDATE audit_head SET seq = {}, hash = '{}' WHERE id = 1",
            self.seq, self.hash
        ))
    }
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

/// The end of a write's savepoint alone, indexed by `[failed]` (see `BETWEEN`).
const END_JOB: [&str; 2] = ["RELEASE job", "ROLLBACK TO job; RELEASE job"];
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
        F: for<'c> FnOnce(&'c mut Tx<C>) -> BoxFuture<'c, Result<T, StoreError>> + Send + 'static,
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
    conn: Option<C>,
    connect: Connect<C>,
    begin: &'static str,
    mut queue: mpsc::Receiver<Job<C>>,
) {
    let mut conn = conn.map(|conn| Tx { conn, head: None });
    let opening = format!("{begin}; SAVEPOINT job");
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while queue.recv_many(&mut batch, MAX_BATCH).await > 0 {
        if conn.is_none() {
            match connect().await {
                Ok(c) => {
                    conn = Some(Tx {
                        conn: c,
                        head: None,
                    })
                }
                Err(e) => {
                    tracing::error!(error = %e, "the writer cannot reach the database");
                    batch.clear(); // each caller hears that the store is unavailable
                    continue;
                }
            }
        }
        let c = conn.as_mut().expect("connected above");
        // Another group (of another node, or before a restart) may have moved the head.
        c.head = None;
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
            let head_before = c.head.clone();
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
            if !ok {
                // Its savepoint is rolled back, with any event it chained.
                c.head = head_before;
            }
            let step = match c.head.as_ref().filter(|h| h.unwritten && i == last) {
                Some(head) => match head.update() {
                    Ok(update) => {
                        let end = END_JOB[usize::from(!ok)];
                        c.exec(&format!("{end}; {update}; COMMIT")).await
                    }
                    Err(e) => Err(e),
                },
                None => {
                    c.exec(BETWEEN[usize::from(!ok)][usize::from(i == last)])
                        .await
                }
            };
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
