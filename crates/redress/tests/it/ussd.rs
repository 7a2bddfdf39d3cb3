//! USSD a whole session at a time through its callback, on both backends: filing in every
//! language, following, back, home, paging, bad answers, expiry, and two nodes answering
//! alternate steps of one session.

use crate::support::{Auth, TestApp};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use domain::{Role, TrackingCode};
use http_body_util::BodyExt;
use redress::web::channels::GatewayAccess;
use redress::web::{AppState, router};
use serde_json::json;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use store::on_both_backends;
use store::testing::TestDb;
use store::{Store, Vault};
use time::OffsetDateTime;
use tower::ServiceExt;

/// Every screen of every session of these tests, for the length check.
async fn step(router: &axum::Router, session: &str, phone: &str, text: &str) -> String {
    let body = serde_urlencoded::to_string([
        ("sessionId", session),
        ("serviceCode", "*384*22#"),
        ("phoneNumber", phone),
        ("text", text),
    ])
    .unwrap();
    let response = router
        .clone()
        .oneshot(
            Request::post("/channels/ussd")
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from(body))
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let reply = String::from_utf8(bytes.to_vec()).unwrap();
    assert!(
        reply.starts_with("CON ") || reply.starts_with("END "),
        "{reply}"
    );
    let screen = &reply[4..];
    assert!(
        screen.chars().count() <= 160,
        "{} characters: {screen}",
        screen.chars().count()
    );
    reply
}

/// Answers in turn, the way aggregators send them (every answer so far, joined by `*`).
async fn session(router: &axum::Router, id: &str, phone: &str, answers: &[&str]) -> Vec<String> {
    let mut text = String::new();
    let mut replies = vec![step(router, id, phone, "").await];
    for a in answers {
        if !text.is_empty() || replies.len() > 1 {
            text.push('*');
        }
        text.push_str(a);
        replies.push(step(router, id, phone, &text).await);
    }
    replies
}

fn code_in(reply: &str) -> String {
    reply
        .split(|c: char| c.is_whitespace() || c == '.')
        .find(|w| w.len() == 13 && TrackingCode::parse(w).is_ok())
        .unwrap_or_else(|| panic!("no code in {reply}"))
        .to_owned()
}

async fn ussd_filing_in_every_language(db: &TestDb) {
    let app = TestApp::new(db).await;
    let admin = app.staff("admin@gov.bf", Role::Admin, None).await;
    let words = [
        ("1", "Plainte enregistrée."),
        ("2", "Complaint registered."),
        ("3", "Plainte enregistrée."),
        ("4", "Plainte enregistrée."),
        ("5", "Plainte enregistrée."),
    ];
    for (i, (language, filed)) in words.iter().enumerate() {
        let phone = format!("+2267011220{i}");
        // Language, file, complaint, Education, first subject, regions: next page, first
        // region there, its first commune, description, confirm.
        let replies = session(
            &app.router,
            &format!("s-{i}"),
            &phone,
            &[
                language,
                "1",
                "1",
                "1",
                "1",
                "9",
                "1",
                "1",
                "Le directeur de l'école de Koubri exige 5000 F par élève.",
                "1",
            ],
        )
        .await;
        assert!(
            replies[0].starts_with("CON Redress\n1 Français\n2 English\n3 Mooré"),
            "{}",
            replies[0]
        );
        let last = replies.last().unwrap();
        assert!(
            last.starts_with(&format!("END {filed}")),
            "{language}: {replies:#?}"
        );
        let code = code_in(last);
        let r = app
            .get(&format!("/api/v1/complaints/{code}"), Auth::Token(&admin))
            .await;
        assert_eq!(r.status, StatusCode::OK);
        assert_eq!(r.json["channel"], "ussd");
        assert_eq!(
            r.json["category"], "EDU-ABSENCE",
            "the first subject of education"
        );
        assert!(r.json["location"]["commune"].is_string(), "{}", r.json);
        // The language is remembered: the next session opens on the main menu, and follows
        // the complaint from this number without its secret.
        let followed = session(&app.router, &format!("t-{i}"), &phone, &["2", &code]).await;
        assert!(!followed[0].contains("Fulfulde"), "{}", followed[0]);
        assert!(followed[1].starts_with("CON "), "{}", followed[1]);
        let status = if *language == "2" {
            "Complaint"
        } else {
            "Plainte"
        };
        assert!(
            followed[2].starts_with(&format!("END {status} {code}")),
            "{language}: {}",
            followed[2]
        );
        // A receipt by SMS (without the secret: the number needs none).
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
            notes
                .iter()
                .any(|n| n.template == "receipt" && n.channel == "sms")
        );
    }
}
on_both_backends!(ussd_filing_in_every_language);

