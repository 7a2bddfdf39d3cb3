//! Settings: flag > environment variable > `redress.toml` > default (shared/DESIGN.md).
//! Clap reads flags and variables; this module adds the file and the defaults.

use serde::Deserialize;
use std::path::{Path, PathBuf};

/// Options every command shares: where the data is.
#[derive(Debug, Clone, clap::Args, Default)]
pub struct StoreArgs {
    /// Database URL: `sqlite://PATH` (default: DATA_DIR/redress.db) or `postgres://…`.
    #[arg(long, env = "REDRESS_DATABASE_URL", global = true)]
    pub database_url: Option<String>,
    /// Folder for the SQLite database and the key file (default: ./data).
    #[arg(long, env = "REDRESS_DATA_DIR", global = true)]
    pub data_dir: Option<PathBuf>,
    /// Key that encrypts complainants' personal data; created with mode 0600 when missing
    /// (default: DATA_DIR/secret.key).
    #[arg(long, env = "REDRESS_SECRET_KEY_FILE", global = true)]
    pub secret_key_file: Option<PathBuf>,
    /// Settings file (default: ./redress.toml when it exists).
    #[arg(long, env = "REDRESS_CONFIG", global = true)]
    pub config: Option<PathBuf>,
}

/// Options of `redress serve`.
#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    /// Address and port to listen on (default: 127.0.0.1:8080).
    #[arg(long, env = "REDRESS_LISTEN")]
    pub listen: Option<String>,
    /// Public address of this service, used in links sent to citizens
    /// (default: http://LISTEN).
    #[arg(long, env = "REDRESS_BASE_URL")]
    pub base_url: Option<String>,
    /// Complaints one address may file per minute without a staff token (0: no limit).
    #[arg(long, env = "REDRESS_FILINGS_PER_MINUTE", default_value_t = 20)]
    pub filings_per_minute: u32,
    /// Lookups by tracking code one address may make per minute (0: no limit).
    #[arg(long, env = "REDRESS_LOOKUPS_PER_MINUTE", default_value_t = 120)]
    pub lookups_per_minute: u32,
    /// SMTP server for e-mail: `smtp://user:pass@host:587` (STARTTLS), `?tls=none` for a
    /// local relay, `smtps://` for TLS from the start. Without it e-mails stay queued.
    #[arg(long, env = "REDRESS_SMTP_URL")]
    pub smtp_url: Option<String>,
    /// Sender of e-mails.
    #[arg(
        long,
        env = "REDRESS_MAIL_FROM",
        default_value = "Redress <no-reply@localhost>"
    )]
    pub mail_from: String,
    /// Kannel's sendsms URL with `username` and `password` in the query. Without it SMS stay
    /// queued.
    #[arg(long, env = "REDRESS_SENDSMS_URL")]
    pub sendsms_url: Option<String>,
    /// Sender number or name of SMS.
    #[arg(long, env = "REDRESS_SMS_FROM")]
    pub sms_from: Option<String>,
    /// Addresses allowed to call the gateway routes `/channels/*` (Kannel's smsbox, the USSD
    /// aggregator), separated by commas (default: the loopback addresses).
    #[arg(long, env = "REDRESS_GATEWAY_ALLOW")]
    pub gateway_allow: Option<String>,
    /// When set, gateways must also send it as `secret=` in the query.
    #[arg(long, env = "REDRESS_GATEWAY_SECRET", hide_env_values = true)]
    pub gateway_secret: Option<String>,
    /// The SMS number citizens write to, shown on the home page and in messages.
    #[arg(long, env = "REDRESS_SMS_NUMBER")]
    pub sms_number: Option<String>,
    /// The USSD code citizens dial (for example `*123#`), shown on the home page.
    #[arg(long, env = "REDRESS_USSD_CODE")]
    pub ussd_code: Option<String>,
    /// How long a node holds a notification it claimed; if it dies, another node sends the
    /// message after this. Keep it well above the 20-second send timeouts.
    #[arg(long, env = "REDRESS_OUTBOX_LEASE_SECONDS", default_value_t = 300)]
    pub outbox_lease_seconds: u32,
}

