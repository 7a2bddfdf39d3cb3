//! `/staff/admin/{section}`: the reference data admins keep — category deadlines, the unit
//! tree, routing rules, public holidays — and the trail of every such change. Auditors read
//! it all; only admins change it, each change checked by `crate::admin` and recorded.

use super::{SignedIn, StaffPage};
use crate::admin::{self, DeadlinesAsked, Refusal, RuleAsked, UNIT_LEVELS};
use crate::i18n::date_time;
use crate::web::AppState;
use crate::web::complaint_form::{Group, choices};
use crate::web::pages::Visitor;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use store::AdminChange;

pub const SECTIONS: [&str; 6] = [
    "categories",
    "units",
    "routing",
    "holidays",
    "retention",
    "log",
];

pub struct CategoryLine {
    pub code: String,
    pub name: String,
    pub ack_days: i32,
    pub ack_count: String,
    pub answer_days: i32,
    pub answer_count: String,
    pub extendable: bool,
}

pub struct UnitLine {
    pub code: String,
    pub name_fr: String,
    pub name_en: String,
    pub level: String,
    /// How deep in the tree (0 for a ministry), for the indentation.
    pub depth: usize,
}

pub struct RuleLine {
    pub id: i64,
    pub subject: String,
    pub place: String,
    pub unit: String,
}

pub struct LogLine {
    pub seq: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub subject: String,
    pub data: String,
}

#[derive(Template)]
#[template(path = "staff_admin.html")]
struct AdminPage {
    staff: StaffPage,
    /// What a refused form held, shown back in it (empty otherwise).
    kept: AdminForm,
    section: String,
    sections: Vec<(String, String)>,
    can_change: bool,
    error: Option<String>,
    categories: Vec<CategoryLine>,
    counts: Vec<(String, String)>,
    units: Vec<UnitLine>,
    unit_choices: Vec<(String, String)>,
    levels: Vec<(String, String)>,
    regions: Vec<(String, String)>,
    provinces: Vec<(String, String)>,
    communes: Vec<Group>,
    category_choices: Vec<Group>,
    departments: Vec<(String, String)>,
    rules: Vec<RuleLine>,
    holidays: Vec<(String, String, String)>,
    /// Each kind: its code, its name, its retention period in days ("" for no limit).
    retention: Vec<(String, String, String)>,
    events: Vec<LogLine>,
}

fn section_of(raw: &str) -> Option<&'static str> {
    SECTIONS.iter().find(|s| **s == raw).copied()
}

