// A search on PostgreSQL: which way finds its page (`Matches`, built into SQL by `page` in
// `queues.rs`). SQLite's FTS index gives its matches newest first and needs none of this.

use crate::search_limits::{Newest, NewestMatches, key};

/// The page of complaints within `scope` that `f` asks for, among those matching `text`
/// (PostgreSQL).
async fn search_page(
    c: &mut Conn,
    scope: &Scope,
    f: &ComplaintFilter,
    text: String,
    newest: &NewestMatches,
) -> Result<Vec<ComplaintRow>> {
    // PostgreSQL. The planner cannot tell a rare word from a common one (it guessed 1 250
    // matches for a word in one complaint of a million and walked them all, 1.4 s). So ask
    // the index first: when the word is rare, the list is its few complaints; when it is
    // common, the newest complaints are walked and tested, which finds them fast. Asking
    // costs as much as gathering every match (29 ms for two words in one complaint of nine,
    // at a million), and a common search stays common as complaints are added: it is asked
    // once per process.
    let limits = crate::search_limits::get();
    if newest.get(&text).is_some_and(|k| k.many) {
        // Known to have more than `gather` matches, and where its newest is.
        return from_newest(c, scope, f, text, newest, true).await;
    }
    if !common_searches::known(&text) {
        let few = search_matches(c, &text, limits.few).await?;
        if few.len() <= limits.few {
            if few.is_empty() {
                return Ok(Vec::new());
            }
            return page(c, scope, f, Matches::Ids(few)).await;
        }
        common_searches::remember(&text);
    }
    // A common search walks the newest `window` complaints first. Its matches can all be
    // older (words of a past event): walking every complaint back to them took 515-696 ms
    // at a million for a word in 5,000 complaints older than the newest 942,000. Then its
    // matches are gathered when they are few enough; a search with more than that is one
    // of many matches.
    let top: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) FROM complaints")
        .fetch_one(&mut *c)
        .await?;
    let floor = top - limits.window;
    if floor <= 0 {
        // Every complaint is among the newest: the walk finds the page.
        return page(c, scope, f, Matches::Walk(text, 0)).await;
    }
    // The same search, scope and filters found its page far down the newest complaints
    // before: it walks from the search's newest match, so that complaints filed since
    // without its words are not walked at every request (at ten million with 72,000 on
    // top: 42-51 ms p50 through the server; from the newest match, 1.4 ms at a million).
    // The walk has no floor: with one, the planner gathers every match between the two
    // instead of walking (201 ms at a million).
    let request = format!("{}\u{1f}{scope:?}\u{1f}{f:?}", key(&text));
    if newest.walks_from_newest(&request) {
        return from_newest(c, scope, f, text, newest, false).await;
    }
    let found = page(c, scope, f, Matches::Walk(text.clone(), floor)).await?;
    if found.len() == per_page(f) as usize {
        // A whole page among the newest.
        if found.last().is_some_and(|r| top - r.id > limits.far) {
            newest_match(c, &text, newest, false).await?;
            newest.walk_from_newest(request);
        }
        return Ok(found);
    }
    // Asking costs as much as gathering the matches, up to `gather` of them (270-300 ms
    // for two common words at ten million): a search found to have more is not asked again
    // (`from_newest` remembers where its newest match is).
    let all = search_matches(c, &text, limits.gather).await?;
    if all.len() <= limits.gather {
        return page(c, scope, f, Matches::Ids(all)).await;
    }
    from_newest(c, scope, f, text, newest, true).await
}

/// The page of a search with many matches (`many`), or of a request that found its page far
/// down the newest complaints (PostgreSQL): walked newest first from the search's newest
/// match (`newest_match`), with no floor. A search whose newest 260,000 complaints lacked
/// its words walked them all at every request (180-290 ms at a million).
async fn from_newest(
    c: &mut Conn,
    scope: &Scope,
    f: &ComplaintFilter,
    text: String,
    newest: &NewestMatches,
    many: bool,
) -> Result<Vec<ComplaintRow>> {
    match newest_match(c, &text, newest, many).await? {
        Some(complaint) => page(c, scope, f, Matches::Older(text, complaint)).await,
        None => Ok(Vec::new()),
    }
}