impl Default for ServeArgs {
    fn default() -> ServeArgs {
        ServeArgs {
            listen: None,
            base_url: None,
            filings_per_minute: 20,
            lookups_per_minute: 120,
            smtp_url: None,
            mail_from: "Redress <no-reply@localhost>".to_owned(),
            sendsms_url: None,
            sms_from: None,
            gateway_allow: None,
            gateway_secret: None,
            sms_number: None,
            ussd_code: None,
            outbox_lease_seconds: 300,
        }
    }
}

/// The settings file, every key optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSettings {
    listen: Option<String>,
    database_url: Option<String>,
    data_dir: Option<PathBuf>,
    secret_key_file: Option<PathBuf>,
    base_url: Option<String>,
}

/// The settings in force.
#[derive(Debug, Clone)]
pub struct Settings {
    pub listen: String,
    pub database_url: String,
    pub data_dir: PathBuf,
    pub secret_key_file: PathBuf,
    pub base_url: String,
}

impl Settings {
    pub fn resolve(store: &StoreArgs, serve: &ServeArgs) -> Result<Settings, String> {
        let file = read_file(store.config.as_deref())?;
        let data_dir = store
            .data_dir
            .clone()
            .or(file.data_dir)
            .unwrap_or_else(|| PathBuf::from("data"));
        let database_url = store
            .database_url
            .clone()
            .or(file.database_url)
            .unwrap_or_else(|| format!("sqlite://{}", data_dir.join("redress.db").display()));
        let secret_key_file = store
            .secret_key_file
            .clone()
            .or(file.secret_key_file)
            .unwrap_or_else(|| data_dir.join("secret.key"));
        let listen = serve
            .listen
            .clone()
            .or(file.listen)
            .unwrap_or_else(|| "127.0.0.1:8080".to_owned());
        let base_url = serve
            .base_url
            .clone()
            .or(file.base_url)
            .unwrap_or_else(|| format!("http://{listen}"));
        Ok(Settings {
            listen,
            database_url,
            data_dir,
            secret_key_file,
            base_url,
        })
    }
}

fn read_file(explicit: Option<&Path>) -> Result<FileSettings, String> {
    let path = explicit.unwrap_or(Path::new("redress.toml"));
    match std::fs::read_to_string(path) {
        Ok(text) => toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && explicit.is_none() => {
            Ok(FileSettings::default())
        }
        Err(e) => Err(format!("cannot read {}: {e}", path.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_follow_the_data_dir() {
        let store = StoreArgs {
            data_dir: Some("/srv/redress".into()),
            config: Some("/nonexistent/redress.toml".into()),
            ..Default::default()
        };
        assert!(
            Settings::resolve(&store, &ServeArgs::default()).is_err(),
            "an explicit missing file is an error"
        );
        let store = StoreArgs {
            data_dir: Some("/srv/redress".into()),
            ..Default::default()
        };
        let s = Settings::resolve(&store, &ServeArgs::default()).unwrap();
        assert_eq!(s.database_url, "sqlite:///srv/redress/redress.db");
        assert_eq!(s.secret_key_file, PathBuf::from("/srv/redress/secret.key"));
        assert_eq!(s.listen, "127.0.0.1:8080");
        assert_eq!(s.base_url, "http://127.0.0.1:8080");
    }

    #[test]
    fn flags_win_over_the_file() {
        let dir = std::env::temp_dir().join(format!("redress-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("redress.toml");
        std::fs::write(
            &path,
            "listen = \"0.0.0.0:9000\"\ndata_dir = \"/var/lib/redress\"\n",
        )
        .unwrap();
        let store = StoreArgs {
            config: Some(path.clone()),
            ..Default::default()
        };
        let s = Settings::resolve(&store, &ServeArgs::default()).unwrap();
        assert_eq!(
            (s.listen.as_str(), s.data_dir.to_str().unwrap()),
            ("0.0.0.0:9000", "/var/lib/redress")
        );
        let serve = ServeArgs {
            listen: Some("127.0.0.1:1".into()),
            ..ServeArgs::default()
        };
        assert_eq!(
            Settings::resolve(&store, &serve).unwrap().listen,
            "127.0.0.1:1"
        );
        std::fs::write(&path, "lisen = 1\n").unwrap();
        assert!(
            Settings::resolve(&store, &ServeArgs::default())
                .unwrap_err()
                .contains("lisen")
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
