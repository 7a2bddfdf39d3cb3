//! Notifications reach a real SMTP server and a real Kannel, exactly once, in the
//! complainant's language; faults are retried, then parked with their reason.

use crate::gateways::{Kannel, SmtpServer};
use crate::support::{Auth, TestApp};
use axum::http::StatusCode;
use domain::Role;
use redress::channels::email::Mailer;
use redress::channels::sms::SmsGateway;
use redress::workers::outbox::{Gateways, MAX_ATTEMPTS, RECEIPTS_PER_RECIPIENT, dispatch_once};
use serde_json::json;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use store::testing::TestDb;
use time::OffsetDateTime;

async fn drain(app: &TestApp, gateways: &Gateways, node: &str) {
    while dispatch_once(&app.state, gateways, node).await.unwrap() > 0 {}
}

async fn wait_until<F: Fn() -> bool>(what: &str, f: F) {
    let start = Instant::now();
    while !f() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "timed out waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn every_message_arrives_once_by_email_and_sms(db: &TestDb) {
    let (Some(smtp), Some(kannel)) = (SmtpServer::start(), Kannel::start()) else {
        return;
    };
    let app = TestApp::new(db).await;
    let boss = app
        .staff("chef@sante.bf", Role::Supervisor, Some("SAN"))
        .await;
    app.staff("agent@sante.bf", Role::Officer, Some("SAN-BF13"))
        .await;
    let gateways = Gateways {
        mail: Some(Mailer::new(&smtp.url(), "Redress <plaintes@sante.bf>").unwrap()),
        sms: Some(SmsGateway::new(&kannel.sendsms_url(), Some("Plaintes"), None).unwrap()),
        ..Gateways::default()
    };
    let body = json!({
        "category": "SAN-FEES",
        "description": "On m'a fait payer la consultation de mon enfant de 2 ans.",
        "location": {"commune": "BF130004"},
        "complainant": {"name": "Awa", "phone": "70 11 22 33", "email": "awa@example.bf"},
        "language": "en"
    });
    let (code, _) = app.file(body).await;
    for step in [
        json!({"action": "accept"}),
        json!({"action": "assign", "assignee": "agent@sante.bf"}),
        json!({"action": "start"}),
        json!({"action": "answer", "message": "The fee will be refunded on Monday."}),
    ] {
        assert_eq!(
            app.act(&code, Auth::Token(&boss), step).await.status,
            StatusCode::OK
        );
    }
    drain(&app, &gateways, "node-a").await;
    drain(&app, &gateways, "node-b").await;

    wait_until("3 SMS", || kannel.received().len() >= 3).await;
    wait_until("4 e-mails", || smtp.mails().len() >= 4).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let sms = kannel.received();
    assert_eq!(
        sms.len(),
        3,
        "receipt, accepted, answered — once each: {sms:?}"
    );
    assert!(sms.iter().all(|(to, _)| to == "+22670112233"));
    assert!(
        sms[0].1.contains(&code) && sms[0].1.starts_with("Complaint registered"),
        "{sms:?}"
    );
    assert!(sms.iter().any(|(_, t)| t.contains("is accepted")));
    assert!(sms.iter().any(|(_, t)| t.contains("has an answer")));
    let mails = smtp.mails();
    assert_eq!(mails.len(), 4, "{mails:?}");
    let to_citizen: Vec<_> = mails
        .iter()
        .filter(|m| m.to.contains("awa@example.bf"))
        .collect();
    assert_eq!(to_citizen.len(), 3);
    let answer = to_citizen
        .iter()
        .find(|m| m.subject.starts_with("Answer to your complaint"))
        .unwrap();
    assert!(answer.body.contains("The fee will be refunded on Monday."));
    assert!(answer.body.contains(&format!("/track/{code}")));
    let to_officer: Vec<_> = mails
        .iter()
        .filter(|m| m.to.contains("agent@sante.bf"))
        .collect();
    assert_eq!(to_officer.len(), 1);
    assert!(
        to_officer[0].subject.contains("confiée"),
        "staff mail in French: {}",
        to_officer[0].subject
    );
    let row = app
        .state
        .store
        .complaint_by_code(&code.replace('-', ""))
        .await
        .unwrap()
        .unwrap();
    let rows = app.state.store.notifications_of(row.id).await.unwrap();
    assert!(
        rows.iter().all(|n| n.status == "sent" && n.attempts == 1),
        "sent once each"
    );
}
store::on_both_backends!(every_message_arrives_once_by_email_and_sms);

