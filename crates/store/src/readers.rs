//! The connections that reads borrow, on both backends. sqlx's own pool pings a connection
//! when it lends it and again when it takes it back: two round trips to PostgreSQL (two
//! hand-offs to the connection's thread on SQLite) around a lookup that needs one. Here a
//! connection is checked only when it has lain idle for a while, as HikariCP does, and a read
//! that was cut short or lost its connection gives the connection up instead of lending it on.
//! A lost connection (the server restarted, an administrator closed it) also gives up the
//! idle ones, which were most likely lost with it: one read fails, not one per connection.

use crate::error::StoreError;
use deadpool::managed::{self, Metrics, Object, QueueMode, RecycleError, RecycleResult, Timeouts};
use futures_util::future::BoxFuture;
use sqlx::{ConnectOptions, Connection};
use std::time::Duration;

/// A connection used more recently than this is lent without a ping: under load every
/// connection is, and a dead one is then found by its next read, which fails once.
const CHECK_AFTER_IDLE: Duration = Duration::from_secs(1);
/// Connections are replaced after this long, so a server's per-connection memory does not
/// grow without end (sqlx's default `max_lifetime`).
const MAX_LIFETIME: Duration = Duration::from_secs(30 * 60);
/// How long a read waits for a connection, or for a new one to open, before "try again
/// later".
const WAIT: Duration = Duration::from_secs(10);

/// The options of a database's URL, which open the connections a pool holds.
pub trait Options: ConnectOptions<Connection: Sized> {
    /// Runs `sql` (one or more statements) on a connection just opened.
    fn set_up<'a>(conn: &'a mut Self::Connection, sql: &'a str) -> BoxFuture<'a, SetUp>;
}
type SetUp = Result<(), sqlx::Error>;
/// The same for both backends: runs `sql` on `conn` (a macro: sqlx's executors are per
/// connection type).
macro_rules! set_up_by_raw_sql {
    ($options:ty, $conn:ty) => {
        impl Options for $options {
            fn set_up<'a>(conn: &'a mut $conn, sql: &'a str) -> BoxFuture<'a, SetUp> {
                Box::pin(async move {
                    let sql = sqlx::AssertSqlSafe(sql.to_owned());
                    sqlx::raw_sql(sql).execute(conn).await.map(drop)
                })
            }
        }
    };
}
set_up_by_raw_sql!(sqlx::sqlite::SqliteConnectOptions, sqlx::SqliteConnection);
set_up_by_raw_sql!(sqlx::postgres::PgConnectOptions, sqlx::PgConnection);

/// Opens (with the options of the database's URL, then the statements that set up each
/// connection, if any) and checks the connections of a [`Readers`].
pub struct Opener<O> {
    options: O,
    set_up: Option<String>,
}

impl<O: Options> managed::Manager for Opener<O> {
    type Type = O::Connection;
    type Error = sqlx::Error;

    async fn create(&self) -> Result<O::Connection, sqlx::Error> {
        let mut conn = self.options.connect().await?;
        if let Some(sql) = &self.set_up {
            O::set_up(&mut conn, sql).await?;
        }
        Ok(conn)
    }

    async fn recycle(
        &self,
        conn: &mut O::Connection,
        metrics: &Metrics,
    ) -> RecycleResult<sqlx::Error> {
        if metrics.age() > MAX_LIFETIME {
            return Err(RecycleError::message("past its lifetime"));
        }
        if metrics.last_used() > CHECK_AFTER_IDLE {
            conn.ping().await.map_err(RecycleError::Backend)?;
        }
        Ok(())
    }
}

/// A pool of read connections.
pub struct Readers<O: Options> {
    pool: managed::Pool<Opener<O>>,
}

impl<O: Options> Clone for Readers<O> {
    fn clone(&self) -> Self {
        Readers {
            pool: self.pool.clone(),
        }
    }
}

impl<O: Options> Readers<O> {
    /// At most `size` connections, each opened with `options` when first needed, then set
    /// up by `set_up`'s statements if there are any.
    pub fn new(size: usize, options: O, set_up: Option<String>) -> Readers<O> {
        let pool = managed::Pool::builder(Opener { options, set_up })
            .max_size(size)
            // The connection used last is lent first: the others age, and are checked once
            // they are needed again.
            .queue_mode(QueueMode::Lifo)
            .timeouts(Timeouts {
                wait: Some(WAIT),
                create: Some(WAIT),
                recycle: Some(WAIT),
            })
            .runtime(deadpool::Runtime::Tokio1)
            .build()
            .expect("a runtime is set");
        Readers { pool }
    }

