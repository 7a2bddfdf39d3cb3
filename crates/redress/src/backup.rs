//! `redress backup` and `redress restore`.
//!
//! A backup is a folder: the database as it was at one instant while the server kept
//! taking writes (SQLite: `VACUUM INTO`; PostgreSQL: `pg_dump` of an exported
//! repeatable-read snapshot), the attachment files that versions before 0017 kept in the
//! data folder, the key file only when asked, and `manifest.json`: what the copy holds
//! (audit heads, complaints, schema version), a check value of the key, and every file's
//! size and SHA-256. A restore goes only into an empty database, checks every file and
//! the key first, then the audit chains and the heads against the manifest.

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use store::{BackupSummary, Store, Vault};

pub const MANIFEST: &str = "manifest.json";
const SQLITE_FILE: &str = "redress.db";
const PG_FILE: &str = "redress.dump";
const KEY_FILE: &str = "secret.key";
const LEGACY_FILES: &str = "attachments";

/// What a backup holds.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Manifest {
    pub format: u32,
    pub redress_version: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: time::OffsetDateTime,
    /// `sqlite` or `postgres`.
    pub backend: String,
    #[serde(flatten)]
    pub summary: BackupSummary,
    /// A keyed hash that tells whether a key file is the one the data was sealed with.
    pub key_check: String,
    pub key_included: bool,
    pub files: Vec<FileEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FileEntry {
    /// Relative to the backup folder, with `/`.
    pub path: String,
    pub size: u64,
    pub sha256: String,
}

/// Where a backup comes from or a restore goes.
pub struct Target<'a> {
    pub database_url: &'a str,
    pub key_file: &'a Path,
    /// The data folder's `attachments` (files of versions before 0017).
    pub legacy_files: PathBuf,
}

fn key_check(vault: &Vault) -> String {
    vault.mac("backup-key-check", b"redress")
}

fn io(what: &str, path: &Path) -> impl FnOnce(std::io::Error) -> String {
    let where_ = format!("{what} {}", path.display());
    move |e| format!("{where_}: {e}")
}

/// Writes a backup of `store` into `out` (created; it must not exist or be empty).
pub async fn create(
    store: &Store,
    from: &Target<'_>,
    out: &Path,
    include_key: bool,
) -> Result<Manifest, String> {
    if out.exists()
        && std::fs::read_dir(out)
            .map_err(io("cannot read", out))?
            .next()
            .is_some()
    {
        return Err(format!(
            "{} is not empty: choose a new folder",
            out.display()
        ));
    }
    std::fs::create_dir_all(out).map_err(io("cannot create", out))?;
    let backend = store.backend_name();
    let summary = match backend {
        "sqlite" => store
            .copy_sqlite(&out.join(SQLITE_FILE))
            .await
            .map_err(|e| format!("cannot copy the database: {e}"))?,
        _ => {
            let file = out.join(PG_FILE);
            let url = from.database_url.to_owned();
            let ((), summary) = store
                .with_pg_snapshot(|snapshot| async move {
                    tokio::task::spawn_blocking(move || pg_dump(&url, &snapshot, &file))
                        .await
                        .map_err(|e| store::StoreError::Data(e.to_string()))?
                        .map_err(store::StoreError::Data)
                })
                .await
                .map_err(|e| format!("cannot dump the database: {e}"))?;
            summary
        }
    };
    // Files of versions before 0017: any file referenced by the copy was written before
    // its complaint was committed, so copying after the snapshot finds it.
    if from.legacy_files.is_dir() {
        copy_tree(&from.legacy_files, &out.join(LEGACY_FILES))?;
    }
    if include_key {
        let target = out.join(KEY_FILE);
        std::fs::copy(from.key_file, &target).map_err(io("cannot copy", from.key_file))?;
        set_owner_only(&target)?;
    }
    let manifest = Manifest {
        format: 1,
        redress_version: env!("CARGO_PKG_VERSION").to_owned(),
        created_at: time::OffsetDateTime::now_utc(),
        backend: backend.to_owned(),
        summary,
        key_check: key_check(store.vault()),
        key_included: include_key,
        files: list_files(out)?,
    };
    let text = serde_json::to_string_pretty(&manifest).expect("a manifest serialises");
    write_synced(&out.join(MANIFEST), text.as_bytes())?;
    Ok(manifest)
}

/// What a restore found.
#[derive(Debug)]
pub struct Restored {
    pub manifest: Manifest,
    pub now: BackupSummary,
    pub events_verified: i64,
}

