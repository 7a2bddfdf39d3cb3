//! TLS where a deployment needs it: `redress serve` over HTTPS with its certificate
//! reloaded on SIGHUP (and HSTS), and SMS sent to a Kannel whose sendsms is behind TLS
//! with a private certificate authority. (PostgreSQL over TLS: crates/store/tests.)

use crate::gateways::{Kannel, test_certificates};
use redress::channels::sms::SmsGateway;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn client_trusting(ca: &std::path::Path) -> reqwest::Client {
    redress::tls::install_provider();
    reqwest::Client::builder()
        .tls_certs_only(redress::tls::ca_certificates(ca).unwrap())
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap()
}

#[tokio::test]
async fn direct_https_reloads_its_certificate_on_sighup() {
    let dir = std::env::temp_dir().join(store::testing::unique("redress-tls-"));
    std::fs::create_dir_all(&dir).unwrap();
    let (first_ca, cert, key) = test_certificates(&dir, "first");
    let (live_cert, live_key) = (dir.join("live-cert.pem"), dir.join("live-key.pem"));
    std::fs::copy(&cert, &live_cert).unwrap();
    std::fs::copy(&key, &live_key).unwrap();
    let port = crate::gateways::free_port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_redress"))
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .arg("--tls-cert-file")
        .arg(&live_cert)
        .arg("--tls-key-file")
        .arg(&live_key)
        .env("REDRESS_DATA_DIR", &dir)
        .env_remove("REDRESS_DATABASE_URL")
        .env_remove("REDRESS_CONFIG")
        .env_remove("REDRESS_BASE_URL")
        .current_dir(&dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let url = format!("https://localhost:{port}/healthz");
    let first = client_trusting(&first_ca);
    let start = Instant::now();
    let reply = loop {
        if let Ok(reply) = first.get(&url).send().await {
            break reply;
        }
        assert!(start.elapsed() < Duration::from_secs(20), "no HTTPS answer");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(reply.status(), 200);
    assert_eq!(
        reply.headers()["strict-transport-security"],
        "max-age=31536000"
    );
    // Plain HTTP on the HTTPS port gets no page.
    assert!(
        reqwest::get(format!("http://127.0.0.1:{port}/healthz"))
            .await
            .is_err()
    );

    // A renewed certificate from another authority, then SIGHUP.
    let (second_ca, cert, key) = test_certificates(&dir, "second");
    std::fs::copy(&cert, &live_cert).unwrap();
    std::fs::copy(&key, &live_key).unwrap();
    let second = client_trusting(&second_ca);
    assert!(second.get(&url).send().await.is_err(), "not reloaded yet");
    let hup = Command::new("kill")
        .args(["-HUP", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(hup.success());
    let start = Instant::now();
    while second.get(&url).send().await.is_err() {
        assert!(start.elapsed() < Duration::from_secs(10), "not reloaded");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        client_trusting(&first_ca).get(&url).send().await.is_err(),
        "the old certificate is no longer served"
    );
    // A broken file on the next reload keeps the certificate in use.
    std::fs::write(&live_key, "not a key").unwrap();
    Command::new("kill")
        .args(["-HUP", &child.id().to_string()])
        .status()
        .unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(second.get(&url).send().await.unwrap().status(), 200);
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn sms_go_to_a_kannel_behind_tls_with_a_private_authority() {
    let dir = std::env::temp_dir().join(store::testing::unique("redress-kannel-tls-"));
    std::fs::create_dir_all(&dir).unwrap();
    let (ca, cert, key) = test_certificates(&dir, "kannel");
    let Some(kannel) = tokio::task::spawn_blocking(move || Kannel::start_tls(&cert, &key))
        .await
        .unwrap()
    else {
        return;
    };
    let url = kannel.sendsms_url();
    assert!(url.starts_with("https://"), "{url}");
    // Without the authority the gateway is not trusted: nothing is sent.
    let untrusted = SmsGateway::new(&url, Some("3535"), None).unwrap();
    assert!(untrusted.send("+22670112233", "Refusé").await.is_err());
    let gateway = SmsGateway::new(&url, Some("3535"), Some(&ca)).unwrap();
    gateway
        .send("+22670112233", "Votre plainte 4KD2-7WQ9-M3C est reçue.")
        .await
        .unwrap();
    let start = Instant::now();
    while kannel.received().is_empty() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no SMS delivered"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let received = kannel.received();
    assert_eq!(received.len(), 1, "{received:?}");
    assert!(received[0].0.ends_with("70112233"), "{received:?}");
    assert!(received[0].1.contains("4KD2-7WQ9-M3C"), "{received:?}");
    let _ = std::fs::remove_dir_all(&dir);
}
