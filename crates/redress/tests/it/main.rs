//! Redress server tests: the JSON API in process (both backends), bad input, and the
//! command line as a real process.

mod admin;
mod api;
mod backup;
mod bad_input;
mod cli;
mod demo_jobs;
mod duplicates;
mod escalation;
mod gateways;
mod handbook;
mod hardening;
mod keys;
mod locks;
mod matrix;
mod notifications;
mod open311;
mod open_data;
mod openapi;
mod pages;
mod posters;
mod queues;
mod retention;
mod routing;
mod sms;
mod sms_kannel;
mod staff;
mod staff_matrix;
mod stats;
mod support;
mod tls;
mod training;
mod transport;
mod two_factor;
mod ussd;
