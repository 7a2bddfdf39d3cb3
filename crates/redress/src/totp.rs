//! Time-based one-time codes (RFC 6238: HMAC-SHA-1, 6 digits, 30-second steps, as every
//! authenticator app reads them) for the optional second factor of admins and supervisors.
//! The arithmetic is totp-rs's; a code is accepted one step early or late, and once.

use domain::Role;
use totp_rs::{Algorithm, Secret, TOTP};

pub const STEP_SECONDS: u64 = 30;

/// Who may turn the second factor on: the roles that can change the most.
pub fn offered_to(role: Role) -> bool {
    matches!(role, Role::Admin | Role::Supervisor)
}

/// A new secret of 160 bits (RFC 4226's recommendation).
pub fn new_secret() -> Vec<u8> {
    let mut secret = vec![0u8; 20];
    getrandom::fill(&mut secret).expect("the system has a random source");
    secret
}

fn totp(secret: &[u8]) -> Option<TOTP> {
    TOTP::new(Algorithm::SHA1, 6, 0, STEP_SECONDS, secret.to_vec()).ok()
}

/// The secret as an authenticator app asks for it (base32, no padding).
pub fn base32(secret: &[u8]) -> String {
    totp(secret)
        .map(|t| t.get_secret_base32())
        .unwrap_or_default()
}

/// Reads back a base32 secret (spaces and case ignored).
pub fn from_base32(text: &str) -> Option<Vec<u8>> {
    let clean: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase();
    let bytes = Secret::Encoded(clean).to_bytes().ok()?;
    totp(&bytes).map(|_| bytes)
}

/// The `otpauth://` link phones open in their authenticator app.
pub fn otpauth_url(email: &str, secret: &[u8]) -> String {
    let label: String = email
        .bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'@' | b'.' | b'-' | b'_' => {
                char::from(b).to_string()
            }
            b => format!("%{b:02X}"),
        })
        .collect();
    format!(
        "otpauth://totp/Redress:{label}?secret={}&issuer=Redress&algorithm=SHA1&digits=6&period={STEP_SECONDS}",
        base32(secret)
    )
}

/// The code of the step that contains `unix_seconds`.
pub fn code_at(secret: &[u8], unix_seconds: u64) -> String {
    totp(secret)
        .map(|t| t.generate(unix_seconds))
        .unwrap_or_default()
}

/// The time step whose code `code` is, among the previous, current and next steps.
pub fn matching_step(secret: &[u8], code: &str, unix_seconds: u64) -> Option<u64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let t = totp(secret)?;
    let now = unix_seconds / STEP_SECONDS;
    (now.saturating_sub(1)..=now + 1).find(|step| t.check(&code, step * STEP_SECONDS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_6238_test_vector() {
        // RFC 6238, appendix B: the SHA-1 key "12345678901234567890" at 59 s gives 94287082
        // in 8 digits; the 6-digit code is its last six digits.
        let key = b"12345678901234567890";
        assert_eq!(code_at(key, 59), "287082");
        assert_eq!(code_at(key, 1_111_111_109), "081804");
    }

    #[test]
    fn a_code_is_good_one_step_either_side_and_no_further() {
        let secret = new_secret();
        let t = 1_800_000_000;
        let code = code_at(&secret, t);
        assert_eq!(matching_step(&secret, &code, t), Some(t / 30));
        assert_eq!(matching_step(&secret, &code, t + 30), Some(t / 30));
        assert_eq!(matching_step(&secret, &code, t - 30), Some(t / 30));
        assert_eq!(matching_step(&secret, &code, t + 90), None);
        assert_eq!(matching_step(&secret, "12345", t), None);
        assert_eq!(matching_step(&secret, "abcdef", t), None);
        let spaced = format!("{} {}", &code[..3], &code[3..]);
        assert_eq!(matching_step(&secret, &spaced, t), Some(t / 30));
    }

    #[test]
    fn secrets_survive_base32_and_links_carry_them() {
        let secret = new_secret();
        let text = base32(&secret);
        assert_eq!(text.len(), 32);
        assert_eq!(from_base32(&text.to_lowercase()), Some(secret.clone()));
        assert_eq!(from_base32("not base32!"), None);
        let url = otpauth_url("chef+sante@redress.bf", &secret);
        assert!(url.starts_with("otpauth://totp/Redress:chef%2Bsante@redress.bf?secret="));
        assert!(url.contains(&text));
        assert!(otpauth_url("aïcha@sante.bf", &secret).contains("Redress:a%C3%AFcha@sante.bf"));
    }
}
