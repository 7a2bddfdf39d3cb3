//! Posters of service points: who may print and change them, the complaint form opened from
//! a poster's QR code (known, removed, unknown service point), the complaint recording its
//! service point, a region's PDF rendered to images and read back (pages, A4, QR codes,
//! text inside the margins, Mooré letters, a very long name), and a campaign's reach on the
//! staff dashboard. The render check needs poppler-utils and zbar-tools: outside CI a
//! missing tool skips it with a message; under CI=true it fails.

use crate::pages::Browser;
use crate::staff::{sign_in, staff_member};
use crate::support::TestApp;
use axum::http::StatusCode;
use domain::Role;
use http_body_util::BodyExt;
use redress::intake::{self, Submission, Submitter};
use std::process::Command;
use store::testing::TestDb;
use store::{AdminChange, NewServicePoint, on_both_backends};
use time::{Duration, OffsetDateTime};
use tower::ServiceExt;

const PASSWORD: &str = "a long enough password";
const LONG_NAME: &str = "École primaire publique de Komsilga centre, avec ses six classes du CP1 \
    au CM2, sa cantine scolaire, son jardin pédagogique et sa bibliothèque communautaire \
    ouverte aux parents d'élèves le samedi matin";

fn point(code: &str, unit: &str, name: &str, commune: Option<&str>) -> NewServicePoint {
    NewServicePoint {
        code: code.into(),
        unit_code: unit.into(),
        kind: "health_centre".into(),
        name: name.into(),
        commune_code: commune.map(str::to_owned),
        address: None,
    }
}

/// Three active service points in Kadiogo (one with a Mooré name and no address, one with a
/// very long name), one removed, one in Guiriko.
async fn service_points(app: &TestApp) {
    let store = &app.state.store;
    let now = OffsetDateTime::now_utc();
    let mut pissy = point("CSPS-PISSY", "SAN-BF13", "CSPS de Pissy", Some("BF130004"));
    pissy.address = Some("Avenue de la Liberté, secteur 17".into());
    let mut school = point("EPP-KOMSILGA", "EDU-BF13", LONG_NAME, Some("BF130002"));
    school.kind = "school".into();
    for sp in [
        pissy,
        point(
            "CSPS-WEND-KUUNI",
            "SAN-BF13",
            "Centre de santé Wẽnd-Kuuni",
            Some("BF130006"),
        ),
        school,
        point(
            "CSPS-ANCIEN",
            "SAN-BF13",
            "CSPS (ancien site)",
            Some("BF130004"),
        ),
        point("CMA-DO", "SAN-BF53", "CMA de Dô", Some("BF530102")),
    ] {
        store
            .admin(AdminChange::AddServicePoint(sp), "test", now)
            .await
            .unwrap();
    }
    let removed = AdminChange::RemoveServicePoint("CSPS-ANCIEN".into());
    store.admin(removed, "test", now).await.unwrap();
}

async fn signed_in<'a>(
    app: &'a TestApp,
    email: &str,
    role: Role,
    unit: Option<&str>,
) -> Browser<'a> {
    staff_member(app, email, role, unit).await;
    let mut b = Browser::new(app);
    assert_eq!(
        sign_in(&mut b, email, PASSWORD).await,
        StatusCode::SEE_OTHER
    );
    b
}

