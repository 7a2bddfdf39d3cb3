// Key rotation: the sealed columns walked in key order, re-sealed under a guard (the value
// is only replaced if it is still the one read), and the rotation's progress.

/// A sealed column: its table's name, the batch query (key as text, sealed value, after the
/// cursor) and the guarded update (new value, key, old value).
pub struct SealedColumn {
    // Read through one backend's copy of this file (the names are the same in both).
    #[allow(dead_code)]
    pub name: &'static str,
    select: &'static str,
    update: &'static str,
    int_key: bool,
}

pub const SEALED_COLUMNS: [SealedColumn; 6] = [
    SealedColumn {
        name: "complaints",
        select: "SELECT CAST(id AS TEXT) AS k, complainant FROM complaints \
                 WHERE id > $1 AND complainant IS NOT NULL ORDER BY id LIMIT $2",
        update: "UPDATE complaints SET complainant = $1 WHERE id = $2 AND complainant = $3",
        int_key: true,
    },
    SealedColumn {
        name: "notifications",
        select: "SELECT CAST(id AS TEXT) AS k, recipient FROM notifications \
                 WHERE id > $1 ORDER BY id LIMIT $2",
        update: "UPDATE notifications SET recipient = $1 WHERE id = $2 AND recipient = $3",
        int_key: true,
    },
    SealedColumn {
        name: "inbound_messages",
        select: "SELECT CAST(id AS TEXT) AS k, reply FROM inbound_messages \
                 WHERE id > $1 AND reply IS NOT NULL ORDER BY id LIMIT $2",
        update: "UPDATE inbound_messages SET reply = $1 WHERE id = $2 AND reply = $3",
        int_key: true,
    },
    SealedColumn {
        name: "users",
        select: "SELECT CAST(id AS TEXT) AS k, totp_secret FROM users \
                 WHERE id > $1 AND totp_secret IS NOT NULL ORDER BY id LIMIT $2",
        update: "UPDATE users SET totp_secret = $1 WHERE id = $2 AND totp_secret = $3",
        int_key: true,
    },
    SealedColumn {
        name: "intake_receipts",
        select: "SELECT key, sealed_secret FROM intake_receipts \
                 WHERE key > $1 ORDER BY key LIMIT $2",
        update: "UPDATE intake_receipts SET sealed_secret = $1 WHERE key = $2 \
                 AND sealed_secret = $3",
        int_key: false,
    },
    SealedColumn {
        name: "attachment_blobs",
        select: "SELECT storage_key, sealed FROM attachment_blobs \
                 WHERE storage_key > $1 ORDER BY storage_key LIMIT $2",
        update: "UPDATE attachment_blobs SET sealed = $1 WHERE storage_key = $2 AND sealed = $3",
        int_key: false,
    },
];

/// The first cursor of a column: before every key.
#[allow(dead_code)]
pub fn first_cursor(column: usize) -> String {
    if SEALED_COLUMNS[column].int_key {
        "0".into()
    } else {
        String::new()
    }
}

pub async fn sealed_batch(
    c: &mut Conn,
    column: usize,
    after: String,
    limit: i64,
) -> Result<Vec<(String, Vec<u8>)>> {
    let col = &SEALED_COLUMNS[column];
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
    let col = &SEALED_COLUMNS[column];
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
