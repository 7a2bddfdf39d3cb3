//! `/staff/guide`: the response guide the ministries write — per category, the procedure
//! and an answer template per language. Every signed-in staff member reads it; admins edit
//! it; every edit is a new version and answers record the version they used.

use super::{SignedIn, StaffPage};
use crate::i18n::Lang;
use crate::i18n::date_time;
use crate::web::AppState;
use crate::web::pages::Visitor;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::Role;
use serde_json::{Map, Value, json};
use std::collections::HashMap;
use store::AdminChange;

#[derive(Template)]
#[template(path = "staff_guide_list.html")]
struct ListPage {
    staff: StaffPage,
    /// (code, name, current version or 0)
    categories: Vec<(String, String, i32)>,
}

pub struct LangTemplate {
    pub tag: String,
    pub name: String,
    pub body: String,
}

#[derive(Template)]
#[template(path = "staff_guide.html")]
struct EditPage {
    staff: StaffPage,
    code: String,
    name: String,
    version: i32,
    procedure: String,
    templates: Vec<LangTemplate>,
    history: Vec<(i32, String)>,
    can_edit: bool,
}

pub async fn list(State(app): State<AppState>, visitor: Visitor, who: SignedIn) -> Response {
    let catalog = app.catalog();
    let mut categories = Vec::new();
    for c in &catalog.categories {
        let version = match app.store.current_guide(&c.code).await {
            Ok(g) => g.map_or(0, |g| g.version),
            Err(e) => {
                return visitor.server_error(&app, "guide lookup", e);
            }
        };
        categories.push((c.code.clone(), c.name_fr.clone(), version));
    }
    let page = ListPage {
        staff: StaffPage::new(&app, &visitor, &who, "/staff/guide"),
        categories,
    };
    visitor.respond(StatusCode::OK, page.render())
}

pub async fn show(
    State(app): State<AppState>,
    visitor: Visitor,
    who: SignedIn,
    Path(code): Path<String>,
) -> Response {
    let catalog = app.catalog();
    let Some(category) = catalog.category(&code) else {
        return visitor.not_found(&app);
    };
    let versions = match app.store.guide_versions(&code).await {
        Ok(v) => v,
        Err(e) => {
            return visitor.server_error(&app, "guide lookup", e);
        }
    };
    let current = versions.first();
    let body_of = |tag: &str| {
        current
            .and_then(|g| g.templates.0.get(tag))
            .and_then(|t| t["body"].as_str())
            .unwrap_or_default()
            .to_owned()
    };
    let page = EditPage {
        staff: StaffPage::new(&app, &visitor, &who, &format!("/staff/guide/{code}")),
        name: category.name_fr.clone(),
        version: current.map_or(0, |g| g.version),
        procedure: current.map(|g| g.procedure.clone()).unwrap_or_default(),
        templates: Lang::ALL
            .iter()
            .map(|l| LangTemplate {
                tag: l.tag().to_owned(),
                name: l.endonym().to_owned(),
                body: body_of(l.tag()),
            })
            .collect(),
        history: versions
            .iter()
            .map(|g| (g.version, date_time(g.created_at)))
            .collect(),
        can_edit: who.staff.role == Role::Admin,
        code,
    };
    visitor.respond(StatusCode::OK, page.render())
}

/// The longest procedure or template accepted, in characters.
pub const MAX_GUIDE_TEXT: usize = 20_000;

pub async fn save(
    State(app): State<AppState>,
    visitor: Visitor,
    who: SignedIn,
    Path(code): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    if who.staff.role != Role::Admin {
        return visitor.forbidden(&app);
    }
    if !visitor.csrf_ok(&app, form.get("csrf").map_or("", String::as_str)) {
        return visitor.message(
            &app,
            StatusCode::FORBIDDEN,
            "error-page-title",
            "error-form-expired",
        );
    }
    if app.catalog().category(&code).is_none() {
        return visitor.not_found(&app);
    }
    let clean = |s: &str| -> Option<String> {
        let s = s.trim();
        (s.chars().count() <= MAX_GUIDE_TEXT).then(|| {
            s.chars()
                .filter(|c| !c.is_control() || matches!(c, '\n' | '\r' | '\t'))
                .collect()
        })
    };
    let Some(procedure) = clean(form.get("procedure").map_or("", String::as_str)) else {
        return visitor.message(
            &app,
            StatusCode::UNPROCESSABLE_ENTITY,
            "error-page-title",
            "error-too_long",
        );
    };
    let mut templates = Map::new();
    for l in Lang::ALL {
        let Some(body) = clean(
            form.get(&format!("body_{}", l.tag()))
                .map_or("", String::as_str),
        ) else {
            return visitor.message(
                &app,
                StatusCode::UNPROCESSABLE_ENTITY,
                "error-page-title",
                "error-too_long",
            );
        };
        if !body.is_empty() {
            templates.insert(l.tag().to_owned(), json!({ "body": body }));
        }
    }
    match app
        .store
        .admin(
            AdminChange::AddGuideVersion {
                category_code: code.clone(),
                procedure,
                templates: Value::Object(templates),
                created_by: Some(who.staff.id),
            },
            &who.staff.actor(),
            app.now(),
        )
        .await
    {
        Ok(id) => {
            tracing::info!(category = %code, guide = id, by = who.staff.id, "response guide edited");
            visitor.redirect(&format!("/staff/guide/{code}"), None)
        }
        Err(e) => {
            tracing::error!(error = %e, "guide edit failed");
            visitor.message(
                &app,
                StatusCode::CONFLICT,
                "error-page-title",
                "staff-error-conflict",
            )
        }
    }
}
