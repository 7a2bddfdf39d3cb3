//! The PostgreSQL backend: a pool, one transaction per write. Several app nodes may share
//! the database; the audit chain's head row is locked (`FOR UPDATE`) while an event is
//! appended, so the chain stays one line whatever the number of writers.

use crate::error::StoreError;
use futures_util::future::BoxFuture;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{PgConnection, PgPool};
use std::str::FromStr;
use std::time::Duration;

#[derive(Clone)]
pub struct PgBackend {
    pub pool: PgPool,
}

impl PgBackend {
    pub async fn open(url: &str) -> Result<PgBackend, StoreError> {
        let options = PgConnectOptions::from_str(url)?;
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options)
            .await?;
        Ok(PgBackend { pool })
    }

    pub async fn migrate(&self, migrator: &sqlx::migrate::Migrator) -> Result<(), StoreError> {
        {
            let mut conn = self.pool.acquire().await?;
            crate::migrations::repair_edited_migrations!(&mut *conn, migrator, postgres_old);
        }
        migrator.run(&self.pool).await?;
        Ok(())
    }

    pub async fn write<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: for<'c> FnOnce(&'c mut PgConnection) -> BoxFuture<'c, Result<T, StoreError>>
            + Send
            + 'static,
    {
        let mut tx = self.pool.begin().await?;
        let value = f(&mut tx).await?;
        tx.commit().await?;
        Ok(value)
    }
}
