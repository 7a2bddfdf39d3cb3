// Key rotation: the sealed columns (`crate::sealed`) walked in key order, re-sealed under a
// guard (the value is only replaced if it is still the one read), and the rotation's
// progress.

pub async fn sealed_batch(
    c: &mut Conn,
    column: usize,
    after: String,
    limit: i64,
) -> Result<Vec<(String, Vec<u8>)>> {
    let col = &crate::sealed::SEALED_COLUMNS[column];
    let query = sqlx::query_as(col.select);
    let query = if col.int_key {
        query.bind(after.parse::<i64>().unwrap_or(0))
    } else {
        query.bind(after)
    };
    Ok(query.bind(limit).fetch_all(&mut *c).await?)
}

/// Replaces values still equal to what was read; returns how many were replaced.
pub async fn reseal(
    c: &mut Conn,
    column: usize,
    rows: Vec<(String, Vec<u8>, Vec<u8>)>,
) -> Result<u64> {
    let col = &crate::sealed::SEALED_COLUMNS[column];
    let mut done = 0;
    for (key, old, new) in rows {
        let query = sqlx::query(col.update).bind(new);
        let query = if col.int_key {
            query.bind(key.parse::<i64>().unwrap_or(0))
        } else {
            query.bind(key)
        };
        done += query.bind(old).execute(&mut *c).await?.rows_affected();
    }
    Ok(done)
}

/// The rotation not finished yet, if any: its target key and its cursors (JSON).
pub async fn rotation_in_progress(c: &mut Conn) -> Result<Option<(i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT target, cursors FROM key_rotation WHERE finished_at IS NULL \
         ORDER BY target DESC LIMIT 1",
    )
    .fetch_optional(&mut *c)
    .await?)
}

pub async fn start_rotation(c: &mut Conn, target: i64, at: OffsetDateTime) -> Result<()> {
    sqlx::query("INSERT INTO key_rotation (target, started_at) VALUES ($1, $2)")
        .bind(target)
        .bind(crate::truncate(at))
        .execute(&mut *c)
        .await?;
    Ok(())
}

pub async fn save_rotation(
    c: &mut Conn,
    target: i64,
    cursors: String,
    finished: Option<OffsetDateTime>,
) -> Result<()> {
    sqlx::query("UPDATE key_rotation SET cursors = $1, finished_at = $2 WHERE target = $3")
        .bind(cursors)
        .bind(finished.map(crate::truncate))
        .bind(target)
        .execute(&mut *c)
        .await?;
    Ok(())
}
