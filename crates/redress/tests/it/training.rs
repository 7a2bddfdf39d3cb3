//! Training mode (issue 14, part 1 — first slice): a banner on every page, every message held
//! in the trainers' inbox instead of being sent, and a database of its own that real data
//! never mixes with.

use crate::pages::Browser;
use crate::staff::{sign_in, staff_member};
use crate::support::TestApp;
use axum::http::StatusCode;
use domain::Role;
use serde_json::json;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use store::on_both_backends;
use store::testing::TestDb;

const PASSWORD: &str = "a long enough password";

fn training_app(app: &TestApp, training: bool) -> TestApp {
    let services = (**app.state).clone().with_training(training);
    let state = redress::web::AppState::from_services(services);
    TestApp {
        router: redress::web::router(state.clone()),
        state,
    }
}

async fn every_page_says_training_and_messages_wait_in_the_inbox(db: &TestDb) {
    let real = TestApp::new(db).await;
    let app = training_app(&real, true);
    staff_member(&app, "formateur@redress.bf", Role::Admin, None).await;
    staff_member(&app, "agent@sante.bf", Role::Officer, Some("SAN-BF13")).await;
    let mut citizen = Browser::new(&app);
    for path in ["/", "/complaints/new", "/track", "/staff/"] {
        let page = citizen.get(path).await;
        assert!(
            page.body.contains("Mode formation."),
            "{path}: {}",
            page.body
        );
    }
    let (code, _) = app
        .file(json!({
            "category": "SAN-FEES",
            "description": "On m'a fait payer la consultation de mon enfant de 2 ans.",
            "location": {"commune": "BF130004"},
            "complainant": {"name": "Awa", "phone": "70 11 22 33", "email": "awa@example.bf"},
            "language": "fr"
        }))
        .await;
    let mut trainer = Browser::new(&app);
    assert_eq!(
        sign_in(&mut trainer, "formateur@redress.bf", PASSWORD).await,
        StatusCode::SEE_OTHER
    );
    let home = trainer.get("/staff/home").await;
    assert!(home.body.contains("Mode formation."));
    assert!(
        home.body.contains("/staff/training/inbox"),
        "linked for admins"
    );
    let inbox = trainer.get("/staff/training/inbox").await;
    assert_eq!(inbox.status, StatusCode::OK);
    // The receipt, by SMS and by e-mail, as the complainant would have read it.
    assert!(inbox.body.contains("+22670112233"), "{}", inbox.body);
    assert!(inbox.body.contains("awa@example.bf"));
    assert!(inbox.body.matches(&code).count() >= 2, "{}", inbox.body);
    let mut officer = Browser::new(&app);
    sign_in(&mut officer, "agent@sante.bf", PASSWORD).await;
    assert_eq!(
        officer.get("/staff/training/inbox").await.status,
        StatusCode::FORBIDDEN
    );
    // A real server has no banner and no inbox.
    let mut admin = Browser::new(&real);
    sign_in(&mut admin, "formateur@redress.bf", PASSWORD).await;
    let home = admin.get("/staff/home").await;
    assert!(!home.body.contains("Mode formation."));
    assert_eq!(
        admin.get("/staff/training/inbox").await.status,
        StatusCode::NOT_FOUND
    );
}
on_both_backends!(every_page_says_training_and_messages_wait_in_the_inbox);

