//! The API contract, on both backends.

use crate::support::{Auth, TestApp, health_complaint};
use axum::http::StatusCode;
use domain::Role;
use serde_json::json;
use store::AuditReport;
use store::on_both_backends;
use store::testing::TestDb;

async fn complaint_goes_through_its_lifecycle(db: &TestDb) {
    let app = TestApp::new(db).await;
    let boss = app
        .staff("chef@sante.bf", Role::Supervisor, Some("SAN"))
        .await;
    let officer = app
        .staff("agent@sante.bf", Role::Officer, Some("SAN-BF13"))
        .await;
    let (code, secret) = app.file(health_complaint()).await;
    assert_eq!(code.len(), 13, "XXXX-XXXX-XXX");
    assert_eq!(secret.len(), 8);

    // The public sees status, category and dates only.
    let public = app
        .get(&format!("/api/v1/complaints/{code}"), Auth::None)
        .await;
    assert_eq!(public.status, StatusCode::OK);
    assert_eq!(public.json["status"], "received");
    assert_eq!(public.json["category"], "SAN-FEES");
    assert!(public.json["acknowledge_by"].is_string() && public.json["answer_by"].is_string());
    assert!(public.json.get("description").is_none() && public.json.get("complainant").is_none());
    assert!(
        public.json.get("kind").is_none(),
        "that it is a denunciation or not is not public"
    );

    // The complainant, with the secret, sees everything about their complaint.
    let mine = app
        .get(&format!("/api/v1/complaints/{code}"), Auth::Secret(&secret))
        .await;
    assert_eq!(mine.json["complainant"]["phone"], "+22670112233");
    assert_eq!(mine.json["language"], "mos");
    assert_eq!(
        mine.json["unit"], "SAN-BF13",
        "routed to the regional directorate"
    );
    assert_eq!(mine.json["actions"], json!(["withdraw", "reply"]));
    // The public lookup reads its own columns: what it shows is what the full record says.
    for field in [
        "tracking_code",
        "status",
        "category",
        "received_at",
        "updated_at",
        "acknowledge_by",
        "answer_by",
        "late",
    ] {
        assert!(!public.json[field].is_null(), "{field} shown to the public");
        assert_eq!(public.json[field], mine.json[field], "{field}");
    }

    let steps = [
        (&boss, json!({"action": "accept"}), "accepted"),
        (
            &boss,
            json!({"action": "assign", "assignee": "agent@sante.bf"}),
            "assigned",
        ),
        (&officer, json!({"action": "start"}), "in_progress"),
        (
            &officer,
            json!({"action": "note", "text": "Appelé le major du CSPS."}),
            "in_progress",
        ),
        (
            &officer,
            json!({"action": "answer", "message": "Le montant vous sera remboursé."}),
            "answered",
        ),
        (&boss, json!({"action": "close"}), "closed"),
    ];
    for (token, body, state) in steps {
        let r = app.act(&code, Auth::Token(token), body.clone()).await;
        assert_eq!(r.status, StatusCode::OK, "{body}: {}", r.json);
        assert_eq!(r.json["status"], state, "{body}");
    }
    let closed = app
        .get(&format!("/api/v1/complaints/{code}"), Auth::Secret(&secret))
        .await;
    let history = closed.json["history"].as_array().unwrap();
    let answer = history.iter().find(|h| h["action"] == "answer").unwrap();
    assert_eq!(answer["message"], "Le montant vous sera remboursé.");
    assert!(
        history.iter().all(|h| h["action"] != "note"),
        "internal notes stay internal"
    );

    // A closed complaint cannot be started again: 409, nothing written.
    let before = app.footprint().await;
    let refused = app
        .act(&code, Auth::Token(&boss), json!({"action": "start"}))
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert_eq!(refused.json["error"]["code"], "not_allowed_now");
    assert_eq!(app.footprint().await, before);

    let events = app
        .get(
            &format!("/api/v1/complaints/{code}/events"),
            Auth::Token(&boss),
        )
        .await;
    let actions: Vec<_> = events
        .json
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "received", "accept", "assign", "start", "note", "answer", "close"
        ]
    );
    assert_eq!(
        app.state.store.verify_audit().await.unwrap(),
        AuditReport::Intact { events: 7 }
    );
}
on_both_backends!(complaint_goes_through_its_lifecycle);

