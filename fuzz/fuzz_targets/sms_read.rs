//! Any text a phone can send: read as a command, a choice or a complaint without panicking;
//! its reply-fitting helpers keep every character and every message within its room.
#![no_main]

use domain::Language;
use domain::sms::{self, Coding, Keywords, Message, Verb};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn keywords() -> &'static Keywords {
    static K: OnceLock<Keywords> = OnceLock::new();
    K.get_or_init(|| {
        let mut k = Keywords::default();
        k.add(Verb::Status, Language::French, "STATUT, SUIVI, ETAT, OU");
        k.add(Verb::Answer, Language::French, "REPONSE, REP, LIRE");
        k.add(Verb::Add, Language::French, "AJOUT, AJOUTER, COMPLEMENT");
        k.add(
            Verb::Withdraw,
            Language::French,
            "RETIRER, RETRAIT, ANNULER",
        );
        k.add(Verb::Rate, Language::French, "NOTE, NOTER");
        k.add(Verb::Appeal, Language::French, "APPEL, RECOURS, CONTESTER");
        k.add(Verb::Stop, Language::French, "STOP, ARRET");
        k.add(Verb::Start, Language::French, "REPRENDRE");
        k.add(Verb::Help, Language::French, "AIDE, ?");
        k.add(Verb::Help, Language::Moore, "SÕNGRE");
        k.add(Verb::Answer, Language::Dioula, "JAABI");
        k.add(Verb::Status, Language::English, "STATUS, TRACK");
        k
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match sms::read(keywords(), &text) {
        Message::Command(c) => {
            if let Some(score) = c.score {
                let _ = score;
            }
            assert!(c.rest.len() <= text.len());
        }
        Message::Text(t) => assert!(!t.trim().is_empty()),
        Message::Choice(_) | Message::Empty => {}
    }
    let parts = sms::split_numbered(&text);
    let coding = Coding::of(&text.split_whitespace().collect::<Vec<_>>().join(" "));
    for p in &parts {
        assert!(coding.length(p) <= coding.room().0, "{p:?}");
    }
    if let Some(plain) = sms::plain_latin(&text) {
        assert!(sms::is_gsm7(&plain));
    }
    let _ = sms::fold(&text);
});
