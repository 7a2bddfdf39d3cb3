//! Intake: turns a submission from any channel into a registered complaint: validates and
//! normalises it, routes it, computes its deadlines, draws its code and secret, stores it.

use crate::app::AppState;
use crate::attachments::{self, Upload, UploadError};
use crate::catalog::Catalog;
use domain::complaint::DescriptionError;
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

/// A submission that passed every check.
#[derive(Debug, Clone)]
pub struct Valid {
    pub category_code: String,
    pub department: String,
    pub description: Description,
    pub kind: Kind,
    pub channel: Channel,
    pub language: Language,
    pub commune: Option<String>,
    pub address: Option<String>,
    pub lat: Option<f64>,
    pub long: Option<f64>,
    pub anonymous: bool,
    pub complainant: Option<Complainant>,
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

/// One thing wrong with a submission: the field, a stable code, a sentence for a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub code: &'static str,
    pub message: String,
}

/// Why a submission was refused: everything wrong with it at once, or the store failing.
#[derive(Debug, Clone, thiserror::Error)]
pub enum Refusal {
    #[error("{}", .0.first().map_or("invalid submission", |e| e.message.as_str()))]
    Invalid(Vec<FieldError>),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The value, or `None` with its error noted.
fn keep<T>(errors: &mut Vec<FieldError>, r: Result<T, FieldError>) -> Option<T> {
    r.map_err(|e| errors.push(e)).ok()
}

fn invalid(field: &'static str, code: &'static str, message: impl Into<String>) -> FieldError {
    FieldError {
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

fn text(
    value: Option<String>,
    field: &'static str,
    max: usize,
) -> Result<Option<String>, FieldError> {
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

/// Checks a submission against the rules and the reference data, reporting every problem.
pub fn validate(
    catalog: &Catalog,
    s: Submission,
    by: &Submitter,
) -> Result<Valid, Vec<FieldError>> {
    let mut errors = Vec::new();
    let category = keep(
        &mut errors,
        catalog.category(s.category.trim()).ok_or_else(|| {
            let code = if s.category.trim().is_empty() {
                "missing_category"
            } else {
                "unknown_category"
            };
            invalid(
                "category",
                code,
                format!("there is no category {:?}", s.category.trim()),
            )
        }),
    );
    let description = keep(
        &mut errors,
        Description::parse(&s.description).map_err(|e| {
            let code = match e {
                DescriptionError::TooShort => "description_too_short",
                DescriptionError::TooLong => "description_too_long",
            };
            invalid("description", code, e.to_string())
        }),
    );
    let kind = keep(
        &mut errors,
        match s.kind.as_deref().filter(|k| !k.is_empty()) {
            None => Ok(Kind::Complaint),
            Some(k) => Kind::parse(k)
                .ok_or_else(|| invalid("kind", "unknown_kind", format!("there is no kind {k:?}"))),
        },
    );
    let default_channel = match by {
        Submitter::Public => Channel::Api,
        Submitter::Staff { .. } => Channel::Phone,
    };
    let channel = keep(&mut errors, match s.channel.as_deref() {
        None => Ok(default_channel),
        Some(c) => Channel::parse(c)
            .ok_or_else(|| invalid("channel", "unknown_channel", format!("there is no channel {c:?}")))
            .and_then(|c| {
                let assisted = matches!(c, Channel::Phone | Channel::WalkIn | Channel::Letter);
                if assisted && matches!(by, Submitter::Public) {
                    Err(invalid("channel", "staff_only_channel", "only staff register complaints taken by phone, at a counter or by letter"))
                } else {
                    Ok(c)
                }
            }),
    });
    let language = keep(
        &mut errors,
        match s.language.as_deref() {
            None => Ok(Language::French),
            Some(l) => Language::parse(l).ok_or_else(|| {
                invalid(
                    "language",
                    "unknown_language",
                    format!("there is no language {l:?} (fr, en, mos, dyu, ff)"),
                )
            }),
        },
    );
    let commune = keep(
        &mut errors,
        text(s.commune, "location.commune", 32).and_then(|c| match c {
            Some(c) if !catalog.has_commune(&c) => Err(invalid(
                "location.commune",
                "unknown_commune",
                format!("there is no commune {c:?}"),
            )),
            c => Ok(c),
        }),
    );
    let address = keep(
        &mut errors,
        text(s.address, "location.address", MAX_ADDRESS),
    );
    keep(
        &mut errors,
        match (s.lat, s.long) {
            (Some(lat), Some(long))
                if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&long) =>
            {
                Ok(())
            }
            (None, None) => Ok(()),
            _ => Err(invalid(
                "location",
                "invalid_coordinates",
                "give both lat and long, in degrees",
            )),
        },
    );
    let name = keep(&mut errors, text(s.name, "complainant.name", MAX_NAME));
    let phone = keep(
        &mut errors,
        text(s.phone, "complainant.phone", 32).and_then(|p| match p {
            None => Ok(None),
            Some(p) => normalise_phone(&p).map(Some).ok_or_else(|| {
                invalid(
                    "complainant.phone",
                    "invalid_phone",
                    "a phone number has 8 digits, with or without +226",
                )
            }),
        }),
    );
    let email = keep(
        &mut errors,
        text(s.email, "complainant.email", MAX_EMAIL).and_then(|e| match e {
            Some(e) if !plausible_email(&e) => Err(invalid(
                "complainant.email",
                "invalid_email",
                "this e-mail address is not valid",
            )),
            e => Ok(e),
        }),
    );
    let intake_key = keep(&mut errors, text(s.intake_key, "intake_key", 100));
    let identity = [&name, &phone, &email]
        .iter()
        .any(|v| matches!(v, Some(Some(_))));
    if s.anonymous && identity {
        errors.push(invalid(
            "anonymous",
            "anonymous_with_identity",
            "an anonymous complaint carries no name, phone or e-mail",
        ));
    }
    let (
        Some(category),
        Some(description),
        Some(kind),
        Some(channel),
        Some(language),
        Some(commune),
        Some(address),
        Some(name),
        Some(phone),
        Some(email),
        Some(intake_key),
    ) = (
        category,
        description,
        kind,
        channel,
        language,
        commune,
        address,
        name,
        phone,
        email,
        intake_key,
    )
    else {
        return Err(errors);
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Valid {
        category_code: category.code.clone(),
        department: category.department_code.clone(),
        description,
        kind,
        channel,
        language,
        commune,
        address,
        lat: s.lat,
        long: s.long,
        anonymous: s.anonymous,
        complainant: identity.then_some(Complainant { name, phone, email }),
        intake_key,
        attachment: s.attachment,
    })
}

/// Registers a submission: validates it, routes it, stores it with its attachment; a
/// submission sent again with the same intake key gets the first receipt back.
pub async fn register(
    app: &AppState,
    s: Submission,
    by: Submitter,
    now: OffsetDateTime,
) -> Result<Receipt, Refusal> {
    let v = validate(&app.catalog(), s, &by).map_err(Refusal::Invalid)?;
    register_valid(app, v, by, now).await
}

/// Registers a submission `validate` already accepted (the forms check it first to show
/// every error at once, and do not check it twice).
pub async fn register_valid(
    app: &AppState,
    v: Valid,
    by: Submitter,
    now: OffsetDateTime,
) -> Result<Receipt, Refusal> {
    let catalog = app.catalog();
    let intake_key = v.intake_key.clone();
    if let Some(key) = &intake_key
        && let Some(receipt) = kept_receipt(app, key).await?
    {
        return Ok(receipt);
    }
    let category = catalog
        .category(&v.category_code)
        .ok_or(Refusal::Store(StoreError::NotFound))?;
    let unit = catalog
        .route(category, v.commune.as_deref())
        .ok_or_else(|| {
            Refusal::Invalid(vec![invalid(
                "category",
                "no_unit",
                "no unit answers this category yet",
            )])
        })?;
    let (acknowledge_by, answer_by) = catalog.deadlines(category, now.date());
    let actor = match by {
        Submitter::Public => "public".to_owned(),
        Submitter::Staff { id } => format!("staff:{id}"),
    };
    let mut saved = Vec::new();
    if let Some(upload) = &v.attachment {
        let file = attachments::save(&app.files, upload, now)
            .await
            .map_err(|e| {
                let code = match e {
                    UploadError::TooLarge => "attachment_too_large",
                    UploadError::Type | UploadError::Empty => "attachment_type",
                    UploadError::Io => "attachment_not_saved",
                };
                Refusal::Invalid(vec![invalid("attachment", code, e.to_string())])
            })?;
        saved.push(file);
    }
    let new = NewComplaint {
        tracking_code: TrackingCode::from_random(random8()),
        secret: Secret::from_random(random8()),
        kind: v.kind,
        channel: v.channel,
        language: v.language,
        category_code: v.category_code,
        unit_code: unit,
        commune_code: v.commune,
        address: v.address,
        lat: v.lat,
        long: v.long,
        description: v.description,
        anonymous: v.anonymous,
        complainant: v.complainant,
        actor,
        received_at: now,
        acknowledge_by,
        answer_by,
        intake_key: intake_key.clone(),
        attachments: saved.clone(),
        notifications: Vec::new(),
    };
    let mut new = new;
    let receipt_params = serde_json::json!({
        "code": new.tracking_code.to_string(),
        "answer": crate::web::pages::date(new.answer_by),
        "acknowledge": crate::web::pages::date(new.acknowledge_by),
    });
    new.notifications = crate::notify::to_complainant(
        new.complainant.as_ref(),
        new.language.as_str(),
        "receipt",
        receipt_params,
    );
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
                for n in &mut new.notifications {
                    n.params["code"] = serde_json::Value::String(new.tracking_code.to_string());
                }
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