async fn without_gateways_messages_stay_queued(db: &TestDb) {
    let app = TestApp::new(db).await;
    app.file(json!({
        "category": "SAN-WAIT", "description": "Attente de six heures aux urgences.",
        "complainant": {"phone": "70112233"}
    }))
    .await;
    assert_eq!(
        dispatch_once(&app.state, &Gateways::default(), "n")
            .await
            .unwrap(),
        0
    );
    let counts = app.state.store.notification_counts().await.unwrap();
    assert_eq!(counts, vec![("pending".to_owned(), "sms".to_owned(), 1)]);
}
store::on_both_backends!(without_gateways_messages_stay_queued);

/// A gateway that answers garbage, then nothing at all.
fn garbage_gateway() -> (u16, Arc<Mutex<usize>>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let hits = Arc::new(Mutex::new(0));
    let counter = hits.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            use std::io::{Read, Write};
            let Ok(mut s) = stream else { continue };
            let mut buf = [0u8; 4096];
            let _ = s.read(&mut buf);
            *counter.lock().unwrap() += 1;
            let _ = s.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 9\r\n\r\n<garbage>");
        }
    });
    (port, hits)
}

async fn faults_are_retried_then_parked_with_their_reason(db: &TestDb) {
    let mut app = TestApp::new(db).await;
    let (port, hits) = garbage_gateway();
    let closed = crate::gateways::free_port();
    let gateways = Gateways {
        mail: Some(Mailer::new(&format!("smtp://127.0.0.1:{closed}?tls=none"), "r@x.bf").unwrap()),
        sms: Some(
            SmsGateway::new(
                &format!("http://127.0.0.1:{port}/cgi-bin/sendsms?username=u&password=p"),
                None,
                None,
            )
            .unwrap(),
        ),
        ..Gateways::default()
    };
    let (code, _) = app
        .file(json!({
            "category": "SAN-WAIT", "description": "Attente de six heures aux urgences.",
            "complainant": {"phone": "70112233", "email": "awa@example.bf"}
        }))
        .await;
    let row = app
        .state
        .store
        .complaint_by_code(&code.replace('-', ""))
        .await
        .unwrap()
        .unwrap();
    let clock = Arc::new(Mutex::new(OffsetDateTime::now_utc()));
    let now = clock.clone();
    app.state = app
        .state
        .clone()
        .with_clock(Arc::new(move || *now.lock().unwrap()));
    for round in 1..=MAX_ATTEMPTS {
        assert_eq!(
            dispatch_once(&app.state, &gateways, "n").await.unwrap(),
            2,
            "round {round}"
        );
        // Nothing is due again before the back-off ends.
        assert_eq!(dispatch_once(&app.state, &gateways, "n").await.unwrap(), 0);
        *clock.lock().unwrap() += time::Duration::hours(2);
    }
    assert_eq!(
        dispatch_once(&app.state, &gateways, "n").await.unwrap(),
        0,
        "parked for good"
    );
    let rows = app.state.store.notifications_of(row.id).await.unwrap();
    assert_eq!(rows.len(), 2);
    for n in &rows {
        assert_eq!(
            (n.status.as_str(), n.attempts),
            ("failed", MAX_ATTEMPTS),
            "{}",
            n.channel
        );
        let reason = n.last_error.as_deref().unwrap();
        match n.channel.as_str() {
            "sms" => assert!(reason.contains("unexpected answer"), "{reason}"),
            _ => assert!(reason.contains("SMTP"), "{reason}"),
        }
        assert!(!reason.contains("password=p"), "no secret in the reason");
    }
    assert_eq!(*hits.lock().unwrap(), MAX_ATTEMPTS as usize);
    // The complaint's handling goes on regardless.
    assert_eq!(row.status.as_str(), "received");
}
store::on_both_backends!(faults_are_retried_then_parked_with_their_reason);

