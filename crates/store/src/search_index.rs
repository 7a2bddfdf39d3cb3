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
//! order): `received` and `describe` set the complaint's description (as it is by then),
//! `answer` adds its message to the answers. The last event indexed, its `seq` and `hash`,
//! is kept in the index's file in the same transaction as the words, so after a crash it
//! resumes where its last
//! commit left off (the file is `synchronous = NORMAL`: a commit lost in a crash is done
//! again). When the store opens the index, before any reader attaches it, a file that is
//! missing, of another schema version, left from another database (a backup restored
//! beside it: it does not hold that event) or damaged (put aside) is made anew and filled
//! from the first event.
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

/// The version of the index's schema and words (its file's `user_version`): a file of
/// another version is emptied and built again.
const VERSION: i64 = 2;
/// The index's schema, made new (in one transaction: a file that has the tables has the
/// row and the version).
const SCHEMA: &str = "BEGIN IMMEDIATE; \
     DROP TABLE IF EXISTS complaint_search; DROP TABLE IF EXISTS indexed; \
     CREATE VIRTUAL TABLE complaint_search USING fts5(\
         description, answers, tokenize = 'unicode61 remove_diacritics 2'); \
     CREATE TABLE indexed (id INTEGER PRIMARY KEY CHECK (id = 1), \
         seq INTEGER NOT NULL, hash TEXT NOT NULL); \
     INSERT INTO indexed (id, seq, hash) VALUES (1, 0, ''); \
     PRAGMA user_version = 2; COMMIT";
/// The last event indexed.
const LAST_INDEXED: &str = "SELECT seq FROM indexed WHERE id = 1";

/// The events after `$1`, oldest first, with the words each brings to the index: the
/// description as it is now (`received`, and `describe`, which added to it), an answer's
/// message.
const EVENTS: &str = "SELECT e.seq, e.hash, e.complaint_id, e.action, CASE e.action \
         WHEN 'received' THEN (SELECT description FROM complaints WHERE id = e.complaint_id) \
         WHEN 'describe' THEN (SELECT description FROM complaints WHERE id = e.complaint_id) \
         WHEN 'answer' THEN CASE json_type(e.data, '$.message') \
             WHEN 'text' THEN json_extract(e.data, '$.message') END END \
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
    /// Opens the index's `file` (made, or emptied, as `open_index` says) and starts the
    /// task that fills it from the database `main`.
    pub async fn start(main: SqliteConnectOptions, file: PathBuf) -> Result<Indexer, StoreError> {
        let options = SqliteConnectOptions::new()
            .filename(&file)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(10));
        let mut events = main.connect().await?;
        let index = match open_index(&options, &mut events).await {
            Ok(index) => index,
            Err(e) => {
                // Derived data: a file that cannot be opened (damaged, say) is put aside
                // and made again, rather than failing every read that attaches it.
                let aside = file.with_extension("damaged");
                tracing::warn!(error = %e, aside = %aside.display(),
                    "the search index cannot be opened: it is put aside and built again");
                for suffix in ["", "-wal", "-shm"] {
                    let (mut from, mut to) = (
                        file.clone().into_os_string(),
                        aside.clone().into_os_string(),
                    );
                    from.push(suffix);
                    to.push(suffix);
                    let (from, to) = (PathBuf::from(from), PathBuf::from(to));
                    if from.exists() {
                        std::fs::rename(&from, &to).map_err(|e| {
                            StoreError::Data(format!("cannot move {}: {e}", from.display()))
                        })?;
                    }
                }
                open_index(&options, &mut events).await?
            }
        };
        let (requests, inbox) = mpsc::unbounded_channel();
        let wake = Arc::new(Notify::new());
        let task = Task {
            main,
            options,
            index: Some(index),
            events: Some(events),
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
                if not_migrated(&e) {
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
        if self.index.is_none() || self.events.is_none() {
            let mut events = self.main.connect().await?;
            self.index = Some(open_index(&self.options, &mut events).await?);
            self.events = Some(events);
        }
        let (index, events) = (
            self.index.as_mut().expect("just opened"),
            self.events.as_mut().expect("just opened"),
        );
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

/// Whether `e` says the database has no events table yet (not migrated).
fn not_migrated(e: &impl std::fmt::Display) -> bool {
    e.to_string().contains("no such table: complaint_events")
}

/// Opens the index and a connection to the database it follows. The index is made new
/// when the file has no schema, or another version's, or when the last event it holds is
/// not this database's (see the module's documentation); a database not yet migrated has
/// no event: an index that holds one is another's.
async fn open_index(
    options: &SqliteConnectOptions,
    events: &mut SqliteConnection,
) -> Result<SqliteConnection, StoreError> {
    let mut index = options.connect().await?;
    let version: i64 = sqlx::query_scalar("PRAGMA user_version")
        .fetch_one(&mut index)
        .await?;
    let belongs = version == VERSION && {
        let (seq, hash): (i64, String) =
            sqlx::query_as("SELECT seq, hash FROM indexed WHERE id = 1")
                .fetch_one(&mut index)
                .await?;
        let here: Option<String> = if seq == 0 {
            None
        } else {
            match sqlx::query_scalar("SELECT hash FROM complaint_events WHERE seq = $1")
                .bind(seq)
                .fetch_optional(&mut *events)
                .await
            {
                Err(e) if not_migrated(&e) => None,
                found => found?,
            }
        };
        seq == 0 || here.as_deref() == Some(hash.as_str())
    };
    if !belongs {
        if version != 0 {
            tracing::warn!(
                version,
                "the search index is another version's or another database's: it is built again"
            );
        }
        sqlx::raw_sql(SCHEMA).execute(&mut index).await?;
    }
    Ok(index)
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
        // The description is set (so indexing it again changes nothing); answers add up.
        let sql = match action.as_str() {
            "received" => {
                "INSERT OR REPLACE INTO complaint_search (rowid, description, answers) \
                 VALUES ($1, $2, '')"
            }
            "describe" => "UPDATE complaint_search SET description = $2 WHERE rowid = $1",
            _ => {
                "UPDATE complaint_search SET answers = \
                 CASE answers WHEN '' THEN $2 ELSE answers || ' ' || $2 END WHERE rowid = $1"
            }
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
    fn the_schema_sets_its_version() {
        assert!(SCHEMA.contains(&format!("PRAGMA user_version = {VERSION};")));
    }

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
