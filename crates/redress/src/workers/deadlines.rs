//! The deadline sweeper: finds complaints past a deadline and raises each one escalation
//! level at a time — the unit's supervisors, then the parent unit's, then the ministry's
//! complaints cell — recording the event and alerting them by e-mail. Idempotent: a level
//! is raised by a change that only applies to the version it was decided on, so two runs
//! (or two nodes) never raise the same level twice.

use crate::catalog::Catalog;
use crate::services::Services;
use serde_json::json;
use std::time::Duration;
use store::{Change, ComplaintRow, StoreError};
use time::{Date, OffsetDateTime};

/// The last level: the ministry's complaints cell.
pub const TOP_LEVEL: i32 = 3;
/// Days late between one level and the next.
pub const DAYS_PER_LEVEL: i64 = 3;
const BATCH: i64 = 500;

/// The level a complaint due on `due` should have reached on `today`: 1 the day after the
/// deadline, then one more every `DAYS_PER_LEVEL` days, up to `TOP_LEVEL`.
pub fn due_level(due: Date, today: Date) -> i32 {
    let late = (today - due).whole_days();
    if late <= 0 {
        0
    } else {
        (1 + (late - 1) / DAYS_PER_LEVEL).min(i64::from(TOP_LEVEL)) as i32
    }
}

/// The unit alerted at `level` for a complaint of `unit_code`.
pub fn unit_at_level(catalog: &Catalog, unit_code: &str, level: i32) -> String {
    let unit = catalog.unit(unit_code);
    match level {
        ..=1 => unit_code.to_owned(),
        2 => unit
            .and_then(|u| u.parent_code.clone())
            .unwrap_or_else(|| unit_code.to_owned()),
        _ => {
            let dept = unit
                .and_then(|u| u.department_code.clone())
                .unwrap_or_default();
            let cell = format!("{dept}-CP");
            if catalog.unit(&cell).is_some() {
                cell
            } else {
                dept
            }
        }
    }
}

/// One sweep; returns how many levels were raised.
pub async fn escalate_once(app: &Services, now: OffsetDateTime) -> Result<usize, StoreError> {
    let today = now.date();
    let catalog = app.catalog();
    let mut raised = 0;
    let mut after_id = 0;
    loop {
        let batch = app
            .store
            .late_complaints(today, TOP_LEVEL, after_id, BATCH)
            .await?;
        let Some(last) = batch.last() else {
            break;
        };
        after_id = last.id;
        raised += escalate_batch(app, &catalog, &batch, today, now).await?;
        if batch.len() < BATCH as usize {
            break;
        }
    }
    Ok(raised)
}

/// Raises each complaint of `batch` that is due for its next level.
async fn escalate_batch(
    app: &Services,
    catalog: &Catalog,
    batch: &[ComplaintRow],
    today: Date,
    now: OffsetDateTime,
) -> Result<usize, StoreError> {
    let mut raised = 0;
    for row in batch {
        // The sweep lists only complaints that are late, so a deadline is in force.
        let Some(due) =
            domain::rules::deadline_in_force(row.status, row.acknowledge_by, row.answer_by)
        else {
            continue;
        };
        if row.escalation_level >= due_level(due, today) {
            continue;
        }
        let level = row.escalation_level + 1;
        let unit = unit_at_level(catalog, &row.unit_code, level);
        let data = json!({ "level": level, "unit": unit, "deadline": due.to_string() });
        let mut params = crate::notify::params(row, &data);
        params["level"] = json!(level.to_string());
        let notifications = app
            .store
            .supervisors_of(&unit)
            .await?
            .iter()
            .map(|email| crate::notify::to_staff(email, "escalated", params.clone()))
            .collect();
        let mut change = Change::keeping(row, "system".to_owned(), "escalate", data, now);
        change.escalation_level = level;
        change.notifications = notifications;
        change.stats = crate::stats::on_change(&app.catalog(), row, &change);
        match app.store.apply_change(change).await {
            Ok(_) => {
                tracing::info!(tracking_code = %row.tracking_code, level, unit = %unit, "complaint escalated");
                raised += 1;
            }
            // Another node raised it, or someone acted on it meanwhile: next sweep decides.
            Err(StoreError::Conflict) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(raised)
}

/// Runs every minute until the process stops.
pub async fn run(app: Services) {
    loop {
        if let Err(e) = escalate_once(&app, app.now()).await {
            tracing::error!(error = %e, "deadline sweep failed");
        }
        tokio::time::sleep(Duration::from_secs(60)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn levels_follow_lateness() {
        let due = date!(2026 - 12 - 09);
        assert_eq!(
            due_level(due, date!(2026 - 12 - 09)),
            0,
            "due today is not late"
        );
        assert_eq!(due_level(due, date!(2026 - 12 - 10)), 1);
        assert_eq!(due_level(due, date!(2026 - 12 - 12)), 1);
        assert_eq!(due_level(due, date!(2026 - 12 - 13)), 2);
        assert_eq!(due_level(due, date!(2026 - 12 - 16)), 3);
        assert_eq!(due_level(due, date!(2027 - 06 - 01)), TOP_LEVEL);
    }
}
