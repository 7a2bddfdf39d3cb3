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

/// Options of `redress serve`. Every one is also a key of `redress.toml` (the flag's name
/// with `_` for `-`) and an environment variable (`REDRESS_` and the key in capitals).
#[derive(Debug, Clone, clap::Args, Default)]
pub struct ServeArgs {
    /// Address and port to listen on (default: 127.0.0.1:8080).
    #[arg(long, env = "REDRESS_LISTEN")]
    pub listen: Option<String>,
    /// Public address of this service, used in links sent to citizens
    /// (default: http://LISTEN).
    #[arg(long, env = "REDRESS_BASE_URL")]
    pub base_url: Option<String>,
    /// Complaints one address may file per minute without a staff token (0: no limit;
    /// default 20).
    #[arg(long, env = "REDRESS_FILINGS_PER_MINUTE")]
    pub filings_per_minute: Option<u32>,
    /// Lookups by tracking code one address may make per minute (0: no limit; default 120).
    #[arg(long, env = "REDRESS_LOOKUPS_PER_MINUTE")]
    pub lookups_per_minute: Option<u32>,
    /// Staff sign-in attempts one address may make per minute, over every account (0: no
    /// limit; default 10).
    #[arg(long, env = "REDRESS_SIGN_INS_PER_MINUTE")]
    pub sign_ins_per_minute: Option<u32>,
    /// SMTP server for e-mail: `smtp://user:pass@host:587` (STARTTLS), `?tls=none` for a
    /// local relay, `smtps://` for TLS from the start. Without it e-mails stay queued.
    #[arg(long, env = "REDRESS_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,
    /// Sender of e-mails (default: Redress <no-reply@localhost>).
    #[arg(long, env = "REDRESS_MAIL_FROM")]
    pub mail_from: Option<String>,
    /// Kannel's sendsms URL with `username` and `password` in the query. Without it SMS stay
    /// queued.
    #[arg(long, env = "REDRESS_SENDSMS_URL", hide_env_values = true)]
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
    /// The telephone number citizens may call to complain, printed on posters.
    #[arg(long, env = "REDRESS_PHONE_NUMBER")]
    pub phone_number: Option<String>,
    /// How long a node holds a notification it claimed; if it dies, another node sends the
    /// message after this (default 300). Keep it well above the 20-second send timeouts.
    #[arg(long, env = "REDRESS_OUTBOX_LEASE_SECONDS")]
    pub outbox_lease_seconds: Option<u32>,
    /// Reverse proxies whose `X-Forwarded-For` / `Forwarded` headers are believed, as
    /// addresses or networks separated by commas (`10.0.0.0/8, 192.0.2.7`). Default: none —
    /// the client address is the connection's.
    #[arg(long, env = "REDRESS_TRUSTED_PROXIES")]
    pub trusted_proxies: Option<String>,
    /// Addresses or networks allowed to read `/metrics`, separated by commas (default: the
    /// loopback addresses; the Prometheus scraper's address in production).
    #[arg(long, env = "REDRESS_METRICS_ALLOW")]
    pub metrics_allow: Option<String>,
    /// Seconds a client may stay silent — while sending its headers or its body — before
    /// the connection is closed (default 30). A slow upload that keeps sending is never cut.
    #[arg(long, env = "REDRESS_IDLE_TIMEOUT_SECONDS")]
    pub idle_timeout_seconds: Option<u32>,
    /// Connections held at once (default 1024); beyond, new ones wait to be accepted.
    /// Keep it under the process's open-file limit.
    #[arg(long, env = "REDRESS_MAX_CONNECTIONS")]
    pub max_connections: Option<u32>,
    /// Connections held at once from one address (an IPv6 /64), beyond which its new ones
    /// are closed (default 256; trusted proxies are not limited).
    #[arg(long, env = "REDRESS_MAX_CONNECTIONS_PER_ADDRESS")]
    pub max_connections_per_address: Option<u32>,
    /// Serve HTTPS directly with this certificate chain (PEM), for deployments without a
    /// proxy; `kill -HUP` reloads it. Needs `tls_key_file`.
    #[arg(long, env = "REDRESS_TLS_CERT_FILE")]
    pub tls_cert_file: Option<PathBuf>,
    /// The private key (PEM) of `tls_cert_file`.
    #[arg(long, env = "REDRESS_TLS_KEY_FILE")]
    pub tls_key_file: Option<PathBuf>,
    /// Extra certificate authorities (PEM bundle) trusted for HTTPS gateways, besides the
    /// system's: for a Kannel behind TLS with a private CA.
    #[arg(long, env = "REDRESS_GATEWAY_CA_FILE")]
    pub gateway_ca_file: Option<PathBuf>,
    /// Which logs to write: a filter such as `info` or `warn,redress=debug` (default: info).
    #[arg(long, env = "REDRESS_LOG")]
    pub log: Option<String>,
    /// `text` (default) or `json`.
    #[arg(long, env = "REDRESS_LOG_FORMAT")]
    pub log_format: Option<String>,
    /// Training mode: a database of its own (DATA_DIR/training/, SQLite, whatever
    /// database_url says) filled with demo data on first start, a banner on every page, and
    /// every notification kept in the trainers' inbox (/staff/training/inbox), never sent.
    #[arg(long, env = "REDRESS_TRAINING", num_args = 0..=1, default_missing_value = "true")]
    pub training: Option<bool>,
}