async fn complainants_appeal_and_withdraw(db: &TestDb) {
    let app = TestApp::new(db).await;
    let boss = app
        .staff("chef@sante.bf", Role::Supervisor, Some("SAN"))
        .await;
    let (code, secret) = app.file(health_complaint()).await;
    let me = Auth::Secret(&secret);
    assert_eq!(
        app.act(&code, me, json!({"action": "accept"})).await.status,
        StatusCode::FORBIDDEN
    );
    for body in [
        json!({"action": "accept"}),
        json!({"action": "assign", "assignee": "chef@sante.bf"}),
        json!({"action": "start"}),
        json!({"action": "answer", "message": "Réglé."}),
    ] {
        assert_eq!(
            app.act(&code, Auth::Token(&boss), body).await.status,
            StatusCode::OK
        );
    }
    let appeal = app
        .act(
            &code,
            me,
            json!({"action": "appeal", "reason": "Rien n'a changé."}),
        )
        .await;
    assert_eq!(appeal.json["status"], "appealed", "{}", appeal.json);
    // Closing after an appeal needs a reason.
    let bare = app
        .act(&code, Auth::Token(&boss), json!({"action": "close"}))
        .await;
    assert_eq!(bare.status, StatusCode::UNPROCESSABLE_ENTITY);
    let closed = app
        .act(
            &code,
            Auth::Token(&boss),
            json!({"action": "close", "reason": "Vérifié sur place."}),
        )
        .await;
    assert_eq!(closed.json["status"], "closed");

    let (other, other_secret) = app.file(health_complaint()).await;
    let w = app
        .act(
            &other,
            Auth::Secret(&other_secret),
            json!({"action": "withdraw"}),
        )
        .await;
    assert_eq!(w.json["status"], "withdrawn");
    let again = app
        .act(
            &other,
            Auth::Secret(&other_secret),
            json!({"action": "withdraw"}),
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
}
on_both_backends!(complainants_appeal_and_withdraw);

async fn roles_and_scopes_are_enforced(db: &TestDb) {
    let app = TestApp::new(db).await;
    let edu = app
        .staff("agent@education.bf", Role::Officer, Some("EDU-BF13"))
        .await;
    let other_region = app
        .staff("agent@sante-bobo.bf", Role::Officer, Some("SAN-BF53"))
        .await;
    let intake = app
        .staff("accueil@sante.bf", Role::Intake, Some("SAN"))
        .await;
    let auditor = app.staff("audit@igc.bf", Role::Auditor, None).await;
    let officer = app
        .staff("agent@sante.bf", Role::Officer, Some("SAN-BF13"))
        .await;
    let (code, _) = app.file(health_complaint()).await;
    let uri = format!("/api/v1/complaints/{code}");
    for token in [&edu, &other_region] {
        assert_eq!(
            app.get(&uri, Auth::Token(token)).await.status,
            StatusCode::FORBIDDEN
        );
        let r = app
            .act(&code, Auth::Token(token), json!({"action": "accept"}))
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert_eq!(r.json["error"]["code"], "forbidden");
    }
    // Officers and intake agents do not read the audit trail.
    assert_eq!(
        app.get(&format!("{uri}/events"), Auth::Token(&officer))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get(&format!("{uri}/events"), Auth::Token(&intake))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // Auditors read, including the audit trail, and change nothing.
    assert_eq!(
        app.get(&uri, Auth::Token(&auditor)).await.status,
        StatusCode::OK
    );
    assert_eq!(
        app.get(&format!("{uri}/events"), Auth::Token(&auditor))
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(
        app.act(&code, Auth::Token(&auditor), json!({"action": "accept"}))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // Intake triages but does not answer.
    assert_eq!(
        app.act(&code, Auth::Token(&intake), json!({"action": "accept"}))
            .await
            .status,
        StatusCode::OK
    );
    let r = app
        .act(
            &code,
            Auth::Token(&intake),
            json!({"action": "assign", "assignee": "agent@sante.bf"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // An officer cannot be assigned a complaint outside their unit.
    let r = app
        .act(
            &code,
            Auth::Token(&officer),
            json!({"action": "assign", "assignee": "agent@education.bf"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    // An officer starts only what is assigned to them.
    let r = app
        .act(
            &code,
            Auth::Token(&officer),
            json!({"action": "assign", "assignee": "agent@sante.bf"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    // Transfer to Bobo-Dioulasso: out of this officer's scope afterwards, in the other's.
    let r = app
        .act(
            &code,
            Auth::Token(&officer),
            json!({"action": "transfer", "unit": "SAN-BF53", "reason": "Le CSPS est à Bobo."}),
        )
        .await;
    assert_eq!(
        (r.status, r.json["status"].as_str()),
        (StatusCode::OK, Some("accepted")),
        "{}",
        r.json
    );
    assert_eq!(
        app.get(&uri, Auth::Token(&officer)).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get(&uri, Auth::Token(&other_region)).await.status,
        StatusCode::OK
    );
    // Lists hold only what is in scope.
    let list = |t: &str| {
        let t = t.to_owned();
        let app = &app;
        async move {
            app.get("/api/v1/complaints", Auth::Token(&t)).await.json["items"]
                .as_array()
                .unwrap()
                .len()
        }
    };
    assert_eq!(list(&other_region).await, 1);
    assert_eq!(list(&officer).await, 0);
    assert_eq!(list(&edu).await, 0);
    assert_eq!(list(&auditor).await, 1);
}
on_both_backends!(roles_and_scopes_are_enforced);

async fn complainants_reply_and_rate_once(db: &TestDb) {
    let app = TestApp::new(db).await;
    let boss = app
        .staff("chef@sante.bf", Role::Supervisor, Some("SAN"))
        .await;
    let (code, secret) = app.file(health_complaint()).await;
    let me = Auth::Secret(&secret);
    let r = app
        .act(
            &code,
            me,
            json!({"action": "reply", "text": "Le reçu porte le cachet du CSPS."}),
        )
        .await;
    assert_eq!(
        (r.status, r.json["status"].as_str()),
        (StatusCode::OK, Some("received"))
    );
    assert_eq!(
        app.act(&code, me, json!({"action": "rate", "score": 4}))
            .await
            .status,
        StatusCode::CONFLICT,
        "nothing to rate yet"
    );
    for body in [
        json!({"action": "accept"}),
        json!({"action": "assign", "assignee": "chef@sante.bf"}),
        json!({"action": "start"}),
        json!({"action": "answer", "message": "Remboursé."}),
    ] {
        assert_eq!(
            app.act(&code, Auth::Token(&boss), body).await.status,
            StatusCode::OK
        );
    }
    assert_eq!(
        app.act(&code, me, json!({"action": "rate", "score": 9}))
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let r = app
        .act(
            &code,
            me,
            json!({"action": "rate", "score": 4, "text": "Rapide."}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    assert_eq!(
        app.act(&code, me, json!({"action": "rate", "score": 5}))
            .await
            .status,
        StatusCode::CONFLICT,
        "once"
    );
    let events = app
        .get(
            &format!("/api/v1/complaints/{code}/events"),
            Auth::Token(&boss),
        )
        .await;
    let rate = events
        .json
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "rate")
        .unwrap();
    assert_eq!(rate["data"]["score"], 4);
    let history = r.json["history"].as_array().unwrap();
    assert!(
        history
            .iter()
            .any(|h| h["action"] == "reply" && h["message"] == "Le reçu porte le cachet du CSPS.")
    );
}
on_both_backends!(complainants_reply_and_rate_once);

async fn idempotency_key_registers_once(db: &TestDb) {
    let app = TestApp::new(db).await;
    let send = || async {
        let req = axum::http::Request::post("/api/v1/complaints")
            .header("content-type", "application/json")
            .header("idempotency-key", "retry-0001-abcd")
            .body(axum::body::Body::from(health_complaint().to_string()))
            .unwrap();
        app.send(req).await
    };
    let (first, second) = (send().await, send().await);
    assert_eq!(
        (first.status, second.status),
        (StatusCode::CREATED, StatusCode::CREATED)
    );
    assert_eq!(first.json, second.json, "the same receipt, secret included");
    assert_eq!(app.footprint().await, (1, 1));
    // The same key with another body is another request: it never returns this receipt.
    let mut other = health_complaint();
    other["description"] = json!("Une autre plainte, envoyée avec la même clé.");
    let req = axum::http::Request::post("/api/v1/complaints")
        .header("content-type", "application/json")
        .header("idempotency-key", "retry-0001-abcd")
        .body(axum::body::Body::from(other.to_string()))
        .unwrap();
    let third = app.send(req).await;
    assert_ne!(third.json["secret"], first.json["secret"]);
}
on_both_backends!(idempotency_key_registers_once);

async fn deadlines_extend_once_where_the_category_allows(db: &TestDb) {
    let app = TestApp::new(db).await;
    let boss = app
        .staff("chef@sante.bf", Role::Supervisor, Some("SAN"))
        .await;
    let (code, secret) = app.file(health_complaint()).await; // SAN-FEES: extendable
    let extend = json!({"action": "extend", "reason": "Enquête auprès du district sanitaire."});
    assert_eq!(
        app.act(&code, Auth::Token(&boss), extend.clone())
            .await
            .status,
        StatusCode::CONFLICT,
        "not before acceptance"
    );
    app.act(&code, Auth::Token(&boss), json!({"action": "accept"}))
        .await;
    let before = app
        .get(&format!("/api/v1/complaints/{code}"), Auth::Token(&boss))
        .await
        .json["answer_by"]
        .clone();
    let r = app
        .act(&code, Auth::Token(&boss), json!({"action": "extend"}))
        .await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a reason is needed"
    );
    let r = app.act(&code, Auth::Token(&boss), extend.clone()).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let before = time::Date::parse(
        before.as_str().unwrap(),
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .unwrap();
    let after = time::Date::parse(
        r.json["answer_by"].as_str().unwrap(),
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .unwrap();
    assert!(
        after >= before + time::Duration::days(10),
        "{before} -> {after}"
    );
    assert_eq!(
        app.act(&code, Auth::Token(&boss), extend.clone())
            .await
            .status,
        StatusCode::CONFLICT,
        "once"
    );
    // The citizen sees it, with the reason, and is told by SMS.
    let mine = app
        .get(&format!("/api/v1/complaints/{code}"), Auth::Secret(&secret))
        .await;
    assert!(mine.json["history"].as_array().unwrap().iter().any(
        |h| h["action"] == "extend" && h["message"] == "Enquête auprès du district sanitaire."
    ));
    let row = app
        .state
        .store
        .complaint_by_code(&code.replace('-', ""))
        .await
        .unwrap()
        .unwrap();
    let told = app.state.store.notifications_of(row.id).await.unwrap();
    let extended = told.iter().find(|n| n.template == "extended").unwrap();
    assert_eq!(extended.params.0["answer"], redress::i18n::date(after));
    // A category that does not allow it.
    let mut wait = health_complaint();
    wait["category"] = json!("SAN-WAIT");
    let (other, _) = app.file(wait).await;
    app.act(&other, Auth::Token(&boss), json!({"action": "accept"}))
        .await;
    assert_eq!(
        app.act(&other, Auth::Token(&boss), extend).await.status,
        StatusCode::CONFLICT
    );
}
on_both_backends!(deadlines_extend_once_where_the_category_allows);

async fn a_transfer_reply_shows_nothing_out_of_scope(db: &TestDb) {
    let app = TestApp::new(db).await;
    let officer = app
        .staff("agent@sante.bf", Role::Officer, Some("SAN-BF13"))
        .await;
    let mut body = health_complaint();
    body["kind"] = json!("denunciation");
    let (code, _) = app.file(body).await;
    app.act(&code, Auth::Token(&officer), json!({"action": "accept"}))
        .await;
    let r = app
        .act(
            &code,
            Auth::Token(&officer),
            json!({"action": "transfer", "unit": "SAN-BF53", "reason": "Bobo."}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.json.get("description").is_none() && r.json.get("complainant").is_none(),
        "{}",
        r.json
    );
    assert!(!r.json.to_string().contains("Ouédraogo"));
    // An action the state does not allow is a 409 even when its fields are missing too.
    let r = app
        .act(&code, Auth::Token(&officer), json!({"action": "answer"}))
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "out of scope now");
}
on_both_backends!(a_transfer_reply_shows_nothing_out_of_scope);

async fn denunciation_identity_is_hidden_from_staff(db: &TestDb) {
    let app = TestApp::new(db).await;
    let boss = app
        .staff("chef@sante.bf", Role::Supervisor, Some("SAN"))
        .await;
    let mut body = health_complaint();
    body["kind"] = json!("denunciation");
    let (code, secret) = app.file(body).await;
    let staff_view = app
        .get(&format!("/api/v1/complaints/{code}"), Auth::Token(&boss))
        .await;
    assert_eq!(staff_view.json["identity_protected"], true);
    assert!(staff_view.json.get("complainant").is_none());
    assert!(!staff_view.json.to_string().contains("Ouédraogo"));
    let own = app
        .get(&format!("/api/v1/complaints/{code}"), Auth::Secret(&secret))
        .await;
    assert_eq!(own.json["complainant"]["name"], "Awa Ouédraogo");
}
on_both_backends!(denunciation_identity_is_hidden_from_staff);

async fn reference_openapi_health_and_metrics(db: &TestDb) {
    let app = TestApp::new(db).await;
    let cats = app.get("/api/v1/categories", Auth::None).await;
    assert!(
        cats.json
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["code"] == "JUS-DELAY")
    );
    let places = app.get("/api/v1/locations", Auth::None).await;
    assert_eq!(places.json["regions"].as_array().unwrap().len(), 17);
    assert_eq!(places.json["communes"].as_array().unwrap().len(), 351);
    let units = app.get("/api/v1/units", Auth::None).await;
    assert_eq!(units.json.as_array().unwrap().len(), 77);
    let doc = app.get("/api/v1/openapi.json", Auth::None).await;
    assert!(doc.json["openapi"].as_str().unwrap().starts_with("3."));
    for path in [
        "/complaints",
        "/complaints/{code}",
        "/complaints/{code}/actions",
        "/complaints/{code}/events",
        "/categories",
        "/units",
        "/locations",
    ] {
        assert!(doc.json["paths"].get(path).is_some(), "{path} documented");
    }
    assert!(
        doc.json["components"]["schemas"]
            .get("NewComplaintIn")
            .is_some()
    );
    assert_eq!(app.get("/healthz", Auth::None).await.status, StatusCode::OK);
    app.file(health_complaint()).await;
    let metrics = app.get("/metrics", Auth::None).await;
    let text = metrics.json.as_str().unwrap();
    assert!(
        text.contains(
            "http_requests_total{method=\"POST\",route=\"/api/v1/complaints\",status=\"201\"}"
        ),
        "{text}"
    );
    assert!(text.contains("http_request_duration_seconds_bucket"));
    assert!(text.contains("redress_complaints{state=\"received\"} 1"));
    assert!(!text.contains(&"Ouédraogo".to_string()));
}
on_both_backends!(reference_openapi_health_and_metrics);

/// The actions the API lists are the ones that would be taken, not only what the state
/// allows: an officer starts what is assigned to them; a rated answer is not rated again;
/// the appeal window runs from the answer, and a later reply does not restart it.
async fn listed_actions_follow_every_rule(db: &TestDb) {
    let mut app = TestApp::new(db).await;
    let boss = app
        .staff("chef@sante.bf", Role::Supervisor, Some("SAN"))
        .await;
    let officer = app
        .staff("agent@sante.bf", Role::Officer, Some("SAN-BF13"))
        .await;
    let colleague = app
        .staff("collegue@sante.bf", Role::Officer, Some("SAN-BF13"))
        .await;
    let (code, secret) = app.file(health_complaint()).await;
    let uri = format!("/api/v1/complaints/{code}");
    let actions = |r: &crate::support::Reply| r.json["actions"].clone();
    let offers = |r: &crate::support::Reply, action: &str| {
        r.json["actions"]
            .as_array()
            .expect("the actions are listed")
            .contains(&json!(action))
    };
    app.act_all(
        &code,
        Auth::Token(&boss),
        &[
            json!({"action": "accept"}),
            json!({"action": "assign", "assignee": "agent@sante.bf"}),
        ],
    )
    .await;
    let mine = app.get(&uri, Auth::Token(&officer)).await;
    assert!(offers(&mine, "start"), "{}", mine.json);
    let theirs = app.get(&uri, Auth::Token(&colleague)).await;
    assert!(!offers(&theirs, "start"), "{}", theirs.json);
    let refused = app
        .act(&code, Auth::Token(&colleague), json!({"action": "start"}))
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.json);
    app.act_all(
        &code,
        Auth::Token(&officer),
        &[
            json!({"action": "start"}),
            json!({"action": "answer", "message": "Le montant vous sera remboursé."}),
        ],
    )
    .await;
    let answered = app.get(&uri, Auth::Secret(&secret)).await;
    assert_eq!(
        actions(&answered),
        json!(["appeal", "withdraw", "reply", "rate"])
    );
    let rated = app
        .act(
            &code,
            Auth::Secret(&secret),
            json!({"action": "rate", "score": 4}),
        )
        .await;
    assert_eq!(rated.status, StatusCode::OK, "{}", rated.json);
    assert_eq!(actions(&rated), json!(["appeal", "withdraw", "reply"]));

    // Day 29: a reply; day 31: the window, counted from the answer, is closed.
    let start = time::OffsetDateTime::now_utc();
    for (days, body, status) in [
        (
            29,
            json!({"action": "reply", "text": "Toujours pas remboursé."}),
            StatusCode::OK,
        ),
        (
            31,
            json!({"action": "appeal", "reason": "Rien reçu."}),
            StatusCode::CONFLICT,
        ),
    ] {
        let at = start + time::Duration::days(days);
        app.state = app
            .state
            .clone()
            .with_clock(std::sync::Arc::new(move || at));
        app.router = redress::web::router(app.state.clone());
        let r = app.act(&code, Auth::Secret(&secret), body).await;
        assert_eq!(r.status, status, "day {days}: {}", r.json);
    }
    let after = app.get(&uri, Auth::Secret(&secret)).await;
    assert_eq!(actions(&after), json!(["withdraw", "reply"]));
}
on_both_backends!(listed_actions_follow_every_rule);
