//! The SMS channel in process, on both backends: a citizen files by SMS, completes and
//! chooses, follows, reads the answer, rates and appeals; bad input of every kind. The
//! whole round trip through a real Kannel is in `sms_kannel.rs`.

use crate::support::{Auth, TestApp};
use axum::http::StatusCode;
use domain::sms::Coding;
use domain::{Role, TrackingCode};
use serde_json::json;
use store::on_both_backends;
use store::testing::TestDb;

const PHONE: &str = "70112233";
const OTHER_PHONE: &str = "+22676554433";

/// The tracking code and secret a filing reply gives.
fn code_and_secret(reply: &str) -> (String, String) {
    let words: Vec<&str> = reply
        .split(|c: char| c.is_whitespace() || c == '.')
        .collect();
    let code = words
        .iter()
        .find(|w| w.len() == 13 && TrackingCode::parse(w).is_ok())
        .unwrap_or_else(|| panic!("no code in {reply:?}"));
    let secret = words
        .iter()
        .find(|w| w.len() == 8 && w.bytes().all(|b| b.is_ascii_digit()))
        .unwrap_or_else(|| panic!("no secret in {reply:?}"));
    (code.to_string(), secret.to_string())
}

/// One SMS where the text allows: 160 GSM-7 characters, or 70 in UCS-2.
fn assert_one_sms(reply: &str) {
    let coding = Coding::of(reply);
    assert!(
        coding.length(reply) <= coding.room().0,
        "{} units in {coding:?}: {reply:?}",
        coding.length(reply)
    );
}

