use super::*;

fn keywords() -> Keywords {
    let mut k = Keywords::default();
    let fr = Language::French;
    let en = Language::English;
    k.add(Verb::Status, fr, "STATUT, SUIVI, ÉTAT");
    k.add(Verb::Answer, fr, "RÉPONSE, REP, LIRE");
    k.add(Verb::Add, fr, "AJOUT, AJOUTER, COMPLÉMENT");
    k.add(Verb::Withdraw, fr, "RETIRER, ANNULER");
    k.add(Verb::Rate, fr, "NOTE, NOTER");
    k.add(Verb::Appeal, fr, "APPEL, RECOURS");
    k.add(Verb::Stop, fr, "STOP, ARRÊT");
    k.add(Verb::Start, fr, "REPRENDRE");
    k.add(Verb::Help, fr, "AIDE, ?");
    k.add(Verb::Status, en, "STATUS, TRACK");
    k.add(Verb::Answer, en, "ANSWER, READ");
    k.add(Verb::Stop, en, "STOP");
    k.add(Verb::Help, en, "HELP");
    k.add(Verb::Help, Language::Moore, "SÕNGRE");
    k
}

fn command(text: &str) -> Command {
    match read(&keywords(), text) {
        Message::Command(c) => c,
        other => panic!("{text:?} read as {other:?}"),
    }
}

#[test]
fn folding_ignores_case_accents_and_spacing() {
    assert_eq!(fold("  RÉPONSE   7kq2-m9xd "), "reponse 7kq2 m9xd");
    assert_eq!(fold("Sõngre"), "songre");
    assert_eq!(fold("Ɗemngal ŋa"), "demngal na");
    assert_eq!(fold("dɛmɛ"), "deme");
    assert_eq!(fold("😀😀"), "");
    assert_eq!(fold("?"), "?");
}

#[test]
fn commands_in_any_case_accent_and_with_typos() {
    let code = TrackingCode::from_random([7; 8]);
    for text in [
        format!("REPONSE {code}"),
        format!("réponse {}", code.as_str().to_lowercase()),
        format!("  Répons {code}"),
        format!("reponce {code}"),
        format!("rep {code}"),
        format!("ANSWER {code}"),
    ] {
        let c = command(&text);
        assert_eq!(c.verb, Verb::Answer, "{text}");
        assert_eq!(c.code.as_ref(), Some(&code), "{text}");
    }
    assert_eq!(command("aide").verb, Verb::Help);
    assert_eq!(command("?").verb, Verb::Help);
    assert_eq!(command("songre").verb, Verb::Help);
    assert_eq!(command("songre").language, Some(Language::Moore));
    assert_eq!(command("stop").language, None, "STOP is French and English");
    assert_eq!(command("STATUT").language, Some(Language::French));
    assert_eq!(command("status").language, Some(Language::English));
    // A short word is not stretched to a command: "rap" is not "rep".
    assert!(matches!(read(&keywords(), "rap"), Message::Text(_)));
}

#[test]
fn codes_and_secrets_in_pieces() {
    let code = TrackingCode::from_random([9; 8]);
    let spaced = code.to_string().replace('-', " ");
    let c = command(&format!("statut {spaced} 1234 5678"));
    assert_eq!(c.code.as_ref(), Some(&code));
    assert_eq!(c.secret.as_ref().map(Secret::expose), Some("12345678"));
    let c = command("statut 12345678");
    assert_eq!(c.code, None);
    assert!(c.secret.is_some());
}

#[test]
fn rating_appeal_and_added_text() {
    let code = TrackingCode::from_random([3; 8]);
    let c = command(&format!("NOTE {code} 4/5 merci beaucoup"));
    assert_eq!((c.verb, c.score), (Verb::Rate, Some(4)));
    assert_eq!(c.rest, "merci beaucoup");
    assert_eq!(command("note 5").score, Some(5));
    let c = command(&format!(
        "appel {code} 12345678 Le montant n'a pas été rendu."
    ));
    assert_eq!(c.verb, Verb::Appeal);
    assert_eq!(c.rest, "Le montant n'a pas été rendu.");
    let c = command("AJOUT Le major a aussi demandé 500 F.");
    assert_eq!((c.verb, c.code), (Verb::Add, None));
    assert_eq!(c.rest, "Le major a aussi demandé 500 F.");
}

