//! `/staff/queue`: the complaints a staff member works on — theirs, their unit's, to
//! triage, late, appealed — with filters and paging.

use super::{SignedIn, StaffPage};
use crate::app::AppState;
use crate::web::pages::{Visitor, date};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use store::ComplaintFilter;

pub const VIEWS: [&str; 6] = ["mine", "all", "triage", "soon", "late", "appealed"];

#[derive(Deserialize, Default)]
pub struct QueueQuery {
    view: Option<String>,
    status: Option<String>,
    category: Option<String>,
    q: Option<String>,
    page: Option<u32>,
}

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
    status: String,
    statuses: Vec<(String, String)>,
    category: String,
    categories: Vec<(String, String)>,
    views: Vec<(String, String)>,
    lines: Vec<Line>,
    q: String,
    page: u32,
    more: bool,
}

const PER_PAGE: u32 = 50;

pub async fn queue(
    State(app): State<AppState>,
    visitor: Visitor,
    who: SignedIn,
    Query(params): Query<QueueQuery>,
) -> Response {
    let lang = visitor.lang;
    let view = params
        .view
        .filter(|v| VIEWS.contains(&v.as_str()))
        .unwrap_or_else(|| "all".into());
    let today = app.now().date();
    let mut filter = ComplaintFilter {
        status: params.status.filter(|s| domain::State::parse(s).is_some()),
        category: params.category.filter(|c| !c.is_empty()),
        q: params.q.clone().filter(|q| !q.trim().is_empty()),
        page: params.page.unwrap_or(1).max(1),
        per_page: PER_PAGE + 1,
        ..ComplaintFilter::default()
    };
    match view.as_str() {
        "mine" => filter.assignee_id = Some(who.staff.id),
        "triage" => filter.status = Some("received".into()),
        "late" => filter.late_on = Some(today),
        "soon" => filter.due_between = Some((today, today + time::Duration::days(1))),
        "appealed" => filter.status = Some("appealed".into()),
        _ => {}
    }
    let rows = match app.store.list_complaints(&who.staff.scope, &filter).await {
        Ok(rows) => rows,
        Err(e) => {
            tracing::error!(error = %e, "queue failed");
            return visitor.message(
                &app,
                StatusCode::SERVICE_UNAVAILABLE,
                "error-page-title",
                "error-server",
            );
        }
    };
    let more = rows.len() > PER_PAGE as usize;
    let lines = rows
        .iter()
        .take(PER_PAGE as usize)
        .map(|r| Line {
            code: r.display_code(),
            received: date(r.received_at.date()),
            category: r.category_code.clone(),
            status: lang.t(&format!("status-{}", r.status)),
            unit: r.unit_code.clone(),
            assignee: r.assignee_email.clone().unwrap_or_default(),
            due: date(r.deadline_in_force()),
            late: r.is_late(today),
        })
        .collect();
    let page = QueuePage {
        views: VIEWS
            .iter()
            .map(|v| ((*v).to_owned(), lang.t(&format!("staff-view-{v}"))))
            .collect(),
        staff: StaffPage::new(&app, &visitor, &who, "/staff/queue"),
        view,
        lines,
        status: filter.status.clone().unwrap_or_default(),
        statuses: domain::State::ALL
            .iter()
            .map(|s| (s.as_str().to_owned(), lang.t(&format!("status-{s}"))))
            .collect(),
        category: filter.category.clone().unwrap_or_default(),
        categories: app
            .catalog()
            .categories
            .iter()
            .map(|c| (c.code.clone(), c.name_fr.clone()))
            .collect(),
        q: params.q.unwrap_or_default(),
        page: filter.page,
        more,
    };
    visitor.respond(StatusCode::OK, page.render())
}
