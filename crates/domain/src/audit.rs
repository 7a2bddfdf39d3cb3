//! The audit chain: each event's hash covers the previous event's hash and the event's own
//! canonical content, so editing, removing or reordering any row breaks every hash after it.

use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// The hash the first event of the chain follows.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// What an event says, as hashed. Times are whole microseconds since the Unix epoch, the
/// precision both databases keep.
#[derive(Debug, Clone, PartialEq)]
pub struct EventContent<'a> {
    pub seq: i64,
    pub tracking_code: &'a str,
    pub actor: &'a str,
    pub action: &'a str,
    pub data: &'a Value,
    pub at_micros: i64,
}

impl EventContent<'_> {
    /// Canonical JSON: keys sorted at every level, no spaces (serde_json's map is ordered).
    pub fn canonical(&self) -> String {
        json!({
            "seq": self.seq,
            "complaint": self.tracking_code,
            "actor": self.actor,
            "action": self.action,
            "data": self.data,
            "at": self.at_micros,
        })
        .to_string()
    }

    /// SHA-256 of the previous hash and this canonical content, as lowercase hex.
    pub fn hash(&self, previous: &str) -> String {
        let mut h = Sha256::new();
        h.update(previous.as_bytes());
        h.update(b"\n");
        h.update(self.canonical().as_bytes());
        hex::encode(h.finalize())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(data: &Value) -> EventContent<'_> {
        EventContent {
            seq: 1,
            tracking_code: "00000000000",
            actor: "system",
            action: "received",
            data,
            at_micros: 1_700_000_000_000_000,
        }
    }

    #[test]
    fn canonical_form_sorts_keys() {
        let data = json!({"b": 1, "a": {"d": 2, "c": 3}});
        assert_eq!(
            event(&data).canonical(),
            r#"{"action":"received","actor":"system","at":1700000000000000,"complaint":"00000000000","data":{"a":{"c":3,"d":2},"b":1},"seq":1}"#
        );
    }

    #[test]
    fn hash_depends_on_previous_and_content() {
        let data = json!({"x": "y"});
        let h1 = event(&data).hash(GENESIS);
        assert_eq!(h1.len(), 64);
        assert_ne!(h1, event(&data).hash(&h1));
        let other = json!({"x": "z"});
        assert_ne!(h1, event(&other).hash(GENESIS));
        assert_eq!(h1, event(&data).hash(GENESIS));
    }
}
