//! The citizen portal over HTTP: every page, every error, in several languages, with the
//! cookies a browser would keep.

use crate::support::TestApp;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use redress::limits::Limits;
use std::collections::BTreeMap;
use store::on_both_backends;
use store::testing::TestDb;
use tower::ServiceExt;

/// A browser without JavaScript: keeps cookies, sends forms.
pub struct Browser<'a> {
    pub app: &'a TestApp,
    pub cookies: BTreeMap<String, String>,
    pub accept_language: Option<&'static str>,
    /// The address the requests come from (in process: none, seen as 0.0.0.0).
    pub address: Option<std::net::SocketAddr>,
}

pub struct Page {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
}

impl Page {
    pub fn location(&self) -> &str {
        self.headers
            .get(header::LOCATION)
            .map_or("", |v| v.to_str().unwrap())
    }
    pub fn field(&self, name: &str) -> String {
        let marker = format!("name=\"{name}\" value=\"");
        let start = self
            .body
            .find(&marker)
            .unwrap_or_else(|| panic!("no field {name}"))
            + marker.len();
        self.body[start..].split('"').next().unwrap().to_owned()
    }
    pub fn text_of(&self, id: &str) -> String {
        let marker = format!("id=\"{id}\">");
        let start = self
            .body
            .find(&marker)
            .unwrap_or_else(|| panic!("no #{id} in {}", self.body))
            + marker.len();
        self.body[start..].split('<').next().unwrap().to_owned()
    }
}

