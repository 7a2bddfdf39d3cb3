//! `redress export --format csv|json [--out FILE|FOLDER]`: the open data set, the same
//! files as `/open-data/` (`crate::open_data`).

use super::{Failure, open_store};
use crate::config::Settings;
use crate::open_data::{self, Format};
use crate::services::Services;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn create(path: &Path) -> Result<BufWriter<std::fs::File>, Failure> {
    std::fs::File::create(path)
        .map(BufWriter::new)
        .map_err(|e| Failure(format!("cannot write {}: {e}", path.display())))
}

pub async fn export(
    settings: &Settings,
    format: &str,
    out: Option<PathBuf>,
) -> Result<ExitCode, Failure> {
    let format = Format::parse(format)
        .ok_or_else(|| Failure(format!("--format {format:?}: choose csv or json")))?;
    let store = open_store(settings).await?;
    let app = Services::new(store, settings.data_dir.join("attachments")).await?;
    let ext = format.extension();
    let single_file = out
        .as_ref()
        .is_some_and(|p| p.extension().is_some_and(|e| e == "csv" || e == "json"));
    match out {
        None => {
            let mut w = BufWriter::new(std::io::stdout());
            open_data::write_complaints(&app, format, &mut w)
                .await
                .map_err(|e| Failure(e.to_string()))?;
        }
        Some(path) if single_file => {
            let mut w = create(&path)?;
            open_data::write_complaints(&app, format, &mut w)
                .await
                .map_err(|e| Failure(e.to_string()))?;
            eprintln!("redress: wrote {}", path.display());
        }
        Some(dir) => {
            std::fs::create_dir_all(&dir)
                .map_err(|e| Failure(format!("cannot create {}: {e}", dir.display())))?;
            let mut w = create(&dir.join(format!("complaints.{ext}")))?;
            open_data::write_complaints(&app, format, &mut w)
                .await
                .map_err(|e| Failure(e.to_string()))?;
            let rows = open_data::aggregates(&app).await?;
            let mut w = create(&dir.join(format!("aggregates.{ext}")))?;
            open_data::write_aggregates(&rows, format, &mut w)
                .map_err(|e| Failure(e.to_string()))?;
            w.flush().map_err(|e| Failure(e.to_string()))?;
            let mut w = create(&dir.join(format!("dictionary.{ext}")))?;
            open_data::write_dictionary(format, &mut w).map_err(|e| Failure(e.to_string()))?;
            w.flush().map_err(|e| Failure(e.to_string()))?;
            let heads = app.store.audit_heads().await?;
            let mut w = create(&dir.join("audit-head.json"))?;
            serde_json::to_writer_pretty(&mut w, &heads).map_err(|e| Failure(e.to_string()))?;
            w.flush().map_err(|e| Failure(e.to_string()))?;
            eprintln!("redress: wrote the open data set in {}", dir.display());
        }
    }
    Ok(ExitCode::SUCCESS)
}
