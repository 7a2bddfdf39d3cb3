//! The connection loop on a real socket (`redress::web::server`): a 3 MB photo sent at 2G
//! speed is filed, silent clients and stalled bodies are cut off, and behind a trusted proxy
//! each citizen has their own rate-limit bucket while others cannot choose theirs.

use crate::support::TestApp;
use redress::limits::Limits;
use redress::web::proxy::TrustedProxies;
use redress::web::server::Transport;
use redress::web::{AppState, router};
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use store::on_both_backends;
use store::testing::TestDb;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

async fn start(state: AppState, idle: Duration) -> (SocketAddr, tokio::task::JoinHandle<()>) {
    start_with(state, Transport::new(idle)).await
}

async fn start_with(
    state: AppState,
    transport: Transport,
) -> (SocketAddr, tokio::task::JoinHandle<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(redress::web::server::serve(
        listener,
        router(state),
        transport,
        None,
        std::future::pending(),
    ));
    (addr, server)
}

/// A raw HTTP/1.1 response: status, headers (lower-case names), body.
struct Raw {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Raw {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
    fn cookies(&self) -> String {
        self.headers
            .iter()
            .filter(|(n, _)| n == "set-cookie")
            .map(|(_, v)| v.split(';').next().unwrap().to_owned())
            .collect::<Vec<_>>()
            .join("; ")
    }
    fn field(&self, name: &str) -> String {
        let marker = format!("name=\"{name}\" value=\"");
        let start = self.body.find(&marker).expect(name) + marker.len();
        self.body[start..].split('"').next().unwrap().to_owned()
    }
}

async fn read_response(stream: &mut TcpStream) -> Raw {
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).await.unwrap();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines.next().unwrap_or("").split(' ').nth(1).unwrap_or("0");
    Raw {
        status: status.parse().unwrap_or(0),
        headers: lines
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
            .collect(),
        body: body.to_owned(),
    }
}

/// A connection to `addr` from the loopback address `from` (any 127.x.y.z is this machine).
async fn connect_from(from: &str, addr: SocketAddr) -> TcpStream {
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket
        .bind(SocketAddr::new(from.parse().unwrap(), 0))
        .unwrap();
    socket.connect(addr).await.unwrap()
}

/// Whether a request on `stream` is answered within `wait`.
async fn answered(stream: &mut TcpStream, wait: Duration) -> bool {
    let request = "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    if stream.write_all(request.as_bytes()).await.is_err() {
        return false;
    }
    // A closed connection reads as an end or a reset: not answered.
    let mut bytes = Vec::new();
    let read = tokio::time::timeout(wait, stream.read_to_end(&mut bytes)).await;
    matches!(read, Ok(Ok(_))) && bytes.starts_with(b"HTTP/1.1 200")
}

async fn get(addr: SocketAddr, path: &str, extra: &str) -> Raw {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let request = format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n{extra}\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    read_response(&mut stream).await
}

/// WebPageTest's "2G" profile sends 256 kbit/s upstream: 32,000 bytes a second.
const UPLINK_BYTES_PER_SECOND: usize = 32_000;

