//! `/` and `/privacy`.

use super::{Page, Visitor};
use crate::web::AppState;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    page: Page,
    departments: Vec<String>,
    answer_delay: String,
}

pub async fn home(State(app): State<AppState>, visitor: Visitor) -> Response {
    let catalog = app.catalog();
    let days = catalog
        .categories
        .iter()
        .map(|c| c.answer_days)
        .max()
        .unwrap_or(10);
    let page = HomePage {
        departments: catalog
            .departments()
            .iter()
            .map(|d| visitor.lang.t(&format!("dept-{d}")))
            .collect(),
        answer_delay: visitor
            .lang
            .t_with("home-next-3", &[("days", days.to_string())]),
        page: visitor.page(&app, "/"),
    };
    visitor.respond(StatusCode::OK, page.render())
}

#[derive(Template)]
#[template(path = "privacy.html")]
struct PrivacyPage {
    page: Page,
}

pub async fn privacy(State(app): State<AppState>, visitor: Visitor) -> Response {
    let page = PrivacyPage {
        page: visitor.page(&app, "/privacy"),
    };
    visitor.respond(StatusCode::OK, page.render())
}