/// The settings file: every key optional, unknown keys refused by name.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSettings {
    database_url: Option<String>,
    data_dir: Option<PathBuf>,
    secret_key_file: Option<PathBuf>,
    listen: Option<String>,
    base_url: Option<String>,
    filings_per_minute: Option<u32>,
    lookups_per_minute: Option<u32>,
    sign_ins_per_minute: Option<u32>,
    training: Option<bool>,
    smtp_url: Option<String>,
    mail_from: Option<String>,
    sendsms_url: Option<String>,
    sms_from: Option<String>,
    gateway_allow: Option<String>,
    gateway_secret: Option<String>,
    sms_number: Option<String>,
    ussd_code: Option<String>,
    phone_number: Option<String>,
    outbox_lease_seconds: Option<u32>,
    trusted_proxies: Option<String>,
    metrics_allow: Option<String>,
    idle_timeout_seconds: Option<u32>,
    max_connections: Option<u32>,
    max_connections_per_address: Option<u32>,
    tls_cert_file: Option<PathBuf>,
    tls_key_file: Option<PathBuf>,
    gateway_ca_file: Option<PathBuf>,
    log: Option<String>,
    log_format: Option<String>,
}

/// The settings in force: flag > environment variable > `redress.toml` > default.
#[derive(Debug, Clone)]
pub struct Settings {
    pub listen: String,
    pub database_url: String,
    pub data_dir: PathBuf,
    pub secret_key_file: PathBuf,
    pub base_url: String,
    pub filings_per_minute: u32,
    pub lookups_per_minute: u32,
    pub sign_ins_per_minute: u32,
    pub smtp_url: Option<String>,
    pub mail_from: String,
    pub sendsms_url: Option<String>,
    pub sms_from: Option<String>,
    pub gateway_allow: Option<String>,
    pub gateway_secret: Option<String>,
    pub sms_number: Option<String>,
    pub ussd_code: Option<String>,
    pub phone_number: Option<String>,
    pub outbox_lease_seconds: u32,
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// Who may read `/metrics`.
    pub metrics_allow: Vec<ipnet::IpNet>,
    pub idle_timeout: std::time::Duration,
    pub max_connections: usize,
    pub max_connections_per_address: usize,
    /// Direct HTTPS: the certificate chain and key files.
    pub tls: Option<(PathBuf, PathBuf)>,
    pub gateway_ca_file: Option<PathBuf>,
    pub log: String,
    pub log_json: bool,
    /// Training mode: data in DATA_DIR/training/, nothing sent.
    pub training: bool,
}

