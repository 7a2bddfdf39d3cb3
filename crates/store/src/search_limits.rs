//! How a search on PostgreSQL finds its page of matches (`search_page` in
//! `sql/search.rs`): the limits between its ways, which a test may lower to reach each way
//! with a few complaints (`testing::set_search_limits`), and, per database, where the
//! newest match of each search that keeps one was last seen. Only how the rows are found
//! depends on them, never which rows.

use std::collections::{HashMap, HashSet};
use std::sync::{Mutex, RwLock};

#[derive(Clone, Copy, Debug)]
pub struct SearchLimits {
    /// Up to this many matches, a search lists them by id; with more it is common.
    pub few: usize,
    /// A common search first walks this many of the newest complaints (by id)...
    pub window: i64,
    /// ...then, when they hold less than its page, lists its matches by id if there are no
    /// more than this many, and otherwise walks every complaint.
    pub gather: usize,
    /// A search with more remembers its newest match, then reads the search rows written
    /// since, this many per statement.
    pub new_rows: i64,
    /// A common search that found its page among the newest `window` complaints, but only
    /// past this many of them, remembers its newest match too: the next requests with the
    /// same scope and filters walk from there.
    pub far: i64,
}

pub const DEFAULT: SearchLimits = SearchLimits {
    few: 2_000,
    window: 100_000,
    gather: 20_000,
    new_rows: 10_000,
    far: 10_000,
};

static LIMITS: RwLock<SearchLimits> = RwLock::new(DEFAULT);

pub(crate) fn get() -> SearchLimits {
    LIMITS.read().map(|l| *l).unwrap_or(DEFAULT)
}

#[cfg(feature = "testing")]
pub(crate) fn set(limits: SearchLimits) {
    if let Ok(mut l) = LIMITS.write() {
        *l = limits;
    }
}

/// A search's newest match: the newest complaint it matched among the search rows
/// numbered up to `read` (PostgreSQL, migration 0027); `many` when the search is known to
/// match more than `gather` complaints (otherwise it found its page far down the window).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Newest {
    pub read: i64,
    pub complaint: i64,
    pub many: bool,
}

/// The newest match of the searches that keep one, for one database (a store's, never shared
/// between databases: these are its rows, not only the way to them).
#[derive(Default)]
pub(crate) struct NewestMatches {
    newest: Mutex<HashMap<String, Newest>>,
    /// The requests (a search with its scope and filters) that found a whole page among the
    /// newest complaints, but far down them: they walk from the search's newest match.
    near: Mutex<HashSet<String>>,
}

impl NewestMatches {
    /// At most this many searches (and requests) are remembered; then they are all
    /// forgotten.
    const MAX: usize = 10_000;

    pub fn get(&self, text: &str) -> Option<Newest> {
        self.newest.lock().ok()?.get(&key(text)).copied()
    }

    pub fn set(&self, text: &str, newest: Newest) {
        if let Ok(mut map) = self.newest.lock() {
            if map.len() >= Self::MAX {
                map.clear();
            }
            map.insert(key(text), newest);
        }
    }

    pub fn forget(&self, text: &str) {
        if let Ok(mut map) = self.newest.lock() {
            map.remove(&key(text));
        }
    }

    /// Whether `request` found its page far down the newest complaints before.
    pub fn walks_from_newest(&self, request: &str) -> bool {
        self.near.lock().is_ok_and(|set| set.contains(request))
    }

    pub fn walk_from_newest(&self, request: String) {
        if let Ok(mut set) = self.near.lock() {
            if set.len() >= Self::MAX {
                set.clear();
            }
            set.insert(request);
        }
    }
}

/// The same search however it is spaced or capitalised.
pub(crate) fn key(text: &str) -> String {
    text.trim().to_lowercase()
}
