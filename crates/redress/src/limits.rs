//! Limits on how fast one address may file, look up complaints and try to sign in, so that
//! tracking codes cannot be guessed by brute force and a flood from one address does not
//! take the service from others. Per node: with several nodes each keeps its own counts.
//! The locks that must hold across nodes and restarts — wrong follow-up secrets per
//! complaint, failed sign-ins per account — are kept in the database (`SECRET_FAILURES`,
//! `web::staff` for sign-in).

use governor::clock::DefaultClock;
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter};
use std::net::IpAddr;
use std::num::NonZeroU32;

type Keyed<K> = RateLimiter<K, DefaultKeyedStateStore<K>, DefaultClock>;

/// Secret attempts per complaint (from every address together) within `SECRET_WINDOW`;
/// the last one locks the complaint's follow-up by secret until the window has passed.
/// Ten in an hour against 10^8 secrets: a guess takes about a million years.
pub const SECRET_FAILURES: i32 = 10;
pub const SECRET_WINDOW: time::Duration = time::Duration::hours(1);

/// Sign-in attempts (passwords and codes) one address network may make per minute, over
/// every account: Argon2 is costly, and guessing is slowed before any account lock.
pub const SIGN_INS_PER_MINUTE: u32 = 10;

pub struct Limits {
    filing: Option<Keyed<IpAddr>>,
    lookups: Option<Keyed<IpAddr>>,
    sign_in: Option<Keyed<IpAddr>>,
}

/// The unit an address is counted by: itself for IPv4, its /64 network for IPv6 (one
/// subscriber holds a whole /64).
pub fn network(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => {
            let mut segments = v6.segments();
            segments[4..].fill(0);
            IpAddr::from(segments)
        }
    }
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
            sign_in: None,
        }
    }

    /// With `n` sign-in attempts per minute per address network (0: none).
    pub fn with_sign_ins(mut self, n: u32) -> Limits {
        self.sign_in = per_minute(n);
        self
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

    pub fn allow_sign_in(&self, ip: IpAddr) -> bool {
        self.sign_in
            .as_ref()
            .is_none_or(|l| l.check_key(&network(ip)).is_ok())
    }

    /// Forgets addresses that have been quiet (called every few seconds by `serve`).
    pub fn upkeep(&self) {
        for limiter in [&self.filing, &self.lookups, &self.sign_in]
            .into_iter()
            .flatten()
        {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
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
    fn sign_ins_are_limited_per_network() {
        let l = Limits::new(0, 0).with_sign_ins(2);
        let (a, b): (IpAddr, IpAddr) = ("10.0.0.1".parse().unwrap(), "10.0.0.2".parse().unwrap());
        assert!(l.allow_sign_in(a) && l.allow_sign_in(a));
        assert!(!l.allow_sign_in(a));
        assert!(l.allow_sign_in(b));
        assert!(
            (0..100).all(|_| Limits::new(0, 0).allow_sign_in(a)),
            "none set"
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
