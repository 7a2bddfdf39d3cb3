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

/// The unit an address is counted by: itself for IPv4, its /64 network for IPv6 (one
/// subscriber holds a whole /64).
fn network(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => {
            let mut segments = v6.segments();
            segments[4..].fill(0);
            IpAddr::from(segments)
        }
    }
}

/// Wrong secrets are counted per complaint and address, so a stranger who knows a code
/// cannot lock the complainant out.
fn failure_key(tracking_code: &str, ip: IpAddr) -> String {
    format!("{tracking_code}|{}", network(ip))
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
            .is_none_or(|l| l.check_key(&network(ip)).is_ok())
    }

    pub fn allow_lookup(&self, ip: IpAddr) -> bool {
        self.lookups
            .as_ref()
            .is_none_or(|l| l.check_key(&network(ip)).is_ok())
    }

    /// Forgets addresses that have been quiet (called every few seconds by `serve`).
    pub fn upkeep(&self) {
        for limiter in [&self.filing, &self.lookups].into_iter().flatten() {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
        let mut map = self.failures.lock().expect("failure map");
        map.retain(|_, (_, since)| since.elapsed() < SECRET_WINDOW);
    }

    /// Whether this address is locked out of a complaint after too many wrong secrets.
    pub fn secret_locked(&self, tracking_code: &str, ip: IpAddr) -> bool {
        let map = self.failures.lock().expect("failure map");
        map.get(&failure_key(tracking_code, ip))
            .is_some_and(|(n, since)| *n >= SECRET_FAILURES && since.elapsed() < SECRET_WINDOW)
    }

    pub fn secret_failed(&self, tracking_code: &str, ip: IpAddr) {
        let mut map = self.failures.lock().expect("failure map");
        if map.len() > 100_000 {
            map.retain(|_, (_, since)| since.elapsed() < SECRET_WINDOW);
        }
        let entry = map
            .entry(failure_key(tracking_code, ip))
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
    fn wrong_secrets_lock_the_complaint_for_that_address() {
        let l = Limits::new(0, 0);
        let (me, other): (IpAddr, IpAddr) =
            ("10.0.0.1".parse().unwrap(), "10.0.0.2".parse().unwrap());
        for _ in 0..SECRET_FAILURES - 1 {
            l.secret_failed("ABC", me);
        }
        assert!(!l.secret_locked("ABC", me));
        l.secret_failed("ABC", me);
        assert!(l.secret_locked("ABC", me));
        assert!(!l.secret_locked("ABD", me));
        assert!(
            !l.secret_locked("ABC", other),
            "the complainant elsewhere is not locked out"
        );
    }

    #[test]
    fn ipv6_is_counted_by_its_64() {
        let l = Limits::new(1, 0);
        let a: IpAddr = "2001:db8:1:2::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:ffff::9".parse().unwrap();
        assert!(l.allow_filing(a));
        assert!(!l.allow_filing(b), "same /64");
        l.upkeep();
    }
}
