//! E-mail through any SMTP server (lettre): STARTTLS required unless the URL says
//! `?tls=none` (a local relay) or uses `smtps://`.

use super::SendError;
use lettre::message::{Mailbox, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::time::Duration;

#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl Mailer {
    /// From `REDRESS_SMTP_URL` (`smtp://user:pass@host:587`, `?tls=none`, `smtps://…`) and
    /// `REDRESS_MAIL_FROM`.
    pub fn new(url: &str, from: &str) -> Result<Mailer, String> {
        let mut parsed = reqwest::Url::parse(url).map_err(|e| format!("REDRESS_SMTP_URL: {e}"))?;
        let tls = parsed
            .query_pairs()
            .find(|(k, _)| k == "tls")
            .map(|(_, v)| v.into_owned());
        let others: Vec<(String, String)> = parsed
            .query_pairs()
            .filter(|(k, _)| k != "tls")
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        parsed.set_query(None);
        let plain_smtp = parsed.scheme() == "smtp";
        {
            let mut q = parsed.query_pairs_mut();
            for (k, v) in &others {
                q.append_pair(k, v);
            }
            match tls.as_deref() {
                Some("none") => {}
                Some(mode) => {
                    q.append_pair("tls", mode);
                }
                None if plain_smtp => {
                    q.append_pair("tls", "required");
                }
                None => {}
            }
        }
        let url = parsed.as_str().trim_end_matches('?').to_owned();
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(&url)
            .map_err(|e| format!("REDRESS_SMTP_URL: {e}"))?
            .timeout(Some(Duration::from_secs(20)))
            .build();
        let from = from
            .parse()
            .map_err(|e| format!("REDRESS_MAIL_FROM: {e}"))?;
        Ok(Mailer { transport, from })
    }

    pub async fn send(&self, to: &str, subject: &str, body: &str) -> Result<(), SendError> {
        let to: Mailbox = to
            .parse()
            .map_err(|_| SendError::Permanent("not a valid recipient address".to_owned()))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body.to_owned())
            .map_err(|e| SendError::Permanent(format!("cannot build the message: {e}")))?;
        match self.transport.send(message).await {
            Ok(_) => Ok(()),
            // Only the status code is kept: the server's words may quote the recipient.
            Err(e) if e.is_permanent() => Err(SendError::Permanent(format!(
                "refused by the SMTP server ({})",
                e.status()
                    .map_or_else(|| "no code".to_owned(), |c| c.to_string())
            ))),
            Err(e) => Err(SendError::Temporary(match e.status() {
                Some(code) => format!("SMTP server answered {code}"),
                None if e.is_timeout() => "SMTP timeout".to_owned(),
                None => "SMTP connection failed".to_owned(),
            })),
        }
    }
}
