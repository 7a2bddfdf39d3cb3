//! Migrations edited after a version carrying them was built, and how a database that
//! applied their earlier text is brought to the current one before the migrator runs.

/// A migration whose text was edited after a version carrying it was built: a database that
/// applied an earlier text (its checksum is one of the old ones) is brought to the current
/// text — the objects it made dropped and made again — before migrating, where sqlx would
/// refuse it ("previously applied but has been modified").
pub(crate) struct EditedMigration {
    pub version: i64,
    /// SHA-384 (as sqlx stores it) of each earlier text, lowercase hex.
    pub sqlite_old: &'static [&'static str],
    pub postgres_old: &'static [&'static str],
    /// What the earlier texts made, dropped before the current text runs.
    pub undo: &'static str,
}

pub(crate) const EDITED_MIGRATIONS: [EditedMigration; 3] = [
    // The search table became one row per complaint, its rowid the complaint's id (37e8d37).
    EditedMigration {
        version: 7,
        sqlite_old: &[
            "824a2ad6e5d5d40811d11d5ed4c726096e57816c6d8be37ecaac88a45df2acfd22fe95414a29d2172f56a95a868af89c",
        ],
        postgres_old: &[],
        undo: "DROP TABLE IF EXISTS complaint_search;",
    },
    // Two queue indexes were added to it (15b11cf, b2a1dd0, 6afc217).
    EditedMigration {
        version: 11,
        sqlite_old: &[
            "f42beb2db93a68d80778e54be54a5638f39028e4a34ecdfba77e2a5b4f3776e867bb110459b89bba766147f275531ce1",
            "341eee8a4e51002bad43b411be9202220831ffc2c6bfde32d1bb79ce294db4c4b295d7a8824b280d6f9e6a05069fa2e5",
            "827fe758da19998617b039afd7d26a5668fbd0b10684f3f90eb0b6ad7ace1cdba5a632b291f8377e64820638105ed510",
        ],
        postgres_old: &[
            "bf6e602040c0671a92464e78d6928293586b8caf2b81c2598a6f6667c796240abd39985d2759bbdb982bf323aea0acae",
            "a3445fbde7525df7783fe629fa0495ddf856122100eb8c15e216146b13ca1822776b330fee1c4d5278bc7c7a47cc0df6",
            "b57a6747e97f427160af2dff2e493bb4aec9d3b450cd66235aa7b0be151a0f99c9273e29c50ab6f6f2ddf6ac3a1997b0",
        ],
        undo: "DROP INDEX IF EXISTS complaints_commune; DROP INDEX IF EXISTS complaints_deadline; \
               DROP INDEX IF EXISTS complaints_unit_deadline; DROP INDEX IF EXISTS complaints_received;",
    },
    // The statistics gained the overdue counter (058c65b): counted again from the complaints.
    EditedMigration {
        version: 15,
        sqlite_old: &[
            "7c57a7d3aeab2ce79a2aa5299a5862886b9dde5ffc7f1d1ff9850a2df0592bfc386994c9eb7b568eefe6b667d00fc3f8",
        ],
        postgres_old: &[
            "c9a815f3e68a4cba97597bd48d5f0ea7a5a893da942eb8240f515f485bcb7ecc82cf6ef6244bc5ab7ba26d6071602b3b",
        ],
        undo: "DROP TABLE IF EXISTS stats_answer_days; DROP TABLE IF EXISTS stats_cohorts;",
    },
];

/// Brings migrations applied from an earlier text to the current one (`EDITED_MIGRATIONS`),
/// on `$conn`, before the migrator runs.
macro_rules! repair_edited_migrations {
    ($conn:expr, $migrator:expr, $old:ident) => {{
        // A new database has no such table yet: nothing was applied.
        let applied: Vec<(i64, Vec<u8>)> =
            sqlx::query_as("SELECT version, checksum FROM _sqlx_migrations")
                .fetch_all(&mut *$conn)
                .await
                .unwrap_or_default();
        for (version, checksum) in applied {
            let old = hex::encode(&checksum);
            let Some(edit) = $crate::migrations::EDITED_MIGRATIONS
                .iter()
                .find(|e| e.version == version && e.$old.contains(&old.as_str()))
            else {
                continue;
            };
            let current = $migrator
                .iter()
                .find(|m| m.version == version)
                .expect("an edited migration is still shipped");
            let mut tx = sqlx::Connection::begin(&mut *$conn).await?;
            let sql = format!("{}\n{}", edit.undo, current.sql.as_str());
            sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
                .execute(&mut *tx)
                .await?;
            sqlx::query("UPDATE _sqlx_migrations SET checksum = $1 WHERE version = $2")
                .bind(current.checksum.as_ref())
                .bind(version)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            tracing::warn!(
                version,
                "a migration applied from an earlier text was brought up to date"
            );
        }
    }};
}
pub(crate) use repair_edited_migrations;
