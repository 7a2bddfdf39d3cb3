//! The outbox dispatcher: claims due notifications with a lease, renders them in the
//! recipient's language, sends them, and records the outcome; retries with growing delays
//! and parks a message as failed after `MAX_ATTEMPTS`. Without a configured gateway, the
//! messages of that channel stay queued (admins see them in the counts).

use crate::channels::SendError;
use crate::channels::email::Mailer;
use crate::channels::sms::SmsGateway;
use crate::i18n::Lang;
use crate::services::Services;
use std::time::Duration;
use store::{Outgoing, StoreError};
use time::OffsetDateTime;

pub const MAX_ATTEMPTS: i32 = 6;
/// Long enough for any send to finish or time out: a lease never expires mid-send.
pub const LEASE: time::Duration = time::Duration::minutes(5);
const BATCH: i64 = 20;

/// Where messages go, and how long a claim holds.
#[derive(Clone)]
pub struct Gateways {
    pub mail: Option<Mailer>,
    pub sms: Option<SmsGateway>,
    /// Longer than any send can take, so that a lease never expires mid-send.
    pub lease: time::Duration,
}

impl Default for Gateways {
    fn default() -> Gateways {
        Gateways {
            mail: None,
            sms: None,
            lease: LEASE,
        }
    }
}

/// A name for this process among the nodes sharing the database.
pub fn node_name() -> String {
    let mut b = [0u8; 4];
    getrandom::fill(&mut b).expect("random source");
    format!("node-{}-{}", std::process::id(), hex::encode(b))
}

/// When to try again after the `attempts`-th failure, or `None` to give up.
pub fn retry_at(now: OffsetDateTime, attempts: i32) -> Option<OffsetDateTime> {
    (attempts < MAX_ATTEMPTS).then(|| {
        let seconds = (30i64 << attempts.clamp(0, 10)).min(3600);
        now + time::Duration::seconds(seconds)
    })
}

/// The words of a notification: (subject, text).
pub fn render(n: &Outgoing, base_url: &str) -> (String, String) {
    let lang = Lang::parse(&n.language).unwrap_or_default();
    let param = |k: &str| {
        n.params
            .get(k)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_owned()
    };
    let args: Vec<(&'static str, String)> = [
        "code",
        "answer",
        "acknowledge",
        "reason",
        "message",
        "category",
        "level",
        "text",
    ]
    .into_iter()
    .map(|k| (k, param(k)))
    .collect();
    let text = lang.t_with(&format!("notify-{}-sms", n.template), &args);
    let subject = lang.t_with(&format!("notify-{}-subject", n.template), &args);
    if n.channel == "sms" {
        return (subject, crate::channels::sms::for_phone(lang.0, text));
    }
    let mut body = text;
    let message = param("message");
    if !message.is_empty() {
        body.push_str("\n\n");
        body.push_str(&message);
    }
    let link = format!("{}/track/{}", base_url.trim_end_matches('/'), param("code"));
    body.push_str("\n\n");
    body.push_str(&lang.t_with("notify-footer", &[("link", link)]));
    (subject, body)
}

async fn send(gateways: &Gateways, n: &Outgoing, base_url: &str) -> Result<(), SendError> {
    let (subject, text) = render(n, base_url);
    match (n.channel.as_str(), &gateways.sms, &gateways.mail) {
        ("sms", Some(sms), _) => sms.send(&n.recipient, &text).await,
        ("email", _, Some(mail)) => mail.send(&n.recipient, &subject, &text).await,
        (channel, _, _) => Err(SendError::Temporary(format!("no gateway for {channel}"))),
    }
}

/// Receipts one phone number or e-mail address is sent within `RECEIPT_WINDOW`: anyone may
/// file with anyone's contact, so a flood of filings cannot flood one person (the complaints
/// are still registered; their receipts are shown on screen and told by staff).
pub const RECEIPTS_PER_RECIPIENT: i32 = 5;
pub const RECEIPT_WINDOW: time::Duration = time::Duration::hours(24);

/// Whether a receipt may still go to its recipient today (other messages follow a staff
/// action, not a filing, and always go). A receipt is counted at its first attempt only:
/// retries after a gateway fault take nothing more.
async fn within_quota(app: &Services, n: &Outgoing) -> Result<bool, StoreError> {
    if n.template != "receipt" || n.attempts > 0 {
        return Ok(true);
    }
    let key = app
        .store
        .vault()
        .mac("recipient", n.recipient.trim().to_lowercase().as_bytes());
    app.store
        .take_recipient_quota(key, RECEIPTS_PER_RECIPIENT, RECEIPT_WINDOW, app.now())
        .await
}

