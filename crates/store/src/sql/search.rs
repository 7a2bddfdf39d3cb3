// A search on PostgreSQL: which way finds its page (`Matches`, built into SQL by `page` in
// `queues.rs`). SQLite's FTS index gives its matches newest first and needs none of this.

/// The page of complaints within `scope` that `f` asks for, among those matching `text`
/// (PostgreSQL).
async fn search_page(
    c: &mut Conn,
    scope: &Scope,
    f: &ComplaintFilter,
    text: String,
) -> Result<Vec<ComplaintRow>> {
    // PostgreSQL. The planner cannot tell a rare word from a common one (it guessed 1 250
    // matches for a word in one complaint of a million and walked them all, 1.4 s). So ask
    // the index first: when the word is rare, the list is its few complaints; when it is
    // common, the newest complaints are walked and tested, which finds them fast. Asking
    // costs as much as gathering every match (29 ms for two words in one complaint of nine,
    // at a million), and a common search stays common as complaints are added: it is asked
    // once per process.
    use common_searches::Known;
    let limits = crate::search_limits::get();
    let known = common_searches::known(&text);
    if known.is_none() {
        let few = search_matches(c, &text, limits.few).await?;
        if few.len() <= limits.few {
            if few.is_empty() {
                return Ok(Vec::new());
            }
            return page(c, scope, f, Matches::Ids(few)).await;
        }
        common_searches::remember(&text, Known::Common);
    }
    // A common search walks the newest `window` complaints first. Its matches can all be
    // older (words of a past event): walking every complaint back to them took 515-696 ms
    // at a million for a word in 5,000 complaints older than the newest 942,000. Then its
    // matches are gathered when they are few enough, and only a search with more matches
    // than that, too few of them among the newest, walks the older complaints.
    let newest: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) FROM complaints")
        .fetch_one(&mut *c)
        .await?;
    let floor = newest - limits.window;
    let mut found = page(c, scope, f, Matches::Walk(text.clone(), Some(floor))).await?;
    let per_page = per_page(f);
    if floor <= 0 || found.len() == per_page as usize {
        // Every complaint walked, or a whole page among the newest: the page itself.
        return Ok(found);
    }
    if known != Some(Known::Many) {
        // Asking costs as much as gathering the matches, up to `gather` of them (270-300 ms
        // for two common words at ten million): a search found to have more is not asked
        // again.
        let all = search_matches(c, &text, limits.gather).await?;
        if all.len() <= limits.gather {
            return page(c, scope, f, Matches::Ids(all)).await;
        }
        common_searches::remember(&text, Known::Many);
    }
    if f.page > 1 {
        // How many of the newest complaints' matches come before this page is not known.
        return page(c, scope, f, Matches::Walk(text, None)).await;
    }
    // The first page: the newest complaints' matches, then the walk goes on from where the
    // first one stopped rather than walking them again.
    let rest = ComplaintFilter {
        per_page: (per_page as usize - found.len()) as u32,
        ..f.clone()
    };
    found.extend(page(c, scope, &rest, Matches::Older(text, floor)).await?);
    Ok(found)
}

/// The complaints that match `text` (PostgreSQL), at most `limit` + 1 of them, in no order.
async fn search_matches(c: &mut Conn, text: &str, limit: usize) -> Result<Vec<i64>> {
    Ok(sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT complaint_id FROM complaint_search WHERE {SEARCH_CONDITION} LIMIT {}",
        limit + 1
    )))
    .bind(text.to_owned())
    .fetch_all(&mut *c)
    .await?)
}

/// The searches found to match more than `limits.few` complaints (PostgreSQL), so that
/// their next runs walk the newest complaints without asking the index first, and those
/// found to match more than `limits.gather`, so that they no longer ask how many match
/// when the newest complaints hold less than a page of them. Only the way the rows are
/// found depends on it, never which rows: a search remembered as common in one database
/// finds the same complaints in another.
mod common_searches {
    use std::collections::HashMap;
    use std::sync::{LazyLock, Mutex};

    /// What is known of a search's matches.
    #[derive(Clone, Copy, PartialEq, Eq, Debug)]
    pub enum Known {
        /// More than `few`.
        Common,
        /// More than `gather`.
        Many,
    }

    /// At most this many searches are remembered; then they are all forgotten.
    const MAX: usize = 10_000;
    static KNOWN: LazyLock<Mutex<HashMap<String, Known>>> = LazyLock::new(Default::default);

    fn key(text: &str) -> String {
        text.trim().to_lowercase()
    }

    pub fn known(text: &str) -> Option<Known> {
        KNOWN.lock().ok().and_then(|map| map.get(&key(text)).copied())
    }

    pub fn remember(text: &str, known: Known) {
        if let Ok(mut map) = KNOWN.lock() {
            if map.len() >= MAX {
                map.clear();
            }
            map.insert(key(text), known);
        }
    }
}