/// Brings the backup in `from` back into `to`, an empty database, then checks it.
pub async fn restore(from: &Path, to: &Target<'_>) -> Result<Restored, String> {
    let text = std::fs::read_to_string(from.join(MANIFEST))
        .map_err(io("cannot read", &from.join(MANIFEST)))?;
    let manifest: Manifest =
        serde_json::from_str(&text).map_err(|e| format!("{MANIFEST} is not valid: {e}"))?;
    if manifest.format != 1 {
        return Err(format!("backup format {} is not known", manifest.format));
    }
    // 1. Every file is there and whole.
    for entry in &manifest.files {
        let path = from.join(&entry.path);
        let (size, sha256) = digest(&path)?;
        if (size, sha256.as_str()) != (entry.size, entry.sha256.as_str()) {
            return Err(format!(
                "{} is damaged: its size or SHA-256 is not the manifest's",
                path.display()
            ));
        }
    }
    // 2. The key: the one the data was sealed with, or the backup's when there is none.
    if to.key_file.exists() {
        let vault = Vault::load_or_create(to.key_file).map_err(|e| e.to_string())?;
        if key_check(&vault) != manifest.key_check {
            return Err(format!(
                "the key file {} is not the one this backup's personal data was sealed with: \
                 put that key there (or restore onto a machine without a key file, with a \
                 backup made with --include-key)",
                to.key_file.display()
            ));
        }
    } else if manifest.key_included {
        if let Some(dir) = to.key_file.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(io("cannot create", dir))?;
        }
        std::fs::copy(from.join(KEY_FILE), to.key_file).map_err(io("cannot write", to.key_file))?;
        set_owner_only(to.key_file)?;
    } else {
        return Err(format!(
            "no key file at {}: put the key file of the backed-up installation there first \
             (the backup was made without --include-key)",
            to.key_file.display()
        ));
    }
    let vault = std::sync::Arc::new(Vault::load_or_create(to.key_file).map_err(|e| e.to_string())?);
    let target_backend = if to.database_url.starts_with("sqlite:") {
        "sqlite"
    } else {
        "postgres"
    };
    if target_backend != manifest.backend {
        return Err(format!(
            "this backup is of a {} database; the target is {target_backend}",
            manifest.backend
        ));
    }
    // 3. The database, only into an empty one.
    if target_backend == "sqlite" {
        let path = sqlite_path(to.database_url)?;
        if path.exists() {
            return Err(format!(
                "{} exists: a restore goes only where there is no database yet",
                path.display()
            ));
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(io("cannot create", dir))?;
        }
        let partial = path.with_extension("restoring");
        std::fs::copy(from.join(SQLITE_FILE), &partial).map_err(io("cannot write", &partial))?;
        std::fs::File::open(&partial)
            .and_then(|f| f.sync_all())
            .map_err(io("cannot sync", &partial))?;
        std::fs::rename(&partial, &path).map_err(io("cannot write", &path))?;
    } else {
        let store = Store::open(to.database_url, vault.clone())
            .await
            .map_err(|e| e.to_string())?;
        if !store.is_empty().await.map_err(|e| e.to_string())? {
            return Err(
                "the target database has tables: a restore goes only into an empty database".into(),
            );
        }
        drop(store);
        let url = to.database_url.to_owned();
        let file = from.join(PG_FILE);
        tokio::task::spawn_blocking(move || pg_restore(&url, &file))
            .await
            .map_err(|e| e.to_string())??;
    }
    if from.join(LEGACY_FILES).is_dir() {
        copy_tree(&from.join(LEGACY_FILES), &to.legacy_files)?;
    }
    // 4. Upgrade if the backup is older, then check.
    let store = Store::open(to.database_url, vault)
        .await
        .map_err(|e| e.to_string())?;
    store.migrate().await.map_err(|e| e.to_string())?;
    let mut events_verified = 0;
    for (name, report) in [
        ("audit trail", store.verify_audit().await),
        ("admin trail", store.verify_admin_audit().await),
    ] {
        match report.map_err(|e| e.to_string())? {
            store::AuditReport::Intact { events } => events_verified += events,
            store::AuditReport::Broken { seq, reason } => {
                return Err(format!(
                    "the restored {name} is BROKEN at event {seq}: {reason}"
                ));
            }
        }
    }
    let now = store.backup_summary().await.map_err(|e| e.to_string())?;
    if now.heads != manifest.summary.heads || now.complaints != manifest.summary.complaints {
        return Err(format!(
            "the restored database does not hold what the manifest says: heads {:?} and {} \
             complaints, expected {:?} and {}",
            now.heads, now.complaints, manifest.summary.heads, manifest.summary.complaints
        ));
    }
    Ok(Restored {
        manifest,
        now,
        events_verified,
    })
}

fn sqlite_path(url: &str) -> Result<PathBuf, String> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
        .ok_or_else(|| "not an SQLite URL".to_owned())?;
    let path = rest.split('?').next().unwrap_or_default();
    if path.is_empty() || path == ":memory:" {
        return Err("an SQLite restore needs a database file".into());
    }
    Ok(PathBuf::from(path))
}