impl Settings {
    pub fn resolve(store: &StoreArgs, serve: &ServeArgs) -> Result<Settings, String> {
        let file = read_file(store.config.as_deref())?;
        // The first of flag-or-variable (clap gives one) and file.
        fn first<T: Clone>(given: &Option<T>, file: Option<T>) -> Option<T> {
            given.clone().or(file)
        }
        let data_dir =
            first(&store.data_dir, file.data_dir).unwrap_or_else(|| PathBuf::from("data"));
        let training = first(&serve.training, file.training).unwrap_or(false);
        // Training never touches the real data: its own folder, database and key.
        let (data_dir, database_url, secret_key_file) = if training {
            let dir = data_dir.join("training");
            let url = format!("sqlite://{}", dir.join("redress.db").display());
            (dir.clone(), url, dir.join("secret.key"))
        } else {
            let url = first(&store.database_url, file.database_url)
                .unwrap_or_else(|| format!("sqlite://{}", data_dir.join("redress.db").display()));
            let key = first(&store.secret_key_file, file.secret_key_file)
                .unwrap_or_else(|| data_dir.join("secret.key"));
            (data_dir, url, key)
        };
        let listen = first(&serve.listen, file.listen).unwrap_or_else(|| "127.0.0.1:8080".into());
        let tls = match (
            first(&serve.tls_cert_file, file.tls_cert_file),
            first(&serve.tls_key_file, file.tls_key_file),
        ) {
            (Some(cert), Some(key)) => Some((cert, key)),
            (None, None) => None,
            _ => {
                return Err(
                    "tls_cert_file and tls_key_file go together: set both or neither".into(),
                );
            }
        };
        let scheme = if tls.is_some() { "https" } else { "http" };
        let base_url =
            first(&serve.base_url, file.base_url).unwrap_or_else(|| format!("{scheme}://{listen}"));
        // Cookies are marked Secure from base_url: a server that speaks HTTPS says so there.
        if tls.is_some() && !base_url.starts_with("https://") {
            return Err(format!(
                "base_url: {base_url} must start with https:// when tls_cert_file is set"
            ));
        }
        let trusted_proxies = parse_networks(
            first(&serve.trusted_proxies, file.trusted_proxies)
                .as_deref()
                .unwrap_or(""),
        )
        .map_err(|e| format!("trusted_proxies: {e}"))?;
        let metrics_allow = parse_networks(
            first(&serve.metrics_allow, file.metrics_allow)
                .as_deref()
                .unwrap_or(LOOPBACK),
        )
        .map_err(|e| format!("metrics_allow: {e}"))?;
        let log_format = first(&serve.log_format, file.log_format);
        let log_json = match log_format.as_deref() {
            None | Some("text") => false,
            Some("json") => true,
            Some(other) => return Err(format!("log_format: {other:?} is neither text nor json")),
        };
        let idle = first(&serve.idle_timeout_seconds, file.idle_timeout_seconds).unwrap_or(30);
        if idle == 0 {
            return Err("idle_timeout_seconds: must be at least 1".into());
        }
        let max_connections =
            first(&serve.max_connections, file.max_connections).unwrap_or(1024) as usize;
        let max_connections_per_address = first(
            &serve.max_connections_per_address,
            file.max_connections_per_address,
        )
        .unwrap_or(256) as usize;
        if max_connections == 0 || max_connections_per_address == 0 {
            return Err("max_connections, max_connections_per_address: must be at least 1".into());
        }
        Ok(Settings {
            listen,
            database_url,
            data_dir,
            secret_key_file,
            base_url,
            filings_per_minute: first(&serve.filings_per_minute, file.filings_per_minute)
                .unwrap_or(20),
            lookups_per_minute: first(&serve.lookups_per_minute, file.lookups_per_minute)
                .unwrap_or(120),
            sign_ins_per_minute: first(&serve.sign_ins_per_minute, file.sign_ins_per_minute)
                .unwrap_or(crate::limits::SIGN_INS_PER_MINUTE),
            smtp_url: first(&serve.smtp_url, file.smtp_url),
            mail_from: first(&serve.mail_from, file.mail_from)
                .unwrap_or_else(|| "Redress <no-reply@localhost>".into()),
            sendsms_url: first(&serve.sendsms_url, file.sendsms_url),
            sms_from: first(&serve.sms_from, file.sms_from),
            gateway_allow: first(&serve.gateway_allow, file.gateway_allow),
            gateway_secret: first(&serve.gateway_secret, file.gateway_secret),
            sms_number: first(&serve.sms_number, file.sms_number),
            ussd_code: first(&serve.ussd_code, file.ussd_code),
            phone_number: first(&serve.phone_number, file.phone_number),
            outbox_lease_seconds: first(&serve.outbox_lease_seconds, file.outbox_lease_seconds)
                .unwrap_or(300),
            trusted_proxies,
            metrics_allow,
            idle_timeout: std::time::Duration::from_secs(idle.into()),
            max_connections,
            max_connections_per_address,
            tls,
            gateway_ca_file: first(&serve.gateway_ca_file, file.gateway_ca_file),
            log: first(&serve.log, file.log).unwrap_or_else(|| "info".into()),
            log_json,
            training,
        })
    }
}