/// `redress serve --training` on the data folder of a real installation: its own database,
/// filled with the demo, and what is filed there never reaches the real one (nor the other
/// way round).
#[tokio::test]
async fn training_data_never_mixes_with_the_real_database() {
    let db = store::testing::sqlite().await;
    let real_url = format!("sqlite://{}", db.dir.join("redress.db").display());
    let file_one = |training: bool| {
        let dir = db.dir.clone();
        let real_url = real_url.clone();
        async move {
            // A port picked free may be taken by another test before the server binds it:
            // a server that exits at once is started again on another.
            let (mut child, port) = 'started: {
                for _ in 0..3 {
                    let port = crate::gateways::free_port();
                    let log = std::fs::File::create(dir.join("serve.log")).unwrap();
                    let mut command = Command::new(env!("CARGO_BIN_EXE_redress"));
                    command
                        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
                        .env("REDRESS_DATA_DIR", &dir)
                        .env("REDRESS_DATABASE_URL", &real_url)
                        .env("REDRESS_FILINGS_PER_MINUTE", "0")
                        .env_remove("REDRESS_CONFIG")
                        .current_dir(&dir)
                        .stdout(Stdio::null())
                        .stderr(log);
                    if training {
                        command.arg("--training");
                    }
                    let mut child = command.spawn().unwrap();
                    let started = Instant::now();
                    loop {
                        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                            break 'started (child, port);
                        }
                        if child.try_wait().unwrap().is_some() {
                            break;
                        }
                        assert!(
                            started.elapsed() < Duration::from_secs(120),
                            "no start: {}",
                            std::fs::read_to_string(dir.join("serve.log")).unwrap_or_default()
                        );
                        tokio::time::sleep(Duration::from_millis(100)).await;
                    }
                }
                panic!(
                    "the server exits: {}",
                    std::fs::read_to_string(dir.join("serve.log")).unwrap_or_default()
                );
            };
            let body = json!({
                "category": "EDU-FEES",
                "description": "Le directeur exige 5000 F pour inscrire mon fils au CP1.",
                "location": {"commune": "BF130004"}
            })
            .to_string();
            let reply = crate::cli::post_json(port, "/api/v1/complaints", &body).unwrap();
            assert!(reply.starts_with("HTTP/1.1 201"), "{reply}");
            Command::new("kill")
                .args(["-TERM", &child.id().to_string()])
                .status()
                .unwrap();
            child.wait().unwrap();
        }
    };
    file_one(false).await;
    file_one(true).await;
    file_one(true).await;
    let count = |url: String, key: std::path::PathBuf| async move {
        let vault = store::Vault::load_or_create(&key).unwrap();
        let store = store::Store::open(&url, std::sync::Arc::new(vault))
            .await
            .unwrap();
        let n: i64 = store
            .count_by_state()
            .await
            .unwrap()
            .iter()
            .map(|(_, n)| n)
            .sum();
        let staff = store.all_staff().await.unwrap().len();
        (n, staff)
    };
    let (real, real_staff) = count(real_url.clone(), db.dir.join("secret.key")).await;
    assert_eq!(
        (real, real_staff),
        (1, 0),
        "the real database: its one complaint, no demo"
    );
    let training = db.dir.join("training");
    let (trained, demo_staff) = count(
        format!("sqlite://{}", training.join("redress.db").display()),
        training.join("secret.key"),
    )
    .await;
    assert!(demo_staff >= 10, "the demo's staff are there");
    assert!(
        trained >= 2 + 9,
        "the demo's complaints and the two filed: {trained}"
    );
    assert_ne!(
        std::fs::read(db.dir.join("secret.key")).unwrap(),
        std::fs::read(training.join("secret.key")).unwrap(),
        "a key of its own"
    );
    db.cleanup().await;
}

/// A page's form fields, posted as a staff member acting on a complaint.
async fn act(b: &mut Browser<'_>, code: &str, fields: &[(&str, &str)]) -> StatusCode {
    let page = b.get(&format!("/staff/complaints/{code}")).await;
    assert_eq!(page.status, StatusCode::OK, "{code}: {}", page.body);
    let csrf = page.field("csrf");
    let mut all = vec![("csrf", csrf.as_str())];
    all.extend_from_slice(fields);
    b.post_form(&format!("/staff/complaints/{code}/act"), &all)
        .await
        .status
}

/// The tracking code an exercise of the trainee's page is played on.
fn exercise_code(page: &str, exercise: &str) -> String {
    let at = page
        .find(&format!("data-exercise=\"{exercise}\""))
        .unwrap_or_else(|| panic!("{exercise} missing: {page}"));
    let rest = &page[at..];
    let start = rest.find("/staff/complaints/").unwrap() + "/staff/complaints/".len();
    rest[start..start + rest[start..].find('"').unwrap()].to_owned()
}

/// The result line of an exercise on a page (its section or table row).
fn result_of(page: &str, exercise: &str) -> String {
    let at = page
        .find(&format!("data-exercise=\"{exercise}\""))
        .unwrap_or_else(|| panic!("{exercise} missing: {page}"));
    let class_start = page[..at].rfind("class=\"exercise-").unwrap() + "class=\"exercise-".len();
    let status = &page[class_start..class_start + page[class_start..].find('"').unwrap()];
    let end = page[at..]
        .find("</tr>")
        .or_else(|| page[at..].find("</section>"))
        .unwrap();
    format!("{status}: {}", &page[at..at + end])
}

