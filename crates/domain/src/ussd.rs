//! The USSD menus as a state machine: pure, so that it can be tested screen by screen and
//! fuzzed. A session (`Session`, kept by the caller between steps) receives one answer at a
//! time and says what to show next (`Screen`); filing and following, which need the store,
//! are asked of the caller (`Screen::File`, `Screen::Follow`, `Screen::SendAnswer`).
//!
//! At every step `0` goes back and `00` to the main menu; long lists show `PAGE` items a
//! screen with `9` for the next ones; an answer out of range shows the same screen again,
//! marked invalid. The language is chosen on the first screen (and remembered by the caller
//! for the number).

use crate::tracking::{Secret, TrackingCode};
use crate::{Kind, Language};
use serde::{Deserialize, Serialize};

/// Items on one screen of a list.
pub const PAGE: usize = 5;
/// The answer that shows the next items of a list.
pub const NEXT: &str = "9";
pub const BACK: &str = "0";
pub const HOME: &str = "00";
/// The kinds a citizen chooses from, in this order.
pub const KINDS: [Kind; 5] = [
    Kind::Complaint,
    Kind::Denunciation,
    Kind::Suggestion,
    Kind::Compliment,
    Kind::InformationRequest,
];
/// The languages of the first screen, in this order.
pub const LANGUAGES: [Language; 5] = [
    Language::French,
    Language::English,
    Language::Moore,
    Language::Dioula,
    Language::Fulfulde,
];
/// The longest description typed on a phone, in characters.
pub const MAX_DESCRIPTION: usize = 500;

/// One choice of a list: its code and its label in the session's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub code: String,
    pub label: String,
}

/// The lists the menus show (the caller's reference data, in the session's language).
pub trait Lists {
    fn departments(&self) -> Vec<Item>;
    fn categories(&self, department: &str) -> Vec<Item>;
    fn regions(&self) -> Vec<Item>;
    fn communes(&self, region: &str) -> Vec<Item>;
}

/// Where a session stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    Language,
    Main,
    Kind,
    Department,
    Category {
        page: usize,
    },
    Region {
        page: usize,
    },
    Commune {
        page: usize,
    },
    Description,
    Confirm,
    FollowCode,
    FollowSecret,
    /// A complaint's status was shown; `1` sends its whole answer by SMS.
    Followed,
}

/// What a session gathered so far.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub kind: Option<Kind>,
    pub department: Option<String>,
    pub category: Option<String>,
    pub region: Option<String>,
    pub commune: Option<String>,
    pub description: Option<String>,
    /// The complaint being followed.
    pub code: Option<String>,
}

/// A session between two steps (stored by the caller).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub language: Option<Language>,
    pub step: Step,
    /// The steps to go back to, the last one first.
    pub back: Vec<Step>,
    pub draft: Draft,
}

/// Which list a screen shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListOf {
    Departments,
    Categories,
    Regions,
    Communes,
}

/// What to show next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    Languages,
    Main,
    Kinds,
    /// A page of a list: the labels on it, and whether more follow (`9`).
    List {
        of: ListOf,
        items: Vec<String>,
        more: bool,
    },
    AskDescription,
    Confirm {
        draft: Draft,
    },
    AskCode,
    AskSecret,
    /// The legal deadlines (ends the session).
    Deadlines,
    /// How identity is protected (ends the session).
    Identity,
    /// Cancelled at the confirmation (ends the session).
    Cancelled,
    /// The caller files the draft and ends the session with the receipt.
    File(Draft),
    /// The caller looks the complaint up: its own for this number, or with the secret.
    Follow {
        code: String,
        secret: Option<String>,
    },
    /// The caller sends the complaint's whole answer by SMS and ends the session.
    SendAnswer {
        code: String,
    },
    /// The answer was not one of the choices: the same screen again, marked.
    Invalid(Box<Screen>),
}

impl Session {
    /// A new session: the main menu when the number's language is known, else the
    /// languages.
    pub fn start(language: Option<Language>) -> (Session, Screen) {
        let step = if language.is_some() {
            Step::Main
        } else {
            Step::Language
        };
        let session = Session {
            language,
            step,
            back: Vec::new(),
            draft: Draft::default(),
        };
        let screen = session.screen_of(&session.step, &NoLists);
        (session, screen)
    }

