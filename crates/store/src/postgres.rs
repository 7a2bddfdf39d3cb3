//! The PostgreSQL backend: a pool of readers, and one writer connection fed by a queue, so
//! that concurrent writes are grouped into one transaction and one commit (group commit, as
//! on SQLite: `group.rs`). Several app nodes may share the database: each group first locks
//! the audit chain's head row (`FOR UPDATE`), so the chain stays one line whatever the number
//! of writers, and every group takes its locks in the same order (head first): groups of
//! two nodes wait for each other, they cannot deadlock.

use crate::error::StoreError;
use crate::group::{Tx, Writer};
use futures_util::future::BoxFuture;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{ConnectOptions, PgConnection, PgPool};
use std::str::FromStr;
use std::time::Duration;

#[derive(Clone)]
pub struct PgBackend {
    pub pool: PgPool,
    writer: Writer<PgConnection>,
}

impl PgBackend {
    pub async fn open(url: &str) -> Result<PgBackend, StoreError> {
        let options = PgConnectOptions::from_str(url)?;
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options.clone())
            .await?;
        let conn = options.connect().await?;
        let writer = Writer::start(
            conn,
            Box::new(move || {
                let options = options.clone();
                Box::pin(async move { Ok(options.connect().await?) })
            }),
            "BEGIN; SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE",
        );
        Ok(PgBackend { pool, writer })
    }

    pub async fn migrate(&self, migrator: &sqlx::migrate::Migrator) -> Result<(), StoreError> {
        {
            let mut conn = self.pool.acquire().await?;
            crate::migrations::repair_edited_migrations!(&mut *conn, migrator, postgres_old);
        }
        migrator.run(&self.pool).await?;
        Ok(())
    }

    /// Runs `f` inside the next group transaction; returns once that transaction committed.
    pub async fn write<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: for<'c> FnOnce(&'c mut Tx<PgConnection>) -> BoxFuture<'c, Result<T, StoreError>>
            + Send
            + 'static,
    {
        self.writer.write(f).await
    }
}