/// The libpq connection of a database URL, the password apart (given to the child in its
/// environment, never on its command line where `ps` shows it).
fn libpq(url: &str) -> Result<(String, Option<String>), String> {
    let mut parsed =
        reqwest::Url::parse(url).map_err(|e| format!("database_url is not a URL: {e}"))?;
    let password = parsed.password().map(|p| {
        percent_encoding::percent_decode_str(p)
            .decode_utf8_lossy()
            .into_owned()
    });
    let _ = parsed.set_password(None);
    // Only what libpq knows: sqlx's own options would make it refuse the URL.
    const LIBPQ: [&str; 7] = [
        "sslmode",
        "sslrootcert",
        "sslcert",
        "sslkey",
        "options",
        "application_name",
        "connect_timeout",
    ];
    let kept: Vec<(String, String)> = parsed
        .query_pairs()
        .filter(|(k, _)| LIBPQ.contains(&k.as_ref()))
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    parsed.set_query(None);
    if !kept.is_empty() {
        parsed.query_pairs_mut().extend_pairs(kept);
    }
    Ok((parsed.to_string(), password))
}

fn run_pg_tool(tool: &str, url: &str, args: &[&std::ffi::OsStr]) -> Result<(), String> {
    let (dbname, password) = libpq(url)?;
    let mut command = std::process::Command::new(tool);
    command.args(args).arg(format!("--dbname={dbname}"));
    if let Some(p) = password {
        command.env("PGPASSWORD", p);
    }
    let out = command.output().map_err(|e| {
        format!("cannot run {tool} ({e}): install PostgreSQL's client tools (postgresql-client)")
    })?;
    if !out.status.success() {
        return Err(format!(
            "{tool} failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(())
}

fn pg_dump(url: &str, snapshot: &str, file: &Path) -> Result<(), String> {
    let snapshot = format!("--snapshot={snapshot}");
    run_pg_tool(
        "pg_dump",
        url,
        &[
            "--format=custom".as_ref(),
            "--no-owner".as_ref(),
            "--no-privileges".as_ref(),
            snapshot.as_ref(),
            "--file".as_ref(),
            file.as_os_str(),
        ],
    )
}

fn pg_restore(url: &str, file: &Path) -> Result<(), String> {
    run_pg_tool(
        "pg_restore",
        url,
        &[
            "--no-owner".as_ref(),
            "--no-privileges".as_ref(),
            "--exit-on-error".as_ref(),
            "--single-transaction".as_ref(),
            file.as_os_str(),
        ],
    )
}

fn copy_tree(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(io("cannot create", to))?;
    for entry in std::fs::read_dir(from).map_err(io("cannot read", from))? {
        let entry = entry.map_err(io("cannot read", from))?;
        let (source, target) = (entry.path(), to.join(entry.file_name()));
        if entry
            .file_type()
            .map_err(io("cannot read", &source))?
            .is_dir()
        {
            copy_tree(&source, &target)?;
        } else if !target.exists() {
            std::fs::copy(&source, &target).map_err(io("cannot copy", &source))?;
        }
    }
    Ok(())
}

/// Every file under `root` but the manifest, sorted, with its size and SHA-256.
fn list_files(root: &Path) -> Result<Vec<FileEntry>, String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<FileEntry>) -> Result<(), String> {
        for entry in std::fs::read_dir(dir).map_err(io("cannot read", dir))? {
            let path = entry.map_err(io("cannot read", dir))?.path();
            if path.is_dir() {
                walk(root, &path, out)?;
            } else {
                let (size, sha256) = digest(&path)?;
                let relative = path.strip_prefix(root).expect("under the root");
                out.push(FileEntry {
                    path: relative
                        .components()
                        .map(|c| c.as_os_str().to_string_lossy())
                        .collect::<Vec<_>>()
                        .join("/"),
                    size,
                    sha256,
                });
            }
        }
        Ok(())
    }
    let mut files = Vec::new();
    walk(root, root, &mut files)?;
    files.retain(|f| f.path != MANIFEST);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

fn digest(path: &Path) -> Result<(u64, String), String> {
    use std::io::Read;
    let mut file = std::fs::File::open(path).map_err(io("cannot read", path))?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut size = 0u64;
    loop {
        let n = file.read(&mut buf).map_err(io("cannot read", path))?;
        if n == 0 {
            break;
        }
        size += n as u64;
        hasher.update(&buf[..n]);
    }
    Ok((size, hex::encode(hasher.finalize())))
}

fn write_synced(path: &Path, bytes: &[u8]) -> Result<(), String> {
    use std::io::Write;
    let mut file = std::fs::File::create(path).map_err(io("cannot write", path))?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(io("cannot write", path))
}

fn set_owner_only(path: &Path) -> Result<(), String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
            .map_err(io("cannot protect", path))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_password_leaves_the_url_and_sqlx_options_are_dropped() {
        let (url, password) =
            libpq("postgres://redress:p%40ss@db:5433/redress?sslmode=verify-full&statement-cache-capacity=10")
                .unwrap();
        assert_eq!(
            url,
            "postgres://redress@db:5433/redress?sslmode=verify-full"
        );
        assert_eq!(password.as_deref(), Some("p@ss"));
        assert_eq!(
            sqlite_path("sqlite:///var/lib/redress/redress.db?mode=rwc").unwrap(),
            PathBuf::from("/var/lib/redress/redress.db")
        );
        assert_eq!(
            sqlite_path("sqlite://data/redress.db").unwrap(),
            PathBuf::from("data/redress.db")
        );
    }
}
