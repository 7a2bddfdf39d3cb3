//! The whole web application, in process, over a real SQLite database: any method on any of
//! its routes, with fuzzed path segments, query strings, headers and bodies (JSON, forms,
//! multipart with files), as the public, a complainant, or a signed-in officer or admin.
//! Nothing may panic, and no answer may be a 5xx other than 503: a 500 is a bug.
//!
//! An input is either read by `arbitrary` (method, route, segments, query, body kind and
//! parts, credentials) or, when it starts with `#req`, is a request written as text (the
//! seed corpus: real requests of the tests; see `text_request`).
//!
//! One application per process (built on the first input): inputs act on the same
//! database, so complaints filed or moved by one input are there for the next. A 500 found
//! late in a run may need the inputs before it to happen again.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use axum::Router;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use domain::Role;
use http_body_util::BodyExt;
use libfuzzer_sys::fuzz_target;
use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use redress::auth::{new_token, token_hash};
use redress::limits::Limits;
use redress::web::channels::GatewayAccess;
use redress::web::pages::csrf_token_for;
use redress::web::{AppState, router};
use redress_fuzz::File;
use std::sync::{Arc, OnceLock};
use store::{AdminChange, NewStaff, Reference};
use time::{Duration, OffsetDateTime};
use tower::ServiceExt;

/// What a path segment or a query component may not hold as it is.
const COMPONENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'&')
    .add(b'+')
    .add(b'/')
    .add(b'<')
    .add(b'=')
    .add(b'>')
    .add(b'?')
    .add(b'\\')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

const BOUNDARY: &str = "redress-fuzz-boundary-7MA4YWxk";
/// The CSRF cookie every input that wants one sends (32 hex digits, as the pages make).
const CSRF_COOKIE: &str = "0123456789abcdef0123456789abcdef";

/// Field names the application reads somewhere (forms, JSON, Open311, gateways).
const KEYS: &[&str] = &[
    "category",
    "description",
    "location",
    "commune",
    "address",
    "lat",
    "long",
    "complainant",
    "name",
    "phone",
    "email",
    "language",
    "kind",
    "anonymous",
    "consent",
    "channel",
    "action",
    "reason",
    "message",
    "text",
    "score",
    "unit",
    "assignee",
    "of",
    "guide_version",
    "csrf",
    "attachment",
    "media",
    "intake_key",
    "website",
    "password",
    "current",
    "new",
    "confirm",
    "code",
    "secret",
    "tracking_code",
    "op",
    "role",
    "enabled",
    "view",
    "status",
    "q",
    "sort",
    "page",
    "region",
    "province",
    "department",
    "from",
    "to",
    "service_code",
    "service_request_id",
    "api_key",
    "jurisdiction_id",
    "locale",
    "lang",
    "first_name",
    "last_name",
    "address_string",
    "media_url",
    "start_date",
    "end_date",
    "page_size",
    "sessionId",
    "serviceCode",
    "phoneNumber",
    "id",
    "coding",
    "charset",
    "rule",
    "name_fr",
    "name_en",
    "ack_days",
    "ack_count",
    "answer_days",
    "answer_count",
    "extendable",
    "parent",
    "level",
    "keep_days",
    "body",
    "key",
];

