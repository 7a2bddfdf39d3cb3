//! Work queues with every filter, their order and their pages, on the staff page and in the
//! API, which read the same parameters.

use crate::pages::Browser;
use crate::staff::{sign_in, staff_member};
use crate::support::{Auth, TestApp, health_complaint};
use axum::http::StatusCode;
use domain::Role;
use serde_json::{Value, json};
use store::on_both_backends;
use store::testing::TestDb;

/// A supervisor of the health ministry (the whole health tree in scope) and three
/// complaints: fees in Ouagadougou (public, API), a denunciation of fees in Bobo-Dioulasso
/// (public, API) and a stock-out in Ouagadougou taken by phone by an intake agent.
async fn three_complaints(app: &TestApp) -> (String, [String; 3]) {
    let supervisor = app
        .staff("chef@sante.bf", Role::Supervisor, Some("SAN"))
        .await;
    let intake = app
        .staff("accueil@sante.bf", Role::Intake, Some("SAN"))
        .await;
    let (fees, _) = app.file(health_complaint()).await;
    let mut denunciation = health_complaint();
    denunciation["kind"] = json!("denunciation");
    denunciation["location"] = json!({"commune": "BF530102"});
    let (denounced, _) = app.file(denunciation).await;
    let mut by_phone = health_complaint();
    by_phone["category"] = json!("SAN-STOCKOUT");
    by_phone["channel"] = json!("phone");
    let r = app
        .post("/api/v1/complaints", Auth::Token(&intake), by_phone)
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.json);
    let phoned = r.json["tracking_code"].as_str().unwrap().to_owned();
    (supervisor, [fees, denounced, phoned])
}

fn codes(json: &Value) -> Vec<String> {
    json["items"]
        .as_array()
        .unwrap_or_else(|| panic!("{json}"))
        .iter()
        .map(|i| i["tracking_code"].as_str().unwrap().to_owned())
        .collect()
}

async fn the_api_filters_by_kind_place_channel_department_date_and_sorts(db: &TestDb) {
    let app = TestApp::new(db).await;
    let (token, [fees, denounced, phoned]) = three_complaints(&app).await;
    let (fees, denounced, phoned) = (fees.as_str(), denounced.as_str(), phoned.as_str());
    let list = |query: &'static str| {
        let token = token.clone();
        let app = &app;
        async move {
            let r = app
                .get(&format!("/api/v1/complaints?{query}"), Auth::Token(&token))
                .await;
            assert_eq!(r.status, StatusCode::OK, "{query}: {}", r.json);
            codes(&r.json)
        }
    };
    assert_eq!(list("").await, [phoned, denounced, fees]);
    assert_eq!(list("sort=oldest").await, [fees, denounced, phoned]);
    assert_eq!(list("kind=denunciation").await, [denounced]);
    assert_eq!(list("channel=phone").await, [phoned]);
    assert_eq!(list("channel=api&region=BF13").await, [fees]);
    assert_eq!(list("province=BF5301").await, [denounced]);
    assert_eq!(list("commune=BF130004&category=SAN-FEES").await, [fees]);
    assert_eq!(list("department=SAN&view=triage").await.len(), 3);
    assert_eq!(list("department=EDU").await, Vec::<String>::new());
    let today = time::OffsetDateTime::now_utc().date();
    let day = format!("{today}");
    let r = app
        .get(
            &format!("/api/v1/complaints?from={day}&to={day}&q=consultation"),
            Auth::Token(&token),
        )
        .await;
    assert_eq!(codes(&r.json).len(), 3, "{}", r.json);
    let r = app
        .get(
            &format!("/api/v1/complaints?to={}", today.previous_day().unwrap()),
            Auth::Token(&token),
        )
        .await;
    assert_eq!(codes(&r.json).len(), 0, "nothing received before today");

    for (query, field) in [
        ("kind=rumour", "kind"),
        ("region=BF99", "region"),
        ("commune=Ouagadougou", "commune"),
        ("department=XXX", "department"),
        ("channel=pigeon", "channel"),
        ("from=2026-13-01", "from"),
        ("sort=random", "sort"),
        ("view=everyone", "view"),
    ] {
        let r = app
            .get(&format!("/api/v1/complaints?{query}"), Auth::Token(&token))
            .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{query}");
        assert_eq!(r.json["error"]["code"], "unknown_filter", "{query}");
        assert!(
            r.json["error"]["message"].as_str().unwrap().contains(field),
            "{query}: {}",
            r.json
        );
    }
    let r = app
        .get("/api/v1/complaints?status=lost", Auth::Token(&token))
        .await;
    assert_eq!(r.json["error"]["code"], "unknown_status");
    let r = app
        .get("/api/v1/complaints?colour=red", Auth::Token(&token))
        .await;
    assert_eq!(
        r.json["error"]["code"], "invalid_query",
        "unknown fields refused"
    );
}
on_both_backends!(the_api_filters_by_kind_place_channel_department_date_and_sorts);

async fn the_queue_page_filters_keeps_its_filters_across_pages_and_names_what_it_ignored(
    db: &TestDb,
) {
    let app = TestApp::new(db).await;
    let (_, [fees, denounced, phoned]) = three_complaints(&app).await;
    let (fees, denounced, phoned) = (fees.as_str(), denounced.as_str(), phoned.as_str());
    staff_member(&app, "chef-page@sante.bf", Role::Supervisor, Some("SAN")).await;
    let mut b = Browser::new(&app);
    let signed_in = sign_in(&mut b, "chef-page@sante.bf", "a long enough password").await;
    assert_eq!(signed_in, StatusCode::SEE_OTHER);

    let page = b
        .get("/staff/queue?view=all&kind=denunciation&region=BF53&sort=oldest")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(denounced));
    assert!(!page.body.contains(fees) && !page.body.contains(phoned));
    assert!(
        page.body.contains("<option value=\"BF53\" selected>"),
        "the chosen region is shown"
    );
    assert!(
        page.body.contains("<details open>"),
        "set filters show unfolded"
    );

    let page = b.get("/staff/queue?channel=phone&commune=BF999999").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(phoned) && !page.body.contains(fees));
    assert!(
        page.body.contains("Un filtre inconnu a été ignoré") && page.body.contains("BF999999"),
        "the page says which filter it dropped"
    );
    let page = b.get("/staff/queue?page=abc").await;
    assert_eq!(
        page.status,
        StatusCode::OK,
        "a query that does not parse: the plain queue"
    );

    // 51 complaints about fees: page 1 has 50 and a link to page 2 that keeps the filters.
    for _ in 0..49 {
        app.file(health_complaint()).await;
    }
    let page = b.get("/staff/queue?category=SAN-FEES&sort=oldest").await;
    let next = "/staff/queue?category=SAN-FEES&#38;sort=oldest&#38;page=2";
    assert!(
        page.body.contains(next),
        "the next page keeps the filters: {}",
        &page.body[page.body.find("class=\"pages\"").unwrap_or(0)..]
    );
    assert!(
        page.body.contains(fees),
        "oldest first: the first one is on page 1"
    );
    let second = b.get(&next.replace("&#38;", "&")).await;
    assert_eq!(second.status, StatusCode::OK);
    assert!(!second.body.contains(fees));
    assert!(second.body.contains("rel=\"prev\""));
    assert!(
        !second.body.contains("rel=\"next\""),
        "51 complaints: two pages"
    );
}
on_both_backends!(the_queue_page_filters_keeps_its_filters_across_pages_and_names_what_it_ignored);
