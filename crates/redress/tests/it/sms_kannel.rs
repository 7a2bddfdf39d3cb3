//! The whole SMS round trip through a real Kannel (bearerbox and smsbox with the
//! repository's configuration, the simulated operator link fakesmsc): a citizen files a
//! complaint by SMS, gets its code and secret, chooses its category, follows it, reads
//! the officer's answer (in UCS-2, over several messages) and rates it. On both backends.

use crate::gateways::{Kannel, Sms};
use crate::support::{Auth, TestApp};
use domain::{Role, TrackingCode};
use redress::channels::sms::SmsGateway;
use redress::workers::outbox::{Gateways, dispatch_once};
use serde_json::json;
use std::time::{Duration, Instant};
use store::on_both_backends;
use store::testing::TestDb;

const SECRET: &str = "kannel-gateway-secret";

/// Waits for the next message Kannel delivers to `phone` after the first `seen`.
async fn next_for(kannel: &Kannel, phone: &str, seen: &mut usize) -> String {
    let start = Instant::now();
    loop {
        let to_phone: Vec<Sms> = kannel
            .received()
            .into_iter()
            .filter(|(to, _)| to.ends_with(phone))
            .collect();
        if let Some((_, text)) = to_phone.get(*seen) {
            *seen += 1;
            return text.clone();
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no message {} for {phone}: {to_phone:?}",
            *seen + 1
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn a_citizen_files_follows_and_rates_by_sms_through_kannel(db: &TestDb) {
    let app = TestApp::new(db).await;
    let state = app.state.clone().with_gateway(
        redress::web::channels::GatewayAccess::from_settings(None, Some(SECRET)).unwrap(),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let server = tokio::spawn(async move {
        redress::web::server::serve(
            listener,
            redress::web::router(state),
            redress::web::server::Transport::new(Duration::from_secs(30)),
            None,
            std::future::pending(),
        )
        .await;
    });
    // Started off the test's thread, which serves Redress meanwhile (Kannel's first
    // message goes to it).
    let started = tokio::task::spawn_blocking(move || Kannel::start_for(&url, SECRET));
    let Some(mut kannel) = started.await.unwrap() else {
        server.abort();
        return;
    };
    let gateways = Gateways {
        sms: Some(SmsGateway::new(&kannel.sendsms_url(), Some("1010"), None).unwrap()),
        ..Gateways::default()
    };
    let admin = app.staff("admin@sante.bf", Role::Admin, None).await;
    let phone = "70112233";
    let mut seen = 0;

    // Filed by SMS, with accents (sent by the phone in UCS-2).
    kannel.send_from_phone(
        phone,
        "Au CSPS de Pissy on m'a fait payer 2000 F pour une consultation gratuite. Le major a refusé le reçu.",
    );
    let filed = next_for(&kannel, phone, &mut seen).await;
    assert!(filed.starts_with("Plainte enregistrée."), "{filed}");
    let code = filed
        .split_whitespace()
        .find(|w| w.len() == 13 && TrackingCode::parse(w).is_ok())
        .unwrap()
        .to_owned();
    assert!(filed.contains(" secret "), "{filed}");
    assert!(filed.contains("4 Santé"), "{filed}");

    kannel.send_from_phone(phone, "4");
    let health = next_for(&kannel, phone, &mut seen).await;
    assert!(
        health.starts_with("Santé : 1 Personnel absent 2 Paiements illicites"),
        "{health}"
    );
    kannel.send_from_phone(phone, "2");
    let chosen = next_for(&kannel, phone, &mut seen).await;
    assert!(
        chosen.starts_with(&format!("Plainte {code} : Paiements illicites.")),
        "{chosen}"
    );

    kannel.send_from_phone(phone, &format!("statut {code}"));
    let status = next_for(&kannel, phone, &mut seen).await;
    assert!(
        status.starts_with(&format!("Plainte {code} : Recue.")),
        "{status}"
    );

    // Staff see it in their queue and answer; the answer quotes a Mooré word, so it needs
    // UCS-2 (70 characters a message).
    let queue = app
        .get("/api/v1/complaints?channel=sms", Auth::Token(&admin))
        .await;
    assert!(
        queue.json.to_string().contains(&code.replace('-', ""))
            || queue.json.to_string().contains(&code),
        "{}",
        queue.json
    );
    let answer = "Le comptable vous rendra les 2000 F lundi. Le major a reçu un avertissement. \
                  Laafɩ bala : la consultation des enfants est gratuite dans tout le pays.";
    app.act_all(
        &code,
        Auth::Token(&admin),
        &[
            json!({"action": "accept"}),
            json!({"action": "assign", "assignee": "admin@sante.bf"}),
            json!({"action": "start"}),
            json!({"action": "answer", "message": answer}),
        ],
    )
    .await;
    while dispatch_once(&app.state, &gateways, "node").await.unwrap() > 0 {}
    let accepted = next_for(&kannel, phone, &mut seen).await;
    assert!(accepted.contains(&format!("STATUT {code}")), "{accepted}");
    let answered = next_for(&kannel, phone, &mut seen).await;
    assert_eq!(
        answered,
        format!("Votre plainte {code} a une réponse. Pour la lire, répondez REP {code}")
    );

    // The citizen reads the answer: the first part is Kannel's reply, the others come
    // through the outbox; all in UCS-2, numbered.
    kannel.send_from_phone(phone, &format!("REP {code}"));
    let first = next_for(&kannel, phone, &mut seen).await;
    assert!(first.starts_with("1/"), "{first}");
    let total: usize = first[2..first.find(' ').unwrap()].parse().unwrap();
    assert!(total >= 3, "{total} parts");
    while dispatch_once(&app.state, &gateways, "node").await.unwrap() > 0 {}
    let mut parts = vec![first];
    for _ in 1..total {
        parts.push(next_for(&kannel, phone, &mut seen).await);
    }
    let number = |p: &String| p.split('/').next().and_then(|n| n.parse::<usize>().ok());
    assert!(parts.iter().all(|p| number(p).is_some()), "{parts:?}");
    parts.sort_by_key(number);
    for p in &parts {
        assert!(p.encode_utf16().count() <= 70, "{p}");
    }
    let whole: Vec<&str> = parts.iter().map(|p| p.split_once(' ').unwrap().1).collect();
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(whole.join(" "), flat(&format!("Réponse {code} : {answer}")));

    // And rates it.
    kannel.send_from_phone(phone, "NOTE 5");
    let rated = next_for(&kannel, phone, &mut seen).await;
    assert_eq!(
        rated,
        format!("Merci. Note 5/5 enregistrée pour la plainte {code}.")
    );
    let r = app
        .get(&format!("/api/v1/complaints/{code}"), Auth::Token(&admin))
        .await;
    assert_eq!(r.json["channel"], "sms");
    assert_eq!(r.json["category"], "SAN-FEES");
    server.abort();
}
on_both_backends!(a_citizen_files_follows_and_rates_by_sms_through_kannel);
