//! `redress serve`: the HTTP server, until SIGTERM or Ctrl-C; requests in flight finish
//! before it exits.

use super::{Failure, open_store};
use crate::channels::email::Mailer;
use crate::channels::sms::SmsGateway;
use crate::config::Settings;
use crate::limits::Limits;
use crate::services::{Contact, Services};
use crate::tls::ServerCertificate;
use crate::web::channels::GatewayAccess;
use crate::web::proxy::TrustedProxies;
use crate::web::{AppState, router};
use crate::workers::outbox::{self, Gateways};
use std::process::ExitCode;
use std::time::Duration;
use tracing_subscriber::EnvFilter;

pub fn init_logs(settings: &Settings) {
    let filter = EnvFilter::try_new(&settings.log).unwrap_or_else(|e| {
        eprintln!(
            "redress: log filter {:?} is not valid ({e}): using info",
            settings.log
        );
        EnvFilter::new("info")
    });
    let json = settings.log_json;
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = if json {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
}

pub async fn serve(settings: Settings) -> Result<ExitCode, Failure> {
    init_logs(&settings);
    let args = &settings;
    if settings.training {
        // Its own folder (config.rs), filled with the demo's staff and complaints once.
        crate::cli::demo::load(&settings).await?;
        tracing::warn!(data_dir = %settings.data_dir.display(), "training mode: nothing is sent");
    }
    let store = open_store(&settings).await?;
    let services = Services::new(store.clone(), settings.data_dir.join("attachments"))
        .await?
        .with_limits(
            Limits::new(args.filings_per_minute, args.lookups_per_minute)
                .with_sign_ins(args.sign_ins_per_minute),
        )
        .with_base_url(&settings.base_url)
        .with_contact(Contact {
            sms_number: args.sms_number.clone().filter(|n| !n.trim().is_empty()),
            ussd_code: args.ussd_code.clone().filter(|c| !c.trim().is_empty()),
            phone_number: args.phone_number.clone().filter(|n| !n.trim().is_empty()),
        })
        .with_training(settings.training);
    let gateway = GatewayAccess::from_settings(
        args.gateway_allow.as_deref(),
        args.gateway_secret.as_deref(),
    )
    .map_err(Failure)?;
    let app = AppState::from_services(services.clone())
        .with_gateway(gateway)
        .with_trusted_proxies(TrustedProxies::new(settings.trusted_proxies.clone()))
        .with_metrics_allow(settings.metrics_allow.clone());
    // In training every message stays in the outbox, where the trainers' inbox shows it.
    let send = !settings.training;
    let gateways = Gateways {
        mail: match args.smtp_url.as_ref().filter(|_| send) {
            Some(url) => Some(Mailer::new(url, &args.mail_from).map_err(Failure)?),
            None => None,
        },
        sms: match args.sendsms_url.as_ref().filter(|_| send) {
            Some(url) => Some(
                SmsGateway::new(
                    url,
                    args.sms_from.as_deref(),
                    args.gateway_ca_file.as_deref(),
                )
                .map_err(Failure)?,
            ),
            None => None,
        },
        lease: time::Duration::seconds(args.outbox_lease_seconds.max(1).into()),
    };
    if send && (gateways.mail.is_none() || gateways.sms.is_none()) {
        tracing::warn!(
            email = gateways.mail.is_some(),
            sms = gateways.sms.is_some(),
            "a notification channel has no gateway: its messages stay queued"
        );
    }
    tokio::spawn(outbox::run(services.clone(), gateways, outbox::node_name()));
    tokio::spawn(crate::workers::deadlines::run(services.clone()));
    tokio::spawn(crate::workers::retention::run(services));
    let (metrics, limits, keys) = (app.metrics.clone(), app.limits.clone(), store.clone());
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(Duration::from_secs(5)).await;
            metrics.run_upkeep();
            limits.upkeep();
            crate::keys::follow(&keys).await;
        }
    });
    let tls = match &settings.tls {
        Some((cert, key)) => {
            let certificate =
                std::sync::Arc::new(ServerCertificate::load(cert, key).map_err(Failure)?);
            tokio::spawn(reload_on_sighup(certificate.clone()));
            Some(tokio_rustls::TlsAcceptor::from(std::sync::Arc::new(
                certificate.server_config(),
            )))
        }
        None => None,
    };
    let listener = tokio::net::TcpListener::bind(&settings.listen)
        .await
        .map_err(|e| Failure(format!("cannot listen on {}: {e}", settings.listen)))?;
    tracing::info!(
        listen = %settings.listen,
        database = store.backend_name(),
        base_url = %settings.base_url,
        "redress is serving"
    );
    eprintln!(
        "redress: serving on {}://{} ({} database)",
        if settings.tls.is_some() {
            "https"
        } else {
            "http"
        },
        settings.listen,
        store.backend_name()
    );
    crate::web::server::serve(
        listener,
        router(app),
        crate::web::server::Transport {
            idle: settings.idle_timeout,
            max_connections: settings.max_connections,
            per_address: settings.max_connections_per_address,
            unlimited: settings.trusted_proxies.clone(),
        },
        tls,
        shutdown_signal(),
    )
    .await;
    tracing::info!("redress stopped: requests in flight finished");
    Ok(ExitCode::SUCCESS)
}

/// `kill -HUP`: the certificate files are read again (renewed by certbot, say); on error
/// the one in use stays.
async fn reload_on_sighup(certificate: std::sync::Arc<ServerCertificate>) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let Ok(mut hangups) = signal(SignalKind::hangup()) else {
            return;
        };
        while hangups.recv().await.is_some() {
            match certificate.reload() {
                Ok(()) => tracing::info!("TLS certificate reloaded"),
                Err(e) => {
                    tracing::error!(error = %e, "TLS certificate not reloaded: the previous one stays")
                }
            }
        }
    }
    #[cfg(not(unix))]
    let _ = certificate;
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutdown requested: finishing requests in flight");
}