    fn go(&mut self, step: Step, lists: &impl Lists) -> Screen {
        let previous = std::mem::replace(&mut self.step, step);
        self.back.push(previous);
        self.screen_of(&self.step.clone(), lists)
    }

    fn invalid(&self, lists: &impl Lists) -> Screen {
        Screen::Invalid(Box::new(self.screen_of(&self.step, lists)))
    }

    /// The screen of `step` as the session stands.
    pub fn screen_of(&self, step: &Step, lists: &impl Lists) -> Screen {
        let d = &self.draft;
        let page = |of: ListOf, all: Vec<Item>, page: usize| {
            let items: Vec<String> = all
                .iter()
                .skip(page * PAGE)
                .take(PAGE)
                .map(|i| i.label.clone())
                .collect();
            Screen::List {
                of,
                items,
                more: all.len() > (page + 1) * PAGE,
            }
        };
        match step {
            Step::Language => Screen::Languages,
            Step::Main => Screen::Main,
            Step::Kind => Screen::Kinds,
            Step::Department => page(ListOf::Departments, lists.departments(), 0),
            Step::Category { page: p } => page(
                ListOf::Categories,
                lists.categories(d.department.as_deref().unwrap_or_default()),
                *p,
            ),
            Step::Region { page: p } => page(ListOf::Regions, lists.regions(), *p),
            Step::Commune { page: p } => page(
                ListOf::Communes,
                lists.communes(d.region.as_deref().unwrap_or_default()),
                *p,
            ),
            Step::Description => Screen::AskDescription,
            Step::Confirm => Screen::Confirm { draft: d.clone() },
            Step::FollowCode => Screen::AskCode,
            Step::FollowSecret => Screen::AskSecret,
            Step::Followed => Screen::Follow {
                code: d.code.clone().unwrap_or_default(),
                secret: None,
            },
        }
    }

    /// Takes one answer and says what to show.
    pub fn answer(&mut self, input: &str, lists: &impl Lists) -> Screen {
        let input = input.trim();
        if input == HOME && self.language.is_some() {
            self.back.clear();
            self.draft = Draft::default();
            self.step = Step::Main;
            return Screen::Main;
        }
        if input == BACK && self.step != Step::Description {
            self.step = self.back.pop().unwrap_or(if self.language.is_some() {
                Step::Main
            } else {
                Step::Language
            });
            return self.screen_of(&self.step.clone(), lists);
        }
        // A choice: a small number.
        let choice = input
            .parse::<usize>()
            .ok()
            .filter(|_| input.len() <= 2)
            .filter(|&n| n >= 1);
        match self.step.clone() {
            Step::Language => match choice.and_then(|n| LANGUAGES.get(n - 1)) {
                Some(&l) => {
                    self.language = Some(l);
                    self.back.clear();
                    self.step = Step::Main;
                    Screen::Main
                }
                None => self.invalid(lists),
            },
            Step::Main => match choice {
                Some(1) => {
                    self.draft = Draft::default();
                    self.go(Step::Kind, lists)
                }
                Some(2) => self.go(Step::FollowCode, lists),
                Some(3) => Screen::Deadlines,
                Some(4) => Screen::Identity,
                Some(5) => self.go(Step::Language, lists),
                _ => self.invalid(lists),
            },
            Step::Kind => match choice.and_then(|n| KINDS.get(n - 1)) {
                Some(&k) => {
                    self.draft.kind = Some(k);
                    self.go(Step::Department, lists)
                }
                None => self.invalid(lists),
            },
            Step::Department => match self.pick(choice, lists.departments(), 0, input) {
                Pick::Item(code) => {
                    self.draft.department = Some(code);
                    self.go(Step::Category { page: 0 }, lists)
                }
                _ => self.invalid(lists),
            },
            Step::Category { page } => {
                let all = lists.categories(self.draft.department.as_deref().unwrap_or_default());
                match self.pick(choice, all, page, input) {
                    Pick::Item(code) => {
                        self.draft.category = Some(code);
                        self.go(Step::Region { page: 0 }, lists)
                    }
                    Pick::Next => self.go(Step::Category { page: page + 1 }, lists),
                    Pick::None => self.invalid(lists),
                }
            }
            Step::Region { page } => match self.pick(choice, lists.regions(), page, input) {
                Pick::Item(code) => {
                    self.draft.region = Some(code);
                    self.go(Step::Commune { page: 0 }, lists)
                }
                Pick::Next => self.go(Step::Region { page: page + 1 }, lists),
                Pick::None => self.invalid(lists),
            },
            Step::Commune { page } => {
                let all = lists.communes(self.draft.region.as_deref().unwrap_or_default());
                match self.pick(choice, all, page, input) {
                    Pick::Item(code) => {
                        self.draft.commune = Some(code);
                        self.go(Step::Description, lists)
                    }
                    Pick::Next => self.go(Step::Commune { page: page + 1 }, lists),
                    Pick::None => self.invalid(lists),
                }
            }
            Step::Description => {
                // "0" alone goes back here too; any other text is the description.
                if input == BACK {
                    self.step = self.back.pop().unwrap_or(Step::Main);
                    return self.screen_of(&self.step.clone(), lists);
                }
                let text: String = input.chars().take(MAX_DESCRIPTION).collect();
                if text.chars().filter(|c| c.is_alphanumeric()).count() < 10 {
                    return self.invalid(lists);
                }
                self.draft.description = Some(text);
                self.go(Step::Confirm, lists)
            }
            Step::Confirm => match choice {
                Some(1) => Screen::File(self.draft.clone()),
                Some(2) => Screen::Cancelled,
                _ => self.invalid(lists),
            },
            Step::FollowCode => match TrackingCode::parse(input) {
                Ok(code) => {
                    self.draft.code = Some(code.as_str().to_owned());
                    Screen::Follow {
                        code: code.as_str().to_owned(),
                        secret: None,
                    }
                }
                Err(_) => self.invalid(lists),
            },
            Step::FollowSecret => match Secret::parse(input) {
                Some(secret) => Screen::Follow {
                    code: self.draft.code.clone().unwrap_or_default(),
                    secret: Some(secret.expose().to_owned()),
                },
                None => self.invalid(lists),
            },
            Step::Followed => match choice {
                Some(1) => Screen::SendAnswer {
                    code: self.draft.code.clone().unwrap_or_default(),
                },
                _ => self.invalid(lists),
            },
        }
    }

