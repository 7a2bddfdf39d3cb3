//! `/staff/home`: where staff land after signing in — the complaints in their scope by
//! state, due within a day and late, by unit below theirs, each figure a link to the queue
//! it counts; and, as on `/stats`, the on-time rate of their ministry (and region) this
//! month and last, with the trend.

use super::{SignedIn, StaffPage};
use crate::stats::{Figures, figures};
use crate::web::AppState;
use crate::web::pages::Visitor;
use crate::web::pages::stats::{Line, chart};
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::State as ComplaintState;
use domain::rules::deadline_in_force;
use std::collections::BTreeMap;
use store::{StatsBy, StatsFilter};
use time::Duration;

/// One unit's counts, with the queue each one opens.
pub struct UnitRow {
    pub name: String,
    /// (count, link) per state, in `ComplaintState::ALL` order.
    pub states: Vec<(i64, String)>,
    pub soon: (i64, String),
    pub late: (i64, String),
    pub total: i64,
}

#[derive(Template)]
#[template(path = "staff_home.html")]
struct HomePage {
    staff: StaffPage,
    states: Vec<String>,
    units: Vec<UnitRow>,
    totals: UnitRow,
    this_month: String,
    last_month: String,
    trend: String,
    chart: String,
}

fn percent(v: Option<f64>) -> String {
    v.map_or_else(|| "—".to_owned(), |p| format!("{p:.0} %"))
}

pub async fn home(State(app): State<AppState>, visitor: Visitor, who: SignedIn) -> Response {
    let lang = visitor.lang;
    let catalog = app.catalog();
    let english = lang.0 == domain::Language::English;
    let today = app.now().date();
    let counts = match app.store.scope_counts(&who.staff.scope).await {
        Ok(c) => c,
        Err(e) => return visitor.server_error(&app, "dashboard", e),
    };
    let link = |unit: Option<&str>, query: &str| match unit {
        Some(u) => format!("/staff/queue?unit={u}&{query}"),
        None => format!("/staff/queue?{query}"),
    };
    let empty = |code: Option<&str>, name: String| UnitRow {
        name,
        states: ComplaintState::ALL
            .iter()
            .map(|s| (0, link(code, &format!("status={}", s.as_str()))))
            .collect(),
        soon: (0, link(code, "view=soon")),
        late: (0, link(code, "view=late")),
        total: 0,
    };
    let mut units: BTreeMap<String, UnitRow> = BTreeMap::new();
    let mut totals = empty(None, lang.t("staff-home-all"));
    for c in &counts {
        let row = units.entry(c.unit_code.clone()).or_insert_with(|| {
            let name = catalog.unit(&c.unit_code).map_or_else(
                || c.unit_code.clone(),
                |u| {
                    if english {
                        u.name_en.clone()
                    } else {
                        u.name_fr.clone()
                    }
                },
            );
            empty(Some(&c.unit_code), name)
        });
        let i = ComplaintState::ALL
            .iter()
            .position(|s| *s == c.status)
            .unwrap_or_default();
        let due = deadline_in_force(c.status, c.acknowledge_by, c.answer_by);
        let soon = due.is_some_and(|d| d >= today && d <= today + Duration::days(1));
        let late = due.is_some_and(|d| d < today);
        for r in [&mut *row, &mut totals] {
            r.states[i].0 += c.n;
            r.total += c.n;
            r.soon.0 += if soon { c.n } else { 0 };
            r.late.0 += if late { c.n } else { 0 };
        }
    }
    // The on-time rate of the staff member's ministry (and region), from the statistics.
    // Everyone in scope of a whole-country role sees the whole country's rate.
    let unit = who
        .unit
        .as_deref()
        .filter(|_| !matches!(who.staff.scope, store::Scope::Everything))
        .and_then(|code| catalog.unit(code).cloned());
    let filter_for = |month: String| StatsFilter {
        department: unit.as_ref().and_then(|u| u.department_code.clone()),
        region: unit.as_ref().and_then(|u| u.region_code.clone()),
        from_month: Some(month.clone()),
        to_month: Some(month),
        kinds: Vec::new(),
    };
    let month = crate::stats::month_of;
    let last = today.replace_day(1).unwrap_or(today) - Duration::days(1);
    let rate = |f: Vec<Figures>| {
        let (answered, on_time) = f
            .iter()
            .fold((0, 0), |(a, o), x| (a + x.answered, o + x.answered_on_time));
        (answered > 0).then(|| 100.0 * on_time as f64 / answered as f64)
    };
    let (now, before) = match (
        figures(&app, StatsBy::Department, &filter_for(month(today))).await,
        figures(&app, StatsBy::Department, &filter_for(month(last))).await,
    ) {
        (Ok(a), Ok(b)) => (rate(a), rate(b)),
        (Err(e), _) | (_, Err(e)) => return visitor.server_error(&app, "dashboard", e),
    };
    let trend = match (now, before) {
        (Some(a), Some(b)) if a > b + 0.5 => lang.t("stats-trend-up"),
        (Some(a), Some(b)) if a + 0.5 < b => lang.t("stats-trend-down"),
        (Some(_), Some(_)) => lang.t("stats-trend-same"),
        _ => "—".to_owned(),
    };
    let units: Vec<UnitRow> = units.into_values().collect();
    // The chart: each unit's complaints, and how many are late.
    let lines: Vec<Line> = units
        .iter()
        .map(|u| Line {
            label: u.name.clone(),
            received: u.total,
            answered: 0,
            on_time: String::new(),
            late: u.late.0,
            median: String::new(),
            p90: String::new(),
            satisfaction: String::new(),
            appeals: 0,
        })
        .collect();
    let late: Vec<i64> = units.iter().map(|u| u.late.0).collect();
    let page = HomePage {
        staff: StaffPage::new(&app, &visitor, &who, "/staff/home"),
        states: ComplaintState::ALL
            .iter()
            .map(|s| lang.t(&format!("status-{}", s.as_str())))
            .collect(),
        chart: chart(
            &lang.t("staff-home-title"),
            &lang.t("staff-home-chart"),
            &lines,
            &late,
        ),
        units,
        totals,
        this_month: percent(now),
        last_month: percent(before),
        trend,
    };
    visitor.respond(StatusCode::OK, page.render())
}
