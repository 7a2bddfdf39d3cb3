//! SQLite's search index: an FTS5 table in a database file of its own beside the main one
//! (`redress.db` → `redress-search.db`), written by an indexer task from the complaints'
//! events, not by the transactions that file complaints (issue 11).
//!
//! Why a file of its own: FTS5 merges its segments a step at a time, but a step ends only
//! between two words, so merging the list of a common word ("de", "école") is one step, and
//! it grows with the complaints indexed: 40-60 ms at a million, about 120 ms at ten million,
//! more later. In the complaints' own file that step held the one writer, and every
//! complaint waiting behind it. SQLite has one writer per file: here the indexer waits for
//! its merges, and intake does not. Its transactions also index a few hundred complaints
//! at a time, where intake wrote a segment for every group of about sixteen.
//!
//! The index is derived data. It follows the audit chain (`complaint_events`, in `seq`
//! order): a `received` event indexes the complaint's description, `answer` and `describe`
//! add their words. The last event indexed, its `seq` and `hash`, is kept in the index's
//! file in the same transaction as the words, so after a crash it resumes where its last
//! commit left off (the file is `synchronous = NORMAL`: a commit lost in a crash is done
//! again). A file left from another database (a backup restored beside it) does not hold
//! that event: it is emptied and built again from the first event, as a missing file is.
//!
//! A search first asks the indexer to index every event committed so far ([`Indexer::sync`])
//! and waits for that, a few milliseconds when it is idle, at most [`SYNC_WAIT`]: a
//! complaint is found by search as soon as its filing has been answered.

use crate::error::StoreError;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sqlx::{ConnectOptions, SqliteConnection};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{Notify, mpsc, oneshot};
use tokio::time::Instant;

/// The index's schema, made when its file is opened without it (in one transaction: a
/// file that has the tables has the row).
const SCHEMA: &str = "BEGIN IMMEDIATE; \
     CREATE VIRTUAL TABLE IF NOT EXISTS complaint_search USING fts5(\
         body, tokenize = 'unicode61 remove_diacritics 2'); \
     CREATE TABLE IF NOT EXISTS indexed (id INTEGER PRIMARY KEY CHECK (id = 1), \
         seq INTEGER NOT NULL, hash TEXT NOT NULL); \
     INSERT OR IGNORE INTO indexed (id, seq, hash) VALUES (1, 0, ''); COMMIT";
/// Whether the file has the schema: then opening it writes nothing, and waits for no other
/// process's indexer.
const HAS_SCHEMA: &str =
    "SELECT COUNT(*) = 2 FROM sqlite_master WHERE name IN ('complaint_search', 'indexed')";
/// The last event indexed.
const LAST_INDEXED: &str = "SELECT seq FROM indexed WHERE id = 1";

/// The events after `$1`, oldest first, with the words each brings to the index.
const EVENTS: &str = "SELECT e.seq, e.hash, e.complaint_id, e.action, CASE e.action \
         WHEN 'received' THEN (SELECT description FROM complaints WHERE id = e.complaint_id) \
         WHEN 'answer' THEN json_extract(e.data, '$.message') \
         WHEN 'describe' THEN json_extract(e.data, '$.text') END \
     FROM complaint_events e WHERE e.seq > $1 ORDER BY e.seq LIMIT $2";

/// The most events indexed in one transaction.
const BATCH: i64 = 2_000;
/// After a write, how long the indexer waits for more before it indexes them together.
const GATHER: Duration = Duration::from_millis(50);
/// How often it looks for events written by another process (a command run beside the
/// server) when no write of its own woke it.
const POLL: Duration = Duration::from_secs(1);
/// How long a search waits for the index to catch up: longer only while a whole index is
/// being built (a new or restored database), when the search answers from what is indexed.
pub(crate) const SYNC_WAIT: Duration = Duration::from_secs(2);

