//! PostgreSQL over TLS: `sslmode=require` encrypts, `sslmode=verify-full` also checks the
//! server's certificate against `sslrootcert` and its name. Uses the test server's own
//! certificate (Debian's is self-signed for `localhost`).

use sqlx::Connection;
use std::sync::Arc;
use store::testing::PG_ADMIN_URL;
use store::{Store, Vault};

#[tokio::test]
async fn postgres_over_tls_is_encrypted_and_verified() {
    let mut admin = match sqlx::PgConnection::connect(PG_ADMIN_URL).await {
        Ok(c) => c,
        Err(e) => {
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!("PostgreSQL at {PG_ADMIN_URL} is required under CI=true: {e}");
            }
            eprintln!("SKIPPED: no PostgreSQL ({e})");
            return;
        }
    };
    let ssl: String = sqlx::query_scalar("SHOW ssl")
        .fetch_one(&mut admin)
        .await
        .unwrap();
    let cert: String = sqlx::query_scalar("SHOW ssl_cert_file")
        .fetch_one(&mut admin)
        .await
        .unwrap();
    assert_eq!(
        ssl, "on",
        "the test server must have ssl = on (Debian's default, with its snakeoil certificate)"
    );
    let tls_of = |url: String| async move {
        let mut c = sqlx::PgConnection::connect(&url).await?;
        sqlx::query_scalar::<_, bool>("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            .fetch_one(&mut c)
            .await
    };
    let base = "postgres://postgres@localhost:5432/test";
    // require: encrypted, certificate not checked.
    assert!(tls_of(format!("{base}?sslmode=require")).await.unwrap());
    // verify-full against the server's certificate as the authority, by its name.
    let verified = format!("{base}?sslmode=verify-full&sslrootcert={cert}");
    assert!(tls_of(verified.clone()).await.unwrap());
    // The name must match: 127.0.0.1 is not in the certificate.
    let wrong_name =
        format!("postgres://postgres@127.0.0.1:5432/test?sslmode=verify-full&sslrootcert={cert}");
    assert!(tls_of(wrong_name).await.is_err());
    // An authority that did not sign it is refused.
    let other_ca = std::env::temp_dir().join(store::testing::unique("not-the-ca-"));
    let made = std::process::Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
        ])
        .args([
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
            "-keyout",
            "/dev/null",
        ])
        .arg("-out")
        .arg(&other_ca)
        .output()
        .expect("openssl");
    assert!(made.status.success());
    let wrong_ca = format!(
        "{base}?sslmode=verify-full&sslrootcert={}",
        other_ca.display()
    );
    assert!(tls_of(wrong_ca).await.is_err());
    let _ = std::fs::remove_file(&other_ca);
    // The store itself works over it.
    let store = Store::open(&verified, Arc::new(Vault::from_master([3; 32])))
        .await
        .unwrap();
    store.ping().await.unwrap();
}
