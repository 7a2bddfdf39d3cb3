//! `/stats`: how each ministry and region handles complaints, from the cohort counters
//! (`crate::stats`): a scorecard per ministry, then tables and charts by department,
//! category, region and month, filtered by department, region and period; and the heads of
//! the audit chains, for anyone to check later that the record was only extended.

use super::{Page, Visitor};
use crate::catalog::Catalog;
use crate::i18n::Lang;
use crate::stats::{Figures, figures, figures_by, month_of};
use crate::web::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Language;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;
use store::{AuditHeads, StatsBy, StatsFilter};

/// How long a rendered `/stats` page is served again: the figures are read from a few
/// thousand cohort rows (tens of milliseconds at national scale), and a page this fresh is
/// as good as a new one for the public.
pub const FRESH: std::time::Duration = std::time::Duration::from_secs(5);

/// Pages rendered recently, by language and filters (on this node).
#[derive(Clone, Default)]
pub struct Recent(Arc<Mutex<HashMap<String, (Instant, String)>>>);

impl Recent {
    fn get(&self, key: &str) -> Option<String> {
        let map = self.0.lock().ok()?;
        map.get(key)
            .filter(|(at, _)| at.elapsed() < FRESH)
            .map(|(_, body)| body.clone())
    }

    fn put(&self, key: String, body: String) {
        if let Ok(mut map) = self.0.lock() {
            if map.len() > 256 {
                map.retain(|_, (at, _)| at.elapsed() < FRESH);
            }
            map.insert(key, (Instant::now(), body));
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct StatsQuery {
    #[serde(default)]
    department: String,
    #[serde(default)]
    region: String,
    /// Months `YYYY-MM`.
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

/// One row of a table, ready to show.
pub struct Line {
    pub label: String,
    pub received: i64,
    pub answered: i64,
    pub on_time: String,
    pub late: i64,
    pub median: String,
    pub p90: String,
    pub satisfaction: String,
    pub appeals: i64,
}

/// A grouping: its title, its lines, its chart.
pub struct Section {
    pub title: String,
    pub lines: Vec<Line>,
    pub chart: String,
}

/// A ministry's card.
pub struct Card {
    pub name: String,
    pub this_month: String,
    pub last_month: String,
    pub trend: String,
}

#[derive(Template)]
#[template(path = "stats.html")]
struct StatsPage {
    page: Page,
    error: Option<String>,
    departments: Vec<(String, String)>,
    regions: Vec<(String, String)>,
    department: String,
    region: String,
    from: String,
    to: String,
    cards: Vec<Card>,
    sections: Vec<Section>,
    heads: Option<AuditHeads>,
}

fn valid_month(m: &str) -> bool {
    let b = m.as_bytes();
    b.len() == 7
        && b[4] == b'-'
        && m[..4]
            .parse::<u16>()
            .is_ok_and(|y| (2000..=2100).contains(&y))
        && m[5..].parse::<u8>().is_ok_and(|n| (1..=12).contains(&n))
}

fn previous_month(m: &str) -> String {
    let (y, n): (i32, u8) = (m[..4].parse().unwrap_or(2000), m[5..].parse().unwrap_or(1));
    if n == 1 {
        format!("{:04}-12", y - 1)
    } else {
        format!("{y:04}-{:02}", n - 1)
    }
}

fn percent(v: Option<f64>) -> String {
    v.map_or_else(|| "—".to_owned(), |p| format!("{p:.0} %"))
}

fn label(catalog: &Catalog, lang: Lang, by: StatsBy, key: &str) -> String {
    let english = lang.0 == Language::English;
    match by {
        StatsBy::Department => lang.t(&format!("dept-{key}")),
        StatsBy::Category => catalog.category(key).map_or_else(
            || key.to_owned(),
            |c| {
                if english {
                    c.name_en.clone()
                } else {
                    c.name_fr.clone()
                }
            },
        ),
        StatsBy::Region if key.is_empty() => lang.t("stats-no-region"),
        StatsBy::Region => catalog
            .regions
            .iter()
            .find(|r| r.code == key)
            .map_or_else(|| key.to_owned(), |r| r.name.clone()),
        StatsBy::Month | StatsBy::Kind => key.to_owned(),
    }
}

fn line(catalog: &Catalog, lang: Lang, by: StatsBy, f: &Figures) -> Line {
    let days = |d: Option<i32>| d.map_or_else(|| "—".to_owned(), |d| d.to_string());
    Line {
        label: label(catalog, lang, by, &f.key),
        received: f.received,
        answered: f.answered,
        on_time: percent(f.on_time_rate()),
        late: f.late,
        median: days(f.median_days),
        p90: days(f.p90_days),
        satisfaction: f
            .satisfaction
            .map_or_else(|| "—".to_owned(), |s| format!("{s:.1}/5")),
        appeals: f.appeals,
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Horizontal bars, received and answered on time for each line: a few hundred bytes,
/// readable on a phone (it scales to the width), with a title and a description.
pub fn chart(title: &str, description: &str, lines: &[Line], on_time: &[i64]) -> String {
    let max = lines.iter().map(|l| l.received).max().unwrap_or(0).max(1) as f64;
    let row = 22;
    let height = row * lines.len().max(1) + 4;
    let id = title
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(12)
        .collect::<String>();
    let mut svg = format!(
        "<svg class=\"chart\" viewBox=\"0 0 320 {height}\" role=\"img\" aria-labelledby=\"t{id} d{id}\"><title id=\"t{id}\">{}</title><desc id=\"d{id}\">{}</desc>",
        escape(title),
        escape(description)
    );
    for (i, (l, ok)) in lines.iter().zip(on_time).enumerate() {
        let y = i * row + 2;
        let w = |n: i64| ((n as f64 / max) * 150.0).round() as i64;
        let name: String = l.label.chars().take(18).collect();
        svg.push_str(&format!(
            "<text x=\"0\" y=\"{}\">{}</text><rect x=\"130\" y=\"{y}\" width=\"{}\" height=\"8\"/><rect class=\"ok\" x=\"130\" y=\"{}\" width=\"{}\" height=\"8\"/><text x=\"{}\" y=\"{}\">{}</text>",
            y + 13,
            escape(&name),
            w(l.received),
            y + 9,
            w(*ok),
            135 + w(l.received),
            y + 9,
            l.received
        ));
    }
    svg.push_str("</svg>");
    svg
}

pub async fn stats(
    State(app): State<AppState>,
    visitor: Visitor,
    Query(q): Query<StatsQuery>,
) -> Response {
    let lang = visitor.lang;
    let cache_key = format!(
        "{}|{}|{}|{}|{}",
        lang.tag(),
        q.department,
        q.region,
        q.from,
        q.to
    );
    if let Some(body) = app.stats_pages.get(&cache_key) {
        return visitor.respond(StatusCode::OK, Ok(body));
    }
    let catalog = app.catalog();
    let this_month = month_of(app.now().date());
    let mut error = None;
    let department = q.department.trim().to_owned();
    let region = q.region.trim().to_owned();
    let (from, to) = (q.from.trim().to_owned(), q.to.trim().to_owned());
    if !department.is_empty() && !catalog.department_exists(&department) {
        error = Some(lang.t("stats-error-department"));
    } else if !region.is_empty() && !catalog.regions.iter().any(|r| r.code == region) {
        error = Some(lang.t("stats-error-region"));
    } else if (!from.is_empty() && !valid_month(&from)) || (!to.is_empty() && !valid_month(&to)) {
        error = Some(lang.t("stats-error-month"));
    } else if !from.is_empty() && !to.is_empty() && from > to {
        error = Some(lang.t("stats-error-period"));
    }
    let filter = StatsFilter {
        department: Some(department.clone()).filter(|d| !d.is_empty()),
        region: Some(region.clone()).filter(|r| !r.is_empty()),
        from_month: Some(from.clone()).filter(|m| !m.is_empty()),
        to_month: Some(to.clone()).filter(|m| !m.is_empty()),
        kinds: Vec::new(),
    };
    let mut sections = Vec::new();
    let mut cards = Vec::new();
    if error.is_none() {
        let groupings = [
            (StatsBy::Department, "stats-by-department"),
            (StatsBy::Category, "stats-by-category"),
            (StatsBy::Region, "stats-by-region"),
            (StatsBy::Month, "stats-by-month"),
        ];
        let bys: Vec<StatsBy> = groupings.iter().map(|(by, _)| *by).collect();
        let all = match figures_by(&app, &bys, &filter).await {
            Ok(f) => f,
            Err(e) => return visitor.server_error(&app, "statistics", e),
        };
        for ((by, title), figs) in groupings.into_iter().zip(all) {
            let lines: Vec<Line> = figs.iter().map(|f| line(&catalog, lang, by, f)).collect();
            let on_time: Vec<i64> = figs.iter().map(|f| f.answered_on_time).collect();
            let title = lang.t(title);
            let chart = chart(&title, &lang.t("stats-chart-description"), &lines, &on_time);
            sections.push(Section {
                title,
                lines,
                chart,
            });
        }
        // The scorecard: each ministry's on-time rate for complaints received this month
        // and last month.
        let last_month = previous_month(&this_month);
        let month_filter = |m: &str| StatsFilter {
            from_month: Some(m.to_owned()),
            to_month: Some(m.to_owned()),
            ..StatsFilter::default()
        };
        let (now, before) = match (
            figures(&app, StatsBy::Department, &month_filter(&this_month)).await,
            figures(&app, StatsBy::Department, &month_filter(&last_month)).await,
        ) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(e), _) | (_, Err(e)) => return visitor.server_error(&app, "statistics", e),
        };
        for d in catalog.citizen_departments() {
            let rate = |list: &[Figures]| {
                list.iter()
                    .find(|f| f.key == d)
                    .and_then(Figures::on_time_rate)
            };
            let (a, b) = (rate(&now), rate(&before));
            let trend = match (a, b) {
                (Some(a), Some(b)) if a > b + 0.5 => lang.t("stats-trend-up"),
                (Some(a), Some(b)) if a + 0.5 < b => lang.t("stats-trend-down"),
                (Some(_), Some(_)) => lang.t("stats-trend-same"),
                _ => "—".to_owned(),
            };
            cards.push(Card {
                name: lang.t(&format!("dept-{d}")),
                this_month: percent(a),
                last_month: percent(b),
                trend,
            });
        }
    }
    let heads = app.store.audit_heads().await.ok();
    let page = StatsPage {
        departments: catalog
            .citizen_departments()
            .iter()
            .map(|d| ((*d).to_owned(), lang.t(&format!("dept-{d}"))))
            .collect(),
        regions: catalog
            .regions
            .iter()
            .map(|r| (r.code.clone(), r.name.clone()))
            .collect(),
        department,
        region,
        from,
        to,
        cards,
        sections,
        heads,
        page: visitor.page(&app, "/stats"),
        error: error.clone(),
    };
    if error.is_some() {
        return visitor.respond(StatusCode::BAD_REQUEST, page.render());
    }
    let rendered = page.render();
    if let Ok(body) = &rendered {
        app.stats_pages.put(cache_key, body.clone());
    }
    visitor.respond(StatusCode::OK, rendered)
}