impl<'a> Browser<'a> {
    pub fn new(app: &'a TestApp) -> Browser<'a> {
        Browser {
            app,
            cookies: BTreeMap::new(),
            accept_language: None,
            address: None,
        }
    }

    /// A browser whose requests come from `ip`.
    pub fn at(app: &'a TestApp, ip: &str) -> Browser<'a> {
        Browser {
            address: Some(std::net::SocketAddr::new(ip.parse().unwrap(), 40_000)),
            ..Browser::new(app)
        }
    }

    pub async fn send(&mut self, mut req: Request<Body>) -> Page {
        let jar: Vec<String> = self
            .cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        if !jar.is_empty() {
            req.headers_mut()
                .insert(header::COOKIE, jar.join("; ").parse().unwrap());
        }
        if let Some(address) = self.address {
            req.extensions_mut()
                .insert(axum::extract::ConnectInfo(address));
        }
        if let Some(l) = self.accept_language {
            req.headers_mut()
                .insert(header::ACCEPT_LANGUAGE, l.parse().unwrap());
        }
        let response = self.app.router.clone().oneshot(req).await.unwrap();
        for c in response.headers().get_all(header::SET_COOKIE) {
            let c = c.to_str().unwrap();
            let (kv, attrs) = c.split_once(';').unwrap_or((c, ""));
            let (k, v) = kv.split_once('=').unwrap();
            if attrs.contains("Max-Age=0") {
                self.cookies.remove(k);
            } else {
                self.cookies.insert(k.to_owned(), v.to_owned());
            }
        }
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        Page {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    pub async fn get(&mut self, uri: &str) -> Page {
        self.send(Request::get(uri).body(Body::empty()).unwrap())
            .await
    }

    pub async fn post_form(&mut self, uri: &str, fields: &[(&str, &str)]) -> Page {
        let body: Vec<String> = fields
            .iter()
            .map(|(k, v)| format!("{k}={}", urlencode(v)))
            .collect();
        let req = Request::post(uri)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body.join("&")))
            .unwrap();
        self.send(req).await
    }

    pub async fn post_multipart(
        &mut self,
        uri: &str,
        fields: &[(&str, &str)],
        file: Option<(&str, &[u8])>,
    ) -> Page {
        let boundary = "----redress-test-boundary";
        let mut body = Vec::new();
        for (k, v) in fields {
            body.extend(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n"
                )
                .bytes(),
            );
        }
        if let Some((name, bytes)) = file {
            body.extend(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n").bytes(),
            );
            body.extend_from_slice(bytes);
            body.extend(b"\r\n");
        }
        body.extend(format!("--{boundary}--\r\n").bytes());
        let req = Request::post(uri)
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(Body::from(body))
            .unwrap();
        self.send(req).await
    }

    /// Opens the form and files a complaint with `fields` over the defaults.
    pub async fn file(
        &mut self,
        lang: &str,
        overrides: &[(&str, &str)],
        file: Option<(&str, &[u8])>,
    ) -> Page {
        let form = self.get(&format!("/complaints/new?lang={lang}")).await;
        assert_eq!(form.status, StatusCode::OK);
        let (csrf, key) = (form.field("csrf"), form.field("intake_key"));
        let mut fields: BTreeMap<&str, &str> = BTreeMap::from([
            ("csrf", csrf.as_str()),
            ("intake_key", key.as_str()),
            ("kind", "complaint"),
            ("category", "EDU-FEES"),
            ("commune", "BF500105"),
            ("address", "École primaire de Palogo"),
            (
                "description",
                "Le directeur exige 5000 F pour inscrire mon fils au CP1.",
            ),
            ("phone", "76 11 22 33"),
            ("consent", "yes"),
        ]);
        for (k, v) in overrides {
            if v.is_empty() {
                fields.remove(k);
            } else {
                fields.insert(k, v);
            }
        }
        let fields: Vec<(&str, &str)> = fields.into_iter().collect();
        self.post_multipart("/complaints/new", &fields, file).await
    }
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

const FR_CATALOGUE: &str = include_str!("../../locales/fr/main.ftl");

/// No page may show a message id where a sentence belongs.
fn assert_no_raw_keys(body: &str) {
    for line in FR_CATALOGUE.lines() {
        if let Some((key, _)) = line.split_once(" = ") {
            let shown = format!(">{key}<");
            assert!(!body.contains(&shown), "raw key {key} shown");
        }
    }
}

async fn every_page_in_every_language_is_light_and_complete(db: &TestDb) {
    let app = TestApp::new(db).await;
    let mut b = Browser::new(&app);
    let css = b.get(redress::web::pages::stylesheet_path()).await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(
        css.headers[header::CACHE_CONTROL]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    for lang in ["fr", "en", "mos", "dyu", "ff"] {
        for path in ["/", "/complaints/new", "/track", "/privacy"] {
            let page = b.get(&format!("{path}?lang={lang}")).await;
            assert_eq!(page.status, StatusCode::OK, "{path} {lang}");
            assert!(
                page.body.contains(&format!("<html lang=\"{lang}\">")),
                "{path} {lang}"
            );
            assert!(page.headers.contains_key(header::CONTENT_SECURITY_POLICY));
            assert_no_raw_keys(&page.body);
            let weight = page.body.len() + css.body.len();
            assert!(
                weight < 30 * 1024,
                "{path} in {lang} weighs {weight} bytes with its stylesheet"
            );
            for field in ["category", "description", "commune", "code", "secret"] {
                if page.body.contains(&format!("id=\"{field}\"")) {
                    assert!(
                        page.body.contains(&format!("<label for=\"{field}\"")),
                        "{path}: #{field} has a label"
                    );
                }
            }
        }
    }
    // The language chosen by ?lang is kept in a cookie.
    assert_eq!(b.cookies.get("rd_lang").map(String::as_str), Some("ff"));
    assert!(b.get("/").await.body.contains("<html lang=\"ff\">"));
    // Accept-Language chooses when nothing else does.
    let mut english = Browser::new(&app);
    english.accept_language = Some("en-US,en;q=0.9");
    let page = english.get("/").await;
    assert!(page.body.contains("<html lang=\"en\">") && page.body.contains("Make a complaint"));
    // A Mooré page falls back to French sentence by sentence.
    let mut moore = Browser::new(&app);
    let page = moore.get("/?lang=mos").await;
    assert!(page.body.contains("Déposer une plainte"), "French fallback");
}
on_both_backends!(every_page_in_every_language_is_light_and_complete);

async fn file_with_attachment_read_receipt_and_follow(db: &TestDb) {
    let app = TestApp::new(db).await;
    let mut b = Browser::new(&app);
    let jpeg = &crate::support::jpeg(b"fake photo bytes")[..];
    let sent = b.file("mos", &[], Some(("photo école.jpg", jpeg))).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    assert_eq!(sent.location(), "/complaints/receipt");
    let receipt = b.get("/complaints/receipt").await;
    let code = receipt.text_of("tracking-code");
    let secret = receipt.text_of("secret");
    assert_eq!((code.len(), secret.len()), (13, 8));
    assert!(receipt.body.contains("<html lang=\"mos\">"));
    assert!(
        receipt.body.contains("+226 •• •• •• 33"),
        "the SMS is announced, the number masked"
    );
    let row = app
        .state
        .store
        .complaint_by_code(&code.replace('-', ""))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (
            row.language.as_str(),
            row.channel.as_str(),
            row.unit_code.as_str()
        ),
        ("mos", "web", "EDU-BF50")
    );
    assert_eq!(
        app.state.store.attachments_of(row.id).await.unwrap()[0].content_type,
        "image/jpeg"
    );

    // Without the secret: status only.
    let public = b.get(&format!("/track/{code}")).await;
    assert_eq!(public.status, StatusCode::OK);
    assert!(!public.body.contains("5000 F"));
    // With it: everything, and the complainant's actions.
    let form = b.get("/track").await;
    let csrf = form.field("csrf");
    let wrong = if secret == "00000000" {
        "11111111"
    } else {
        "00000000"
    };
    let refused = b
        .post_form(
            "/track",
            &[("csrf", &csrf), ("code", &code), ("secret", wrong)],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    assert!(refused.body.contains(&code), "the code typed is kept");
    let typed = code.to_lowercase().replace('-', " ");
    let ok = b
        .post_form(
            "/track",
            &[("csrf", &csrf), ("code", &typed), ("secret", &secret)],
        )
        .await;
    assert_eq!(
        (ok.status, ok.location()),
        (StatusCode::SEE_OTHER, format!("/track/{code}").as_str())
    );
    let detail = b.get(&format!("/track/{code}")).await;
    // The attachment under a name of ours (the uploader's may name someone).
    assert!(detail.body.contains("5000 F") && detail.body.contains("photo.jpg"));
    assert!(!detail.body.contains("photo école.jpg"));
    let r = b
        .post_form(
            &format!("/track/{code}/reply"),
            &[("csrf", &csrf), ("text", "Il a aussi demandé une photo.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(
        b.get(&format!("/track/{code}"))
            .await
            .body
            .contains("Il a aussi demandé une photo.")
    );
    let early = b
        .post_form(
            &format!("/track/{code}/rate"),
            &[("csrf", &csrf), ("score", "5")],
        )
        .await;
    assert_eq!(
        early.status,
        StatusCode::CONFLICT,
        "nothing to rate before the answer"
    );
    let w = b
        .post_form(&format!("/track/{code}/withdraw"), &[("csrf", &csrf)])
        .await;
    assert_eq!(w.status, StatusCode::SEE_OTHER);
    assert_eq!(
        b.get(&format!("/track/{code}?lang=fr"))
            .await
            .text_of("status"),
        "Retirée"
    );
    // Forgetting removes the follow-up cookie.
    b.post_form(&format!("/track/{code}/forget"), &[("csrf", &csrf)])
        .await;
    assert!(!b.cookies.contains_key("rd_follow"));
    assert!(
        !b.get(&format!("/track/{code}"))
            .await
            .body
            .contains("5000 F")
    );
}
on_both_backends!(file_with_attachment_read_receipt_and_follow);

async fn bad_input_comes_back_with_the_citizens_words_and_nothing_stored(db: &TestDb) {
    let app = TestApp::new(db).await;
    let mut b = Browser::new(&app);
    let before = app.footprint().await;
    // Empty description, no category, no consent: three errors, in English, input kept.
    let page = b
        .file(
            "en",
            &[("category", ""), ("description", ""), ("consent", "")],
            None,
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    for id in ["category-error", "description-error", "consent-error"] {
        assert!(page.body.contains(&format!("id=\"{id}\"")), "{id}");
    }
    assert!(
        page.body.contains("class=\"summary\""),
        "summary at the top"
    );
    assert!(page.body.contains("École primaire de Palogo"), "input kept");
    assert!(page.body.contains("value=\"76 11 22 33\""), "input kept");
    assert!(page.body.contains("Choose a subject"), "{}", page.body);
    let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
        (vec![("category", "EDU-NOPE")], "category-error"),
        (vec![("commune", "BF999999")], "commune-error"),
        (vec![("description", "court")], "description-error"),
        (vec![("phone", "12")], "phone-error"),
        (vec![("email", "awa@")], "email-error"),
        (vec![("anonymous", "yes")], "anonymous-error"),
    ];
    for (overrides, error) in cases {
        let page = b.file("fr", &overrides, None).await;
        assert_eq!(
            page.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{overrides:?}"
        );
        assert!(
            page.body.contains(&format!("id=\"{error}\"")),
            "{overrides:?}: {error}"
        );
    }
    let long = "x".repeat(5001);
    let page = b.file("fr", &[("description", &long)], None).await;
    let at = page.body.find("class=\"summary\"").unwrap_or(0);
    assert!(
        page.body.contains("trop longue"),
        "{}",
        &page.body[at..(at + 600).min(page.body.len())]
    );
    assert!(page.body.contains(&long), "text kept");
    // Attachments: checked by content, not by name; and by size.
    let page = b
        .file("fr", &[], Some(("photo.jpg", b"<script>alert(1)</script>")))
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("id=\"attachment-error\""));
    let big = vec![0xFFu8; 3 * 1024 * 1024 + 1];
    let page = b.file("fr", &[], Some(("big.jpg", &big))).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("3 Mo"));
    // A forged or stale CSRF token: refused, input kept.
    let page = b
        .file("fr", &[("csrf", "0123456789abcdef0123456789abcdef")], None)
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(page.body.contains("Le directeur exige 5000 F"));
    // The honeypot field.
    let page = b
        .file("fr", &[("website", "http://spam.example")], None)
        .await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert_eq!(app.footprint().await, before, "nothing stored");
    // Tracking: a mistyped code, an unknown code.
    let csrf = b.get("/track").await.field("csrf");
    let page = b
        .post_form("/track", &[("csrf", &csrf), ("code", "ABCD-EFGH-JKM")])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("erreur de frappe"));
    let unknown = domain::TrackingCode::from_random([7; 8]).to_string();
    let page = b
        .post_form("/track", &[("csrf", &csrf), ("code", &unknown)])
        .await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert_eq!(
        b.get("/track/NOT-A-CODE").await.status,
        StatusCode::NOT_FOUND
    );
}
on_both_backends!(bad_input_comes_back_with_the_citizens_words_and_nothing_stored);

async fn a_form_posted_twice_registers_one_complaint(db: &TestDb) {
    let app = TestApp::new(db).await;
    let mut b = Browser::new(&app);
    let form = b.get("/complaints/new").await;
    let (csrf, key) = (form.field("csrf"), form.field("intake_key"));
    let fields = [
        ("csrf", csrf.as_str()),
        ("intake_key", key.as_str()),
        ("category", "SAN-WAIT"),
        (
            "description",
            "Six heures d'attente aux urgences pédiatriques.",
        ),
        ("consent", "yes"),
    ];
    let first = b.post_multipart("/complaints/new", &fields, None).await;
    let code1 = b.get("/complaints/receipt").await.text_of("tracking-code");
    let second = b.post_multipart("/complaints/new", &fields, None).await;
    let code2 = b.get("/complaints/receipt").await.text_of("tracking-code");
    assert_eq!(
        (first.status, second.status),
        (StatusCode::SEE_OTHER, StatusCode::SEE_OTHER)
    );
    assert_eq!(code1, code2);
    assert_eq!(app.footprint().await.0, 1);
}
on_both_backends!(a_form_posted_twice_registers_one_complaint);

async fn filing_and_lookups_are_limited_per_address(db: &TestDb) {
    let mut app = TestApp::new(db).await;
    app.state = app.state.clone().with_limits(Limits::new(2, 3));
    app.router = redress::web::router(app.state.clone());
    let mut b = Browser::new(&app);
    assert_eq!(b.file("fr", &[], None).await.status, StatusCode::SEE_OTHER);
    assert_eq!(b.file("fr", &[], None).await.status, StatusCode::SEE_OTHER);
    assert_eq!(
        b.file("fr", &[], None).await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
    let code = domain::TrackingCode::from_random([1; 8]).to_string();
    for _ in 0..3 {
        assert_eq!(
            b.get(&format!("/track/{code}")).await.status,
            StatusCode::NOT_FOUND
        );
    }
    assert_eq!(
        b.get(&format!("/track/{code}")).await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
}
on_both_backends!(filing_and_lookups_are_limited_per_address);

async fn responses_are_compressed(db: &TestDb) {
    let app = TestApp::new(db).await;
    let req = Request::get("/complaints/new")
        .header(header::ACCEPT_ENCODING, "gzip")
        .body(Body::empty())
        .unwrap();
    let response = app.router.clone().oneshot(req).await.unwrap();
    assert_eq!(response.headers()[header::CONTENT_ENCODING], "gzip");
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    assert!(
        bytes.len() < 8 * 1024,
        "the form travels in {} bytes",
        bytes.len()
    );
}
on_both_backends!(responses_are_compressed);

/// The complaint form, and only it, loads the photo script, which the policy lets run; the
/// script is kept for a year under a name that changes with it, its texts come from the page.
async fn the_form_page_loads_the_photo_script(db: &TestDb) {
    let app = TestApp::new(db).await;
    let mut b = Browser::new(&app);
    let form = b.get("/complaints/new?lang=en").await;
    let csp = form.headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap();
    assert!(csp.contains("script-src 'self';"), "{csp}");
    assert!(csp.starts_with("default-src 'none';"), "{csp}");
    let marker = "<script src=\"";
    let start = form.body.find(marker).expect("the form loads a script") + marker.len();
    let src = form.body[start..].split('"').next().unwrap().to_owned();
    assert!(
        src.starts_with("/static/shrink.") && src.ends_with(".js"),
        "{src}"
    );
    assert!(form.body.contains(&format!("<script src=\"{src}\" defer>")));
    assert!(
        form.body
            .contains("data-shrunk=\"Photo made smaller: {before} → {after}\""),
        "the script's texts are translated"
    );
    let script = b.get(&src).await;
    assert_eq!(script.status, StatusCode::OK);
    assert_eq!(
        script.headers[header::CONTENT_TYPE],
        "text/javascript; charset=utf-8"
    );
    assert_eq!(
        script.headers[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
    assert!(script.body.contains("DataTransfer"));
    assert!(script.body.len() < 8 * 1024, "{} bytes", script.body.len());
    let stale = src.replace("/static/shrink.", "/static/shrink.0");
    assert_eq!(b.get(&stale).await.status, StatusCode::NOT_FOUND);
    for path in ["/", "/track", "/privacy"] {
        assert!(!b.get(path).await.body.contains("<script"), "{path}");
    }
}
on_both_backends!(the_form_page_loads_the_photo_script);

/// Every message id in any catalogue exists in French, and every id the code and templates
/// use exists in French.
#[test]
fn every_key_exists_in_french() {
    let ids = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with(' '))
            .filter_map(|l| l.split_once(" = ").map(|(k, _)| k.trim().to_owned()))
            .collect()
    };
    let french = ids(FR_CATALOGUE);
    let root = env!("CARGO_MANIFEST_DIR");
    for lang in ["en", "mos", "dyu", "ff"] {
        let text = std::fs::read_to_string(format!("{root}/locales/{lang}/main.ftl")).unwrap();
        for id in ids(&text) {
            assert!(french.contains(&id), "{lang} has {id}, French does not");
        }
    }
    // Every string literal of the pages and templates that looks like a message id.
    let prefixes = [
        "error", "field", "status", "kind", "dept", "history", "detail", "receipt", "track",
        "file", "home", "nav", "privacy", "site", "reply", "rate", "appeal", "withdraw", "forget",
        "contact", "errors", "required", "optional", "lang", "skip", "rated",
    ];
    let mut used = Vec::new();
    let mut files: Vec<std::path::PathBuf> = Vec::new();
    for dir in ["templates", "src/web/pages"] {
        for entry in std::fs::read_dir(format!("{root}/{dir}")).unwrap() {
            files.push(entry.unwrap().path());
        }
    }
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        for literal in text.split('"').skip(1).step_by(2) {
            let looks_like_id = literal.split_once('-').is_some_and(|(head, tail)| {
                prefixes.contains(&head)
                    && !tail.is_empty()
                    && literal.chars().all(|c| {
                        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'
                    })
            });
            if looks_like_id {
                used.push((literal.to_owned(), path.display().to_string()));
            }
        }
    }
    assert!(used.len() > 50, "found {} uses", used.len());
    for (key, file) in used {
        assert!(
            french.contains(&key),
            "{file} uses {key}, missing from fr/main.ftl"
        );
    }
    // Keys built at run time: statuses, kinds, departments, history lines.
    for state in domain::State::ALL {
        assert!(
            french.contains(&format!("status-{state}")),
            "status-{state}"
        );
    }
    for kind in domain::Kind::ALL {
        assert!(french.contains(&format!("kind-{}", kind.as_str())));
    }
    for action in [
        "received", "accept", "reject", "transfer", "start", "answer", "appeal", "close",
        "withdraw", "reply", "assign",
    ] {
        assert!(
            french.contains(&format!("history-{action}")),
            "history-{action}"
        );
    }
}

async fn anonymous_complainant_rates_and_appeals_an_answer(db: &TestDb) {
    let app = TestApp::new(db).await;
    let boss = app
        .staff("chef@education.bf", domain::Role::Supervisor, Some("EDU"))
        .await;
    let mut b = Browser::new(&app);
    let sent = b
        .file("dyu", &[("anonymous", "yes"), ("phone", "")], None)
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let receipt = b.get("/complaints/receipt").await;
    let (code, secret) = (receipt.text_of("tracking-code"), receipt.text_of("secret"));
    let row = app
        .state
        .store
        .complaint_by_code(&code.replace('-', ""))
        .await
        .unwrap()
        .unwrap();
    assert!(
        row.anonymous && row.complainant.is_none(),
        "no identity stored"
    );
    for body in [
        serde_json::json!({"action": "accept"}),
        serde_json::json!({"action": "assign", "assignee": "chef@education.bf"}),
        serde_json::json!({"action": "start"}),
        serde_json::json!({"action": "answer", "message": "Les frais illégaux ont été remboursés."}),
    ] {
        let r = app
            .act(&code, crate::support::Auth::Token(&boss), body)
            .await;
        assert_eq!(r.status, StatusCode::OK);
    }
    let csrf = b.get("/track").await.field("csrf");
    b.post_form(
        "/track",
        &[("csrf", &csrf), ("code", &code), ("secret", &secret)],
    )
    .await;
    let detail = b.get(&format!("/track/{code}?lang=fr")).await;
    assert!(
        detail
            .body
            .contains("Les frais illégaux ont été remboursés."),
        "the answer is shown"
    );
    assert!(detail.body.contains("/rate") && detail.body.contains("/appeal"));
    let bad = b
        .post_form(
            &format!("/track/{code}/rate"),
            &[("csrf", &csrf), ("score", "9")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("id=\"score-error\""));
    let rated = b
        .post_form(
            &format!("/track/{code}/rate"),
            &[
                ("csrf", &csrf),
                ("score", "2"),
                ("text", "Pas encore remboursé."),
            ],
        )
        .await;
    assert_eq!(rated.status, StatusCode::SEE_OTHER);
    let again = b
        .post_form(
            &format!("/track/{code}/rate"),
            &[("csrf", &csrf), ("score", "5")],
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    let empty = b
        .post_form(
            &format!("/track/{code}/appeal"),
            &[("csrf", &csrf), ("reason", " ")],
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let appealed = b
        .post_form(
            &format!("/track/{code}/appeal"),
            &[("csrf", &csrf), ("reason", "Le directeur n'a rien rendu.")],
        )
        .await;
    assert_eq!(appealed.status, StatusCode::SEE_OTHER);
    let detail = b.get(&format!("/track/{code}")).await;
    assert_eq!(detail.text_of("status"), "En appel");
    assert!(detail.body.contains("Le directeur n&#39;a rien rendu."));
}
on_both_backends!(anonymous_complainant_rates_and_appeals_an_answer);

async fn the_appeal_window_closes_thirty_days_after_the_answer(db: &TestDb) {
    let mut app = TestApp::new(db).await;
    let boss = app
        .staff("chef@education.bf", domain::Role::Supervisor, Some("EDU"))
        .await;
    let (code, secret) = {
        let mut b = Browser::new(&app);
        b.file("fr", &[], None).await;
        let receipt = b.get("/complaints/receipt").await;
        (receipt.text_of("tracking-code"), receipt.text_of("secret"))
    };
    for body in [
        serde_json::json!({"action": "accept"}),
        serde_json::json!({"action": "assign", "assignee": "chef@education.bf"}),
        serde_json::json!({"action": "start"}),
        serde_json::json!({"action": "answer", "message": "Réglé."}),
    ] {
        app.act(&code, crate::support::Auth::Token(&boss), body)
            .await;
    }
    let later = time::OffsetDateTime::now_utc() + time::Duration::days(31);
    app.state = app
        .state
        .clone()
        .with_clock(std::sync::Arc::new(move || later));
    app.router = redress::web::router(app.state.clone());
    let mut b = Browser::new(&app);
    let csrf = b.get("/track").await.field("csrf");
    b.post_form(
        "/track",
        &[("csrf", &csrf), ("code", &code), ("secret", &secret)],
    )
    .await;
    let detail = b.get(&format!("/track/{code}")).await;
    assert!(
        !detail.body.contains("/appeal\""),
        "no appeal form after the window"
    );
    let late = b
        .post_form(
            &format!("/track/{code}/appeal"),
            &[("csrf", &csrf), ("reason", "Trop tard ?")],
        )
        .await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert!(
        late.body.contains("délai d&#39;appel est dépassé"),
        "{}",
        late.body
    );
}
on_both_backends!(the_appeal_window_closes_thirty_days_after_the_answer);
