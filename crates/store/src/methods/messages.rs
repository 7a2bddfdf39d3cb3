//! The store's methods for messages: the notifications' outbox, phone senders, SMS
//! received and USSD sessions.

use crate::*;

impl Store {
    /// Leases due notifications to `node` (see `sql::claim_notifications`) and opens their
    /// recipients.
    pub async fn claim_notifications(
        &self,
        node: &str,
        channels: (bool, bool),
        now: OffsetDateTime,
        lease: time::Duration,
        limit: i64,
    ) -> Result<Vec<Outgoing>, StoreError> {
        let node = node.to_owned();
        let (sms, email) = channels;
        let rows = write!(
            self,
            claim_notifications(node, sms, email, now, now + lease, limit)
        )?;
        Ok(self.opened(rows))
    }

    /// Notifications with their recipients opened.
    pub fn opened(&self, rows: Vec<NotificationRow>) -> Vec<Outgoing> {
        rows.into_iter()
            .map(|r| Outgoing {
                recipient: self
                    .vault
                    .open(&r.recipient)
                    .ok()
                    .and_then(|b| String::from_utf8(b).ok())
                    .unwrap_or_default(),
                id: r.id,
                complaint_id: r.complaint_id,
                channel: r.channel,
                language: r.language,
                template: r.template,
                params: r.params.0,
                attempts: r.attempts,
            })
            .collect()
    }

    /// Records a send's outcome; false when this node's lease had been taken over.
    pub async fn settle_notification(
        &self,
        id: i64,
        node: &str,
        outcome: Result<(), String>,
        now: OffsetDateTime,
        retry_at: Option<OffsetDateTime>,
    ) -> Result<bool, StoreError> {
        let node = node.to_owned();
        write!(self, settle_notification(id, node, outcome, now, retry_at))
    }

    pub async fn notifications_of(
        &self,
        complaint_id: i64,
    ) -> Result<Vec<NotificationRow>, StoreError> {
        read!(self, notifications_of(complaint_id))
    }

    pub async fn notifications_in(
        &self,
        status: &str,
        limit: i64,
    ) -> Result<Vec<NotificationRow>, StoreError> {
        let status = status.to_owned();
        read!(self, notifications_in(status, limit))
    }

    pub async fn notification_counts(&self) -> Result<Vec<(String, String, i64)>, StoreError> {
        read!(self, notification_counts())
    }

    /// Opens a stored recipient (for admins looking at the outbox, and tests).
    pub fn open_recipient(&self, row: &NotificationRow) -> Option<String> {
        String::from_utf8(self.vault.open(&row.recipient).ok()?).ok()
    }

    /// Takes one of the `max` messages `recipient_key` may be sent within `window`; false
    /// when they are used up.
    pub async fn take_recipient_quota(
        &self,
        recipient_key: String,
        max: i32,
        window: time::Duration,
        now: OffsetDateTime,
    ) -> Result<bool, StoreError> {
        write!(self, take_recipient_quota(recipient_key, max, window, now))
    }

    /// What is remembered of the phone number with this key (`Vault::phone_key`).
    pub async fn phone_sender(&self, key: &str) -> Result<Option<PhoneSender>, StoreError> {
        read!(self, phone_sender(key))
    }

    pub async fn save_phone_sender(
        &self,
        sender: PhoneSender,
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        write!(self, save_phone_sender(sender, at))
    }

    /// The message `gateway_id` of `channel`, if it was handled before, with its reply.
    pub async fn seen_message(
        &self,
        channel: &str,
        gateway_id: &str,
    ) -> Result<Option<SeenMessage>, StoreError> {
        let seen = read!(self, seen_message(channel, gateway_id))?;
        Ok(seen.map(|reply| SeenMessage {
            reply: reply
                .and_then(|r| self.vault.open(&r).ok())
                .map(|r| String::from_utf8_lossy(&r).into_owned()),
        }))
    }

    /// Records a handled message with its reply (sealed: it may hold a follow-up secret);
    /// `false` if the same message was recorded meanwhile.
    pub async fn record_message(
        &self,
        channel: &str,
        gateway_id: &str,
        sender_key: &str,
        at: OffsetDateTime,
        limited: bool,
        reply: Option<&str>,
    ) -> Result<bool, StoreError> {
        let reply = reply.map(|r| self.vault.seal(r.as_bytes()));
        let (channel, gateway_id, sender_key) = (
            channel.to_owned(),
            gateway_id.to_owned(),
            sender_key.to_owned(),
        );
        write!(
            self,
            record_message(channel, gateway_id, sender_key, at, limited, reply)
        )
    }

    /// How many messages the number sent since `since`, and how many of those were refused
    /// as too many.
    pub async fn messages_since(
        &self,
        key: &str,
        since: OffsetDateTime,
    ) -> Result<(i64, i64), StoreError> {
        read!(self, messages_since(key, since))
    }

    /// The complaints filed from the number with this key, newest first.
    pub async fn complaints_of_sender(
        &self,
        key: &str,
        limit: i64,
    ) -> Result<Vec<ComplaintRow>, StoreError> {
        read!(self, complaints_of_sender(key, limit))
    }

    /// Queues messages that no change causes (the parts of an answer a citizen asked for).
    pub async fn queue_notifications(
        &self,
        complaint_id: Option<i64>,
        list: &[NewNotification],
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        let sealed = self.seal_recipients(list);
        write!(self, queue_notifications(complaint_id, sealed, at))
    }

    /// A USSD session seen since `fresh_after`: its number's key and its state.
    pub async fn ussd_session(
        &self,
        id: &str,
        fresh_after: OffsetDateTime,
    ) -> Result<Option<(String, String)>, StoreError> {
        read!(self, ussd_session(id, fresh_after))
    }

    /// Saves a USSD session's state; a session id is bound to the number that started it.
    pub async fn save_ussd_session(
        &self,
        id: &str,
        sender_key: &str,
        state: &str,
        at: OffsetDateTime,
        stale_before: OffsetDateTime,
    ) -> Result<(), StoreError> {
        let (id, key, state) = (id.to_owned(), sender_key.to_owned(), state.to_owned());
        write!(self, save_ussd_session(id, key, state, at, stale_before))
    }
}
