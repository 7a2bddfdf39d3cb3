//! `redress backup --out DIR [--include-key]` and `redress restore --from DIR`
//! (`crate::backup`).

use super::{Failure, open_store};
use crate::backup::{self, Target};
use crate::config::Settings;
use std::path::Path;
use std::process::ExitCode;

fn target(settings: &Settings) -> Target<'_> {
    Target {
        database_url: &settings.database_url,
        key_file: &settings.secret_key_file,
        legacy_files: settings.data_dir.join("attachments"),
    }
}

pub async fn backup(
    settings: &Settings,
    out: &Path,
    include_key: bool,
) -> Result<ExitCode, Failure> {
    let store = open_store(settings).await?;
    let started = std::time::Instant::now();
    let manifest = backup::create(&store, &target(settings), out, include_key)
        .await
        .map_err(Failure)?;
    let bytes: u64 = manifest.files.iter().map(|f| f.size).sum();
    eprintln!(
        "redress: backup of {} complaints written to {} ({} files, {:.1} MB, {:.1} s); audit head {}:{}{}",
        manifest.summary.complaints,
        out.display(),
        manifest.files.len(),
        bytes as f64 / 1e6,
        started.elapsed().as_secs_f64(),
        manifest.summary.heads.complaints.seq,
        manifest.summary.heads.complaints.hash,
        if include_key {
            "; it holds the key file: keep it as safe as the key"
        } else {
            "; the key file is not in it: keep the key elsewhere, a restore needs it"
        }
    );
    Ok(ExitCode::SUCCESS)
}

pub async fn restore(settings: &Settings, from: &Path) -> Result<ExitCode, Failure> {
    let restored = backup::restore(from, &target(settings))
        .await
        .map_err(Failure)?;
    println!(
        "restored {} complaints from the backup of {}; {} audit events verified; audit head {}:{} as in the manifest",
        restored.now.complaints,
        restored
            .manifest
            .created_at
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default(),
        restored.events_verified,
        restored.now.heads.complaints.seq,
        restored.now.heads.complaints.hash,
    );
    Ok(ExitCode::SUCCESS)
}
