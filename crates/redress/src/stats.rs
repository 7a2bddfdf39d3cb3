//! Statistics: what each registration and change adds to the cohort counters (written by
//! the store in the same transaction), and the figures read back from them. A cohort is
//! the complaints received in a month, of a department, category, region and kind; the
//! figures of a group sum its cohorts, so they do not depend on how many complaints there
//! are, only on how many cohorts.
//!
//! Definitions (shown on `/stats`):
//! - answered: complaints with a first answer; on time: first answered on or before the
//!   answer deadline in force then; days to answer: whole days from the day received to
//!   the day first answered (medians and the 90th percentile are exact to the day);
//! - late: answered after the deadline, plus still open and found past it by the
//!   escalation sweep (which runs every few minutes: it is kept in the same transaction as
//!   the escalation, never counted per request);
//! - satisfaction: the mean of the ratings (1 to 5); appeals: appeals made.

use crate::catalog::Catalog;
use crate::services::Services;
use domain::State;
use std::collections::HashMap;
use store::{
    Change, ComplaintRow, NewComplaint, StatsBy, StatsDelta, StatsFilter, StatsKey, StoreError,
};
use time::OffsetDateTime;

/// The cohort of a complaint.
pub fn key(
    catalog: &Catalog,
    category: &str,
    commune: Option<&str>,
    kind: &str,
    received_at: OffsetDateTime,
) -> StatsKey {
    StatsKey {
        month: month(received_at),
        department: catalog
            .category(category)
            .map(|c| c.department_code.clone())
            .unwrap_or_default(),
        category: category.to_owned(),
        region: commune
            .and_then(|c| catalog.region_of(c))
            .unwrap_or_default(),
        kind: kind.to_owned(),
    }
}

/// The cohort month of a day (`YYYY-MM`).
pub fn month_of(day: time::Date) -> String {
    format!("{:04}-{:02}", day.year(), day.month() as u8)
}

fn month(t: OffsetDateTime) -> String {
    month_of(t.date())
}

fn key_of_row(catalog: &Catalog, row: &ComplaintRow) -> StatsKey {
    key(
        catalog,
        &row.category_code,
        row.commune_code.as_deref(),
        row.kind.as_str(),
        row.received_at,
    )
}

/// A new complaint: one more received in its cohort.
pub fn on_registration(catalog: &Catalog, new: &NewComplaint) -> Vec<(StatsKey, StatsDelta)> {
    let key = key(
        catalog,
        &new.category_code,
        new.commune_code.as_deref(),
        new.kind.as_str(),
        new.received_at,
    );
    vec![(
        key,
        StatsDelta {
            received: 1,
            ..StatsDelta::default()
        },
    )]
}

/// Still waiting for an answer or a decision: past a deadline, such a complaint is overdue.
fn pending(state: State) -> bool {
    matches!(
        state,
        State::Received | State::Accepted | State::Assigned | State::InProgress | State::Appealed
    )
}

/// What `change` of `row` adds to the counters.
pub fn on_change(
    catalog: &Catalog,
    row: &ComplaintRow,
    change: &Change,
) -> Vec<(StatsKey, StatsDelta)> {
    let key = key_of_row(catalog, row);
    let overdue_before = i64::from(row.escalation_level > 0 && pending(row.status));
    let overdue_after = i64::from(change.escalation_level > 0 && pending(change.status));
    // A complaint filed by phone chooses its category before anyone handles it: it moves
    // from one cohort to another, with everything it counted there.
    if change.action == "classify" && change.category_code != row.category_code {
        let to = self::key(
            catalog,
            &change.category_code,
            row.commune_code.as_deref(),
            row.kind.as_str(),
            row.received_at,
        );
        let moved = |sign: i64, overdue: i64| StatsDelta {
            received: sign,
            overdue: sign * overdue,
            ..StatsDelta::default()
        };
        return vec![
            (key, moved(-1, overdue_before)),
            (to, moved(1, overdue_after)),
        ];
    }
    let mut d = StatsDelta {
        overdue: overdue_after - overdue_before,
        ..StatsDelta::default()
    };
    match change.action.as_str() {
        "answer" if row.answered_at.is_none() => {
            let day = change.at.date();
            d.answered = 1;
            d.answered_on_time = i64::from(day <= row.answer_by);
            d.answer_days = Some((day - row.received_at.date()).whole_days());
        }
        "appeal" => d.appeals = 1,
        "reject" => d.rejected = 1,
        "withdraw" => d.withdrawn = 1,
        "rate" => {
            d.ratings = 1;
            d.rating_sum = change
                .data
                .get("score")
                .and_then(serde_json::Value::as_i64)
                .unwrap_or(0);
        }
        _ => {}
    }
    if d == StatsDelta::default() {
        return Vec::new();
    }
    vec![(key, d)]
}

