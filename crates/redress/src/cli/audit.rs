//! `redress audit verify [--since HEAD]`: both chains, the complaints' and the admin
//! changes'; with `--since`, also that today's chain extends a head published earlier.
//! `redress audit head`: the heads to publish (also on `/open-data/audit-head.json`).

use super::{Failure, open_store};
use crate::config::Settings;
use std::process::ExitCode;
use store::{AuditChain, AuditReport};

/// A published head as people copy it: `SEQ:HASH` or the hash alone.
fn parse_head(raw: &str) -> Result<(Option<i64>, String), Failure> {
    let raw = raw.trim();
    let (seq, hash) = match raw.split_once(':') {
        Some((seq, hash)) => {
            let seq = seq
                .parse::<i64>()
                .map_err(|_| Failure(format!("--since {raw:?}: expected SEQ:HASH or HASH")))?;
            (Some(seq), hash)
        }
        None => (None, raw),
    };
    let hash = hash.to_ascii_lowercase();
    if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(Failure(format!(
            "--since {raw:?}: a head's hash is 64 hexadecimal characters"
        )));
    }
    Ok((seq, hash))
}

pub async fn verify(settings: &Settings, since: Option<&str>) -> Result<ExitCode, Failure> {
    let since = since.map(parse_head).transpose()?;
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
    if let (true, Some((seq, hash))) = (intact, since) {
        // Every link was checked from the first event: if an event still has the published
        // hash, the chain up to it is the one that was published, and it was only extended.
        let found = if hash == domain::audit::GENESIS {
            // The head of an empty chain: every chain extends it.
            Some((AuditChain::Complaints, 0))
        } else {
            store.find_audit_hash(&hash).await?
        };
        match found {
            Some((_, 0)) if seq.is_none_or(|s| s == 0) => {
                println!("the published head is the start of the trail: it is extended");
            }
            Some((chain, found)) if seq.is_none_or(|s| s == found) => {
                let name = match chain {
                    AuditChain::Complaints => "audit trail",
                    AuditChain::Admin => "admin trail",
                };
                println!("{name} extends the published head {found}:{hash}");
            }
            Some((_, found)) => {
                eprintln!(
                    "the published head {hash} is event {found} today, not event {}: the trail was rewritten",
                    seq.unwrap_or_default()
                );
                intact = false;
            }
            None => {
                eprintln!(
                    "no event has the published head's hash {hash}: today's trail does not extend it (rewritten or another database)"
                );
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

pub async fn head(settings: &Settings) -> Result<ExitCode, Failure> {
    let store = open_store(settings).await?;
    let heads = store.audit_heads().await?;
    println!(
        "{}",
        serde_json::to_string_pretty(&heads).expect("heads serialise")
    );
    Ok(ExitCode::SUCCESS)
}
