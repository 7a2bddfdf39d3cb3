//! The store's one error type, named by outcome.

use std::sync::Arc;

#[derive(Debug, Clone, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    /// Someone changed the record between the caller's read and its write.
    #[error("the complaint was changed by someone else meanwhile")]
    Conflict,
    /// A unique value already exists (the constraint is named).
    #[error("{0} already exists")]
    Duplicate(Unique),
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
                return StoreError::Duplicate(Unique::of(db.as_ref()));
            }
            if db.is_foreign_key_violation() {
                return StoreError::Reference;
            }
        }
        StoreError::Database(Arc::new(e))
    }
}

/// The unique values callers tell apart; the others are named by their constraint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unique {
    /// `complaints.tracking_code`: a new code is drawn.
    TrackingCode,
    /// `intake_receipts.key`: the submission was registered already.
    IntakeKey,
    /// `users.email`.
    Email,
    /// The code of a reference row (unit, category…).
    Code,
    Other(String),
}

impl Unique {
    /// The constraint a unique violation names. PostgreSQL names it; SQLite names only
    /// the columns, in the fixed form `UNIQUE constraint failed: table.column[, …]`.
    fn of(db: &dyn sqlx::error::DatabaseError) -> Unique {
        let name = match db.constraint() {
            Some(name) => name,
            None => {
                let message = db.message();
                message
                    .strip_prefix("UNIQUE constraint failed: ")
                    .unwrap_or(message)
            }
        };
        match name {
            "complaints_tracking_code_key" | "complaints.tracking_code" => Unique::TrackingCode,
            "intake_receipts_pkey" | "intake_receipts.key" => Unique::IntakeKey,
            "users_email_key" | "users.email" => Unique::Email,
            "units_pkey" | "units.code" | "categories_pkey" | "categories.code" => Unique::Code,
            other => Unique::Other(other.to_owned()),
        }
    }
}

impl std::fmt::Display for Unique {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Unique::TrackingCode => "tracking_code",
            Unique::IntakeKey => "intake_key",
            Unique::Email => "email",
            Unique::Code => "code",
            Unique::Other(name) => name,
        })
    }
}

impl From<sqlx::migrate::MigrateError> for StoreError {
    fn from(e: sqlx::migrate::MigrateError) -> StoreError {
        StoreError::Migrate(Arc::new(e))
    }
}