async fn ussd_menus_back_home_paging_and_bad_answers(db: &TestDb) {
    let app = TestApp::new(db).await;
    // A new number for each session: a number's language is remembered, and these start
    // at the language screen.
    let phones: Vec<String> = (0..10).map(|i| format!("+2267099001{i}")).collect();
    let phone = phones[9].as_str();
    let r = session(&app.router, "b1", &phones[1], &["1", "1", "1", "2", "7"]).await;
    assert!(r[5].starts_with("CON Choix invalide. Sujet :"), "{}", r[5]);
    // Back from the subjects to the departments, then home.
    let r = session(
        &app.router,
        "b2",
        &phones[2],
        &["1", "1", "1", "0", "0", "00"],
    )
    .await;
    assert!(r[3].contains("Service concerné"), "{}", r[3]);
    assert!(r[4].starts_with("CON Type :"), "{}", r[4]);
    assert!(r[5].contains("1 Déposer une plainte"), "{}", r[5]);
    assert!(r[6].contains("1 Déposer une plainte"), "{}", r[6]);
    // Regions on four screens of five; back from the second to the first.
    let r = session(
        &app.router,
        "b3",
        &phones[3],
        &["1", "1", "1", "1", "1", "9", "9", "9", "0"],
    )
    .await;
    for screen in &r[5..=8] {
        assert!(screen.starts_with("CON Région :"), "{screen}");
    }
    assert!(r[7].contains("9 Suite"));
    assert!(!r[8].contains("9 Suite"), "the last page: {}", r[8]);
    assert_eq!(r[9], r[7], "back shows the previous page");
    // Legal deadlines and identity end the session.
    let r = session(&app.router, "b4", &phones[4], &["1", "3"]).await;
    assert!(
        r[2].starts_with("END Accusé de réception sous 3 jours ouvrables, réponse sous 10 jours"),
        "{}",
        r[2]
    );
    let r = session(&app.router, "b5", &phones[5], &["1", "4"]).await;
    assert!(r[2].starts_with("END Pour une dénonciation"), "{}", r[2]);
    // Out of order: text that does not follow the answers so far.
    step(&app.router, "b6", phone, "").await;
    step(&app.router, "b6", phone, "1").await;
    let odd = step(&app.router, "b6", phone, "2*2*2").await;
    assert!(
        odd.starts_with("CON Choix invalide. Plaintes sur les services publics"),
        "{odd}"
    );
    // An unknown session, and another number's session.
    let unknown = step(&app.router, "never-seen", phone, "1*1").await;
    assert_eq!(
        unknown,
        "END Session expirée. Composez de nouveau le *384*22#."
    );
    let stolen = step(&app.router, "b6", "+22676000000", "1*1").await;
    assert!(stolen.starts_with("END Session expirée"), "{stolen}");
    // A description too short, then cancelled at the confirmation: nothing filed.
    let before = app.footprint().await;
    let r = session(
        &app.router,
        "b7",
        &phones[7],
        &[
            "1",
            "1",
            "1",
            "1",
            "1",
            "1",
            "1",
            "court",
            "Il manque des tables-bancs dans la classe.",
            "2",
        ],
    )
    .await;
    assert!(r[8].starts_with("CON Choix invalide. Décrivez"), "{}", r[8]);
    assert!(r[9].starts_with("CON Envoyer ? Plainte, "), "{}", r[9]);
    assert_eq!(
        r[10],
        "END Rien n'a été envoyé. Pour recommencer, composez le *384*22#."
    );
    assert_eq!(app.footprint().await, before);
}
on_both_backends!(ussd_menus_back_home_paging_and_bad_answers);

async fn ussd_sessions_expire(db: &TestDb) {
    let app = TestApp::new(db).await;
    let offset = Arc::new(AtomicI64::new(0));
    let clock = offset.clone();
    let state = app.state.clone().with_clock(Arc::new(move || {
        OffsetDateTime::now_utc() + time::Duration::seconds(clock.load(Ordering::SeqCst))
    }));
    let router = router(state);
    step(&router, "e1", "+22670000001", "").await;
    step(&router, "e1", "+22670000001", "1").await;
    offset.store(6 * 60, Ordering::SeqCst);
    let late = step(&router, "e1", "+22670000001", "1*1").await;
    assert!(late.starts_with("END Session expirée"), "{late}");
}
on_both_backends!(ussd_sessions_expire);