/// Values that mean something to the application (the state adds real codes, secrets,
/// tokens and e-mail addresses).
const VALUES: &[&str] = &[
    "",
    " ",
    "SAN-FEES",
    "EDU-FEES",
    "JUS-DELAY",
    "GEN-OTHER",
    "NOPE",
    "BF130004",
    "BF13",
    "BF4601",
    "SAN",
    "SAN-BF13",
    "EDU-BF13",
    "EDU",
    "Au CSPS on m'a fait payer 2000 F pour une consultation qui est gratuite.",
    "trop court",
    "CSPS secteur 30",
    "Awa Ouédraogo",
    "70 11 22 33",
    "+22670112233",
    "awa@example.bf",
    "fr",
    "mos",
    "dyu",
    "en",
    "xx",
    "complaint",
    "denunciation",
    "suggestion",
    "compliment",
    "information_request",
    "web",
    "sms",
    "ussd",
    "api",
    "phone",
    "walk_in",
    "letter",
    "open311",
    "accept",
    "reject",
    "assign",
    "start",
    "answer",
    "close",
    "appeal",
    "withdraw",
    "transfer",
    "note",
    "reply",
    "rate",
    "extend",
    "duplicate",
    "received",
    "accepted",
    "assigned",
    "in_progress",
    "answered",
    "appealed",
    "closed",
    "rejected",
    "withdrawn",
    "all",
    "mine",
    "triage",
    "soon",
    "late",
    "newest",
    "oldest",
    "deadline",
    "admin",
    "supervisor",
    "officer",
    "intake",
    "auditor",
    "true",
    "false",
    "on",
    "0",
    "1",
    "5",
    "6",
    "-1",
    "50",
    "1000",
    "1001",
    "4294967295",
    "4294967296",
    "9223372036854775807",
    "-9223372036854775808",
    "99999999999999999999",
    "1e308",
    "NaN",
    "12.3714",
    "-1.5197",
    "90.0",
    "2026-11-03",
    "2026-11-03T09:15:30Z",
    "2026-11-03T09:15:30+00:00",
    "2026-11-03T09:15:30",
    "9999-12-31",
    "9999-12-31T23:59:59Z",
    "0000-01-01",
    "-9999-01-01",
    "+10000-01-01",
    "1970-01-01T00:00:00Z",
    "12-25",
    "02-29",
    "easter+39",
    "easter-32768",
    "easter+32767",
    "calendar",
    "working",
    "ministry",
    "region",
    "province",
    "categories",
    "units",
    "routing",
    "holidays",
    "retention",
    "events",
    "discovery",
    "services",
    "requests",
    "tokens",
    "servicerequestupdates",
    "json",
    "xml",
    "redress.example.bf",
    "1*2*3",
    "1*1*1*1*Le directeur demande de l'argent.*1",
    "STATUT",
    "AIDE",
    "UTF-8",
    "UTF-16BE",
    "UCS-2",
    "ISO-8859-1",
    "2",
    "%00",
    "\0",
    "\u{feff}",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "\"quoted\"",
    "a\u{301}",
];

#[derive(Arbitrary, Debug, Clone)]
enum Word {
    Known(u16),
    Text(String),
}

#[derive(Arbitrary, Debug)]
enum Key {
    Known(u8),
    Text(String),
}

#[derive(Arbitrary, Debug)]
enum Verb {
    /// The route's own method.
    Natural,
    Get,
    Post,
    Put,
    Delete,
    Head,
    Patch,
    Options,
}

#[derive(Arbitrary, Debug)]
enum Open311Resource {
    Discovery,
    Services,
    Requests,
    Updates,
    Tokens,
    Service,
    Other(Word),
}

#[derive(Arbitrary, Debug)]
enum Format {
    Json,
    Xml,
    None,
    Other(Word),
}

#[derive(Arbitrary, Debug)]
enum Route {
    Home,
    Privacy,
    Stats,
    NewComplaint,
    Receipt,
    Track,
    TrackCode(Word),
    TrackAction(Word, Word),
    Static(Word),
    Healthz,
    Metrics,
    OpenData,
    OpenDataFile(Word),
    AuditHead,
    OpenApi,
    ApiComplaints,
    ApiComplaint(Word),
    ApiActions(Word),
    ApiEvents(Word),
    ApiCategories,
    ApiUnits,
    ApiLocations,
    RoutingRules,
    RoutingRule(Word),
    Holidays,
    Holiday(Word),
    Notifications,
    Deadlines(Word),
    Units,
    UnitNames(Word),
    AdminEvents,
    Open311(Open311Resource, Format),
    Open311Item(Open311Resource, Word, Format),
    Open311Alias(Format),
    Kannel,
    Ussd,
    StaffRoot,
    StaffLogin,
    StaffLoginCode,
    StaffSecurity,
    StaffLogout,
    StaffQueue,
    StaffHome,
    StaffUsers,
    StaffPassword,
    StaffComplaint(Word),
    StaffAct(Word),
    StaffReveal(Word),
    StaffPublish(Word),
    StaffErase(Word),
    StaffAttachment(Word, Word),
    StaffAdmin(Word),
    StaffGuide,
    StaffGuideCode(Word),
    StaffIntake,
    StaffTraining,
    StaffTrainingExercises,
    StaffTrainingReset(Word),
    Raw(String),
}

