//! `redress audit verify`.

use super::{Failure, open_store};
use crate::config::Settings;
use std::process::ExitCode;
use store::AuditReport;

pub async fn verify(settings: &Settings) -> Result<ExitCode, Failure> {
    let store = open_store(settings).await?;
    match store.verify_audit().await? {
        AuditReport::Intact { events } => {
            println!("audit trail intact: {events} events verified");
            Ok(ExitCode::SUCCESS)
        }
        AuditReport::Broken { seq, reason } => {
            eprintln!("audit trail BROKEN at event {seq}: {reason}");
            Ok(ExitCode::FAILURE)
        }
    }
}
