//! TLS: the one crypto provider (ring, as lettre and sqlx use), extra certificate
//! authorities for HTTPS gateways, and the certificate of direct HTTPS in `redress serve`,
//! which SIGHUP reloads without dropping a connection.

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use rustls::server::{ClientHello, ResolvesServerCert};
use rustls::sign::CertifiedKey;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

/// Makes ring the process's rustls provider (reqwest is built without one); idempotent.
pub fn install_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// The certificates of a PEM file (a CA bundle), for HTTPS gateways with a private CA.
pub fn ca_certificates(path: &Path) -> Result<Vec<reqwest::Certificate>, String> {
    let pem = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let certs = reqwest::Certificate::from_pem_bundle(&pem)
        .map_err(|e| format!("{}: not a PEM certificate bundle ({e})", path.display()))?;
    if certs.is_empty() {
        return Err(format!("{}: no certificate in it", path.display()));
    }
    Ok(certs)
}

/// The certificate chain and key of direct HTTPS, read again on `reload`.
#[derive(Debug)]
pub struct ServerCertificate {
    cert_file: PathBuf,
    key_file: PathBuf,
    current: RwLock<Arc<CertifiedKey>>,
}

impl ServerCertificate {
    pub fn load(cert_file: &Path, key_file: &Path) -> Result<ServerCertificate, String> {
        let current = RwLock::new(Arc::new(read_pair(cert_file, key_file)?));
        Ok(ServerCertificate {
            cert_file: cert_file.to_owned(),
            key_file: key_file.to_owned(),
            current,
        })
    }

    /// Reads the files again; on error the certificate in use stays.
    pub fn reload(&self) -> Result<(), String> {
        let fresh = Arc::new(read_pair(&self.cert_file, &self.key_file)?);
        *self.current.write().expect("not poisoned") = fresh;
        Ok(())
    }

    /// A server configuration that always presents the current certificate.
    pub fn server_config(self: &Arc<Self>) -> rustls::ServerConfig {
        install_provider();
        let mut config = rustls::ServerConfig::builder()
            .with_no_client_auth()
            .with_cert_resolver(self.clone());
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        config
    }
}

impl ResolvesServerCert for ServerCertificate {
    fn resolve(&self, _hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        Some(self.current.read().expect("not poisoned").clone())
    }
}

fn read_pair(cert_file: &Path, key_file: &Path) -> Result<CertifiedKey, String> {
    let chain = CertificateDer::pem_file_iter(cert_file)
        .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
        .map_err(|e| format!("tls_cert_file {}: {e}", cert_file.display()))?;
    if chain.is_empty() {
        return Err(format!(
            "tls_cert_file {}: no certificate in it",
            cert_file.display()
        ));
    }
    let key = PrivateKeyDer::from_pem_file(key_file)
        .map_err(|e| format!("tls_key_file {}: {e}", key_file.display()))?;
    install_provider();
    let provider = rustls::crypto::CryptoProvider::get_default().expect("installed above");
    CertifiedKey::from_der(chain, key, provider)
        .map_err(|e| format!("tls_cert_file and tls_key_file do not make a pair: {e}"))
}