/// The loopback addresses: who may read `/metrics` unless `metrics_allow` says otherwise.
pub const LOOPBACK: &str = "127.0.0.1, ::1";

/// Addresses or networks separated by commas or spaces; an address alone is its own /32 or
/// /128.
pub fn parse_networks(text: &str) -> Result<Vec<ipnet::IpNet>, String> {
    text.split([',', ' '])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(|t| {
            t.parse::<ipnet::IpNet>()
                .or_else(|_| t.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                .map_err(|_| format!("{t:?} is not an address or network"))
        })
        .collect()
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

    #[test]
    fn every_flag_is_a_key_of_the_file_and_every_key_reaches_the_settings() {
        use clap::CommandFactory;
        let cli = crate::cli::Cli::command();
        let serve = cli.find_subcommand("serve").unwrap();
        let keys: Vec<String> = serve
            .get_arguments()
            .chain(cli.get_arguments())
            .filter_map(|a| a.get_long())
            .filter(|l| !["help", "version", "config"].contains(l))
            .map(|l| l.replace('-', "_"))
            .collect();
        assert!(keys.len() >= 20, "{keys:?}");
        for key in &keys {
            let err = toml::from_str::<FileSettings>(&format!("{key} = []"))
                .unwrap_err()
                .to_string();
            assert!(
                !err.contains("unknown field"),
                "{key} is not a file key: {err}"
            );
        }
        let dir = std::env::temp_dir().join(format!("redress-config-all-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("redress.toml");
        std::fs::write(
            &path,
            r#"
database_url = "postgres://redress@db/redress?sslmode=require"
data_dir = "/var/lib/redress"
secret_key_file = "/etc/redress/secret.key"
listen = "0.0.0.0:8080"
base_url = "https://plaintes.gov.bf"
filings_per_minute = 5
lookups_per_minute = 60
sign_ins_per_minute = 4
smtp_url = "smtp://relay:25?tls=none"
mail_from = "Plaintes <plaintes@gov.bf>"
sendsms_url = "http://kannel:13013/cgi-bin/sendsms?username=u&password=p"
sms_from = "3535"
gateway_allow = "10.0.0.5"
gateway_secret = "s3cret"
sms_number = "3535"
ussd_code = "*535#"
outbox_lease_seconds = 600
trusted_proxies = "10.0.0.0/8, 192.0.2.7"
metrics_allow = "10.0.0.9"
idle_timeout_seconds = 45
max_connections = 900
max_connections_per_address = 100
tls_cert_file = "/etc/redress/tls/cert.pem"
tls_key_file = "/etc/redress/tls/key.pem"
gateway_ca_file = "/etc/redress/kannel-ca.pem"
log = "warn"
log_format = "json"
training = false
"#,
        )
        .unwrap();
        let store = StoreArgs {
            config: Some(path.clone()),
            ..Default::default()
        };
        let s = Settings::resolve(&store, &ServeArgs::default()).unwrap();
        assert_eq!(
            s.database_url,
            "postgres://redress@db/redress?sslmode=require"
        );
        assert_eq!(s.secret_key_file, PathBuf::from("/etc/redress/secret.key"));
        assert_eq!(
            (
                s.filings_per_minute,
                s.lookups_per_minute,
                s.sign_ins_per_minute
            ),
            (5, 60, 4)
        );
        assert_eq!(s.smtp_url.as_deref(), Some("smtp://relay:25?tls=none"));
        assert_eq!(s.mail_from, "Plaintes <plaintes@gov.bf>");
        assert_eq!(
            (s.sms_from.as_deref(), s.sms_number.as_deref()),
            (Some("3535"), Some("3535"))
        );
        assert_eq!(s.gateway_allow.as_deref(), Some("10.0.0.5"));
        assert_eq!(s.gateway_secret.as_deref(), Some("s3cret"));
        assert_eq!(s.ussd_code.as_deref(), Some("*535#"));
        assert_eq!(s.outbox_lease_seconds, 600);
        assert_eq!(s.trusted_proxies.len(), 2);
        assert_eq!(
            s.metrics_allow,
            crate::config::parse_networks("10.0.0.9").unwrap()
        );
        assert_eq!(s.idle_timeout, std::time::Duration::from_secs(45));
        assert_eq!(
            (s.max_connections, s.max_connections_per_address),
            (900, 100)
        );
        assert_eq!((s.log.as_str(), s.log_json), ("warn", true));
        assert_eq!(
            s.tls,
            Some((
                "/etc/redress/tls/cert.pem".into(),
                "/etc/redress/tls/key.pem".into()
            ))
        );
        assert_eq!(s.gateway_ca_file, Some("/etc/redress/kannel-ca.pem".into()));
        // A flag or variable (clap gives either as the same field) wins over the file.
        let serve = ServeArgs {
            lookups_per_minute: Some(0),
            log_format: Some("text".into()),
            ..Default::default()
        };
        let s = Settings::resolve(&store, &serve).unwrap();
        assert_eq!((s.lookups_per_minute, s.log_json), (0, false));
        // Bad values are refused with the key's name.
        for (bad, key) in [
            ("trusted_proxies = \"10.0.0.0/33\"", "trusted_proxies"),
            ("log_format = \"xml\"", "log_format"),
            ("idle_timeout_seconds = 0", "idle_timeout_seconds"),
            (
                "max_connections_per_address = 0",
                "max_connections_per_address",
            ),
            ("tls_cert_file = \"/x.pem\"", "tls_key_file"),
            (
                "tls_cert_file = \"/x.pem\"\ntls_key_file = \"/k.pem\"\nbase_url = \"http://a\"",
                "base_url",
            ),
            ("filings_per_minute = \"many\"", "filings_per_minute"),
        ] {
            std::fs::write(&path, bad).unwrap();
            let err = Settings::resolve(&store, &ServeArgs::default()).unwrap_err();
            assert!(err.contains(key), "{bad}: {err}");
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn training_keeps_to_a_folder_of_its_own() {
        let store = StoreArgs {
            database_url: Some("postgres://redress@db/redress".into()),
            data_dir: Some("/var/lib/redress".into()),
            secret_key_file: Some("/etc/redress/secret.key".into()),
            config: None,
        };
        let serve = ServeArgs {
            training: Some(true),
            ..Default::default()
        };
        let s = Settings::resolve(&store, &serve).unwrap();
        assert!(s.training);
        assert_eq!(
            s.database_url,
            "sqlite:///var/lib/redress/training/redress.db"
        );
        assert_eq!(
            s.secret_key_file,
            PathBuf::from("/var/lib/redress/training/secret.key")
        );
        assert_eq!(s.data_dir, PathBuf::from("/var/lib/redress/training"));
        let real = Settings::resolve(&store, &ServeArgs::default()).unwrap();
        assert!(!real.training);
        assert_eq!(real.database_url, "postgres://redress@db/redress");
    }
}
