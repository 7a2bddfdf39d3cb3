//! The command line of shared/DESIGN.md. Errors go to stderr in plain words with a non-zero
//! exit code; what scripts capture (a token) goes alone to stdout.

mod audit;
mod backup;
mod demo;
mod export;
mod serve;
mod users;

use crate::config::{ServeArgs, Settings, StoreArgs};
use clap::{Parser, Subcommand};
use std::process::ExitCode;
use std::sync::Arc;
use store::{Reference, Store, Vault};

#[derive(Parser)]
#[command(
    name = "redress",
    version,
    about = "Complaints about public services: registration, handling, transparency."
)]
pub struct Cli {
    #[command(flatten)]
    store: StoreArgs,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the HTTP server and its workers.
    Serve(Box<ServeArgs>),
    /// Apply database migrations and exit.
    Migrate,
    /// Manage staff accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Manage API tokens.
    #[command(subcommand)]
    Token(TokenCommand),
    /// Load synthetic training data: staff of every role, complaints at every stage.
    Demo,
    /// Check the audit trail.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Write a consistent copy of the database (and attachment files of earlier versions)
    /// into a new folder, with a manifest, while the server keeps taking writes.
    Backup {
        /// The folder to create (it must not exist or be empty).
        #[arg(long)]
        out: std::path::PathBuf,
        /// Also copy the key file (keep such a backup as safe as the key itself).
        #[arg(long)]
        include_key: bool,
    },
    /// Bring a backup back into an empty database, then check its files, key and audit
    /// trail against its manifest.
    Restore {
        /// The backup folder.
        #[arg(long)]
        from: std::path::PathBuf,
    },
    /// Manage the key that seals personal data.
    #[command(subcommand)]
    Keys(KeysCommand),
    /// Write the open data set (no personal data): the complaints to standard output or a
    /// file; with a folder, also the aggregates, the data dictionary and the audit head.
    Export {
        /// csv or json.
        #[arg(long, default_value = "csv")]
        format: String,
        /// A file (`….csv`, `….json`: the complaints) or a folder (every file).
        #[arg(long)]
        out: Option<std::path::PathBuf>,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Add a staff member; the password comes from REDRESS_PASSWORD or standard input.
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// admin, supervisor, officer, intake or auditor.
        #[arg(long)]
        role: String,
        /// Code of the unit they work for (see /api/v1/units).
        #[arg(long)]
        unit: Option<String>,
    },
    /// Set a new password (from REDRESS_PASSWORD or standard input); ends their sessions.
    Password {
        #[arg(long)]
        email: String,
    },
    /// Disable an account at once (sessions and tokens end), or enable it again.
    Disable {
        #[arg(long)]
        email: String,
        /// Enable the account again instead.
        #[arg(long)]
        enable: bool,
    },
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Print a new bearer token for a staff member, alone on standard output. It works
    /// for `--days` days (default 90, at most 365), until the account's password changes,
    /// or until the account is disabled.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long, default_value_t = crate::auth::TOKEN_DAYS,
              value_parser = clap::value_parser!(i64).range(1..=crate::auth::MAX_TOKEN_DAYS))]
        days: i64,
    },
}

#[derive(Subcommand)]
enum KeysCommand {
    /// Add a new sealing key and seal every personal value again with it while servers
    /// keep serving; then retire the old keys. Run again to resume after an interruption.
    Rotate {
        /// Only add the key (to copy the key file to every node before the rotation).
        #[arg(long)]
        add_only: bool,
        /// Seconds servers get to pick up the new key before the re-sealing (default 15;
        /// they check every 5).
        #[arg(long, default_value_t = 15)]
        grace_seconds: u64,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Recompute both hash chains; exit 1 naming the first bad event.
    Verify {
        /// A head published earlier (`SEQ:HASH`, or the hash alone): also check that
        /// today's chain extends it.
        #[arg(long)]
        since: Option<String>,
    },
    /// Print the heads of both chains, to publish (JSON).
    Head,
}

/// A failure to report to the person at the terminal.
pub struct Failure(pub String);

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(e: E) -> Failure {
        Failure(e.to_string())
    }
}

pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("redress: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(dispatch(cli)) {
        Ok(code) => code,
        Err(Failure(message)) => {
            eprintln!("redress: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn dispatch(cli: Cli) -> Result<ExitCode, Failure> {
    let serve_args = match &cli.command {
        Command::Serve(args) => (**args).clone(),
        _ => ServeArgs::default(),
    };
    let settings = Settings::resolve(&cli.store, &serve_args).map_err(Failure)?;
    match cli.command {
        Command::Serve(_) => serve::serve(settings).await,
        Command::Migrate => {
            let store = open_store(&settings).await?;
            eprintln!("redress: database migrated ({})", store.backend_name());
            Ok(ExitCode::SUCCESS)
        }
        Command::User(UserCommand::Add {
            email,
            name,
            role,
            unit,
        }) => users::add(&settings, email, name, role, unit).await,
        Command::User(UserCommand::Password { email }) => users::password(&settings, email).await,
        Command::User(UserCommand::Disable { email, enable }) => {
            users::disable(&settings, email, !enable).await
        }
        Command::Token(TokenCommand::Create { email, days }) => {
            users::create_token(&settings, email, days).await
        }
        Command::Demo => demo::load(&settings).await,
        Command::Audit(AuditCommand::Verify { since }) => {
            audit::verify(&settings, since.as_deref()).await
        }
        Command::Audit(AuditCommand::Head) => audit::head(&settings).await,
        Command::Export { format, out } => export::export(&settings, &format, out).await,
        Command::Keys(KeysCommand::Rotate {
            add_only,
            grace_seconds,
        }) => rotate_keys(&settings, add_only, grace_seconds).await,
        Command::Backup { out, include_key } => backup::backup(&settings, &out, include_key).await,
        Command::Restore { from } => backup::restore(&settings, &from).await,
    }
}

/// Opens the database, creating and migrating it and loading the reference data as needed.
pub async fn open_store(settings: &Settings) -> Result<Store, Failure> {
    let vault = Vault::load_or_create(&settings.secret_key_file)?;
    let store = Store::open(&settings.database_url, Arc::new(vault)).await?;
    store.migrate().await?;
    let reference = Reference::bundled()?;
    let added = store.load_reference(Arc::new(reference)).await?;
    if added > 0 {
        tracing::info!(rows = added, "reference data loaded");
    }
    Ok(store)
}

async fn rotate_keys(settings: &Settings, add_only: bool, grace: u64) -> Result<ExitCode, Failure> {
    let store = open_store(settings).await?;
    let path = &settings.secret_key_file;
    if add_only {
        let key = crate::keys::begin(&store, path).await.map_err(Failure)?;
        eprintln!(
            "redress: sealing key {key} is in {}: copy this file to every node, then run \
             `redress keys rotate`",
            path.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let options = crate::keys::Options {
        batch: 500,
        grace: std::time::Duration::from_secs(grace),
        stop_after: None,
    };
    let started = std::time::Instant::now();
    let report = crate::keys::rotate(&store, path, &options)
        .await
        .map_err(Failure)?;
    eprintln!(
        "redress: personal data sealed with key {} ({} values sealed again in {:.1} s); retired keys: {:?}",
        report.key,
        report.resealed,
        started.elapsed().as_secs_f64(),
        report.retired
    );
    Ok(ExitCode::SUCCESS)
}
