//! The open data set: every complaint the public may know of, without personal data, and
//! the aggregates; as CSV or JSON, for `/open-data/` and `redress export` alike.
//!
//! - Complaints: tracking code, department, category, kind, channel, place, day received,
//!   state, deadline, day answered, on time, late, and the answer only when a supervisor
//!   published it (`handling::publish_answer`, scrubbed). No name, contact or description.
//!   Denunciations are only in aggregates.
//! - Small counts: a place is given down to the commune only where at least `SMALL`
//!   complaints of the same category were received there that month; else the province,
//!   else the region, else no place (merged upward, then suppressed).
//! - Aggregates: the statistics' cohorts (month, department, category, region, kind);
//!   a cohort of fewer than `SMALL` complaints shows no counts.

use crate::catalog::Catalog;
use crate::services::Services;
use serde::Serialize;
use std::collections::HashMap;
use std::io::Write;
use store::{OpenDataRow, StoreError};

/// Fewer complaints than this in a group could point to someone.
pub const SMALL: i64 = 5;
const PAGE: i64 = 20_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            _ => None,
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }
}

/// One complaint of the open data set.
#[derive(Debug, Clone, Serialize)]
pub struct Complaint {
    pub tracking_code: String,
    pub department: String,
    pub category: String,
    pub kind: String,
    pub channel: String,
    pub region: String,
    pub province: String,
    pub commune: String,
    pub received_on: String,
    pub state: String,
    pub answer_deadline: String,
    pub answered_on: String,
    /// `yes`, `no`, or empty while not answered.
    pub answered_on_time: String,
    /// `yes` when answered late or still open past its deadline.
    pub late: String,
    /// The answer, when a supervisor published it (scrubbed of personal data).
    pub published_answer: String,
}

/// One cohort of the aggregates; counts empty when the cohort is small.
#[derive(Debug, Clone, Serialize)]
pub struct Aggregate {
    pub month: String,
    pub department: String,
    pub category: String,
    pub region: String,
    pub kind: String,
    pub received: Option<i64>,
    pub answered: Option<i64>,
    pub answered_on_time: Option<i64>,
    pub late: Option<i64>,
    pub rejected: Option<i64>,
    pub withdrawn: Option<i64>,
    pub appeals: Option<i64>,
    pub ratings: Option<i64>,
    pub rating_sum: Option<i64>,
    pub suppressed: bool,
}

/// The fields of both tables and what they mean (the data dictionary).
pub const DICTIONARY: &[(&str, &str, &str)] = &[
    (
        "complaints",
        "tracking_code",
        "The complaint's public tracking code (XXXX-XXXX-XXX).",
    ),
    (
        "complaints",
        "department",
        "The ministry concerned: EDU, SAN, FP, JUS (GEN: to be routed).",
    ),
    (
        "complaints",
        "category",
        "The subject (see /api/v1/reference/categories).",
    ),
    (
        "complaints",
        "kind",
        "complaint, suggestion, compliment or information_request (denunciations are only counted in the aggregates).",
    ),
    (
        "complaints",
        "channel",
        "How it was filed: web, api, sms, ussd, phone, walk_in, letter, email, open311.",
    ),
    (
        "complaints",
        "region",
        "Region code (2025 regions); empty when too few complaints would be there (see the small-count rule).",
    ),
    (
        "complaints",
        "province",
        "Province code; empty when too few complaints would be there.",
    ),
    (
        "complaints",
        "commune",
        "Commune code; empty when fewer than 5 complaints of the same category were received there that month.",
    ),
    (
        "complaints",
        "received_on",
        "Day received (YYYY-MM-DD, UTC).",
    ),
    (
        "complaints",
        "state",
        "received, accepted, assigned, in_progress, answered, appealed, closed, rejected or withdrawn.",
    ),
    (
        "complaints",
        "answer_deadline",
        "The answer deadline in force (YYYY-MM-DD).",
    ),
    (
        "complaints",
        "answered_on",
        "Day of the latest answer, empty if none.",
    ),
    (
        "complaints",
        "answered_on_time",
        "yes if the answer came by the deadline, no if after, empty if not answered.",
    ),
    (
        "complaints",
        "late",
        "yes if answered late or still open past its deadline.",
    ),
    ("aggregates", "month", "Month received (YYYY-MM)."),
    (
        "aggregates",
        "department, category, region, kind",
        "The cohort: complaints received that month, of that ministry, subject, region (empty: no commune given) and kind, denunciations included.",
    ),
    (
        "aggregates",
        "received, answered, answered_on_time, late, rejected, withdrawn, appeals, ratings, rating_sum",
        "The cohort's counts as on /stats; empty when the cohort has fewer than 5 complaints.",
    ),
    (
        "aggregates",
        "suppressed",
        "true when the counts are withheld because the cohort is small.",
    ),
];

