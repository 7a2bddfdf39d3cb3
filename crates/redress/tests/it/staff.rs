//! The back-office in a browser without JavaScript: sign-in, lock-out, queues within
//! scope, handling a complaint from the queue to the answer, sign-out.

use crate::pages::Browser;
use crate::support::{TestApp, health_complaint};
use axum::http::StatusCode;
use domain::Role;
use redress::auth::hash_password;
use store::on_both_backends;
use store::testing::TestDb;
use store::{AdminChange, NewStaff};

pub async fn staff_member(app: &TestApp, email: &str, role: Role, unit: Option<&str>) {
    app.state
        .store
        .admin(
            AdminChange::AddStaff(NewStaff {
                email: email.into(),
                name: email.split('@').next().unwrap().into(),
                role,
                unit_code: unit.map(str::to_owned),
                password_hash: hash_password("a long enough password").unwrap(),
                created_at: time::OffsetDateTime::now_utc(),
            }),
            "test",
            time::OffsetDateTime::now_utc(),
        )
        .await
        .unwrap();
}

pub async fn sign_in(b: &mut Browser<'_>, email: &str, password: &str) -> StatusCode {
    login_page(b, email, password).await.0
}

/// The status and body of a sign-in.
pub async fn login_page(b: &mut Browser<'_>, email: &str, password: &str) -> (StatusCode, String) {
    let csrf = b.get("/staff/").await.field("csrf");
    let r = b
        .post_form(
            "/staff/login",
            &[("csrf", &csrf), ("email", email), ("password", password)],
        )
        .await;
    (r.status, r.body)
}