async fn a_3_mb_photo_sent_at_2g_speed_is_filed(db: &TestDb) {
    let app = TestApp::new(db).await;
    // Idle timeout 5 s: the upload lasts about 95 s, far beyond both it and the 30 s a
    // request may take besides receiving its body.
    let (addr, server) = start(app.state.clone(), Duration::from_secs(5)).await;
    let form = get(addr, "/complaints/new?lang=fr", "").await;
    assert_eq!(form.status, 200);
    let boundary = "----redress-2g";
    let mut body = Vec::new();
    for (k, v) in [
        ("csrf", form.field("csrf").as_str()),
        ("intake_key", form.field("intake_key").as_str()),
        ("kind", "complaint"),
        ("category", "EDU-FEES"),
        ("commune", "BF500105"),
        (
            "description",
            "Le directeur exige 5000 F pour inscrire mon fils au CP1.",
        ),
        ("consent", "yes"),
    ] {
        body.extend(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .bytes(),
        );
    }
    // 3,000,000 bytes: 32 of container around the scan.
    let photo = crate::support::jpeg(&vec![0x5A; 3_000_000 - 32]);
    assert_eq!(photo.len(), 3_000_000);
    body.extend(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"photo.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").bytes());
    body.extend_from_slice(&photo);
    body.extend(format!("\r\n--{boundary}--\r\n").bytes());

    let mut stream = TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "POST /complaints/new HTTP/1.1\r\nHost: x\r\nConnection: close\r\nCookie: {}\r\n\
         Content-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: {}\r\n\r\n",
        form.cookies(),
        body.len()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let started = Instant::now();
    // 1,600 bytes every 50 ms, paced against the clock.
    for (i, chunk) in body.chunks(UPLINK_BYTES_PER_SECOND / 20).enumerate() {
        let due = Duration::from_millis(50 * i as u64);
        if let Some(wait) = due.checked_sub(started.elapsed()) {
            tokio::time::sleep(wait).await;
        }
        stream.write_all(chunk).await.unwrap();
    }
    let sent = read_response(&mut stream).await;
    let took = started.elapsed();
    assert!(took > Duration::from_secs(60), "the upload took {took:?}");
    assert_eq!(sent.status, 303, "{}", sent.body);
    assert_eq!(sent.header("location"), Some("/complaints/receipt"));
    // The receipt is in the cookie the answer set (the form's cookies, updated).
    let mut jar: Vec<String> = sent.cookies().split("; ").map(str::to_owned).collect();
    for old in form.cookies().split("; ") {
        let name = old.split('=').next().unwrap();
        if !jar.iter().any(|c| c.starts_with(&format!("{name}="))) {
            jar.push(old.to_owned());
        }
    }
    let receipt = get(
        addr,
        "/complaints/receipt",
        &format!("Cookie: {}\r\n", jar.join("; ")),
    )
    .await;
    let marker = "id=\"tracking-code\">";
    let start = receipt
        .body
        .find(marker)
        .unwrap_or_else(|| panic!("no receipt: {}", receipt.body))
        + marker.len();
    let code: String = receipt.body[start..].chars().take(13).collect();
    let row = app
        .state
        .store
        .complaint_by_code(&code.replace('-', ""))
        .await
        .unwrap()
        .expect("the complaint is stored");
    let files = app.state.store.attachments_of(row.id).await.unwrap();
    assert_eq!(
        (
            files.len(),
            files[0].size_bytes,
            files[0].content_type.as_str()
        ),
        (1, 3_000_000, "image/jpeg")
    );
    server.abort();
}

