//! The store's methods for complaints: filing, changes, one complaint's record, the
//! queues and search, deadlines and erasure.

use crate::*;

impl Store {
    /// Registers a complaint; the complainant's identity is sealed, the secret hashed.
    pub async fn create_complaint(&self, new: NewComplaint) -> Result<i64, StoreError> {
        let sealed = new.complainant.as_ref().map(|c| {
            self.vault
                .seal(&serde_json::to_vec(c).expect("a complainant serialises"))
        });
        let secret_hash = self
            .vault
            .secret_hash(new.tracking_code.as_str(), new.secret.expose());
        let sealed_secret = self.vault.seal(new.secret.expose().as_bytes());
        let notifications = self.seal_recipients(&new.notifications);
        let files = new
            .attachments
            .iter()
            .map(|a| self.vault.seal(&a.bytes))
            .collect::<Vec<_>>();
        let filing = crate::filing::ToFile {
            new,
            sealed,
            secret_hash,
            sealed_secret,
            notifications,
            files,
        };
        match &self.backend {
            crate::Backend::Sqlite(b) => b.file(filing).await,
            crate::Backend::Postgres(b) => b.file(filing).await,
        }
    }

    /// Each notification with its recipient sealed (the outbox keeps recipients sealed).
    pub(super) fn seal_recipients(
        &self,
        list: &[NewNotification],
    ) -> Vec<(NewNotification, Vec<u8>)> {
        list.iter()
            .map(|n| (n.clone(), self.vault.seal(n.recipient.as_bytes())))
            .collect()
    }

    /// The receipt given earlier for `key`, with its secret opened.
    pub async fn receipt_by_key(
        &self,
        key: &str,
    ) -> Result<Option<(KeptReceipt, String)>, StoreError> {
        let Some(kept) = read!(self, receipt_by_key(key))? else {
            return Ok(None);
        };
        let secret = self
            .vault
            .open(&kept.sealed_secret)
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .ok_or_else(|| StoreError::Data("a kept receipt cannot be opened".into()))?;
        Ok(Some((kept, secret)))
    }

    /// The bytes of an attachment stored in the database (`None`: not there — earlier
    /// versions kept them in the data folder).
    pub async fn attachment_bytes(&self, storage_key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        match read!(self, attachment_blob(storage_key))? {
            Some(sealed) => {
                Ok(Some(self.vault.open(&sealed).map_err(|e| {
                    StoreError::Data(format!("attachment {storage_key}: {e}"))
                })?))
            }
            None => Ok(None),
        }
    }

    pub async fn attachments_of(
        &self,
        complaint_id: i64,
    ) -> Result<Vec<AttachmentRow>, StoreError> {
        read!(self, attachments_of(complaint_id))
    }

    pub async fn complaint_by_code(&self, code: &str) -> Result<Option<ComplaintRow>, StoreError> {
        read!(self, complaint_by_code(code))
    }

    /// What the public may see of a complaint (`ComplaintRow::public`), read alone.
    pub async fn public_by_code(&self, code: &str) -> Result<Option<PublicComplaint>, StoreError> {
        read!(self, public_by_code(code))
    }

    /// Opens the sealed identity of a complainant (callers check they may see it).
    pub fn reveal_complainant(&self, row: &ComplaintRow) -> Option<Complainant> {
        let sealed = row.complainant.as_ref()?;
        let plain = self.vault.open(sealed).ok()?;
        serde_json::from_slice(&plain).ok()
    }

    pub fn secret_matches(&self, row: &ComplaintRow, secret: &str) -> bool {
        self.vault
            .secret_matches(&row.tracking_code, secret, &row.secret_hash)
    }

    /// Applies a change and records its event; `Conflict` if the complaint moved meanwhile.
    pub async fn apply_change(&self, change: Change) -> Result<i64, StoreError> {
        let notifications = self.seal_recipients(&change.notifications);
        write!(self, tx apply_change(change, notifications))
    }

    /// The retention periods in force: (kind, days).
    pub async fn retention_rules(&self) -> Result<Vec<(String, i32)>, StoreError> {
        read!(self, retention_rules())
    }

    /// Ended complaints of `kind` whose personal data is kept past `ended_before`.
    pub async fn due_for_erasure(
        &self,
        kind: &str,
        ended_before: OffsetDateTime,
        limit: i64,
    ) -> Result<Vec<ComplaintRow>, StoreError> {
        read!(self, due_for_erasure(kind.to_owned(), ended_before, limit))
    }

    pub async fn late_complaints(
        &self,
        today: time::Date,
        max_level: i32,
        after_id: i64,
        limit: i64,
    ) -> Result<Vec<ComplaintRow>, StoreError> {
        read!(self, late_complaints(today, max_level, after_id, limit))
    }

    pub async fn supervisors_of(&self, unit_code: &str) -> Result<Vec<String>, StoreError> {
        read!(self, supervisors_of(unit_code))
    }

    pub async fn routing_rules(&self) -> Result<Vec<RoutingRuleRow>, StoreError> {
        read!(self, routing_rules())
    }

    pub async fn current_guide(
        &self,
        category_code: &str,
    ) -> Result<Option<GuideVersionRow>, StoreError> {
        read!(self, current_guide(category_code))
    }

    pub async fn guide_versions(
        &self,
        category_code: &str,
    ) -> Result<Vec<GuideVersionRow>, StoreError> {
        read!(self, guide_versions(category_code))
    }

    pub async fn events_of(&self, complaint_id: i64) -> Result<Vec<EventRow>, StoreError> {
        read!(self, events_of(complaint_id))
    }

    /// The complaints linked to `complaint_id` as its duplicates, oldest first.
    pub async fn duplicates_of(&self, complaint_id: i64) -> Result<Vec<ComplaintRow>, StoreError> {
        read!(self, duplicates_of(complaint_id))
    }

    pub async fn list_complaints(
        &self,
        scope: &Scope,
        filter: &ComplaintFilter,
    ) -> Result<Vec<ComplaintRow>, StoreError> {
        if let (Some(_), Backend::Sqlite(b)) = (&filter.q, &self.backend) {
            b.search_synced().await;
        }
        read!(self, list_complaints(scope, filter, &self.newest_matches))
    }

    /// Complaints within `scope` counted by unit, state and deadlines.
    pub async fn scope_counts(
        &self,
        scope: &Scope,
        today: time::Date,
    ) -> Result<ScopeCounts, StoreError> {
        read!(self, scope_counts(scope, today))
    }

    pub async fn count_by_state(&self) -> Result<Vec<(String, i64)>, StoreError> {
        read!(self, count_by_state())
    }
}
