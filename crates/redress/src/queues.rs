//! What a staff member may ask of a list of complaints — a named queue, filters, an order, a
//! page — read once for the queue page and the API alike. Every filter must name a value
//! that exists; the page drops what it cannot use, the API refuses it with 400.

use crate::catalog::Catalog;
use domain::{Channel, Kind, State};
use serde::{Deserialize, Serialize};
use store::{ComplaintFilter, QueueSort};
use time::{Date, Duration};
use utoipa::IntoParams;

/// The named queues of the back-office.
pub const VIEWS: [&str; 6] = ["all", "mine", "triage", "soon", "late", "appealed"];

/// `view` and `sort` as the API document names them (`VIEWS`, `store::QueueSort`; a test
/// keeps the three in step).
#[derive(utoipa::ToSchema, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QueueView {
    All,
    Mine,
    Triage,
    Soon,
    Late,
    Appealed,
}

#[derive(utoipa::ToSchema, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QueueOrder {
    Newest,
    Oldest,
    Deadline,
}

/// A list request, as it comes in a query string. Empty values are absent values, so a
/// plain GET form can send every field.
#[derive(Debug, Clone, Default, Deserialize, Serialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ListParams {
    /// A named queue: `all` (default), `mine` (assigned to me), `triage` (received, to
    /// accept or reject), `soon` (deadline today or tomorrow), `late`, `appealed`.
    #[serde(default, skip_serializing_if = "blank")]
    #[param(nullable = false, value_type = Option<QueueView>)]
    pub view: Option<String>,
    #[serde(default, skip_serializing_if = "blank")]
    #[param(nullable = false, value_type = Option<domain::State>)]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "blank")]
    #[param(nullable = false, value_type = Option<domain::Kind>)]
    pub kind: Option<String>,
    /// Category code.
    #[serde(default, skip_serializing_if = "blank")]
    #[param(nullable = false, pattern = r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$")]
    pub category: Option<String>,
    /// Department code (EDU, SAN, FP, JUS).
    #[serde(default, skip_serializing_if = "blank")]
    #[param(nullable = false, pattern = r"^[A-Z]+$")]
    pub department: Option<String>,
    /// Unit code (only that unit, not the units below it).
    #[serde(default, skip_serializing_if = "blank")]
    #[param(nullable = false, pattern = r"^[A-Z0-9-]+$")]
    pub unit: Option<String>,
    /// Region, province or commune code of where it happened; the most precise wins.
    #[serde(default, skip_serializing_if = "blank")]
    #[param(nullable = false, pattern = r"^BF[0-9]{2}$")]
    pub region: Option<String>,
    #[serde(default, skip_serializing_if = "blank")]
    #[param(nullable = false, pattern = r"^BF[0-9]{4}$")]
    pub province: Option<String>,
    #[serde(default, skip_serializing_if = "blank")]
    #[param(nullable = false, pattern = r"^BF[0-9]{6}$")]
    pub commune: Option<String>,
    #[serde(default, skip_serializing_if = "blank")]
    #[param(nullable = false, value_type = Option<domain::Channel>)]
    pub channel: Option<String>,
    /// Received on or after this day (YYYY-MM-DD, UTC).
    #[serde(default, skip_serializing_if = "blank")]
    #[param(nullable = false, format = Date)]
    pub from: Option<String>,
    /// Received on or before this day (YYYY-MM-DD, UTC).
    #[serde(default, skip_serializing_if = "blank")]
    #[param(nullable = false, format = Date)]
    pub to: Option<String>,
    /// `newest` (default), `oldest`, `deadline` (nearest answer deadline first). A search
    /// lists the newest matches first.
    #[serde(default, skip_serializing_if = "blank")]
    #[param(nullable = false, value_type = Option<QueueOrder>)]
    pub sort: Option<String>,
    /// Words of the description or of the answers, accents ignored.
    #[serde(default, skip_serializing_if = "blank")]
    #[param(
        nullable = false,
        pattern = r"[^\t\n\x0B\x0C\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]"
    )]
    pub q: Option<String>,
    /// From 1 (0 reads as 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[param(nullable = false, minimum = 0, maximum = 4294967295_u32)]
    pub page: Option<u32>,
}

