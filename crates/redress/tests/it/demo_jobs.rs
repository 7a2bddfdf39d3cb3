//! With `redress demo` data (loaded by the real command), each role does its whole job in
//! the browser: the intake agent registers and triages, the officer takes a complaint to
//! the answer, the supervisor filters, reveals a denunciation's identity with a reason and
//! transfers, the auditor reads the trails and changes nothing, the admin keeps accounts
//! and reference data.

use crate::pages::{Browser, Page};
use crate::staff::sign_in;
use crate::support::TestApp;
use axum::http::StatusCode;
use std::process::Command;
use store::testing::TestDb;

const PASSWORD: &str = "a long enough password";

/// The tracking codes a page links to, in order.
fn codes(page: &Page) -> Vec<String> {
    page.body
        .split("href=\"/staff/complaints/")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|c| !c.contains('/'))
        .map(str::to_owned)
        .collect()
}

async fn as_staff<'a>(app: &'a TestApp, email: &str) -> Browser<'a> {
    let mut b = Browser::new(app);
    assert_eq!(
        sign_in(&mut b, email, PASSWORD).await,
        StatusCode::SEE_OTHER,
        "{email}"
    );
    b
}

async fn act(b: &mut Browser<'_>, code: &str, fields: &[(&str, &str)]) -> Page {
    let csrf = b
        .get(&format!("/staff/complaints/{code}"))
        .await
        .field("csrf");
    let mut all = vec![("csrf", csrf.as_str())];
    all.extend_from_slice(fields);
    b.post_form(&format!("/staff/complaints/{code}/act"), &all)
        .await
}

