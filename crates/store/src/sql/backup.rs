// Backups: what a copy of the database holds, to write in its manifest and check after a
// restore.

/// The audit heads, the number of complaints and the schema version, as this connection
/// (or its transaction's snapshot) sees them.
pub async fn backup_summary(c: &mut Conn) -> Result<BackupSummary> {
    let heads = audit_heads(c).await?;
    let complaints: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM complaints")
        .fetch_one(&mut *c)
        .await?;
    let schema: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(version), 0) FROM _sqlx_migrations")
        .fetch_one(&mut *c)
        .await?;
    let codes: Vec<String> = sqlx::query_scalar("SELECT tracking_code FROM complaints ORDER BY id")
        .fetch_all(&mut *c)
        .await?;
    Ok(BackupSummary {
        heads,
        complaints,
        schema,
        codes,
    })
}

/// How many tables the public schema (PostgreSQL) or the file (SQLite) holds: a restore
/// goes only into an empty database.
pub async fn table_count(c: &mut Conn) -> Result<i64> {
    Ok(sqlx::query_scalar(TABLE_COUNT).fetch_one(&mut *c).await?)
}
