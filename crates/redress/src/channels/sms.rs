//! SMS through Kannel's `sendsms` HTTP interface. Text that fits the GSM 7-bit alphabet goes
//! as such (160 characters a segment); other text as UCS-2 (`domain::sms::Coding`).

use super::SendError;
use std::path::Path;
use std::time::Duration;

#[derive(Clone)]
pub struct SmsGateway {
    client: reqwest::Client,
    url: reqwest::Url,
    from: Option<String>,
}

use domain::Language;
pub use domain::sms::is_gsm7;

/// A text as it goes to a phone: in French and English, accents GSM-7 lacks are dropped
/// when that is all that keeps the text from GSM-7 (`domain::sms::plain_latin`: 160
/// characters a message instead of 70); other languages keep every letter.
pub fn for_phone(language: Language, text: String) -> String {
    match language {
        Language::French | Language::English => domain::sms::plain_latin(&text).unwrap_or(text),
        _ => text,
    }
}

impl SmsGateway {
    /// From `REDRESS_SENDSMS_URL` (Kannel's `/cgi-bin/sendsms` with `username` and
    /// `password` in the query; `https://` verified against the system's authorities and
    /// those of `REDRESS_GATEWAY_CA_FILE`) and `REDRESS_SMS_FROM`.
    pub fn new(
        url: &str,
        from: Option<&str>,
        ca_file: Option<&Path>,
    ) -> Result<SmsGateway, String> {
        SmsGateway::with_timeout(url, from, ca_file, Duration::from_secs(15))
    }

    pub fn with_timeout(
        url: &str,
        from: Option<&str>,
        ca_file: Option<&Path>,
        timeout: Duration,
    ) -> Result<SmsGateway, String> {
        let url = reqwest::Url::parse(url).map_err(|e| format!("REDRESS_SENDSMS_URL: {e}"))?;
        crate::tls::install_provider();
        let mut builder = reqwest::Client::builder().timeout(timeout);
        if let Some(path) = ca_file {
            builder = builder.tls_certs_merge(crate::tls::ca_certificates(path)?);
        }
        let client = builder.build().map_err(|e| e.to_string())?;
        Ok(SmsGateway {
            client,
            url,
            from: from.map(str::to_owned),
        })
    }

    pub async fn send(&self, to: &str, text: &str) -> Result<(), SendError> {
        let mut url = self.url.clone();
        {
            let mut q = url.query_pairs_mut();
            q.append_pair("to", to)
                .append_pair("text", text)
                .append_pair("charset", "UTF-8");
            let coding = domain::sms::Coding::of(text).kannel();
            q.append_pair("coding", &coding.to_string());
            if let Some(from) = &self.from {
                q.append_pair("from", from);
            }
        }
        let response = self.client.get(url).send().await.map_err(|e| {
            SendError::Temporary(format!("SMS gateway unreachable: {}", without_url(e)))
        })?;
        let status = response.status();
        let body = response.text().await.unwrap_or_default();
        let body: String = body.chars().take(200).collect();
        match status.as_u16() {
            200..=202
                if body.contains("Accepted") || body.contains("Sent") || body.starts_with("0:") =>
            {
                Ok(())
            }
            200..=202 => Err(SendError::Temporary(format!(
                "unexpected answer from the SMS gateway: {body}"
            ))),
            400..=499 => Err(SendError::Permanent(format!(
                "SMS refused ({status}): {body}"
            ))),
            _ => Err(SendError::Temporary(format!(
                "SMS gateway error ({status}): {body}"
            ))),
        }
    }
}

/// reqwest errors print the URL, which holds the gateway password.
fn without_url(e: reqwest::Error) -> String {
    e.without_url().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gsm7_detection() {
        assert!(is_gsm7(
            "Plainte enregistrée. Code : AB12-CD34-EF5. Réponse le 09/12/2026."
        ));
        assert!(!is_gsm7("Réponse bientôt"), "ô is not in the basic set");
        assert!(!is_gsm7("Ɗemngal"));
    }
}
