//! Tracking codes and follow-up secrets.
//!
//! A tracking code is 10 random symbols of Crockford's base32 (no I, L, O or U, so nothing
//! looks like something else when read out or handwritten) and one check symbol computed with
//! the Luhn mod 32 algorithm, which catches every single mistyped symbol and most swaps of two
//! neighbours. Shown as `XXXX-XXXX-XXX`. 50 random bits: with ten million complaints stored,
//! one guess in a hundred million finds one, and lookups are rate-limited.
//!
//! The secret is 8 digits, so it can be typed on any phone keypad; only a keyed hash of it is
//! stored.

use serde::{Serialize, Serializer};
use std::fmt;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const RANDOM_SYMBOLS: usize = 10;
const LEN: usize = RANDOM_SYMBOLS + 1;

/// A valid tracking code (check symbol verified), in canonical form without dashes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TrackingCode(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TrackingCodeError {
    #[error("a tracking code has 11 characters")]
    Length,
    #[error("a tracking code has only digits and letters other than I, L, O and U")]
    Symbol,
    #[error("this tracking code has a typing mistake: check each character")]
    Check,
}

fn value(symbol: u8) -> Option<u32> {
    ALPHABET.iter().position(|&c| c == symbol).map(|p| p as u32)
}

/// Luhn mod 32 over symbol values, rightmost first; `with_check` says whether the last
/// symbol is already the check symbol.
fn luhn_sum(values: &[u32], with_check: bool) -> u32 {
    let mut double = !with_check;
    let mut sum = 0;
    for &v in values.iter().rev() {
        let mut addend = if double { v * 2 } else { v };
        addend = addend / 32 + addend % 32;
        sum += addend;
        double = !double;
    }
    sum % 32
}

impl TrackingCode {
    /// A new code from random bytes (the caller draws them from a secure source).
    pub fn from_random(bytes: [u8; 8]) -> TrackingCode {
        let mut n = u64::from_le_bytes(bytes);
        let mut values = Vec::with_capacity(LEN);
        for _ in 0..RANDOM_SYMBOLS {
            values.push((n % 32) as u32);
            n /= 32;
        }
        let check = (32 - luhn_sum(&values, false)) % 32;
        values.push(check);
        TrackingCode(
            values
                .iter()
                .map(|&v| ALPHABET[v as usize] as char)
                .collect(),
        )
    }

    /// Reads a code as a person may type it: any case, with or without dashes and spaces,
    /// O for 0 and I or L for 1.
    pub fn parse(raw: &str) -> Result<TrackingCode, TrackingCodeError> {
        let mut values = Vec::with_capacity(LEN);
        for c in raw.chars() {
            if c == '-' || c == ' ' {
                continue;
            }
            let c = match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            };
            if !c.is_ascii() {
                return Err(TrackingCodeError::Symbol);
            }
            values.push(value(c as u8).ok_or(TrackingCodeError::Symbol)?);
            if values.len() > LEN {
                return Err(TrackingCodeError::Length);
            }
        }
        if values.len() != LEN {
            return Err(TrackingCodeError::Length);
        }
        if luhn_sum(&values, true) != 0 {
            return Err(TrackingCodeError::Check);
        }
        Ok(TrackingCode(
            values
                .iter()
                .map(|&v| ALPHABET[v as usize] as char)
                .collect(),
        ))
    }

    /// Canonical form, as stored: 11 symbols, no dashes.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Shown to people as `XXXX-XXXX-XXX`.
impl fmt::Display for TrackingCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}-{}", &self.0[..4], &self.0[4..8], &self.0[8..])
    }
}