async fn render(
    app: &AppState,
    visitor: &Visitor,
    who: &SignedIn,
    section: &'static str,
    refused: Option<(String, AdminForm)>,
    status: StatusCode,
) -> Response {
    let (error, kept) = match refused {
        Some((message, form)) => (Some(message), form),
        None => (None, AdminForm::default()),
    };
    let lang = visitor.lang;
    let catalog = app.catalog();
    let places = super::reference_choices(app, lang);
    let mut page = AdminPage {
        staff: StaffPage::new(app, visitor, who, &format!("/staff/admin/{section}")),
        kept,
        section: section.to_owned(),
        sections: SECTIONS
            .iter()
            .map(|s| ((*s).to_owned(), lang.t(&format!("admin-section-{s}"))))
            .collect(),
        can_change: admin::may_change(who.staff.role),
        error,
        categories: Vec::new(),
        counts: ["calendar", "working"]
            .iter()
            .map(|c| ((*c).to_owned(), lang.t(&format!("admin-count-{c}"))))
            .collect(),
        units: Vec::new(),
        unit_choices: catalog
            .units
            .iter()
            .map(|u| (u.code.clone(), format!("{} — {}", u.code, u.name_fr)))
            .collect(),
        levels: UNIT_LEVELS
            .iter()
            .map(|l| ((*l).to_owned(), lang.t(&format!("admin-level-{l}"))))
            .collect(),
        regions: places.regions,
        provinces: places.provinces,
        communes: Vec::new(),
        category_choices: Vec::new(),
        departments: places.departments,
        rules: Vec::new(),
        holidays: Vec::new(),
        retention: Vec::new(),
        events: Vec::new(),
    };
    let loaded = match section {
        "categories" => {
            page.categories = catalog
                .categories
                .iter()
                .map(|c| CategoryLine {
                    code: c.code.clone(),
                    name: format!(
                        "{} — {}",
                        lang.t(&format!("dept-{}", c.department_code)),
                        c.name_fr
                    ),
                    ack_days: c.ack_days,
                    ack_count: c.ack_count.clone(),
                    answer_days: c.answer_days,
                    answer_count: c.answer_count.clone(),
                    extendable: c.extendable,
                })
                .collect();
            Ok(())
        }
        "units" => {
            // Parents before children, each under its parent: walk the tree from the roots.
            let mut lines = Vec::new();
            let mut stack: Vec<(&store::UnitRow, usize)> = catalog
                .units
                .iter()
                .filter(|u| u.parent_code.is_none())
                .rev()
                .map(|u| (u, 0))
                .collect();
            while let Some((u, depth)) = stack.pop() {
                lines.push(UnitLine {
                    code: u.code.clone(),
                    name_fr: u.name_fr.clone(),
                    name_en: u.name_en.clone(),
                    level: lang.t(&format!("admin-level-{}", u.level)),
                    depth,
                });
                stack.extend(
                    catalog
                        .units
                        .iter()
                        .filter(|c| c.parent_code.as_deref() == Some(u.code.as_str()))
                        .rev()
                        .map(|c| (c, depth + 1)),
                );
            }
            page.units = lines;
            Ok(())
        }
        "routing" => {
            let form = choices(app, lang);
            page.communes = form.communes;
            page.category_choices = form.categories;
            page.rules = catalog
                .rules
                .iter()
                .map(|r| RuleLine {
                    id: r.id,
                    subject: r
                        .category_code
                        .clone()
                        .or_else(|| {
                            r.department_code
                                .as_ref()
                                .map(|d| lang.t(&format!("dept-{d}")))
                        })
                        .unwrap_or_default(),
                    place: [&r.commune_code, &r.province_code, &r.region_code]
                        .into_iter()
                        .flatten()
                        .next()
                        .cloned()
                        .unwrap_or_else(|| lang.t("admin-anywhere")),
                    unit: r.unit_code.clone(),
                })
                .collect();
            Ok(())
        }
        "holidays" => app.store.holidays().await.map(|rows| {
            page.holidays = rows
                .into_iter()
                .map(|h| (h.rule, h.name_fr, h.name_en))
                .collect();
        }),
        "retention" => app.store.retention_rules().await.map(|rules| {
            page.retention = domain::Kind::ALL
                .iter()
                .map(|k| {
                    let days = rules
                        .iter()
                        .find(|(kind, _)| kind == k.as_str())
                        .map(|(_, d)| d.to_string())
                        .unwrap_or_default();
                    (k.as_str().to_owned(), lang.t(&format!("kind-{k}")), days)
                })
                .collect();
        }),
        _ => app.store.admin_events(200).await.map(|rows| {
            page.events = rows
                .into_iter()
                .map(|e| LogLine {
                    seq: e.seq,
                    at: date_time(e.at),
                    actor: e.actor,
                    action: e.action,
                    subject: e.subject,
                    data: e.data_json.0.to_string(),
                })
                .collect();
        }),
    };
    if let Err(e) = loaded {
        return visitor.server_error(app, "admin page", e);
    }
    visitor.respond(status, page.render())
}

