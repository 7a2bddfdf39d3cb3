//! The store's one error type, named by outcome.

use std::sync::Arc;

#[derive(Debug, Clone, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    /// Someone changed the record between the caller's read and its write.
    #[error("the complaint was changed by someone else meanwhile")]
    Conflict,
    /// A unique value already exists (the value's column is named).
    #[error("{0} already exists")]
    Duplicate(String),
    /// A value refers to a row that does not exist (unknown unit, category, user…).
    #[error("a value refers to something that does not exist")]
    Reference,
    #[error("the reference data is invalid: {0}")]
    Data(String),
    #[error("database error: {0}")]
    Database(Arc<sqlx::Error>),
    #[error("migration failed: {0}")]
    Migrate(Arc<sqlx::migrate::MigrateError>),
    #[error("the write queue is closed: the server is shutting down")]
    Closed,
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> StoreError {
        if let sqlx::Error::Database(db) = &e {
            if db.is_unique_violation() {
                let msg = db.message();
                let what = if msg.contains("tracking_code") {
                    "tracking_code"
                } else if msg.contains("intake_receipts") {
                    "intake_key"
                } else if msg.contains("email") {
                    "email"
                } else {
                    db.constraint().unwrap_or("value")
                };
                return StoreError::Duplicate(what.to_owned());
            }
            if db.is_foreign_key_violation() {
                return StoreError::Reference;
            }
        }
        StoreError::Database(Arc::new(e))
    }
}

impl From<sqlx::migrate::MigrateError> for StoreError {
    fn from(e: sqlx::migrate::MigrateError) -> StoreError {
        StoreError::Migrate(Arc::new(e))
    }
}
