//! `/staff/handbook`: the staff handbook (`crate::handbook`) as pages of the back-office, in
//! the reader's language, French standing in where a text awaits a native translator.

use super::{SignedIn, StaffPage};
use crate::handbook::{self, TOPICS};
use crate::web::AppState;
use crate::web::pages::Visitor;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;

pub struct TopicLine {
    pub name: &'static str,
    pub title: String,
    pub lead: String,
    pub lang: &'static str,
}

#[derive(Template)]
#[template(path = "staff_handbook_list.html")]
struct ListPage {
    staff: StaffPage,
    mine: Vec<TopicLine>,
    others: Vec<TopicLine>,
    untranslated: bool,
}

#[derive(Template)]
#[template(path = "staff_handbook.html")]
struct TopicPage {
    staff: StaffPage,
    title: String,
    body: String,
    text_lang: &'static str,
    untranslated: bool,
}

pub async fn list(State(app): State<AppState>, visitor: Visitor, who: SignedIn) -> Response {
    let first = handbook::for_role(who.staff.role);
    let line = |t: &handbook::Topic| {
        let text = t.text(visitor.lang);
        TopicLine {
            name: t.name,
            title: text.title,
            lead: text.lead,
            lang: text.lang.tag(),
        }
    };
    let mine = first
        .iter()
        .filter_map(|name| handbook::topic(name))
        .map(line)
        .collect();
    let others = TOPICS
        .iter()
        .filter(|t| !first.contains(&t.name))
        .map(line)
        .collect();
    let page = ListPage {
        staff: StaffPage::new(&app, &visitor, &who, "/staff/handbook"),
        mine,
        others,
        untranslated: TOPICS[0].text(visitor.lang).untranslated,
    };
    visitor.respond(StatusCode::OK, page.render())
}

pub async fn show(
    State(app): State<AppState>,
    visitor: Visitor,
    who: SignedIn,
    Path(name): Path<String>,
) -> Response {
    let Some(topic) = handbook::topic(&name) else {
        return visitor.not_found(&app);
    };
    let text = topic.text(visitor.lang);
    let page = TopicPage {
        staff: StaffPage::new(&app, &visitor, &who, &format!("/staff/handbook/{name}")),
        body: text.html(),
        title: text.title,
        text_lang: text.lang.tag(),
        untranslated: text.untranslated,
    };
    visitor.respond(StatusCode::OK, page.render())
}