async fn two_nodes_share_the_outbox(db: &TestDb) {
    let Some(kannel) = Kannel::start() else {
        return;
    };
    let app = TestApp::new(db).await;
    let gateways = Gateways {
        mail: None,
        sms: Some(SmsGateway::new(&kannel.sendsms_url(), Some("Plaintes"), None).unwrap()),
        ..Gateways::default()
    };
    for i in 0..30 {
        app.file(json!({
            "category": "SAN-WAIT", "description": format!("Attente numéro {i} aux urgences de l'hôpital."),
            "complainant": {"phone": format!("70 00 00 {i:02}")}
        }))
        .await;
    }
    let (a, b) = tokio::join!(
        async {
            let mut n = 0;
            while let Ok(k) = dispatch_once(&app.state, &gateways, "node-a").await {
                if k == 0 {
                    break;
                }
                n += k;
            }
            n
        },
        async {
            let mut n = 0;
            while let Ok(k) = dispatch_once(&app.state, &gateways, "node-b").await {
                if k == 0 {
                    break;
                }
                n += k;
            }
            n
        },
    );
    assert_eq!(
        a + b,
        30,
        "every message handled once between the two nodes ({a} + {b})"
    );
    wait_until("30 SMS", || kannel.received().len() >= 30).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let mut phones: Vec<String> = kannel.received().into_iter().map(|(to, _)| to).collect();
    assert_eq!(phones.len(), 30);
    phones.sort();
    phones.dedup();
    assert_eq!(phones.len(), 30, "no phone got its receipt twice");
}
store::on_both_backends!(two_nodes_share_the_outbox);

