//! `/staff/home`: where staff land after signing in — the complaints in their scope by
//! state, due within a day and late, by unit below theirs, each figure a link to the queue
//! it counts; and, as on `/stats`, the on-time rate of their ministry (and region) this
//! month and last, with the trend.

use super::{SignedIn, StaffPage};
use crate::posters::reach::{self, Split};
use crate::stats::{Figures, figures};
use crate::web::AppState;
use crate::web::pages::Visitor;
use crate::web::pages::stats::{Line, chart};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::State as ComplaintState;
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
    /// The latest poster campaign's reach, for those who see it (`None`: not shown).
    reach: Option<ReachView>,
}

/// The reach of the latest poster campaign, as the dashboard shows it.
pub struct ReachView {
    /// "Campaign … started on …", or `None` when no campaign is recorded.
    pub campaign: Option<String>,
    pub days: i64,
    pub before: String,
    pub after: String,
    pub total: Split,
    pub from_qr: Split,
    /// (label, before, after)
    pub channels: Vec<(String, i64, i64)>,
    pub service_points: Vec<(String, i64, i64)>,
    /// (ISO week, complaints, of which from a QR code, whether the campaign started then)
    pub weeks: Vec<(String, i64, i64, bool)>,
    pub chart: String,
}

/// `?reach_days=`: how many days on each side of the campaign's start to compare.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct HomeQuery {
    reach_days: String,
}

fn percent(v: Option<f64>) -> String {
    v.map_or_else(|| "—".to_owned(), |p| format!("{p:.0} %"))
}

pub async fn home(
    State(app): State<AppState>,
    visitor: Visitor,
    who: SignedIn,
    Query(q): Query<HomeQuery>,
) -> Response {
    let lang = visitor.lang;
    let catalog = app.catalog();
    let english = lang.0 == domain::Language::English;
    let today = app.now().date();
    let counts = match app.store.scope_counts(&who.staff.scope, today).await {
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
    let new_row = |code: &str| {
        let name = catalog.unit(code).map_or_else(
            || code.to_owned(),
            |u| {
                if english {
                    u.name_en.clone()
                } else {
                    u.name_fr.clone()
                }
            },
        );
        empty(Some(code), name)
    };
    for c in &counts.states {
        let i = ComplaintState::ALL
            .iter()
            .position(|s| *s == c.status)
            .unwrap_or_default();
        let row = units
            .entry(c.unit_code.clone())
            .or_insert_with(|| new_row(&c.unit_code));
        for r in [row, &mut totals] {
            r.states[i].0 += c.n;
            r.total += c.n;
        }
    }
    for d in &counts.due {
        let row = units
            .entry(d.unit_code.clone())
            .or_insert_with(|| new_row(&d.unit_code));
        for r in [row, &mut totals] {
            r.soon.0 += d.soon;
            r.late.0 += d.late;
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
    let reach = if who.staff.role.sees_campaign_reach() {
        match campaign_reach(&app, &who, lang, &q.reach_days).await {
            Ok(r) => Some(r),
            Err(e) => return visitor.server_error(&app, "dashboard", e),
        }
    } else {
        None
    };
    let page = HomePage {
        reach,
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

/// The latest poster campaign's reach within the staff member's scope (and the campaign's
/// region, if it had one).
async fn campaign_reach(
    app: &AppState,
    who: &SignedIn,
    lang: crate::i18n::Lang,
    asked_days: &str,
) -> Result<ReachView, store::StoreError> {
    let days = asked_days
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|d| (1..=reach::MAX_DAYS).contains(d))
        .unwrap_or(reach::DEFAULT_DAYS);
    let empty = ReachView {
        campaign: None,
        days,
        before: String::new(),
        after: String::new(),
        total: Split::default(),
        from_qr: Split::default(),
        channels: Vec::new(),
        service_points: Vec::new(),
        weeks: Vec::new(),
        chart: String::new(),
    };
    let Some(campaign) = app.store.poster_campaigns().await?.into_iter().next() else {
        return Ok(empty);
    };
    let (from, to) = reach::window(campaign.started_on, days);
    let counts = app
        .store
        .reach_counts(&who.staff.scope, campaign.region_code.as_deref(), from, to)
        .await?;
    let r = reach::reach(&counts, campaign.started_on, days);
    let catalog = app.catalog();
    let names: std::collections::HashMap<String, String> = app
        .store
        .service_points(None)
        .await?
        .into_iter()
        .map(|sp| (sp.code, sp.name))
        .collect();
    let date = crate::i18n::date;
    let period = |a: time::Date, b: time::Date| {
        lang.t_with("reach-period", &[("from", date(a)), ("to", date(b))])
    };
    let mut region = String::new();
    if let Some(code) = &campaign.region_code {
        region = catalog
            .regions
            .iter()
            .find(|x| &x.code == code)
            .map_or_else(|| format!(" — {code}"), |x| format!(" — {}", x.name));
    }
    let lines: Vec<Line> = r
        .by_week
        .iter()
        .map(|(week, n, _, starts)| Line {
            label: if *starts {
                format!("▸ {week}")
            } else {
                week.clone()
            },
            received: *n,
            answered: 0,
            on_time: String::new(),
            late: 0,
            median: String::new(),
            p90: String::new(),
            satisfaction: String::new(),
            appeals: 0,
        })
        .collect();
    let qr: Vec<i64> = r.by_week.iter().map(|w| w.2).collect();
    Ok(ReachView {
        campaign: Some(format!(
            "{}{region}",
            lang.t_with(
                "reach-campaign",
                &[
                    ("label", campaign.label.clone()),
                    ("date", date(campaign.started_on))
                ],
            )
        )),
        before: period(r.from, r.start - Duration::days(1)),
        after: period(r.start, r.to - Duration::days(1)),
        total: r.total,
        from_qr: r.from_qr,
        channels: r
            .by_channel
            .iter()
            .map(|(c, s)| (lang.t(&format!("channel-{c}")), s.before, s.after))
            .collect(),
        service_points: r
            .by_service_point
            .iter()
            .map(|(code, s)| {
                let name = names.get(code).cloned().unwrap_or_else(|| code.clone());
                (name, s.before, s.after)
            })
            .collect(),
        chart: chart(
            &lang.t("reach-chart-title"),
            &lang.t("reach-chart"),
            &lines,
            &qr,
        ),
        weeks: r.by_week,
        days,
    })
}