impl Serialize for TrackingCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The complainant's follow-up secret: 8 digits. Shown once, stored only as a keyed hash.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub const DIGITS: usize = 8;

    pub fn from_random(bytes: [u8; 8]) -> Secret {
        // The bias of the modulo is below 1e-11: irrelevant here.
        Secret(format!("{:08}", u64::from_le_bytes(bytes) % 100_000_000))
    }

    /// Accepts the digits with spaces or dashes between them; `None` if it cannot be a secret.
    pub fn parse(raw: &str) -> Option<Secret> {
        let digits: String = raw.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
        (digits.len() == Self::DIGITS && digits.bytes().all(|b| b.is_ascii_digit()))
            .then_some(Secret(digits))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// Never printed by accident.
impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(********)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(i: u64) -> TrackingCode {
        TrackingCode::from_random(i.wrapping_mul(0x9E37_79B9_7F4A_7C15).to_le_bytes())
    }

    #[test]
    fn generated_codes_parse_back() {
        for i in 0..2_000 {
            let code = sample(i);
            assert_eq!(code.as_str().len(), 11);
            assert_eq!(TrackingCode::parse(code.as_str()), Ok(code.clone()));
            assert_eq!(TrackingCode::parse(&code.to_string()), Ok(code.clone()));
            let typed = code.to_string().to_lowercase().replace('-', " ");
            assert_eq!(TrackingCode::parse(&typed), Ok(code));
        }
    }

    #[test]
    fn every_single_mistyped_symbol_is_caught() {
        for i in 0..200 {
            let code = sample(i);
            for pos in 0..LEN {
                for &sym in ALPHABET {
                    let mut bytes = code.as_str().as_bytes().to_vec();
                    if bytes[pos] == sym {
                        continue;
                    }
                    bytes[pos] = sym;
                    let typo = String::from_utf8(bytes).unwrap();
                    assert_eq!(
                        TrackingCode::parse(&typo),
                        Err(TrackingCodeError::Check),
                        "{typo}"
                    );
                }
            }
        }
    }

    #[test]
    fn most_neighbour_swaps_are_caught() {
        let (mut swaps, mut caught) = (0, 0);
        for i in 0..500 {
            let code = sample(i);
            for pos in 0..LEN - 1 {
                let mut b = code.as_str().as_bytes().to_vec();
                if b[pos] == b[pos + 1] {
                    continue;
                }
                b.swap(pos, pos + 1);
                swaps += 1;
                if TrackingCode::parse(std::str::from_utf8(&b).unwrap()).is_err() {
                    caught += 1;
                }
            }
        }
        assert!(caught * 100 / swaps >= 95, "{caught} of {swaps}");
    }

    #[test]
    fn look_alikes_are_read_as_digits_and_bad_input_refused() {
        let code = TrackingCode::from_random([0; 8]);
        assert_eq!(code.as_str(), "00000000000");
        assert_eq!(TrackingCode::parse("oOOO-0000-00o"), Ok(code.clone()));
        let ones = TrackingCode::parse(&code.as_str().replace('0', "1"));
        assert!(ones.is_err());
        assert_eq!(TrackingCode::parse("ABCD"), Err(TrackingCodeError::Length));
        assert_eq!(
            TrackingCode::parse("ABCD-EFGH-JKU"),
            Err(TrackingCodeError::Symbol)
        );
        assert_eq!(
            TrackingCode::parse("ABCD-EFGH-JK!"),
            Err(TrackingCodeError::Symbol)
        );
        assert_eq!(
            TrackingCode::parse("ÀBCD-EFGH-JKM"),
            Err(TrackingCodeError::Symbol)
        );
        assert_eq!(
            TrackingCode::parse("0000-0000-0000-0"),
            Err(TrackingCodeError::Length)
        );
    }

    #[test]
    fn secrets_are_eight_digits_and_never_debug_printed() {
        let s = Secret::from_random([7; 8]);
        assert_eq!(s.expose().len(), 8);
        assert!(s.expose().bytes().all(|b| b.is_ascii_digit()));
        assert_eq!(Secret::parse(&format!(" {} ", s.expose())), Some(s.clone()));
        assert_eq!(Secret::parse("1234-5678"), Secret::parse("12345678"));
        assert!(Secret::parse("1234567").is_none());
        assert!(Secret::parse("1234567a").is_none());
        assert!(!format!("{s:?}").contains(s.expose()));
    }
}
