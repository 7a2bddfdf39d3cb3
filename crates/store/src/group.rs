//! Group commit, for both backends: one writer connection fed by a queue, so that writes
//! arriving together share one transaction and one durable commit (one fsync on SQLite, one
//! WAL flush on PostgreSQL). Each write runs under a savepoint of its own: one that fails is
//! rolled back alone, and a panic stays in its write. Each caller hears back only once the
//! transaction holding its write committed.
//!
//! New complaints are not writes of their own: the group gathers them and files them
//! together after its other writes, in one write (`filing.rs`).
//!
//! The connection is opened again after a failed begin or commit (PostgreSQL restarted, a
//! full disk freed): the callers of that group hear the error, the next group reconnects.
//!
//! A group holds the complaints' audit chain until it commits (SQLite has one writer;
//! PostgreSQL's group first locks the head row), so the group reads the head as it begins
//! and carries it from event to event ([`Tx::head`]). On SQLite the head row is written once,
//! just before the commit; on PostgreSQL a trigger moves it with each event.
//!
//! The statements around a write (the end of the last write's savepoint, the opening of its
//! own) are owed by the writer and sent with the write's first statement: as a round trip of
//! their own when the write asks for its connection ([`Tx::conn`]), or ahead of its
//! statements in the same query when its first statement is a batch on SQLite
//! ([`Tx::carry_owed`]). Savepoints take turns between two names, so that rolling back a
//! write's savepoint can never reach the one before it: if the write's own was never opened,
//! the rollback fails and the whole group with it.

use crate::error::StoreError;
use crate::filing::{Answer, FileAll, ToFile};
use futures_util::future::BoxFuture;
use std::sync::Arc;
use tokio::sync::{mpsc, oneshot};

/// The most writes grouped into one transaction.
pub(crate) const MAX_BATCH: usize = 256;

pub(crate) type Finish = Box<dyn FnOnce(Result<(), StoreError>) + Send>;
type Own<C> = Box<dyn for<'c> FnOnce(&'c mut Tx<C>) -> BoxFuture<'c, (bool, Finish)> + Send>;

/// What the writer is asked to do.
enum Job<C> {
    /// A write of its own, under its own savepoint.
    Own(Own<C>),
    /// A new complaint, filed with the group's others in one write (`filing.rs`).
    Filing(Arc<ToFile>, Answer),
}
type Connect<C> = Box<dyn Fn() -> BoxFuture<'static, Result<C, StoreError>> + Send>;

/// A connection the writer runs its transaction statements on.
pub(crate) trait Link: Send + 'static {
    /// Runs `sql`, one or more statements separated by `;`, in one round trip (the simple
    /// query protocol on PostgreSQL); the first that fails stops the rest.
    fn exec<'a>(&'a mut self, sql: &'a str) -> BoxFuture<'a, Result<(), StoreError>>;
    /// Runs `sql` as `exec` does; its one row is the complaints' audit head, `seq, hash`.
    fn exec_head<'a>(&'a mut self, sql: &'a str) -> BoxFuture<'a, Result<Head, StoreError>>;
    /// Writes `head` into its row, then runs `COMMIT[end]`, in one round trip where the
    /// backend allows it.
    fn commit_head<'a>(
        &'a mut self,
        head: &'a Head,
        end: usize,
    ) -> BoxFuture<'a, Result<(), StoreError>>;
}

