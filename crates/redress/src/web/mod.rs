//! The HTTP surfaces. Handlers are thin: parse, authorise, call intake/handling/store,
//! render.

pub mod api;
pub mod auth;
pub mod error;
pub mod metrics;
pub mod ops;
pub mod pages;
pub mod staff;
