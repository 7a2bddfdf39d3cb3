// New complaints filed in one statement (PostgreSQL only; see `filing.rs`). Each column's
// values are bound as one array, so the statement's text, and its prepared plan, are the
// same whatever the number of complaints. What `create_complaint` writes for one complaint,
// this writes for all: the complaints and their `received` events (both in the order of the
// audit chain), their receipt keys, their messages and their statistics (summed by cohort
// first: one statement may not update a row twice). The triggers of 0023 and 0026 do the
// rest, as for one complaint.

const _: () = assert!(ROLLUP_BY_TRIGGER, "only the cohorts by kind are written here");

/// The statement, made once (`$n` numbered as `file_together` binds them).
static TOGETHER_SQL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let cohorts = &COUNTER_TABLES[0];
    // `insert` ends with "VALUES (" and `upsert` starts with ")".
    let insert = cohorts.insert.trim_end_matches("VALUES (");
    let upsert = &cohorts.upsert[1..];
    format!(
        "WITH v AS (SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], \
         $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::float8[], \
         $11::float8[], $12::text[], $13::bool[], $14::bytea[], $15::timestamptz[], \
         $16::date[], $17::date[], $18::text[], $19::text[], $20::text[], $21::int8[], \
         $22::text[], $23::jsonb[], $24::text[], $25::text[], $26::bytea[]) \
         AS v(tracking_code, secret_hash, kind, channel, language, category_code, unit_code, \
         commune_code, address, lat, long, description, anonymous, complainant, at, \
         acknowledge_by, answer_by, sender_key, media_url, service_point_code, seq, actor, \
         data, hash, intake_key, sealed_secret)), \
         s0 AS (INSERT INTO complaints (tracking_code, secret_hash, kind, channel, language, \
         category_code, unit_code, commune_code, address, lat, long, description, anonymous, \
         complainant, status, received_at, updated_at, acknowledge_by, answer_by, sender_key, \
         media_url, service_point_code) \
         SELECT tracking_code, secret_hash, kind, channel, language, category_code, unit_code, \
         commune_code, address, lat, long, description, anonymous, complainant, 'received', \
         at, at, acknowledge_by, answer_by, sender_key, media_url, service_point_code \
         FROM v ORDER BY seq RETURNING id, tracking_code), \
         s1 AS (INSERT INTO complaint_events (seq, complaint_id, actor, action, data, at, hash) \
         SELECT v.seq, s0.id, v.actor, 'received', v.data, v.at, v.hash \
         FROM v JOIN s0 USING (tracking_code) ORDER BY v.seq), \
         s2 AS (DELETE FROM intake_receipts WHERE key = ANY(ARRAY(SELECT key \
         FROM intake_receipts WHERE created_at < $27 ORDER BY created_at LIMIT $28))), \
         s3 AS (INSERT INTO intake_receipts (key, complaint_id, sealed_secret, created_at) \
         SELECT v.intake_key, s0.id, v.sealed_secret, v.at FROM v JOIN s0 USING (tracking_code) \
         WHERE v.intake_key IS NOT NULL), \
         s4 AS ({notification} SELECT s0.id, n.channel, n.recipient, n.language, n.template, \
         n.params, v.at, v.at FROM unnest($29::text[], $30::text[], $31::bytea[], $32::text[], \
         $33::text[], $34::jsonb[]) WITH ORDINALITY \
         AS n(tracking_code, channel, recipient, language, template, params, o) \
         JOIN s0 USING (tracking_code) JOIN v USING (tracking_code) ORDER BY n.o), \
         s5 AS ({insert} SELECT * FROM unnest($35::text[], $36::text[], $37::text[], \
         $38::text[], $39::text[], $40::int8[], $41::int8[], $42::int8[], $43::int8[], \
         $44::int8[], $45::int8[], $46::int8[], $47::int8[], $48::int8[]) {upsert}) \
         SELECT id, tracking_code FROM s0",
        notification = NOTIFICATION_INSERT.trim_end_matches("VALUES ("),
    )
});