/// The writer's connection while a group runs: what the group knows of the complaints'
/// audit chain, and the statements the connection is owed before the current write's.
pub(crate) struct Tx<C> {
    conn: C,
    /// The chain's head after the group's last event.
    pub head: Head,
    /// The savepoint of the last write that went through, not yet released.
    unreleased: Option<usize>,
    /// The current write's savepoint (`job0` or `job1`: never the unreleased one), and
    /// whether it was sent.
    current: usize,
    opened: bool,
    /// The owed statements are in a batch not yet run (see `carry_owed`).
    carried: bool,
    /// Owed statements failed: the group cannot commit.
    failed: Option<StoreError>,
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

/// What opens write `current`'s savepoint, indexed by `[unreleased][current]`: the
/// savepoint of the write before released first, when it is owed.
const OPEN: [[&str; 2]; 3] = [
    ["SAVEPOINT job0", "SAVEPOINT job1"],
    [
        "RELEASE job0; SAVEPOINT job0",
        "RELEASE job0; SAVEPOINT job1",
    ],
    [
        "RELEASE job1; SAVEPOINT job0",
        "RELEASE job1; SAVEPOINT job1",
    ],
];
/// What rolls a failed write back, by its savepoint.
const ROLLBACK: [&str; 2] = [
    "ROLLBACK TO job0; RELEASE job0",
    "ROLLBACK TO job1; RELEASE job1",
];
/// What ends a group, by the savepoint still unreleased (none, `job0`, `job1`).
const COMMIT: [&str; 3] = ["COMMIT", "RELEASE job0; COMMIT", "RELEASE job1; COMMIT"];
/// Writes the head's row (SQLite, where no trigger moves it).
macro_rules! head {
    () => {
        "UPDATE audit_head SET seq = $1, hash = $2 WHERE id = 1"
    };
}
const HEAD: &str = head!();
/// The head's row written, then `COMMIT[end]`, in one query.
const HEAD_THEN_COMMIT: [&str; 3] = [
    concat!(head!(), "; COMMIT"),
    concat!(head!(), "; RELEASE job0; COMMIT"),
    concat!(head!(), "; RELEASE job1; COMMIT"),
];

impl<C: Link> Tx<C> {
    fn new(conn: C) -> Tx<C> {
        Tx {
            conn,
            head: Head {
                seq: 0,
                hash: String::new(),
                unwritten: false,
            },
            unreleased: None,
            current: 0,
            opened: false,
            carried: false,
            failed: None,
        }
    }

    fn owed(&self) -> &'static str {
        OPEN[self.unreleased.map_or(0, |n| n + 1)][self.current]
    }

    /// The connection, once the statements owed before this write's have run.
    pub async fn conn(&mut self) -> Result<&mut C, StoreError> {
        if self.carried {
            return Err(StoreError::Data(
                "a write used its connection between building its batch and running it".into(),
            ));
        }
        if !self.opened {
            let owed = self.owed();
            self.opened = true;
            if let Err(e) = self.conn.exec(owed).await {
                self.failed = Some(e.clone());
                return Err(e);
            }
            self.unreleased = None;
        }
        Ok(&mut self.conn)
    }

    /// The statements owed before this write's, for a batch to send ahead of its own in the
    /// same query (SQLite), which must then be the write's first statement; `None` when they
    /// were sent already. The batch then runs on `carrying`.
    pub fn carry_owed(&mut self) -> Option<&'static str> {
        if self.opened {
            return None;
        }
        let owed = self.owed();
        self.opened = true;
        self.carried = true;
        // If the batch fails in the release, its own savepoint is not open: the rollback
        // fails, and the group (see `OPEN`).
        self.unreleased = None;
        Some(owed)
    }

    /// The connection, for the batch that carries the owed statements (`carry_owed`) to run
    /// on at once.
    pub fn carrying(&mut self) -> &mut C {
        self.carried = false;
        &mut self.conn
    }

    /// Runs `write` under a savepoint of its own: rolled back alone, with any event it
    /// chained, when it fails or panics (a bug: its caller hears that the store failed, and
    /// the writer goes on for the others).
    pub(crate) async fn step<T>(
        &mut self,
        write: impl for<'c> FnOnce(&'c mut Tx<C>) -> BoxFuture<'c, (bool, T)>,
    ) -> Step<T> {
        let head_before = self.head.clone();
        // Never the name of the savepoint still open (see `OPEN`).
        self.current = self.unreleased.map_or(0, |n| 1 - n);
        self.opened = false;
        self.carried = false;
        let run = std::panic::AssertUnwindSafe(write(self));
        let (ok, out) = match futures_util::FutureExt::catch_unwind(run).await {
            Ok((ok, out)) => (ok, Some(out)),
            Err(_) => {
                tracing::error!("a write panicked: it alone is rolled back");
                (false, None)
            }
        };
        let step = match (self.failed.take(), ok, self.opened) {
            (Some(e), _, _) => Err(e),
            // Nothing of it reached the database, or it went through: its savepoint is
            // released with the next write's opening, or the commit.
            (None, _, false) => Ok(()),
            (None, true, true) => {
                self.unreleased = Some(self.current);
                Ok(())
            }
            (None, false, true) => {
                self.head = head_before;
                self.conn.exec(ROLLBACK[self.current]).await
            }
        };
        (step, out)
    }
}