/// The index's file beside the database's: `dir/name.ext` → `dir/name-search.ext`.
pub(crate) fn file_for(main: &Path) -> PathBuf {
    let stem = main.file_stem().unwrap_or_default().to_string_lossy();
    let name = match main.extension() {
        Some(ext) => format!("{stem}-search.{}", ext.to_string_lossy()),
        None => format!("{stem}-search"),
    };
    main.with_file_name(name)
}

/// What a reading connection runs once opened, so that searches find the index as
/// `search.complaint_search`.
pub(crate) fn attach_sql(file: &Path) -> String {
    format!(
        "ATTACH DATABASE '{}' AS search",
        file.to_string_lossy().replace('\'', "''")
    )
}

/// The handle on the indexer task. Cheap to clone.
#[derive(Clone)]
pub(crate) struct Indexer {
    requests: mpsc::UnboundedSender<oneshot::Sender<()>>,
    wake: Arc<Notify>,
}

impl Indexer {
    /// Opens (or makes) the index's `file` and starts the task that fills it from the
    /// database `main`.
    pub async fn start(main: SqliteConnectOptions, file: PathBuf) -> Result<Indexer, StoreError> {
        let options = SqliteConnectOptions::new()
            .filename(&file)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(10));
        let mut index = options.connect().await?;
        let made: bool = sqlx::query_scalar(HAS_SCHEMA).fetch_one(&mut index).await?;
        if !made {
            sqlx::raw_sql(SCHEMA).execute(&mut index).await?;
        }
        let (requests, inbox) = mpsc::unbounded_channel();
        let wake = Arc::new(Notify::new());
        let task = Task {
            main,
            options,
            index: Some(index),
            events: None,
            checked: false,
        };
        tokio::spawn(task.run(inbox, wake.clone()));
        Ok(Indexer { requests, wake })
    }

    /// Something was written: the indexer looks for new events shortly.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// Returns once every event committed before the call is indexed, or after
    /// [`SYNC_WAIT`].
    pub async fn sync(&self) {
        let (done, wait) = oneshot::channel();
        if self.requests.send(done).is_ok() {
            let _ = tokio::time::timeout(SYNC_WAIT, wait).await;
        }
    }
}

struct Task {
    main: SqliteConnectOptions,
    options: SqliteConnectOptions,
    /// The index's connection, and one to the main database that reads its events; each
    /// opened again after an error.
    index: Option<SqliteConnection>,
    events: Option<SqliteConnection>,
    /// Whether the index was checked to belong to this database.
    checked: bool,
}

type Event = (i64, String, i64, String, Option<String>);

impl Task {
    async fn run(
        mut self,
        mut inbox: mpsc::UnboundedReceiver<oneshot::Sender<()>>,
        wake: Arc<Notify>,
    ) {
        let mut waiting = Vec::new();
        // The first look: at the first write, search or poll.
        let mut due: Option<Instant> = None;
        loop {
            let deadline = due.unwrap_or_else(|| Instant::now() + POLL);
            tokio::select! {
                request = inbox.recv() => match request {
                    Some(r) => waiting.push(r),
                    None => return,
                },
                _ = wake.notified(), if due.is_none() => {
                    due = Some(Instant::now() + GATHER);
                    continue;
                }
                _ = tokio::time::sleep_until(deadline) => {}
            }
            while let Ok(r) = inbox.try_recv() {
                waiting.push(r);
            }
            due = None;
            if let Err(e) = self.catch_up().await {
                // (an SQLite error names no personal data)
                if e.to_string().contains("no such table") {
                    tracing::debug!(error = %e, "the database is not migrated yet");
                } else {
                    tracing::warn!(error = %e, "the search index could not follow the complaints");
                }
                self.index = None;
                self.events = None;
                due = Some(Instant::now() + POLL);
            }
            for done in waiting.drain(..) {
                let _ = done.send(());
            }
        }
    }

