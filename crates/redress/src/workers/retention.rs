//! Retention: past the period an admin set for a kind of complaint, counted from the day it
//! ended (closed, rejected, withdrawn), its complainant's personal data is erased
//! (`handling::erase_personal_data`), with an audit event; the complaint and its
//! statistics stay. Several nodes may sweep at once: each erasure applies only to the
//! version it was decided on.

use crate::handling::{ActError, Erasure, Refusal, erase_personal_data};
use crate::services::Services;
use std::time::Duration;
use store::StoreError;
use time::OffsetDateTime;

const BATCH: i64 = 200;

/// One sweep over every rule; returns how many complaints were erased.
pub async fn erase_once(app: &Services, now: OffsetDateTime) -> Result<usize, StoreError> {
    let mut erased = 0;
    for (kind, keep_days) in app.store.retention_rules().await? {
        let ended_before = now - time::Duration::days(keep_days.into());
        loop {
            let batch = app
                .store
                .due_for_erasure(&kind, ended_before, BATCH)
                .await?;
            let mut done = 0;
            for row in &batch {
                let why = Erasure::Retention { keep_days };
                match erase_personal_data(app, row, "system".into(), why, now).await {
                    Ok(()) => done += 1,
                    // Another node erased it, or someone acted on it meanwhile.
                    Err(ActError::Refused(Refusal::ChangedMeanwhile | Refusal::AlreadyErased)) => {}
                    Err(ActError::Refused(r)) => tracing::warn!(refusal = %r, "erasure refused"),
                    Err(ActError::Store(e)) => return Err(e),
                }
            }
            erased += done;
            // A batch where nothing could be erased would come back the same: next sweep.
            if batch.len() < BATCH as usize || done == 0 {
                break;
            }
        }
    }
    Ok(erased)
}

/// Runs every hour until the process stops.
pub async fn run(app: Services) {
    loop {
        match erase_once(&app, app.now()).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(complaints = n, "retention: personal data erased"),
            Err(e) => tracing::error!(error = %e, "retention sweep failed"),
        }
        tokio::time::sleep(Duration::from_secs(3600)).await;
    }
}