async fn the_form_opened_from_a_poster(db: &TestDb) {
    let app = TestApp::new(db).await;
    service_points(&app).await;
    let mut citizen = Browser::new(&app);

    let known = citizen.get("/complaints/new?sp=CSPS-PISSY&lang=en").await;
    assert_eq!(known.status, StatusCode::OK);
    assert!(
        known
            .body
            .contains("You are complaining about: CSPS de Pissy (Ouagadougou)"),
        "{}",
        known.body
    );
    assert_eq!(known.field("service_point"), "CSPS-PISSY");
    assert!(
        known
            .body
            .contains("href=\"/complaints/new?sp=CSPS-PISSY&amp;lang=mos\""),
        "the language switcher keeps the service point"
    );
    assert!(known.body.contains("<option value=\"BF130004\" selected>"));
    // Its unit's department's categories (and the general one), not the others.
    assert!(known.body.contains("value=\"SAN-FEES\""));
    assert!(!known.body.contains("value=\"EDU-FEES\""));

    for (uri, lang_text) in [
        (
            "/complaints/new?sp=CSPS-ANCIEN",
            "n&#39;existe plus dans Redress",
        ),
        (
            "/complaints/new?sp=NOWHERE-42&lang=en",
            "no longer exists in Redress",
        ),
        (
            "/complaints/new?sp=%3Cscript%3E&sp=x",
            "n&#39;existe plus dans Redress",
        ),
    ] {
        // A new visitor each time (the first's `lang=en` would stay in its cookie).
        let page = Browser::new(&app).get(uri).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}");
        assert!(page.body.contains(lang_text), "{uri}: {}", page.body);
        assert!(!page.body.contains("name=\"service_point\""), "{uri}");
        assert!(
            page.body.contains("value=\"EDU-FEES\""),
            "{uri}: every category"
        );
        assert!(!page.body.contains("<script>"), "{uri}");
    }

    // Filed from the poster: the complaint records its service point.
    let form = citizen.get("/complaints/new?sp=CSPS-PISSY").await;
    let (csrf, key) = (form.field("csrf"), form.field("intake_key"));
    let description = "On m'a fait payer la consultation de mon enfant de deux ans au CSPS.";
    let fields = [
        ("csrf", csrf.as_str()),
        ("intake_key", key.as_str()),
        ("service_point", "CSPS-PISSY"),
        ("kind", "complaint"),
        ("category", "SAN-FEES"),
        ("commune", "BF130004"),
        ("description", description),
        ("consent", "yes"),
    ];
    let sent = citizen
        .post_multipart("/complaints/new", &fields, None)
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let code = citizen
        .get("/complaints/receipt")
        .await
        .text_of("tracking-code")
        .replace('-', "");
    let row = app
        .state
        .store
        .complaint_by_code(&code)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.service_point_code.as_deref(), Some("CSPS-PISSY"));

    // A form kept open while its service point was removed still files, without it; a
    // refused form keeps its service point.
    let form = citizen.get("/complaints/new").await;
    let (csrf, key) = (form.field("csrf"), form.field("intake_key"));
    let mut fields = fields;
    fields[0].1 = &csrf;
    fields[1].1 = &key;
    fields[6].1 = "court";
    let refused = citizen
        .post_multipart("/complaints/new", &fields, None)
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.field("service_point"), "CSPS-PISSY");
    fields[2].1 = "CSPS-ANCIEN";
    fields[6].1 = description;
    let sent = citizen
        .post_multipart("/complaints/new", &fields, None)
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let code = citizen
        .get("/complaints/receipt")
        .await
        .text_of("tracking-code")
        .replace('-', "");
    let row = app
        .state
        .store
        .complaint_by_code(&code)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.service_point_code, None);
}
on_both_backends!(the_form_opened_from_a_poster);