/// `$statement`: how the writer's fixed statements are sent. SQLite: prepared once and
/// kept (`sqlx::query`, several statements in one), as they are the same few texts for every
/// group (callgrind: parsing them again was about 80k instructions per group). PostgreSQL:
/// the simple query protocol, since a prepared statement holds one command.
macro_rules! link {
    ($conn:ty, $statement:path, prepared_holds_several: $several:literal) => {
        impl Link for $conn {
            fn exec<'a>(&'a mut self, sql: &'a str) -> BoxFuture<'a, Result<(), StoreError>> {
                Box::pin(async move {
                    $statement(sqlx::AssertSqlSafe(sql))
                        .execute(&mut *self)
                        .await?;
                    Ok(())
                })
            }

            fn exec_head<'a>(
                &'a mut self,
                sql: &'a str,
            ) -> BoxFuture<'a, Result<Head, StoreError>> {
                Box::pin(async move {
                    use sqlx::Row;
                    let rows = $statement(sqlx::AssertSqlSafe(sql))
                        .fetch_all(&mut *self)
                        .await?;
                    let row = rows
                        .first()
                        .ok_or_else(|| StoreError::Data("the audit head is missing".into()))?;
                    Ok(Head {
                        seq: row.try_get(0)?,
                        hash: row.try_get(1)?,
                        unwritten: false,
                    })
                })
            }

            fn commit_head<'a>(
                &'a mut self,
                head: &'a Head,
                end: usize,
            ) -> BoxFuture<'a, Result<(), StoreError>> {
                Box::pin(async move {
                    if !$several {
                        // One command per prepared statement: the head, then the commit.
                        sqlx::query(HEAD)
                            .bind(head.seq)
                            .bind(&head.hash)
                            .execute(&mut *self)
                            .await?;
                        return self.exec(COMMIT[end]).await;
                    }
                    sqlx::query(HEAD_THEN_COMMIT[end])
                        .bind(head.seq)
                        .bind(&head.hash)
                        .execute(&mut *self)
                        .await?;
                    Ok(())
                })
            }
        }
    };
}
link!(sqlx::SqliteConnection, sqlx::query, prepared_holds_several: true);
link!(sqlx::PgConnection, sqlx::raw_sql, prepared_holds_several: false);

pub(crate) struct Writer<C> {
    queue: mpsc::Sender<Job<C>>,
    /// How many new complaints were filed in a write with others (`filing.rs`).
    pub together: Arc<std::sync::atomic::AtomicU64>,
}

/// What a write that ran under its own savepoint left: `Err` when the group's transaction is
/// in doubt, then what the write returned (`None`: it panicked).
pub(crate) type Step<T> = (Result<(), StoreError>, Option<T>);

impl<C> Clone for Writer<C> {
    fn clone(&self) -> Self {
        Writer {
            queue: self.queue.clone(),
            together: self.together.clone(),
        }
    }
}

