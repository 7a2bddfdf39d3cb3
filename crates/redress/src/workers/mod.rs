//! Work that runs inside `redress serve` beside the HTTP server. On PostgreSQL several
//! nodes run it at once: each job is claimed in the database, never done twice.

pub mod deadlines;
pub mod outbox;
pub mod retention;
