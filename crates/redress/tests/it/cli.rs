//! The command line as a user runs it: a real process on a real database.

use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};
use store::on_both_backends;
use store::testing::TestDb;

fn redress(db: &TestDb, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_redress"))
        .args(args)
        .env("REDRESS_DATABASE_URL", &db.url)
        .env("REDRESS_DATA_DIR", &db.dir)
        .env("REDRESS_PASSWORD", "a long enough password")
        .env_remove("REDRESS_CONFIG")
        .current_dir(&db.dir)
        .output()
        .unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

async fn users_tokens_demo_and_audit(db: &TestDb) {
    let out = redress(db, &["migrate"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = redress(
        db,
        &[
            "user",
            "add",
            "--email",
            "Chef@Sante.bf",
            "--name",
            "Chef",
            "--role",
            "supervisor",
            "--unit",
            "SAN",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = redress(
        db,
        &[
            "user",
            "add",
            "--email",
            "x@sante.bf",
            "--name",
            "X",
            "--role",
            "king",
            "--unit",
            "SAN",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("unknown role"),
        "{}",
        text(&out.stderr)
    );
    let out = redress(
        db,
        &[
            "user",
            "add",
            "--email",
            "y@sante.bf",
            "--name",
            "Y",
            "--role",
            "officer",
            "--unit",
            "NOWHERE",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("no unit"),
        "{}",
        text(&out.stderr)
    );
    let out = redress(db, &["token", "create", "--email", "chef@sante.bf"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let token = text(&out.stdout);
    assert_eq!(token.lines().count(), 1, "the token alone on stdout");
    assert!(token.starts_with("rdr_"));
    let out = redress(db, &["token", "create", "--email", "ghost@sante.bf"]);
    assert_eq!(out.status.code(), Some(1));

    let out = redress(db, &["demo"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let counts = db.store.count_by_state().await.unwrap();
    for state in domain::State::ALL {
        assert!(
            counts.iter().any(|(s, n)| s == state.as_str() && *n > 0),
            "demo has {state}"
        );
    }
    let out = redress(db, &["audit", "verify"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("intact"));

    db.tamper("UPDATE complaint_events SET data = '{\"reason\": \"edited\"}' WHERE seq = 5")
        .await;
    let out = redress(db, &["audit", "verify"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("event 5"),
        "{}",
        text(&out.stderr)
    );
}
on_both_backends!(users_tokens_demo_and_audit);

async fn serve_answers_and_stops_on_sigterm(db: &TestDb) {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let mut child = Command::new(env!("CARGO_BIN_EXE_redress"))
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .env("REDRESS_DATABASE_URL", &db.url)
        .env("REDRESS_DATA_DIR", &db.dir)
        .current_dir(&db.dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let reply = loop {
        if let Ok(reply) = http_get(port, "/healthz") {
            break reply;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "server did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    assert!(reply.to_lowercase().contains("x-request-id"), "{reply}");
    let kill = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "server did not stop"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "clean exit on SIGTERM: {status}");
}
on_both_backends!(serve_answers_and_stops_on_sigterm);

fn http_get(port: u16, path: &str) -> std::io::Result<String> {
    exchange(
        port,
        &format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
    )
}

/// A JSON POST to a server on this machine; its whole answer.
pub fn post_json(port: u16, path: &str, body: &str) -> std::io::Result<String> {
    exchange(
        port,
        &format!(
            "POST {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\
             Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        ),
    )
}

fn exchange(port: u16, request: &str) -> std::io::Result<String> {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port))?;
    s.write_all(request.as_bytes())?;
    let mut out = String::new();
    s.read_to_string(&mut out)?;
    Ok(out)
}

/// A published head checks against a later chain, and fails against a rewritten or
/// replaced one.
async fn audit_head_published_then_checked(db: &TestDb) {
    assert!(redress(db, &["demo"]).status.success());
    let out = redress(db, &["audit", "head"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let heads: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let (seq, hash) = (
        heads["complaints"]["seq"].as_i64().unwrap(),
        heads["complaints"]["hash"].as_str().unwrap().to_owned(),
    );
    assert!(seq > 10 && hash.len() == 64, "{heads}");
    // The same head is published on the web.
    let app = crate::support::TestApp::new(db).await;
    let web = app
        .get("/open-data/audit-head.json", crate::support::Auth::None)
        .await;
    assert_eq!(web.json["complaints"]["hash"], hash.as_str());
    assert_eq!(
        web.json["how_to_check"],
        format!("redress audit verify --since {seq}:{hash}")
    );
    // Later: more events; the chain extends the published head.
    app.file(crate::support::health_complaint()).await;
    let out = redress(db, &["audit", "head"]);
    let later: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(later["complaints"]["seq"].as_i64().unwrap() > seq);
    let published = format!("{seq}:{hash}");
    let out = redress(db, &["audit", "verify", "--since", &published]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains(&format!("extends the published head {seq}:{hash}")));
    assert!(
        redress(db, &["audit", "verify", "--since", &hash])
            .status
            .success()
    );
    // The right hash at another place, a malformed head.
    let moved = format!("{}:{hash}", seq + 1);
    let out = redress(db, &["audit", "verify", "--since", &moved]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("rewritten"),
        "{}",
        text(&out.stderr)
    );
    assert!(
        !redress(db, &["audit", "verify", "--since", "12:xyz"])
            .status
            .success()
    );
    // Another database (history made again): intact, but not the published one.
    let other = if db.is_postgres() {
        store::testing::postgres().await.unwrap()
    } else {
        store::testing::sqlite().await
    };
    assert!(redress(&other, &["demo"]).status.success());
    let out = redress(&other, &["audit", "verify", "--since", &published]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).contains("intact"));
    assert!(
        text(&out.stderr).contains("does not extend"),
        "{}",
        text(&out.stderr)
    );
    other.cleanup().await;
    // An event before the head edited in place: the chain is broken.
    db.tamper("UPDATE complaint_events SET actor = 'someone else' WHERE seq = 3")
        .await;
    let out = redress(db, &["audit", "verify", "--since", &published]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("BROKEN at event 3"),
        "{}",
        text(&out.stderr)
    );
}
on_both_backends!(audit_head_published_then_checked);

/// `redress backup --include-key` then `redress restore` onto a machine with nothing: the
/// key comes from the backup, the trail verifies and `audit verify` agrees.
async fn backup_and_restore_from_the_command_line(db: &TestDb) {
    let out = redress(db, &["demo"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let folder = db.dir.join("nightly");
    let folder_arg = folder.to_str().unwrap();
    let out = redress(db, &["backup", "--out", folder_arg, "--include-key"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("keep it as safe as the key"));
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(folder.join("manifest.json")).unwrap()).unwrap();
    assert!(manifest["complaints"].as_i64().unwrap() > 10, "{manifest}");
    // Writing into a folder that holds something is refused.
    let out = redress(db, &["backup", "--out", folder_arg]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("not empty"),
        "{}",
        text(&out.stderr)
    );

    let empty = db.empty_sibling().await;
    let restore = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_redress"))
            .args(args)
            .env("REDRESS_DATABASE_URL", &empty.url)
            .env("REDRESS_DATA_DIR", &empty.dir)
            .env_remove("REDRESS_CONFIG")
            .current_dir(&empty.dir)
            .output()
            .unwrap()
    };
    let out = restore(&["restore", "--from", folder_arg]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.contains(&format!(
            "restored {} complaints",
            manifest["complaints"].as_i64().unwrap()
        )),
        "{said}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(empty.dir.join("secret.key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let out = restore(&["audit", "verify"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = restore(&["restore", "--from", folder_arg]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a second restore over the first"
    );
    empty.cleanup().await;
}
on_both_backends!(backup_and_restore_from_the_command_line);

/// `redress keys rotate` from the command line: the key file gains a key, the old one is
/// retired, the demo's personal data still reads (`user` commands and the audit check run).
async fn keys_rotate_from_the_command_line(db: &TestDb) {
    let out = redress(db, &["demo"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = redress(db, &["keys", "rotate", "--grace-seconds", "0"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stderr);
    assert!(
        said.contains("sealed with key 1") && said.contains("[0]"),
        "{said}"
    );
    let key_file = std::fs::read_to_string(db.dir.join("secret.key")).unwrap();
    assert!(
        key_file.contains("\nseal 1 ") && key_file.contains("\nretired 0"),
        "{key_file}"
    );
    let out = redress(db, &["keys", "rotate", "--add-only"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("sealing key 2"));
    let out = redress(db, &["keys", "rotate", "--grace-seconds", "0"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("sealed with key 2"),
        "{}",
        text(&out.stderr)
    );
    let out = redress(db, &["audit", "verify"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
}
on_both_backends!(keys_rotate_from_the_command_line);