/// ISO 8601, as open data tools read dates.
fn day(d: time::Date) -> String {
    d.to_string()
}

/// Where a complaint may be shown: the commune, else its province, else its region, else
/// nowhere, so that at least `SMALL` complaints share the place, category and month.
struct Places<'a> {
    catalog: &'a Catalog,
    province: HashMap<&'a str, &'a str>,
    communes: HashMap<(String, String, String), i64>,
    provinces: HashMap<(String, String, String), i64>,
    regions: HashMap<(String, String, String), i64>,
}

impl Places<'_> {
    fn province_of(&self, commune: &str) -> Option<String> {
        self.province.get(commune).map(|p| (*p).to_owned())
    }

    fn add(&mut self, category: &str, commune: &str, month: &str) {
        let k = |place: String| (category.to_owned(), place, month.to_owned());
        *self.communes.entry(k(commune.to_owned())).or_default() += 1;
        if let Some(p) = self.province_of(commune) {
            *self.provinces.entry(k(p)).or_default() += 1;
        }
        if let Some(r) = self.catalog.region_of(commune) {
            *self.regions.entry(k(r)).or_default() += 1;
        }
    }

    /// (region, province, commune) as they may be published.
    fn shown(&self, category: &str, commune: &str, month: &str) -> (String, String, String) {
        let k = |place: &str| (category.to_owned(), place.to_owned(), month.to_owned());
        let enough =
            |map: &HashMap<_, i64>, place: &str| map.get(&k(place)).copied().unwrap_or(0) >= SMALL;
        let province = self.province_of(commune).unwrap_or_default();
        let region = self.catalog.region_of(commune).unwrap_or_default();
        if enough(&self.communes, commune) {
            (region, province, commune.to_owned())
        } else if enough(&self.provinces, &province) {
            (region, province, String::new())
        } else if enough(&self.regions, &region) {
            (region, String::new(), String::new())
        } else {
            (String::new(), String::new(), String::new())
        }
    }
}

fn month(t: time::OffsetDateTime) -> String {
    crate::stats::month_of(t.date())
}

