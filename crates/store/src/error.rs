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

impl StoreError {
    /// The database cannot serve now but may soon again: its connection was lost or refused,
    /// no connection came free in time, the disk is full, it is shutting down. A caller
    /// answers "try again later" (503), not "our bug" (500).
    pub fn is_unavailable(&self) -> bool {
        match self {
            StoreError::Closed => true,
            StoreError::Database(e) => unavailable(e),
            _ => false,
        }
    }

    /// The read or write lost its connection (closed, broken, its thread gone, the server
    /// going away): that connection must not serve again. Refusals, constraint violations
    /// and values that do not decode leave it sound.
    pub fn lost_connection(&self) -> bool {
        let StoreError::Database(e) = self else {
            return false;
        };
        match &**e {
            sqlx::Error::Database(db) => {
                db.try_downcast_ref::<sqlx::sqlite::SqliteError>().is_none()
                    && db
                        .code()
                        .is_some_and(|c| c.starts_with("08") || c.starts_with("57P"))
            }
            sqlx::Error::RowNotFound
            | sqlx::Error::TypeNotFound { .. }
            | sqlx::Error::ColumnIndexOutOfBounds { .. }
            | sqlx::Error::ColumnNotFound(_)
            | sqlx::Error::ColumnDecode { .. }
            | sqlx::Error::Encode(_)
            | sqlx::Error::Decode(_) => false,
            _ => true,
        }
    }
}

fn unavailable(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(db) => {
            let code = db.code().unwrap_or_default();
            if db.try_downcast_ref::<sqlx::sqlite::SqliteError>().is_some() {
                // The primary result code is the low byte of the extended one: BUSY, LOCKED,
                // NOMEM, IOERR, FULL, CANTOPEN.
                code.parse::<i32>()
                    .is_ok_and(|c| matches!(c & 0xff, 5 | 6 | 7 | 10 | 13 | 14))
            } else {
                // SQLSTATE: connection exception, insufficient resources (disk full, out of
                // memory, too many connections), shutting down or starting up, I/O error.
                code.starts_with("08")
                    || code.starts_with("53")
                    || code.starts_with("57P0")
                    || code == "58030"
            }
        }
        _ => false,
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

#[cfg(test)]
mod tests {
    use super::StoreError;
    use sqlx::Connection;

    #[tokio::test]
    async fn a_full_disk_is_unavailable_a_bad_query_is_not() {
        let mut conn = sqlx::SqliteConnection::connect("sqlite::memory:")
            .await
            .unwrap();
        sqlx::raw_sql("CREATE TABLE t (x BLOB); PRAGMA max_page_count = 8;")
            .execute(&mut conn)
            .await
            .unwrap();
        // What SQLite answers when the file cannot grow: SQLITE_FULL.
        let full = sqlx::query("INSERT INTO t VALUES (zeroblob(100000))")
            .execute(&mut conn)
            .await
            .unwrap_err();
        assert!(StoreError::from(full).is_unavailable());
        let bug = sqlx::query("SELECT nothing FROM t")
            .execute(&mut conn)
            .await
            .unwrap_err();
        assert!(!StoreError::from(bug).is_unavailable());
        assert!(StoreError::from(sqlx::Error::PoolTimedOut).is_unavailable());
        assert!(StoreError::Closed.is_unavailable());
        assert!(!StoreError::NotFound.is_unavailable());
    }
}