    /// After the caller looked a complaint up: it asks for the secret next.
    pub fn needs_secret(&mut self) {
        self.back
            .push(std::mem::replace(&mut self.step, Step::FollowSecret));
    }

    /// After the caller showed a complaint's status (with `1` for its answer by SMS).
    pub fn followed(&mut self) {
        self.back
            .push(std::mem::replace(&mut self.step, Step::Followed));
    }

    fn pick(&self, choice: Option<usize>, all: Vec<Item>, page: usize, input: &str) -> Pick {
        let more = all.len() > (page + 1) * PAGE;
        if input == NEXT && more {
            return Pick::Next;
        }
        match choice {
            Some(n) if n <= PAGE => all
                .into_iter()
                .nth(page * PAGE + n - 1)
                .map_or(Pick::None, |i| Pick::Item(i.code)),
            _ => Pick::None,
        }
    }
}

enum Pick {
    Item(String),
    Next,
    None,
}

/// Lists of numbered items of the given lengths (`D 1`, `D 2`…), for tests and fuzzing.
#[derive(Debug, Clone, Copy)]
pub struct Numbered {
    pub departments: usize,
    pub categories: usize,
    pub regions: usize,
    pub communes: usize,
}

fn numbered(prefix: &str, n: usize) -> Vec<Item> {
    (1..=n)
        .map(|i| Item {
            code: format!("{prefix}{i}"),
            label: format!("{prefix} {i}"),
        })
        .collect()
}

impl Lists for Numbered {
    fn departments(&self) -> Vec<Item> {
        numbered("D", self.departments)
    }
    fn categories(&self, department: &str) -> Vec<Item> {
        numbered(&format!("{department}-C"), self.categories)
    }
    fn regions(&self) -> Vec<Item> {
        numbered("R", self.regions)
    }
    fn communes(&self, region: &str) -> Vec<Item> {
        numbered(&format!("{region}-K"), self.communes)
    }
}

/// For screens that show no list.
struct NoLists;

impl Lists for NoLists {
    fn departments(&self) -> Vec<Item> {
        Vec::new()
    }
    fn categories(&self, _: &str) -> Vec<Item> {
        Vec::new()
    }
    fn regions(&self) -> Vec<Item> {
        Vec::new()
    }
    fn communes(&self, _: &str) -> Vec<Item> {
        Vec::new()
    }
}

#[cfg(test)]
mod tests;
