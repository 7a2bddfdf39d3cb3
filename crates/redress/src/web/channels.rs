//! `/channels/*`: what SMS and USSD gateways call. Only the gateways may: the caller's
//! address must be in `REDRESS_GATEWAY_ALLOW` (default: the loopback addresses) and, when
//! `REDRESS_GATEWAY_SECRET` is set, the query must carry `secret=` with it.
//!
//! `/channels/ussd` takes the aggregators' session callback (a form: `sessionId`,
//! `serviceCode`, `phoneNumber`, `text`) and answers `CON …` or `END …` in plain text.
//!
//! `/channels/sms/kannel` speaks Kannel's `sms-service` `get-url` (or `post-url`): the
//! sender, receiver, text, message id and the coding/charset as Kannel passes them
//! (`from=%p&to=%P&text=%a&id=%I&coding=%c&charset=%C`); the response body is the reply
//! Kannel sends to the phone, with `X-Kannel-Coding` saying 7-bit or UCS-2, and an empty
//! body (with the service's `omit-empty = yes`) when there is nothing to send.

use crate::channels::sms_inbound::{self, Inbound};
use crate::channels::ussd::{self, UssdRequest};
use crate::i18n::Lang;
use crate::web::{AppState, client_ip};
use axum::Router;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderValue, StatusCode, header, request::Parts};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use percent_encoding::percent_decode;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::net::IpAddr;

/// Who may call the gateway routes.
#[derive(Debug, Clone)]
pub struct GatewayAccess {
    pub allow: Vec<IpAddr>,
    pub secret: Option<String>,
}

impl Default for GatewayAccess {
    fn default() -> GatewayAccess {
        GatewayAccess {
            allow: vec![
                IpAddr::from([127, 0, 0, 1]),
                IpAddr::from(std::net::Ipv6Addr::LOCALHOST),
            ],
            secret: None,
        }
    }
}

impl GatewayAccess {
    /// From `REDRESS_GATEWAY_ALLOW` (addresses separated by commas) and
    /// `REDRESS_GATEWAY_SECRET`.
    pub fn from_settings(
        allow: Option<&str>,
        secret: Option<&str>,
    ) -> Result<GatewayAccess, String> {
        let mut access = GatewayAccess::default();
        if let Some(list) = allow.filter(|l| !l.trim().is_empty()) {
            access.allow = list
                .split(',')
                .map(|a| {
                    a.trim()
                        .parse()
                        .map_err(|_| format!("REDRESS_GATEWAY_ALLOW: {a:?} is not an address"))
                })
                .collect::<Result<_, _>>()?;
        }
        access.secret = secret.filter(|s| !s.is_empty()).map(str::to_owned);
        Ok(access)
    }

    fn admits(&self, ip: IpAddr, secret: Option<&[u8]>) -> bool {
        let ip = ip.to_canonical();
        let address_ok = self.allow.iter().any(|a| a.to_canonical() == ip);
        let secret_ok = match &self.secret {
            None => true,
            // Digests compared: how long the comparison takes tells nothing of the secret.
            Some(expected) => secret
                .is_some_and(|given| Sha256::digest(given) == Sha256::digest(expected.as_bytes())),
        };
        address_ok && secret_ok
    }
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/channels/sms/kannel", get(kannel).post(kannel))
        .route("/channels/ussd", post(ussd))
}

/// The USSD aggregator's form.
#[derive(Debug, Deserialize)]
struct UssdForm {
    #[serde(rename = "sessionId")]
    session_id: String,
    #[serde(rename = "serviceCode", default)]
    service_code: String,
    #[serde(rename = "phoneNumber")]
    phone_number: String,
    #[serde(default)]
    text: String,
}

/// Longest form field accepted from an aggregator (a USSD answer is at most 182 characters;
/// `text` holds all of a session's answers).
const MAX_USSD_FIELD: usize = 4_000;

async fn ussd(
    State(app): State<AppState>,
    parts: Parts,
    RawQuery(query): RawQuery,
    body: axum::body::Bytes,
) -> Response {
    let params = params(query.as_deref().unwrap_or_default());
    let secret = params
        .iter()
        .find(|(k, _)| k == "secret")
        .map(|(_, v)| v.as_slice());
    if !app.gateway.admits(client_ip(&parts), secret) {
        tracing::warn!(ip = %client_ip(&parts), "refused a call to the USSD gateway route");
        return (StatusCode::FORBIDDEN, "forbidden\n").into_response();
    }
    let form: UssdForm = match serde_urlencoded::from_bytes(&body) {
        Ok(f) => f,
        Err(_) => {
            return (
                StatusCode::BAD_REQUEST,
                "END sessionId and phoneNumber are required\n",
            )
                .into_response();
        }
    };
    let too_long = [
        &form.session_id,
        &form.service_code,
        &form.phone_number,
        &form.text,
    ]
    .iter()
    .any(|f| f.len() > MAX_USSD_FIELD);
    if too_long || form.session_id.is_empty() {
        return (StatusCode::BAD_REQUEST, "END request too long\n").into_response();
    }
    let request = UssdRequest {
        session_id: &form.session_id,
        service_code: &form.service_code,
        phone: &form.phone_number,
        text: &form.text,
    };
    let reply = match ussd::respond(&app, request).await {
        Ok(reply) => reply,
        Err(e) => {
            tracing::error!(error = %e, "USSD step not handled");
            format!("END {}", Lang::default().t("sms-unavailable"))
        }
    };
    (
        StatusCode::OK,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; charset=utf-8"),
        )],
        reply,
    )
        .into_response()
}