pub async fn show(
    State(app): State<AppState>,
    visitor: Visitor,
    who: SignedIn,
    Path(raw): Path<String>,
) -> Response {
    if !admin::may_read(who.staff.role) {
        return visitor.forbidden(&app);
    }
    let Some(section) = section_of(&raw) else {
        return visitor.not_found(&app);
    };
    render(&app, &visitor, &who, section, None, StatusCode::OK).await
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct AdminForm {
    csrf: String,
    /// `add`, `delete`, `rename` or `save`.
    op: String,
    code: String,
    parent: String,
    level: String,
    name_fr: String,
    name_en: String,
    region: String,
    province: String,
    commune: String,
    category: String,
    department: String,
    unit: String,
    rule: String,
    id: String,
    ack_days: String,
    kind: String,
    keep_days: String,
    ack_count: String,
    answer_days: String,
    answer_count: String,
    extendable: Option<String>,
}

impl AdminForm {
    /// A field as typed, for showing a refused form back.
    fn value(&self, field: &str) -> &str {
        match field {
            "code" => &self.code,
            "parent" => &self.parent,
            "level" => &self.level,
            "name_fr" => &self.name_fr,
            "name_en" => &self.name_en,
            "region" => &self.region,
            "province" => &self.province,
            "commune" => &self.commune,
            "category" => &self.category,
            "department" => &self.department,
            "unit" => &self.unit,
            "rule" => &self.rule,
            "ack_days" => &self.ack_days,
            "kind" => &self.kind,
            "keep_days" => &self.keep_days,
            "answer_days" => &self.answer_days,
            _ => "",
        }
    }

    /// Whether this refused form was the one of `op` (so its values go back into it).
    fn was(&self, op: &str) -> bool {
        self.op == op
    }
}

fn opt(s: &str) -> Option<String> {
    Some(s.trim().to_owned()).filter(|s| !s.is_empty())
}

/// The change a form asks for in a section, checked; `None` when the form makes no sense.
fn change_of(app: &AppState, section: &str, f: &AdminForm) -> Option<Result<AdminChange, Refusal>> {
    let catalog = app.catalog();
    let days = |s: &str| s.trim().parse::<i32>().unwrap_or(-1);
    Some(match (section, f.op.as_str()) {
        ("categories", "save") => admin::check_deadlines(
            &catalog,
            &DeadlinesAsked {
                code: f.code.clone(),
                ack_days: days(&f.ack_days),
                ack_count: f.ack_count.clone(),
                answer_days: days(&f.answer_days),
                answer_count: f.answer_count.clone(),
                extendable: f.extendable.is_some(),
            },
        ),
        ("units", "add") => admin::check_new_unit(
            &catalog,
            &f.code,
            &f.parent,
            &f.level,
            &f.name_fr,
            &f.name_en,
            opt(&f.region).as_deref(),
        )
        .map(AdminChange::AddUnit),
        ("units", "rename") => admin::check_rename(&catalog, &f.code, &f.name_fr, &f.name_en),
        ("routing", "add") => admin::check_rule(
            &catalog,
            &RuleAsked {
                category: opt(&f.category),
                department: opt(&f.department),
                region: opt(&f.region),
                province: opt(&f.province),
                commune: opt(&f.commune),
                unit: f.unit.clone(),
            },
        )
        .map(AdminChange::AddRoutingRule),
        ("routing", "delete") => Ok(AdminChange::DeleteRoutingRule(f.id.trim().parse().ok()?)),
        ("holidays", "add") => {
            admin::check_holiday(&f.rule, &f.name_fr, &f.name_en).map(AdminChange::AddHoliday)
        }
        ("holidays", "delete") => Ok(AdminChange::DeleteHoliday(f.rule.trim().to_owned())),
        ("retention", "save") => admin::check_retention(&f.kind, &f.keep_days),
        _ => return None,
    })
}

pub async fn change(
    State(app): State<AppState>,
    visitor: Visitor,
    who: SignedIn,
    Path(raw): Path<String>,
    Form(f): Form<AdminForm>,
) -> Response {
    let Some(section) = section_of(&raw) else {
        return visitor.not_found(&app);
    };
    if !admin::may_change(who.staff.role) {
        return visitor.forbidden(&app);
    }
    let lang = visitor.lang;
    let fail = |key: &str, status| {
        let message = lang.t(key);
        let (app, visitor, who) = (&app, &visitor, &who);
        let kept = AdminForm {
            csrf: String::new(),
            ..f.clone()
        };
        async move { render(app, visitor, who, section, Some((message, kept)), status).await }
    };
    if !visitor.csrf_ok(&app, &f.csrf) {
        return fail("error-form-expired", StatusCode::FORBIDDEN).await;
    }
    let change = match change_of(&app, section, &f) {
        None => return fail("staff-error-invalid", StatusCode::BAD_REQUEST).await,
        Some(Err(refusal)) => {
            return fail(refusal.key, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
        Some(Ok(change)) => change,
    };
    match admin::apply(&app, &who.staff, change).await {
        Ok(Ok(_)) => visitor.redirect(&format!("/staff/admin/{section}"), None),
        Ok(Err(refusal)) => {
            let status = if refusal.code.starts_with("duplicate") {
                StatusCode::CONFLICT
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            fail(refusal.key, status).await
        }
        Err(e) => {
            tracing::error!(error = %e, "admin change failed");
            fail("error-server", StatusCode::SERVICE_UNAVAILABLE).await
        }
    }
}
