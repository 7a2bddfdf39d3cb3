//! The authorization matrix: every role, in scope and out of scope, against every staff
//! action and read of the API; each expected allow or deny asserted, and a denial writes
//! nothing.

use crate::support::{Auth, TestApp, health_complaint};
use axum::http::StatusCode;
use domain::{Action, Role};
use serde_json::{Value, json};
use store::on_both_backends;
use store::testing::TestDb;

/// The actions that lead a new complaint to the state where `action` can be taken (staff
/// actions only; the staff pages' matrix uses them too).
pub fn setup_for(action: Action) -> Vec<Value> {
    let accept = json!({"action": "accept"});
    let assign = json!({"action": "assign", "assignee": "agent@sante.bf"});
    let start = json!({"action": "start"});
    let answer = json!({"action": "answer", "message": "Réponse."});
    match action {
        Action::Accept | Action::Reject | Action::Note | Action::Duplicate => vec![],
        Action::Assign | Action::Transfer | Action::Extend => vec![accept],
        Action::Start => vec![accept, assign],
        Action::Answer => vec![accept, assign, start],
        Action::Close => vec![accept, assign, start, answer],
        _ => unreachable!("complainant actions are not in the staff matrix"),
    }
}

/// `original`: an earlier complaint of the same unit, for `duplicate`.
fn body_for(action: Action, original: &str) -> Value {
    match action {
        Action::Duplicate => json!({"action": "duplicate", "of": original}),
        Action::Reject => json!({"action": "reject", "reason": "Hors sujet."}),
        Action::Assign => json!({"action": "assign", "assignee": "agent@sante.bf"}),
        Action::Answer => json!({"action": "answer", "message": "Voici la réponse."}),
        Action::Transfer => json!({"action": "transfer", "unit": "SAN-BF53", "reason": "Bobo."}),
        Action::Note => json!({"action": "note", "text": "Vu."}),
        Action::Extend => json!({"action": "extend", "reason": "Enquête."}),
        a => json!({"action": a.as_str()}),
    }
}

async fn every_role_in_and_out_of_scope_against_every_action(db: &TestDb) {
    let app = TestApp::new(db).await;
    let admin = app.staff("admin@redress.bf", Role::Admin, None).await;
    app.staff("agent@sante.bf", Role::Officer, Some("SAN-BF13"))
        .await;
    let officer = {
        // A second token for the same officer, who is the assignee in the set-ups.
        let row = app
            .state
            .store
            .staff_by_email("agent@sante.bf")
            .await
            .unwrap()
            .unwrap();
        let token = redress::auth::new_token();
        app.state
            .store
            .add_token(
                row.id,
                redress::auth::token_hash(&token),
                time::OffsetDateTime::now_utc(),
                time::OffsetDateTime::now_utc() + time::Duration::days(3650),
            )
            .await
            .unwrap();
        token
    };
    // (who, role, in scope of a complaint of SAN-BF13)
    let people = vec![
        ("admin", Role::Admin, true, admin.clone()),
        (
            "supervisor SAN",
            Role::Supervisor,
            true,
            app.staff("chef@sante.bf", Role::Supervisor, Some("SAN"))
                .await,
        ),
        (
            "cell SAN-CP",
            Role::Supervisor,
            true,
            app.staff("cellule@sante.bf", Role::Supervisor, Some("SAN-CP"))
                .await,
        ),
        ("officer SAN-BF13", Role::Officer, true, officer),
        (
            "intake SAN",
            Role::Intake,
            true,
            app.staff("accueil@sante.bf", Role::Intake, Some("SAN"))
                .await,
        ),
        (
            "auditor",
            Role::Auditor,
            true,
            app.staff("audit@igc.bf", Role::Auditor, None).await,
        ),
        (
            "supervisor EDU",
            Role::Supervisor,
            false,
            app.staff("chef@education.bf", Role::Supervisor, Some("EDU"))
                .await,
        ),
        (
            "officer SAN-BF53",
            Role::Officer,
            false,
            app.staff("agent@bobo.bf", Role::Officer, Some("SAN-BF53"))
                .await,
        ),
        (
            "intake JUS",
            Role::Intake,
            false,
            app.staff("accueil@justice.bf", Role::Intake, Some("JUS"))
                .await,
        ),
    ];
    let actions = [
        Action::Accept,
        Action::Reject,
        Action::Assign,
        Action::Start,
        Action::Answer,
        Action::Close,
        Action::Transfer,
        Action::Note,
        Action::Extend,
        Action::Duplicate,
    ];
    let (original, _) = app.file(health_complaint()).await;
    let mut checked = 0;
    for (who, role, in_scope, token) in &people {
        // Reads.
        let (code, _) = app.file(health_complaint()).await;
        let read = app
            .get(&format!("/api/v1/complaints/{code}"), Auth::Token(token))
            .await;
        assert_eq!(
            read.status,
            if *in_scope {
                StatusCode::OK
            } else {
                StatusCode::FORBIDDEN
            },
            "{who} reads"
        );
        let events = app
            .get(
                &format!("/api/v1/complaints/{code}/events"),
                Auth::Token(token),
            )
            .await;
        let may_audit = *in_scope && role.reads_audit();
        assert_eq!(
            events.status,
            if may_audit {
                StatusCode::OK
            } else {
                StatusCode::FORBIDDEN
            },
            "{who} reads the trail"
        );
        let list = app.get("/api/v1/complaints", Auth::Token(token)).await;
        let listed = list.json["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["tracking_code"] == code);
        assert_eq!(listed, *in_scope, "{who} lists");
        // Actions.
        for action in actions {
            let (code, _) = app.file(health_complaint()).await;
            for step in setup_for(action) {
                let r = app.act(&code, Auth::Token(&admin), step.clone()).await;
                assert_eq!(r.status, StatusCode::OK, "set-up {step}: {}", r.json);
            }
            let before = app.footprint().await;
            let r = app
                .act(&code, Auth::Token(token), body_for(action, &original))
                .await;
            let allowed = *in_scope && role.may(action);
            if allowed {
                assert_eq!(r.status, StatusCode::OK, "{who} may {action}: {}", r.json);
            } else {
                assert_eq!(
                    r.status,
                    StatusCode::FORBIDDEN,
                    "{who} may not {action}: {}",
                    r.json
                );
                assert_eq!(
                    app.footprint().await,
                    before,
                    "{who} {action}: nothing written"
                );
            }
            checked += 1;
        }
    }
    assert_eq!(checked, people.len() * actions.len());
}
on_both_backends!(every_role_in_and_out_of_scope_against_every_action);
