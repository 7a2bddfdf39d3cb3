//! The store's methods for backups, key rotation and the audit chains' checks.

use crate::*;

impl Store {
    /// What the database holds now (see `BackupSummary`).
    pub async fn backup_summary(&self) -> Result<BackupSummary, StoreError> {
        read!(self, backup_summary())
    }

    /// Whether the database has no table yet (a restore goes only there).
    pub async fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(read!(self, table_count())? == 0)
    }

    /// SQLite: writes a consistent copy of the database to `path` (`VACUUM INTO`) while
    /// writes go on, and returns what the copy holds.
    pub async fn copy_sqlite(&self, path: &std::path::Path) -> Result<BackupSummary, StoreError> {
        let Backend::Sqlite(b) = &self.backend else {
            return Err(StoreError::Data(
                "copy_sqlite: not an SQLite database".into(),
            ));
        };
        let target = path
            .to_str()
            .ok_or_else(|| StoreError::Data(format!("{}: not a UTF-8 path", path.display())))?;
        let mut c = b.read.acquire().await?;
        let copied = sqlx::query("VACUUM INTO $1")
            .bind(target)
            .execute(&mut *c)
            .await;
        c.done(copied.map_err(StoreError::from))?;
        sqlite_file_summary(path).await
    }

    /// PostgreSQL: opens a repeatable-read transaction, exports its snapshot, reads what it
    /// holds, runs `dump` with the snapshot's name (for `pg_dump --snapshot`) and keeps the
    /// snapshot alive until `dump` ends. Writes go on meanwhile.
    pub async fn with_pg_snapshot<F, Fut, T>(
        &self,
        dump: F,
    ) -> Result<(T, BackupSummary), StoreError>
    where
        F: FnOnce(String) -> Fut,
        Fut: std::future::Future<Output = Result<T, StoreError>>,
    {
        let Backend::Postgres(b) = &self.backend else {
            return Err(StoreError::Data(
                "with_pg_snapshot: not a PostgreSQL database".into(),
            ));
        };
        use sqlx::Connection;
        let mut conn = b.read.acquire().await?;
        let mut tx = conn.begin().await?;
        sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            .execute(&mut *tx)
            .await?;
        let snapshot: String = sqlx::query_scalar("SELECT pg_export_snapshot()")
            .fetch_one(&mut *tx)
            .await?;
        let summary = pg_sql::backup_summary(&mut tx).await?;
        let out = dump(snapshot).await?;
        tx.rollback().await?;
        conn.done(Ok((out, summary)))
    }

    /// The names of the tables whose values are sealed (`reseal_batch` walks them by index).
    pub fn sealed_tables() -> Vec<&'static str> {
        sealed::SEALED_COLUMNS.iter().map(|c| c.name).collect()
    }

    /// The cursor before the first row of sealed table `table`.
    pub fn first_cursor(table: usize) -> String {
        sealed::first_cursor(table)
    }

    /// Re-seals with the current key the values of sealed table `table` after `cursor` that
    /// are not sealed with it yet, `limit` rows at a time; returns how many were re-sealed
    /// and the cursor after the batch (`None` when the table is done).
    pub async fn reseal_batch(
        &self,
        table: usize,
        cursor: &str,
        limit: i64,
    ) -> Result<(u64, Option<String>), StoreError> {
        let rows = read!(self, sealed_batch(table, cursor.to_owned(), limit))?;
        let Some(last) = rows.last().map(|(k, _)| k.clone()) else {
            return Ok((0, None));
        };
        let mut changes = Vec::new();
        for (key, old) in rows {
            if self.vault.is_current(&old) {
                continue;
            }
            let plain = self.vault.open(&old).map_err(|e| {
                StoreError::Data(format!("{} {key}: {e}", Store::sealed_tables()[table]))
            })?;
            changes.push((key, old, self.vault.seal(&plain)));
        }
        let done = if changes.is_empty() {
            0
        } else {
            write!(self, reseal(table, changes))?
        };
        Ok((done, Some(last)))
    }

    /// The key rotation not finished yet: its target key id and cursors (JSON).
    pub async fn rotation_in_progress(&self) -> Result<Option<(i64, String)>, StoreError> {
        read!(self, rotation_in_progress())
    }

    pub async fn start_rotation(&self, target: i64, at: OffsetDateTime) -> Result<(), StoreError> {
        write!(self, start_rotation(target, at))
    }

    /// Records where the re-sealing got to, and when it finished.
    pub async fn save_rotation(
        &self,
        target: i64,
        cursors: String,
        finished: Option<OffsetDateTime>,
    ) -> Result<(), StoreError> {
        write!(self, save_rotation(target, cursors, finished))
    }

    pub async fn verify_audit(&self) -> Result<AuditReport, StoreError> {
        read!(self, verify_audit())
    }

    /// Recomputes the chain of admin events (changes to reference data and accounts).
    /// The heads of both audit chains, to publish.
    pub async fn audit_heads(&self) -> Result<AuditHeads, StoreError> {
        read!(self, audit_heads())
    }

    /// Which chain holds an event with this hash, and where.
    pub async fn find_audit_hash(
        &self,
        hash: &str,
    ) -> Result<Option<(AuditChain, i64)>, StoreError> {
        read!(self, find_audit_hash(hash.to_owned()))
    }

    pub async fn verify_admin_audit(&self) -> Result<AuditReport, StoreError> {
        read!(self, verify_admin_chain())
    }
}