async fn each_page(
    app: &Services,
    mut f: impl FnMut(&[OpenDataRow]) -> std::io::Result<()>,
) -> Result<(), ExportError> {
    let mut after = 0;
    loop {
        let rows = app.store.open_data_page(after, PAGE).await?;
        let Some(last) = rows.last() else {
            return Ok(());
        };
        after = last.id;
        f(&rows)?;
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot write: {0}")]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Json(#[from] serde_json::Error),
}

/// Writes the complaints of the open data set to `out`.
pub async fn write_complaints(
    app: &Services,
    format: Format,
    out: &mut (impl Write + Send),
) -> Result<(), ExportError> {
    let catalog = app.catalog();
    let mut places = Places {
        catalog: &catalog,
        province: catalog
            .communes
            .iter()
            .map(|c| (c.code.as_str(), c.province_code.as_str()))
            .collect(),
        communes: HashMap::new(),
        provinces: HashMap::new(),
        regions: HashMap::new(),
    };
    // First pass: how many complaints share each place, category and month.
    each_page(app, |rows| {
        for r in rows {
            if let Some(c) = &r.commune_code {
                places.add(&r.category_code, c, &month(r.received_at));
            }
        }
        Ok(())
    })
    .await?;
    let today = app.now().date();
    let mut first = true;
    if format == Format::Json {
        out.write_all(b"[")?;
    }
    each_page(app, |rows| {
        for r in rows {
            let (region, province, commune) = match &r.commune_code {
                Some(c) => places.shown(&r.category_code, c, &month(r.received_at)),
                None => Default::default(),
            };
            let answered = r.answered_at.map(|a| a.date());
            let on_time = answered.map(|a| a <= r.answer_by);
            let late = on_time == Some(false)
                || domain::rules::is_late(r.status, r.acknowledge_by, r.answer_by, today);
            let record = Complaint {
                tracking_code: domain::TrackingCode::parse(&r.tracking_code)
                    .map_or_else(|_| r.tracking_code.clone(), |c| c.to_string()),
                department: catalog
                    .category(&r.category_code)
                    .map(|c| c.department_code.clone())
                    .unwrap_or_default(),
                category: r.category_code.clone(),
                kind: r.kind.clone(),
                channel: r.channel.clone(),
                region,
                province,
                commune,
                received_on: day(r.received_at.date()),
                state: r.status.as_str().to_owned(),
                answer_deadline: day(r.answer_by),
                answered_on: answered.map(day).unwrap_or_default(),
                answered_on_time: on_time
                    .map(|t| if t { "yes" } else { "no" }.to_owned())
                    .unwrap_or_default(),
                late: if late { "yes" } else { "no" }.to_owned(),
                published_answer: r
                    .published
                    .as_ref()
                    .and_then(|p| p.0.get("text").and_then(serde_json::Value::as_str))
                    .unwrap_or_default()
                    .to_owned(),
            };
            match format {
                Format::Csv => {
                    let mut w = csv::WriterBuilder::new()
                        .has_headers(first)
                        .from_writer(Vec::new());
                    w.serialize(&record).map_err(std::io::Error::other)?;
                    out.write_all(&w.into_inner().map_err(std::io::Error::other)?)?;
                }
                Format::Json => {
                    if !first {
                        out.write_all(b",\n")?;
                    }
                    serde_json::to_writer(&mut *out, &record).map_err(std::io::Error::other)?;
                }
            }
            first = false;
        }
        Ok(())
    })
    .await?;
    match format {
        Format::Csv if first => {
            let mut w = csv::Writer::from_writer(Vec::new());
            // An empty data set still names its columns.
            w.write_record([
                "tracking_code",
                "department",
                "category",
                "kind",
                "channel",
                "region",
                "province",
                "commune",
                "received_on",
                "state",
                "answer_deadline",
                "answered_on",
                "answered_on_time",
                "late",
            ])
            .map_err(std::io::Error::other)?;
            out.write_all(&w.into_inner().map_err(std::io::Error::other)?)?;
        }
        Format::Csv => {}
        Format::Json => out.write_all(b"]\n")?,
    }
    out.flush()?;
    Ok(())
}

/// The aggregates, small cohorts without counts.
pub async fn aggregates(app: &Services) -> Result<Vec<Aggregate>, StoreError> {
    Ok(app
        .store
        .stats_cohorts(store::StatsFilter::default())
        .await?
        .into_iter()
        .map(|(k, c)| {
            let shown = c.received >= SMALL;
            let v = |n: i64| shown.then_some(n);
            Aggregate {
                month: k.month,
                department: k.department,
                category: k.category,
                region: k.region,
                kind: k.kind,
                received: v(c.received),
                answered: v(c.answered),
                answered_on_time: v(c.answered_on_time),
                late: v(c.answered - c.answered_on_time + c.overdue),
                rejected: v(c.rejected),
                withdrawn: v(c.withdrawn),
                appeals: v(c.appeals),
                ratings: v(c.ratings),
                rating_sum: v(c.rating_sum),
                suppressed: !shown,
            }
        })
        .collect())
}

pub fn write_aggregates(
    rows: &[Aggregate],
    format: Format,
    out: &mut impl Write,
) -> Result<(), ExportError> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, rows)?;
            out.write_all(b"\n")?;
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(&mut *out);
            if rows.is_empty() {
                w.write_record([
                    "month",
                    "department",
                    "category",
                    "region",
                    "kind",
                    "received",
                    "answered",
                    "answered_on_time",
                    "late",
                    "rejected",
                    "withdrawn",
                    "appeals",
                    "ratings",
                    "rating_sum",
                    "suppressed",
                ])
                .map_err(std::io::Error::other)?;
            }
            for r in rows {
                w.serialize(r).map_err(std::io::Error::other)?;
            }
            w.flush()?;
        }
    }
    Ok(())
}

pub fn write_dictionary(format: Format, out: &mut impl Write) -> Result<(), ExportError> {
    match format {
        Format::Json => {
            let list: Vec<_> = DICTIONARY
                .iter()
                .map(|(table, field, meaning)| {
                    serde_json::json!({"file": table, "field": field, "meaning": meaning})
                })
                .collect();
            serde_json::to_writer_pretty(&mut *out, &list)?;
            out.write_all(b"\n")?;
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(&mut *out);
            w.write_record(["file", "field", "meaning"])
                .map_err(std::io::Error::other)?;
            for (table, field, meaning) in DICTIONARY {
                w.write_record([table, field, meaning])
                    .map_err(std::io::Error::other)?;
            }
            w.flush()?;
        }
    }
    Ok(())
}
