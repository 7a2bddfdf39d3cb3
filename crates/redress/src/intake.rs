//! Intake: turns a submission from any channel into a registered complaint: validates and
//! normalises it, routes it, computes its deadlines, draws its code and secret, stores it.

use crate::app::AppState;
use crate::attachments::{self, Upload};
use domain::{Channel, Description, Kind, Language, Secret, State, TrackingCode};
use store::{Complainant, NewComplaint, StoreError};
use time::{Date, OffsetDateTime};

/// What a citizen (or an agent for them) submits, before any check.
#[derive(Debug, Clone, Default)]
pub struct Submission {
    pub category: String,
    pub description: String,
    pub kind: Option<String>,
    pub channel: Option<String>,
    pub language: Option<String>,
    pub anonymous: bool,
    pub commune: Option<String>,
    pub address: Option<String>,
    pub lat: Option<f64>,
    pub long: Option<f64>,
    pub name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    /// The same key sent twice registers one complaint (a form posted twice, a retry).
    pub intake_key: Option<String>,
    pub attachment: Option<Upload>,
}

/// What the complainant gets back, once the complaint is durable.
#[derive(Debug, Clone)]
pub struct Receipt {
    pub tracking_code: TrackingCode,
    pub secret: Secret,
    pub status: State,
    pub acknowledge_by: Date,
    pub answer_by: Date,
}

