//! Intake: turns a submission from any channel into a registered complaint: validates and
//! normalises it (`validate.rs`), routes it, computes its deadlines, draws its code and
//! secret, stores it (here).

use crate::attachments::{self, Upload, UploadError};
use crate::catalog::Catalog;
use crate::services::Services;
use domain::complaint::DescriptionError;
use domain::{Channel, Description, Kind, Language, Secret, State, TrackingCode};
use store::{Complainant, NewComplaint, StoreError, Unique};
use time::{Date, OffsetDateTime};

mod phone;
mod validate;
pub use phone::{PhoneFilingError, classify, describe};
pub use validate::{MAX_ADDRESS, MAX_EMAIL, MAX_NAME, normalise_phone};
// Channels file through `register` (which validates): one way in.
use validate::validate;

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
    /// The channel's reading of an attachment found it too large (it was not kept).
    pub attachment_too_large: bool,
    /// Whether the complainant agreed that the complaint be processed, on channels that
    /// ask (`None` where the channel does not: the API, where the caller answers for it).
    pub consent: Option<bool>,
    /// The number an SMS or USSD gateway says the submission came from (`+226…`), set by
    /// those channels only: the complaint is tied to it (no secret needed from it).
    pub sender: Option<String>,
    /// The address of a photo the requester published (Open311 `media_url`): http(s).
    pub media_url: Option<String>,
    /// The service point whose poster's QR code the form was opened from (`?sp=`).
    pub service_point: Option<String>,
}

/// A submission that passed every check.
#[derive(Debug, Clone)]
struct Valid {
    pub category_code: String,
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
    pub sender: Option<String>,
    pub media_url: Option<String>,
    pub service_point: Option<String>,
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

/// Why a submission was not registered: everything wrong with it at once, or the store
/// failing.
#[derive(Debug, Clone, thiserror::Error)]
pub enum IntakeError {
    #[error("{}", .0.first().map_or("invalid submission", |e| e.message.as_str()))]
    Invalid(Vec<FieldError>),
    #[error(transparent)]
    Store(#[from] StoreError),
}

pub(crate) fn invalid(
    field: &'static str,
    code: &'static str,
    message: impl Into<String>,
) -> FieldError {
    FieldError {
        field,
        code,
        message: message.into(),
    }
}

/// Who submits: the public, or a staff member registering on a citizen's behalf.
#[derive(Debug, Clone)]
pub enum Submitter {
    Public,
    Staff { id: i64 },
}

fn random8() -> [u8; 8] {
    let mut b = [0u8; 8];
    getrandom::fill(&mut b).expect("the system has a random source");
    b
}

/// The one intake pipeline, for every channel (web form, assisted intake, JSON API, SMS,
/// USSD, Open311): validates the submission (every error at once), routes it, computes its
/// deadlines, stores it with its attachment and its receipt message, and answers once it
/// is durable. A submission sent again with the same intake key gets the first receipt.
pub async fn register(
    app: &Services,
    s: Submission,
    by: Submitter,
    now: OffsetDateTime,
) -> Result<Receipt, IntakeError> {
    let v = validate(&app.catalog(), s, &by).map_err(IntakeError::Invalid)?;
    register_valid(app, v, by, now).await
}

/// Registers a submission `validate` accepted.
async fn register_valid(
    app: &Services,
    v: Valid,
    by: Submitter,
    now: OffsetDateTime,
) -> Result<Receipt, IntakeError> {
    let catalog = app.catalog();
    let intake_key = v.intake_key.clone();
    if let Some(key) = &intake_key
        && let Some(receipt) = kept_receipt(app, key).await?
    {
        return Ok(receipt);
    }
    let category = catalog
        .category(&v.category_code)
        .ok_or(IntakeError::Store(StoreError::NotFound))?;
    let unit = catalog
        .route(category, v.commune.as_deref())
        .ok_or_else(|| {
            IntakeError::Invalid(vec![invalid(
                "category",
                "no_unit",
                "no unit answers this category yet",
            )])
        })?;
    let (acknowledge_by, answer_by) = catalog.deadlines(category, now.date());
    let service_point = match &v.service_point {
        Some(code) => service_point(app, code).await?.map(|sp| sp.code),
        None => None,
    };
    let actor = match by {
        Submitter::Public => "public".to_owned(),
        Submitter::Staff { id } => format!("staff:{id}"),
    };
    let mut saved = Vec::new();
    if let Some(upload) = &v.attachment {
        let file = attachments::accept(upload, now).map_err(|e| {
            let code = match e {
                UploadError::TooLarge => "attachment_too_large",
                UploadError::Type | UploadError::Empty => "attachment_type",
            };
            IntakeError::Invalid(vec![invalid("attachment", code, e.to_string())])
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
        attachments: saved,
        notifications: Vec::new(),
        sender_key: v.sender.as_deref().map(|n| app.store.vault().phone_key(n)),
        media_url: v.media_url,
        service_point_code: service_point,
        stats: Vec::new(),
    };
    let mut new = new;
    new.stats = crate::stats::on_registration(&catalog, &new);
    let receipt_params = serde_json::json!({
        "code": new.tracking_code.to_string(),
        "answer": crate::i18n::date(new.answer_by),
        "acknowledge": crate::i18n::date(new.acknowledge_by),
    });
    // By SMS the reply to the message is the receipt (with the secret, which the outbox
    // never holds); every other channel also gets it by the contacts given.
    if !(new.channel == Channel::Sms && new.sender_key.is_some()) {
        new.notifications = crate::notify::to_complainant(
            new.complainant.as_ref(),
            new.language.as_str(),
            "receipt",
            receipt_params,
        );
    }
    match insert(app, new).await {
        Err(IntakeError::Store(StoreError::Duplicate(Unique::IntakeKey))) => {
            let key = intake_key.as_deref().unwrap_or_default();
            kept_receipt(app, key)
                .await?
                .ok_or(IntakeError::Store(StoreError::NotFound))
        }
        other => other,
    }
}

/// The active service point a poster's QR code names, if any. A poster of a service point
/// removed since it was printed still files the complaint, without its service point.
pub async fn service_point(
    app: &Services,
    code: &str,
) -> Result<Option<store::ServicePointRow>, StoreError> {
    if !domain::is_service_point_code(code) {
        return Ok(None);
    }
    Ok(app
        .store
        .service_point(code)
        .await?
        .filter(store::ServicePointRow::is_active))
}

/// Stores the complaint, drawing a new code in the rare case one is taken.
async fn insert(app: &Services, mut new: NewComplaint) -> Result<Receipt, IntakeError> {
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
            Err(StoreError::Duplicate(Unique::TrackingCode)) => {
                new.tracking_code = TrackingCode::from_random(random8());
                new.secret = Secret::from_random(random8());
                for n in &mut new.notifications {
                    n.params["code"] = serde_json::Value::String(new.tracking_code.to_string());
                }
            }
            Err(e) => return Err(e.into()),
        }
    }
    Err(StoreError::Duplicate(Unique::TrackingCode).into())
}

/// The receipt already given for this intake key, if any.
async fn kept_receipt(app: &Services, key: &str) -> Result<Option<Receipt>, IntakeError> {
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