async fn an_officer_handles_a_complaint_from_the_queue_to_the_answer(db: &TestDb) {
    let app = TestApp::new(db).await;
    staff_member(&app, "agent@sante.bf", Role::Officer, Some("SAN-BF13")).await;
    staff_member(&app, "agent@education.bf", Role::Officer, Some("EDU-BF13")).await;
    let (code, secret) = app.file(health_complaint()).await;

    let mut b = Browser::new(&app);
    assert_eq!(
        b.get("/staff/queue").await.status,
        StatusCode::SEE_OTHER,
        "signed out: to the sign-in page"
    );
    assert_eq!(
        sign_in(&mut b, "agent@sante.bf", "wrong password").await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        sign_in(&mut b, "nobody@sante.bf", "a long enough password").await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        sign_in(&mut b, "agent@sante.bf", "a long enough password").await,
        StatusCode::SEE_OTHER
    );
    let cookie = b.cookies.get("rd_staff").cloned().unwrap();
    assert!(!cookie.is_empty());

    let queue = b.get("/staff/queue?view=triage").await;
    assert_eq!(queue.status, StatusCode::OK);
    assert!(
        queue.body.contains(&code),
        "the complaint is in the unit's triage queue"
    );
    let page = b.get(&format!("/staff/complaints/{code}")).await;
    assert!(
        page.body.contains("Awa Ouédraogo"),
        "the officer sees who complains"
    );
    let csrf = page.field("csrf");
    let act = |action: &'static str, extra: Vec<(&'static str, &'static str)>| {
        let mut fields = vec![("csrf", csrf.clone()), ("action", action.to_owned())];
        fields.extend(extra.into_iter().map(|(k, v)| (k, v.to_owned())));
        fields
    };
    let uri = format!("/staff/complaints/{code}/act");
    for (action, extra) in [
        ("accept", vec![]),
        ("assign", vec![("assignee", "agent@sante.bf")]),
        ("start", vec![]),
        ("note", vec![("text", "Appelé le major du CSPS.")]),
        (
            "answer",
            vec![("message", "Le montant vous sera remboursé lundi.")],
        ),
    ] {
        let fields = act(action, extra);
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let r = b.post_form(&uri, &fields).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{action}: {}", r.body);
    }
    let page = b.get(&format!("/staff/complaints/{code}")).await;
    assert_eq!(page.text_of("status"), "Répondue");
    assert!(
        !page.body.contains("<code>#1 "),
        "officers do not see the audit seals"
    );
    assert!(
        page.body.contains("Appelé le major du CSPS."),
        "the note is in the history"
    );
    // A refused action shows the reason and writes nothing.
    let before = app.footprint().await;
    let fields = act("start", vec![]);
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = b.post_form(&uri, &fields).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.body.contains("pas possible maintenant"));
    assert_eq!(app.footprint().await, before);
    // Without the CSRF token: refused.
    let r = b.post_form(&uri, &[("action", "close")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // The citizen sees the answer.
    let mine = app
        .get(
            &format!("/api/v1/complaints/{code}"),
            crate::support::Auth::Secret(&secret),
        )
        .await;
    assert_eq!(mine.json["status"], "answered");

    // Another unit's officer: not in their queue, and the page does not exist for them.
    let mut other = Browser::new(&app);
    assert_eq!(
        sign_in(&mut other, "agent@education.bf", "a long enough password").await,
        StatusCode::SEE_OTHER
    );
    assert!(!other.get("/staff/queue").await.body.contains(&code));
    assert_eq!(
        other.get(&format!("/staff/complaints/{code}")).await.status,
        StatusCode::NOT_FOUND
    );
    let csrf = other.get("/staff/queue").await.field("csrf");
    let r = other
        .post_form(&uri, &[("csrf", &csrf), ("action", "close")])
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    // Signing out ends the session on the server too.
    let csrf = b.get("/staff/queue").await.field("csrf");
    assert_eq!(
        b.post_form("/staff/logout", &[("csrf", &csrf)])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    b.cookies.insert("rd_staff".into(), cookie);
    assert_eq!(
        b.get("/staff/queue").await.status,
        StatusCode::SEE_OTHER,
        "the old cookie is dead"
    );
}
on_both_backends!(an_officer_handles_a_complaint_from_the_queue_to_the_answer);

async fn repeated_failures_lock_and_disabled_accounts_are_out_at_once(db: &TestDb) {
    let app = TestApp::new(db).await;
    staff_member(&app, "chef@sante.bf", Role::Supervisor, Some("SAN")).await;
    let mut b = Browser::new(&app);
    for _ in 0..5 {
        assert_eq!(
            sign_in(&mut b, "chef@sante.bf", "not the password").await,
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(
        sign_in(&mut b, "chef@sante.bf", "a long enough password").await,
        StatusCode::UNAUTHORIZED,
        "locked even with the right password (and told as any failure)"
    );
    db.execute_raw("UPDATE sign_in_attempts SET locked_until = NULL, attempts = 0")
        .await
        .unwrap();
    assert_eq!(
        sign_in(&mut b, "chef@sante.bf", "a long enough password").await,
        StatusCode::SEE_OTHER
    );
    assert_eq!(b.get("/staff/queue").await.status, StatusCode::OK);
    db.execute_raw("UPDATE users SET disabled = TRUE")
        .await
        .unwrap();
    assert_eq!(
        b.get("/staff/queue").await.status,
        StatusCode::SEE_OTHER,
        "out at once"
    );
}
on_both_backends!(repeated_failures_lock_and_disabled_accounts_are_out_at_once);

async fn an_intake_agent_registers_a_walk_in_complaint(db: &TestDb) {
    let app = TestApp::new(db).await;
    staff_member(&app, "accueil@sante.bf", Role::Intake, Some("SAN")).await;
    staff_member(&app, "audit@igc.bf", Role::Auditor, None).await;
    let mut b = Browser::new(&app);
    assert_eq!(
        sign_in(&mut b, "accueil@sante.bf", "a long enough password").await,
        StatusCode::SEE_OTHER
    );
    let form = b.get("/staff/intake").await;
    assert_eq!(form.status, StatusCode::OK);
    let (csrf, key) = (form.field("csrf"), form.field("intake_key"));
    let fields = [
        ("csrf", csrf.as_str()),
        ("intake_key", key.as_str()),
        ("channel", "walk_in"),
        ("language", "mos"),
        ("kind", "complaint"),
        ("category", "SAN-STOCKOUT"),
        ("commune", "BF130004"),
        (
            "description",
            "Plus de vaccins au CSPS depuis deux semaines, selon la plaignante.",
        ),
        ("name", "Salamata Ouédraogo"),
        ("phone", "76 00 11 22"),
        ("consent", "yes"),
    ];
    let receipt = b.post_multipart("/staff/intake", &fields, None).await;
    assert_eq!(receipt.status, StatusCode::CREATED, "{}", receipt.body);
    let code = receipt.text_of("tracking-code");
    assert_eq!(receipt.text_of("secret").len(), 8);
    // Sent twice (a double click): the same receipt, one complaint.
    let again = b.post_multipart("/staff/intake", &fields, None).await;
    assert_eq!(again.text_of("tracking-code"), code);
    assert_eq!(app.footprint().await.0, 1);
    let row = app
        .state
        .store
        .complaint_by_code(&code.replace('-', ""))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (row.channel.as_str(), row.language.as_str()),
        ("walk_in", "mos")
    );
    let events = app.state.store.events_of(row.id).await.unwrap();
    assert!(
        events[0].actor.starts_with("staff:"),
        "the agent is recorded"
    );
    // Missing consent: the form comes back with the input kept.
    let mut missing: Vec<(&str, &str)> = fields
        .iter()
        .filter(|(k, _)| *k != "consent" && *k != "intake_key")
        .cloned()
        .collect();
    missing.push(("intake_key", "web:00000000000000000000000000000000"));
    let r = b.post_multipart("/staff/intake", &missing, None).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Salamata Ouédraogo"));
    // Auditors do not register complaints.
    let mut auditor = Browser::new(&app);
    assert_eq!(
        sign_in(&mut auditor, "audit@igc.bf", "a long enough password").await,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        auditor.get("/staff/intake").await.status,
        StatusCode::FORBIDDEN
    );
}
on_both_backends!(an_intake_agent_registers_a_walk_in_complaint);

async fn answers_are_built_from_the_versioned_response_guide(db: &TestDb) {
    let app = TestApp::new(db).await;
    staff_member(&app, "admin@redress.bf", Role::Admin, None).await;
    staff_member(&app, "agent@sante.bf", Role::Officer, Some("SAN-BF13")).await;
    let mut admin = Browser::new(&app);
    assert_eq!(
        sign_in(&mut admin, "admin@redress.bf", "a long enough password").await,
        StatusCode::SEE_OTHER
    );
    let csrf = admin.get("/staff/guide/SAN-FEES").await.field("csrf");
    for (version, procedure) in [
        (1, "Vérifier le registre des recettes."),
        (2, "Vérifier le registre des recettes et appeler le major."),
    ] {
        let r = admin
            .post_form(
                "/staff/guide/SAN-FEES",
                &[
                    ("csrf", &csrf),
                    ("procedure", procedure),
                    ("body_fr", "Bonjour {name}, votre plainte {code} du {received} est traitée par {unit}."),
                    ("body_mos", "[mos] {code}"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(
            admin.get("/staff/guide/SAN-FEES").await.text_of("version"),
            version.to_string()
        );
    }
    let versions = app.state.store.guide_versions("SAN-FEES").await.unwrap();
    assert_eq!(versions.len(), 2, "every version is kept");

    let mut body = health_complaint();
    body["language"] = serde_json::json!("fr");
    let (code, _) = app.file(body).await;
    let mut officer = Browser::new(&app);
    assert_eq!(
        sign_in(&mut officer, "agent@sante.bf", "a long enough password").await,
        StatusCode::SEE_OTHER
    );
    // Officers read the guide but cannot change it.
    let page = officer.get("/staff/guide/SAN-FEES").await;
    assert!(page.body.contains("appeler le major") && page.body.contains("readonly"));
    let r = officer
        .post_form(
            "/staff/guide/SAN-FEES",
            &[("csrf", &page.field("csrf")), ("procedure", "x")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let page = officer.get(&format!("/staff/complaints/{code}")).await;
    let csrf = page.field("csrf");
    let uri = format!("/staff/complaints/{code}/act");
    for (action, extra) in [
        ("accept", None),
        ("assign", Some(("assignee", "agent@sante.bf"))),
        ("start", None),
    ] {
        let mut fields = vec![("csrf", csrf.as_str()), ("action", action)];
        fields.extend(extra);
        assert_eq!(
            officer.post_form(&uri, &fields).await.status,
            StatusCode::SEE_OTHER,
            "{action}"
        );
    }
    let page = officer.get(&format!("/staff/complaints/{code}")).await;
    assert!(
        page.body.contains("appeler le major"),
        "the procedure is shown"
    );
    let expected = format!("Bonjour Awa Ouédraogo, votre plainte {code} du");
    assert!(
        page.body.contains(&expected),
        "the draft is filled in the complainant's language"
    );
    let guide_version = page.field("guide_version");
    assert_eq!(
        guide_version,
        versions[0].id.to_string(),
        "the newest version"
    );
    let answer = format!("{expected} aujourd'hui. Le montant sera remboursé.");
    let r = officer
        .post_form(
            &uri,
            &[
                ("csrf", &csrf),
                ("action", "answer"),
                ("message", &answer),
                ("guide_version", &guide_version),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let row = app
        .state
        .store
        .complaint_by_code(&code.replace('-', ""))
        .await
        .unwrap()
        .unwrap();
    let events = app.state.store.events_of(row.id).await.unwrap();
    let answered = events.iter().find(|e| e.action == "answer").unwrap();
    assert_eq!(answered.data()["guide_version"], versions[0].id);
}
on_both_backends!(answers_are_built_from_the_versioned_response_guide);

async fn a_denunciations_identity_is_revealed_only_with_a_recorded_reason(db: &TestDb) {
    let app = TestApp::new(db).await;
    staff_member(&app, "chef@sante.bf", Role::Supervisor, Some("SAN")).await;
    staff_member(&app, "agent@sante.bf", Role::Officer, Some("SAN-BF13")).await;
    let mut body = health_complaint();
    body["kind"] = serde_json::json!("denunciation");
    let (code, _) = app.file(body).await;
    let uri = format!("/staff/complaints/{code}");
    let mut officer = Browser::new(&app);
    sign_in(&mut officer, "agent@sante.bf", "a long enough password").await;
    let page = officer.get(&uri).await;
    assert!(!page.body.contains("Awa Ouédraogo") && !page.body.contains("/reveal"));
    let r = officer
        .post_form(
            &format!("{uri}/reveal"),
            &[
                ("csrf", &page.field("csrf")),
                ("reason", "Je veux savoir qui c'est."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(!r.body.contains("Awa Ouédraogo"));
    let mut chef = Browser::new(&app);
    sign_in(&mut chef, "chef@sante.bf", "a long enough password").await;
    let page = chef.get(&uri).await;
    assert!(page.body.contains("/reveal") && !page.body.contains("Awa Ouédraogo"));
    assert!(
        page.body.contains("<code>#1 "),
        "supervisors see each event's place in the audit chain"
    );
    let csrf = page.field("csrf");
    let r = chef
        .post_form(
            &format!("{uri}/reveal"),
            &[("csrf", &csrf), ("reason", "court")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = chef
        .post_form(
            &format!("{uri}/reveal"),
            &[
                ("csrf", &csrf),
                ("reason", "Audition du témoin demandée par le procureur."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Awa Ouédraogo"));
    assert!(
        !chef.get(&uri).await.body.contains("Awa Ouédraogo"),
        "shown once, not kept"
    );
    let row = app
        .state
        .store
        .complaint_by_code(&code.replace('-', ""))
        .await
        .unwrap()
        .unwrap();
    let events = app.state.store.events_of(row.id).await.unwrap();
    let reveal = events
        .iter()
        .find(|e| e.action == "reveal_identity")
        .unwrap();
    assert_eq!(
        reveal.data()["reason"],
        "Audition du témoin demandée par le procureur."
    );
    assert!(reveal.actor.starts_with("staff:"));
    assert_eq!(
        events
            .iter()
            .filter(|e| e.action == "reveal_identity")
            .count(),
        1,
        "the refused tries left no event"
    );
}
on_both_backends!(a_denunciations_identity_is_revealed_only_with_a_recorded_reason);

async fn attachments_download_safely_and_only_in_scope(db: &TestDb) {
    let app = TestApp::new(db).await;
    staff_member(&app, "agent@education.bf", Role::Officer, Some("EDU-BF50")).await;
    staff_member(&app, "agent@sante.bf", Role::Officer, Some("SAN-BF13")).await;
    let mut citizen = Browser::new(&app);
    let jpeg = &crate::support::jpeg(b"<script>alert(1)</script>")[..];
    let sent = citizen.file("fr", &[], Some(("photo <b>.jpg", jpeg))).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let code = citizen
        .get("/complaints/receipt")
        .await
        .text_of("tracking-code");
    let mut officer = Browser::new(&app);
    sign_in(&mut officer, "agent@education.bf", "a long enough password").await;
    let page = officer.get(&format!("/staff/complaints/{code}")).await;
    let marker = format!("/staff/complaints/{code}/attachments/");
    let start = page.body.find(&marker).expect("a download link") + marker.len();
    let id: String = page.body[start..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let file = officer.get(&format!("{marker}{id}")).await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.headers["content-type"], "image/jpeg");
    let disposition = file.headers["content-disposition"].to_str().unwrap();
    assert!(
        disposition.starts_with("attachment;") && !disposition.contains('<'),
        "{disposition}"
    );
    assert_eq!(file.headers["x-content-type-options"], "nosniff");
    assert_eq!(
        file.headers["content-length"],
        jpeg.len().to_string().as_str()
    );
    assert_eq!(
        officer.get(&format!("{marker}999999")).await.status,
        StatusCode::NOT_FOUND
    );
    // Another node (its own connection pool and an empty data folder) serves the same
    // bytes: they are in the database, sealed, and nothing was written to the data folder.
    assert!(!db.dir.join("attachments").exists());
    let vault = store::Vault::load_or_create(&db.dir.join("secret.key")).unwrap();
    let second = store::Store::open(&db.url, std::sync::Arc::new(vault))
        .await
        .unwrap();
    let state = redress::web::AppState::new(second, db.dir.join("node-b"))
        .await
        .unwrap();
    let node_b = crate::support::TestApp {
        router: redress::web::router(state.clone()),
        state,
    };
    let mut on_b = Browser::new(&node_b);
    on_b.cookies = officer.cookies.clone();
    let again = on_b.get(&format!("{marker}{id}")).await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(again.body.as_bytes(), file.body.as_bytes());
    let mut other = Browser::new(&app);
    sign_in(&mut other, "agent@sante.bf", "a long enough password").await;
    assert_eq!(
        other.get(&format!("{marker}{id}")).await.status,
        StatusCode::NOT_FOUND,
        "out of scope"
    );
}
on_both_backends!(attachments_download_safely_and_only_in_scope);

async fn passwords_change_and_reset_end_sessions(db: &TestDb) {
    let app = TestApp::new(db).await;
    staff_member(&app, "agent@sante.bf", Role::Officer, Some("SAN-BF13")).await;
    let mut b = Browser::new(&app);
    assert_eq!(
        sign_in(&mut b, "agent@sante.bf", "a long enough password").await,
        StatusCode::SEE_OTHER
    );
    let csrf = b.get("/staff/password").await.field("csrf");
    let change = |current: &'static str, new: &'static str, confirm: &'static str| {
        vec![
            ("csrf", csrf.clone()),
            ("current", current.into()),
            ("new", new.into()),
            ("confirm", confirm.into()),
        ]
    };
    for (fields, status) in [
        (
            change(
                "wrong password!",
                "a brand new password",
                "a brand new password",
            ),
            StatusCode::UNAUTHORIZED,
        ),
        (
            change("a long enough password", "short", "short"),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            change(
                "a long enough password",
                "a brand new password",
                "a brand new passwore",
            ),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    ] {
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(b.post_form("/staff/password", &fields).await.status, status);
    }
    let fields = change(
        "a long enough password",
        "a brand new password",
        "a brand new password",
    );
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(
        b.post_form("/staff/password", &fields).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        b.get("/staff/queue").await.status,
        StatusCode::SEE_OTHER,
        "signed out"
    );
    assert_eq!(
        sign_in(&mut b, "agent@sante.bf", "a long enough password").await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        sign_in(&mut b, "agent@sante.bf", "a brand new password").await,
        StatusCode::SEE_OTHER
    );
    // An admin's reset from the command line ends the sessions too.
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_redress"))
            .args(args)
            .env("REDRESS_DATABASE_URL", &db.url)
            .env("REDRESS_DATA_DIR", &db.dir)
            .env("REDRESS_PASSWORD", "reset by the admin 2026")
            .output()
            .unwrap()
    };
    assert!(
        run(&["user", "password", "--email", "agent@sante.bf"])
            .status
            .success()
    );
    assert_eq!(
        b.get("/staff/queue").await.status,
        StatusCode::SEE_OTHER,
        "the reset signs them out"
    );
    assert_eq!(
        sign_in(&mut b, "agent@sante.bf", "reset by the admin 2026").await,
        StatusCode::SEE_OTHER
    );
    assert!(
        run(&["user", "disable", "--email", "agent@sante.bf"])
            .status
            .success()
    );
    assert_eq!(
        b.get("/staff/queue").await.status,
        StatusCode::SEE_OTHER,
        "disabled: out"
    );
    assert_eq!(
        sign_in(&mut b, "agent@sante.bf", "reset by the admin 2026").await,
        StatusCode::UNAUTHORIZED
    );
    assert!(
        run(&["user", "disable", "--enable", "--email", "agent@sante.bf"])
            .status
            .success()
    );
    assert_eq!(
        sign_in(&mut b, "agent@sante.bf", "reset by the admin 2026").await,
        StatusCode::SEE_OTHER
    );
}
on_both_backends!(passwords_change_and_reset_end_sessions);

async fn admins_manage_accounts_in_the_browser(db: &TestDb) {
    let app = TestApp::new(db).await;
    staff_member(&app, "admin@redress.bf", Role::Admin, None).await;
    staff_member(&app, "chef@sante.bf", Role::Supervisor, Some("SAN")).await;
    let mut admin = Browser::new(&app);
    sign_in(&mut admin, "admin@redress.bf", "a long enough password").await;
    let page = admin.get("/staff/users").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("chef@sante.bf"));
    let csrf = page.field("csrf");
    let add = [
        ("csrf", csrf.as_str()),
        ("op", "add"),
        ("email", "nouvel@sante.bf"),
        ("name", "Nouvel Agent"),
        ("role", "officer"),
        ("unit", "SAN-BF13"),
        ("password", "first password 2026"),
    ];
    assert_eq!(
        admin.post_form("/staff/users", &add).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        admin.post_form("/staff/users", &add).await.status,
        StatusCode::CONFLICT,
        "once"
    );
    let mut no_unit = add;
    no_unit[2] = ("email", "sans.service@sante.bf");
    no_unit[5] = ("unit", "");
    assert_eq!(
        admin.post_form("/staff/users", &no_unit).await.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "an officer needs a unit"
    );
    let mut agent = Browser::new(&app);
    assert_eq!(
        sign_in(&mut agent, "nouvel@sante.bf", "first password 2026").await,
        StatusCode::SEE_OTHER
    );
    let reset = [
        ("csrf", csrf.as_str()),
        ("op", "password"),
        ("email", "nouvel@sante.bf"),
        ("password", "second password 2026"),
    ];
    assert_eq!(
        admin.post_form("/staff/users", &reset).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        agent.get("/staff/queue").await.status,
        StatusCode::SEE_OTHER,
        "the reset ends the session"
    );
    assert_eq!(
        sign_in(&mut agent, "nouvel@sante.bf", "second password 2026").await,
        StatusCode::SEE_OTHER
    );
    let disable = [
        ("csrf", csrf.as_str()),
        ("op", "disable"),
        ("email", "nouvel@sante.bf"),
    ];
    assert_eq!(
        admin.post_form("/staff/users", &disable).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        agent.get("/staff/queue").await.status,
        StatusCode::SEE_OTHER,
        "out at once"
    );
    let myself = [
        ("csrf", csrf.as_str()),
        ("op", "disable"),
        ("email", "admin@redress.bf"),
    ];
    assert_eq!(
        admin.post_form("/staff/users", &myself).await.status,
        StatusCode::FORBIDDEN,
        "not oneself"
    );
    // Only admins.
    let mut chef = Browser::new(&app);
    sign_in(&mut chef, "chef@sante.bf", "a long enough password").await;
    assert_eq!(chef.get("/staff/users").await.status, StatusCode::FORBIDDEN);
    let forged = [
        ("csrf", "x"),
        ("op", "add"),
        ("email", "pirate@x.bf"),
        ("name", "P"),
        ("role", "admin"),
        ("unit", ""),
        ("password", "pirate password 123"),
    ];
    assert_eq!(
        chef.post_form("/staff/users", &forged).await.status,
        StatusCode::FORBIDDEN
    );
    assert!(
        app.state
            .store
            .staff_by_email("pirate@x.bf")
            .await
            .unwrap()
            .is_none()
    );
}
on_both_backends!(admins_manage_accounts_in_the_browser);

/// Staff land on a dashboard of their scope: counts by unit and state, due soon and late,
/// each a link to the queue it counts; queues name categories and units in their language.
async fn the_dashboard_counts_the_scope_and_links_to_queues(db: &TestDb) {
    let app = TestApp::new(db).await;
    staff_member(&app, "chef@sante.bf", Role::Supervisor, Some("SAN")).await;
    let admin = app.staff("admin@gov.bf", Role::Admin, None).await;
    for _ in 0..3 {
        app.file(health_complaint()).await;
    }
    let (accepted, _) = app.file(health_complaint()).await;
    app.act_all(
        &accepted,
        crate::support::Auth::Token(&admin),
        &[serde_json::json!({"action": "accept"})],
    )
    .await;
    app.file(serde_json::json!({"category": "EDU-FEES", "description": "On demande de l'argent pour les examens de fin d'année."})).await;
    let mut b = Browser::new(&app);
    assert_eq!(
        b.get("/staff/home").await.status,
        StatusCode::SEE_OTHER,
        "signed out"
    );
    assert_eq!(
        sign_in(&mut b, "chef@sante.bf", "a long enough password").await,
        StatusCode::SEE_OTHER
    );
    let home = b.get("/staff/home").await;
    assert_eq!(home.status, StatusCode::OK);
    let body = &home.body;
    // Health in Kadiogo: 3 received, 1 accepted; education is not in this scope.
    assert!(
        body.contains("Direction régionale de la santé — Kadiogo"),
        "{body}"
    );
    assert!(
        body.contains("<a href=\"/staff/queue?unit=SAN-BF13&#38;status=received\">3</a>"),
        "{body}"
    );
    assert!(
        body.contains("<a href=\"/staff/queue?unit=SAN-BF13&#38;status=accepted\">1</a>"),
        "{body}"
    );
    assert!(!body.contains("éducation"), "out of scope");
    assert!(body.contains("<svg class=\"chart\""));
    // Each figure opens the queue it counts.
    let queue = b.get("/staff/queue?unit=SAN-BF13&status=received").await;
    assert_eq!(
        queue.body.matches("/staff/complaints/").count(),
        3,
        "{}",
        queue.body
    );
    assert!(
        queue
            .body
            .contains("Paiements illicites et frais non officiels"),
        "category named"
    );
    assert!(
        queue
            .body
            .contains("Direction régionale de la santé — Kadiogo"),
        "unit named"
    );
    let english = b.get("/staff/queue?lang=en").await;
    assert!(
        english
            .body
            .contains("Illicit payments and unofficial fees"),
        "{}",
        english.body
    );
}
on_both_backends!(the_dashboard_counts_the_scope_and_links_to_queues);
