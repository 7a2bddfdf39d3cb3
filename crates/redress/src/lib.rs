//! Redress, the server. Front doors (`web`, `channels`, `cli`, `workers`) stand on the
//! services (`intake`, `handling`, `admin`, `queues`, `notify`, with their context in
//! `services`); the domain rules live in the `domain` crate and all SQL in the `store` crate.

pub mod admin;
pub mod attachments;
pub mod auth;
pub mod backup;
pub mod catalog;
pub mod channels;
pub mod cli;
pub mod config;
pub mod exercises;
pub mod handbook;
pub mod handling;
pub mod i18n;
pub mod intake;
pub mod keys;
pub mod limits;
pub mod notify;
pub mod open_data;
pub mod posters;
pub mod queues;
pub mod services;
pub mod stats;
pub mod tls;
pub mod totp;
pub mod web;
pub mod workers;
