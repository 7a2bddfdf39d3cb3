// Statistics: the cohort counters changed in the transaction of each change, and the
// queries of the public and staff figures.

/// Adds `delta` to the counters of `key` (rows are created on first use).
pub async fn add_stats(c: &mut Conn, key: &StatsKey, delta: &StatsDelta) -> Result<()> {
    sqlx::query(
        "INSERT INTO stats_cohorts (month, department, category, region, kind, received, \
         answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) \
         ON CONFLICT (month, department, category, region, kind) DO UPDATE SET \
         received = stats_cohorts.received + excluded.received, \
         answered = stats_cohorts.answered + excluded.answered, \
         answered_on_time = stats_cohorts.answered_on_time + excluded.answered_on_time, \
         rejected = stats_cohorts.rejected + excluded.rejected, \
         withdrawn = stats_cohorts.withdrawn + excluded.withdrawn, \
         appeals = stats_cohorts.appeals + excluded.appeals, \
         ratings = stats_cohorts.ratings + excluded.ratings, \
         rating_sum = stats_cohorts.rating_sum + excluded.rating_sum, \
         overdue = stats_cohorts.overdue + excluded.overdue",
    )
    .bind(&key.month)
    .bind(&key.department)
    .bind(&key.category)
    .bind(&key.region)
    .bind(&key.kind)
    .bind(delta.received)
    .bind(delta.answered)
    .bind(delta.answered_on_time)
    .bind(delta.rejected)
    .bind(delta.withdrawn)
    .bind(delta.appeals)
    .bind(delta.ratings)
    .bind(delta.rating_sum)
    .bind(delta.overdue)
    .execute(&mut *c)
    .await?;
    if let Some(days) = delta.answer_days {
        sqlx::query(
            "INSERT INTO stats_answer_days (month, department, category, region, kind, days, \
             complaints) VALUES ($1, $2, $3, $4, $5, $6, 1) \
             ON CONFLICT (month, department, category, region, kind, days) DO UPDATE SET \
             complaints = stats_answer_days.complaints + 1",
        )
        .bind(&key.month)
        .bind(&key.department)
        .bind(&key.category)
        .bind(&key.region)
        .bind(&key.kind)
        .bind(days.clamp(0, 365) as i32)
        .execute(&mut *c)
        .await?;
    }
    if ROLLUP_BY_TRIGGER {
        return Ok(());
    }
    add_rollup(c, key, delta).await
}

/// The same delta in the roll-up without the kind.
async fn add_rollup(c: &mut Conn, key: &StatsKey, delta: &StatsDelta) -> Result<()> {
    sqlx::query(
        "INSERT INTO stats_rollup (month, department, category, region, received, \
         answered, answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) \
         ON CONFLICT (month, department, category, region) DO UPDATE SET \
         received = stats_rollup.received + excluded.received, \
         answered = stats_rollup.answered + excluded.answered, \
         answered_on_time = stats_rollup.answered_on_time + excluded.answered_on_time, \
         rejected = stats_rollup.rejected + excluded.rejected, \
         withdrawn = stats_rollup.withdrawn + excluded.withdrawn, \
         appeals = stats_rollup.appeals + excluded.appeals, \
         ratings = stats_rollup.ratings + excluded.ratings, \
         rating_sum = stats_rollup.rating_sum + excluded.rating_sum, \
         overdue = stats_rollup.overdue + excluded.overdue",
    )
    .bind(&key.month)
    .bind(&key.department)
    .bind(&key.category)
    .bind(&key.region)
    .bind(delta.received)
    .bind(delta.answered)
    .bind(delta.answered_on_time)
    .bind(delta.rejected)
    .bind(delta.withdrawn)
    .bind(delta.appeals)
    .bind(delta.ratings)
    .bind(delta.rating_sum)
    .bind(delta.overdue)
    .execute(&mut *c)
    .await?;
    if let Some(days) = delta.answer_days {
        sqlx::query(
            "INSERT INTO stats_rollup_days (month, department, category, region, days, \
             complaints) VALUES ($1, $2, $3, $4, $5, 1) \
             ON CONFLICT (month, department, category, region, days) DO UPDATE SET \
             complaints = stats_rollup_days.complaints + 1",
        )
        .bind(&key.month)
        .bind(&key.department)
        .bind(&key.category)
        .bind(&key.region)
        .bind(days.clamp(0, 365) as i32)
        .execute(&mut *c)
        .await?;
    }
    Ok(())
}

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
