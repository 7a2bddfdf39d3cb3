//! Duplicate links: what a complaint may be linked to as the duplicate of an earlier one,
//! and which linked complaints a staff member may be told of.

use super::{ActError, Refusal, Staff};
use crate::services::Services;
use domain::rules::Reader;
use store::{ComplaintRow, StoreError};

/// The complaints linked to `row` as its duplicates. Only staff act on links or see them,
/// so for the complainant and the public the list is empty and nothing is read.
pub async fn duplicates_for(
    app: &Services,
    reader: Reader,
    row: &ComplaintRow,
) -> Result<Vec<ComplaintRow>, StoreError> {
    match reader {
        Reader::Staff { .. } => app.store.duplicates_of(row.id).await,
        Reader::Complainant | Reader::Public => Ok(Vec::new()),
    }
}

/// The earlier complaint `of` names, if `row` may be linked to it as its duplicate: the
/// original earlier, in the actor's units and not itself a duplicate (that `row` is not
/// linked yet is `domain::rules::barred`).
pub(super) async fn check_duplicate(
    app: &Services,
    staff: &Staff,
    row: &ComplaintRow,
    of: &str,
) -> Result<ComplaintRow, ActError> {
    let code =
        domain::TrackingCode::parse(of).map_err(|_| Refusal::NotATrackingCode(of.to_owned()))?;
    // A complaint outside one's units is answered like one that does not exist.
    let original = app
        .store
        .complaint_by_code(code.as_str())
        .await?
        .filter(|o| staff.sees(o))
        .ok_or_else(|| Refusal::UnknownOriginal(code.to_string()))?;
    if original.id == row.id {
        return Err(Refusal::SelfDuplicate.into());
    }
    if original.id > row.id {
        return Err(Refusal::OriginalIsLater(code.to_string()).into());
    }
    // The other complaints named here are named only when in the actor's scope.
    if let Some(root) = original.duplicate_of.as_deref() {
        let root = app
            .store
            .complaint_by_code(root)
            .await?
            .filter(|r| staff.sees(r))
            .map(|r| r.display_code());
        return Err(Refusal::OriginalIsLinked {
            code: code.to_string(),
            root,
        }
        .into());
    }
    Ok(original)
}

/// The complaints `row` is linked with that `staff` may see: the original it duplicates,
/// and of its `duplicates` those in their units (shown codes). Others are not named.
pub async fn visible_links(
    app: &Services,
    staff: &Staff,
    row: &ComplaintRow,
    duplicates: &[ComplaintRow],
) -> Result<(Option<String>, Vec<String>), StoreError> {
    let original = match row.duplicate_of.as_deref() {
        Some(code) => app
            .store
            .complaint_by_code(code)
            .await?
            .filter(|o| staff.sees(o))
            .map(|o| o.display_code()),
        None => None,
    };
    let duplicates = duplicates
        .iter()
        .filter(|d| staff.sees(d))
        .map(ComplaintRow::display_code)
        .collect();
    Ok((original, duplicates))
}
