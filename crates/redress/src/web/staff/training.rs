//! `/staff/training/inbox`: in training mode (`serve --training`) nothing is sent; every
//! message a citizen or a staff member would have received waits in the outbox, and the
//! trainer (an admin) reads them here, as they would have read, newest first.

use super::{SignedIn, StaffPage};
use crate::web::AppState;
use crate::web::pages::Visitor;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::Role;

pub struct Message {
    pub channel: String,
    pub to: String,
    pub subject: String,
    pub text: String,
}

#[derive(Template)]
#[template(path = "staff_training_inbox.html")]
struct InboxPage {
    staff: StaffPage,
    messages: Vec<Message>,
}

/// The last messages held back, for admins of a training server only (404 elsewhere: a real
/// server has no such page).
pub async fn inbox(State(app): State<AppState>, visitor: Visitor, who: SignedIn) -> Response {
    if !app.training {
        return visitor.message(
            &app,
            StatusCode::NOT_FOUND,
            "error-page-title",
            "error-not-found",
        );
    }
    if who.staff.role != Role::Admin {
        return visitor.message(
            &app,
            StatusCode::FORBIDDEN,
            "error-page-title",
            "staff-error-forbidden",
        );
    }
    let rows = match app.store.notifications_in("pending", 200).await {
        Ok(rows) => rows,
        Err(e) => return visitor.server_error(&app, "training inbox", e),
    };
    let messages = app
        .store
        .opened(rows)
        .into_iter()
        .map(|n| {
            let (subject, text) = crate::workers::outbox::render(&n, &app.base_url);
            Message {
                channel: n.channel,
                to: n.recipient,
                subject,
                text,
            }
        })
        .collect();
    let page = InboxPage {
        staff: StaffPage::new(&app, &visitor, &who, "/staff/training/inbox"),
        messages,
    };
    visitor.respond(StatusCode::OK, page.render())
}