    /// Indexes every event committed so far, [`BATCH`] per transaction.
    async fn catch_up(&mut self) -> Result<(), StoreError> {
        if self.index.is_none() {
            self.index = Some(self.options.connect().await?);
        }
        if self.events.is_none() {
            self.events = Some(self.main.connect().await?);
        }
        let (index, events) = (
            self.index.as_mut().expect("just opened"),
            self.events.as_mut().expect("just opened"),
        );
        if !self.checked {
            check_belongs(index, events).await?;
            self.checked = true;
        }
        loop {
            // The events are read before the index's write lock is taken, so that the lock
            // is held only while the words go in.
            let after: i64 = sqlx::query_scalar(LAST_INDEXED)
                .fetch_one(&mut *index)
                .await?;
            let batch: Vec<Event> = sqlx::query_as(EVENTS)
                .bind(after)
                .bind(BATCH)
                .fetch_all(&mut *events)
                .await?;
            if batch.is_empty() {
                return Ok(());
            }
            sqlx::raw_sql("BEGIN IMMEDIATE")
                .execute(&mut *index)
                .await?;
            let indexed = index_batch(index, after, &batch).await;
            let end = if indexed.is_ok() {
                "COMMIT"
            } else {
                "ROLLBACK"
            };
            sqlx::raw_sql(end).execute(&mut *index).await?;
            if indexed? && (batch.len() as i64) < BATCH {
                return Ok(());
            }
        }
    }
}

/// Empties the index if the last event it holds is not this database's (see the module's
/// documentation).
async fn check_belongs(
    index: &mut SqliteConnection,
    events: &mut SqliteConnection,
) -> Result<(), StoreError> {
    let (seq, hash): (i64, String) = sqlx::query_as("SELECT seq, hash FROM indexed WHERE id = 1")
        .fetch_one(&mut *index)
        .await?;
    if seq == 0 {
        return Ok(());
    }
    let here: Option<String> =
        sqlx::query_scalar("SELECT hash FROM complaint_events WHERE seq = $1")
            .bind(seq)
            .fetch_optional(&mut *events)
            .await?;
    if here.as_deref() != Some(hash.as_str()) {
        tracing::warn!(
            indexed = seq,
            "the search index is another database's: it is built again"
        );
        sqlx::raw_sql(
            "BEGIN IMMEDIATE; \
             DELETE FROM complaint_search; \
             UPDATE indexed SET seq = 0, hash = '' WHERE id = 1; COMMIT",
        )
        .execute(&mut *index)
        .await?;
    }
    Ok(())
}

/// Indexes `batch`, the events after `after`, inside the index's transaction; returns
/// false, writing nothing, if another process indexed them meanwhile.
async fn index_batch(
    index: &mut SqliteConnection,
    after: i64,
    batch: &[Event],
) -> Result<bool, StoreError> {
    let now: i64 = sqlx::query_scalar(LAST_INDEXED)
        .fetch_one(&mut *index)
        .await?;
    let Some((last, hash, ..)) = batch.last().filter(|_| now == after) else {
        return Ok(false);
    };
    for (_, _, complaint, action, words) in batch {
        let Some(words) = words else { continue };
        let sql = if action == "received" {
            "INSERT OR REPLACE INTO complaint_search (rowid, body) VALUES ($1, $2)"
        } else {
            "UPDATE complaint_search SET body = body || ' ' || $2 WHERE rowid = $1"
        };
        sqlx::query(sql)
            .bind(complaint)
            .bind(words)
            .execute(&mut *index)
            .await?;
    }
    sqlx::query("UPDATE indexed SET seq = $1, hash = $2 WHERE id = 1")
        .bind(last)
        .bind(hash)
        .execute(&mut *index)
        .await?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_file_is_named_after_the_database() {
        assert_eq!(
            file_for(Path::new("/var/lib/redress/redress.db")),
            Path::new("/var/lib/redress/redress-search.db")
        );
        assert_eq!(file_for(Path::new("data")), Path::new("data-search"));
        assert_eq!(
            attach_sql(Path::new("/tmp/o'brien/r-search.db")),
            "ATTACH DATABASE '/tmp/o''brien/r-search.db' AS search"
        );
    }
}
