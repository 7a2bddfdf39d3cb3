//! How a search on PostgreSQL finds its page of matches (`search_page` in
//! `sql/search.rs`): the limits between its ways, which a test may lower to reach each way
//! with a few complaints (`testing::set_search_limits`). Only how the rows are found
//! depends on them, never which rows.

use std::sync::RwLock;

#[derive(Clone, Copy, Debug)]
pub struct SearchLimits {
    /// Up to this many matches, a search lists them by id; with more it is common.
    pub few: usize,
    /// A common search first walks this many of the newest complaints (by id)...
    pub window: i64,
    /// ...then, when they hold less than its page, lists its matches by id if there are no
    /// more than this many, and otherwise walks every complaint.
    pub gather: usize,
}

pub const DEFAULT: SearchLimits = SearchLimits {
    few: 2_000,
    window: 100_000,
    gather: 20_000,
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
