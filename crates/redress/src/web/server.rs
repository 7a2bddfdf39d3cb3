//! The HTTP/1.1 connection loop of `redress serve`. Unlike `axum::serve` it sets the timers
//! a public service on slow networks needs: a client that stays silent for the idle timeout
//! while sending its headers is cut off, as is one whose body stops arriving
//! (`web::app`); an upload that keeps moving, however slowly, is never cut.
//! On shutdown it stops accepting, lets requests in flight finish (up to 30 s), then exits.

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use std::time::Duration;
use tokio::net::TcpListener;
use tower::ServiceExt;
use tower_http::timeout::TimeoutBody;

/// Serves `router` on `listener` until `shutdown` completes; over TLS when `tls` is given
/// (a handshake must end within the idle timeout).
pub async fn serve(
    listener: TcpListener,
    router: Router,
    idle: Duration,
    tls: Option<tokio_rustls::TlsAcceptor>,
    shutdown: impl std::future::Future<Output = ()>,
) {
    let graceful = GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(idle)
        .keep_alive(true);
    tokio::pin!(shutdown);
    loop {
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
        let _ = stream.set_nodelay(true);
        let router = router.clone();
        let service = hyper::service::service_fn(move |mut req: hyper::Request<Incoming>| {
            req.extensions_mut().insert(ConnectInfo(peer));
            let req = req.map(|body| axum::body::Body::new(TimeoutBody::new(idle, body)));
            router.clone().oneshot(req)
        });
        let (tls, http, watcher) = (tls.clone(), http.clone(), graceful.watcher());
        tokio::spawn(async move {
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
