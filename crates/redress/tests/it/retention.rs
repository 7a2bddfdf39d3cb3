//! Retention and erasure: an admin sets how long a kind of complaint keeps its personal
//! data after it ended; past that the sweep erases the identity, the number, the
//! attachments and the notifications, with an audit event, while the complaint and the
//! statistics stay. A supervisor erases at the complainant's request the same way.

use crate::pages::Browser;
use crate::staff::{sign_in, staff_member};
use crate::support::{Auth, TestApp};
use axum::http::StatusCode;
use domain::Role;
use redress::workers::retention::erase_once;
use serde_json::json;
use store::testing::TestDb;
use store::{AuditReport, StatsBy, StatsFilter, on_both_backends};
use time::{Duration, OffsetDateTime};

/// Files a complaint through the web form with a photo and a phone; its tracking code.
async fn filed_with_photo(app: &TestApp) -> String {
    let mut citizen = Browser::new(app);
    let jpeg = crate::support::jpeg(b"photo");
    let sent = citizen
        .file("fr", &[], Some(("Awa au guichet.jpg", &jpeg)))
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    citizen
        .get("/complaints/receipt")
        .await
        .text_of("tracking-code")
        .replace('-', "")
}

async fn personal_data_is_erased_past_retention_and_on_request(db: &TestDb) {
    let app = TestApp::new(db).await;
    let store = &app.state.store;
    staff_member(&app, "admin@gov.bf", Role::Admin, None).await;
    staff_member(
        &app,
        "chef@education.bf",
        Role::Supervisor,
        Some("EDU-BF50"),
    )
    .await;
    staff_member(&app, "agent@education.bf", Role::Officer, Some("EDU-BF50")).await;
    let boss = app
        .staff("chef2@education.bf", Role::Supervisor, Some("EDU"))
        .await;

    // One complaint that ends (rejected), one still open.
    let ended = filed_with_photo(&app).await;
    let open = filed_with_photo(&app).await;
    let r = app
        .act(
            &ended,
            Auth::Token(&boss),
            json!({"action": "reject", "reason": "Hors du champ des plaintes."}),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.json);
    let row = store.complaint_by_code(&ended).await.unwrap().unwrap();
    assert!(row.complainant.is_some() && row.closed_at.is_some());
    let stats = || async {
        store
            .stats(StatsBy::Kind, StatsFilter::default())
            .await
            .unwrap()
    };
    let stats_before = stats().await;

    // The admin sets 30 days for complaints on the admin page (refused values first).
    let mut admin = Browser::new(&app);
    sign_in(&mut admin, "admin@gov.bf", "a long enough password").await;
    let page = admin.get("/staff/admin/retention").await;
    assert_eq!(page.status, StatusCode::OK);
    let csrf = page.field("csrf");
    for bad in ["0", "36501", "trente"] {
        let refused = admin
            .post_form(
                "/staff/admin/retention",
                &[
                    ("csrf", &csrf),
                    ("op", "save"),
                    ("kind", "complaint"),
                    ("keep_days", bad),
                ],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert!(refused.body.contains("36"), "{bad}: the rule is said");
    }
    let saved = admin
        .post_form(
            "/staff/admin/retention",
            &[
                ("csrf", &csrf),
                ("op", "save"),
                ("kind", "complaint"),
                ("keep_days", "30"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert_eq!(
        store.retention_rules().await.unwrap(),
        [("complaint".to_owned(), 30)]
    );
    let log = admin.get("/staff/admin/log").await;
    assert!(
        log.body.contains("retention.set"),
        "the change is in the admin trail"
    );
    // An officer may not change it.
    let mut officer = Browser::new(&app);
    sign_in(&mut officer, "agent@education.bf", "a long enough password").await;
    let csrf_officer = officer.get("/staff/password").await.field("csrf");
    let refused = officer
        .post_form(
            "/staff/admin/retention",
            &[
                ("csrf", &csrf_officer),
                ("op", "save"),
                ("kind", "complaint"),
                ("keep_days", "1"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    // Day 29 after it ended: kept. Day 31: erased; the open one is never touched.
    let now = OffsetDateTime::now_utc();
    assert_eq!(
        erase_once(&app.state, now + Duration::days(29))
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        erase_once(&app.state, now + Duration::days(31))
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        erase_once(&app.state, now + Duration::days(32))
            .await
            .unwrap(),
        0
    );
    let row = store.complaint_by_code(&ended).await.unwrap().unwrap();
    assert!(row.complainant.is_none() && row.sender_key.is_none() && row.erased_at.is_some());
    assert!(store.reveal_complainant(&row).is_none());
    let files = store.attachments_of(row.id).await.unwrap();
    assert_eq!(files.len(), 1, "the attachment's record stays");
    assert_eq!(files[0].file_name, "-");
    assert_eq!(
        store.attachment_bytes(&files[0].storage_key).await.unwrap(),
        None
    );
    let events = store.events_of(row.id).await.unwrap();
    let last = events.last().unwrap();
    assert_eq!(
        (last.action.as_str(), last.actor.as_str()),
        ("erase", "system")
    );
    assert_eq!(last.data()["cause"], "retention");
    assert_eq!(last.data()["keep_days"], 30);
    assert!(!row.description.is_empty(), "what it was about stays");
    let kept = store.complaint_by_code(&open).await.unwrap().unwrap();
    assert!(kept.complainant.is_some() && kept.erased_at.is_none());
    assert_eq!(stats().await, stats_before, "the statistics stay");

    // At the complainant's request, by a supervisor in scope, with how they asked.
    let mut chef = Browser::new(&app);
    sign_in(&mut chef, "chef@education.bf", "a long enough password").await;
    let shown = kept.display_code();
    let page = chef.get(&format!("/staff/complaints/{shown}")).await;
    let csrf = page.field("csrf");
    assert!(page.body.contains("/erase"));
    let short = chef
        .post_form(
            &format!("/staff/complaints/{shown}/erase"),
            &[("csrf", &csrf), ("reason", "oral")],
        )
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    let by_officer = officer
        .post_form(
            &format!("/staff/complaints/{shown}/erase"),
            &[
                ("csrf", &csrf_officer),
                ("reason", "Demande écrite du 3 mars au guichet."),
            ],
        )
        .await;
    assert_eq!(by_officer.status, StatusCode::FORBIDDEN);
    let done = chef
        .post_form(
            &format!("/staff/complaints/{shown}/erase"),
            &[
                ("csrf", &csrf),
                ("reason", "Demande écrite du 3 mars au guichet."),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let row = store.complaint_by_code(&open).await.unwrap().unwrap();
    assert!(row.complainant.is_none() && row.erased_at.is_some());
    let last = store.events_of(row.id).await.unwrap().pop().unwrap();
    assert_eq!(last.data()["cause"], "request");
    assert_eq!(
        last.data()["reason"],
        "Demande écrite du 3 mars au guichet."
    );
    let page = chef.get(&format!("/staff/complaints/{shown}")).await;
    assert!(page.body.contains("id=\"erased\"") && !page.body.contains("/erase\""));
    assert_eq!(
        store.verify_audit().await.unwrap(),
        AuditReport::Intact {
            events: store.backup_summary().await.unwrap().heads.complaints.seq
        }
    );
    assert!(matches!(
        store.verify_admin_audit().await.unwrap(),
        AuditReport::Intact { .. }
    ));
}
on_both_backends!(personal_data_is_erased_past_retention_and_on_request);