async fn a_job_held_by_a_dead_node_is_taken_after_its_lease(db: &TestDb) {
    let Some(kannel) = Kannel::start() else {
        return;
    };
    let mut app = TestApp::new(db).await;
    let clock = Arc::new(Mutex::new(OffsetDateTime::now_utc()));
    let now = clock.clone();
    app.state = app
        .state
        .clone()
        .with_clock(Arc::new(move || *now.lock().unwrap()));
    app.router = redress::web::router(app.state.clone());
    let gateways = Gateways {
        sms: Some(SmsGateway::new(&kannel.sendsms_url(), Some("Plaintes"), None).unwrap()),
        ..Gateways::default()
    };
    app.file(json!({
        "category": "SAN-WAIT", "description": "Attente de six heures aux urgences.",
        "complainant": {"phone": "70 11 22 33"}
    }))
    .await;
    // A node claims the message and dies before sending it.
    let held = app
        .state
        .store
        .claim_notifications(
            "dead-node",
            (true, true),
            app.state.now(),
            gateways.lease,
            10,
        )
        .await
        .unwrap();
    assert_eq!(held.len(), 1);
    assert_eq!(
        dispatch_once(&app.state, &gateways, "live-node")
            .await
            .unwrap(),
        0,
        "leased"
    );
    *clock.lock().unwrap() += gateways.lease + time::Duration::seconds(1);
    assert_eq!(
        dispatch_once(&app.state, &gateways, "live-node")
            .await
            .unwrap(),
        1
    );
    wait_until("the SMS", || kannel.received().len() == 1).await;
    let late =
        app.state
            .store
            .settle_notification(held[0].id, "dead-node", Ok(()), app.state.now(), None);
    assert!(!late.await.unwrap(), "the dead node's lease is gone");
    assert_eq!(
        dispatch_once(&app.state, &gateways, "live-node")
            .await
            .unwrap(),
        0
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(kannel.received().len(), 1, "sent once");
}
store::on_both_backends!(a_job_held_by_a_dead_node_is_taken_after_its_lease);

/// Two `redress serve` processes on one PostgreSQL database share the outbox; one is
/// killed (SIGKILL) mid-run and the other sends what it held once its lease ends.
#[tokio::test]
async fn two_serve_processes_on_postgres_one_killed() {
    let Some(db) = store::testing::postgres().await else {
        return;
    };
    let Some(kannel) = Kannel::start() else {
        return;
    };
    let app = TestApp::new(&db).await;
    let node = |name: &str| {
        let port = crate::gateways::free_port();
        let dir = db.dir.join(name);
        std::fs::create_dir_all(&dir).unwrap();
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_redress"))
            .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
            .env("REDRESS_DATABASE_URL", &db.url)
            .env("REDRESS_SECRET_KEY_FILE", db.dir.join("secret.key"))
            .env("REDRESS_DATA_DIR", &dir)
            .env("REDRESS_SENDSMS_URL", kannel.sendsms_url())
            .env("REDRESS_SMS_FROM", "Plaintes")
            .env("REDRESS_OUTBOX_LEASE_SECONDS", "3")
            .env("REDRESS_LOG", "warn")
            .current_dir(&dir)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        (child, port)
    };
    let (mut a, port_a) = node("a");
    let (mut b, port_b) = node("b");
    for port in [port_a, port_b] {
        let start = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "node did not start"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    let total = 40;
    for i in 0..total {
        app.file(json!({
            "category": "SAN-WAIT", "description": format!("Attente numéro {i} aux urgences de l'hôpital."),
            "complainant": {"phone": format!("70 00 01 {i:02}")}
        }))
        .await;
        if i == 10 {
            // Node A dies while the work is under way.
            a.kill().unwrap();
            a.wait().unwrap();
        }
    }
    wait_until_async("every receipt", Duration::from_secs(60), || {
        let mut phones: Vec<String> = kannel.received().into_iter().map(|(to, _)| to).collect();
        phones.sort();
        phones.dedup();
        phones.len() == total
    })
    .await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let received = kannel.received();
    let duplicates = received.len() - total;
    // A message node A had sent but not yet recorded when it died may go twice; nothing else.
    assert!(duplicates <= 1, "{duplicates} duplicates");
    let counts = app.state.store.notification_counts().await.unwrap();
    assert_eq!(
        counts,
        vec![("sent".to_owned(), "sms".to_owned(), total as i64)]
    );
    b.kill().unwrap();
    b.wait().unwrap();
    drop(app);
    db.cleanup().await;
}

async fn wait_until_async<F: Fn() -> bool>(what: &str, limit: Duration, f: F) {
    let start = Instant::now();
    while !f() {
        assert!(start.elapsed() < limit, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// A gateway that refuses every message (HTTP 403), and one that never answers.
fn refusing_gateway() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            use std::io::{Read, Write};
            let Ok(mut s) = stream else { continue };
            let mut buf = [0u8; 4096];
            let _ = s.read(&mut buf);
            let _ = s.write_all(
                b"HTTP/1.1 403 Forbidden\r\ncontent-length: 21\r\n\r\nAuthorization failed.",
            );
        }
    });
    port
}

fn silent_gateway() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming() {
            held.push(stream); // accepted, never answered
        }
    });
    port
}

async fn refusals_fail_at_once_timeouts_are_retried_and_admins_see_both(db: &TestDb) {
    let app = TestApp::new(db).await;
    let admin = app.staff("admin@redress.bf", Role::Admin, None).await;
    let officer = app
        .staff("agent@sante.bf", Role::Officer, Some("SAN-BF13"))
        .await;
    app.file(json!({
        "category": "SAN-WAIT", "description": "Attente de six heures aux urgences.",
        "complainant": {"phone": "70112233"}
    }))
    .await;
    let refusing = Gateways {
        sms: Some(
            SmsGateway::new(
                &format!(
                    "http://127.0.0.1:{}/cgi-bin/sendsms?username=u&password=p",
                    refusing_gateway()
                ),
                None,
                None,
            )
            .unwrap(),
        ),
        ..Gateways::default()
    };
    assert_eq!(dispatch_once(&app.state, &refusing, "n").await.unwrap(), 1);
    app.file(json!({
        "category": "SAN-WAIT", "description": "Attente de sept heures aux urgences.",
        "complainant": {"phone": "70112234"}
    }))
    .await;
    let silent = Gateways {
        sms: Some(
            SmsGateway::with_timeout(
                &format!(
                    "http://127.0.0.1:{}/cgi-bin/sendsms?username=u&password=p",
                    silent_gateway()
                ),
                None,
                None,
                Duration::from_millis(300),
            )
            .unwrap(),
        ),
        ..Gateways::default()
    };
    assert_eq!(dispatch_once(&app.state, &silent, "n").await.unwrap(), 1);
    let outbox = app
        .get("/api/v1/admin/notifications", Auth::Token(&admin))
        .await;
    assert_eq!(outbox.status, StatusCode::OK);
    let failed = outbox.json["failed"].as_array().unwrap();
    assert_eq!(failed.len(), 1, "{}", outbox.json);
    assert_eq!(failed[0]["attempts"], 1, "a refusal is final at once");
    assert!(failed[0]["last_error"].as_str().unwrap().contains("403"));
    let pending = outbox.json["pending"].as_array().unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0]["attempts"], 1, "a timeout is tried again later");
    assert!(
        pending[0]["last_error"]
            .as_str()
            .unwrap()
            .contains("unreachable"),
        "{}",
        pending[0]
    );
    assert!(
        !outbox.json.to_string().contains("70112233"),
        "no recipient shown"
    );
    assert_eq!(
        app.get("/api/v1/admin/notifications", Auth::Token(&officer))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}
