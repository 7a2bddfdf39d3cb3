//! Prints every SMS reply and USSD screen of a scripted conversation in each language, with
//! its length and coding: what `bench/phone-texts` reports. Runs on a temporary SQLite
//! database with the bundled reference data; nothing is sent.

use domain::Role;
use domain::sms::{Coding, segments};
use redress::channels::sms_inbound::{self, Inbound};
use redress::channels::ussd::{self, UssdRequest};
use redress::handling::{self, Caller, Staff};
use redress::services::Services;
use std::sync::Arc;
use store::{AdminChange, NewStaff, Reference, Scope, Store, Vault};
use time::OffsetDateTime;

struct Report {
    rows: Vec<(String, String, String, usize, &'static str, usize)>,
}

impl Report {
    fn sms(&mut self, lang: &str, step: &str, reply: &str) {
        let coding = Coding::of(reply);
        let name = if coding == Coding::Gsm7 {
            "GSM-7"
        } else {
            "UCS-2"
        };
        let units = coding.length(reply);
        self.rows.push((
            "SMS".into(),
            lang.into(),
            step.into(),
            units,
            name,
            if reply.is_empty() { 0 } else { segments(reply) },
        ));
    }

    fn ussd(&mut self, lang: &str, step: &str, reply: &str) {
        let screen = &reply[4.min(reply.len())..];
        let coding = if Coding::of(screen) == Coding::Gsm7 {
            "GSM-7"
        } else {
            "UCS-2"
        };
        self.rows.push((
            "USSD".into(),
            lang.into(),
            step.into(),
            screen.chars().count(),
            coding,
            1,
        ));
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let dir = std::env::temp_dir().join(format!("redress-phone-texts-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let vault = Vault::load_or_create(&dir.join("secret.key")).unwrap();
    let url = format!("sqlite://{}", dir.join("redress.db").display());
    let store = Store::open(&url, Arc::new(vault)).await.unwrap();
    store.migrate().await.unwrap();
    store
        .load_reference(Arc::new(Reference::bundled().unwrap()))
        .await
        .unwrap();
    let app = Services::new(store.clone(), dir.join("attachments"))
        .await
        .unwrap();
    let admin_id = store
        .admin(
            AdminChange::AddStaff(NewStaff {
                email: "admin@gov.bf".into(),
                name: "Admin".into(),
                role: Role::Admin,
                unit_code: None,
                password_hash: "-".into(),
                created_at: OffsetDateTime::now_utc(),
            }),
            "phone-texts",
            OffsetDateTime::now_utc(),
        )
        .await
        .unwrap();
    let admin = Caller::Staff(Staff {
        id: admin_id,
        email: "admin@gov.bf".into(),
        role: Role::Admin,
        scope: Scope::Everything,
    });
    let mut report = Report { rows: Vec::new() };
    let languages = [
        ("fr", "AIDE", "1"),
        ("en", "HELP", "2"),
        ("mos", "SÕNGRE", "3"),
        ("dyu", "DƐMƐ", "4"),
        ("ff", "BALLAL", "5"),
    ];
    let mut id = 0;
    for (n, (lang, help, ussd_choice)) in languages.iter().enumerate() {
        let phone = format!("+2267010000{n}");
        let mut sms = async |step: &str, text: &str, report: &mut Report| {
            id += 1;
            let reply = sms_inbound::receive(
                &app,
                Inbound {
                    from: &phone,
                    text,
                    gateway_id: Some(&format!("m{id}")),
                },
            )
            .await
            .unwrap();
            report.sms(lang, step, &reply);
            reply
        };
        sms("help", help, &mut report).await;
        let filed = sms(
            "filed + departments",
            "Au CSPS de Pissy on m'a fait payer 2000 F pour une consultation gratuite.",
            &mut report,
        )
        .await;
        sms("more text", "Le major a refusé le reçu.", &mut report).await;
        sms("categories of health", "4", &mut report).await;
        sms("category chosen", "2", &mut report).await;
        sms("status", "STATUT", &mut report).await;
        sms("answer not yet", "REP", &mut report).await;
        let code = filed
            .split_whitespace()
            .find(|w| w.len() == 13 && w.contains('-'))
            .unwrap()
            .to_owned();
        let now = app.now();
        for (action, fields) in [
            (domain::Action::Accept, Default::default()),
            (
                domain::Action::Assign,
                domain::lifecycle::CommandFields {
                    assignee: Some("admin@gov.bf".into()),
                    ..Default::default()
                },
            ),
            (domain::Action::Start, Default::default()),
            (
                domain::Action::Answer,
                domain::lifecycle::CommandFields {
                    message: Some(
                        "Le comptable vous rendra les 2000 F lundi. Le major a reçu un \
                         avertissement écrit et la gratuité est rappelée à tout le personnel."
                            .into(),
                    ),
                    ..Default::default()
                },
            ),
        ] {
            handling::act(&app, &code.replace('-', ""), &admin, action, fields, now)
                .await
                .unwrap();
        }
        sms("status answered", "STATUT", &mut report).await;
        sms("answer, part 1", "REP", &mut report).await;
        sms("rated", "NOTE 4", &mut report).await;
        sms("rated again", "NOTE 5", &mut report).await;
        sms("appeal usage", "APPEL", &mut report).await;
        sms(
            "appealed",
            "APPEL Le comptable n'a rien rendu.",
            &mut report,
        )
        .await;
        sms("withdrawn", "RETIRER", &mut report).await;
        sms("not now", "RETIRER", &mut report).await;
        sms("empty", "   ", &mut report).await;
        sms("too short", "Bonjour", &mut report).await;
        sms("unknown code", "STATUT 7KQ2-M9XD-4RB", &mut report).await;
        sms("stop", "STOP", &mut report).await;
        sms("start", "REPRENDRE", &mut report).await;

        // USSD: a whole filing, then the other screens.
        let ussd_phone = format!("+2267020000{n}");
        let mut text = String::new();
        let session = format!("s-{lang}");
        let answers = [
            ("languages", ""),
            ("main menu", ussd_choice),
            ("kinds", "1"),
            ("departments", "1"),
            ("categories, page 1", "1"),
            ("categories, page 2", "9"),
            ("regions, page 1", "1"),
            ("communes, page 1", "1"),
            ("description", "1"),
            (
                "confirmation",
                "Le directeur exige 5000 F par élève pour les examens.",
            ),
            ("receipt", "1"),
        ];
        for (i, (step, answer)) in answers.iter().enumerate() {
            if i > 1 {
                text.push('*');
            }
            text.push_str(answer);
            let reply = ussd::respond(
                &app,
                UssdRequest {
                    session_id: &session,
                    service_code: "*384*22#",
                    phone: &ussd_phone,
                    text: &text,
                },
            )
            .await
            .unwrap();
            report.ussd(lang, step, &reply);
        }
        for (step, answers) in [
            ("legal deadlines", "3"),
            ("identity", "4"),
            ("ask code", "2"),
            ("invalid", "7"),
        ] {
            let session = format!("{step}-{lang}");
            let mut reply = String::new();
            for text in ["", answers] {
                reply = ussd::respond(
                    &app,
                    UssdRequest {
                        session_id: &session,
                        service_code: "*384*22#",
                        phone: &ussd_phone,
                        text,
                    },
                )
                .await
                .unwrap();
            }
            report.ussd(lang, step, &reply);
        }
    }
    println!("channel\tlanguage\tstep\tlength\tcoding\tmessages");
    for (channel, lang, step, len, coding, n) in &report.rows {
        println!("{channel}\t{lang}\t{step}\t{len}\t{coding}\t{n}");
    }
    let over: Vec<_> = report
        .rows
        .iter()
        .filter(|r| (r.0 == "USSD" && r.3 > 160) || (r.0 == "SMS" && r.5 > 1))
        .collect();
    println!(
        "\n{} texts; SMS over one message: {}; USSD screens over 160 characters: {}",
        report.rows.len(),
        over.iter().filter(|r| r.0 == "SMS").count(),
        over.iter().filter(|r| r.0 == "USSD").count()
    );
    for r in over {
        println!("  over: {}\t{}\t{}\t{} {}", r.0, r.1, r.2, r.3, r.4);
    }
    let _ = std::fs::remove_dir_all(&dir);
}