#[test]
fn complaints_that_start_like_a_command_stay_complaints() {
    for text in [
        "Notre école demande 5000 F à chaque élève pour les examens.",
        "Aide nous, le dispensaire de Pissy est fermé depuis trois jours.",
        "Suivi de la vaccination: le CSPS ne reçoit plus personne le samedi.",
    ] {
        assert_eq!(
            read(&keywords(), text),
            Message::Text(text.to_owned()),
            "{text}"
        );
    }
}

#[test]
fn numbers_empty_and_plain_text() {
    assert_eq!(read(&keywords(), " 2 "), Message::Choice(2));
    assert_eq!(read(&keywords(), "12"), Message::Choice(12));
    assert_eq!(read(&keywords(), ""), Message::Empty);
    assert_eq!(read(&keywords(), "   "), Message::Empty);
    assert_eq!(read(&keywords(), "🙏🙏🙏"), Message::Empty);
    assert_eq!(read(&keywords(), "!!!"), Message::Empty);
    assert!(matches!(
        read(&keywords(), "On m'a demandé 2000 F au CSPS"),
        Message::Text(_)
    ));
}

#[test]
fn coding_and_room() {
    assert_eq!(
        Coding::of("Plainte enregistrée. Code : AB12-CD34-EF5."),
        Coding::Gsm7
    );
    assert_eq!(
        Coding::of("Réponse bientôt"),
        Coding::Ucs2,
        "ô is not GSM-7"
    );
    assert_eq!(Coding::of("Laafɩ"), Coding::Ucs2);
    assert_eq!(Coding::Gsm7.length("a€"), 3, "€ takes two septets");
    assert_eq!(segments(&"a".repeat(160)), 1);
    assert_eq!(segments(&"a".repeat(161)), 2);
    assert_eq!(segments(&"ẽ".repeat(70)), 1);
    assert_eq!(segments(&"ẽ".repeat(71)), 2);
}

#[test]
fn long_text_split_on_words_and_numbered() {
    let words = "Le montant payé vous sera rendu par le comptable du centre de santé";
    let text = std::iter::repeat_n(words, 12).collect::<Vec<_>>().join(" ");
    let parts = split_numbered(&text);
    assert!(parts.len() >= 5, "{}", parts.len());
    let n = parts.len();
    for (i, p) in parts.iter().enumerate() {
        assert!(p.starts_with(&format!("{}/{n} ", i + 1)), "{p}");
        assert!(Coding::Gsm7.length(p) <= 160, "{} > 160", p.len());
        assert!(!p.ends_with(' '));
    }
    // Nothing lost, nothing cut inside a word.
    let joined: Vec<&str> = parts
        .iter()
        .flat_map(|p| p.split_once(' ').unwrap().1.split(' '))
        .collect();
    assert_eq!(joined.join(" "), text);
    // A short text is one message, unnumbered.
    assert_eq!(split_numbered("Merci."), vec!["Merci.".to_owned()]);
    // Mooré needs UCS-2: 70 a message.
    let moore = "Laafɩ ".repeat(40);
    for p in split_numbered(&moore) {
        assert!(Coding::Ucs2.length(&p) <= 70, "{p}");
    }
    // A word longer than a message is cut, not lost.
    let long = "x".repeat(400);
    let parts = split_numbered(&long);
    let total: usize = parts
        .iter()
        .map(|p| p.split_once(' ').unwrap().1.len())
        .sum();
    assert_eq!(total, 400);
}

#[test]
fn french_made_plain_where_that_is_all_gsm7_lacks() {
    assert_eq!(
        plain_latin("Le major a reçu l’avertissement « écrit » : c’est réglé…").as_deref(),
        Some("Le major a recu l'avertissement \" écrit \" : c'est réglé...")
    );
    assert_eq!(
        plain_latin("Fête, cœur, île").as_deref(),
        Some("Fete, coeur, ile")
    );
    assert_eq!(
        plain_latin("Déjà GSM-7").as_deref(),
        Some("Déjà GSM-7"),
        "é and à stay"
    );
    assert_eq!(plain_latin("Laafɩ"), None, "ɩ has no plain form");
    assert_eq!(
        plain_latin("sõngre"),
        None,
        "õ is a Mooré vowel, not an accent to drop"
    );
}
