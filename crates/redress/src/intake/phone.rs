//! Completing a filing begun by phone: a complaint sent by SMS is registered at once (in
//! the category that waits for triage) and its sender may, for a few minutes and before
//! anyone handled it, add to its description and choose its department and category. Only
//! from the number it was filed from; each step is an audit event.

use crate::services::Services;
use domain::{Description, State};
use serde_json::json;
use store::{Change, ComplaintRow, StoreError};
use time::OffsetDateTime;

/// Why a phone filing cannot be completed.
#[derive(Debug, thiserror::Error)]
pub enum PhoneFilingError {
    /// Not filed from this number, or already handled by staff: it is no longer the
    /// sender's to complete.
    #[error("the complaint is no longer open to completion from this number")]
    Closed,
    #[error("there is no category {0}")]
    UnknownCategory(String),
    #[error("no unit answers this category yet")]
    NoUnit,
    #[error("the description would be too long")]
    TooLong,
    /// Changed meanwhile (another message, or staff): nothing was written.
    #[error("the complaint changed meanwhile")]
    Conflict,
    #[error(transparent)]
    Store(StoreError),
}

fn open_to(row: &ComplaintRow, sender_key: &str) -> Result<(), PhoneFilingError> {
    let from_sender = row.sender_key.as_deref() == Some(sender_key);
    if !from_sender || row.status != State::Received || row.acknowledged_at.is_some() {
        return Err(PhoneFilingError::Closed);
    }
    Ok(())
}

async fn write(app: &Services, change: Change) -> Result<ComplaintRow, PhoneFilingError> {
    let code = change.tracking_code.clone();
    match app.store.apply_change(change).await {
        Ok(_) => {}
        Err(StoreError::Conflict) => return Err(PhoneFilingError::Conflict),
        Err(e) => return Err(PhoneFilingError::Store(e)),
    }
    app.store
        .complaint_by_code(&code)
        .await
        .map_err(PhoneFilingError::Store)?
        .ok_or(PhoneFilingError::Store(StoreError::NotFound))
}

/// Puts the complaint in `category`: routed again and its deadlines counted again from the
/// day it was received, as if it had been filed there.
pub async fn classify(
    app: &Services,
    row: &ComplaintRow,
    sender_key: &str,
    category: &str,
    now: OffsetDateTime,
) -> Result<ComplaintRow, PhoneFilingError> {
    open_to(row, sender_key)?;
    let catalog = app.catalog();
    let found = catalog
        .category(category)
        .ok_or_else(|| PhoneFilingError::UnknownCategory(category.to_owned()))?;
    let unit = catalog
        .route(found, row.commune_code.as_deref())
        .ok_or(PhoneFilingError::NoUnit)?;
    let (acknowledge_by, answer_by) = catalog.deadlines(found, row.received_at.date());
    let data = json!({ "from": row.category_code, "to": category, "unit": unit });
    let mut change = Change::keeping(row, "complainant".to_owned(), "classify", data, now);
    change.category_code = category.to_owned();
    change.unit_code = unit;
    change.acknowledge_by = acknowledge_by;
    change.answer_by = answer_by;
    change.stats = crate::stats::on_change(&catalog, row, &change);
    write(app, change).await
}

/// Adds `text` to the complaint's description (a long complaint sent as several messages).
pub async fn describe(
    app: &Services,
    row: &ComplaintRow,
    sender_key: &str,
    text: &str,
    now: OffsetDateTime,
) -> Result<ComplaintRow, PhoneFilingError> {
    open_to(row, sender_key)?;
    let text = text.trim();
    let joined = format!("{} {text}", row.description);
    let description = Description::parse(&joined).map_err(|_| PhoneFilingError::TooLong)?;
    let mut change = Change::keeping(
        row,
        "complainant".to_owned(),
        "describe",
        json!({ "text": text }),
        now,
    );
    change.description = description.as_str().to_owned();
    write(app, change).await
}