async fn who_prints_and_who_changes_posters(db: &TestDb) {
    let app = TestApp::new(db).await;
    service_points(&app).await;
    let mut anonymous = Browser::new(&app);
    for uri in [
        "/staff/posters",
        "/staff/posters/CSPS-PISSY",
        "/staff/posters/CSPS-PISSY.pdf",
        "/staff/posters/region/BF13.pdf",
    ] {
        let page = anonymous.get(uri).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{uri}");
        assert_eq!(page.location(), "/staff/", "{uri}");
    }
    let mut officer = signed_in(&app, "agent@sante.bf", Role::Officer, Some("SAN-BF13")).await;
    assert_eq!(
        officer.get("/staff/posters").await.status,
        StatusCode::FORBIDDEN
    );
    let pdf = officer.get("/staff/posters/region/BF13.pdf").await;
    assert_eq!(pdf.status, StatusCode::FORBIDDEN);

    let mut supervisor = signed_in(&app, "chef@sante.bf", Role::Supervisor, Some("SAN")).await;
    let list = supervisor
        .get("/staff/posters?region=BF13&poster_lang=mos")
        .await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(
        list.body
            .contains("href=\"/staff/posters/CSPS-PISSY?lang=mos\"")
    );
    assert!(
        list.body
            .contains("href=\"/staff/posters/region/BF13.pdf?lang=mos\"")
    );
    assert!(!list.body.contains("CMA de Dô"), "another region's");
    assert!(
        !list.body.contains("name=\"op\" value=\"save\""),
        "supervisors only print"
    );
    let csrf = list.field("csrf");
    let refused = supervisor
        .post_form(
            "/staff/posters",
            &[("csrf", &csrf), ("op", "remove"), ("code", "CSPS-PISSY")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let page = supervisor.get("/staff/posters/CSPS-PISSY?lang=mos").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("@page { size: A4"));
    assert!(page.body.contains("<svg class=\"qr\""));
    assert!(
        page.body
            .contains("/complaints/new?sp=CSPS-PISSY&amp;lang=mos")
    );
    assert!(
        page.headers.get("set-cookie").is_none(),
        "the staff language stays"
    );
    let gone = supervisor.get("/staff/posters/CSPS-ANCIEN.pdf").await;
    assert_eq!(
        gone.status,
        StatusCode::NOT_FOUND,
        "a removed service point prints no poster"
    );
    assert_eq!(
        supervisor
            .get("/staff/posters/region/BF99.pdf")
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    let mut admin = signed_in(&app, "admin@redress.bf", Role::Admin, None).await;
    let csrf = admin.get("/staff/posters").await.field("csrf");
    let add = |code: &'static str| {
        vec![
            ("op", "save"),
            ("code", code),
            ("name", "École Wẽnd-Yam"),
            ("kind", "school"),
            ("unit", "EDU-BF13"),
            ("commune", "BF130004"),
            ("address", ""),
            ("region", "BF13"),
        ]
    };
    let no_token = admin
        .post_form("/staff/posters", &add("EPP-WEND-YAM"))
        .await;
    assert_eq!(no_token.status, StatusCode::FORBIDDEN);
    let with = |fields: Vec<(&'static str, &'static str)>, csrf: &str| {
        let mut all = vec![("csrf", csrf.to_owned())];
        all.extend(fields.into_iter().map(|(k, v)| (k, v.to_owned())));
        all
    };
    let fields = with(add("EPP-WEND-YAM"), &csrf);
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let done = admin.post_form("/staff/posters", &fields).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(done.location(), "/staff/posters?region=BF13");
    let bad = with(add("école"), &csrf);
    let bad: Vec<(&str, &str)> = bad.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let refused = admin.post_form("/staff/posters", &bad).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("2 à 40 caractères"),
        "{}",
        refused.body
    );
    let removed = admin
        .post_form(
            "/staff/posters",
            &[("csrf", &csrf), ("op", "remove"), ("code", "EPP-WEND-YAM")],
        )
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    let campaign = admin
        .post_form(
            "/staff/posters",
            &[
                ("csrf", &csrf),
                ("op", "campaign"),
                ("started_on", "2026-11-02"),
                ("label", "Affiches Kadiogo"),
                ("region", "BF13"),
            ],
        )
        .await;
    assert_eq!(campaign.status, StatusCode::SEE_OTHER, "{}", campaign.body);
    let bad_date = admin
        .post_form(
            "/staff/posters",
            &[
                ("csrf", &csrf),
                ("op", "campaign"),
                ("started_on", "2026-02-30"),
                ("label", "x"),
            ],
        )
        .await;
    assert_eq!(bad_date.status, StatusCode::UNPROCESSABLE_ENTITY);
    let store = &app.state.store;
    let sp = store.service_point("EPP-WEND-YAM").await.unwrap().unwrap();
    assert!(!sp.is_active());
    let events = store.admin_events(3).await.unwrap();
    let actions: Vec<&str> = events.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            "poster_campaign.add",
            "service_point.remove",
            "service_point.add"
        ]
    );
    assert!(events.iter().all(|e| e.actor.starts_with("staff:")));
    let list = admin.get("/staff/posters").await;
    assert!(list.body.contains("Affiches Kadiogo"));
}
on_both_backends!(who_prints_and_who_changes_posters);

/// A command's output; `None` (skipped) when it is not installed, outside CI.
fn tool(program: &str, args: &[&str]) -> Option<String> {
    match Command::new(program).args(args).output() {
        Ok(out) => {
            assert!(
                out.status.success(),
                "{program} {args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            Some(String::from_utf8_lossy(&out.stdout).into_owned())
        }
        Err(_) if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("{program} is required under CI=true (poppler-utils, zbar-tools)")
        }
        Err(_) => {
            eprintln!("SKIPPED: {program} is not installed (poppler-utils, zbar-tools)");
            None
        }
    }
}