store::on_both_backends!(refusals_fail_at_once_timeouts_are_retried_and_admins_see_both);

/// Anyone may file with anyone's phone number or e-mail address: one recipient gets at most
/// `RECEIPTS_PER_RECIPIENT` receipts a day, however many complaints name it (they are all
/// registered); messages that follow a staff action still go.
async fn one_recipient_gets_a_few_receipts_a_day(db: &TestDb) {
    let Some(smtp) = SmtpServer::start() else {
        return;
    };
    let app = TestApp::new(db).await;
    let boss = app
        .staff("chef@sante.bf", Role::Supervisor, Some("SAN"))
        .await;
    let gateways = Gateways {
        mail: Some(Mailer::new(&smtp.url(), "Redress <plaintes@sante.bf>").unwrap()),
        ..Gateways::default()
    };
    let filed = |email: &str| {
        json!({
            "category": "SAN-FEES",
            "description": "On m'a fait payer la consultation de mon enfant de 2 ans.",
            "location": {"commune": "BF130004"},
            "complainant": {"name": "Awa", "email": email},
            "language": "fr"
        })
    };
    let mut codes = Vec::new();
    for _ in 0..RECEIPTS_PER_RECIPIENT + 2 {
        codes.push(app.file(filed(" Victim@Example.bf")).await.0);
    }
    app.file(filed("other@example.bf")).await;
    assert_eq!(
        app.act(&codes[6], Auth::Token(&boss), json!({"action": "accept"}))
            .await
            .status,
        StatusCode::OK
    );
    drain(&app, &gateways, "n").await;
    let expected = RECEIPTS_PER_RECIPIENT as usize + 2;
    wait_until("the e-mails", || smtp.mails().len() >= expected).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let mails = smtp.mails();
    let to_victim: Vec<_> = mails
        .iter()
        .filter(|m| m.to.to_lowercase().contains("victim@example.bf"))
        .collect();
    assert_eq!(
        to_victim.len(),
        RECEIPTS_PER_RECIPIENT as usize + 1,
        "five receipts and the acceptance: {to_victim:?}"
    );
    assert_eq!(mails.len(), expected, "and the other recipient's receipt");
    // The receipts held back are parked with their reason, the complaints all registered.
    let row = app
        .state
        .store
        .complaint_by_code(&codes[6].replace('-', ""))
        .await
        .unwrap()
        .unwrap();
    let rows = app.state.store.notifications_of(row.id).await.unwrap();
    let receipt = rows.iter().find(|n| n.template == "receipt").unwrap();
    assert_eq!(receipt.status, "failed");
    assert!(
        receipt
            .last_error
            .as_deref()
            .unwrap()
            .contains("receipts already went"),
        "{:?}",
        receipt.last_error
    );
    assert_eq!(app.footprint().await.0, RECEIPTS_PER_RECIPIENT as usize + 3);
}
store::on_both_backends!(one_recipient_gets_a_few_receipts_a_day);
