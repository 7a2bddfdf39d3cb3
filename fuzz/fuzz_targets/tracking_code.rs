//! Tracking codes, follow-up secrets and descriptions as people type them: parsing never
//! panics, and what parses is canonical (its shown and stored forms parse back to it).
#![no_main]

use domain::{Description, Secret, TrackingCode};
use libfuzzer_sys::fuzz_target;

const ALPHABET: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

fuzz_target!(|data: &[u8]| {
    // A generated code is always valid.
    if let Some(random) = data.get(..8) {
        let code = TrackingCode::from_random(random.try_into().expect("8 bytes"));
        assert_eq!(TrackingCode::parse(&code.to_string()), Ok(code.clone()));
        let secret = Secret::from_random(random.try_into().expect("8 bytes"));
        assert_eq!(Secret::parse(secret.expose()), Some(secret));
    }
    let text = String::from_utf8_lossy(data);
    if let Ok(code) = TrackingCode::parse(&text) {
        assert_eq!(code.as_str().len(), 11);
        assert!(code.as_str().chars().all(|c| ALPHABET.contains(c)));
        let shown = code.to_string();
        assert_eq!(shown.len(), 13);
        assert_eq!(TrackingCode::parse(code.as_str()), Ok(code.clone()));
        assert_eq!(TrackingCode::parse(&shown), Ok(code.clone()));
        assert_eq!(TrackingCode::parse(&shown.to_lowercase()), Ok(code));
    }
    if let Some(secret) = Secret::parse(&text) {
        assert_eq!(secret.expose().len(), Secret::DIGITS);
        assert!(secret.expose().bytes().all(|b| b.is_ascii_digit()));
        assert_eq!(Secret::parse(secret.expose()), Some(secret.clone()));
        assert!(!format!("{secret:?}").contains(secret.expose()));
    }
    if let Ok(d) = Description::parse(&text) {
        assert!(
            !d.as_str()
                .chars()
                .any(|c| c.is_control() && !matches!(c, '\n' | '\t'))
        );
        assert_eq!(Description::parse(d.as_str()).as_ref(), Ok(&d));
    }
});
