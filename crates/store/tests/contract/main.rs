//! The store's contract, run against both backends: SQLite in a temporary file, PostgreSQL in
//! a fresh database per test on 127.0.0.1:5432 (skipped with a message outside CI when no
//! server answers; a failure under CI=true).

use domain::{Channel, Description, Kind, Language, Role, Secret, State, TrackingCode};
use serde_json::json;
use std::collections::BTreeMap;
use std::sync::Arc;
use store::*;
use time::OffsetDateTime;
use time::macros::{date, datetime};

use store::on_both_backends as contract;
use store::testing::TestDb;

mod audit;
mod connections;
mod dashboard;
mod filing;
mod intake;
mod queues;
mod search;
mod search_index;
mod staff;

fn code(i: u64) -> TrackingCode {
    TrackingCode::from_random((i.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xABCD).to_le_bytes())
}

fn new_complaint(i: u64) -> NewComplaint {
    NewComplaint {
        tracking_code: code(i),
        secret: Secret::parse("12345678").unwrap(),
        kind: Kind::Complaint,
        channel: Channel::Api,
        language: Language::French,
        category_code: "SAN-FEES".into(),
        unit_code: "SAN-BF13".into(),
        commune_code: Some("BF130004".into()),
        address: Some("CSPS de Pissy".into()),
        lat: None,
        long: None,
        description: Description::parse("On m'a demandé 2000 F pour une consultation gratuite.")
            .unwrap(),
        anonymous: false,
        complainant: Some(Complainant {
            name: Some("Awa Ouédraogo".into()),
            phone: Some("+22670112233".into()),
            email: None,
        }),
        actor: "public".into(),
        received_at: datetime!(2026-11-03 09:15:30.123456789 UTC),
        acknowledge_by: date!(2026 - 11 - 06),
        answer_by: date!(2026 - 11 - 13),
        intake_key: None,
        attachments: Vec::new(),
        notifications: vec![NewNotification {
            channel: "sms".into(),
            recipient: "+22670112233".into(),
            language: "fr".into(),
            template: "receipt".into(),
            params: json!({"code": i}),
        }],
        sender_key: None,
        media_url: None,
        service_point_code: None,
        stats: Vec::new(),
    }
}

async fn seeded(db: &TestDb) -> &Store {
    let added = db
        .store
        .load_reference(Arc::new(Reference::bundled().unwrap()))
        .await
        .unwrap();
    assert!(added > 400, "added {added}");
    &db.store
}

fn change(row: &ComplaintRow, to: State, action: &str, at: OffsetDateTime) -> Change {
    let mut c = Change::keeping(row, "staff:1".into(), action, json!({}), at);
    c.status = to;
    c
}
