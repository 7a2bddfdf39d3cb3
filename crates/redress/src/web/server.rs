//! The HTTP/1.1 connection loop of `redress serve`. Unlike `axum::serve` it sets the timers
//! a public service on slow networks needs: a client that stays silent for the idle timeout
//! while sending its headers is cut off, as is one whose body stops arriving
//! (`web::app`); an upload that keeps moving, however slowly, is never cut.
//! It holds at most `max_connections` at once (beyond, new ones wait in the kernel's
//! backlog) and at most `per_address` from one address (an IPv6 /64; beyond, its new ones
//! are closed at once), so one client cannot take every slot; trusted proxies, which carry
//! everyone's connections, are not limited per address.
//! On shutdown it stops accepting, lets requests in flight finish (up to 30 s), then exits.

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::net::TcpListener;
use tower::ServiceExt;
use tower_http::timeout::TimeoutBody;

/// The timers and limits of the connections.
#[derive(Clone, Debug)]
pub struct Transport {
    /// Silence allowed while a client sends its headers or its body.
    pub idle: Duration,
    pub max_connections: usize,
    pub per_address: usize,
    /// Peers not limited per address (the trusted proxies).
    pub unlimited: Vec<ipnet::IpNet>,
}

impl Transport {
    /// `idle` with the default limits (1024 connections, 256 per address).
    pub fn new(idle: Duration) -> Transport {
        Transport {
            idle,
            max_connections: 1024,
            per_address: 256,
            unlimited: Vec::new(),
        }
    }
}

/// Connections held per address; a `Held` gives its place back when dropped.
#[derive(Clone, Default)]
struct PerAddress(Arc<Mutex<HashMap<IpAddr, usize>>>);

struct Held(PerAddress, IpAddr);

impl PerAddress {
    fn take(&self, address: IpAddr, max: usize) -> Option<Held> {
        let mut held = self.0.lock().expect("not poisoned");
        let n = held.entry(address).or_insert(0);
        if *n >= max {
            return None;
        }
        *n += 1;
        Some(Held(self.clone(), address))
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        let mut held = (self.0).0.lock().expect("not poisoned");
        if let Some(n) = held.get_mut(&self.1) {
            *n -= 1;
            if *n == 0 {
                held.remove(&self.1);
            }
        }
    }
}

/// Serves `router` on `listener` until `shutdown` completes; over TLS when `tls` is given
/// (a handshake must end within the idle timeout).
pub async fn serve(
    listener: TcpListener,
    router: Router,
    transport: Transport,
    tls: Option<tokio_rustls::TlsAcceptor>,
    shutdown: impl std::future::Future<Output = ()>,
) {
    let idle = transport.idle;
    let slots = Arc::new(tokio::sync::Semaphore::new(transport.max_connections));
    let per_address = PerAddress::default();
    let graceful = GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(idle)
        .keep_alive(true);
    tokio::pin!(shutdown);
    loop {
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => slot.expect("never closed"),
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                Err(e) => {
                    // Out of file descriptors and the like: wait instead of spinning.
                    tracing::warn!(error = %e, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let address = crate::limits::network(peer.ip());
        let held = if transport.unlimited.iter().any(|n| n.contains(&peer.ip())) {
            None
        } else {
            match per_address.take(address, transport.per_address) {
                Some(held) => Some(held),
                None => {
                    tracing::debug!("too many connections from one address: closed");
                    continue;
                }
            }
        };
        let _ = stream.set_nodelay(true);
        let router = router.clone();
        let service = hyper::service::service_fn(move |mut req: hyper::Request<Incoming>| {
            req.extensions_mut().insert(ConnectInfo(peer));
            let req = req.map(|body| axum::body::Body::new(TimeoutBody::new(idle, body)));
            router.clone().oneshot(req)
        });
        let (tls, http, watcher) = (tls.clone(), http.clone(), graceful.watcher());
        tokio::spawn(async move {
            let _held = (slot, held);
            // The same connection over a plain or a TLS stream.
            macro_rules! run {
                ($io:expr) => {
                    let connection = watcher.watch(http.serve_connection(TokioIo::new($io), service));
                    if let Err(e) = connection.await {
                        tracing::debug!(error = %e, "connection ended with an error");
                    }
                };
            }
            match tls {
                None => {
                    run!(stream);
                }
                Some(acceptor) => match tokio::time::timeout(idle, acceptor.accept(stream)).await {
                    Ok(Ok(stream)) => {
                        run!(stream);
                    }
                    Ok(Err(e)) => tracing::debug!(error = %e, "TLS handshake failed"),
                    Err(_) => {}
                },
            }
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {},
        () = tokio::time::sleep(Duration::from_secs(30)) => {
            tracing::warn!("requests still in flight after 30 s: stopping anyway");
        }
    }
}
