//! The key that protects complainants: it seals their personal data at rest
//! (XChaCha20-Poly1305) and keys the hash of follow-up secrets (HMAC-SHA-256), so that a
//! copy of the database alone reveals neither.

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::io::Write;
use std::path::Path;

const NONCE_LEN: usize = 24;

/// Derived keys, never printed.
pub struct Vault {
    seal_key: [u8; 32],
    secret_key: [u8; 32],
    web_key: [u8; 32],
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Vault(..)")
    }
}

#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    #[error("cannot read or create the key file {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("the key file {0} does not hold 64 hexadecimal characters")]
    Malformed(String),
    #[error("sealed data could not be opened: wrong key or damaged data")]
    Open,
}

fn derive(master: &[u8; 32], purpose: &[u8]) -> [u8; 32] {
    let mut mac = Hmac::<Sha256>::new_from_slice(master).expect("HMAC takes any key length");
    mac.update(purpose);
    mac.finalize().into_bytes().into()
}

impl Vault {
    pub fn from_master(master: [u8; 32]) -> Vault {
        Vault {
            seal_key: derive(&master, b"redress personal data v1"),
            secret_key: derive(&master, b"redress follow-up secrets v1"),
            web_key: derive(&master, b"redress web tokens v1"),
        }
    }

    /// Reads the master key from `path`, or creates it there (readable by its owner only)
    /// when the file does not exist.
    pub fn load_or_create(path: &Path) -> Result<Vault, VaultError> {
        let io = |source| VaultError::Io {
            path: path.display().to_string(),
            source,
        };
        match std::fs::read_to_string(path) {
            Ok(text) => {
                let bytes = hex::decode(text.trim())
                    .map_err(|_| VaultError::Malformed(path.display().to_string()))?;
                let master: [u8; 32] = bytes
                    .try_into()
                    .map_err(|_| VaultError::Malformed(path.display().to_string()))?;
                Ok(Vault::from_master(master))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let mut master = [0u8; 32];
                getrandom::fill(&mut master).expect("the system has a random source");
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    std::fs::create_dir_all(dir).map_err(io)?;
                }
                let mut options = std::fs::OpenOptions::new();
                options.write(true).create_new(true);
                #[cfg(unix)]
                std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
                let mut file = options.open(path).map_err(io)?;
                file.write_all(hex::encode(master).as_bytes())
                    .and_then(|()| file.sync_all())
                    .map_err(io)?;
                Ok(Vault::from_master(master))
            }
            Err(e) => Err(io(e)),
        }
    }

    /// Nonce followed by ciphertext and tag.
    pub fn seal(&self, plain: &[u8]) -> Vec<u8> {
        let cipher = XChaCha20Poly1305::new(&self.seal_key.into());
        let mut nonce = [0u8; NONCE_LEN];
        getrandom::fill(&mut nonce).expect("the system has a random source");
        let sealed = cipher
            .encrypt(&XNonce::from(nonce), plain)
            .expect("encryption of a short buffer cannot fail");
        let mut out = nonce.to_vec();
        out.extend_from_slice(&sealed);
        out
    }

    pub fn open(&self, sealed: &[u8]) -> Result<Vec<u8>, VaultError> {
        if sealed.len() < NONCE_LEN {
            return Err(VaultError::Open);
        }
        let (nonce, body) = sealed.split_at(NONCE_LEN);
        let nonce: [u8; NONCE_LEN] = nonce.try_into().expect("split at NONCE_LEN");
        let cipher = XChaCha20Poly1305::new(&self.seal_key.into());
        cipher
            .decrypt(&XNonce::from(nonce), body)
            .map_err(|_| VaultError::Open)
    }

    /// Keyed hash of a follow-up secret, bound to its tracking code.
    pub fn secret_hash(&self, tracking_code: &str, secret: &str) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.secret_key).expect("any key length");
        mac.update(tracking_code.as_bytes());
        mac.update(b":");
        mac.update(secret.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    /// A keyed hash of `data` for `purpose` (CSRF tokens and the like), lowercase hex.
    pub fn mac(&self, purpose: &str, data: &[u8]) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.web_key).expect("any key length");
        mac.update(purpose.as_bytes());
        mac.update(b":");
        mac.update(data);
        hex::encode(mac.finalize().into_bytes())
    }

    /// The keyed hash that stands for a phone number (complaints filed from it, what is
    /// remembered of it): a copy of the database does not give the number back.
    pub fn phone_key(&self, number: &str) -> String {
        self.mac("phone number", number.as_bytes())
    }

    /// Compares a candidate secret with a stored hash in constant time.
    pub fn secret_matches(&self, tracking_code: &str, secret: &str, stored: &str) -> bool {
        let Ok(expected) = hex::decode(stored) else {
            return false;
        };
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.secret_key).expect("any key length");
        mac.update(tracking_code.as_bytes());
        mac.update(b":");
        mac.update(secret.as_bytes());
        mac.verify_slice(&expected).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_and_open() {
        let v = Vault::from_master([3; 32]);
        let sealed = v.seal(b"Awa Ouedraogo +22670000000");
        assert!(!sealed.windows(3).any(|w| w == b"Awa"));
        assert_eq!(v.open(&sealed).unwrap(), b"Awa Ouedraogo +22670000000");
        assert!(Vault::from_master([4; 32]).open(&sealed).is_err());
        let mut damaged = sealed.clone();
        *damaged.last_mut().unwrap() ^= 1;
        assert!(v.open(&damaged).is_err());
        assert!(v.open(b"short").is_err());
    }

    #[test]
    fn secret_hashes_are_keyed_and_bound_to_the_code() {
        let v = Vault::from_master([3; 32]);
        let h = v.secret_hash("ABC", "12345678");
        assert!(v.secret_matches("ABC", "12345678", &h));
        assert!(!v.secret_matches("ABC", "12345679", &h));
        assert!(!v.secret_matches("ABD", "12345678", &h));
        assert_ne!(
            h,
            Vault::from_master([4; 32]).secret_hash("ABC", "12345678")
        );
    }

    #[test]
    fn key_file_is_created_owner_only_and_reread() {
        let dir = std::env::temp_dir().join(format!("redress-vault-{}", std::process::id()));
        let path = dir.join("secret.key");
        let _ = std::fs::remove_dir_all(&dir);
        let v1 = Vault::load_or_create(&path).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let v2 = Vault::load_or_create(&path).unwrap();
        assert_eq!(v1.secret_hash("A", "1"), v2.secret_hash("A", "1"));
        std::fs::write(&path, "not hex").unwrap();
        assert!(matches!(
            Vault::load_or_create(&path),
            Err(VaultError::Malformed(_))
        ));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
