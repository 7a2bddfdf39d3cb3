//! The PostgreSQL backend: a pool of readers, and one writer connection fed by a queue, so
//! that concurrent writes are grouped into one transaction and one commit (group commit, as
//! on SQLite: `group.rs`). Several app nodes may share the database: each group first locks
//! the audit chain's head row (`FOR UPDATE`), so the chain stays one line whatever the number
//! of writers, and every group takes its locks in the same order (head first): groups of
//! two nodes wait for each other, they cannot deadlock.

use crate::error::StoreError;
use crate::group::{Tx, Writer};
use crate::readers::Readers;
use futures_util::future::BoxFuture;
use sqlx::postgres::PgConnectOptions;
use sqlx::{ConnectOptions, Connection, PgConnection};
use std::str::FromStr;

#[derive(Clone)]
pub struct PgBackend {
    pub read: Readers<PgConnectOptions>,
    options: std::sync::Arc<PgConnectOptions>,
    pub(crate) writer: Writer<PgConnection>,
}

impl PgBackend {
    pub async fn open(url: &str) -> Result<PgBackend, StoreError> {
        let options = PgConnectOptions::from_str(url)?;
        let conn = options.connect().await?;
        let read = Readers::new(16, options.clone(), None);
        let again = options.clone();
        let writer = Writer::start(
            conn,
            Box::new(move || {
                let options = again.clone();
                Box::pin(async move { Ok(options.connect().await?) })
            }),
            "BEGIN; SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE",
            crate::pg_sql::file_complaints,
        );
        Ok(PgBackend {
            read,
            options: std::sync::Arc::new(options),
            writer,
        })
    }

    pub async fn migrate(&self, migrator: &sqlx::migrate::Migrator) -> Result<(), StoreError> {
        let mut conn = self.options.connect().await?;
        crate::migrations::repair_edited_migrations!(&mut conn, migrator, postgres_old);
        migrator.run(&mut conn).await?;
        conn.close().await?;
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

    /// Files a new complaint with the others of its group (see `filing.rs`); returns its id
    /// once the transaction committed.
    pub(crate) async fn file(&self, filing: crate::filing::ToFile) -> Result<i64, StoreError> {
        self.writer.file(filing).await
    }
}
