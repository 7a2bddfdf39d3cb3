//! `redress audit verify`: both chains, the complaints' and the admin changes'.

use super::{Failure, open_store};
use crate::config::Settings;
use std::process::ExitCode;
use store::AuditReport;

pub async fn verify(settings: &Settings) -> Result<ExitCode, Failure> {
    let store = open_store(settings).await?;
    let mut intact = true;
    for (name, report) in [
        ("audit trail", store.verify_audit().await?),
        ("admin trail", store.verify_admin_audit().await?),
    ] {
        match report {
            AuditReport::Intact { events } => {
                println!("{name} intact: {events} events verified");
            }
            AuditReport::Broken { seq, reason } => {
                eprintln!("{name} BROKEN at event {seq}: {reason}");
                intact = false;
            }
        }
    }
    Ok(if intact {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