async fn ussd_following_a_complaint(db: &TestDb) {
    let app = TestApp::new(db).await;
    let admin = app.staff("admin@gov.bf", Role::Admin, None).await;
    let phone = "+22670445566";
    let filed = app
        .sms(
            phone,
            "Le CSPS de Pissy fait payer les consultations des enfants.",
            "f1",
        )
        .await;
    let code = code_in(&filed);
    let secret = filed
        .split(|c: char| c.is_whitespace() || c == '.')
        .find(|w| w.len() == 8 && w.bytes().all(|b| b.is_ascii_digit()))
        .unwrap()
        .to_owned();
    // From the number that filed it: no secret asked (the language is asked first: an SMS
    // does not choose one).
    let r = session(&app.router, "f-1", phone, &["1", "2", &code]).await;
    assert!(
        r[3].starts_with(&format!("END Plainte {code} : Reçue.")),
        "{}",
        r[3]
    );
    let answer = "Le major rembourse les familles concernées dès lundi, et la gratuité des soins \
                  des enfants de moins de cinq ans est rappelée à tout le personnel du CSPS.";
    app.act_all(
        &code,
        Auth::Token(&admin),
        &[
            json!({"action": "accept"}),
            json!({"action": "assign", "assignee": "admin@gov.bf"}),
            json!({"action": "start"}),
            json!({"action": "answer", "message": answer}),
        ],
    )
    .await;
    let r = session(&app.router, "f-2", phone, &["2", &code, "1"]).await;
    assert!(
        r[2].starts_with(&format!(
            "CON Plainte {code} : répondue. « Le major rembourse"
        )),
        "{}",
        r[2]
    );
    assert!(r[2].contains("…"), "only the start of the answer: {}", r[2]);
    assert_eq!(r[3], "END La réponse vous est envoyée par SMS.");
    let id = app
        .state
        .store
        .complaint_by_code(TrackingCode::parse(&code).unwrap().as_str())
        .await
        .unwrap()
        .unwrap()
        .id;
    let parts: Vec<_> = app
        .state
        .store
        .notifications_of(id)
        .await
        .unwrap()
        .into_iter()
        .filter(|n| n.template == "part")
        .collect();
    assert_eq!(parts.len(), 2, "the whole answer in two numbered SMS");
    // From another number: the secret is asked; a wrong one tells nothing.
    let other = "+22676112233";
    let r = session(&app.router, "f-3", other, &["1", "2", &code, "11112222"]).await;
    assert!(r[3].starts_with("CON Code secret"), "{}", r[3]);
    assert_eq!(r[4], "END Aucune plainte avec ce code et ce secret.");
    let unknown = TrackingCode::from_random([4; 8]).to_string();
    let r = session(&app.router, "f-4", other, &["2", &unknown, "11112222"]).await;
    assert!(
        r[2].starts_with("CON Code secret"),
        "an unknown code looks the same: {}",
        r[2]
    );
    let r = session(&app.router, "f-5", other, &["2", &code, &secret]).await;
    assert!(
        r[3].starts_with(&format!("CON Plainte {code} : répondue.")),
        "{}",
        r[3]
    );
}
on_both_backends!(ussd_following_a_complaint);

/// Two nodes (two stores over the same database, two routers) answer alternate steps of
/// one session: the state is in the database.
async fn ussd_two_nodes_share_a_session(db: &TestDb) {
    let app = TestApp::new(db).await;
    let vault = Vault::load_or_create(&db.dir.join("secret.key")).unwrap();
    let second = Store::open(&db.url, Arc::new(vault)).await.unwrap();
    let node_b = router(
        AppState::new(second, db.dir.join("attachments"))
            .await
            .unwrap()
            .with_gateway(GatewayAccess {
                allow: vec![std::net::IpAddr::from([0, 0, 0, 0])],
                secret: None,
            }),
    );
    let nodes = [&app.router, &node_b];
    // French, file, denunciation, civil service, its fifth subject (competitive exams),
    // first region, first commune.
    let answers = [
        "1",
        "1",
        "2",
        "2",
        "5",
        "1",
        "1",
        "Le surveillant demande 2000 F pour laisser entrer en salle d'examen.",
        "1",
    ];
    let phone = "+22670334455";
    let mut text = String::new();
    let mut last = step(nodes[0], "two", phone, "").await;
    for (i, a) in answers.iter().enumerate() {
        if i > 0 {
            text.push('*');
        }
        text.push_str(a);
        last = step(nodes[(i + 1) % 2], "two", phone, &text).await;
    }
    assert!(last.starts_with("END Plainte enregistrée."), "{last}");
    let code = code_in(&last);
    let row = app
        .state
        .store
        .complaint_by_code(TrackingCode::parse(&code).unwrap().as_str())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.category_code, "FP-EXAMS");
    assert_eq!(row.kind, domain::Kind::Denunciation);
}
on_both_backends!(ussd_two_nodes_share_a_session);

/// Every page of every list, in every language, fits a screen (`step` checks each one).
async fn ussd_every_screen_fits(db: &TestDb) {
    let app = TestApp::new(db).await;
    let regions = app.state.catalog().regions.len();
    let mut n = 0;
    for language in ["1", "2", "3", "4", "5"] {
        for region in 0..regions {
            n += 1;
            let mut answers = vec![language, "1", "2", "1", "1"];
            answers.extend(std::iter::repeat_n("9", region / 5));
            let pick = ((region % 5) + 1).to_string();
            answers.push(&pick);
            // Every page of the region's communes.
            answers.extend(std::iter::repeat_n("9", 8));
            let phone = format!("+226709{n:05}");
            let r = session(&app.router, &format!("fit-{n}"), &phone, &answers).await;
            assert!(r.iter().any(|s| s.contains("Commune")), "{r:#?}");
        }
    }
}
on_both_backends!(ussd_every_screen_fits);