#[derive(Arbitrary, Debug)]
enum Who {
    Admin,
    Officer,
    Intake,
    Garbage(String),
}

#[derive(Arbitrary, Debug)]
enum JsonValue {
    Word(Word),
    Int(i64),
    Float(f64),
    Bool(bool),
    Null,
    Object(Vec<(Key, Word)>),
    Array(Vec<Word>),
}

#[derive(Arbitrary, Debug)]
struct Part {
    name: Key,
    file_name: Option<Word>,
    content_type: Option<Word>,
    data: PartData,
}

#[derive(Arbitrary, Debug)]
enum PartData {
    Word(Word),
    File(File),
}

#[derive(Arbitrary, Debug)]
enum Payload {
    None,
    Json(Vec<(Key, JsonValue)>),
    JsonText(String),
    Form(Vec<(Key, Word)>),
    Multipart(Vec<Part>),
    Raw { content_type: Word, bytes: Vec<u8> },
}

#[derive(Arbitrary, Debug)]
struct Input {
    verb: Verb,
    route: Route,
    query: Vec<(Key, Word)>,
    payload: Payload,
    bearer: Option<Who>,
    secret: Option<Word>,
    session: Option<Who>,
    /// Send the CSRF cookie, and its token in forms.
    csrf: bool,
    accept_language: Option<Word>,
    gzip: bool,
}

/// The application, its runtime, and what inputs may refer to.
struct World {
    runtime: tokio::runtime::Runtime,
    app: App,
}

struct App {
    router: Router,
    /// `VALUES`, then the real codes, secrets, tokens and addresses of this database.
    values: Vec<String>,
    tokens: [String; 3],
    sessions: [String; 3],
    /// The forms' CSRF tokens: without a session, then with each of `sessions`.
    csrf_tokens: [String; 4],
    /// `{code}`, `{secret}`, `{admin}` … of the text inputs, and their values.
    placeholders: Vec<(String, String)>,
}

fn world() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    WORLD.get_or_init(|| {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        let app = runtime.block_on(build());
        World { runtime, app }
    })
}

