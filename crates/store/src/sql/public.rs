// What the public may read of complaints (Open311 today, open data next): never a
// denunciation.

/// `AND <column> IN (…)` with each value bound.
fn push_in<T>(q: &mut QueryBuilder<Db>, column: &str, values: &[T], bind: impl Fn(&T) -> String) {
    q.push(format!(" AND {column} IN ("));
    let mut list = q.separated(", ");
    for v in values {
        list.push_bind(bind(v));
    }
    list.push_unseparated(")");
}

pub async fn public_requests(c: &mut Conn, f: PublicFilter) -> Result<Vec<ComplaintRow>> {
    let mut q = QueryBuilder::<Db>::new(concat!(
        complaint_select!(),
        " WHERE c.kind <> 'denunciation'"
    ));
    if f.codes.is_empty() {
        if let Some(from) = f.from {
            q.push(" AND c.received_at >= ").push_bind(crate::truncate(from));
        }
        if let Some(to) = f.to {
            q.push(" AND c.received_at <= ").push_bind(crate::truncate(to));
        }
    } else {
        push_in(&mut q, "c.tracking_code", &f.codes, String::clone);
    }
    if !f.categories.is_empty() {
        push_in(&mut q, "c.category_code", &f.categories, String::clone);
    }
    if !f.states.is_empty() {
        push_in(&mut q, "c.status", &f.states, |s| s.as_str().to_owned());
    }
    q.push(" ORDER BY c.received_at DESC, c.id DESC LIMIT ")
        .push_bind(f.limit)
        .push(" OFFSET ")
        .push_bind(f.offset);
    Ok(q.build_query_as().fetch_all(&mut *c).await?)
}

/// What happened to listed complaints between two moments, oldest first.
pub async fn public_updates(
    c: &mut Conn,
    from: OffsetDateTime,
    to: OffsetDateTime,
    limit: i64,
) -> Result<Vec<PublicUpdate>> {
    Ok(sqlx::query_as(
        "SELECT e.seq, c.tracking_code, e.action, e.at FROM complaint_events e \
         JOIN complaints c ON c.id = e.complaint_id \
         WHERE e.at >= $1 AND e.at <= $2 AND c.kind <> 'denunciation' \
         AND e.action IN ('received', 'accept', 'reject', 'assign', 'start', 'transfer', \
         'answer', 'appeal', 'close', 'withdraw', 'extend', 'classify') \
         ORDER BY e.at, e.seq LIMIT $3",
    )
    .bind(crate::truncate(from))
    .bind(crate::truncate(to))
    .bind(limit)
    .fetch_all(&mut *c)
    .await?)
}

/// A page of the complaints the open data set lists (never a denunciation), by id.
pub async fn open_data_page(c: &mut Conn, after_id: i64, limit: i64) -> Result<Vec<OpenDataRow>> {
    Ok(sqlx::query_as(
        "SELECT c.id, c.tracking_code, c.category_code, c.kind, c.channel, c.commune_code, \
         c.status, c.received_at, c.acknowledge_by, c.answer_by, c.answered_at, \
         (SELECT e.data FROM complaint_events e WHERE e.complaint_id = c.id \
          AND e.action = 'publish_answer' ORDER BY e.seq DESC LIMIT 1) AS published \
         FROM complaints c WHERE c.id > $1 AND c.kind <> 'denunciation' ORDER BY c.id LIMIT $2",
    )
    .bind(after_id)
    .bind(limit)
    .fetch_all(&mut *c)
    .await?)
}

/// The cohorts within the filter with their counters (the open aggregates; /stats sums
/// them in memory: one read for every grouping).
pub async fn stats_cohorts(c: &mut Conn, f: StatsFilter) -> Result<Vec<(StatsKey, StatsRow)>> {
    let mut q = QueryBuilder::<Db>::new(
        "SELECT month, department, category, region, kind, received, answered, \
         answered_on_time, rejected, withdrawn, appeals, ratings, rating_sum, overdue \
         FROM stats_cohorts WHERE received <> 0",
    );
    push_stats_filter(&mut q, &f);
    q.push(" ORDER BY month, department, category, region, kind");
    let rows = q.build().fetch_all(&mut *c).await?;
    rows.iter()
        .map(|r| {
            let key = StatsKey {
                month: r.try_get(0)?,
                department: r.try_get(1)?,
                category: r.try_get(2)?,
                region: r.try_get(3)?,
                kind: r.try_get(4)?,
            };
            let counters = StatsRow {
                key: String::new(),
                received: r.try_get(5)?,
                answered: r.try_get(6)?,
                answered_on_time: r.try_get(7)?,
                rejected: r.try_get(8)?,
                withdrawn: r.try_get(9)?,
                appeals: r.try_get(10)?,
                ratings: r.try_get(11)?,
                rating_sum: r.try_get(12)?,
                overdue: r.try_get(13)?,
            };
            Ok((key, counters))
        })
        .collect()
}

/// The days-to-answer counts of the cohorts within the filter.
pub async fn stats_days(c: &mut Conn, f: StatsFilter) -> Result<Vec<(StatsKey, i32, i64)>> {
    let mut q = QueryBuilder::<Db>::new(
        "SELECT month, department, category, region, kind, days, complaints \
         FROM stats_answer_days WHERE 1 = 1",
    );
    push_stats_filter(&mut q, &f);
    let rows = q.build().fetch_all(&mut *c).await?;
    rows.iter()
        .map(|r| {
            Ok((
                StatsKey {
                    month: r.try_get(0)?,
                    department: r.try_get(1)?,
                    category: r.try_get(2)?,
                    region: r.try_get(3)?,
                    kind: r.try_get(4)?,
                },
                r.try_get(5)?,
                r.try_get(6)?,
            ))
        })
        .collect()
}
