//! Reference data admins edit — units, category deadlines, routing rules, holidays — checked
//! once for the API and the back-office pages, then written with their admin audit event
//! (`Store::admin`) and the in-memory catalogue reloaded.

use crate::catalog::Catalog;
use crate::handling::Staff;
use crate::services::Services;
use domain::{DayCount, HolidayRule, Role};
use store::{AdminChange, HolidayRow, RoutingRuleRow, StoreError, UnitRow};

/// Why a change is refused: `key` names the message for a page (in the catalogues),
/// `message` says it in English for the API, `code` is the API's stable error code.
#[derive(Debug, PartialEq, Eq)]
pub struct Refusal {
    pub code: &'static str,
    pub key: &'static str,
    pub message: String,
}

pub(crate) fn refuse(code: &'static str, key: &'static str, message: impl Into<String>) -> Refusal {
    Refusal {
        code,
        key,
        message: message.into(),
    }
}

/// Who may change reference data (admins) and who may read it (admins and auditors).
pub fn may_change(role: Role) -> bool {
    role == Role::Admin
}

pub fn may_read(role: Role) -> bool {
    matches!(role, Role::Admin | Role::Auditor)
}

fn given(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

/// A routing rule as asked: a category or a department, at most one place, a unit.
#[derive(Debug, Default, Clone)]
pub struct RuleAsked {
    pub category: Option<String>,
    pub department: Option<String>,
    pub region: Option<String>,
    pub province: Option<String>,
    pub commune: Option<String>,
    pub unit: String,
}

pub fn check_rule(catalog: &Catalog, rule: &RuleAsked) -> Result<RoutingRuleRow, Refusal> {
    let bad = |key, message: String| refuse("invalid_rule", key, message);
    let (category, department) = (given(&rule.category), given(&rule.department));
    let dept = match (&category, &department) {
        (Some(c), None) => catalog
            .category(c)
            .map(|c| c.department_code.clone())
            .ok_or_else(|| bad("admin-error-subject", format!("there is no category {c}")))?,
        (None, Some(d)) if catalog.department_exists(d) => d.clone(),
        (None, Some(d)) => {
            return Err(bad(
                "admin-error-subject",
                format!("there is no department {d}"),
            ));
        }
        _ => {
            return Err(bad(
                "admin-error-subject",
                "give a category or a department, not both".into(),
            ));
        }
    };
    let (region, province, commune) = (
        given(&rule.region),
        given(&rule.province),
        given(&rule.commune),
    );
    let places = [&region, &province, &commune]
        .iter()
        .filter(|p| p.is_some())
        .count();
    if places > 1 {
        return Err(bad(
            "admin-error-place",
            "give at most one place: a region, a province or a commune".into(),
        ));
    }
    let place_known = match (&region, &province, &commune) {
        (Some(r), _, _) => catalog.region_exists(r),
        (_, Some(p), _) => catalog.province_exists(p),
        (_, _, Some(c)) => catalog.has_commune(c),
        _ => true,
    };
    if !place_known {
        return Err(bad("admin-error-place", "this place does not exist".into()));
    }
    let unit_code = rule.unit.trim();
    let unit = catalog
        .unit(unit_code)
        .ok_or_else(|| bad("admin-error-unit", format!("there is no unit {unit_code}")))?;
    if unit.department_code.as_deref() != Some(dept.as_str()) {
        return Err(bad(
            "admin-error-unit",
            format!("the unit {unit_code} does not belong to the department {dept}"),
        ));
    }
    Ok(RoutingRuleRow {
        id: 0,
        category_code: category,
        department_code: department,
        region_code: region,
        province_code: province,
        commune_code: commune,
        unit_code: unit_code.to_owned(),
    })
}

pub fn check_holiday(rule: &str, name_fr: &str, name_en: &str) -> Result<HolidayRow, Refusal> {
    if HolidayRule::parse(rule.trim()).is_none() {
        return Err(refuse(
            "invalid_holiday",
            "admin-error-holiday",
            "a holiday rule is MM-DD, YYYY-MM-DD or easter+N, with a real date",
        ));
    }
    if name_fr.trim().is_empty() || name_en.trim().is_empty() {
        return Err(refuse(
            "invalid_holiday",
            "admin-error-holiday",
            "give the holiday's name in French and English",
        ));
    }
    Ok(HolidayRow {
        rule: rule.trim().to_owned(),
        name_fr: name_fr.trim().to_owned(),
        name_en: name_en.trim().to_owned(),
    })
}

/// The longest deadline a category may have, in days.
pub const MAX_DAYS: i32 = 365;

/// A category's deadlines as asked.
#[derive(Debug, Clone)]
pub struct DeadlinesAsked {
    pub code: String,
    pub ack_days: i32,
    pub ack_count: String,
    pub answer_days: i32,
    pub answer_count: String,
    pub extendable: bool,
}

pub fn check_deadlines(catalog: &Catalog, d: &DeadlinesAsked) -> Result<AdminChange, Refusal> {
    if catalog.category(&d.code).is_none() {
        return Err(refuse(
            "not_found",
            "admin-error-missing",
            format!("there is no category {}", d.code),
        ));
    }
    let days_ok = |n: i32| (0..=MAX_DAYS).contains(&n);
    let count_ok = |c: &str| DayCount::parse(c).is_some();
    if !days_ok(d.ack_days)
        || !days_ok(d.answer_days)
        || !count_ok(&d.ack_count)
        || !count_ok(&d.answer_count)
    {
        return Err(refuse(
            "invalid_deadlines",
            "admin-error-days",
            format!("deadlines are 0 to {MAX_DAYS} days, counted in calendar or working days"),
        ));
    }
    if d.answer_days < d.ack_days {
        return Err(refuse(
            "invalid_deadlines",
            "admin-error-days",
            "the answer cannot be due before the acknowledgement",
        ));
    }
    Ok(AdminChange::SetCategoryDeadlines {
        code: d.code.clone(),
        ack_days: d.ack_days,
        ack_count: d.ack_count.clone(),
        answer_days: d.answer_days,
        answer_count: d.answer_count.clone(),
        extendable: d.extendable,
    })
}

/// Levels a new unit may have, under which parent levels.
pub const UNIT_LEVELS: [&str; 4] = ["directorate", "regional", "facility", "complaints_cell"];

/// A new unit: a code of capitals, digits and dashes, under an existing unit of the same
/// department; names in French and English.
pub fn check_new_unit(
    catalog: &Catalog,
    code: &str,
    parent: &str,
    level: &str,
    name_fr: &str,
    name_en: &str,
    region: Option<&str>,
) -> Result<UnitRow, Refusal> {
    let bad = |message: String| refuse("invalid_unit", "admin-error-new-unit", message);
    let code = code.trim();
    let code_ok = (3..=30).contains(&code.len())
        && code
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-');
    if !code_ok {
        return Err(bad(
            "a unit code has 3 to 30 capitals, digits or dashes".into()
        ));
    }
    if catalog.unit(code).is_some() {
        return Err(refuse(
            "duplicate_unit",
            "admin-error-duplicate",
            format!("the unit {code} exists"),
        ));
    }
    let parent = catalog
        .unit(parent.trim())
        .ok_or_else(|| bad(format!("there is no unit {parent}")))?;
    if !UNIT_LEVELS.contains(&level) {
        return Err(bad(format!("a unit's level is one of {UNIT_LEVELS:?}")));
    }
    if name_fr.trim().is_empty() || name_en.trim().is_empty() {
        return Err(bad("give the unit's name in French and English".into()));
    }
    let region = match region.map(str::trim).filter(|r| !r.is_empty()) {
        Some(r) if catalog.region_exists(r) => Some(r.to_owned()),
        Some(r) => return Err(bad(format!("there is no region {r}"))),
        None => parent.region_code.clone(),
    };
    Ok(UnitRow {
        code: code.to_owned(),
        parent_code: Some(parent.code.clone()),
        department_code: parent.department_code.clone(),
        level: level.to_owned(),
        name_fr: name_fr.trim().to_owned(),
        name_en: name_en.trim().to_owned(),
        region_code: region,
        path: String::new(),
    })
}

pub fn check_rename(
    catalog: &Catalog,
    code: &str,
    name_fr: &str,
    name_en: &str,
) -> Result<AdminChange, Refusal> {
    if catalog.unit(code.trim()).is_none() {
        return Err(refuse(
            "not_found",
            "admin-error-missing",
            format!("there is no unit {code}"),
        ));
    }
    if name_fr.trim().is_empty() || name_en.trim().is_empty() {
        return Err(refuse(
            "invalid_unit",
            "admin-error-new-unit",
            "give the unit's name in French and English",
        ));
    }
    Ok(AdminChange::RenameUnit {
        code: code.trim().to_owned(),
        name_fr: name_fr.trim().to_owned(),
        name_en: name_en.trim().to_owned(),
    })
}

/// Writes a checked change with its audit event and reloads the catalogue. A duplicate or
/// a change that matched nothing is a refusal; anything else from the store is an error.
/// The longest retention period an admin may set: a hundred years.
pub const MAX_RETENTION_DAYS: i32 = 36_500;

/// A kind's retention period: whole days (1 to 36,500), or empty for no limit.
pub fn check_retention(kind: &str, days: &str) -> Result<AdminChange, Refusal> {
    if domain::Kind::parse(kind).is_none() {
        return Err(refuse(
            "invalid",
            "staff-error-invalid",
            format!("{kind} is not a kind"),
        ));
    }
    let days = days.trim();
    let keep_days = if days.is_empty() {
        None
    } else {
        match days.parse::<i32>() {
            Ok(d) if (1..=MAX_RETENTION_DAYS).contains(&d) => Some(d),
            _ => {
                return Err(refuse(
                    "invalid_days",
                    "admin-error-retention",
                    format!("keep_days: whole days from 1 to {MAX_RETENTION_DAYS}, or empty"),
                ));
            }
        }
    };
    Ok(AdminChange::SetRetention {
        kind: kind.to_owned(),
        keep_days,
    })
}

pub async fn apply(
    app: &Services,
    staff: &Staff,
    change: AdminChange,
) -> Result<Result<i64, Refusal>, StoreError> {
    let (action, subject, _) = change.describe();
    match app.store.admin(change, &staff.actor(), app.now()).await {
        Ok(0) => Ok(Err(refuse(
            "not_found",
            "admin-error-missing",
            format!("{subject} does not exist"),
        ))),
        Ok(id) => {
            tracing::info!(action, subject = %subject, by = staff.id, "reference data changed");
            // The change is saved: a failed reload is logged, not reported as a failure
            // (the next reload, or a restart, brings it in).
            if let Err(e) = app.reload_catalog().await {
                tracing::error!(error = %e, "cannot reload the reference data after a change");
            }
            Ok(Ok(id))
        }
        Err(StoreError::Duplicate(_)) => Ok(Err(refuse(
            "duplicate",
            "admin-error-duplicate",
            format!("{subject} already exists"),
        ))),
        Err(StoreError::Reference) => Ok(Err(refuse(
            "invalid_reference",
            "admin-error-missing",
            format!("{subject} names something that does not exist"),
        ))),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holidays_and_deadlines_are_checked_before_anything_is_written() {
        assert!(check_holiday("12-25", "Noël", "Christmas").is_ok());
        assert_eq!(
            check_holiday("02-30", "x", "y").unwrap_err().key,
            "admin-error-holiday"
        );
        assert!(check_holiday("2027-03-20", " ", "Eid").is_err());
        let c = Catalog::default();
        let d = DeadlinesAsked {
            code: "SAN-FEES".into(),
            ack_days: 3,
            ack_count: "working".into(),
            answer_days: 10,
            answer_count: "calendar".into(),
            extendable: true,
        };
        assert_eq!(
            check_deadlines(&c, &d).unwrap_err().key,
            "admin-error-missing",
            "an empty catalogue knows no category"
        );
    }
}
