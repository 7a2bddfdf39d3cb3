//! Changes admins make to reference data and staff accounts, and the lines of the admin
//! audit trail they leave (see `Store::admin` and `sql/admin.rs`).

use crate::posters::NewServicePoint;
use crate::types::{HolidayRow, NewStaff, RoutingRuleRow, UnitRow};
use serde::Serialize;
use serde_json::Value;
use time::OffsetDateTime;

/// A change to reference data or to staff accounts. `Store::admin` writes each with its
/// event in the admin audit chain, in one transaction: no such change goes unrecorded.
#[derive(Debug, Clone)]
pub enum AdminChange {
    AddStaff(NewStaff),
    SetPassword {
        user_id: i64,
        password_hash: String,
    },
    SetDisabled {
        user_id: i64,
        disabled: bool,
    },
    /// Turns the second factor on (a sealed secret) or off.
    SetTotp {
        user_id: i64,
        sealed_secret: Option<Vec<u8>>,
    },
    AddRoutingRule(RoutingRuleRow),
    DeleteRoutingRule(i64),
    AddHoliday(HolidayRow),
    DeleteHoliday(String),
    /// A category's deadlines (days and how they are counted) and whether it may be
    /// extended.
    SetCategoryDeadlines {
        code: String,
        ack_days: i32,
        ack_count: String,
        answer_days: i32,
        answer_count: String,
        extendable: bool,
    },
    /// A new unit under `parent_code` (its path follows from the parent's).
    AddUnit(UnitRow),
    RenameUnit {
        code: String,
        name_fr: String,
        name_en: String,
    },
    AddGuideVersion {
        category_code: String,
        procedure: String,
        templates: Value,
        created_by: Option<i64>,
    },
    /// How many days a kind of complaint keeps its personal data after it ended (`None`:
    /// kept without limit).
    SetRetention {
        kind: String,
        keep_days: Option<i32>,
    },
    AddServicePoint(NewServicePoint),
    /// Changes every field of an existing service point but its code.
    EditServicePoint(NewServicePoint),
    /// Marks a service point removed (it stays, so that old posters explain themselves).
    RemoveServicePoint(String),
    /// The day posters went up (in a region, or everywhere).
    AddPosterCampaign {
        started_on: time::Date,
        label: String,
        region_code: Option<String>,
        created_by: Option<i64>,
    },
}

impl AdminChange {
    /// The event's action, subject and data. Password hashes are never recorded.
    pub fn describe(&self) -> (&'static str, String, Value) {
        use serde_json::json;
        match self {
            // Users are named by id in every event (`user#12`); the e-mail is in the data.
            AdminChange::AddStaff(s) => (
                "user.add",
                format!("user:{}", s.email.trim().to_lowercase()),
                json!({"email": s.email.trim().to_lowercase(), "name": s.name,
                       "role": s.role.as_str(), "unit": s.unit_code}),
            ),
            AdminChange::SetPassword { user_id, .. } => {
                ("user.password", format!("user#{user_id}"), json!({}))
            }
            AdminChange::SetDisabled { user_id, disabled } => (
                if *disabled {
                    "user.disable"
                } else {
                    "user.enable"
                },
                format!("user#{user_id}"),
                json!({}),
            ),
            AdminChange::SetTotp {
                user_id,
                sealed_secret,
            } => (
                if sealed_secret.is_some() {
                    "user.totp_on"
                } else {
                    "user.totp_off"
                },
                format!("user#{user_id}"),
                json!({}),
            ),
            AdminChange::AddRoutingRule(r) => (
                "routing_rule.add",
                format!(
                    "routing_rule:{}",
                    r.category_code
                        .as_deref()
                        .or(r.department_code.as_deref())
                        .unwrap_or("*")
                ),
                serde_json::to_value(r).unwrap_or_default(),
            ),
            AdminChange::DeleteRoutingRule(id) => (
                "routing_rule.delete",
                format!("routing_rule#{id}"),
                json!({}),
            ),
            AdminChange::AddHoliday(h) => (
                "holiday.add",
                format!("holiday:{}", h.rule),
                json!({"name_fr": h.name_fr, "name_en": h.name_en}),
            ),
            AdminChange::DeleteHoliday(rule) => {
                ("holiday.delete", format!("holiday:{rule}"), json!({}))
            }
            AdminChange::SetCategoryDeadlines {
                code,
                ack_days,
                ack_count,
                answer_days,
                answer_count,
                extendable,
            } => (
                "category.deadlines",
                format!("category:{code}"),
                json!({"ack_days": ack_days, "ack_count": ack_count, "answer_days": answer_days,
                       "answer_count": answer_count, "extendable": extendable}),
            ),
            AdminChange::AddUnit(u) => (
                "unit.add",
                format!("unit:{}", u.code),
                json!({"parent": u.parent_code, "department": u.department_code, "level": u.level,
                       "name_fr": u.name_fr, "name_en": u.name_en, "region": u.region_code}),
            ),
            AdminChange::RenameUnit {
                code,
                name_fr,
                name_en,
            } => (
                "unit.rename",
                format!("unit:{code}"),
                json!({"name_fr": name_fr, "name_en": name_en}),
            ),
            AdminChange::AddGuideVersion {
                category_code,
                procedure,
                templates,
                ..
            } => (
                "guide.version",
                format!("guide:{category_code}"),
                json!({"procedure": procedure, "templates": templates}),
            ),
            AdminChange::SetRetention { kind, keep_days } => (
                "retention.set",
                format!("retention:{kind}"),
                json!({"keep_days": keep_days}),
            ),
            AdminChange::AddServicePoint(sp) => (
                "service_point.add",
                format!("service_point:{}", sp.code),
                serde_json::to_value(sp).unwrap_or_default(),
            ),
            AdminChange::EditServicePoint(sp) => (
                "service_point.edit",
                format!("service_point:{}", sp.code),
                serde_json::to_value(sp).unwrap_or_default(),
            ),
            AdminChange::RemoveServicePoint(code) => (
                "service_point.remove",
                format!("service_point:{code}"),
                json!({}),
            ),
            AdminChange::AddPosterCampaign {
                started_on,
                label,
                region_code,
                ..
            } => (
                "poster_campaign.add",
                "poster_campaign:".to_owned(),
                json!({"started_on": started_on.to_string(), "label": label,
                       "region": region_code}),
            ),
        }
    }
}

/// One line of the admin audit trail.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct AdminEventRow {
    pub seq: i64,
    pub actor: String,
    pub action: String,
    pub subject: String,
    #[serde(skip)]
    pub data_json: sqlx::types::Json<Value>,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub hash: String,
}
