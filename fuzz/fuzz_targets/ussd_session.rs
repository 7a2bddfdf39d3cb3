//! Any sequence of answers to the USSD menus: every step is answered, nothing panics, and
//! the session survives being stored as JSON between steps.
#![no_main]

use domain::ussd::{Numbered, Screen, Session};
use libfuzzer_sys::fuzz_target;

/// As many as the real lists have at most (38 communes in a region).
const LISTS: Numbered = Numbered {
    departments: 4,
    categories: 6,
    regions: 17,
    communes: 38,
};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (mut session, _) = Session::start(None);
    for input in text.split('*').take(64) {
        let screen = session.answer(input, &LISTS);
        if let Screen::File(draft) = &screen {
            assert!(draft.category.is_some() && draft.commune.is_some());
            assert!(
                draft
                    .description
                    .as_ref()
                    .is_some_and(|d| d.chars().count() <= 500)
            );
        }
        let stored = serde_json::to_string(&session).unwrap();
        let back: Session = serde_json::from_str(&stored).unwrap();
        assert_eq!(back, session);
    }
});
