// Statistics: the cohort counters changed in the transaction of each change, and the
// queries of the public and staff figures.

/// Adds `delta` to the counters of `key` (rows are created on first use).
pub async fn add_stats(c: &mut Conn, key: &StatsKey, delta: &StatsDelta) -> Result<()> {
    let mut statements = Vec::new();
    push_stats(&mut statements, key, delta);
    for mut q in statements {
        q.build().execute(&mut *c).await?;
    }
    Ok(())
}

/// The statements that add `delta` to its cohort and its answer days, and where no trigger
/// follows them (SQLite), to the roll-up without the kind.
fn push_stats(to: &mut impl Statements, key: &StatsKey, delta: &StatsDelta) {
    let counts = [
        delta.received,
        delta.answered,
        delta.answered_on_time,
        delta.rejected,
        delta.withdrawn,
        delta.appeals,
        delta.ratings,
        delta.rating_sum,
        delta.overdue,
    ];
    for table in COUNTER_TABLES.iter() {
        let q = to.next_statement(&table.insert);
        let mut v = q.separated(", ");
        push_cohort(&mut v, key, table.with_kind);
        for n in counts {
            v.push_bind(n);
        }
        q.push(&table.upsert);
        if let Some(days) = delta.answer_days {
            let q = to.next_statement(&table.days_insert);
            let mut v = q.separated(", ");
            push_cohort(&mut v, key, table.with_kind);
            v.push_bind(days.clamp(0, 365) as i32);
            q.push(&table.days_upsert);
        }
    }
}

/// A cohort's key as values: month, department, category, region and, `with_kind`, kind.
fn push_cohort(
    v: &mut sqlx::query_builder::Separated<'_, Db, &'static str>,
    key: &StatsKey,
    with_kind: bool,
) {
    v.push_bind(&key.month)
        .push_bind(&key.department)
        .push_bind(&key.category)
        .push_bind(&key.region);
    if with_kind {
        v.push_bind(&key.kind);
    }
}

/// A table of counters by cohort and its table of answer days: the text of their upserts
/// around the values `push_stats` binds, made once.
struct CounterTable {
    with_kind: bool,
    insert: String,
    upsert: String,
    days_insert: String,
    days_upsert: String,
}

/// The cohorts by kind, and (where no trigger follows them) the roll-up without it.
static COUNTER_TABLES: std::sync::LazyLock<Vec<CounterTable>> = std::sync::LazyLock::new(|| {
    let tables: &[(&str, &str, bool)] = if ROLLUP_BY_TRIGGER {
        &[("stats_cohorts", "stats_answer_days", true)]
    } else {
        &[
            ("stats_cohorts", "stats_answer_days", true),
            ("stats_rollup", "stats_rollup_days", false),
        ]
    };
    tables
        .iter()
        .map(|&(table, days, with_kind)| {
            let cohort = format!("month, department, category, region{}", if with_kind { ", kind" } else { "" });
            let set = COUNTERS
                .split(", ")
                .map(|n| format!("{n} = {table}.{n} + excluded.{n}"))
                .collect::<Vec<_>>()
                .join(", ");
            CounterTable {
                with_kind,
                insert: format!("INSERT INTO {table} ({cohort}, {COUNTERS}) VALUES ("),
                upsert: format!(") ON CONFLICT ({cohort}) DO UPDATE SET {set}"),
                days_insert: format!("INSERT INTO {days} ({cohort}, days, complaints) VALUES ("),
                days_upsert: format!(
                    ", 1) ON CONFLICT ({cohort}, days) DO UPDATE SET complaints = {days}.complaints + 1"
                ),
            }
        })
        .collect()
});

/// The counters of a cohort, in the order `push_stats` binds them.
const COUNTERS: &str = "received, answered, answered_on_time, rejected, withdrawn, appeals, \
     ratings, rating_sum, overdue";

/// `column` of the statistics tables that a grouping reads.
fn stats_group(by: StatsBy) -> &'static str {
    match by {
        StatsBy::Department => "department",
        StatsBy::Category => "category",
        StatsBy::Region => "region",
        StatsBy::Month => "month",
        StatsBy::Kind => "kind",
    }
}

