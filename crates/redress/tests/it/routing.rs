//! Routing: every category in every commune reaches a unit; admins' rules override, most
//! specific first; invalid rules are refused.

use crate::support::{Auth, TestApp};
use axum::http::{Method, StatusCode};
use domain::Role;
use serde_json::json;
use store::on_both_backends;
use store::testing::TestDb;

async fn every_category_in_every_commune_reaches_a_unit(db: &TestDb) {
    let app = TestApp::new(db).await;
    let catalog = app.state.catalog();
    let mut checked = 0;
    for category in &catalog.categories {
        for commune in catalog
            .communes
            .iter()
            .map(|c| Some(c.code.as_str()))
            .chain([None])
        {
            let unit = catalog
                .route(category, commune)
                .unwrap_or_else(|| panic!("{} in {commune:?}", category.code));
            let unit = catalog.unit(&unit).unwrap();
            assert_eq!(
                unit.department_code.as_deref(),
                Some(category.department_code.as_str())
            );
            checked += 1;
        }
    }
    assert_eq!(checked, catalog.categories.len() * 352);
}
on_both_backends!(every_category_in_every_commune_reaches_a_unit);

async fn admin_rules_override_most_specific_first(db: &TestDb) {
    let app = TestApp::new(db).await;
    let admin = app.staff("admin@redress.bf", Role::Admin, None).await;
    let auditor = app.staff("audit@redress.bf", Role::Auditor, None).await;
    let boss = app
        .staff("chef@sante.bf", Role::Supervisor, Some("SAN"))
        .await;
    let rules = "/api/v1/admin/routing-rules";
    let unit_of = |category: &'static str| {
        let app = &app;
        async move {
            let (code, secret) = app
                .file(json!({"category": category, "description": "Un problème au centre médical.", "location": {"commune": "BF530102"}}))
                .await;
            app.get(&format!("/api/v1/complaints/{code}"), Auth::Secret(&secret))
                .await
                .json["unit"]
                .as_str()
                .unwrap()
                .to_owned()
        }
    };
    assert_eq!(
        unit_of("SAN-WAIT").await,
        "SAN-BF53",
        "default: the regional directorate"
    );
    let add = |body: serde_json::Value| {
        let app = &app;
        let admin = admin.clone();
        async move { app.post(rules, Auth::Token(&admin), body).await }
    };
    let r = add(json!({"department": "SAN", "unit": "SAN-CP"})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let r = add(json!({"category": "SAN-WAIT", "region": "BF53", "unit": "SAN-BF13"})).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let specific = r.json["id"].as_i64().unwrap();
    assert_eq!(
        unit_of("SAN-WAIT").await,
        "SAN-BF13",
        "a category in a region beats a department anywhere"
    );
    assert_eq!(
        unit_of("SAN-STOCKOUT").await,
        "SAN-CP",
        "the department rule"
    );
    let r = add(json!({"department": "SAN", "commune": "BF530102", "unit": "SAN-BF53"})).await;
    assert_eq!(r.status, StatusCode::CREATED);
    assert_eq!(
        unit_of("SAN-WAIT").await,
        "SAN-BF53",
        "a commune beats a region"
    );
    // Refused rules, with nothing stored.
    for (body, status) in [
        (
            json!({"category": "SAN-WAIT", "unit": "SAN-MARS"}),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            json!({"category": "SAN-WAIT", "unit": "JUS-BF13"}),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            json!({"category": "SAN-WAIT", "department": "SAN", "unit": "SAN-CP"}),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            json!({"department": "SAN", "region": "BF53", "commune": "BF530102", "unit": "SAN-CP"}),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            json!({"department": "SAN", "commune": "BF999999", "unit": "SAN-CP"}),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            json!({"department": "ZZZ", "unit": "SAN-CP"}),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            json!({"department": "SAN", "unit": "SAN-BF13"}),
            StatusCode::CONFLICT,
        ),
    ] {
        let r = add(body.clone()).await;
        assert_eq!(r.status, status, "{body}: {}", r.json);
    }
    assert_eq!(
        app.get(rules, Auth::Token(&auditor))
            .await
            .json
            .as_array()
            .unwrap()
            .len(),
        3
    );
    let r = app
        .post(
            rules,
            Auth::Token(&boss),
            json!({"department": "SAN", "unit": "SAN-CP"}),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.post(
            rules,
            Auth::Token(&auditor),
            json!({"department": "SAN", "unit": "SAN-CP"})
        )
        .await
        .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get(rules, Auth::None).await.status,
        StatusCode::UNAUTHORIZED
    );
    // Deleting a rule restores what it overrode.
    let del = app
        .call(
            Method::DELETE,
            &format!("{rules}/{specific}"),
            Auth::Token(&admin),
            None,
        )
        .await;
    assert_eq!(del.status, StatusCode::NO_CONTENT);
    let again = app
        .call(
            Method::DELETE,
            &format!("{rules}/{specific}"),
            Auth::Token(&admin),
            None,
        )
        .await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
    assert_eq!(unit_of("SAN-WAIT").await, "SAN-BF53");
}
on_both_backends!(admin_rules_override_most_specific_first);

async fn admins_enter_movable_holidays_and_deadlines_follow(db: &TestDb) {
    let mut app = TestApp::new(db).await;
    let sunday = time::macros::datetime!(2026-11-29 09:00 UTC);
    app.state = app
        .state
        .clone()
        .with_clock(std::sync::Arc::new(move || sunday));
    app.router = redress::web::router(app.state.clone());
    let admin = app.staff("admin@redress.bf", Role::Admin, None).await;
    let boss = app
        .staff("chef@sante.bf", Role::Supervisor, Some("SAN"))
        .await;
    let file = || async {
        let r = app
            .post("/api/v1/complaints", Auth::None, json!({"category": "SAN-WAIT", "description": "Six heures d'attente aux urgences."}))
            .await;
        r.json["acknowledge_by"].as_str().unwrap().to_owned()
    };
    // Received on Sunday: three working days are Monday, Tuesday, Wednesday.
    assert_eq!(file().await, "2026-12-02");
    let holidays = "/api/v1/admin/holidays";
    let eid =
        json!({"rule": "2026-12-01", "name_fr": "Jour férié de test", "name_en": "Test holiday"});
    assert_eq!(
        app.post(holidays, Auth::Token(&boss), eid.clone())
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let r = app.post(holidays, Auth::Token(&admin), eid.clone()).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    assert_eq!(file().await, "2026-12-03", "the new holiday is skipped");
    assert_eq!(
        app.post(holidays, Auth::Token(&admin), eid).await.status,
        StatusCode::CONFLICT
    );
    for bad in ["2026-02-30", "13-01", "easter+x", ""] {
        let r = app
            .post(
                holidays,
                Auth::Token(&admin),
                json!({"rule": bad, "name_fr": "x", "name_en": "x"}),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    }
    let list = app.get(holidays, Auth::Token(&admin)).await;
    assert!(
        list.json
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h["rule"] == "easter+39"),
        "Ascension is there"
    );
    let del = app
        .call(
            Method::DELETE,
            &format!("{holidays}/2026-12-01"),
            Auth::Token(&admin),
            None,
        )
        .await;
    assert_eq!(del.status, StatusCode::NO_CONTENT);
    assert_eq!(file().await, "2026-12-02");
}
on_both_backends!(admins_enter_movable_holidays_and_deadlines_follow);
