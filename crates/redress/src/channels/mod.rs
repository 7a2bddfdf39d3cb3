//! Channels: how Redress reaches people outside the web (and, later, how they reach it):
//! e-mail through any SMTP server, SMS through Kannel.

pub mod email;
pub mod sms;

/// Why a message did not go: worth trying again later, or never.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    #[error("{0}")]
    Temporary(String),
    #[error("{0}")]
    Permanent(String),
}