async fn every_demo_role_does_its_job_in_the_browser(db: &TestDb) {
    let out = Command::new(env!("CARGO_BIN_EXE_redress"))
        .arg("demo")
        .env("REDRESS_DATABASE_URL", &db.url)
        .env("REDRESS_DATA_DIR", &db.dir)
        .env("REDRESS_PASSWORD", PASSWORD)
        .env_remove("REDRESS_CONFIG")
        .current_dir(&db.dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let app = TestApp::new(db).await;

    // Intake agent: registers a walk-in complaint, then accepts one waiting for triage.
    let mut intake = as_staff(&app, "accueil.sante@demo.redress.bf").await;
    let form = intake.get("/staff/intake").await;
    let (csrf, key) = (form.field("csrf"), form.field("intake_key"));
    let receipt = intake
        .post_multipart(
            "/staff/intake",
            &[
                ("csrf", &csrf),
                ("intake_key", &key),
                ("channel", "phone"),
                ("language", "dyu"),
                ("kind", "complaint"),
                ("category", "SAN-WAIT"),
                ("commune", "BF130004"),
                (
                    "description",
                    "Attente de cinq heures au CMA, selon l'appelant.",
                ),
                ("phone", "70 00 00 01"),
                ("consent", "yes"),
            ],
            None,
        )
        .await;
    assert_eq!(receipt.status, StatusCode::CREATED, "{}", receipt.body);
    let phoned = receipt.text_of("tracking-code");
    let triage = intake.get("/staff/queue?view=triage").await;
    assert!(
        codes(&triage).contains(&phoned),
        "the new complaint waits for triage"
    );
    let r = act(&mut intake, &phoned, &[("action", "accept")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);

    // Officer of Kadiogo: takes it, investigates and answers.
    let mut officer = as_staff(&app, "agent.sante.kadiogo@demo.redress.bf").await;
    assert!(codes(&officer.get("/staff/queue").await).contains(&phoned));
    for fields in [
        vec![
            ("action", "assign"),
            ("assignee", "agent.sante.kadiogo@demo.redress.bf"),
        ],
        vec![("action", "start")],
        vec![
            ("action", "answer"),
            ("message", "Un second médecin assure désormais les gardes."),
        ],
    ] {
        let r = act(&mut officer, &phoned, &fields).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{fields:?}: {}", r.body);
    }
    let page = officer.get(&format!("/staff/complaints/{phoned}")).await;
    assert_eq!(page.text_of("status"), "Répondue");
    let mine = officer.get("/staff/queue?view=mine").await;
    assert!(codes(&mine).contains(&phoned));

    // Supervisor of health: filters the ministry's denunciations, reveals one identity
    // with a reason, and transfers a complaint to Guiriko.
    let mut supervisor = as_staff(&app, "superviseur.sante@demo.redress.bf").await;
    let denunciations = supervisor
        .get("/staff/queue?kind=denunciation&sort=deadline")
        .await;
    let denounced = codes(&denunciations);
    assert!(!denounced.is_empty(), "demo has a health denunciation");
    let page = supervisor
        .get(&format!("/staff/complaints/{}", denounced[0]))
        .await;
    let csrf = page.field("csrf");
    let revealed = supervisor
        .post_form(
            &format!("/staff/complaints/{}/reveal", denounced[0]),
            &[
                ("csrf", &csrf),
                ("reason", "Enquête de l'inspection, dossier 2026-114."),
            ],
        )
        .await;
    assert_eq!(revealed.status, StatusCode::OK, "{}", revealed.body);
    let accepted = codes(&supervisor.get("/staff/queue?status=accepted").await);
    let moved = accepted
        .first()
        .expect("demo has accepted complaints")
        .clone();
    let page = supervisor.get(&format!("/staff/complaints/{moved}")).await;
    let to = if page.body.contains("Guiriko</dd>") {
        "SAN-BF13"
    } else {
        "SAN-BF53"
    };
    let transfer = [
        ("action", "transfer"),
        ("unit", to),
        (
            "reason",
            "Les faits relèvent de l'autre direction régionale.",
        ),
    ];
    let r = act(&mut supervisor, &moved, &transfer).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let again = act(&mut supervisor, &moved, &transfer).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        again
            .body
            .contains("Choisissez un service qui existe et qui n&#39;a pas déjà la plainte"),
        "the refusal in French, not the API's English: {}",
        again.body
    );

    // Auditor: reads every complaint with its seals and the admin log; no action offered.
    let mut auditor = as_staff(&app, "auditeur@demo.redress.bf").await;
    let all = codes(&auditor.get("/staff/queue").await);
    assert!(all.len() >= 20, "{}", all.len());
    let page = auditor.get(&format!("/staff/complaints/{phoned}")).await;
    assert!(page.body.contains("<code>#"), "audit seals");
    assert!(
        !page.body.contains("id=\"action-"),
        "no action for an auditor"
    );
    assert_eq!(auditor.get("/staff/admin/log").await.status, StatusCode::OK);
    assert_eq!(
        act(&mut auditor, &moved, &[("action", "note"), ("text", "x")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );

    // Admin: an account for a new officer, and a longer deadline for waiting times.
    let mut admin = as_staff(&app, "admin@demo.redress.bf").await;
    let csrf = admin.get("/staff/users").await.field("csrf");
    let r = admin
        .post_form(
            "/staff/users",
            &[
                ("csrf", &csrf),
                ("op", "add"),
                ("email", "nouvel.agent@demo.redress.bf"),
                ("name", "Nouvel Agent"),
                ("role", "officer"),
                ("unit", "SAN-BF13"),
                ("password", "un mot de passe assez long"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = admin
        .post_form(
            "/staff/admin/categories",
            &[
                ("csrf", &csrf),
                ("op", "save"),
                ("code", "SAN-WAIT"),
                ("ack_days", "3"),
                ("ack_count", "working"),
                ("answer_days", "15"),
                ("answer_count", "calendar"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(matches!(
        app.state.store.verify_audit().await.unwrap(),
        store::AuditReport::Intact { .. }
    ));
    assert!(matches!(
        app.state.store.verify_admin_audit().await.unwrap(),
        store::AuditReport::Intact { .. }
    ));
}
store::on_both_backends!(every_demo_role_does_its_job_in_the_browser);