    /// Borrows a connection; `StoreError::is_unavailable` when none came in time.
    pub async fn acquire(&self) -> Result<Reader<O>, StoreError> {
        let conn = self.pool.get().await.map_err(|e| match e {
            managed::PoolError::Backend(e) => StoreError::from(e),
            managed::PoolError::Closed => StoreError::from(sqlx::Error::PoolClosed),
            _ => StoreError::from(sqlx::Error::PoolTimedOut),
        })?;
        Ok(Reader {
            conn: Some(conn),
            read: Read::Running,
        })
    }
}

/// How a borrowed connection's read ended, as far as [`Reader::done`] saw it.
enum Read {
    /// Not seen to end: cut short, or not over yet.
    Running,
    /// Over, with the connection sound.
    Kept,
    /// The connection was lost.
    Lost,
}

/// A borrowed connection. It goes back to the pool only if [`Reader::done`] saw its read
/// end without losing the connection; dropped otherwise (a read cut short may leave a
/// transaction open, or a reply half read).
pub struct Reader<O: Options> {
    conn: Option<Object<Opener<O>>>,
    read: Read,
}

impl<O: Options> Reader<O> {
    /// Passes on the read's result, noting whether the connection may serve again.
    pub fn done<T>(mut self, result: Result<T, StoreError>) -> Result<T, StoreError> {
        self.read = if result.as_ref().is_err_and(StoreError::lost_connection) {
            Read::Lost
        } else {
            Read::Kept
        };
        result
    }
}

impl<O: Options> std::ops::Deref for Reader<O> {
    type Target = O::Connection;
    fn deref(&self) -> &O::Connection {
        self.conn.as_ref().expect("held until dropped")
    }
}

impl<O: Options> std::ops::DerefMut for Reader<O> {
    fn deref_mut(&mut self) -> &mut O::Connection {
        self.conn.as_mut().expect("held until dropped")
    }
}

impl<O: Options> Drop for Reader<O> {
    fn drop(&mut self) {
        let Some(conn) = self.conn.take() else {
            return;
        };
        let pool = match self.read {
            Read::Kept => return,
            Read::Running => None,
            Read::Lost => Object::pool(&conn),
        };
        // Out of the pool; dropping the connection closes it.
        drop(Object::take(conn));
        if let Some(pool) = pool {
            pool.retain(|_, _| false);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlx::sqlite::SqliteConnectOptions;
    use std::str::FromStr;

    fn in_memory() -> Readers<SqliteConnectOptions> {
        // Each connection is its own database: a table made on one shows which one is lent.
        // (sqlx shares one in-memory database among a URL's connections while one is open;
        // a connection given up closes on its worker thread a moment later, so with the
        // shared cache a new one could still see the old one's table.)
        Readers::new(
            2,
            SqliteConnectOptions::from_str("sqlite::memory:")
                .unwrap()
                .shared_cache(false),
            None,
        )
    }

    async fn marked(r: &mut Reader<SqliteConnectOptions>) -> bool {
        sqlx::query("SELECT 1 FROM mark")
            .fetch_all(&mut **r)
            .await
            .is_ok()
    }

    #[tokio::test]
    async fn a_connection_is_lent_again_only_after_a_read_that_kept_it() {
        let readers = in_memory();
        let mut r = readers.acquire().await.unwrap();
        sqlx::query("CREATE TABLE mark (x)")
            .execute(&mut *r)
            .await
            .unwrap();
        r.done(Ok(())).unwrap();
        assert_eq!(readers.pool.status().size, 1);

        // The same connection again, and a query error (no such table elsewhere) keeps it.
        let mut r = readers.acquire().await.unwrap();
        assert!(
            marked(&mut r).await,
            "the connection used last is lent first"
        );
        let refused = sqlx::query("SELECT * FROM nowhere")
            .fetch_all(&mut *r)
            .await
            .map_err(StoreError::from);
        assert!(r.done(refused).is_err());
        assert_eq!(readers.pool.status().size, 1);

        // Cut short (dropped before `done`): given up, and the next read gets a new one.
        let r = readers.acquire().await.unwrap();
        drop(r);
        assert_eq!(readers.pool.status().size, 0);
        let mut r = readers.acquire().await.unwrap();
        assert!(!marked(&mut r).await, "a new connection");
        r.done(Ok(())).unwrap();
        assert_eq!(readers.pool.status().size, 1);
    }

    #[tokio::test]
    async fn a_lost_connection_gives_up_the_idle_ones_too() {
        let readers = in_memory();
        let (a, b) = (
            readers.acquire().await.unwrap(),
            readers.acquire().await.unwrap(),
        );
        a.done(Ok(())).unwrap();
        assert_eq!(readers.pool.status().available, 1);
        let lost = Err(StoreError::from(sqlx::Error::Io(std::io::Error::from(
            std::io::ErrorKind::ConnectionReset,
        ))));
        assert!(b.done::<()>(lost).unwrap_err().lost_connection());
        assert_eq!(readers.pool.status().size, 0, "the idle one went too");
    }
}