async fn build() -> App {
    // Left for the process' end: `scripts/fuzz` points TMPDIR at a folder it removes.
    let db = Box::leak(Box::new(store::testing::sqlite().await));
    db.store
        .load_reference(Arc::new(Reference::bundled().expect("reference")))
        .await
        .expect("reference loads");
    let services = (**AppState::new(db.store.clone(), db.dir.join("attachments"))
        .await
        .expect("state"))
    .clone()
    // Training mode: its pages are routed too (the fuzzed app sends nothing either way).
    .with_training(true);
    let state = AppState::from_services(services)
        .with_gateway(GatewayAccess {
            allow: vec![std::net::IpAddr::from([0, 0, 0, 0])],
            secret: None,
        })
        .with_metrics_allow(vec!["0.0.0.0/32".parse().expect("network")])
        // No rate limits: inputs share one address, and a 429 would hide the handlers.
        .with_limits(Limits::new(0, 0));
    let router = router(state.clone());
    let now = OffsetDateTime::now_utc();
    let mut values: Vec<String> = VALUES.iter().map(|v| (*v).to_owned()).collect();
    let mut tokens = Vec::new();
    let mut sessions = Vec::new();
    for (email, role, unit) in [
        ("admin@redress.bf", Role::Admin, None),
        ("agent@sante.bf", Role::Officer, Some("SAN-BF13")),
        ("accueil@sante.bf", Role::Intake, Some("SAN")),
    ] {
        let id = state
            .store
            .admin(
                AdminChange::AddStaff(NewStaff {
                    email: email.into(),
                    name: email.split('@').next().unwrap_or_default().into(),
                    role,
                    unit_code: unit.map(str::to_owned),
                    password_hash: "-".into(),
                    created_at: now,
                }),
                "fuzz",
                now,
            )
            .await
            .expect("staff");
        let token = new_token();
        state
            .store
            .add_token(id, token_hash(&token), now, now + Duration::days(3650))
            .await
            .expect("token");
        let session = new_token();
        state
            .store
            .add_session(
                id,
                "fuzz".into(),
                token_hash(&session),
                now,
                now + Duration::days(30),
            )
            .await
            .expect("session");
        values.extend([email.to_owned(), token.clone()]);
        tokens.push(token);
        sessions.push(session);
    }
    let mut placeholders = Vec::new();
    for (i, role) in ["admin", "officer", "intake"].into_iter().enumerate() {
        placeholders.push((format!("{{{role}}}"), tokens[i].clone()));
        placeholders.push((format!("{{session:{role}}}"), sessions[i].clone()));
    }
    // Complaints for the inputs to look up and act on.
    for (i, description) in [
        "Au CSPS on m'a fait payer 2000 F pour une consultation qui est gratuite.",
        "Le directeur de l'école demande 5000 F pour l'inscription de mon fils.",
    ]
    .into_iter()
    .enumerate()
    {
        let body = serde_json::json!({
            "category": "SAN-FEES",
            "description": description,
            "location": {"commune": "BF130004", "address": "CSPS secteur 30"},
            "complainant": {"name": "Awa Ouédraogo", "phone": "70 11 22 33"},
            "language": "mos"
        });
        let request = Request::post("/api/v1/complaints")
            .header("content-type", "application/json")
            .body(Body::from(body.to_string()))
            .expect("request");
        let response = router.clone().oneshot(request).await.expect("infallible");
        assert_eq!(response.status(), StatusCode::CREATED);
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        let filed: serde_json::Value = serde_json::from_slice(&bytes).expect("json");
        let code = filed["tracking_code"].as_str().expect("code").to_owned();
        let secret = filed["secret"].as_str().expect("secret").to_owned();
        let n = if i == 0 { String::new() } else { i.to_string() };
        placeholders.push((format!("{{code{n}}}"), code.clone()));
        placeholders.push((format!("{{secret{n}}}"), secret.clone()));
        values.extend([code.replace('-', ""), code.to_lowercase(), code, secret]);
    }
    // The forms' tokens: signed out, then bound to each staff session.
    let csrf_tokens: Vec<String> = std::iter::once(None)
        .chain(sessions.iter().map(|s| Some(s.as_str())))
        .map(|session| csrf_token_for(&state, CSRF_COOKIE, session))
        .collect();
    values.extend(csrf_tokens.iter().cloned());
    placeholders.push(("{csrf}".into(), csrf_tokens[0].clone()));
    for (i, role) in ["admin", "officer", "intake"].into_iter().enumerate() {
        placeholders.push((format!("{{csrf:{role}}}"), csrf_tokens[i + 1].clone()));
    }
    placeholders.push(("{csrf_cookie}".into(), CSRF_COOKIE.into()));
    App {
        placeholders,
        router,
        values,
        tokens: tokens.try_into().expect("three"),
        sessions: sessions.try_into().expect("three"),
        csrf_tokens: csrf_tokens.try_into().expect("four"),
    }
}

impl App {
    fn word(&self, w: &Word) -> String {
        match w {
            Word::Known(i) => self.values[*i as usize % self.values.len()].clone(),
            Word::Text(s) => s.clone(),
        }
    }

