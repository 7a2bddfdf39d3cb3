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
    /// How to reach us by SMS and USSD, when an operator's number and code are set.
    sms: Option<String>,
    ussd: Option<String>,
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
            .citizen_departments()
            .iter()
            .map(|d| visitor.lang.t(&format!("dept-{d}")))
            .collect(),
        answer_delay: visitor
            .lang
            .t_with("home-next-3", &[("days", days.to_string())]),
        sms: app.contact.sms_number.as_ref().map(|n| {
            visitor
                .lang
                .t_with("home-how-sms-number", &[("number", n.clone())])
        }),
        ussd: app.contact.ussd_code.as_ref().map(|c| {
            visitor
                .lang
                .t_with("home-how-ussd-code", &[("code", c.clone())])
        }),
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
