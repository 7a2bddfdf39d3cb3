//! The HTTP surfaces. Handlers are thin: parse, authorise, call the services (intake,
//! handling, admin, queues), render. Nothing below this module imports from it.

pub mod api;
mod app;
pub mod auth;
pub mod channels;
mod complaint_form;
pub mod error;
pub mod metrics;
pub mod open311;
pub mod open_data;
pub mod ops;
pub mod pages;
pub mod proxy;
pub mod server;
pub mod staff;

pub use app::{AppState, MAX_BODY, MAX_UPLOAD_BODY, client_ip, router};
