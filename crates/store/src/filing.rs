//! New complaints filed together. The writer gathers the new complaints of its group and
//! files them in one write (`Tx::step`, one savepoint): on PostgreSQL one statement for all
//! of them, where one per complaint made the writer's one backend the bound on intake
//! (issue 11). If that write fails, for a reason that belongs to one complaint (a tracking
//! code drawn twice, a form sent twice), it is rolled back and each complaint is filed
//! alone under its own savepoint, so that only that one fails; each caller hears its own
//! result once the group's transaction committed, as for every write.

use crate::error::StoreError;
use crate::group::{Finish, Link, Step, Tx};
use crate::types::{NewComplaint, NewNotification};
use futures_util::future::BoxFuture;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use tokio::sync::oneshot;

/// A new complaint as the writer files it: the complaint, and what the vault sealed of it.
pub(crate) struct ToFile {
    pub new: NewComplaint,
    /// The complainant's details, sealed.
    pub sealed: Option<Vec<u8>>,
    pub secret_hash: String,
    pub sealed_secret: Vec<u8>,
    /// Each message with its recipient sealed.
    pub notifications: Vec<(NewNotification, Vec<u8>)>,
    /// Each attachment's bytes, sealed.
    pub files: Vec<Vec<u8>>,
}

impl ToFile {
    /// Whether it can be filed in the statement that files several (`FILE_TOGETHER`):
    /// attachments (whose bytes may be megabytes) and a first answer's days (never at
    /// intake) are filed by the statements of one complaint.
    pub fn together(&self) -> bool {
        self.new.attachments.is_empty()
            && self.new.stats.iter().all(|(_, d)| d.answer_days.is_none())
    }
}

/// What a caller waits on: its complaint's id, once the transaction committed.
pub(crate) type Answer = oneshot::Sender<Result<i64, StoreError>>;

/// Files new complaints in one write on the group's connection; their ids in order (as many
/// as complaints, or an error).
pub(crate) type FileAll<C> =
    for<'c> fn(&'c mut Tx<C>, Vec<Arc<ToFile>>) -> BoxFuture<'c, Result<Vec<i64>, StoreError>>;

/// Files the group's new complaints: together, or each alone when together failed. `Err`:
/// the transaction is in doubt (as `Tx::step`).
pub(crate) async fn file<C: Link>(
    c: &mut Tx<C>,
    file_all: FileAll<C>,
    filings: Vec<(Arc<ToFile>, Answer)>,
    finishers: &mut Vec<Finish>,
    together: &AtomicU64,
) -> Result<(), StoreError> {
    let (all, answers): (Vec<_>, Vec<_>) = filings.into_iter().unzip();
    if all.len() > 1 {
        let n = all.len();
        let (step, ids) = file_in_step(c, file_all, all.clone()).await;
        step?;
        if let Some(Ok(ids)) = ids
            && ids.len() == n
        {
            together.fetch_add(n as u64, Ordering::Relaxed);
            for (id, answer) in ids.into_iter().zip(answers) {
                finishers.push(Box::new(move |commit| {
                    let _ = answer.send(commit.map(|()| id));
                }));
            }
            return Ok(());
        }
        tracing::debug!(
            complaints = n,
            "filing together failed: each is filed alone"
        );
    }
    for (one, answer) in all.into_iter().zip(answers) {
        let (step, ids) = file_in_step(c, file_all, vec![one]).await;
        // A panic drops the answer: its caller hears that the store failed.
        if let Some(ids) = ids {
            let result = ids.and_then(|ids| {
                ids.first()
                    .copied()
                    .ok_or_else(|| StoreError::Data("a filing gave no id".into()))
            });
            finishers.push(Box::new(move |commit| {
                let _ = answer.send(commit.and(result));
            }));
        }
        step?;
    }
    Ok(())
}

/// Files `these` in one write under its own savepoint (`Tx::step`): it went through when it
/// gave an id for each.
async fn file_in_step<C: Link>(
    c: &mut Tx<C>,
    file_all: FileAll<C>,
    these: Vec<Arc<ToFile>>,
) -> Step<Result<Vec<i64>, StoreError>> {
    let n = these.len();
    c.step(move |c| {
        Box::pin(async move {
            let ids = file_all(c, these).await;
            (matches!(&ids, Ok(ids) if ids.len() == n), ids)
        })
    })
    .await
}