    fn segment(&self, w: &Word) -> String {
        utf8_percent_encode(&self.word(w), COMPONENT).to_string()
    }

    fn who(&self, who: &Who, of: &[String; 3]) -> String {
        match who {
            Who::Admin => of[0].clone(),
            Who::Officer => of[1].clone(),
            Who::Intake => of[2].clone(),
            Who::Garbage(s) => s.clone(),
        }
    }
}

fn key(k: &Key) -> String {
    match k {
        Key::Known(i) => KEYS[*i as usize % KEYS.len()].to_owned(),
        Key::Text(s) => s.clone(),
    }
}

fn open311_resource(w: &App, r: &Open311Resource) -> String {
    match r {
        Open311Resource::Discovery => "discovery".into(),
        Open311Resource::Services => "services".into(),
        Open311Resource::Requests => "requests".into(),
        Open311Resource::Updates => "servicerequestupdates".into(),
        Open311Resource::Tokens => "tokens".into(),
        Open311Resource::Service => "service".into(),
        Open311Resource::Other(word) => w.segment(word),
    }
}

fn suffix(w: &App, f: &Format) -> String {
    match f {
        Format::Json => ".json".into(),
        Format::Xml => ".xml".into(),
        Format::None => String::new(),
        Format::Other(word) => format!(".{}", w.segment(word)),
    }
}