fn blank(v: &Option<String>) -> bool {
    v.as_deref().is_none_or(|s| s.trim().is_empty())
}

/// A filter that names nothing known: which field, and what it held.
#[derive(Debug, PartialEq, Eq)]
pub struct BadFilter {
    pub field: &'static str,
    pub value: String,
}

impl ListParams {
    /// The filter for the store, for the staff member `staff_id` on `today`, with
    /// `per_page` rows a page.
    pub fn to_filter(
        &self,
        catalog: &Catalog,
        staff_id: i64,
        today: Date,
        per_page: u32,
    ) -> Result<ComplaintFilter, BadFilter> {
        fn given(v: &Option<String>) -> Option<&str> {
            v.as_deref().map(str::trim).filter(|s| !s.is_empty())
        }
        let check = |field: &'static str, v: &Option<String>, known: &dyn Fn(&str) -> bool| {
            match given(v) {
                None => Ok(None),
                Some(s) if known(s) => Ok(Some(s.to_owned())),
                Some(s) => Err(BadFilter {
                    field,
                    value: s.to_owned(),
                }),
            }
        };
        let day = |field: &'static str, v: &Option<String>| -> Result<Option<Date>, BadFilter> {
            let format = time::macros::format_description!("[year]-[month]-[day]");
            match given(v) {
                None => Ok(None),
                Some(s) => Date::parse(s, &format).map(Some).map_err(|_| BadFilter {
                    field,
                    value: s.to_owned(),
                }),
            }
        };
        let mut f = ComplaintFilter {
            status: check("status", &self.status, &|s| State::parse(s).is_some())?,
            kind: check("kind", &self.kind, &|s| Kind::parse(s).is_some())?,
            channel: check("channel", &self.channel, &|s| Channel::parse(s).is_some())?,
            category: check("category", &self.category, &|s| {
                catalog.category(s).is_some()
            })?,
            department: check("department", &self.department, &|s| {
                catalog.department_exists(s)
            })?,
            unit: check("unit", &self.unit, &|s| catalog.unit(s).is_some())?,
            region: check("region", &self.region, &|s| catalog.region_exists(s))?,
            province: check("province", &self.province, &|s| catalog.province_exists(s))?,
            commune: check("commune", &self.commune, &|s| catalog.has_commune(s))?,
            received_from: day("from", &self.from)?,
            received_to: day("to", &self.to)?,
            q: given(&self.q).map(str::to_owned),
            page: self.page.unwrap_or(1).max(1),
            per_page,
            ..ComplaintFilter::default()
        };
        if let Some(s) = given(&self.sort) {
            f.sort = QueueSort::parse(s).ok_or(BadFilter {
                field: "sort",
                value: s.to_owned(),
            })?;
        }
        match self.view() {
            Some("mine") => f.assignee_id = Some(staff_id),
            Some("triage") => f.status = Some("received".into()),
            Some("late") => f.late_on = Some(today),
            Some("soon") => f.due_between = Some((today, today + Duration::days(1))),
            Some("appealed") => f.status = Some("appealed".into()),
            Some(_) => {}
            None => {
                return Err(BadFilter {
                    field: "view",
                    value: given(&self.view).unwrap_or_default().to_owned(),
                });
            }
        }
        Ok(f)
    }

    /// The first parameter given with an empty value (the API refuses those; a page's form
    /// sends every field, empty ones included).
    pub fn blank_field(&self) -> Option<&'static str> {
        [
            ("view", &self.view),
            ("status", &self.status),
            ("kind", &self.kind),
            ("category", &self.category),
            ("department", &self.department),
            ("unit", &self.unit),
            ("region", &self.region),
            ("province", &self.province),
            ("commune", &self.commune),
            ("channel", &self.channel),
            ("from", &self.from),
            ("to", &self.to),
            ("sort", &self.sort),
            ("q", &self.q),
        ]
        .into_iter()
        .find(|(_, v)| v.as_deref().is_some_and(|s| s.trim().is_empty()))
        .map(|(field, _)| field)
    }

    /// The named queue asked for (`all` when none), or `None` when it names no queue.
    pub fn view(&self) -> Option<&'static str> {
        match self
            .view
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => Some("all"),
            Some(v) => VIEWS.iter().find(|known| **known == v).copied(),
        }
    }

    /// The same request without `field`: what the page keeps when one value is unusable.
    pub fn without(&self, field: &str) -> ListParams {
        let mut p = self.clone();
        let slot = match field {
            "view" => &mut p.view,
            "status" => &mut p.status,
            "kind" => &mut p.kind,
            "category" => &mut p.category,
            "department" => &mut p.department,
            "unit" => &mut p.unit,
            "region" => &mut p.region,
            "province" => &mut p.province,
            "commune" => &mut p.commune,
            "channel" => &mut p.channel,
            "from" => &mut p.from,
            "to" => &mut p.to,
            "sort" => &mut p.sort,
            _ => &mut p.q,
        };
        *slot = None;
        p
    }

    /// This request as a query string, on `page` (for the links of a paged list).
    pub fn query_string(&self, page: u32) -> String {
        let p = ListParams {
            page: Some(page),
            ..self.clone()
        };
        serde_urlencoded::to_string(&p).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn the_documented_names_are_the_accepted_ones() {
        let name = |v: serde_json::Value| v.as_str().unwrap().to_owned();
        let views = [
            QueueView::All,
            QueueView::Mine,
            QueueView::Triage,
            QueueView::Soon,
            QueueView::Late,
            QueueView::Appealed,
        ]
        .map(|v| name(serde_json::to_value(v).unwrap()));
        assert_eq!(views, VIEWS);
        let orders = [QueueOrder::Newest, QueueOrder::Oldest, QueueOrder::Deadline]
            .map(|o| name(serde_json::to_value(o).unwrap()));
        assert_eq!(orders, QueueSort::ALL.map(QueueSort::as_str));
    }

    #[test]
    fn known_values_pass_and_unknown_ones_are_named() {
        // The reference values (categories, places) are checked against a loaded catalog
        // in the API tests; an empty one knows none of them.
        let c = Catalog::default();
        let today = date!(2026 - 11 - 29);
        let p = ListParams {
            kind: Some("denunciation".into()),
            from: Some("2026-11-01".into()),
            to: Some(" 2026-11-30 ".into()),
            sort: Some("deadline".into()),
            channel: Some(String::new()),
            view: Some("late".into()),
            ..Default::default()
        };
        let f = p.to_filter(&c, 7, today, 50).unwrap();
        assert_eq!(f.kind.as_deref(), Some("denunciation"));
        assert_eq!(f.received_from, Some(date!(2026 - 11 - 01)));
        assert_eq!(f.received_to, Some(date!(2026 - 11 - 30)));
        assert_eq!(f.sort, QueueSort::Deadline);
        assert_eq!(f.channel, None, "an empty field is no filter");
        assert_eq!(f.late_on, Some(today));
        let mine = ListParams {
            view: Some("mine".into()),
            ..Default::default()
        };
        assert_eq!(
            mine.to_filter(&c, 7, today, 50).unwrap().assignee_id,
            Some(7)
        );
        let bad = |field: &str, value: &str| {
            let p = ListParams::default();
            let mut q: serde_json::Value = serde_json::to_value(&p).unwrap();
            q[field] = value.into();
            serde_json::from_value::<ListParams>(q).unwrap()
        };
        for (field, value) in [
            ("kind", "rumour"),
            ("department", "XXX"),
            ("commune", "BF999999"),
            ("from", "29/11/2026"),
            ("to", "2026-02-30"),
            ("sort", "random"),
            ("view", "everyone"),
            ("status", "lost"),
        ] {
            let p = bad(field, value);
            let err = p.to_filter(&c, 7, today, 50).unwrap_err();
            assert_eq!((err.field, err.value.as_str()), (field, value));
            assert!(
                p.without(field).to_filter(&c, 7, today, 50).is_ok(),
                "{field}"
            );
        }
    }

    #[test]
    fn the_query_string_keeps_every_filter_and_changes_the_page() {
        let p = ListParams {
            view: Some("mine".into()),
            q: Some("frais & dépôt".into()),
            commune: Some("BF130004".into()),
            status: Some(String::new()),
            page: Some(3),
            ..Default::default()
        };
        assert_eq!(
            p.query_string(4),
            "view=mine&commune=BF130004&q=frais+%26+d%C3%A9p%C3%B4t&page=4"
        );
    }
}