/// The newest complaint that matches `text` (PostgreSQL), kept in `newest` (with `many`
/// when the search is known to have more than `gather` matches): found the first time by
/// walking every complaint newest first, then kept up to date from the search rows written
/// since. `None`: no complaint matches.
async fn newest_match(
    c: &mut Conn,
    text: &str,
    newest: &NewestMatches,
    many: bool,
) -> Result<Option<i64>> {
    // Every write locks the audit head before it numbers its rows and keeps the lock until
    // it commits, so whoever sees row `read` sees every row numbered before it, now and
    // later.
    let new_rows = crate::search_limits::get().new_rows;
    let mut known = match newest.get(text) {
        Some(k) => k,
        None => {
            // Its newest match, walking every complaint newest first, and the last row
            // number, in one statement (one snapshot).
            let (read, complaint): (Option<i64>, Option<i64>) =
                sqlx::query_as(sqlx::AssertSqlSafe(format!(
                    "SELECT (SELECT MAX(n) FROM complaint_search), \
                            (SELECT complaint_id FROM complaint_search \
                             WHERE {SEARCH_CONDITION} ORDER BY complaint_id DESC LIMIT 1)"
                )))
                .bind(text.to_owned())
                .fetch_one(&mut *c)
                .await?;
            let Some(complaint) = complaint else {
                return Ok(None);
            };
            Newest {
                read: read.unwrap_or(0),
                complaint,
                many,
            }
        }
    };
    loop {
        // The rows numbered since, `new_rows` at a time, in their order: the index on the
        // numbers gives them whatever the planner guesses of their count (asked with
        // `n > $2` alone it gathered every match from the GIN index instead: 360-420 ms at
        // a million).
        let (top, last, count, complaint): (Option<i64>, Option<i64>, i64, Option<i64>) =
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "WITH new AS MATERIALIZED (SELECT n, complaint_id, tsv FROM complaint_search \
                 WHERE n > $2 ORDER BY n LIMIT {new_rows}) \
                 SELECT (SELECT MAX(n) FROM complaint_search), (SELECT MAX(n) FROM new), \
                        (SELECT COUNT(*) FROM new), \
                        (SELECT MAX(complaint_id) FROM new WHERE {SEARCH_CONDITION})",
            )))
            .bind(text.to_owned())
            .bind(known.read)
            .fetch_one(&mut *c)
            .await?;
        if top.unwrap_or(0) < known.read {
            // Fewer rows than before: another database behind the same store (restored).
            newest.forget(text);
            return Box::pin(newest_match(c, text, newest, many)).await;
        }
        known.read = last.unwrap_or(known.read);
        known.complaint = complaint.map_or(known.complaint, |m| m.max(known.complaint));
        if count < new_rows {
            break;
        }
    }
    known.many |= many;
    newest.set(text, known);
    Ok(Some(known.complaint))
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
/// their next runs walk the newest complaints without asking the index first. Only the way
/// the rows are found depends on it, never which rows: a search remembered as common in
/// one database finds the same complaints in another. (Those with more than
/// `limits.gather` are known per store, by `NewestMatches`.)
mod common_searches {
    use crate::search_limits::key;
    use std::collections::HashSet;
    use std::sync::{LazyLock, Mutex};

    /// At most this many searches are remembered; then they are all forgotten.
    const MAX: usize = 10_000;
    static KNOWN: LazyLock<Mutex<HashSet<String>>> = LazyLock::new(Default::default);

    pub fn known(text: &str) -> bool {
        KNOWN.lock().is_ok_and(|set| set.contains(&key(text)))
    }

    pub fn remember(text: &str) {
        if let Ok(mut set) = KNOWN.lock() {
            if set.len() >= MAX {
                set.clear();
            }
            set.insert(key(text));
        }
    }
}
