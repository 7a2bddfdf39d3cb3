//! Redress, the server: HTTP surfaces (`web`), intake, complaint handling, the command line.
//! The domain rules live in the `domain` crate and all SQL in the `store` crate.

pub mod admin;
pub mod app;
pub mod attachments;
pub mod auth;
pub mod catalog;
pub mod channels;
pub mod cli;
pub mod config;
pub mod handling;
pub mod i18n;
pub mod intake;
pub mod limits;
pub mod notify;
pub mod queues;
pub mod totp;
pub mod web;
pub mod workers;