async fn sms_filing_and_follow_up(db: &TestDb) {
    let app = TestApp::new(db).await;
    let admin = app.staff("admin@sante.bf", Role::Admin, None).await;
    let filed = app
        .sms(
            PHONE,
            "Au CSPS de Pissy on m'a fait payer 2000 F pour une consultation gratuite.",
            "kannel-1",
        )
        .await;
    assert!(filed.starts_with("Plainte enregistrée."), "{filed}");
    assert!(
        filed.contains("1 Éducation 2 Fonction publique 3 Justice 4 Santé"),
        "{filed}"
    );
    assert!(
        !filed.contains("orienter"),
        "the triage desk is not a choice: {filed}"
    );
    assert_one_sms(&filed);
    assert_eq!(Coding::of(&filed), Coding::Gsm7, "{filed}");
    let (code, secret) = code_and_secret(&filed);
    // Kannel delivers the same message again: the same reply, nothing new.
    let before = app.footprint().await;
    assert_eq!(app.sms(PHONE, "Au CSPS …", "kannel-1").await, filed);
    assert_eq!(app.footprint().await, before);

    // A second message within minutes adds to the description.
    let more = app
        .sms(PHONE, "Le major a refusé de donner un reçu.", "kannel-2")
        .await;
    assert_eq!(more, format!("Suite ajoutée à la plainte {code}."));
    // The department, then the category, by number; a wrong number repeats the list.
    let wrong = app.sms(PHONE, "9", "kannel-3").await;
    assert!(wrong.starts_with("Choix inconnu. 1 Éducation"), "{wrong}");
    let health = app.sms(PHONE, "4", "kannel-4").await;
    assert!(
        health.starts_with("Santé : 1 Personnel absent 2 Paiements illicites"),
        "{health}"
    );
    assert_one_sms(&health);
    let chosen = app.sms(PHONE, "2", "kannel-5").await;
    assert!(
        chosen.starts_with(&format!("Plainte {code} : Paiements illicites.")),
        "{chosen}"
    );
    assert_one_sms(&chosen);

    // Staff see it like any other complaint, routed to health.
    let r = app
        .get(&format!("/api/v1/complaints/{code}"), Auth::Token(&admin))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(r.json["category"], "SAN-FEES", "{}", r.json);
    assert_eq!(r.json["channel"], "sms");
    let description = r.json["description"].as_str().unwrap();
    assert!(
        description.contains("consultation gratuite.") && description.ends_with("donner un reçu."),
        "{description}"
    );
    // A number after the choice chooses nothing.
    assert!(
        app.sms(PHONE, "3", "kannel-6")
            .await
            .starts_with("Aucune liste en attente")
    );

    // Status, by code or for the last complaint of this number.
    let status = app.sms(PHONE, "statut", "kannel-7").await;
    assert!(
        status.starts_with(&format!("Plainte {code} : Recue.")),
        "{status}"
    );
    assert_eq!(
        app.sms(PHONE, &format!("STATUT {code}"), "kannel-8").await,
        status
    );

    // The officer answers at length; the citizen reads the whole answer by SMS.
    let answer = "Le comptable du CSPS de Pissy vous rendra les 2000 F sur présentation de \
                  cette réponse. Le major a reçu un avertissement écrit et la gratuité de la \
                  consultation est rappelée à tout le personnel par note de service. Merci \
                  de votre signalement, qui aide à améliorer les soins pour tous.";
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
    let id = app
        .state
        .store
        .complaint_by_code(TrackingCode::parse(&code).unwrap().as_str())
        .await
        .unwrap()
        .unwrap()
        .id;
    let notes = app.state.store.notifications_of(id).await.unwrap();
    assert!(
        notes.iter().all(|n| n.template != "receipt"),
        "by SMS the reply is the receipt"
    );
    assert!(notes.iter().any(|n| n.template == "answered"));
    let status = app.sms(PHONE, "statut", "kannel-9").await;
    assert_eq!(
        status,
        format!("Plainte {code} : répondue. Pour lire la réponse, envoyez REP {code}.")
    );
    let first = app.sms(PHONE, &format!("rep {code}"), "kannel-10").await;
    assert!(
        first.starts_with("1/2 Réponse") || first.starts_with("1/3 Réponse"),
        "{first}"
    );
    assert_one_sms(&first);
    let parts: Vec<String> = app
        .state
        .store
        .notifications_of(id)
        .await
        .unwrap()
        .iter()
        .filter(|n| n.template == "part")
        .map(|n| n.params["text"].as_str().unwrap().to_owned())
        .collect();
    let total = first[2..3].parse::<usize>().unwrap();
    assert_eq!(parts.len(), total - 1, "{parts:?}");
    let mut whole = first.split_once(' ').unwrap().1.to_owned();
    for (i, part) in parts.iter().enumerate() {
        assert!(part.starts_with(&format!("{}/{total} ", i + 2)), "{part}");
        assert_one_sms(part);
        whole.push(' ');
        whole.push_str(part.split_once(' ').unwrap().1);
    }
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    // French made plain for GSM-7 (reçu → recu): two messages instead of five.
    let plain = domain::sms::plain_latin(&format!("Réponse {code} : {answer}")).unwrap();
    assert_eq!(whole, flat(&plain));
    assert_eq!(total, 2);

    // Someone else's code from another number: nothing about it, as for a code that does
    // not exist; with the secret, it is followed.
    let unknown = TrackingCode::from_random([1; 8]).to_string();
    let nothing = app
        .sms(OTHER_PHONE, &format!("statut {unknown}"), "kannel-11")
        .await;
    let theirs = app
        .sms(OTHER_PHONE, &format!("statut {code}"), "kannel-12")
        .await;
    assert_eq!(theirs, nothing);
    assert!(!theirs.contains("répondue"));
    let with_secret = app
        .sms(OTHER_PHONE, &format!("statut {code} {secret}"), "kannel-13")
        .await;
    assert!(with_secret.contains("répondue"), "{with_secret}");

    // Rate once, with typos and accents forgiven.
    assert_eq!(
        app.sms(PHONE, "Notte 4 merci", "kannel-14").await,
        format!("Merci. Note 4/5 enregistrée pour la plainte {code}.")
    );
    assert_eq!(
        app.sms(PHONE, "note 5", "kannel-15").await,
        format!("La plainte {code} a déjà une note.")
    );
    assert!(
        app.sms(PHONE, "note", "kannel-16")
            .await
            .starts_with("Écrivez NOTE")
    );
    // Appeal with a reason, from the other number with the secret.
    let appealed = app
        .sms(
            OTHER_PHONE,
            &format!("APPEL {code} {secret} Le comptable refuse toujours de rembourser."),
            "kannel-17",
        )
        .await;
    assert_eq!(
        appealed,
        format!("Appel enregistré pour la plainte {code}. Il sera examiné.")
    );
    let r = app
        .get(&format!("/api/v1/complaints/{code}"), Auth::Token(&admin))
        .await;
    assert_eq!(r.json["status"], "appealed");
    // Withdraw is refused while appealed? No: withdrawing is allowed from any open state.
    assert_eq!(
        app.sms(PHONE, "retirer", "kannel-18").await,
        format!("La plainte {code} est retirée.")
    );
    assert!(
        app.sms(PHONE, "retirer", "kannel-19")
            .await
            .starts_with(&format!(
                "Impossible pour la plainte {code} : elle est retirée"
            )),
    );
}
on_both_backends!(sms_filing_and_follow_up);