async fn id_of(app: &TestApp, email: &str) -> i64 {
    app.state
        .store
        .staff_by_email(email)
        .await
        .unwrap()
        .unwrap()
        .id
}

/// A trainer prepares each trainee's exercises in one action, the trainees do them in the
/// back-office, the trainer sees who passed which and why not, and resets a trainee in one
/// action: their open scenario complaints are withdrawn, fresh ones made.
async fn a_trainer_runs_a_session_end_to_end(db: &TestDb) {
    let real = TestApp::new(db).await;
    let app = training_app(&real, true);
    for (email, role, unit) in [
        ("formateur@redress.bf", Role::Admin, None),
        ("accueil@sante.bf", Role::Intake, Some("SAN")),
        ("agent@sante.bf", Role::Officer, Some("SAN-BF13")),
        ("collegue@sante.bf", Role::Officer, Some("SAN-BF13")),
        ("superviseur@sante.bf", Role::Supervisor, Some("SAN")),
        ("auditeur@redress.bf", Role::Auditor, None),
    ] {
        staff_member(&app, email, role, unit).await;
    }
    let mut trainer = Browser::new(&app);
    sign_in(&mut trainer, "formateur@redress.bf", PASSWORD).await;
    let page = trainer.get("/staff/training").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        page.body.matches("Pas encore préparés").count(),
        4,
        "{}",
        page.body
    );
    assert!(
        !page.body.contains("auditeur@redress.bf"),
        "auditors have no exercises"
    );
    let csrf = page.field("csrf");
    // One action prepares every account's exercises.
    let r = trainer
        .post_form("/staff/training/prepare", &[("csrf", &csrf)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // Without the form's token nothing is prepared.
    let id = id_of(&app, "accueil@sante.bf").await;
    let r = trainer
        .post_form(
            &format!("/staff/training/trainees/{id}/reset"),
            &[("csrf", "x")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let page = trainer.get("/staff/training").await;
    assert!(!page.body.contains("Pas encore préparés"));
    assert_eq!(
        page.body.matches("Pas commencé").count(),
        1 + 1 + 1 + 3,
        "{}",
        page.body
    );

    // Intake: the call registered first with the wrong channel, then right.
    let mut intake = Browser::new(&app);
    sign_in(&mut intake, "accueil@sante.bf", PASSWORD).await;
    let mine = intake.get("/staff/training/exercises").await;
    assert!(
        mine.body.contains("76 45 12 30"),
        "the caller's number is in the task"
    );
    let kaya = "BF490304";
    for channel in ["walk_in", "phone"] {
        let form = intake.get("/staff/intake").await;
        let (csrf, key) = (form.field("csrf"), form.field("intake_key"));
        let fields = [
            ("csrf", csrf.as_str()),
            ("intake_key", key.as_str()),
            ("channel", channel),
            ("language", "fr"),
            ("kind", "complaint"),
            ("category", "SAN-ABSENCE"),
            ("commune", kaya),
            (
                "description",
                "L'infirmier du CSPS n'est pas venu de toute la semaine; le centre est resté fermé.",
            ),
            ("name", "Salimata Kaboré"),
            ("phone", "76 45 12 30"),
            ("consent", "yes"),
        ];
        let r = intake.post_multipart("/staff/intake", &fields, None).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        let mine = intake.get("/staff/training/exercises").await;
        let result = result_of(&mine.body, "phone-intake");
        if channel == "walk_in" {
            assert!(result.starts_with("failed"), "{result}");
            assert!(result.contains("canal téléphone"), "says why: {result}");
        } else {
            assert!(result.starts_with("passed"), "{result}");
        }
    }

    // Officer: answers from the guide, on time.
    let mut officer = Browser::new(&app);
    sign_in(&mut officer, "agent@sante.bf", PASSWORD).await;
    let mine = officer.get("/staff/training/exercises").await;
    let code = exercise_code(&mine.body, "answer");
    assert!(result_of(&mine.body, "answer").starts_with("not-started"));
    assert_eq!(
        act(&mut officer, &code, &[("action", "start")]).await,
        StatusCode::SEE_OTHER
    );
    let page = officer.get(&format!("/staff/complaints/{code}")).await;
    let guide = page.field("guide_version");
    assert!(
        !guide.is_empty(),
        "the training guide is offered: {}",
        page.body
    );
    let status = act(
        &mut officer,
        &code,
        &[
            ("action", "answer"),
            ("guide_version", &guide),
            ("message", "Madame, Monsieur, nous avons vérifié : la maternité reçoit désormais les rendez-vous prénatals à l'heure et le major a été rappelé à l'ordre. Vous pouvez faire appel dans les 30 jours."),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let mine = officer.get("/staff/training/exercises").await;
    assert!(
        result_of(&mine.body, "answer").starts_with("passed"),
        "{}",
        mine.body
    );

    // Supervisor: routes one right, reveals the author of the denunciation, sends the appeal
    // back to an officer.
    let mut supervisor = Browser::new(&app);
    sign_in(&mut supervisor, "superviseur@sante.bf", PASSWORD).await;
    let mine = supervisor.get("/staff/training/exercises").await;
    let (route, protect, appeal) = (
        exercise_code(&mine.body, "route"),
        exercise_code(&mine.body, "protect-author"),
        exercise_code(&mine.body, "appeal"),
    );
    assert_eq!(
        act(&mut supervisor, &route, &[("action", "accept")]).await,
        StatusCode::SEE_OTHER
    );
    let mine = supervisor.get("/staff/training/exercises").await;
    assert!(result_of(&mine.body, "route").starts_with("doing"));
    // Assigned to themselves first: not an officer, says why; then to an officer.
    let me = "superviseur@sante.bf";
    assert_eq!(
        act(
            &mut supervisor,
            &route,
            &[("action", "assign"), ("assignee", me)]
        )
        .await,
        StatusCode::SEE_OTHER
    );
    let mine = supervisor.get("/staff/training/exercises").await;
    let result = result_of(&mine.body, "route");
    assert!(
        result.starts_with("failed") && result.contains("pas agent"),
        "{result}"
    );
    let to = ("assignee", "collegue@sante.bf");
    assert_eq!(
        act(&mut supervisor, &route, &[("action", "assign"), to]).await,
        StatusCode::SEE_OTHER
    );
    for (action, extra) in [("accept", None), ("assign", Some(to))] {
        let mut fields = vec![("action", action)];
        fields.extend(extra);
        assert_eq!(
            act(&mut supervisor, &protect, &fields).await,
            StatusCode::SEE_OTHER
        );
    }
    let page = supervisor
        .get(&format!("/staff/complaints/{protect}"))
        .await;
    assert!(!page.body.contains("Adama Sana"), "the author is hidden");
    let revealed = supervisor
        .post_form(
            &format!("/staff/complaints/{protect}/reveal"),
            &[
                ("csrf", &page.field("csrf")),
                ("reason", "Pour voir qui a écrit cela."),
            ],
        )
        .await;
    assert_eq!(revealed.status, StatusCode::OK);
    assert_eq!(
        act(&mut supervisor, &appeal, &[("action", "assign"), to]).await,
        StatusCode::SEE_OTHER
    );
    let mine = supervisor.get("/staff/training/exercises").await;
    assert!(result_of(&mine.body, "route").starts_with("passed"));
    assert!(result_of(&mine.body, "appeal").starts_with("passed"));
    let result = result_of(&mine.body, "protect-author");
    assert!(
        result.starts_with("failed") && result.contains("identité"),
        "{result}"
    );

    // The trainer sees it all, with what each did.
    let page = trainer.get("/staff/training").await;
    assert_eq!(
        page.body.matches("Réussi").count(),
        1 + 1 + 2,
        "{}",
        page.body
    );
    assert!(page.body.contains("1 / 1") && page.body.contains("2 / 3"));
    assert!(page.body.contains(&appeal) && page.body.contains("Identité consultée"));
    // The officer who was prepared but did nothing.
    let colleague = id_of(&app, "collegue@sante.bf").await;
    let section = &page.body[page
        .body
        .find(&format!("id=\"trainee-{colleague}\""))
        .unwrap()..];
    assert!(
        section[..section.find("</section>").unwrap()].contains("Rien pour l&#39;instant."),
        "{section}"
    );

    // Reset of the supervisor: one action; the round's open complaints are withdrawn, the
    // new round starts from scratch.
    let id = id_of(&app, me).await;
    let csrf = page.field("csrf");
    let r = trainer
        .post_form(
            &format!("/staff/training/trainees/{id}/reset"),
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    for code in [&route, &protect, &appeal] {
        let row = app
            .state
            .store
            .complaint_by_code(code)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(row.status, domain::State::Withdrawn, "{code}");
    }
    let mine = supervisor.get("/staff/training/exercises").await;
    for exercise in ["route", "protect-author", "appeal"] {
        assert!(result_of(&mine.body, exercise).starts_with("not-started"));
        assert_ne!(exercise_code(&mine.body, exercise), route);
    }
    let rounds = app.state.store.trainees().await.unwrap();
    assert_eq!(rounds.iter().find(|r| r.user_id == id).unwrap().round, 2);
    // The audit chain is whole after it all.
    assert!(matches!(
        app.state.store.verify_audit().await.unwrap(),
        store::AuditReport::Intact { .. }
    ));

    // Officers and the others read their own exercises, not the trainer's page; a real
    // server has neither.
    assert_eq!(
        officer.get("/staff/training").await.status,
        StatusCode::FORBIDDEN
    );
    let r = officer
        .post_form(
            &format!("/staff/training/trainees/{id}/reset"),
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let mut admin = Browser::new(&real);
    sign_in(&mut admin, "formateur@redress.bf", PASSWORD).await;
    for path in ["/staff/training", "/staff/training/exercises"] {
        assert_eq!(
            admin.get(path).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
}
on_both_backends!(a_trainer_runs_a_session_end_to_end);

/// An answer after its deadline, or written without the response guide, fails and says why.
async fn a_late_answer_or_one_without_the_guide_fails(db: &TestDb) {
    let real = TestApp::new(db).await;
    let app = training_app(&real, true);
    staff_member(&app, "formateur@redress.bf", Role::Admin, None).await;
    staff_member(&app, "agent@sante.bf", Role::Officer, Some("SAN-BF13")).await;
    let store = &app.state.store;
    let trainer = store
        .staff_by_email("formateur@redress.bf")
        .await
        .unwrap()
        .unwrap();
    let trainer = redress::handling::Staff {
        id: trainer.id,
        email: trainer.email,
        role: Role::Admin,
        scope: store::Scope::Everything,
    };
    let trainee = store
        .staff_by_email("agent@sante.bf")
        .await
        .unwrap()
        .unwrap();
    let month_ago = time::OffsetDateTime::now_utc() - time::Duration::days(30);
    for (prepared, guide, expected) in [
        (month_ago, true, "après la date limite"),
        (time::OffsetDateTime::now_utc(), false, "guide de réponse"),
    ] {
        redress::exercises::reset(&app.state, &trainer, &trainee, prepared)
            .await
            .unwrap();
        let round = store.trainees().await.unwrap().pop().unwrap();
        let (_, code) = store
            .training_scenarios(trainee.id, round.round)
            .await
            .unwrap()
            .pop()
            .unwrap();
        let mut officer = Browser::new(&app);
        sign_in(&mut officer, "agent@sante.bf", PASSWORD).await;
        assert_eq!(
            act(&mut officer, &code, &[("action", "start")]).await,
            StatusCode::SEE_OTHER
        );
        let page = officer.get(&format!("/staff/complaints/{code}")).await;
        let version = page.field("guide_version");
        let mut fields = vec![
            ("action", "answer"),
            (
                "message",
                "La situation a été corrigée et l'agent rappelé à l'ordre.",
            ),
        ];
        if guide {
            fields.push(("guide_version", &version));
        }
        assert_eq!(
            act(&mut officer, &code, &fields).await,
            StatusCode::SEE_OTHER
        );
        let mine = officer.get("/staff/training/exercises").await;
        let result = result_of(&mine.body, "answer");
        assert!(
            result.starts_with("failed") && result.contains(expected),
            "{result}"
        );
    }
}
on_both_backends!(a_late_answer_or_one_without_the_guide_fails);