/// The path of a route and the method it is usually called with.
fn path(w: &App, route: &Route) -> (String, Method) {
    use Method as M;
    let s = |word: &Word| w.segment(word);
    match route {
        Route::Home => ("/".into(), M::GET),
        Route::Privacy => ("/privacy".into(), M::GET),
        Route::Stats => ("/stats".into(), M::GET),
        Route::NewComplaint => ("/complaints/new".into(), M::POST),
        Route::Receipt => ("/complaints/receipt".into(), M::GET),
        Route::Track => ("/track".into(), M::POST),
        Route::TrackCode(c) => (format!("/track/{}", s(c)), M::GET),
        Route::TrackAction(c, a) => (format!("/track/{}/{}", s(c), s(a)), M::POST),
        Route::Static(f) => (format!("/static/{}", s(f)), M::GET),
        Route::Healthz => ("/healthz".into(), M::GET),
        Route::Metrics => ("/metrics".into(), M::GET),
        Route::OpenData => ("/open-data/".into(), M::GET),
        Route::OpenDataFile(f) => (format!("/open-data/{}", s(f)), M::GET),
        Route::AuditHead => ("/open-data/audit-head.json".into(), M::GET),
        Route::OpenApi => ("/api/v1/openapi.json".into(), M::GET),
        Route::ApiComplaints => ("/api/v1/complaints".into(), M::POST),
        Route::ApiComplaint(c) => (format!("/api/v1/complaints/{}", s(c)), M::GET),
        Route::ApiActions(c) => (format!("/api/v1/complaints/{}/actions", s(c)), M::POST),
        Route::ApiEvents(c) => (format!("/api/v1/complaints/{}/events", s(c)), M::GET),
        Route::ApiCategories => ("/api/v1/categories".into(), M::GET),
        Route::ApiUnits => ("/api/v1/units".into(), M::GET),
        Route::ApiLocations => ("/api/v1/locations".into(), M::GET),
        Route::RoutingRules => ("/api/v1/admin/routing-rules".into(), M::POST),
        Route::RoutingRule(id) => (format!("/api/v1/admin/routing-rules/{}", s(id)), M::DELETE),
        Route::Holidays => ("/api/v1/admin/holidays".into(), M::POST),
        Route::Holiday(r) => (format!("/api/v1/admin/holidays/{}", s(r)), M::DELETE),
        Route::Notifications => ("/api/v1/admin/notifications".into(), M::GET),
        Route::Deadlines(c) => (
            format!("/api/v1/admin/categories/{}/deadlines", s(c)),
            M::PUT,
        ),
        Route::Units => ("/api/v1/admin/units".into(), M::POST),
        Route::UnitNames(c) => (format!("/api/v1/admin/units/{}/names", s(c)), M::PUT),
        Route::AdminEvents => ("/api/v1/admin/events".into(), M::GET),
        Route::Open311(r, f) => (
            format!("/open311/v2/{}{}", open311_resource(w, r), suffix(w, f)),
            M::GET,
        ),
        Route::Open311Item(r, item, f) => (
            format!(
                "/open311/v2/{}/{}{}",
                open311_resource(w, r),
                s(item),
                suffix(w, f)
            ),
            M::GET,
        ),
        Route::Open311Alias(f) => (format!("/open311/discovery{}", suffix(w, f)), M::GET),
        Route::Kannel => ("/channels/sms/kannel".into(), M::GET),
        Route::Ussd => ("/channels/ussd".into(), M::POST),
        Route::StaffRoot => ("/staff/".into(), M::GET),
        Route::StaffLogin => ("/staff/login".into(), M::POST),
        Route::StaffLoginCode => ("/staff/login/code".into(), M::POST),
        Route::StaffSecurity => ("/staff/security".into(), M::POST),
        Route::StaffLogout => ("/staff/logout".into(), M::POST),
        Route::StaffQueue => ("/staff/queue".into(), M::GET),
        Route::StaffHome => ("/staff/home".into(), M::GET),
        Route::StaffUsers => ("/staff/users".into(), M::POST),
        Route::StaffPassword => ("/staff/password".into(), M::POST),
        Route::StaffComplaint(c) => (format!("/staff/complaints/{}", s(c)), M::GET),
        Route::StaffAct(c) => (format!("/staff/complaints/{}/act", s(c)), M::POST),
        Route::StaffReveal(c) => (format!("/staff/complaints/{}/reveal", s(c)), M::POST),
        Route::StaffPublish(c) => (format!("/staff/complaints/{}/publish", s(c)), M::POST),
        Route::StaffErase(c) => (format!("/staff/complaints/{}/erase", s(c)), M::POST),
        Route::StaffAttachment(c, id) => (
            format!("/staff/complaints/{}/attachments/{}", s(c), s(id)),
            M::GET,
        ),
        Route::StaffAdmin(section) => (format!("/staff/admin/{}", s(section)), M::POST),
        Route::StaffGuide => ("/staff/guide".into(), M::GET),
        Route::StaffGuideCode(c) => (format!("/staff/guide/{}", s(c)), M::POST),
        Route::StaffIntake => ("/staff/intake".into(), M::POST),
        Route::StaffTraining => ("/staff/training".into(), M::GET),
        Route::StaffTrainingExercises => ("/staff/training/exercises".into(), M::GET),
        Route::StaffTrainingReset(id) => (
            format!("/staff/training/trainees/{}/reset", s(id)),
            M::POST,
        ),
        Route::Raw(p) => (format!("/{p}"), M::GET),
    }
}

fn json_value(w: &App, v: &JsonValue) -> serde_json::Value {
    use serde_json::Value as V;
    match v {
        JsonValue::Word(word) => V::String(w.word(word)),
        JsonValue::Int(i) => V::from(*i),
        JsonValue::Float(f) => serde_json::Number::from_f64(*f).map_or(V::Null, V::Number),
        JsonValue::Bool(b) => V::Bool(*b),
        JsonValue::Null => V::Null,
        JsonValue::Object(fields) => V::Object(
            fields
                .iter()
                .map(|(k, v)| (key(k), V::String(w.word(v))))
                .collect(),
        ),
        JsonValue::Array(items) => V::Array(items.iter().map(|i| V::String(w.word(i))).collect()),
    }
}

