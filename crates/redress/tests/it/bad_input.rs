//! Every kind of bad input gets a 4xx with the JSON error of shared/DESIGN.md and leaves
//! the database exactly as it was.

use crate::support::{Auth, TestApp, health_complaint};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use domain::Role;
use serde_json::{Value, json};
use store::on_both_backends;
use store::testing::TestDb;

struct Case {
    name: &'static str,
    status: StatusCode,
    code: &'static str,
}

async fn check(app: &TestApp, case: Case, reply: crate::support::Reply, before: (usize, i64)) {
    assert_eq!(reply.status, case.status, "{}: {}", case.name, reply.json);
    assert_eq!(
        reply.json["error"]["code"], case.code,
        "{}: {}",
        case.name, reply.json
    );
    let message = reply.json["error"]["message"].as_str().unwrap_or_default();
    assert!(
        message.len() > 10,
        "{}: a message a person understands: {message:?}",
        case.name
    );
    assert_eq!(
        app.footprint().await,
        before,
        "{}: nothing written",
        case.name
    );
}

fn with(mut body: Value, pointer: &str, value: Value) -> Value {
    *body.pointer_mut(pointer).unwrap() = value;
    body
}

async fn setup(db: &TestDb) -> (TestApp, String, String, String, String) {
    let app = TestApp::new(db).await;
    let edu = app
        .staff("agent@education.bf", Role::Officer, Some("EDU-BF13"))
        .await;
    let boss = app
        .staff("chef@sante.bf", Role::Supervisor, Some("SAN"))
        .await;
    let (code, secret) = app.file(health_complaint()).await;
    (app, edu, boss, code, secret)
}

async fn intake_refusals(db: &TestDb) {
    let (app, _, _, _, _) = setup(db).await;
    let before = app.footprint().await;
    let raw = |body: &'static str| {
        Request::post("/api/v1/complaints")
            .header("content-type", "application/json")
            .body(Body::from(body))
            .unwrap()
    };
    let r = app.send(raw("{\"category\": \"SAN-FEES\", ")).await;
    check(
        &app,
        Case {
            name: "malformed JSON",
            status: StatusCode::BAD_REQUEST,
            code: "invalid_json",
        },
        r,
        before,
    )
    .await;
    let r = app.send(raw("[1, 2]")).await;
    check(
        &app,
        Case {
            name: "not an object",
            status: StatusCode::BAD_REQUEST,
            code: "invalid_request",
        },
        r,
        before,
    )
    .await;

    let cases: Vec<(Case, Value)> = vec![
        (
            Case {
                name: "missing description",
                status: StatusCode::BAD_REQUEST,
                code: "invalid_request",
            },
            json!({"category": "SAN-FEES"}),
        ),
        (
            Case {
                name: "unknown field",
                status: StatusCode::BAD_REQUEST,
                code: "invalid_request",
            },
            with(health_complaint(), "/language", json!("fr"))
                .as_object()
                .cloned()
                .map(|mut o| {
                    o.insert("priority".into(), json!("high"));
                    Value::Object(o)
                })
                .unwrap(),
        ),
        (
            Case {
                name: "unknown category",
                status: StatusCode::UNPROCESSABLE_ENTITY,
                code: "unknown_category",
            },
            with(health_complaint(), "/category", json!("SAN-NOPE")),
        ),
        (
            Case {
                name: "unknown commune",
                status: StatusCode::UNPROCESSABLE_ENTITY,
                code: "unknown_commune",
            },
            with(health_complaint(), "/location/commune", json!("BF999999")),
        ),
        (
            Case {
                name: "over-long description",
                status: StatusCode::UNPROCESSABLE_ENTITY,
                code: "description_too_long",
            },
            with(health_complaint(), "/description", json!("x".repeat(5001))),
        ),
        (
            Case {
                name: "too short description",
                status: StatusCode::UNPROCESSABLE_ENTITY,
                code: "description_too_short",
            },
            with(health_complaint(), "/description", json!("  court ")),
        ),
        (
            Case {
                name: "bad phone",
                status: StatusCode::UNPROCESSABLE_ENTITY,
                code: "invalid_phone",
            },
            with(
                health_complaint(),
                "/complainant/phone",
                json!("+33 6 12 34 56 78"),
            ),
        ),
        (
            Case {
                name: "anonymous with identity",
                status: StatusCode::UNPROCESSABLE_ENTITY,
                code: "anonymous_with_identity",
            },
            with(health_complaint(), "/language", json!("fr"))
                .as_object()
                .cloned()
                .map(|mut o| {
                    o.insert("anonymous".into(), json!(true));
                    Value::Object(o)
                })
                .unwrap(),
        ),
        (
            Case {
                name: "unknown kind",
                status: StatusCode::UNPROCESSABLE_ENTITY,
                code: "unknown_kind",
            },
            with(health_complaint(), "/language", json!("fr"))
                .as_object()
                .cloned()
                .map(|mut o| {
                    o.insert("kind".into(), json!("rant"));
                    Value::Object(o)
                })
                .unwrap(),
        ),
        (
            Case {
                name: "unknown language",
                status: StatusCode::UNPROCESSABLE_ENTITY,
                code: "unknown_language",
            },
            with(health_complaint(), "/language", json!("de")),
        ),
        (
            Case {
                name: "staff channel from the public",
                status: StatusCode::UNPROCESSABLE_ENTITY,
                code: "staff_only_channel",
            },
            with(health_complaint(), "/language", json!("fr"))
                .as_object()
                .cloned()
                .map(|mut o| {
                    o.insert("channel".into(), json!("walk_in"));
                    Value::Object(o)
                })
                .unwrap(),
        ),
        (
            Case {
                name: "description of the wrong type",
                status: StatusCode::BAD_REQUEST,
                code: "invalid_request",
            },
            with(health_complaint(), "/description", json!(42)),
        ),
    ];
    for (case, body) in cases {
        let r = app.post("/api/v1/complaints", Auth::None, body).await;
        check(&app, case, r, before).await;
    }

    let huge = json!({"category": "SAN-FEES", "description": "y".repeat(1024 * 1024 + 10)});
    let r = app.post("/api/v1/complaints", Auth::None, huge).await;
    check(
        &app,
        Case {
            name: "body over 1 MiB",
            status: StatusCode::PAYLOAD_TOO_LARGE,
            code: "too_large",
        },
        r,
        before,
    )
    .await;
}
on_both_backends!(intake_refusals);