async fn sms_commands_in_english_and_national_languages(db: &TestDb) {
    let app = TestApp::new(db).await;
    // A command word sets the language of the replies, and it is remembered.
    let help = app.sms(PHONE, "HELP", "h1").await;
    assert!(
        help.starts_with("Describe your problem in one SMS."),
        "{help}"
    );
    assert_one_sms(&help);
    let filed = app
        .sms(
            PHONE,
            "The teacher of CM2 in Koubri has been absent for two weeks.",
            "h2",
        )
        .await;
    assert!(filed.starts_with("Complaint registered."), "{filed}");
    assert!(filed.contains("1 Education 2 Civil service"), "{filed}");
    assert_one_sms(&filed);
    let (code, _) = code_and_secret(&filed);
    let education = app.sms(PHONE, "1", "h3").await;
    assert!(
        education.starts_with("Education: 1 Teacher absent 2 Canteen"),
        "{education}"
    );
    assert!(app.sms(PHONE, "1", "h4").await.contains("Teacher absent"));
    let status = app.sms(PHONE, &format!("track {code}"), "h5").await;
    assert!(
        status.starts_with(&format!("Complaint {code}: Received.")),
        "{status}"
    );
    // Mooré and Dioula words for help and the answer (flagged for review in the catalogues).
    for (i, word) in ["Sõngre", "DƐMƐ", "deme", "ballal"].iter().enumerate() {
        let r = app.sms(OTHER_PHONE, word, &format!("n{i}")).await;
        assert!(!r.is_empty() && !r.contains("enregistrée"), "{word}: {r}");
    }
    let answer = app.sms(PHONE, &format!("jaabi {code}"), "h6").await;
    assert!(answer.contains(&code), "{answer}");
    // STOP and START.
    // "jaabi" is Dioula: replies are in Dioula now (French until translated).
    assert!(app.sms(PHONE, "stop", "h7").await.contains("REPRENDRE"));
    assert!(!app.sms(PHONE, "start", "h8").await.is_empty());
}
on_both_backends!(sms_commands_in_english_and_national_languages);

