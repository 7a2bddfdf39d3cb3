// Complaints many at a time: the staff's queues and search, the dashboard's counts, the late
// ones for escalation. One complaint at a time is `complaints.rs`.

/// Complaints past a deadline and below the top escalation level, oldest first.
pub async fn late_complaints(
    c: &mut Conn,
    today: time::Date,
    max_level: i32,
    after_id: i64,
    limit: i64,
) -> Result<Vec<ComplaintRow>> {
    let mut q = QueryBuilder::<Db>::new(concat!(complaint_select!(), " WHERE c.escalation_level < "));
    q.push_bind(max_level);
    push_late_on(&mut q, today);
    q.push(" AND c.id > ")
        .push_bind(after_id)
        .push(" ORDER BY c.id LIMIT ")
        .push_bind(limit);
    Ok(q.build_query_as().fetch_all(&mut *c).await?)
}

/// `'a', 'b'`: states as SQL literals (our own names, never input).
fn state_list(states: &[State]) -> String {
    states
        .iter()
        .map(|s| format!("'{}'", s.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// ` AND <the deadline in force> <compare>`: the deadline of `domain::rules::
/// deadline_in_force` in SQL, built from the same state lists, so that "late" and "due"
/// mean in a query what they mean in Rust (the contract tests compare the two).
fn push_deadline_in_force(q: &mut QueryBuilder<Db>, compare: impl Fn(&mut QueryBuilder<Db>)) {
    q.push(" AND ((c.status IN (")
        .push(state_list(&State::AWAITING_ACKNOWLEDGEMENT))
        .push(") AND c.acknowledge_by");
    compare(q);
    q.push(") OR (c.status IN (")
        .push(state_list(&State::AWAITING_ANSWER))
        .push(") AND c.answer_by");
    compare(q);
    q.push("))");
}

/// ` AND ` late on `day` (`domain::rules::is_late`).
fn push_late_on(q: &mut QueryBuilder<Db>, day: time::Date) {
    push_deadline_in_force(q, |q| {
        q.push(" < ").push_bind(day);
    });
}

/// ` AND ` within `scope` (units joined as `u`); `false` when the scope holds nothing.
fn push_scope(q: &mut QueryBuilder<Db>, scope: &Scope) -> bool {
    push_scope_on(q, scope, "c")
}

/// `push_scope` for a table other than the complaints (`c`) that has their `unit_code`.
fn push_scope_on(q: &mut QueryBuilder<Db>, scope: &Scope, table: &str) -> bool {
    match scope {
        Scope::Everything => {}
        Scope::Subtree(path) => {
            q.push(" AND u.path LIKE ")
                .push_bind(format!("{}%", like_escape(path)))
                .push(" ESCAPE '\\'");
        }
        Scope::Unit(code) => {
            q.push(format!(" AND {table}.unit_code = ")).push_bind(code.clone());
        }
        Scope::Nothing => return false,
    }
    true
}

/// Whether the dashboard's counts are kept as prepared statements. They are not: a
/// connection lent again and again (`readers.rs` lends the last used first) runs a kept
/// statement often enough for PostgreSQL to switch it to its generic plan, blind to the
/// scope's unit-path prefix, and a ministry supervisor's dashboard took twice as long at a
/// million complaints (p50 33 -> 64-83 ms). Planned each time, it is back to the plan for
/// its own scope; the dashboard is read far less often than a lookup, which keeps its plan.
const DASHBOARD_PLANS: bool = false;

/// How many complaints within `scope` each unit holds in each state, and how many open
/// ones are late or due by tomorrow on `today`: the staff dashboard's counts, read from the
/// tallies the complaints' triggers keep (migration 0023), a row per unit and state and a
/// row per unit and deadline day, whatever the number of complaints.
pub async fn scope_counts(c: &mut Conn, scope: &Scope, today: time::Date) -> Result<ScopeCounts> {
    let mut q = QueryBuilder::<Db>::new(
        "SELECT t.unit_code, t.status, t.n FROM unit_tally t \
         JOIN units u ON u.code = t.unit_code WHERE t.n > 0",
    );
    if !push_scope_on(&mut q, scope, "t") {
        return Ok(ScopeCounts::default());
    }
    // Planned for its own scope every time (see `DASHBOARD_PLANS`).
    let states = q
        .build_query_as()
        .persistent(DASHBOARD_PLANS)
        .fetch_all(&mut *c)
        .await?;
    let mut q = QueryBuilder::<Db>::new(
        "SELECT t.unit_code, CAST(SUM(CASE WHEN t.due < ",
    );
    q.push_bind(today)
        .push(" THEN t.n ELSE 0 END) AS BIGINT) AS late, CAST(SUM(CASE WHEN t.due BETWEEN ")
        .push_bind(today)
        .push(" AND ")
        .push_bind(today + time::Duration::days(1))
        .push(
            " THEN t.n ELSE 0 END) AS BIGINT) AS soon \
             FROM unit_due t JOIN units u ON u.code = t.unit_code WHERE t.n > 0",
        );
    push_scope_on(&mut q, scope, "t");
    q.push(" GROUP BY t.unit_code");
    let due = q
        .build_query_as()
        .persistent(DASHBOARD_PLANS)
        .fetch_all(&mut *c)
        .await?;
    Ok(ScopeCounts { states, due })
}

/// How a page's query finds the complaints a search matches.
enum Matches {
    /// No search.
    All,
    /// SQLite: the FTS index's matches, newest first (`SEARCH_FROM`), for these words.
    Index(String),
    /// These complaints (the matches the index gave).
    Ids(Vec<i64>),
    /// PostgreSQL: the complaints newer than `floor`, newest first, each tested against the
    /// words.
    Walk(String, i64),
    /// PostgreSQL: the complaints not newer than `floor`, newest first, each tested.
    Older(String, i64),
}

/// A page of complaints within `scope`, newest first.
pub async fn list_complaints(
    c: &mut Conn,
    scope: &Scope,
    f: &ComplaintFilter,
    newest: &crate::search_limits::NewestMatches,
) -> Result<Vec<ComplaintRow>> {
    let Some(text) = f.q.as_deref().map(search_query) else {
        return page(c, scope, f, Matches::All).await;
    };
    if text.trim().is_empty() {
        // A search without a single word finds nothing.
        return Ok(Vec::new());
    }
    if SEARCH_FROM.is_some() {
        return page(c, scope, f, Matches::Index(text)).await;
    }
    search_page(c, scope, f, text, newest).await
}

fn per_page(f: &ComplaintFilter) -> i64 {
    i64::from(f.per_page.clamp(1, 200))
}

/// The page of complaints within `scope` that `f` asks for, among `matches`.
async fn page(
    c: &mut Conn,
    scope: &Scope,
    f: &ComplaintFilter,
    matches: Matches,
) -> Result<Vec<ComplaintRow>> {
    let mut order = "c.id DESC";
    let mut q = match (&matches, SEARCH_FROM) {
        (Matches::Index(text), Some(from)) => {
            order = SEARCH_ORDER;
            let mut q = QueryBuilder::<Db>::new(format!("{}{from}", complaint_columns!()));
            q.push_bind(text.clone());
            q
        }
        _ => QueryBuilder::<Db>::new(concat!(complaint_select!(), " WHERE 1 = 1")),
    };
    if !push_scope(&mut q, scope) {
        return Ok(Vec::new());
    }
    if let Some(s) = &f.status {
        q.push(" AND c.status = ").push_bind(s.clone());
    }
    if let Some(cat) = &f.category {
        q.push(" AND c.category_code = ").push_bind(cat.clone());
    }
    if let Some(unit) = &f.unit {
        q.push(" AND c.unit_code = ").push_bind(unit.clone());
    }
    if let Some(id) = f.assignee_id {
        q.push(" AND c.assignee_id = ").push_bind(id);
    }
    if let Some(day) = f.late_on {
        push_late_on(&mut q, day);
    }
    if let Some((from, to)) = f.due_between {
        push_deadline_in_force(&mut q, |q| {
            q.push(" BETWEEN ")
                .push_bind(from)
                .push(" AND ")
                .push_bind(to);
        });
    }
    for (column, value) in [("c.kind", &f.kind), ("c.channel", &f.channel)] {
        if let Some(v) = value {
            q.push(format!(" AND {column} = ")).push_bind(v.clone());
        }
    }
    if let Some(d) = &f.department {
        q.push(" AND c.category_code IN (SELECT code FROM categories WHERE department_code = ")
            .push_bind(d.clone())
            .push(")");
    }
    if let Some(code) = &f.commune {
        q.push(" AND c.commune_code = ").push_bind(code.clone());
    } else if let Some(code) = &f.province {
        q.push(PLACE_IN)
            .push("code FROM communes WHERE province_code = ")
            .push_bind(code.clone())
            .push(")");
    } else if let Some(code) = &f.region {
        q.push(PLACE_IN)
            .push(
                "cm.code FROM communes cm JOIN provinces p ON p.code = cm.province_code \
                 WHERE p.region_code = ",
            )
            .push_bind(code.clone())
            .push(")");
    }
    if let Some(day) = f.received_from {
        q.push(" AND c.received_at >= ")
            .push_bind(day.midnight().assume_utc());
        if f.sort == QueueSort::Deadline {
            // A complaint's answer deadline never falls before the day it was received (it
            // is counted from that day, and only ever moved later), so the same bound holds
            // for `answer_by`: said here, it lets the deadline order start at that day
            // instead of walking every older complaint (bench/queues: 633 ms before).
            q.push(" AND c.answer_by >= ").push_bind(day);
        }
    }
    if let Some(day) = f.received_to {
        q.push(" AND c.received_at < ")
            .push_bind((day + time::Duration::days(1)).midnight().assume_utc());
    }
    match &matches {
        Matches::All | Matches::Index(_) => {}
        Matches::Ids(ids) => {
            // Ids the database just gave: integers, written into the query as they are.
            let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
            q.push(format!(" AND c.id{}{list}{}", ID_LIST.0, ID_LIST.1));
        }
        Matches::Older(text, floor) => {
            // Both walks start at the floor (values the planner cannot see, as below).
            q.push(" AND c.id <= (SELECT ")
                .push_bind(*floor)
                .push("::bigint)")
                .push(SEARCH_MATCH.0)
                .push_bind(text.clone())
                .push(SEARCH_MATCH.1)
                .push(" AND complaint_id <= (SELECT ")
                .push_bind(*floor)
                .push("::bigint))");
        }
        Matches::Walk(text, floor) => {
            // A value the planner cannot see (a subquery's): seeing it, the planner expects
            // few rows and gathers every match in the window before sorting them (50-80 ms
            // for two common words at a million), where the walk stops at the page's last
            // match.
            q.push(SEARCH_MATCH.0)
                .push_bind(text.clone())
                .push(SEARCH_MATCH.1)
                .push(" AND complaint_id > (SELECT ")
                .push_bind(*floor)
                .push("::bigint))");
        }
    }
    if matches!(matches, Matches::All) {
        // Ids grow with the time of receipt. With a receipt date range, ordering by that
        // time lets its index give both the range and the order (PostgreSQL does not know
        // the two are correlated and walked 600 000 rows for one week at a million).
        let dated = f.received_from.is_some() || f.received_to.is_some();
        order = match (f.sort, dated) {
            (QueueSort::Newest, false) => "c.id DESC",
            (QueueSort::Oldest, false) => "c.id ASC",
            (QueueSort::Newest, true) => "c.received_at DESC, c.id DESC",
            (QueueSort::Oldest, true) => "c.received_at ASC, c.id ASC",
            (QueueSort::Deadline, _) => "c.answer_by ASC, c.id ASC",
        };
    }
    let per_page = per_page(f);
    q.push(" ORDER BY ")
        .push(order)
        .push(" LIMIT ")
        .push_bind(per_page);
    q.push(" OFFSET ")
        .push_bind(i64::from(f.page.saturating_sub(1)) * per_page);
    Ok(q.build_query_as().fetch_all(&mut *c).await?)
}

fn like_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

pub async fn count_by_state(c: &mut Conn) -> Result<Vec<(String, i64)>> {
    let rows = sqlx::query("SELECT status, COUNT(*) FROM complaints GROUP BY status")
        .fetch_all(&mut *c)
        .await?;
    rows.iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
        .collect()
}