/// Files `all` in one statement; their ids in order.
fn file_together<'c>(c: &'c mut Tx, all: &'c [Arc<ToFile>]) -> BoxFuture<'c, Result<Vec<i64>>> {
    Box::pin(async move {
        let n = all.len();
        let mut events = Vec::with_capacity(n);
        for f in all {
            let (data, at, seq, hash) = received_event(c, &f.new);
            // The next complaint's event follows this one (the group's head is put back
            // if the statement fails: `Tx::step`).
            chained(c, seq, hash.clone());
            events.push((seq, hash, Json(data), at));
        }
        let cutoff = events
            .iter()
            .map(|e| e.3)
            .min()
            .expect("several complaints")
            - time::Duration::days(1);
        let keyed = all.iter().filter(|f| f.new.intake_key.is_some()).count() as i64;
        let new = |f: &'c Arc<ToFile>| &f.new;
        let texts = |get: fn(&NewComplaint) -> &str| all.iter().map(new).map(get).collect::<Vec<_>>();
        let maybe =
            |get: fn(&NewComplaint) -> Option<&str>| all.iter().map(new).map(get).collect::<Vec<_>>();
        let mut q = sqlx::query(sqlx::AssertSqlSafe(TOGETHER_SQL.as_str()))
            .bind(texts(|n| n.tracking_code.as_str()))
            .bind(all.iter().map(|f| f.secret_hash.as_str()).collect::<Vec<_>>())
            .bind(texts(|n| n.kind.as_str()))
            .bind(texts(|n| n.channel.as_str()))
            .bind(texts(|n| n.language.as_str()))
            .bind(texts(|n| &n.category_code))
            .bind(texts(|n| &n.unit_code))
            .bind(maybe(|n| n.commune_code.as_deref()))
            .bind(maybe(|n| n.address.as_deref()))
            .bind(all.iter().map(|f| f.new.lat).collect::<Vec<_>>())
            .bind(all.iter().map(|f| f.new.long).collect::<Vec<_>>())
            .bind(texts(|n| n.description.as_str()))
            .bind(all.iter().map(|f| f.new.anonymous).collect::<Vec<_>>())
            .bind(all.iter().map(|f| f.sealed.as_deref()).collect::<Vec<_>>())
            .bind(events.iter().map(|e| e.3).collect::<Vec<_>>())
            .bind(all.iter().map(|f| f.new.acknowledge_by).collect::<Vec<_>>())
            .bind(all.iter().map(|f| f.new.answer_by).collect::<Vec<_>>())
            .bind(maybe(|n| n.sender_key.as_deref()))
            .bind(maybe(|n| n.media_url.as_deref()))
            .bind(maybe(|n| n.service_point_code.as_deref()))
            .bind(events.iter().map(|e| e.0).collect::<Vec<_>>())
            .bind(texts(|n| &n.actor))
            .bind(events.iter().map(|e| &e.2).collect::<Vec<_>>())
            .bind(events.iter().map(|e| e.1.as_str()).collect::<Vec<_>>())
            .bind(maybe(|n| n.intake_key.as_deref()))
            .bind(all.iter().map(|f| f.sealed_secret.as_slice()).collect::<Vec<_>>())
            .bind(cutoff)
            .bind(100 * keyed);
        // The messages, each with its complaint's tracking code.
        let messages = all
            .iter()
            .flat_map(|f| f.notifications.iter().map(move |m| (f.new.tracking_code.as_str(), m)))
            .collect::<Vec<_>>();
        q = q
            .bind(messages.iter().map(|m| m.0).collect::<Vec<_>>())
            .bind(messages.iter().map(|m| m.1.0.channel.as_str()).collect::<Vec<_>>())
            .bind(messages.iter().map(|m| m.1.1.as_slice()).collect::<Vec<_>>())
            .bind(messages.iter().map(|m| m.1.0.language.as_str()).collect::<Vec<_>>())
            .bind(messages.iter().map(|m| m.1.0.template.as_str()).collect::<Vec<_>>())
            .bind(messages.iter().map(|m| Json(&m.1.0.params)).collect::<Vec<_>>());
        // The statistics, summed by cohort.
        let mut cohorts: Vec<(&StatsKey, [i64; 9])> = Vec::new();
        for (key, d) in all.iter().flat_map(|f| &f.new.stats) {
            let add = [
                d.received,
                d.answered,
                d.answered_on_time,
                d.rejected,
                d.withdrawn,
                d.appeals,
                d.ratings,
                d.rating_sum,
                d.overdue,
            ];
            match cohorts.iter_mut().find(|(k, _)| *k == key) {
                Some((_, sum)) => sum.iter_mut().zip(add).for_each(|(s, a)| *s += a),
                None => cohorts.push((key, add)),
            }
        }
        let part = |get: fn(&StatsKey) -> &str| cohorts.iter().map(|(k, _)| get(k)).collect::<Vec<_>>();
        q = q
            .bind(part(|k| &k.month))
            .bind(part(|k| &k.department))
            .bind(part(|k| &k.category))
            .bind(part(|k| &k.region))
            .bind(part(|k| &k.kind));
        for i in 0..9 {
            q = q.bind(cohorts.iter().map(|(_, sum)| sum[i]).collect::<Vec<_>>());
        }
        let rows: Vec<(i64, String)> = q
            .try_map(|row: sqlx::postgres::PgRow| Ok((row.try_get(0)?, row.try_get(1)?)))
            .fetch_all(c.conn().await?)
            .await?;
        let ids = rows
            .iter()
            .map(|(id, code)| (code.as_str(), *id))
            .collect::<std::collections::HashMap<_, _>>();
        all.iter()
            .map(|f| {
                ids.get(f.new.tracking_code.as_str())
                    .copied()
                    .ok_or_else(|| StoreError::Data("a complaint filed with others has no id".into()))
            })
            .collect()
    })
}