fn push_stats_filter(q: &mut QueryBuilder<Db>, f: &StatsFilter) {
    if let Some(d) = &f.department {
        q.push(" AND department = ").push_bind(d.clone());
    }
    if let Some(r) = &f.region {
        q.push(" AND region = ").push_bind(r.clone());
    }
    if let Some(m) = &f.from_month {
        q.push(" AND month >= ").push_bind(m.clone());
    }
    if let Some(m) = &f.to_month {
        q.push(" AND month <= ").push_bind(m.clone());
    }
    if !f.kinds.is_empty() {
        q.push(" AND kind IN (");
        let mut list = q.separated(", ");
        for k in &f.kinds {
            list.push_bind(k.clone());
        }
        list.push_unseparated(")");
    }
}

/// Without a kind in the grouping or the filter, the roll-up answers (five times fewer rows).
fn stats_tables(by: StatsBy, f: &StatsFilter) -> (&'static str, &'static str) {
    if by == StatsBy::Kind || !f.kinds.is_empty() {
        ("stats_cohorts", "stats_answer_days")
    } else {
        ("stats_rollup", "stats_rollup_days")
    }
}

pub async fn stats(c: &mut Conn, by: StatsBy, f: StatsFilter) -> Result<Vec<StatsRow>> {
    let group = stats_group(by);
    let (table, _) = stats_tables(by, &f);
    let mut q = QueryBuilder::<Db>::new(format!(
        "SELECT {group} AS key, CAST(SUM(received) AS BIGINT) AS received, CAST(SUM(answered) AS BIGINT) AS answered, \
         CAST(SUM(answered_on_time) AS BIGINT) AS answered_on_time, CAST(SUM(rejected) AS BIGINT) AS rejected, \
         CAST(SUM(withdrawn) AS BIGINT) AS withdrawn, CAST(SUM(appeals) AS BIGINT) AS appeals, CAST(SUM(ratings) AS BIGINT) AS ratings, \
         CAST(SUM(rating_sum) AS BIGINT) AS rating_sum, CAST(SUM(overdue) AS BIGINT) AS overdue \
         FROM {table} WHERE 1 = 1"
    ));
    push_stats_filter(&mut q, &f);
    q.push(format!(" GROUP BY {group} ORDER BY {group}"));
    let rows = q.build().fetch_all(&mut *c).await?;
    rows.iter()
        .map(|r| {
            Ok(StatsRow {
                key: r.try_get("key")?,
                received: r.try_get::<Option<i64>, _>("received")?.unwrap_or(0),
                answered: r.try_get::<Option<i64>, _>("answered")?.unwrap_or(0),
                answered_on_time: r.try_get::<Option<i64>, _>("answered_on_time")?.unwrap_or(0),
                rejected: r.try_get::<Option<i64>, _>("rejected")?.unwrap_or(0),
                withdrawn: r.try_get::<Option<i64>, _>("withdrawn")?.unwrap_or(0),
                appeals: r.try_get::<Option<i64>, _>("appeals")?.unwrap_or(0),
                ratings: r.try_get::<Option<i64>, _>("ratings")?.unwrap_or(0),
                rating_sum: r.try_get::<Option<i64>, _>("rating_sum")?.unwrap_or(0),
                overdue: r.try_get::<Option<i64>, _>("overdue")?.unwrap_or(0),
            })
        })
        .collect()
}

/// How many complaints were answered in how many days, by group.
pub async fn stats_answer_days(
    c: &mut Conn,
    by: StatsBy,
    f: StatsFilter,
) -> Result<Vec<(String, i32, i64)>> {
    let group = stats_group(by);
    let (_, table) = stats_tables(by, &f);
    let mut q = QueryBuilder::<Db>::new(format!(
        "SELECT {group} AS key, days, CAST(SUM(complaints) AS BIGINT) AS n FROM {table} WHERE 1 = 1"
    ));
    push_stats_filter(&mut q, &f);
    q.push(format!(" GROUP BY {group}, days ORDER BY {group}, days"));
    let rows = q.build().fetch_all(&mut *c).await?;
    rows.iter()
        .map(|r| Ok((r.try_get("key")?, r.try_get("days")?, r.try_get::<Option<i64>, _>("n")?.unwrap_or(0))))
        .collect()
}