/// Why a submission was refused: the field, a stable code, and a sentence for a person.
#[derive(Debug, Clone, thiserror::Error)]
pub enum Refusal {
    #[error("{message}")]
    Invalid {
        field: &'static str,
        code: &'static str,
        message: String,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

fn invalid(field: &'static str, code: &'static str, message: impl Into<String>) -> Refusal {
    Refusal::Invalid {
        field,
        code,
        message: message.into(),
    }
}

pub const MAX_NAME: usize = 200;
pub const MAX_ADDRESS: usize = 500;
pub const MAX_EMAIL: usize = 254;

/// Who submits: the public, or a staff member registering on a citizen's behalf.
#[derive(Debug, Clone)]
pub enum Submitter {
    Public,
    Staff { id: i64 },
}

fn text(value: Option<String>, field: &'static str, max: usize) -> Result<Option<String>, Refusal> {
    let Some(v) = value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    if v.chars().count() > max {
        return Err(invalid(
            field,
            "too_long",
            format!("{field} is longer than {max} characters"),
        ));
    }
    if v.chars().any(|c| c.is_control()) {
        return Err(invalid(
            field,
            "invalid",
            format!("{field} contains control characters"),
        ));
    }
    Ok(Some(v))
}

/// A Burkina Faso number (8 digits, mobile or fixed), written any usual way; returned as
/// `+226XXXXXXXX`.
pub fn normalise_phone(raw: &str) -> Option<String> {
    let compact: String = raw
        .chars()
        .filter(|c| !matches!(c, ' ' | '.' | '-' | '(' | ')'))
        .collect();
    let local = compact
        .strip_prefix("+226")
        .or_else(|| compact.strip_prefix("00226"))
        .unwrap_or(&compact);
    let valid = local.len() == 8
        && local.bytes().all(|b| b.is_ascii_digit())
        && matches!(local.as_bytes()[0], b'0' | b'2' | b'5' | b'6' | b'7');
    valid.then(|| format!("+226{local}"))
}

fn plausible_email(e: &str) -> bool {
    let Some((local, domain)) = e.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !e.chars().any(char::is_whitespace)
        && e.len() <= MAX_EMAIL
}

fn random8() -> [u8; 8] {
    let mut b = [0u8; 8];
    getrandom::fill(&mut b).expect("the system has a random source");
    b
}

pub async fn register(
    app: &AppState,
    s: Submission,
    by: Submitter,
    now: OffsetDateTime,
) -> Result<Receipt, Refusal> {
    let catalog = app.catalog();
    let category = catalog.category(s.category.trim()).ok_or_else(|| {
        invalid(
            "category",
            "unknown_category",
            format!("there is no category {:?}", s.category.trim()),
        )
    })?;
    let description = Description::parse(&s.description)
        .map_err(|e| invalid("description", "invalid_description", e.to_string()))?;
    let kind = match s.kind.as_deref() {
        None => Kind::Complaint,
        Some(k) => Kind::parse(k)
            .ok_or_else(|| invalid("kind", "unknown_kind", format!("there is no kind {k:?}")))?,
    };
    let default_channel = match by {
        Submitter::Public => Channel::Api,
        Submitter::Staff { .. } => Channel::Phone,
    };
    let channel = match s.channel.as_deref() {
        None => default_channel,
        Some(c) => Channel::parse(c).ok_or_else(|| {
            invalid(
                "channel",
                "unknown_channel",
                format!("there is no channel {c:?}"),
            )
        })?,
    };
    let assisted = matches!(channel, Channel::Phone | Channel::WalkIn | Channel::Letter);
    if assisted && matches!(by, Submitter::Public) {
        return Err(invalid(
            "channel",
            "staff_only_channel",
            "only staff register complaints taken by phone, at a counter or by letter",
        ));
    }
    let language = match s.language.as_deref() {
        None => Language::French,
        Some(l) => Language::parse(l).ok_or_else(|| {
            invalid(
                "language",
                "unknown_language",
                format!("there is no language {l:?} (fr, en, mos, dyu, ff)"),
            )
        })?,
    };
    let commune = text(s.commune, "commune", 32)?;
    if let Some(c) = &commune
        && !catalog.has_commune(c)
    {
        return Err(invalid(
            "location.commune",
            "unknown_commune",
            format!("there is no commune {c:?}"),
        ));
    }
    let address = text(s.address, "location.address", MAX_ADDRESS)?;
    match (s.lat, s.long) {
        (Some(lat), Some(long))
            if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&long) => {}
        (None, None) => {}
        _ => {
            return Err(invalid(
                "location",
                "invalid_coordinates",
                "give both lat and long, in degrees",
            ));
        }
    }
    let name = text(s.name, "complainant.name", MAX_NAME)?;
    let phone = match text(s.phone, "complainant.phone", 32)? {
        None => None,
        Some(p) => Some(normalise_phone(&p).ok_or_else(|| {
            invalid(
                "complainant.phone",
                "invalid_phone",
                "a phone number has 8 digits, with or without +226",
            )
        })?),
    };
    let email = match text(s.email, "complainant.email", MAX_EMAIL)? {
        Some(e) if !plausible_email(&e) => {
            return Err(invalid(
                "complainant.email",
                "invalid_email",
                "this e-mail address is not valid",
            ));
        }
        e => e,
    };
    let has_identity = name.is_some() || phone.is_some() || email.is_some();
    if s.anonymous && has_identity {
        return Err(invalid(
            "anonymous",
            "anonymous_with_identity",
            "an anonymous complaint carries no name, phone or e-mail",
        ));
    }
    let intake_key = text(s.intake_key, "intake_key", 100)?;
    if let Some(key) = &intake_key
        && let Some(receipt) = kept_receipt(app, key).await?
    {
        return Ok(receipt);
    }
    let unit = catalog
        .route(category, commune.as_deref())
        .ok_or_else(|| invalid("category", "no_unit", "no unit answers this category yet"))?;
    let (acknowledge_by, answer_by) = catalog.deadlines(category, now.date());
    let actor = match by {
        Submitter::Public => "public".to_owned(),
        Submitter::Staff { id } => format!("staff:{id}"),
    };
    let mut saved = Vec::new();
    if let Some(upload) = &s.attachment {
        let file = attachments::save(&app.files, upload, now)
            .await
            .map_err(|e| invalid("attachment", "invalid_attachment", e.to_string()))?;
        saved.push(file);
    }
    let new = NewComplaint {
        tracking_code: TrackingCode::from_random(random8()),
        secret: Secret::from_random(random8()),
        kind,
        channel,
        language,
        category_code: category.code.clone(),
        unit_code: unit,
        commune_code: commune,
        address,
        lat: s.lat,
        long: s.long,
        description,
        anonymous: s.anonymous,
        complainant: has_identity.then_some(Complainant { name, phone, email }),
        actor,
        received_at: now,
        acknowledge_by,
        answer_by,
        intake_key: intake_key.clone(),
        attachments: saved.clone(),
    };
    let result = insert(app, new).await;
    if result.is_err() {
        attachments::discard(&app.files, &saved).await;
    }
    match result {
        Err(Refusal::Store(StoreError::Duplicate(what))) if what == "intake_key" => {
            let key = intake_key.as_deref().unwrap_or_default();
            kept_receipt(app, key)
                .await?
                .ok_or(Refusal::Store(StoreError::NotFound))
        }
        other => other,
    }
}

/// Stores the complaint, drawing a new code in the rare case one is taken.
async fn insert(app: &AppState, mut new: NewComplaint) -> Result<Receipt, Refusal> {
    for _ in 0..3 {
        match app.store.create_complaint(new.clone()).await {
            Ok(_) => {
                tracing::info!(
                    tracking_code = %new.tracking_code,
                    unit = %new.unit_code,
                    channel = new.channel.as_str(),
                    "complaint registered"
                );
                return Ok(Receipt {
                    tracking_code: new.tracking_code,
                    secret: new.secret,
                    status: State::Received,
                    acknowledge_by: new.acknowledge_by,
                    answer_by: new.answer_by,
                });
            }
            Err(StoreError::Duplicate(what)) if what == "tracking_code" => {
                new.tracking_code = TrackingCode::from_random(random8());
                new.secret = Secret::from_random(random8());
            }
            Err(e) => return Err(e.into()),
        }
    }
    Err(StoreError::Duplicate("tracking_code".into()).into())
}

/// The receipt already given for this intake key, if any.
async fn kept_receipt(app: &AppState, key: &str) -> Result<Option<Receipt>, Refusal> {
    let Some((kept, secret)) = app.store.receipt_by_key(key).await? else {
        return Ok(None);
    };
    let (Ok(tracking_code), Some(secret)) = (
        TrackingCode::parse(&kept.tracking_code),
        Secret::parse(&secret),
    ) else {
        return Err(StoreError::Data("a kept receipt is damaged".into()).into());
    };
    Ok(Some(Receipt {
        tracking_code,
        secret,
        status: State::Received,
        acknowledge_by: kept.acknowledge_by,
        answer_by: kept.answer_by,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_in_the_country_format() {
        for ok in [
            "70112233",
            "+226 70 11 22 33",
            "00226-70-11-22-33",
            "25.30.66.00",
            "(+226)76112233",
        ] {
            assert!(normalise_phone(ok).is_some(), "{ok}");
        }
        assert_eq!(
            normalise_phone("70 11 22 33").as_deref(),
            Some("+22670112233")
        );
        for bad in [
            "7011223",
            "701122334",
            "+33612345678",
            "80112233",
            "7011223a",
            "",
        ] {
            assert_eq!(normalise_phone(bad), None, "{bad}");
        }
    }

    #[test]
    fn emails() {
        assert!(plausible_email("awa@example.bf"));
        for bad in ["awa", "awa@bf", "@x.bf", "a b@x.bf", "awa@.bf", "awa@x."] {
            assert!(!plausible_email(bad), "{bad}");
        }
    }
}