async fn silent_clients_and_stalled_bodies_are_cut_off(db: &TestDb) {
    let app = TestApp::new(db).await;
    let (addr, server) = start(app.state.clone(), Duration::from_secs(1)).await;
    let read_until_closed = |mut stream: TcpStream| async move {
        let started = Instant::now();
        let mut bytes = Vec::new();
        tokio::time::timeout(Duration::from_secs(20), stream.read_to_end(&mut bytes))
            .await
            .expect("the server closes the connection")
            .unwrap();
        (
            started.elapsed(),
            String::from_utf8_lossy(&bytes).into_owned(),
        )
    };
    // Connects and sends nothing.
    let (took, answer) = read_until_closed(TcpStream::connect(addr).await.unwrap()).await;
    assert!(
        took < Duration::from_secs(5) && answer.is_empty(),
        "{took:?} {answer}"
    );
    // Sends its headers one line at a time, slower than they may take in all.
    let mut slow = TcpStream::connect(addr).await.unwrap();
    let started = Instant::now();
    let mut cut = false;
    for line in [
        "GET /healthz HTTP/1.1\r\n",
        "Host: x\r\n",
        "X-A: 1\r\n",
        "X-B: 1\r\n",
    ] {
        if slow.write_all(line.as_bytes()).await.is_err() {
            cut = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(700)).await;
    }
    let (_, answer) = read_until_closed(slow).await;
    assert!(
        cut || !answer.contains("200 OK"),
        "headers trickled for {:?} were answered: {answer}",
        started.elapsed()
    );
    // Announces a body and stops sending it.
    let mut stalled = TcpStream::connect(addr).await.unwrap();
    stalled
        .write_all(
            b"POST /api/v1/complaints HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
              Content-Length: 200\r\n\r\n{\"category\":",
        )
        .await
        .unwrap();
    let (took, answer) = read_until_closed(stalled).await;
    assert!(took < Duration::from_secs(5), "{took:?}");
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
    // The server still answers others.
    assert_eq!(get(addr, "/healthz", "").await.status, 200);
    server.abort();
}

async fn behind_a_trusted_proxy_each_citizen_has_their_own_limit(db: &TestDb) {
    let app = TestApp::new(db).await;
    let (code, _) = app.file(crate::support::health_complaint()).await;
    let path = format!("/api/v1/complaints/{code}");
    let limited = |proxies: &str| {
        app.state
            .clone()
            .with_limits(Limits::new(0, 2))
            .with_trusted_proxies(TrustedProxies::new(
                redress::config::parse_networks(proxies).unwrap(),
            ))
    };
    // The proxy on 127.0.0.1 is trusted: citizens from rotating addresses are served...
    let (addr, server) = start(limited("127.0.0.1, 10.0.0.0/8"), Duration::from_secs(5)).await;
    for i in 0..6 {
        let hop = format!("X-Forwarded-For: 198.51.100.{i}, 10.0.0.2\r\n");
        assert_eq!(get(addr, &path, &hop).await.status, 200, "citizen {i}");
    }
    // ... and one citizen behind it is limited on their own, with Forwarded as well.
    let statuses: Vec<u16> = futures_util::future::join_all((0..3).map(|_| async {
        get(addr, &path, "Forwarded: for=\"203.0.113.9:5000\"\r\n")
            .await
            .status
    }))
    .await;
    assert_eq!(
        statuses.iter().filter(|s| **s == 429).count(),
        1,
        "{statuses:?}"
    );
    server.abort();
    // Nobody trusted: a forged header does not buy a new bucket.
    let (addr, server) = start(limited(""), Duration::from_secs(5)).await;
    let mut statuses = Vec::new();
    for i in 0..4 {
        let hop = format!("X-Forwarded-For: 198.51.100.{i}\r\n");
        statuses.push(get(addr, &path, &hop).await.status);
    }
    assert_eq!(statuses, [200, 200, 429, 429]);
    server.abort();
}

/// One address cannot hold every connection: beyond its share its new ones are closed while
/// others are served; beyond the total, new connections wait until one ends.
async fn connections_are_capped_in_all_and_per_address(db: &TestDb) {
    let app = TestApp::new(db).await;
    let transport = Transport {
        max_connections: 6,
        per_address: 3,
        ..Transport::new(Duration::from_secs(20))
    };
    let (addr, server) = start_with(app.state.clone(), transport).await;
    // Three silent connections from one address: its fourth is closed unanswered.
    let mut greedy = Vec::new();
    for _ in 0..3 {
        greedy.push(connect_from("127.0.0.2", addr).await);
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    let mut fourth = connect_from("127.0.0.2", addr).await;
    assert!(!answered(&mut fourth, Duration::from_secs(5)).await);
    // Another address is served meanwhile.
    let mut other = connect_from("127.0.0.3", addr).await;
    assert!(answered(&mut other, Duration::from_secs(5)).await);
    // Once one of the three ends, the address may connect again.
    drop(greedy.pop());
    tokio::time::sleep(Duration::from_millis(200)).await;
    let mut again = connect_from("127.0.0.2", addr).await;
    assert!(answered(&mut again, Duration::from_secs(5)).await);
    // Six held in all (two addresses, three each): the seventh waits, then is served when
    // one of them ends.
    let mut held = greedy;
    held.push(connect_from("127.0.0.2", addr).await);
    for _ in 0..3 {
        held.push(connect_from("127.0.0.4", addr).await);
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    let mut waiting = connect_from("127.0.0.5", addr).await;
    let request = "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    waiting.write_all(request.as_bytes()).await.unwrap();
    let early = tokio::time::timeout(Duration::from_secs(1), read_response(&mut waiting)).await;
    assert!(early.is_err(), "not accepted while every slot is held");
    drop(held.pop());
    let late = tokio::time::timeout(Duration::from_secs(5), read_response(&mut waiting))
        .await
        .expect("accepted once a slot is free");
    assert_eq!(late.status, 200);
    server.abort();
}

// The transport does not depend on the database: these run on SQLite.
#[tokio::test]
async fn a_3_mb_photo_sent_at_2g_speed_is_filed_sqlite() {
    let db = store::testing::sqlite().await;
    a_3_mb_photo_sent_at_2g_speed_is_filed(&db).await;
    db.cleanup().await;
}

#[tokio::test]
async fn connections_are_capped_in_all_and_per_address_sqlite() {
    let db = store::testing::sqlite().await;
    connections_are_capped_in_all_and_per_address(&db).await;
    db.cleanup().await;
}

#[tokio::test]
async fn silent_clients_and_stalled_bodies_are_cut_off_sqlite() {
    let db = store::testing::sqlite().await;
    silent_clients_and_stalled_bodies_are_cut_off(&db).await;
    db.cleanup().await;
}

on_both_backends!(behind_a_trusted_proxy_each_citizen_has_their_own_limit);
