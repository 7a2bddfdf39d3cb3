//! Limits on how fast one address may file and look up complaints, and a lock on a
//! complaint after repeated wrong secrets, so tracking codes and secrets cannot be guessed
//! by brute force. Per node: with several nodes each keeps its own counts.

use governor::clock::DefaultClock;
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter};
use std::collections::HashMap;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::{Duration, Instant};

type Keyed<K> = RateLimiter<K, DefaultKeyedStateStore<K>, DefaultClock>;

/// Wrong secrets allowed per complaint within `SECRET_WINDOW` before it is locked.
pub const SECRET_FAILURES: u32 = 10;
pub const SECRET_WINDOW: Duration = Duration::from_secs(3600);

pub struct Limits {
    filing: Option<Keyed<IpAddr>>,
    lookups: Option<Keyed<IpAddr>>,
    failures: Mutex<HashMap<String, (u32, Instant)>>,
}

fn per_minute(n: u32) -> Option<Keyed<IpAddr>> {
    NonZeroU32::new(n).map(|n| RateLimiter::keyed(Quota::per_minute(n)))
}

impl Limits {
    /// `0` means no limit (behind a proxy that limits, or for benchmarks).
    pub fn new(filings_per_minute: u32, lookups_per_minute: u32) -> Limits {
        Limits {
            filing: per_minute(filings_per_minute),
            lookups: per_minute(lookups_per_minute),
            failures: Mutex::new(HashMap::new()),
        }
    }

    pub fn allow_filing(&self, ip: IpAddr) -> bool {
        self.filing
            .as_ref()
            .is_none_or(|l| l.check_key(&ip).is_ok())
    }

    pub fn allow_lookup(&self, ip: IpAddr) -> bool {
        self.lookups
            .as_ref()
            .is_none_or(|l| l.check_key(&ip).is_ok())
    }

    /// Whether a complaint is locked after too many wrong secrets.
    pub fn secret_locked(&self, tracking_code: &str) -> bool {
        let map = self.failures.lock().expect("failure map");
        map.get(tracking_code)
            .is_some_and(|(n, since)| *n >= SECRET_FAILURES && since.elapsed() < SECRET_WINDOW)
    }

    pub fn secret_failed(&self, tracking_code: &str) {
        let mut map = self.failures.lock().expect("failure map");
        if map.len() > 100_000 {
            map.retain(|_, (_, since)| since.elapsed() < SECRET_WINDOW);
        }
        let entry = map
            .entry(tracking_code.to_owned())
            .or_insert((0, Instant::now()));
        if entry.1.elapsed() >= SECRET_WINDOW {
            *entry = (0, Instant::now());
        }
        entry.0 += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_limited_separately() {
        let l = Limits::new(2, 0);
        let (a, b): (IpAddr, IpAddr) = ("10.0.0.1".parse().unwrap(), "10.0.0.2".parse().unwrap());
        assert!(l.allow_filing(a) && l.allow_filing(a));
        assert!(!l.allow_filing(a));
        assert!(l.allow_filing(b));
        assert!((0..1000).all(|_| l.allow_lookup(a)), "0 is no limit");
    }

    #[test]
    fn wrong_secrets_lock_the_complaint() {
        let l = Limits::new(0, 0);
        for _ in 0..SECRET_FAILURES - 1 {
            l.secret_failed("ABC");
        }
        assert!(!l.secret_locked("ABC"));
        l.secret_failed("ABC");
        assert!(l.secret_locked("ABC"));
        assert!(!l.secret_locked("ABD"));
    }
}
