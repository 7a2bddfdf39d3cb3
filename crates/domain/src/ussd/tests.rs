use super::*;

/// As many as the real lists have at most: 4 departments, 6 subjects, 17 regions.
const FIXED: Numbered = Numbered {
    departments: 4,
    categories: 6,
    regions: 17,
    communes: 12,
};

fn run(session: &mut Session, inputs: &[&str]) -> Screen {
    let mut last = Screen::Main;
    for input in inputs {
        last = session.answer(input, &FIXED);
    }
    last
}

#[test]
fn a_whole_filing() {
    let (mut s, first) = Session::start(None);
    assert_eq!(first, Screen::Languages);
    assert_eq!(s.answer("2", &FIXED), Screen::Main);
    assert_eq!(s.language, Some(Language::English));
    assert_eq!(s.answer("1", &FIXED), Screen::Kinds);
    let departments = s.answer("2", &FIXED);
    assert_eq!(
        departments,
        Screen::List {
            of: ListOf::Departments,
            items: vec!["D 1".into(), "D 2".into(), "D 3".into(), "D 4".into()],
            more: false
        }
    );
    // Six categories: five on the first screen, then the sixth.
    let Screen::List { items, more, .. } = s.answer("3", &FIXED) else {
        panic!()
    };
    assert_eq!((items.len(), more), (5, true));
    let Screen::List { items, more, .. } = s.answer("9", &FIXED) else {
        panic!()
    };
    assert_eq!((items, more), (vec!["D3-C 6".to_owned()], false));
    assert!(
        matches!(s.answer("9", &FIXED), Screen::Invalid(_)),
        "no more pages"
    );
    assert!(
        matches!(s.answer("2", &FIXED), Screen::Invalid(_)),
        "one item here"
    );
    // Regions: 17, on four screens; the 12th is the 2nd of the 3rd screen.
    let regions = s.answer("1", &FIXED);
    assert!(matches!(
        regions,
        Screen::List {
            of: ListOf::Regions,
            ..
        }
    ));
    assert_eq!(s.draft.category.as_deref(), Some("D3-C6"));
    run(&mut s, &["9", "9"]);
    let communes = s.answer("2", &FIXED);
    assert!(matches!(
        communes,
        Screen::List {
            of: ListOf::Communes,
            ..
        }
    ));
    assert_eq!(s.draft.region.as_deref(), Some("R12"));
    assert_eq!(s.answer("5", &FIXED), Screen::AskDescription);
    assert!(matches!(s.answer("trop court", &FIXED), Screen::Invalid(_)));
    let Screen::Confirm { draft } = s.answer("The teacher asks 500 F for each exam.", &FIXED)
    else {
        panic!()
    };
    assert_eq!(draft.commune.as_deref(), Some("R12-K5"));
    assert_eq!(draft.kind, Some(Kind::Denunciation));
    assert_eq!(s.answer("1", &FIXED), Screen::File(draft));
}

#[test]
fn back_and_home_at_every_step() {
    let (mut s, _) = Session::start(Some(Language::French));
    run(&mut s, &["1", "1", "4", "9"]);
    assert_eq!(s.step, Step::Category { page: 1 });
    // Back: the first page, then the departments, then the kinds, then the main menu.
    assert!(matches!(
        s.answer("0", &FIXED),
        Screen::List {
            of: ListOf::Categories,
            more: true,
            ..
        }
    ));
    assert!(matches!(
        s.answer("0", &FIXED),
        Screen::List {
            of: ListOf::Departments,
            ..
        }
    ));
    assert_eq!(s.answer("0", &FIXED), Screen::Kinds);
    assert_eq!(s.answer("0", &FIXED), Screen::Main);
    assert_eq!(
        s.answer("0", &FIXED),
        Screen::Main,
        "nothing behind the main menu"
    );
    // Home from deep inside forgets the draft.
    run(&mut s, &["1", "2", "1", "1", "1", "1"]);
    assert_eq!(s.step, Step::Description);
    assert_eq!(s.answer("00", &FIXED), Screen::Main);
    assert_eq!(s.draft, Draft::default());
    assert!(s.back.is_empty());
}

#[test]
fn following_and_the_information_screens() {
    let (mut s, _) = Session::start(Some(Language::Moore));
    assert_eq!(s.answer("2", &FIXED), Screen::AskCode);
    assert!(matches!(s.answer("not a code", &FIXED), Screen::Invalid(_)));
    let code = TrackingCode::from_random([5; 8]);
    assert_eq!(
        s.answer(&code.to_string().to_lowercase(), &FIXED),
        Screen::Follow {
            code: code.as_str().to_owned(),
            secret: None
        }
    );
    s.needs_secret();
    assert_eq!(
        s.answer("1234 5678", &FIXED),
        Screen::Follow {
            code: code.as_str().to_owned(),
            secret: Some("12345678".into())
        }
    );
    s.followed();
    assert_eq!(
        s.answer("1", &FIXED),
        Screen::SendAnswer {
            code: code.as_str().to_owned()
        }
    );
    let (mut s, _) = Session::start(Some(Language::Dioula));
    assert_eq!(s.answer("3", &FIXED), Screen::Deadlines);
    assert_eq!(s.answer("4", &FIXED), Screen::Identity);
    assert_eq!(s.answer("5", &FIXED), Screen::Languages);
    assert!(matches!(s.answer("7", &FIXED), Screen::Invalid(_)));
    assert_eq!(s.answer("4", &FIXED), Screen::Main);
    assert_eq!(s.language, Some(Language::Dioula));
}

#[test]
fn sessions_survive_a_round_trip_through_json() {
    let (mut s, _) = Session::start(None);
    run(&mut s, &["1", "1", "1", "2"]);
    let stored = serde_json::to_string(&s).unwrap();
    let back: Session = serde_json::from_str(&stored).unwrap();
    assert_eq!(back, s);
}

#[test]
fn any_input_anywhere_is_answered() {
    let inputs = [
        "", "0", "00", "9", "1", "99", "-1", "abc", "1*2", "😀", "  3 ",
    ];
    for a in inputs {
        for b in inputs {
            for c in inputs {
                let (mut s, _) = Session::start(None);
                for input in [a, b, c, "1", "1", "1", "9", "1"] {
                    let _ = s.answer(input, &FIXED);
                }
            }
        }
    }
}
