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
    let services = (*app.state).clone().with_training(training);
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
            let port = crate::gateways::free_port();
            let mut command = Command::new(env!("CARGO_BIN_EXE_redress"));
            command
                .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
                .env("REDRESS_DATA_DIR", &dir)
                .env("REDRESS_DATABASE_URL", &real_url)
                .env("REDRESS_FILINGS_PER_MINUTE", "0")
                .env_remove("REDRESS_CONFIG")
                .current_dir(&dir)
                .stdout(Stdio::null())
                .stderr(Stdio::null());
            if training {
                command.arg("--training");
            }
            let mut child = command.spawn().unwrap();
            let started = Instant::now();
            while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
                assert!(started.elapsed() < Duration::from_secs(60), "no start");
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
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