async fn credential_and_action_refusals(db: &TestDb) {
    let (app, edu, boss, code, secret) = setup(db).await;
    let before = app.footprint().await;
    let uri = format!("/api/v1/complaints/{code}");
    let wrong_secret = if secret == "00000000" {
        "11111111"
    } else {
        "00000000"
    };

    let r = app.get(&uri, Auth::Secret(wrong_secret)).await;
    check(
        &app,
        Case {
            name: "wrong secret",
            status: StatusCode::UNAUTHORIZED,
            code: "unauthorized",
        },
        r,
        before,
    )
    .await;
    let r = app.get(&uri, Auth::Secret("12ab")).await;
    check(
        &app,
        Case {
            name: "malformed secret",
            status: StatusCode::UNAUTHORIZED,
            code: "unauthorized",
        },
        r,
        before,
    )
    .await;
    let r = app.get("/api/v1/complaints", Auth::None).await;
    check(
        &app,
        Case {
            name: "missing token",
            status: StatusCode::UNAUTHORIZED,
            code: "unauthorized",
        },
        r,
        before,
    )
    .await;
    let r = app
        .get("/api/v1/complaints", Auth::Token("rdr_not-a-real-token"))
        .await;
    check(
        &app,
        Case {
            name: "wrong token",
            status: StatusCode::UNAUTHORIZED,
            code: "unauthorized",
        },
        r,
        before,
    )
    .await;
    let r = app
        .act(&code, Auth::None, json!({"action": "accept"}))
        .await;
    check(
        &app,
        Case {
            name: "action without credentials",
            status: StatusCode::UNAUTHORIZED,
            code: "unauthorized",
        },
        r,
        before,
    )
    .await;
    let r = app
        .act(&code, Auth::Token(&edu), json!({"action": "accept"}))
        .await;
    check(
        &app,
        Case {
            name: "action out of scope",
            status: StatusCode::FORBIDDEN,
            code: "forbidden",
        },
        r,
        before,
    )
    .await;
    let r = app.get(&format!("{uri}/events"), Auth::Token(&edu)).await;
    check(
        &app,
        Case {
            name: "audit trail out of scope",
            status: StatusCode::FORBIDDEN,
            code: "forbidden",
        },
        r,
        before,
    )
    .await;
    let r = app
        .act(
            &code,
            Auth::Secret(wrong_secret),
            json!({"action": "withdraw"}),
        )
        .await;
    check(
        &app,
        Case {
            name: "withdraw with a wrong secret",
            status: StatusCode::UNAUTHORIZED,
            code: "unauthorized",
        },
        r,
        before,
    )
    .await;
    let r = app
        .act(&code, Auth::Token(&boss), json!({"action": "start"}))
        .await;
    check(
        &app,
        Case {
            name: "transition the state refuses",
            status: StatusCode::CONFLICT,
            code: "not_allowed_now",
        },
        r,
        before,
    )
    .await;
    let r = app
        .act(&code, Auth::Token(&boss), json!({"action": "reject"}))
        .await;
    check(
        &app,
        Case {
            name: "reject without reason",
            status: StatusCode::UNPROCESSABLE_ENTITY,
            code: "invalid_action",
        },
        r,
        before,
    )
    .await;
    let r = app
        .act(&code, Auth::Token(&boss), json!({"action": "fly"}))
        .await;
    check(
        &app,
        Case {
            name: "unknown action",
            status: StatusCode::BAD_REQUEST,
            code: "unknown_action",
        },
        r,
        before,
    )
    .await;
    let r = app
        .act(
            &code,
            Auth::Token(&boss),
            json!({"action": "accept", "priority": 1}),
        )
        .await;
    check(
        &app,
        Case {
            name: "unknown action field",
            status: StatusCode::BAD_REQUEST,
            code: "invalid_request",
        },
        r,
        before,
    )
    .await;
    // The right shape with a wrong check symbol names no complaint (the document's pattern
    // admits it); a code of the wrong shape is a bad request.
    let r = app
        .get("/api/v1/complaints/ABCD-EFGH-JKM", Auth::None)
        .await;
    check(
        &app,
        Case {
            name: "mistyped tracking code",
            status: StatusCode::NOT_FOUND,
            code: "invalid_tracking_code",
        },
        r,
        before,
    )
    .await;
    let r = app.get("/api/v1/complaints/ABCD-EFGH", Auth::None).await;
    check(
        &app,
        Case {
            name: "tracking code too short",
            status: StatusCode::BAD_REQUEST,
            code: "invalid_tracking_code",
        },
        r,
        before,
    )
    .await;
    let unknown = domain::TrackingCode::from_random([1; 8]).to_string();
    let r = app
        .get(&format!("/api/v1/complaints/{unknown}"), Auth::None)
        .await;
    check(
        &app,
        Case {
            name: "unknown tracking code",
            status: StatusCode::NOT_FOUND,
            code: "not_found",
        },
        r,
        before,
    )
    .await;
    let r = app
        .get("/api/v1/complaints?status=lost", Auth::Token(&boss))
        .await;
    check(
        &app,
        Case {
            name: "unknown status filter",
            status: StatusCode::BAD_REQUEST,
            code: "unknown_status",
        },
        r,
        before,
    )
    .await;
    let r = app.get("/api/v1/nothing-here", Auth::None).await;
    check(
        &app,
        Case {
            name: "unknown address",
            status: StatusCode::NOT_FOUND,
            code: "not_found",
        },
        r,
        before,
    )
    .await;

    // Transfer to a unit that does not exist, and assignment to nobody.
    app.act(&code, Auth::Token(&boss), json!({"action": "accept"}))
        .await;
    let before = app.footprint().await;
    let r = app
        .act(
            &code,
            Auth::Token(&boss),
            json!({"action": "transfer", "unit": "SAN-MARS", "reason": "x"}),
        )
        .await;
    check(
        &app,
        Case {
            name: "transfer to an unknown unit",
            status: StatusCode::UNPROCESSABLE_ENTITY,
            code: "invalid_action",
        },
        r,
        before,
    )
    .await;
    let r = app
        .act(
            &code,
            Auth::Token(&boss),
            json!({"action": "assign", "assignee": "nobody@x.bf"}),
        )
        .await;
    check(
        &app,
        Case {
            name: "assign to nobody",
            status: StatusCode::UNPROCESSABLE_ENTITY,
            code: "invalid_action",
        },
        r,
        before,
    )
    .await;
}
on_both_backends!(credential_and_action_refusals);