/// The query's parameters, values as bytes (the text may be UCS-2 when Kannel does not
/// recode it). Public for the fuzz target `kannel_query`.
pub fn params(query: &str) -> Vec<(String, Vec<u8>)> {
    query
        .split('&')
        .filter_map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let k = percent_decode(k.replace('+', " ").as_bytes())
                .decode_utf8_lossy()
                .into_owned();
            let v = percent_decode(v.replace('+', " ").as_bytes()).collect();
            (!k.is_empty()).then_some((k, v))
        })
        .collect()
}

/// The message text in the charset Kannel says (UTF-8 when it recodes, UTF-16BE for UCS-2,
/// Latin-1 for some 8-bit links); bytes that are not text are dropped. Public for the fuzz
/// target `kannel_query`.
pub fn decode_text(bytes: &[u8], coding: Option<&str>, charset: Option<&str>) -> String {
    let charset = charset.unwrap_or_default().to_ascii_uppercase();
    let ucs2 = charset.starts_with("UTF-16")
        || charset == "UCS-2"
        || (coding == Some("2") && charset.is_empty());
    let text = if ucs2 {
        let units: Vec<u16> = bytes
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
            .collect();
        String::from_utf16_lossy(&units)
    } else if charset == "ISO-8859-1" || charset == "WINDOWS-1252" {
        bytes.iter().map(|&b| b as char).collect()
    } else {
        String::from_utf8_lossy(bytes).into_owned()
    };
    text.chars()
        .filter(|&c| c != char::REPLACEMENT_CHARACTER && (!c.is_control() || c == '\n'))
        .collect()
}

async fn kannel(State(app): State<AppState>, parts: Parts, RawQuery(query): RawQuery) -> Response {
    let params = params(query.as_deref().unwrap_or_default());
    let get = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_slice())
    };
    if !app.gateway.admits(client_ip(&parts), get("secret")) {
        tracing::warn!(ip = %client_ip(&parts), "refused a call to the SMS gateway route");
        return (StatusCode::FORBIDDEN, "forbidden\n").into_response();
    }
    let text_of = |name: &str| get(name).map(|v| String::from_utf8_lossy(v).into_owned());
    let Some(from) = text_of("from").filter(|f| !f.trim().is_empty()) else {
        return (StatusCode::BAD_REQUEST, "from is required\n").into_response();
    };
    let coding = text_of("coding");
    let charset = text_of("charset");
    let text = decode_text(
        get("text").unwrap_or_default(),
        coding.as_deref(),
        charset.as_deref(),
    );
    let id = text_of("id").filter(|i| !i.is_empty() && i.len() <= 100);
    let inbound = Inbound {
        from: &from,
        text: &text,
        gateway_id: id.as_deref(),
    };
    let reply = match sms_inbound::receive(&app, inbound).await {
        Ok(reply) => reply,
        Err(e) => {
            tracing::error!(error = %e, "inbound SMS not handled");
            Lang::default().t("sms-unavailable")
        }
    };
    let coding = domain::sms::Coding::of(&reply).kannel();
    (
        StatusCode::OK,
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/plain; charset=utf-8"),
            ),
            (
                header::HeaderName::from_static("x-kannel-coding"),
                HeaderValue::from(u16::from(coding)),
            ),
        ],
        reply,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_in_every_charset_kannel_sends() {
        assert_eq!(
            decode_text("Réponse".as_bytes(), Some("0"), Some("UTF-8")),
            "Réponse"
        );
        let ucs2: Vec<u8> = "Laafɩ ẽ"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(decode_text(&ucs2, Some("2"), Some("UTF-16BE")), "Laafɩ ẽ");
        assert_eq!(decode_text(&ucs2, Some("2"), None), "Laafɩ ẽ");
        assert_eq!(
            decode_text(b"caf\xe9", Some("0"), Some("ISO-8859-1")),
            "café"
        );
        assert_eq!(
            decode_text(b"\xff\xfe\x00ok", None, None),
            "ok",
            "not text: dropped"
        );
    }

    #[test]
    fn only_allowed_addresses_with_the_secret() {
        let open = GatewayAccess::from_settings(None, None).unwrap();
        assert!(open.admits("127.0.0.1".parse().unwrap(), None));
        assert!(open.admits("::ffff:127.0.0.1".parse().unwrap(), None));
        assert!(!open.admits("10.0.0.7".parse().unwrap(), None));
        let closed =
            GatewayAccess::from_settings(Some("10.0.0.7, 10.0.0.8"), Some("s3cret")).unwrap();
        assert!(closed.admits("10.0.0.8".parse().unwrap(), Some(b"s3cret")));
        assert!(!closed.admits("10.0.0.8".parse().unwrap(), Some(b"wrong")));
        assert!(!closed.admits("10.0.0.8".parse().unwrap(), None));
        assert!(!closed.admits("127.0.0.1".parse().unwrap(), Some(b"s3cret")));
        assert!(GatewayAccess::from_settings(Some("gateway.example"), None).is_err());
    }
}