/// The figures of one group.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures {
    pub key: String,
    pub received: i64,
    pub answered: i64,
    pub answered_on_time: i64,
    /// Answered late, plus open and found past a deadline by the escalation sweep.
    pub late: i64,
    pub median_days: Option<i32>,
    pub p90_days: Option<i32>,
    pub ratings: i64,
    /// Mean rating, 1 to 5.
    pub satisfaction: Option<f64>,
    pub appeals: i64,
}

impl Figures {
    /// Share of answers given on time, in percent.
    pub fn on_time_rate(&self) -> Option<f64> {
        (self.answered > 0).then(|| 100.0 * self.answered_on_time as f64 / self.answered as f64)
    }
}

/// The smallest number of days within which at least `share` of the answers were given.
fn percentile(histogram: &[(i32, i64)], share: f64) -> Option<i32> {
    let total: i64 = histogram.iter().map(|(_, n)| n).sum();
    if total == 0 {
        return None;
    }
    let wanted = (share * total as f64).ceil().max(1.0) as i64;
    let mut seen = 0;
    for (days, n) in histogram {
        seen += n;
        if seen >= wanted {
            return Some(*days);
        }
    }
    histogram.last().map(|(d, _)| *d)
}

/// The figures grouped `by`, within the filter, in the groups' order.
pub async fn figures(
    app: &Services,
    by: StatsBy,
    filter: &StatsFilter,
) -> Result<Vec<Figures>, StoreError> {
    Ok(figures_by(app, &[by], filter).await?.remove(0))
}

/// The figures for several groupings, each summed by the database from the cohorts within
/// the filter (their number depends on months x categories x regions x kinds, not on how
/// many complaints there are).
pub async fn figures_by(
    app: &Services,
    bys: &[StatsBy],
    filter: &StatsFilter,
) -> Result<Vec<Vec<Figures>>, StoreError> {
    let mut out = Vec::with_capacity(bys.len());
    for &by in bys {
        let rows = app.store.stats(by, filter.clone()).await?;
        let days = app.store.stats_answer_days(by, filter.clone()).await?;
        let mut histograms: HashMap<String, Vec<(i32, i64)>> = HashMap::new();
        for (key, d, n) in days {
            histograms.entry(key).or_default().push((d, n));
        }
        out.push(
            rows.into_iter()
                .map(|r| {
                    let histogram = histograms
                        .get(&r.key)
                        .map(Vec::as_slice)
                        .unwrap_or_default();
                    Figures {
                        late: r.answered - r.answered_on_time + r.overdue,
                        median_days: percentile(histogram, 0.5),
                        p90_days: percentile(histogram, 0.9),
                        satisfaction: (r.ratings > 0)
                            .then(|| r.rating_sum as f64 / r.ratings as f64),
                        key: r.key,
                        received: r.received,
                        answered: r.answered,
                        answered_on_time: r.answered_on_time,
                        ratings: r.ratings,
                        appeals: r.appeals,
                    }
                })
                .collect(),
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_are_exact_to_the_day() {
        let h = [(1, 2), (3, 5), (10, 3)];
        assert_eq!(percentile(&h, 0.5), Some(3));
        assert_eq!(percentile(&h, 0.9), Some(10));
        assert_eq!(percentile(&h, 0.2), Some(1));
        assert_eq!(percentile(&[], 0.5), None);
        assert_eq!(percentile(&[(0, 1)], 0.9), Some(0));
    }
}
