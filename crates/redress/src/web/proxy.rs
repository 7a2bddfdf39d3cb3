//! The client's address. By default it is the connection's. Behind reverse proxies named in
//! `trusted_proxies`, the `Forwarded` (RFC 7239) or `X-Forwarded-For` header is believed
//! hop by hop from the right: each address added by a trusted proxy is replaced by the one
//! that proxy saw, until an address that is not a trusted proxy — the client. Headers from
//! anyone else are ignored, so a citizen cannot pick their own rate-limit bucket.

use axum::http::HeaderMap;
use ipnet::IpNet;
use std::net::IpAddr;

/// The resolved client address, put in each request's extensions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientAddr(pub IpAddr);

/// The proxies whose forwarding headers are believed.
#[derive(Debug, Clone, Default)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    pub fn new(networks: Vec<IpNet>) -> TrustedProxies {
        TrustedProxies(networks)
    }

    fn trusts(&self, addr: IpAddr) -> bool {
        let addr = addr.to_canonical();
        self.0.iter().any(|n| n.contains(&addr))
    }

    /// The client behind `peer`, the address that opened the connection.
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let peer = peer.to_canonical();
        if self.0.is_empty() || !self.trusts(peer) {
            return peer;
        }
        let hops = if headers.contains_key("forwarded") {
            forwarded_for(headers)
        } else {
            x_forwarded_for(headers)
        };
        let mut client = peer;
        for hop in hops.iter().rev() {
            if !self.trusts(client) {
                break;
            }
            match hop {
                Some(addr) => client = addr.to_canonical(),
                // An obfuscated or unknown hop ("unknown", "_hidden"): the last address known.
                None => break,
            }
        }
        client
    }
}

/// The addresses of every `X-Forwarded-For` header, in order; `None` for what is not one.
fn x_forwarded_for(headers: &HeaderMap) -> Vec<Option<IpAddr>> {
    headers
        .get_all("x-forwarded-for")
        .iter()
        .flat_map(|v| v.to_str().unwrap_or("").split(','))
        .map(|hop| parse_node(hop.trim()))
        .collect()
}

/// The `for=` nodes of every `Forwarded` header, in order.
fn forwarded_for(headers: &HeaderMap) -> Vec<Option<IpAddr>> {
    headers
        .get_all("forwarded")
        .iter()
        .flat_map(|v| v.to_str().unwrap_or("").split(','))
        .filter_map(|element| {
            element.split(';').find_map(|pair| {
                let (name, value) = pair.trim().split_once('=')?;
                name.trim()
                    .eq_ignore_ascii_case("for")
                    .then(|| parse_node(value.trim().trim_matches('"')))
            })
        })
        .collect()
}

/// `192.0.2.1`, `192.0.2.1:4711`, `[2001:db8::1]`, `[2001:db8::1]:4711` or `2001:db8::1`.
fn parse_node(node: &str) -> Option<IpAddr> {
    if let Ok(addr) = node.parse::<IpAddr>() {
        return Some(addr);
    }
    if let Some(rest) = node.strip_prefix('[') {
        return rest.split_once(']')?.0.parse().ok();
    }
    let (host, port) = node.rsplit_once(':')?;
    port.parse::<u16>().ok()?;
    host.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn proxies(list: &str) -> TrustedProxies {
        TrustedProxies::new(crate::config::parse_networks(list).unwrap())
    }

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (name, value) in pairs {
            h.append(*name, HeaderValue::from_str(value).unwrap());
        }
        h
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn headers_from_an_untrusted_peer_are_ignored() {
        let h = headers(&[("x-forwarded-for", "198.51.100.9")]);
        assert_eq!(proxies("").client(ip("203.0.113.5"), &h), ip("203.0.113.5"));
        assert_eq!(
            proxies("10.0.0.0/8").client(ip("203.0.113.5"), &h),
            ip("203.0.113.5")
        );
    }

    #[test]
    fn the_chain_is_walked_from_the_right_through_trusted_proxies_only() {
        let p = proxies("10.0.0.0/8, 192.0.2.7");
        // client → 192.0.2.7 (edge) → 10.1.1.1 (internal) → redress
        let h = headers(&[("x-forwarded-for", "198.51.100.9, 192.0.2.7")]);
        assert_eq!(p.client(ip("10.1.1.1"), &h), ip("198.51.100.9"));
        // What the client wrote itself, left of its real address, is not believed.
        let h = headers(&[("x-forwarded-for", "1.2.3.4, 198.51.100.9, 192.0.2.7")]);
        assert_eq!(p.client(ip("10.1.1.1"), &h), ip("198.51.100.9"));
        // Several headers count as one list.
        let h = headers(&[
            ("x-forwarded-for", "1.2.3.4"),
            ("x-forwarded-for", "198.51.100.9"),
        ]);
        assert_eq!(p.client(ip("10.1.1.1"), &h), ip("198.51.100.9"));
        // A trusted proxy without a header: the proxy itself.
        assert_eq!(p.client(ip("10.1.1.1"), &HeaderMap::new()), ip("10.1.1.1"));
        // Garbage stops the walk at the last address known.
        let h = headers(&[("x-forwarded-for", "198.51.100.9, not-an-ip")]);
        assert_eq!(p.client(ip("10.1.1.1"), &h), ip("10.1.1.1"));
    }

    #[test]
    fn forwarded_is_read_with_ports_brackets_and_ipv6() {
        let p = proxies("10.0.0.0/8");
        let h = headers(&[(
            "forwarded",
            "for=1.2.3.4, for=\"[2001:db8:cafe::17]:4711\";proto=https;by=10.0.0.1",
        )]);
        assert_eq!(p.client(ip("10.0.0.1"), &h), ip("2001:db8:cafe::17"));
        let h = headers(&[("forwarded", "For=198.51.100.9:1234")]);
        assert_eq!(p.client(ip("10.0.0.1"), &h), ip("198.51.100.9"));
        let h = headers(&[("forwarded", "for=unknown")]);
        assert_eq!(p.client(ip("10.0.0.1"), &h), ip("10.0.0.1"));
        // Forwarded wins over X-Forwarded-For when both are there.
        let h = headers(&[
            ("forwarded", "for=198.51.100.9"),
            ("x-forwarded-for", "1.2.3.4"),
        ]);
        assert_eq!(p.client(ip("10.0.0.1"), &h), ip("198.51.100.9"));
    }

    #[test]
    fn ipv4_mapped_peers_match_ipv4_networks() {
        let p = proxies("127.0.0.1");
        let h = headers(&[("x-forwarded-for", "198.51.100.9")]);
        assert_eq!(p.client(ip("::ffff:127.0.0.1"), &h), ip("198.51.100.9"));
    }
}
