//! Channels: how Redress reaches people outside the web and how they reach it: e-mail
//! through any SMTP server, SMS both ways through Kannel (`sms`, `sms_inbound`), USSD
//! menus through an aggregator's session callback (`ussd`).

pub mod email;
pub mod sms;
pub mod sms_inbound;
pub mod ussd;

/// Why a message did not go: worth trying again later, or never.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    #[error("{0}")]
    Temporary(String),
    #[error("{0}")]
    Permanent(String),
}