/// The body and its content type.
fn body(w: &App, payload: &Payload, csrf: Option<&str>) -> (Option<String>, Vec<u8>) {
    match payload {
        Payload::None => (None, Vec::new()),
        Payload::Json(fields) => {
            let object: serde_json::Map<String, serde_json::Value> = fields
                .iter()
                .map(|(k, v)| (key(k), json_value(w, v)))
                .collect();
            (
                Some("application/json".into()),
                serde_json::Value::Object(object).to_string().into_bytes(),
            )
        }
        Payload::JsonText(text) => (Some("application/json".into()), text.clone().into_bytes()),
        Payload::Form(fields) => {
            let mut pairs: Vec<(String, String)> =
                fields.iter().map(|(k, v)| (key(k), w.word(v))).collect();
            if let Some(token) = csrf {
                pairs.push(("csrf".into(), token.to_owned()));
            }
            (
                Some("application/x-www-form-urlencoded".into()),
                serde_urlencoded_pairs(&pairs).into_bytes(),
            )
        }
        Payload::Multipart(parts) => {
            let mut out = Vec::new();
            let mut part = |name: &str,
                            file_name: Option<String>,
                            content_type: Option<String>,
                            data: &[u8]| {
                out.extend(format!("--{BOUNDARY}\r\n").as_bytes());
                out.extend(format!("Content-Disposition: form-data; name=\"{name}\"").as_bytes());
                if let Some(f) = file_name {
                    out.extend(format!("; filename=\"{f}\"").as_bytes());
                }
                out.extend(b"\r\n");
                if let Some(t) = content_type {
                    out.extend(format!("Content-Type: {t}\r\n").as_bytes());
                }
                out.extend(b"\r\n");
                out.extend(data);
                out.extend(b"\r\n");
            };
            if let Some(token) = csrf {
                part("csrf", None, None, token.as_bytes());
            }
            for p in parts {
                let data = match &p.data {
                    PartData::Word(word) => w.word(word).into_bytes(),
                    PartData::File(f) => f.bytes(),
                };
                part(
                    &key(&p.name),
                    p.file_name.as_ref().map(|f| w.word(f)),
                    p.content_type.as_ref().map(|t| w.word(t)),
                    &data,
                );
            }
            out.extend(format!("--{BOUNDARY}--\r\n").as_bytes());
            (
                Some(format!("multipart/form-data; boundary={BOUNDARY}")),
                out,
            )
        }
        Payload::Raw {
            content_type,
            bytes,
        } => (Some(w.word(content_type)), bytes.clone()),
    }
}

fn serde_urlencoded_pairs(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| {
            format!(
                "{}={}",
                utf8_percent_encode(k, COMPONENT),
                utf8_percent_encode(v, COMPONENT)
            )
        })
        .collect::<Vec<_>>()
        .join("&")
}

fn request(w: &App, input: &Input) -> Option<Request<Body>> {
    let (mut uri, natural) = path(w, &input.route);
    if !input.query.is_empty() {
        let pairs: Vec<(String, String)> = input
            .query
            .iter()
            .map(|(k, v)| (key(k), w.word(v)))
            .collect();
        uri.push('?');
        uri.push_str(&serde_urlencoded_pairs(&pairs));
    }
    let method = match input.verb {
        Verb::Natural => natural,
        Verb::Get => Method::GET,
        Verb::Post => Method::POST,
        Verb::Put => Method::PUT,
        Verb::Delete => Method::DELETE,
        Verb::Head => Method::HEAD,
        Verb::Patch => Method::PATCH,
        Verb::Options => Method::OPTIONS,
    };
    let mut builder = Request::builder().method(method).uri(uri);
    // The form's token is the one of the session the request carries.
    let token = match &input.session {
        Some(Who::Admin) => &w.csrf_tokens[1],
        Some(Who::Officer) => &w.csrf_tokens[2],
        Some(Who::Intake) => &w.csrf_tokens[3],
        Some(Who::Garbage(_)) | None => &w.csrf_tokens[0],
    };
    let (content_type, bytes) = body(w, &input.payload, input.csrf.then_some(token.as_str()));
    if let Some(t) = content_type {
        builder = builder.header("content-type", t);
    }
    if let Some(who) = &input.bearer {
        builder = builder.header("authorization", format!("Bearer {}", w.who(who, &w.tokens)));
    }
    if let Some(secret) = &input.secret {
        builder = builder.header("x-complaint-secret", w.word(secret));
    }
    let mut cookies = Vec::new();
    if let Some(who) = &input.session {
        cookies.push(format!("rd_staff={}", w.who(who, &w.sessions)));
    }
    if input.csrf {
        cookies.push(format!("rd_csrf={CSRF_COOKIE}"));
    }
    if !cookies.is_empty() {
        builder = builder.header("cookie", cookies.join("; "));
    }
    if let Some(lang) = &input.accept_language {
        builder = builder.header("accept-language", w.word(lang));
    }
    if input.gzip {
        builder = builder.header("accept-encoding", "gzip");
    }
    // A header value the HTTP library refuses never reaches a server: not an input.
    builder.body(Body::from(bytes)).ok()
}

