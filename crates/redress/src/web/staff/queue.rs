//! `/staff/queue`: the complaints a staff member works on — theirs, their unit's, to
//! triage, late, appealed — with filters, sorting and paging (read by `queues::ListParams`,
//! the same as the API's list).

use super::{SignedIn, StaffPage};
use crate::i18n::date;
use crate::queues::{ListParams, VIEWS};
use crate::web::AppState;
use crate::web::complaint_form::{Group, choices};
use crate::web::pages::Visitor;
use askama::Template;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Channel;
use store::QueueSort;

pub struct Line {
    pub code: String,
    pub received: String,
    pub category: String,
    pub status: String,
    pub unit: String,
    pub assignee: String,
    pub due: String,
    pub late: bool,
}

#[derive(Template)]
#[template(path = "staff_queue.html")]
struct QueuePage {
    staff: StaffPage,
    view: String,
    views: Vec<(String, String)>,
    /// The request as it stands, its values shown back in the form.
    asked: ListParams,
    statuses: Vec<(String, String)>,
    kinds: Vec<(String, String)>,
    departments: Vec<(String, String)>,
    categories: Vec<Group>,
    regions: Vec<(String, String)>,
    provinces: Vec<(String, String)>,
    communes: Vec<Group>,
    channels: Vec<(String, String)>,
    sorts: Vec<(String, String)>,
    ignored: Vec<String>,
    lines: Vec<Line>,
    page: u32,
    previous: Option<String>,
    next: Option<String>,
}

impl QueuePage {
    /// The value of a field of the request, for the form (empty when not given).
    fn value(&self, field: &str) -> &str {
        let a = &self.asked;
        let v = match field {
            "status" => &a.status,
            "kind" => &a.kind,
            "category" => &a.category,
            "department" => &a.department,
            "region" => &a.region,
            "province" => &a.province,
            "commune" => &a.commune,
            "channel" => &a.channel,
            "from" => &a.from,
            "to" => &a.to,
            "sort" => &a.sort,
            _ => &a.q,
        };
        v.as_deref().unwrap_or_default()
    }

    /// Whether a filter other than the search and the order is set (the extra filters
    /// then show unfolded).
    fn filtered(&self) -> bool {
        [
            "kind",
            "department",
            "region",
            "province",
            "commune",
            "channel",
            "from",
            "to",
        ]
        .iter()
        .any(|f| !self.value(f).is_empty())
            || !matches!(self.value("sort"), "" | "newest")
    }
}

const PER_PAGE: u32 = 50;

/// The label of a filter field on this page, for saying which one was dropped.
fn field_label(field: &str) -> &'static str {
    match field {
        "status" => "detail-status",
        "kind" => "field-kind",
        "category" => "detail-category",
        "department" => "staff-filter-department",
        "unit" => "staff-unit",
        "region" => "staff-filter-region",
        "province" => "staff-filter-province",
        "commune" => "staff-filter-commune",
        "channel" => "staff-channel",
        "from" => "staff-filter-from",
        "to" => "staff-filter-to",
        "sort" => "staff-sort",
        _ => "staff-queue-title",
    }
}

pub async fn queue(
    State(app): State<AppState>,
    visitor: Visitor,
    who: SignedIn,
    params: Result<Query<ListParams>, QueryRejection>,
) -> Response {
    let lang = visitor.lang;
    // A query string that does not parse (an unknown field, a page that is not a number)
    // shows the plain queue; a value that names nothing known is dropped and said so.
    let mut asked = params.map(|Query(p)| p).unwrap_or_default();
    let today = app.now().date();
    let mut ignored = Vec::new();
    let filter = loop {
        match asked.to_filter(&app.catalog(), who.staff.id, today, PER_PAGE + 1) {
            Ok(f) => break f,
            Err(bad) => {
                ignored.push(lang.t_with(
                    "staff-filter-ignored",
                    &[
                        ("field", lang.t(field_label(bad.field))),
                        ("value", bad.value),
                    ],
                ));
                asked = asked.without(bad.field);
            }
        }
    };
    let rows = match app.store.list_complaints(&who.staff.scope, &filter).await {
        Ok(rows) => rows,
        Err(e) => {
            return visitor.server_error(&app, "queue", e);
        }
    };
    let more = rows.len() > PER_PAGE as usize;
    let catalog = app.catalog();
    let english = lang.0 == domain::Language::English;
    // Names in the staff member's language (French for the national languages: the
    // administration's), the code where a name is missing.
    let category_name = |code: &str| {
        catalog.category(code).map_or_else(
            || code.to_owned(),
            |c| {
                if english {
                    c.name_en.clone()
                } else {
                    c.name_fr.clone()
                }
            },
        )
    };
    let unit_name = |code: &str| {
        catalog.unit(code).map_or_else(
            || code.to_owned(),
            |u| {
                if english {
                    u.name_en.clone()
                } else {
                    u.name_fr.clone()
                }
            },
        )
    };
    let lines = rows
        .iter()
        .take(PER_PAGE as usize)
        .map(|r| Line {
            code: r.display_code(),
            received: date(r.received_at.date()),
            category: category_name(&r.category_code),
            status: lang.t(&format!("status-{}", r.status)),
            unit: unit_name(&r.unit_code),
            assignee: r.assignee_email.clone().unwrap_or_default(),
            // Once nothing is owed, the answer date it was held to.
            due: date(
                domain::rules::deadline_in_force(r.status, r.acknowledge_by, r.answer_by)
                    .unwrap_or(r.answer_by),
            ),
            late: r.is_late(today),
        })
        .collect();
    let form = choices(&app, lang);
    let places = super::reference_choices(&app, lang);
    let page = QueuePage {
        views: VIEWS
            .iter()
            .map(|v| ((*v).to_owned(), lang.t(&format!("staff-view-{v}"))))
            .collect(),
        staff: StaffPage::new(&app, &visitor, &who, "/staff/queue"),
        view: asked.view().unwrap_or("all").to_owned(),
        statuses: domain::State::ALL
            .iter()
            .map(|s| (s.as_str().to_owned(), lang.t(&format!("status-{s}"))))
            .collect(),
        kinds: form.kinds,
        departments: places.departments,
        categories: form.categories,
        regions: places.regions,
        provinces: places.provinces,
        communes: form.communes,
        channels: Channel::ALL
            .iter()
            .map(|c| {
                (
                    c.as_str().to_owned(),
                    lang.t(&format!("channel-{}", c.as_str())),
                )
            })
            .collect(),
        sorts: QueueSort::ALL
            .iter()
            .map(|s| {
                (
                    s.as_str().to_owned(),
                    lang.t(&format!("staff-sort-{}", s.as_str())),
                )
            })
            .collect(),
        ignored,
        lines,
        page: filter.page,
        previous: (filter.page > 1).then(|| asked.query_string(filter.page - 1)),
        next: more.then(|| asked.query_string(filter.page + 1)),
        asked,
    };
    visitor.respond(StatusCode::OK, page.render())
}