async fn sms_bad_input(db: &TestDb) {
    let app = TestApp::new(db).await;
    let before = app.footprint().await;
    for (i, text) in ["", "    ", "🙏🙏🙏", "!!!"].iter().enumerate() {
        let r = app.sms(PHONE, text, &format!("e{i}")).await;
        assert!(r.starts_with("Message vide."), "{text:?}: {r}");
    }
    assert!(
        app.sms(PHONE, "Bonjour", "short")
            .await
            .starts_with("Décrivez le problème")
    );
    assert_eq!(
        app.footprint().await,
        before,
        "nothing stored for empty messages"
    );
    // Not UTF-8 at all: what is not text is dropped.
    let r = app
        .get(
            "/channels/sms/kannel?from=70112233&text=%FF%FE%00%01&id=bin&charset=UTF-8",
            Auth::None,
        )
        .await;
    assert!(
        r.json.as_str().unwrap().starts_with("Message vide."),
        "{}",
        r.json
    );
    // A 1,000-character message is a complaint.
    let long = "Le directeur de l'école exige de l'argent. ".repeat(24);
    let long: String = long.chars().take(1000).collect();
    let filed = app.sms(PHONE, &long, "long").await;
    assert!(filed.starts_with("Plainte enregistrée."), "{filed}");
    // A code that does not exist.
    let unknown = TrackingCode::from_random([2; 8]).to_string();
    assert!(
        app.sms(PHONE, &format!("rep {unknown}"), "u")
            .await
            .starts_with("Aucune plainte de ce numéro")
    );
    assert!(
        app.sms(OTHER_PHONE, "statut", "u2")
            .await
            .starts_with("Aucune plainte envoyée")
    );
    // A flood from one number: after the hourly limit, one polite reply, then silence;
    // what was accepted is kept.
    let (complaints, _) = app.footprint().await;
    let mut replies = Vec::new();
    for i in 0..35 {
        replies.push(
            app.sms(
                OTHER_PHONE,
                &format!("Plainte numéro {i} : le guichet est fermé."),
                &format!("f{i}"),
            )
            .await,
        );
    }
    let limited: Vec<_> = replies
        .iter()
        .filter(|r| r.starts_with("Trop de messages"))
        .collect();
    assert_eq!(limited.len(), 1, "{replies:?}");
    assert!(replies.last().unwrap().is_empty());
    let (after, _) = app.footprint().await;
    assert!(after > complaints, "what was accepted is kept");
    // A request that does not come from the gateway: refused, nothing stored.
    let guarded = TestApp::new(db).await;
    let state = guarded
        .state
        .clone()
        .with_gateway(redress::web::channels::GatewayAccess {
            allow: vec![std::net::IpAddr::from([0, 0, 0, 0])],
            secret: Some("kannel-secret".into()),
        });
    let router = redress::web::router(state);
    let before = app.footprint().await;
    for uri in [
        "/channels/sms/kannel?from=70112233&text=Une+plainte+assez+longue&id=x1",
        "/channels/sms/kannel?from=70112233&text=Une+plainte+assez+longue&id=x2&secret=wrong",
    ] {
        let response = tower::ServiceExt::oneshot(
            router.clone(),
            axum::http::Request::get(uri)
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
    }
    assert_eq!(app.footprint().await, before);
    let response = tower::ServiceExt::oneshot(
        router,
        axum::http::Request::get(
            "/channels/sms/kannel?from=70112233&text=aide&id=x3&secret=kannel-secret",
        )
        .body(axum::body::Body::empty())
        .unwrap(),
    )
    .await
    .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
}
on_both_backends!(sms_bad_input);

/// The SMS number and USSD code citizens see come from the settings, not the catalogue.
async fn phone_numbers_shown_come_from_settings(db: &TestDb) {
    let app = TestApp::new(db).await;
    let home = |router: axum::Router| async move {
        let response = tower::ServiceExt::oneshot(
            router,
            axum::http::Request::get("/")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
        let bytes = http_body_util::BodyExt::collect(response.into_body())
            .await
            .unwrap()
            .to_bytes();
        String::from_utf8(bytes.to_vec()).unwrap()
    };
    let bare = home(app.router.clone()).await;
    assert!(
        !bare.contains("Par SMS") && !bare.contains("Par USSD"),
        "no number, no promise"
    );
    assert!(
        !bare.contains("À orienter"),
        "the routing desk is not a department to pick"
    );
    let services = (**app.state)
        .clone()
        .with_contact(redress::services::Contact {
            sms_number: Some("3535".into()),
            ussd_code: Some("*384*22#".into()),
            phone_number: None,
        });
    let page = home(redress::web::router(redress::web::AppState::from_services(
        services,
    )))
    .await;
    assert!(page.contains("Par SMS au 3535"), "{page}");
    assert!(page.contains("Par USSD en composant le *384*22#"), "{page}");
}
on_both_backends!(phone_numbers_shown_come_from_settings);

/// Only the gateways may call the USSD route.
async fn ussd_route_refuses_other_callers(db: &TestDb) {
    let app = TestApp::new(db).await;
    let state = app
        .state
        .clone()
        .with_gateway(redress::web::channels::GatewayAccess {
            allow: vec!["10.1.2.3".parse().unwrap()],
            secret: None,
        });
    let response = tower::ServiceExt::oneshot(
        redress::web::router(state),
        axum::http::Request::post("/channels/ussd")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(axum::body::Body::from(
                "sessionId=x&serviceCode=*1%23&phoneNumber=%2B22670112233&text=",
            ))
            .unwrap(),
    )
    .await
    .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}
on_both_backends!(ussd_route_refuses_other_callers);
