//! The `Store`'s methods, by area; each runs one `sql/` function on the backend in use
//! (the `read!` and `write!` macros of `lib.rs`).

mod backup;
mod complaints;
mod messages;
mod public;
mod staff;