/// Whether an SMS goes to a number that sent STOP (what it asked for itself, the parts of
/// an answer it asked to read, still goes).
async fn stopped(app: &Services, n: &Outgoing) -> Result<bool, StoreError> {
    if n.channel != "sms" || n.template == "part" {
        return Ok(false);
    }
    let key = app.store.vault().phone_key(&n.recipient);
    Ok(app
        .store
        .phone_sender(&key)
        .await?
        .is_some_and(|s| s.stopped))
}

/// One round: claim, send, settle. Returns how many messages were handled.
pub async fn dispatch_once(
    app: &Services,
    gateways: &Gateways,
    node: &str,
) -> Result<usize, StoreError> {
    let channels = (gateways.sms.is_some(), gateways.mail.is_some());
    if channels == (false, false) {
        return Ok(0);
    }
    let claimed = app
        .store
        .claim_notifications(node, channels, app.now(), gateways.lease, BATCH)
        .await?;
    for n in &claimed {
        let outcome = if stopped(app, n).await? {
            Err(SendError::Permanent(
                "the number asked for no more messages (STOP)".to_owned(),
            ))
        } else if !within_quota(app, n).await? {
            Err(SendError::Permanent(format!(
                "not sent: {RECEIPTS_PER_RECIPIENT} receipts already went to this recipient \
                 within {} hours (anyone may file with anyone's contact)",
                RECEIPT_WINDOW.whole_hours()
            )))
        } else {
            send(gateways, n, &app.base_url).await
        };
        let now = app.now();
        let (result, retry) = match outcome {
            Ok(()) => (Ok(()), None),
            Err(SendError::Temporary(e)) => (Err(e), retry_at(now, n.attempts + 1)),
            Err(SendError::Permanent(e)) => (Err(e), None),
        };
        match &result {
            Ok(()) => {
                tracing::info!(notification = n.id, channel = %n.channel, template = %n.template, "notification sent")
            }
            Err(e) if retry.is_some() => {
                tracing::warn!(notification = n.id, error = %e, "notification failed; will retry")
            }
            Err(e) => {
                tracing::warn!(notification = n.id, error = %e, "notification failed for good")
            }
        }
        if !app
            .store
            .settle_notification(n.id, node, result, now, retry)
            .await?
        {
            tracing::warn!(notification = n.id, "the lease had passed to another node");
        }
    }
    Ok(claimed.len())
}

/// Runs until the process stops.
pub async fn run(app: Services, gateways: Gateways, node: String) {
    loop {
        match dispatch_once(&app, &gateways, &node).await {
            Ok(n) if n > 0 => continue,
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "outbox dispatch failed"),
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn outgoing(template: &str, language: &str, channel: &str) -> Outgoing {
        Outgoing {
            id: 1,
            complaint_id: Some(1),
            channel: channel.into(),
            recipient: "+22670112233".into(),
            language: language.into(),
            template: template.into(),
            params: serde_json::json!({
                "code": "7KQ2-M9XD-4RB", "answer": "09/12/2026", "acknowledge": "02/12/2026",
                "reason": "Pas de preuve", "message": "Le montant vous sera rendu.", "category": "SAN-FEES",
                "level": "2",
            }),
            attempts: 0,
        }
    }

    #[test]
    fn sms_fit_one_segment_in_french_and_english() {
        for template in [
            "receipt",
            "accepted",
            "rejected",
            "transferred",
            "answered",
            "appeal-closed",
            "appeal-reopened",
            "assigned",
            "escalated",
            "extended",
        ] {
            for lang in ["fr", "en", "mos"] {
                let (subject, text) = render(&outgoing(template, lang, "sms"), "https://x.bf");
                assert!(
                    !subject.is_empty()
                        && !subject.contains('…')
                        && !text.contains('…')
                        && !text.contains("{"),
                    "{template} {lang}: {text}"
                );
                assert!(
                    text.chars().count() <= 160,
                    "{template} {lang}: {} characters",
                    text.chars().count()
                );
                assert!(
                    crate::channels::sms::is_gsm7(&text),
                    "{template} {lang}: {text}"
                );
            }
        }
    }

    #[test]
    fn emails_carry_the_answer_and_a_link() {
        let (subject, body) = render(
            &outgoing("answered", "fr", "email"),
            "https://plaintes.gov.bf/",
        );
        assert_eq!(subject, "Réponse à votre plainte 7KQ2-M9XD-4RB");
        assert!(body.contains("Le montant vous sera rendu."));
        assert!(body.contains("https://plaintes.gov.bf/track/7KQ2-M9XD-4RB"));
    }

    #[test]
    fn retries_back_off_then_stop() {
        let now = datetime!(2026-11-03 10:00 UTC);
        assert_eq!(retry_at(now, 1), Some(now + time::Duration::seconds(60)));
        assert_eq!(retry_at(now, 5), Some(now + time::Duration::seconds(960)));
        assert_eq!(retry_at(now, MAX_ATTEMPTS), None);
    }
}