impl<C: Link> Writer<C> {
    /// Starts the writer on `conn`; `connect` opens a new connection after a failure;
    /// `begin` is what opens each group's transaction, ending with a read of the audit head
    /// (`seq, hash`, locked on PostgreSQL); `file_all` files new complaints (`filing.rs`).
    pub(crate) fn start(
        conn: C,
        connect: Connect<C>,
        begin: &'static str,
        file_all: FileAll<C>,
    ) -> Writer<C> {
        let (queue, jobs) = mpsc::channel(4 * MAX_BATCH);
        let together = Arc::default();
        let filer = (file_all, Arc::clone(&together));
        tokio::spawn(run(Some(conn), connect, begin, filer, jobs));
        Writer { queue, together }
    }

    /// Files a new complaint in the next group transaction, with the others of that group;
    /// returns its id once that transaction committed.
    pub(crate) async fn file(&self, filing: ToFile) -> Result<i64, StoreError> {
        let (answer, rx) = oneshot::channel();
        self.queue
            .send(Job::Filing(Arc::new(filing), answer))
            .await
            .map_err(|_| StoreError::Closed)?;
        rx.await.map_err(|_| StoreError::Closed)?
    }

    /// Runs `f` inside the next group transaction; returns once that transaction committed.
    pub(crate) async fn write<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: for<'c> FnOnce(&'c mut Tx<C>) -> BoxFuture<'c, Result<T, StoreError>> + Send + 'static,
    {
        let (tx, rx) = oneshot::channel();
        let job: Own<C> = Box::new(move |conn| {
            Box::pin(async move {
                let result = f(conn).await;
                let ok = result.is_ok();
                let finish: Finish = Box::new(move |commit: Result<(), StoreError>| {
                    let _ = tx.send(commit.and(result));
                });
                (ok, finish)
            })
        });
        self.queue
            .send(Job::Own(job))
            .await
            .map_err(|_| StoreError::Closed)?;
        rx.await.map_err(|_| StoreError::Closed)?
    }
}

async fn run<C: Link>(
    conn: Option<C>,
    connect: Connect<C>,
    begin: &'static str,
    (file_all, together): (FileAll<C>, Arc<std::sync::atomic::AtomicU64>),
    mut queue: mpsc::Receiver<Job<C>>,
) {
    let mut conn = conn.map(Tx::new);
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while queue.recv_many(&mut batch, MAX_BATCH).await > 0 {
        if conn.is_none() {
            match connect().await {
                Ok(c) => conn = Some(Tx::new(c)),
                Err(e) => {
                    tracing::error!(error = %e, "the writer cannot reach the database");
                    batch.clear(); // each caller hears that the store is unavailable
                    continue;
                }
            }
        }
        let c = conn.as_mut().expect("connected above");
        // The group's transaction, and the chain's head as it stands (another group, of
        // another node or before a restart, may have moved it), in one round trip.
        match c.conn.exec_head(begin).await {
            Ok(head) => c.head = head,
            Err(e) => {
                tracing::error!(error = %e, "cannot begin a write transaction");
                conn = None;
                batch.clear();
                continue;
            }
        }
        c.unreleased = None;
        let mut finishers = Vec::with_capacity(batch.len());
        let mut filings = Vec::new();
        let mut commit = Ok(());
        for job in batch.drain(..) {
            let own = match job {
                Job::Own(own) => own,
                Job::Filing(f, answer) => {
                    filings.push((f, answer));
                    continue;
                }
            };
            let (step, finish) = c.step(own).await;
            finishers.push(finish.unwrap_or_else(|| Box::new(|_| {})));
            if let Err(e) = step {
                // The transaction is in doubt: nothing of it is reported as done, and the
                // writes not yet run are dropped (their callers hear that the store closed).
                commit = Err(e);
                break;
            }
        }
        if commit.is_ok() && !filings.is_empty() {
            commit = crate::filing::file(c, file_all, filings, &mut finishers, &together).await;
        }
        if commit.is_ok() {
            let end = c.unreleased.map_or(0, |n| n + 1);
            commit = if c.head.unwritten {
                c.conn.commit_head(&c.head, end).await
            } else {
                c.conn.exec(COMMIT[end]).await
            };
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
