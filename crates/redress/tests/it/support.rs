//! `TestApp`: the real router over a real database, driven in process.

use axum::Router;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use domain::Role;
use http_body_util::BodyExt;
use redress::auth::{new_token, token_hash};
use redress::web::channels::GatewayAccess;
use redress::web::{AppState, router};
use serde_json::{Value, json};
use std::sync::Arc;
use store::testing::TestDb;
use store::{AdminChange, NewStaff, Reference};
use time::OffsetDateTime;
use tower::ServiceExt;

pub struct TestApp {
    pub router: Router,
    pub state: AppState,
}

pub struct Reply {
    pub status: StatusCode,
    pub json: Value,
    pub headers: axum::http::HeaderMap,
}

impl TestApp {
    pub async fn new(db: &TestDb) -> TestApp {
        db.store
            .load_reference(Arc::new(Reference::bundled().unwrap()))
            .await
            .unwrap();
        // In process a request has no address (0.0.0.0): let it call the gateway routes and
        // read the metrics.
        let state = AppState::new(db.store.clone(), db.dir.join("attachments"))
            .await
            .unwrap()
            .with_gateway(GatewayAccess {
                allow: vec![std::net::IpAddr::from([0, 0, 0, 0])],
                secret: None,
            })
            .with_metrics_allow(vec!["0.0.0.0/32".parse().unwrap()]);
        TestApp {
            router: router(state.clone()),
            state,
        }
    }

    /// Adds a staff member and returns a bearer token for them.
    pub async fn staff(&self, email: &str, role: Role, unit: Option<&str>) -> String {
        let id = self
            .state
            .store
            .admin(
                AdminChange::AddStaff(NewStaff {
                    email: email.into(),
                    name: email.split('@').next().unwrap().into(),
                    role,
                    unit_code: unit.map(str::to_owned),
                    password_hash: "-".into(),
                    created_at: OffsetDateTime::now_utc(),
                }),
                "test",
                time::OffsetDateTime::now_utc(),
            )
            .await
            .unwrap();
        let token = new_token();
        self.state
            .store
            .add_token(
                id,
                token_hash(&token),
                OffsetDateTime::now_utc(),
                // Tests move their clocks by months: a token that outlives them.
                OffsetDateTime::now_utc() + time::Duration::days(3650),
            )
            .await
            .unwrap();
        token
    }

    pub async fn send(&self, req: Request<Body>) -> Reply {
        let response = self.router.clone().oneshot(req).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let json = serde_json::from_slice(&bytes)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()));
        Reply {
            status,
            json,
            headers,
        }
    }

    pub async fn call(
        &self,
        method: Method,
        uri: &str,
        auth: Auth<'_>,
        body: Option<Value>,
    ) -> Reply {
        let mut req = Request::builder().method(method).uri(uri);
        match auth {
            Auth::None => {}
            Auth::Token(t) => req = req.header("authorization", format!("Bearer {t}")),
            Auth::Secret(s) => req = req.header("x-complaint-secret", s),
        }
        let body = match body {
            Some(v) => {
                req = req.header("content-type", "application/json");
                Body::from(v.to_string())
            }
            None => Body::empty(),
        };
        self.send(req.body(body).unwrap()).await
    }

    pub async fn get(&self, uri: &str, auth: Auth<'_>) -> Reply {
        self.call(Method::GET, uri, auth, None).await
    }

    pub async fn post(&self, uri: &str, auth: Auth<'_>, body: Value) -> Reply {
        self.call(Method::POST, uri, auth, Some(body)).await
    }

    /// Files a complaint as the public; returns (tracking code, secret).
    pub async fn file(&self, body: Value) -> (String, String) {
        let r = self.post("/api/v1/complaints", Auth::None, body).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
        (
            r.json["tracking_code"].as_str().unwrap().to_owned(),
            r.json["secret"].as_str().unwrap().to_owned(),
        )
    }

    pub async fn act(&self, code: &str, auth: Auth<'_>, body: Value) -> Reply {
        self.post(&format!("/api/v1/complaints/{code}/actions"), auth, body)
            .await
    }

    /// Takes each action in turn, each of which must succeed.
    pub async fn act_all(&self, code: &str, auth: Auth<'_>, bodies: &[Value]) {
        for body in bodies {
            let r = self.act(code, auth, body.clone()).await;
            assert_eq!(r.status, StatusCode::OK, "{body}: {}", r.json);
        }
    }

    /// An SMS from `from` as Kannel delivers it (message id `id`); the reply to send back.
    pub async fn sms(&self, from: &str, text: &str, id: &str) -> String {
        let query = serde_urlencoded::to_string([
            ("from", from),
            ("to", "1010"),
            ("text", text),
            ("id", id),
            ("coding", "0"),
            ("charset", "UTF-8"),
        ])
        .unwrap();
        let r = self
            .get(&format!("/channels/sms/kannel?{query}"), Auth::None)
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.json);
        match r.json {
            Value::String(s) => s,
            other => other.to_string(),
        }
    }

    /// Complaints and audit events in the database: what "nothing written" is checked by.
    pub async fn footprint(&self) -> (usize, i64) {
        let complaints: i64 = self
            .state
            .store
            .count_by_state()
            .await
            .unwrap()
            .iter()
            .map(|(_, n)| n)
            .sum();
        let events = match self.state.store.verify_audit().await.unwrap() {
            store::AuditReport::Intact { events } => events,
            broken => panic!("{broken:?}"),
        };
        (complaints as usize, events)
    }
}

#[derive(Clone, Copy)]
pub enum Auth<'a> {
    None,
    Token(&'a str),
    Secret(&'a str),
}

/// A JPEG as a phone writes one (SOI, JFIF, a scan holding `scan`, EOI): Redress reads the
/// container to remove metadata, so a photo must be one.
pub fn jpeg(scan: &[u8]) -> Vec<u8> {
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10];
    out.extend(b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
    out.extend([0xFF, 0xDA, 0x00, 0x08, 1, 1, 0, 0, 0x3F, 0]);
    out.extend(scan);
    out.extend([0xFF, 0xD9]);
    out
}

/// A valid complaint in Ouagadougou about unofficial fees in health.
pub fn health_complaint() -> Value {
    json!({
        "category": "SAN-FEES",
        "description": "Au CSPS on m'a fait payer 2000 F pour une consultation qui est gratuite.",
        "location": {"commune": "BF130004", "address": "CSPS secteur 30"},
        "complainant": {"name": "Awa Ouédraogo", "phone": "70 11 22 33"},
        "language": "mos"
    })
}
