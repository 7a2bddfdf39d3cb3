//! `redress keys rotate`: a new sealing key, and every sealed value (complainants,
//! notification recipients, SMS replies, second-factor secrets, receipts, attachments)
//! sealed again with it while the servers keep serving; then the old sealing keys are
//! retired. Interrupted (a crash, Ctrl-C), it resumes where it stopped when run again.
//!
//! The new key is appended to the key file first; the rotation is recorded in the
//! database, which servers check every few seconds (`follow`): they read the key file
//! again and seal with the new key from then on. Until the end both keys open data.
//! Several nodes: copy the key file to every node after the key is added (`--add-only`),
//! then run the rotation.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;
use store::{Store, Vault};

/// The cursor of a table walked to its end (no key starts with a control character).
const DONE: &str = "\u{1}done";

pub struct Options {
    /// Rows read per batch.
    pub batch: i64,
    /// How long servers are given to pick up the new key before the walk begins.
    pub grace: Duration,
    /// Stops after this many batches (tests: a crash in the middle).
    pub stop_after: Option<usize>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Report {
    pub key: i64,
    pub resealed: u64,
    pub finished: bool,
    pub retired: Vec<u16>,
}

/// Adds a sealing key unless a rotation is under way; returns the target key.
pub async fn begin(store: &Store, key_file: &Path) -> Result<i64, String> {
    if let Some((target, _)) = store
        .rotation_in_progress()
        .await
        .map_err(|e| e.to_string())?
    {
        return Ok(target);
    }
    let id = Vault::add_seal_key(key_file).map_err(|e| e.to_string())?;
    store
        .start_rotation(id.into(), time::OffsetDateTime::now_utc())
        .await
        .map_err(|e| e.to_string())?;
    Ok(id.into())
}

/// Runs (or resumes) the rotation to its end, or until `stop_after` batches.
pub async fn rotate(store: &Store, key_file: &Path, options: &Options) -> Result<Report, String> {
    let target = begin(store, key_file).await?;
    store.vault().reload().map_err(|e| e.to_string())?;
    if i64::from(store.vault().current_key()) != target {
        return Err(format!(
            "the key file {} does not hold the key {target} the rotation under way needs: \
             restore the key file that has it",
            key_file.display()
        ));
    }
    tokio::time::sleep(options.grace).await;
    let (_, cursors) = store
        .rotation_in_progress()
        .await
        .map_err(|e| e.to_string())?
        .ok_or("the rotation was finished meanwhile")?;
    let mut cursors: BTreeMap<String, String> = serde_json::from_str(&cursors).unwrap_or_default();
    let tables = Store::sealed_tables();
    let (mut resealed, mut batches) = (0u64, 0usize);
    // Passes until one finds nothing left under an old key: values a server sealed with
    // the old key before it picked up the new one are caught by the next pass.
    loop {
        let mut this_pass = 0;
        for (index, name) in tables.iter().enumerate() {
            let mut cursor = cursors
                .get(*name)
                .cloned()
                .unwrap_or_else(|| Store::first_cursor(index));
            if cursor == DONE {
                continue;
            }
            loop {
                if options.stop_after.is_some_and(|n| batches >= n) {
                    return Ok(Report {
                        key: target,
                        resealed,
                        finished: false,
                        retired: Vec::new(),
                    });
                }
                let (done, next) = store
                    .reseal_batch(index, &cursor, options.batch)
                    .await
                    .map_err(|e| e.to_string())?;
                batches += 1;
                resealed += done;
                this_pass += done;
                cursor = next.unwrap_or_else(|| DONE.to_owned());
                cursors.insert((*name).to_owned(), cursor.clone());
                let json = serde_json::to_string(&cursors).expect("cursors serialise");
                store
                    .save_rotation(target, json, None)
                    .await
                    .map_err(|e| e.to_string())?;
                if cursor == DONE {
                    break;
                }
            }
        }
        if this_pass == 0 {
            break;
        }
        cursors.clear();
    }
    let retired = Vault::retire_others(key_file).map_err(|e| e.to_string())?;
    store.vault().reload().map_err(|e| e.to_string())?;
    store
        .save_rotation(target, "{}".into(), Some(time::OffsetDateTime::now_utc()))
        .await
        .map_err(|e| e.to_string())?;
    Ok(Report {
        key: target,
        resealed,
        finished: true,
        retired,
    })
}

/// For servers, every few seconds: a rotation under way whose key this process does not
/// seal with yet makes it read the key file again.
pub async fn follow(store: &Store) {
    match store.rotation_in_progress().await {
        Ok(Some((target, _))) if i64::from(store.vault().current_key()) != target => {
            match store.vault().reload() {
                Ok(()) if i64::from(store.vault().current_key()) == target => {
                    tracing::info!(key = target, "key rotation: sealing with the new key");
                }
                Ok(()) => tracing::error!(
                    key = target,
                    "key rotation under way but this node's key file lacks the new key: copy it here"
                ),
                Err(e) => tracing::error!(error = %e, "cannot read the key file again"),
            }
        }
        Ok(_) => {}
        Err(e) => tracing::warn!(error = %e, "cannot check for a key rotation"),
    }
}