/// The text form of an input, for the seed corpus (real requests of the tests, readable
/// and mutated as text): `#req`, a request line, headers, a blank line, the body. `{name}`
/// stands for a value of this database (`App::placeholder`).
fn text_request(w: &App, data: &[u8]) -> Option<Request<Body>> {
    let rest = data.strip_prefix(b"#req\n")?;
    let split = rest
        .windows(2)
        .position(|p| p == b"\n\n")
        .map_or((rest, &b""[..]), |i| (&rest[..i], &rest[i + 2..]));
    let head = w.substitute(&String::from_utf8_lossy(split.0));
    let mut lines = head.lines();
    let (method, uri) = lines.next()?.split_once(' ')?;
    let mut builder = Request::builder()
        .method(Method::from_bytes(method.as_bytes()).ok()?)
        .uri(uri);
    for line in lines {
        let (name, value) = line.split_once(':')?;
        builder = builder.header(name.trim(), value.trim());
    }
    builder.body(Body::from(w.substitute_bytes(split.1))).ok()
}

impl App {
    /// Placeholders replaced in a body that may hold binary parts (photos).
    fn substitute_bytes(&self, body: &[u8]) -> Vec<u8> {
        let mut out = body.to_vec();
        for (name, value) in &self.placeholders {
            let name = name.as_bytes();
            let mut i = 0;
            while let Some(at) = out[i..].windows(name.len()).position(|w| w == name) {
                out.splice(i + at..i + at + name.len(), value.bytes());
                i += at + value.len();
            }
        }
        out
    }

    fn substitute(&self, text: &str) -> String {
        if !text.contains('{') {
            return text.to_owned();
        }
        let mut out = text.to_owned();
        for (name, value) in &self.placeholders {
            out = out.replace(name.as_str(), value);
        }
        out
    }
}

fuzz_target!(|data: &[u8]| {
    let World { runtime, app: w } = world();
    let req = if data.starts_with(b"#req\n") {
        text_request(w, data)
    } else {
        Input::arbitrary_take_rest(Unstructured::new(data))
            .ok()
            .and_then(|input| request(w, &input))
    };
    let Some(req) = req else {
        return;
    };
    let summary = format!("{} {}", req.method(), req.uri());
    let input = String::from_utf8_lossy(&data[..data.len().min(4_000)]);
    runtime.block_on(async {
        let response = w.router.clone().oneshot(req).await.expect("infallible");
        let status = response.status();
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("a body the server made is readable")
            .to_bytes();
        // To see what the seeds get: REDRESS_FUZZ_SHOW=1 … http_router fuzz/corpus/http_router -runs=0
        if std::env::var_os("REDRESS_FUZZ_SHOW").is_some() {
            eprintln!("{summary} -> {status}");
        }
        assert!(
            !status.is_server_error() || status == StatusCode::SERVICE_UNAVAILABLE,
            "{summary} answered {status}: {}\n{input:?}",
            String::from_utf8_lossy(&bytes[..bytes.len().min(2_000)])
        );
    });
});
