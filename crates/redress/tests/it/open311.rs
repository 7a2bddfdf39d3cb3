//! Open311 GeoReport v2 in process, on both backends: every resource in JSON and XML, the
//! specification's errors for every bad parameter, and what the public never sees. The
//! third-party client test is `tests/open311/georeport_client.py`.

use crate::support::{Auth, TestApp};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use domain::Role;
use http_body_util::BodyExt;
use serde_json::{Value, json};
use store::on_both_backends;
use store::testing::TestDb;
use tower::ServiceExt;

struct Reply {
    status: StatusCode,
    content_type: String,
    body: String,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|_| panic!("not JSON: {}", self.body))
    }
}

async fn call(app: &TestApp, method: &str, uri: &str, form: Option<&str>) -> Reply {
    let mut req = Request::builder().method(method).uri(uri);
    let body = match form {
        Some(f) => {
            req = req.header("content-type", "application/x-www-form-urlencoded");
            Body::from(f.to_owned())
        }
        None => Body::empty(),
    };
    let response = app
        .router
        .clone()
        .oneshot(req.body(body).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let content_type = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    Reply {
        status,
        content_type,
        body: String::from_utf8(bytes.to_vec()).unwrap(),
    }
}

fn form(pairs: &[(&str, &str)]) -> String {
    serde_urlencoded::to_string(pairs).unwrap()
}

/// The specification's error list, with this status and a description containing `what`.
fn assert_error(r: &Reply, status: StatusCode, what: &str) {
    assert_eq!(r.status, status, "{}", r.body);
    if r.content_type.starts_with("application/json") {
        let e = r.json();
        assert_eq!(e[0]["code"], status.as_u16(), "{e}");
        assert!(e[0]["description"].as_str().unwrap().contains(what), "{e}");
    } else {
        assert!(
            r.body
                .starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?><errors><error><code>"),
            "{}",
            r.body
        );
        assert!(r.body.contains(what), "{}", r.body);
    }
}

async fn open311_reads_writes_and_errors(db: &TestDb) {
    let app = TestApp::new(db).await;
    let key = app
        .staff("integration@partner.bf", Role::Intake, Some("SAN"))
        .await;
    // Discovery and services.
    let d = call(&app, "GET", "/open311/v2/discovery.json", None).await;
    assert_eq!(d.status, StatusCode::OK);
    assert_eq!(
        d.json()["endpoints"][0]["specification"],
        "http://wiki.open311.org/GeoReport_v2"
    );
    let d = call(&app, "GET", "/open311/discovery.xml", None).await;
    assert!(d.body.contains("<discovery><changeset>"), "{}", d.body);
    let services = call(&app, "GET", "/open311/v2/services.json", None)
        .await
        .json();
    assert_eq!(services.as_array().unwrap().len(), 25);
    assert!(
        services
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["metadata"] == true)
    );
    let xml = call(&app, "GET", "/open311/v2/services.xml?locale=en", None).await;
    assert_eq!(xml.content_type, "text/xml; charset=utf-8");
    assert!(xml.body.contains("<service><service_code>EDU-ABSENCE</service_code><service_name>Teacher absence</service_name>"), "{}", xml.body);
    let def = call(&app, "GET", "/open311/v2/services/SAN-FEES.json", None)
        .await
        .json();
    assert_eq!(def["service_code"], "SAN-FEES");
    let codes: Vec<&str> = def["attributes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["kind", "commune", "language"]);
    assert_eq!(
        call(&app, "GET", "/open311/v2/service/SAN-FEES.xml", None)
            .await
            .status,
        StatusCode::OK
    );
    assert_error(
        &call(&app, "GET", "/open311/v2/services/NOPE.json", None).await,
        StatusCode::NOT_FOUND,
        "service_code NOPE not found",
    );

    // Creating: the key, the service, the place, the words.
    let post = |f: String| {
        let app = &app;
        async move { call(app, "POST", "/open311/v2/requests.json", Some(&f)).await }
    };
    let good = [
        ("service_code", "SAN-FEES"),
        ("lat", "12.37"),
        ("long", "-1.52"),
        (
            "description",
            "On m'a fait payer 2000 F pour la consultation de mon enfant.",
        ),
        ("first_name", "Awa"),
        ("last_name", "Ouédraogo"),
        ("phone", "70112233"),
        ("media_url", "https://example.org/recu.jpg"),
        ("jurisdiction_id", ""),
    ];
    let with_key = |extra: &[(&str, &str)]| {
        let mut all: Vec<(&str, &str)> = good.to_vec();
        all.push(("api_key", &key));
        for (k, v) in extra {
            all.retain(|(name, _)| name != k);
            all.push((k, v));
        }
        form(&all)
    };
    assert_error(
        &post(form(&good)).await,
        StatusCode::FORBIDDEN,
        "api_key was not provided",
    );
    let mut wrong = good.to_vec();
    wrong.push(("api_key", "not-a-key"));
    assert_error(
        &post(form(&wrong)).await,
        StatusCode::FORBIDDEN,
        "api_key is invalid",
    );
    assert_error(
        &post(with_key(&[("service_code", "")])).await,
        StatusCode::BAD_REQUEST,
        "service_code was not provided",
    );
    assert_error(
        &post(with_key(&[("service_code", "XYZ")])).await,
        StatusCode::NOT_FOUND,
        "service_code XYZ not found",
    );
    assert_error(
        &post(with_key(&[("lat", "abc")])).await,
        StatusCode::BAD_REQUEST,
        "lat \"abc\" is not a number",
    );
    assert_error(
        &post(with_key(&[("lat", "48.85"), ("long", "2.35")])).await,
        StatusCode::BAD_REQUEST,
        "outside this jurisdiction",
    );
    assert_error(
        &post(with_key(&[("lat", "")])).await,
        StatusCode::BAD_REQUEST,
        "lat and long go together",
    );
    let long = "x".repeat(5_001);
    assert_error(
        &post(with_key(&[("description", &long)])).await,
        StatusCode::BAD_REQUEST,
        "description",
    );
    assert_error(
        &post(with_key(&[("phone", "12")])).await,
        StatusCode::BAD_REQUEST,
        "phone",
    );
    assert_error(
        &post(with_key(&[("media_url", "file:///etc/passwd")])).await,
        StatusCode::BAD_REQUEST,
        "media_url",
    );
    assert_error(
        &post(with_key(&[("jurisdiction_id", "paris.fr")])).await,
        StatusCode::NOT_FOUND,
        "jurisdiction_id paris.fr not found",
    );
    let before = app.footprint().await;
    let created = post(with_key(&[])).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let id = created.json()[0]["service_request_id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(created.json()[0]["secret"].as_str().unwrap().len() == 8);
    assert_eq!(
        app.footprint().await.0,
        before.0 + 1,
        "one complaint, nothing from the refusals"
    );
    // Where: the nearest commune to the point; the API key's account is who registered it.
    let admin = app.staff("admin@gov.bf", Role::Admin, None).await;
    let full = app
        .get(&format!("/api/v1/complaints/{id}"), Auth::Token(&admin))
        .await
        .json;
    assert_eq!(full["channel"], "open311");
    assert_eq!(full["location"]["commune"], "BF130004", "{full}");
    // A denunciation is accepted, and never listed.
    let denounced = post(with_key(&[
        ("attribute[kind]", "denunciation"),
        ("service_code", "FP-CORRUPTION"),
        ("address_id", "BF130004"),
    ]))
    .await;
    assert_eq!(denounced.status, StatusCode::CREATED, "{}", denounced.body);
    let hidden = denounced.json()[0]["service_request_id"]
        .as_str()
        .unwrap()
        .to_owned();

    // Reading: what the public may know, never the words or the person.
    let list = call(&app, "GET", "/open311/v2/requests.json", None).await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.body);
    let items = list.json();
    assert_eq!(items.as_array().unwrap().len(), 1, "{items}");
    let r = &items[0];
    assert_eq!(r["service_request_id"], id.as_str());
    assert_eq!(
        (r["status"].as_str(), r["service_code"].as_str()),
        (Some("open"), Some("SAN-FEES"))
    );
    assert_eq!(r["address"], "Ouagadougou");
    assert_eq!(r["media_url"], "https://example.org/recu.jpg");
    assert!(r["description"].is_null());
    for secret in ["Awa", "Ouédraogo", "70112233", "2000 F"] {
        assert!(!list.body.contains(secret), "{secret} in {}", list.body);
    }
    assert_error(
        &call(
            &app,
            "GET",
            &format!("/open311/v2/requests/{hidden}.json"),
            None,
        )
        .await,
        StatusCode::NOT_FOUND,
        "not found",
    );
    let one = call(
        &app,
        "GET",
        &format!("/open311/v2/requests/{}.xml", id.to_lowercase()),
        None,
    )
    .await;
    assert!(one.body.contains(&format!("<service_requests><request><service_request_id>{id}</service_request_id><status>open</status>")), "{}", one.body);
    let token = call(&app, "GET", &format!("/open311/v2/tokens/{id}.json"), None)
        .await
        .json();
    assert_eq!(token[0]["service_request_id"], id.as_str());
    // Filters.
    let count = |uri: String| {
        let app = &app;
        async move {
            let r = call(app, "GET", &uri, None).await;
            assert_eq!(r.status, StatusCode::OK, "{uri}: {}", r.body);
            r.json().as_array().unwrap().len()
        }
    };
    assert_eq!(
        count("/open311/v2/requests.json?status=open".into()).await,
        1
    );
    assert_eq!(
        count("/open311/v2/requests.json?status=closed".into()).await,
        0
    );
    assert_eq!(
        count("/open311/v2/requests.json?service_code=EDU-FEES,SAN-FEES".into()).await,
        1
    );
    assert_eq!(
        count("/open311/v2/requests.json?service_code=EDU-FEES".into()).await,
        0
    );
    assert_eq!(
        count(format!(
            "/open311/v2/requests.json?service_request_id={id},{hidden}"
        ))
        .await,
        1
    );
    assert_eq!(count("/open311/v2/requests.json?start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00Z".into()).await, 0);
    assert_eq!(
        count("/open311/v2/requests.json?page_size=1&page=2".into()).await,
        0
    );
    assert_eq!(
        count("/open311/v2/requests.json?jurisdiction_id=&status=".into()).await,
        1,
        "empty parameters are absent"
    );
    assert_error(
        &call(
            &app,
            "GET",
            "/open311/v2/requests.json?status=pending",
            None,
        )
        .await,
        StatusCode::BAD_REQUEST,
        "statuses are open and closed",
    );
    assert_error(
        &call(
            &app,
            "GET",
            "/open311/v2/requests.json?service_code=NOPE",
            None,
        )
        .await,
        StatusCode::BAD_REQUEST,
        "service_code NOPE not found",
    );
    assert_error(
        &call(
            &app,
            "GET",
            "/open311/v2/requests.json?start_date=2026-13-45",
            None,
        )
        .await,
        StatusCode::BAD_REQUEST,
        "start_date",
    );
    assert_error(
        &call(
            &app,
            "GET",
            "/open311/v2/requests.json?start_date=2026-01-01&end_date=2026-06-01",
            None,
        )
        .await,
        StatusCode::BAD_REQUEST,
        "90 days",
    );
    assert_error(
        &call(
            &app,
            "GET",
            "/open311/v2/requests.xml?start_date=2026-06-01&end_date=2026-01-01",
            None,
        )
        .await,
        StatusCode::BAD_REQUEST,
        "after end_date",
    );
    assert_error(
        &call(&app, "GET", "/open311/v2/requests.json?page_size=0", None).await,
        StatusCode::BAD_REQUEST,
        "page_size",
    );
    assert_error(
        &call(
            &app,
            "GET",
            "/open311/v2/requests.json?page_size=5000",
            None,
        )
        .await,
        StatusCode::BAD_REQUEST,
        "page_size",
    );
    assert_error(
        &call(
            &app,
            "GET",
            "/open311/v2/requests.json?service_request_id=%3Cscript%3E",
            None,
        )
        .await,
        StatusCode::BAD_REQUEST,
        "not a tracking code",
    );
    assert_error(
        &call(&app, "GET", "/open311/v2/requests.csv", None).await,
        StatusCode::NOT_FOUND,
        "formats are .json and .xml",
    );

    // Updates follow every public change, with the status after it.
    app.act_all(
        &id,
        Auth::Token(&admin),
        &[
            json!({"action": "accept"}),
            json!({"action": "assign", "assignee": "admin@gov.bf"}),
            json!({"action": "start"}),
            json!({"action": "answer", "message": "Le montant vous sera rendu lundi."}),
        ],
    )
    .await;
    let updates = call(&app, "GET", "/open311/v2/servicerequestupdates.json", None)
        .await
        .json();
    let mine: Vec<&Value> = updates
        .as_array()
        .unwrap()
        .iter()
        .filter(|u| u["service_request_id"] == id.as_str())
        .collect();
    let statuses: Vec<&str> = mine.iter().map(|u| u["status"].as_str().unwrap()).collect();
    assert_eq!(
        statuses,
        ["open", "open", "open", "open", "closed"],
        "{updates}"
    );
    assert!(
        updates
            .as_array()
            .unwrap()
            .iter()
            .all(|u| u["service_request_id"] != hidden.as_str())
    );
    assert!(
        !updates.to_string().contains("rendu lundi"),
        "the answer's words are not published"
    );
    assert_eq!(
        count("/open311/v2/requests.json?status=closed".into()).await,
        1
    );
    let xml = call(&app, "GET", "/open311/v2/servicerequestupdates.xml?start_date=2020-01-01T00:00:00Z&end_date=2020-01-02T00:00:00Z", None).await;
    assert_eq!(
        xml.body,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><service_request_updates></service_request_updates>"
    );
}
on_both_backends!(open311_reads_writes_and_errors);

/// Multipart, as older clients post with a photo: the file becomes the attachment.
async fn open311_multipart_with_media(db: &TestDb) {
    let app = TestApp::new(db).await;
    let key = app
        .staff("integration@partner.bf", Role::Intake, Some("SAN"))
        .await;
    let boundary = "XyZ311";
    let mut body = Vec::new();
    for (name, value) in [
        ("api_key", key.as_str()),
        ("service_code", "SAN-WAIT"),
        ("address_string", "CSPS de Pissy"),
        ("attribute[commune]", "BF130004"),
        (
            "description",
            "Quatre heures d'attente avant la consultation ce matin.",
        ),
    ] {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"media\"; filename=\"photo.png\"\r\nContent-Type: image/png\r\n\r\n").as_bytes());
    body.extend_from_slice(
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89",
    );
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let response = app
        .router
        .clone()
        .oneshot(
            Request::post("/open311/v2/requests.json")
                .header(
                    "content-type",
                    format!("multipart/form-data; boundary={boundary}"),
                )
                .body(Body::from(body))
                .unwrap(),
        )
        .await
        .unwrap();
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let reply: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(status, StatusCode::CREATED, "{reply}");
    let id = reply[0]["service_request_id"].as_str().unwrap();
    let row = app
        .state
        .store
        .complaint_by_code(domain::TrackingCode::parse(id).unwrap().as_str())
        .await
        .unwrap()
        .unwrap();
    let files = app.state.store.attachments_of(row.id).await.unwrap();
    assert_eq!(files.len(), 1, "the photo is kept as the attachment");
}
on_both_backends!(open311_multipart_with_media);
