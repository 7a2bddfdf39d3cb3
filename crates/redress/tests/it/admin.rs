//! The reference-data pages: category deadlines, units, routing rules and holidays, changed
//! by an admin in the browser with every change checked, taking effect at once and recorded
//! in the admin trail; auditors read, others are refused.

use crate::pages::Browser;
use crate::staff::{sign_in, staff_member};
use crate::support::{Auth, TestApp, health_complaint};
use axum::http::StatusCode;
use domain::Role;
use store::on_both_backends;
use store::testing::TestDb;

async fn signed_in<'a>(app: &'a TestApp, email: &str) -> Browser<'a> {
    let mut b = Browser::new(app);
    assert_eq!(
        sign_in(&mut b, email, "a long enough password").await,
        StatusCode::SEE_OTHER
    );
    b
}

async fn admins_keep_the_reference_data_and_every_change_is_recorded(db: &TestDb) {
    let app = TestApp::new(db).await;
    staff_member(&app, "admin@redress.bf", Role::Admin, None).await;
    staff_member(&app, "audit@redress.bf", Role::Auditor, None).await;
    staff_member(&app, "agent@sante.bf", Role::Officer, Some("SAN-BF13")).await;
    let token = app.staff("api@redress.bf", Role::Admin, None).await;
    let events_before = app.state.store.admin_events(1000).await.unwrap().len();
    let mut admin = signed_in(&app, "admin@redress.bf").await;
    for section in ["categories", "units", "routing", "holidays", "log"] {
        let page = admin.get(&format!("/staff/admin/{section}")).await;
        assert_eq!(page.status, StatusCode::OK, "{section}");
        assert!(page.body.contains("aria-current=\"page\""), "{section}");
    }
    assert_eq!(
        admin.get("/staff/admin/secrets").await.status,
        StatusCode::NOT_FOUND
    );
    let csrf = admin.get("/staff/admin/categories").await.field("csrf");
    let post = |section: &str, fields: Vec<(&'static str, String)>| {
        let mut all = vec![("csrf", csrf.clone())];
        all.extend(fields);
        (format!("/staff/admin/{section}"), all)
    };
    macro_rules! send {
        ($section:expr, $($k:literal => $v:expr),* $(,)?) => {{
            let (url, fields) = post($section, vec![$(($k, $v.to_string())),*]);
            let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            admin.post_form(&url, &refs).await
        }};
    }

    // Deadlines: refused when impossible, in force at once when saved.
    let r = send!("categories", "op" => "save", "code" => "SAN-FEES", "ack_days" => 400,
        "ack_count" => "working", "answer_days" => 10, "answer_count" => "calendar");
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body
            .contains("id=\"ack-SAN-FEES\" name=\"ack_days\" min=\"0\" max=\"365\" value=\"400\""),
        "the refused row shows what was typed"
    );
    assert!(
        r.body.contains("Les délais vont de 0 à 365 jours"),
        "{}",
        r.body
    );
    let r = send!("categories", "op" => "save", "code" => "SAN-FEES", "ack_days" => 5,
        "ack_count" => "working", "answer_days" => 2, "answer_count" => "calendar");
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "answer before acknowledgement"
    );
    let r = send!("categories", "op" => "save", "code" => "SAN-FEES", "ack_days" => 2,
        "ack_count" => "working", "answer_days" => 21, "answer_count" => "calendar");
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let catalog = app.state.catalog();
    let fees = catalog.category("SAN-FEES").unwrap();
    assert_eq!(
        (fees.ack_days, fees.answer_days, fees.extendable),
        (2, 21, false)
    );
    let (ack_by, answer_by) = catalog.deadlines(fees, app.state.now().date());
    let filed = app
        .post("/api/v1/complaints", Auth::None, health_complaint())
        .await;
    assert_eq!(
        filed.json["answer_by"],
        answer_by.to_string(),
        "{}",
        filed.json
    );
    assert_eq!(filed.json["acknowledge_by"], ack_by.to_string());

    // Units: a health centre under the Kadiogo directorate; codes checked.
    let r = send!("units", "op" => "add", "code" => "SAN-BF13-CMA30", "parent" => "SAN-BF13",
        "level" => "facility", "name_fr" => "CMA du secteur 30", "name_en" => "Sector 30 medical centre");
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = send!("units", "op" => "add", "code" => "SAN-BF13-CMA30", "parent" => "SAN-BF13",
        "level" => "facility", "name_fr" => "Encore", "name_en" => "Again");
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Cet élément existe déjà"), "{}", r.body);
    let r = send!("units", "op" => "add", "code" => "cma 30", "parent" => "SAN-BF13",
        "level" => "facility", "name_fr" => "Centre x", "name_en" => "y");
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("value=\"cma 30\"") && r.body.contains("value=\"Centre x\""));
    assert!(
        r.body.contains("<option value=\"SAN-BF13\" selected>"),
        "the parent kept"
    );
    let r = send!("units", "op" => "rename", "code" => "SAN-BF13-CMA30",
        "name_fr" => "CMA de Pissy", "name_en" => "Pissy medical centre");
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let units = admin.get("/staff/admin/units").await;
    assert!(
        units
            .body
            .contains("<td class=\"depth-2\">SAN-BF13-CMA30</td><td>CMA de Pissy</td>")
    );
    let cma = app.state.catalog().unit("SAN-BF13-CMA30").cloned().unwrap();
    assert_eq!(cma.path, "/SAN/SAN-BF13/SAN-BF13-CMA30/");
    assert_eq!(
        cma.region_code.as_deref(),
        Some("BF13"),
        "the parent's region"
    );

    // Routing: fees in Ouagadougou go to the new centre; the rule is checked first.
    let r = send!("routing", "op" => "add", "category" => "SAN-FEES", "department" => "SAN",
        "unit" => "SAN-BF13-CMA30");
    assert!(
        r.body.contains("pas les deux"),
        "a category or a department"
    );
    let r = send!("routing", "op" => "add", "category" => "SAN-FEES", "unit" => "EDU-BF13");
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "another ministry's unit"
    );
    let r = send!("routing", "op" => "add", "category" => "SAN-FEES", "commune" => "BF130004",
        "unit" => "SAN-BF13-CMA30");
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let (code, _) = app.file(health_complaint()).await;
    let seen = app
        .get(&format!("/api/v1/complaints/{code}"), Auth::Token(&token))
        .await;
    assert_eq!(seen.json["unit"], "SAN-BF13-CMA30", "{}", seen.json);
    let rule = app.state.catalog().rules[0].id;
    let r = send!("routing", "op" => "delete", "id" => rule);
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(app.state.catalog().rules.is_empty());

    // Holidays.
    let r = send!("holidays", "op" => "add", "rule" => "02-30", "name_fr" => "x", "name_en" => "y");
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body.contains("value=\"02-30\""),
        "the refused holiday is kept"
    );
    let r = send!("holidays", "op" => "add", "rule" => "2027-03-20",
        "name_fr" => "Aïd el-Fitr", "name_en" => "Eid al-Fitr");
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(
        admin
            .get("/staff/admin/holidays")
            .await
            .body
            .contains("Aïd el-Fitr")
    );
    let r = send!("holidays", "op" => "delete", "rule" => "2027-03-20");
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = send!("holidays", "op" => "delete", "rule" => "2027-03-20");
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "gone already");

    // Every accepted change, and only those, is in the chained trail.
    let actions: Vec<String> = app
        .state
        .store
        .admin_events(1000)
        .await
        .unwrap()
        .into_iter()
        .rev()
        .skip(events_before)
        .map(|e| e.action)
        .collect();
    assert_eq!(
        actions,
        [
            "category.deadlines",
            "unit.add",
            "unit.rename",
            "routing_rule.add",
            "routing_rule.delete",
            "holiday.add",
            "holiday.delete"
        ]
    );
    let events = app.state.store.admin_events(1000).await.unwrap();
    let event = |action: &str| events.iter().find(|e| e.action == action).unwrap();
    assert_eq!(
        event("routing_rule.add").subject,
        format!("routing_rule#{rule}")
    );
    let deleted = &event("routing_rule.delete").data_json.0;
    assert_eq!(
        deleted["unit_code"], "SAN-BF13-CMA30",
        "what was deleted is recorded"
    );
    assert_eq!(deleted["commune_code"], "BF130004");
    assert_eq!(
        event("holiday.delete").data_json.0["name_fr"],
        "Aïd el-Fitr"
    );
    assert!(matches!(
        app.state.store.verify_admin_audit().await.unwrap(),
        store::AuditReport::Intact { .. }
    ));
    let log = admin.get("/staff/admin/log").await;
    assert!(log.body.contains("unit:SAN-BF13-CMA30") && log.body.contains("category.deadlines"));

    // A form without its token changes nothing.
    let before = app.state.store.admin_events(1000).await.unwrap().len();
    let r = admin
        .post_form(
            "/staff/admin/holidays",
            &[
                ("op", "add"),
                ("rule", "12-24"),
                ("name_fr", "a"),
                ("name_en", "b"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.state.store.admin_events(1000).await.unwrap().len(),
        before
    );

    // Auditors read without forms; officers are refused; signed out goes to sign-in.
    let mut auditor = signed_in(&app, "audit@redress.bf").await;
    let page = auditor.get("/staff/admin/categories").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("action=\"/staff/admin/categories\""));
    let csrf = page.field("csrf");
    let r = auditor
        .post_form(
            "/staff/admin/holidays",
            &[
                ("csrf", &csrf),
                ("op", "add"),
                ("rule", "12-24"),
                ("name_fr", "a"),
                ("name_en", "b"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let mut officer = signed_in(&app, "agent@sante.bf").await;
    assert_eq!(
        officer.get("/staff/admin/units").await.status,
        StatusCode::FORBIDDEN
    );
    assert!(
        !officer
            .get("/staff/queue")
            .await
            .body
            .contains("/staff/admin/")
    );
    assert_eq!(
        Browser::new(&app).get("/staff/admin/log").await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app.state.store.admin_events(1000).await.unwrap().len(),
        before
    );
}
on_both_backends!(admins_keep_the_reference_data_and_every_change_is_recorded);

async fn the_api_sets_deadlines_and_units_with_the_same_checks_and_trail(db: &TestDb) {
    let app = TestApp::new(db).await;
    let admin = app.staff("admin@redress.bf", Role::Admin, None).await;
    let auditor = app.staff("audit@redress.bf", Role::Auditor, None).await;
    let chef = app
        .staff("chef@sante.bf", Role::Supervisor, Some("SAN"))
        .await;
    let call = |method: axum::http::Method, uri: &str, token: &str, body| {
        let (uri, token) = (uri.to_owned(), token.to_owned());
        let app = &app;
        async move { app.call(method, &uri, Auth::Token(&token), body).await }
    };
    use axum::http::Method;
    let deadlines = serde_json::json!({"ack_days": 1, "ack_count": "working", "answer_days": 7,
        "answer_count": "working", "extendable": true});
    let r = call(
        Method::PUT,
        "/api/v1/admin/categories/JUS-DELAY/deadlines",
        &chef,
        Some(deadlines.clone()),
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "supervisors do not");
    let r = call(
        Method::PUT,
        "/api/v1/admin/categories/JUS-DELAY/deadlines",
        &admin,
        Some(deadlines.clone()),
    )
    .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.json);
    assert_eq!(
        app.state
            .catalog()
            .category("JUS-DELAY")
            .unwrap()
            .answer_days,
        7
    );
    let r = call(
        Method::PUT,
        "/api/v1/admin/categories/NOPE/deadlines",
        &admin,
        Some(deadlines),
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let bad = serde_json::json!({"ack_days": -1, "ack_count": "lunar", "answer_days": 7,
        "answer_count": "working", "extendable": true});
    let r = call(
        Method::PUT,
        "/api/v1/admin/categories/JUS-DELAY/deadlines",
        &admin,
        Some(bad),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(r.json["error"]["code"], "invalid_deadlines");

    let unit = serde_json::json!({"code": "JUS-BF13-TGI", "parent": "JUS-BF13", "level": "facility",
        "name_fr": "Tribunal de grande instance de Ouagadougou", "name_en": "Ouagadougou high court"});
    let r = call(
        Method::POST,
        "/api/v1/admin/units",
        &admin,
        Some(unit.clone()),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let r = call(Method::POST, "/api/v1/admin/units", &admin, Some(unit)).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    let names = serde_json::json!({"name_fr": "TGI Ouaga I", "name_en": "Ouaga I high court"});
    let r = call(
        Method::PUT,
        "/api/v1/admin/units/JUS-BF13-TGI/names",
        &admin,
        Some(names.clone()),
    )
    .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    let r = call(
        Method::PUT,
        "/api/v1/admin/units/NOPE/names",
        &admin,
        Some(names),
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let units = app.get("/api/v1/units", Auth::None).await;
    assert!(
        units.json.to_string().contains("TGI Ouaga I"),
        "the catalogue is reloaded"
    );

    let r = call(Method::GET, "/api/v1/admin/events", &auditor, None).await;
    assert_eq!(r.status, StatusCode::OK);
    let actions: Vec<&str> = r
        .json
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        &actions[..3],
        ["unit.rename", "unit.add", "category.deadlines"]
    );
    assert_eq!(r.json[0]["hash"].as_str().unwrap().len(), 64);
    let r = call(Method::GET, "/api/v1/admin/events", &chef, None).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}
on_both_backends!(the_api_sets_deadlines_and_units_with_the_same_checks_and_trail);