/// Word boxes of `pdftotext -bbox` on one page: (xMin, yMin, xMax, yMax, word).
fn words(html: &str) -> Vec<(f32, f32, f32, f32, String)> {
    html.split("<word ")
        .skip(1)
        .map(|w| {
            let attr = |name: &str| -> f32 {
                let start = w.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                w[start..].split('"').next().unwrap().parse().unwrap()
            };
            let text = w.split('>').nth(1).unwrap().split('<').next().unwrap();
            (
                attr("xMin"),
                attr("yMin"),
                attr("xMax"),
                attr("yMax"),
                text.to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn a_region_pdf_prints_every_poster_readably() {
    let db = store::testing::sqlite().await;
    let app = TestApp::new(&db).await;
    service_points(&app).await;
    let admin = signed_in(&app, "admin@redress.bf", Role::Admin, None).await;
    // The bytes as they come (`Browser` keeps a body as text).
    let mut req = axum::http::Request::get("/staff/posters/region/BF13.pdf?lang=mos")
        .body(axum::body::Body::empty())
        .unwrap();
    let jar: Vec<String> = admin
        .cookies
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    req.headers_mut()
        .insert("cookie", jar.join("; ").parse().unwrap());
    let started = std::time::Instant::now();
    let response = app.router.clone().oneshot(req).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/pdf");
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let took = started.elapsed();
    let dir = db.dir.join("posters");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("BF13.pdf");
    std::fs::write(&file, &bytes).unwrap();
    let path = file.to_str().unwrap();
    eprintln!("region PDF: {} bytes, rendered in {took:?}", bytes.len());

    let Some(info) = tool("pdfinfo", &[path]) else {
        return;
    };
    let field = |name: &str| {
        info.lines()
            .find_map(|l| l.strip_prefix(&format!("{name}:")))
            .unwrap_or_else(|| panic!("no {name} in {info}"))
            .trim()
            .to_owned()
    };
    // Kadiogo's three active service points, a page each (not the removed one, nor Dô).
    let expected = ["CSPS-PISSY", "CSPS-WEND-KUUNI", "EPP-KOMSILGA"];
    assert_eq!(field("Pages"), "3", "{info}");
    assert!(
        field("Page size").starts_with("595.28 x 841.89 pts (A4)"),
        "{info}"
    );
    let Some(_) = tool(
        "pdftoppm",
        &[
            "-r",
            "100",
            "-png",
            path,
            dir.join("page").to_str().unwrap(),
        ],
    ) else {
        return;
    };
    let mut decoded = Vec::new();
    for page in 1..=3 {
        let png = dir.join(format!("page-{page}.png"));
        let Some(raw) = tool("zbarimg", &["--quiet", "--raw", png.to_str().unwrap()]) else {
            return;
        };
        let codes: Vec<&str> = raw.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(codes.len(), 1, "one QR code on page {page}: {codes:?}");
        decoded.push(codes[0].to_owned());

        let n = page.to_string();
        let html = tool("pdftotext", &["-bbox", "-f", &n, "-l", &n, path, "-"]).unwrap();
        let boxes = words(&html);
        assert!(boxes.len() > 40, "page {page}: {} words", boxes.len());
        // Inside the page with its 15 mm margins (a little slack for glyph overhangs).
        let (left, top, right, bottom) = (42.5 - 1.0, 42.5 - 1.0, 595.28 - 41.5, 841.89 - 41.5);
        for (x0, y0, x1, y1, w) in &boxes {
            assert!(
                *x0 >= left && *y0 >= top && *x1 <= right && *y1 <= bottom,
                "page {page}: {w:?} at ({x0}, {y0})–({x1}, {y1}) leaves the margins"
            );
        }
        let text: Vec<&str> = boxes.iter().map(|b| b.4.as_str()).collect();
        let text = text.join(" ");
        assert!(text.contains("Plaignez-vous"), "page {page}: {text}");
        assert!(text.contains("corruption"), "page {page}: {text}");
    }
    let mut want: Vec<String> = expected
        .iter()
        .map(|c| format!("http://127.0.0.1:8080/complaints/new?sp={c}&lang=mos"))
        .collect();
    want.sort();
    decoded.sort();
    assert_eq!(
        decoded, want,
        "each QR code opens its own service point's form"
    );
    let all = tool("pdftotext", &[path, "-"]).unwrap();
    assert!(all.contains("Wẽnd-Kuuni"), "Mooré letters kept: {all}");
    // The long name is there whole, wrapped (pdftotext joins its lines with spaces or
    // line breaks).
    let flat = all.split_whitespace().collect::<Vec<_>>().join(" ");
    let long = LONG_NAME.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(&long), "the long name fits whole: {flat}");
    db.cleanup().await;
}

/// Files a complaint `days_ago` days before `now`, through `channel`, from `sp`'s poster.
async fn filed(app: &TestApp, now: OffsetDateTime, days_ago: i64, channel: &str, sp: Option<&str>) {
    let submission = Submission {
        category: "SAN-FEES".into(),
        description: "On m'a fait payer une consultation qui devait être gratuite.".into(),
        channel: Some(channel.into()),
        commune: Some("BF130004".into()),
        service_point: sp.map(str::to_owned),
        ..Default::default()
    };
    let at = now - Duration::days(days_ago);
    intake::register(&app.state, submission, Submitter::Public, at)
        .await
        .unwrap();
}

async fn the_dashboard_shows_a_campaign_reach(db: &TestDb) {
    let app = TestApp::new(db).await;
    service_points(&app).await;
    let mut supervisor = signed_in(&app, "chef@sante.bf", Role::Supervisor, Some("SAN")).await;
    let home = supervisor.get("/staff/home").await;
    assert!(
        home.body.contains("Aucune campagne d&#39;affichage"),
        "{}",
        home.body
    );

    let now = OffsetDateTime::now_utc();
    let store = &app.state.store;
    let campaign = AdminChange::AddPosterCampaign {
        started_on: (now - Duration::days(10)).date(),
        label: "Affiches des CSPS".into(),
        region_code: None,
        created_by: None,
    };
    store.admin(campaign, "test", now).await.unwrap();
    // With 7 days on each side: two before, three after (two from the poster), and two
    // outside the window.
    filed(&app, now, 20, "web", None).await;
    filed(&app, now, 15, "web", None).await;
    filed(&app, now, 12, "sms", None).await;
    filed(&app, now, 9, "web", Some("CSPS-PISSY")).await;
    filed(&app, now, 8, "web", Some("CSPS-PISSY")).await;
    filed(&app, now, 5, "ussd", None).await;
    filed(&app, now, 1, "web", Some("CSPS-WEND-KUUNI")).await;

    let home = supervisor.get("/staff/home?reach_days=7").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.body.contains("Affiches des CSPS"));
    assert_eq!(home.text_of("reach-total-before"), "2");
    assert_eq!(home.text_of("reach-total-after"), "3");
    let section = &home.body[home.body.find("id=\"reach\"").unwrap()..];
    let row = |label: &str| {
        let start = section
            .find(&format!("<th scope=\"row\">{label}</th>"))
            .unwrap_or_else(|| panic!("no row {label}: {section}"));
        section[start..]
            .split("</tr>")
            .next()
            .unwrap()
            .split("<td>")
            .skip(1)
            .map(|c| c.split('<').next().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(row("Formulaire web"), ["1", "2"]);
    assert_eq!(row("SMS"), ["1", "0"]);
    assert_eq!(row("USSD"), ["0", "1"]);
    assert_eq!(row("dont depuis un code QR"), ["0", "2"]);
    assert_eq!(row("CSPS de Pissy"), ["0", "2"]);
    assert!(!section.contains("Wẽnd-Kuuni</th>"), "outside the window");
    assert!(section.contains("<caption>Par semaine</caption>"));
    assert!(section.contains("<title"), "the chart has a title");
    // 28 days on each side by default: all seven.
    let home = supervisor.get("/staff/home").await;
    assert_eq!(home.text_of("reach-total-before"), "3");
    assert_eq!(home.text_of("reach-total-after"), "4");
    // Out of scope: an education supervisor sees none of these health complaints.
    let mut other = signed_in(&app, "chef@education.bf", Role::Supervisor, Some("EDU")).await;
    let home = other.get("/staff/home").await;
    assert_eq!(home.text_of("reach-total-after"), "0");
    // Officers do not see the reach.
    let mut officer = signed_in(&app, "agent@sante.bf", Role::Officer, Some("SAN-BF13")).await;
    assert!(
        !officer
            .get("/staff/home")
            .await
            .body
            .contains("id=\"reach\"")
    );
}
on_both_backends!(the_dashboard_shows_a_campaign_reach);
