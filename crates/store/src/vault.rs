//! The key that protects complainants: it seals their personal data at rest
//! (XChaCha20-Poly1305) and keys the hash of follow-up secrets (HMAC-SHA-256), so that a
//! copy of the database alone reveals neither.
//!
//! The key file holds the master key (64 hexadecimal characters) on its first line; the
//! keys that hash secrets and phone numbers and sign web tokens derive from it for ever (a
//! hash cannot be recomputed without what it hashes). Sealing keys can be rotated
//! (`redress keys rotate`): each rotation appends `seal N HEX`, the highest N seals, and
//! `retired N` lines mark keys no data is sealed with any more. Data sealed with key 0 (the
//! one derived from the master) is `nonce ‖ ciphertext`, as before rotation existed; with
//! key N > 0 it is `A7 5E N(2 bytes) ‖ nonce ‖ ciphertext`.

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::RwLock;

const NONCE_LEN: usize = 24;
const MAGIC: [u8; 2] = [0xA7, 0x5E];

/// The sealing keys in use: (id, key), and which one seals.
#[derive(Clone)]
struct SealKeys {
    keys: Vec<(u16, [u8; 32])>,
    current: u16,
}

/// Derived keys, never printed.
pub struct Vault {
    secret_key: [u8; 32],
    /// Keyed hashes kept in the database (phone numbers).
    web_key: [u8; 32],
    /// What only travels in cookies and forms (sealed cookies, CSRF tokens): a key of its
    /// own, so that nothing a browser holds is made with a key that guards stored data.
    cookie_key: [u8; 32],
    seal: RwLock<SealKeys>,
    /// The key file, read again when sealed data names a key this process does not know.
    path: Option<PathBuf>,
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
    #[error("the key file {0} now holds another master key: restore the original")]
    MasterChanged(String),
}

fn derive(master: &[u8; 32], purpose: &[u8]) -> [u8; 32] {
    let mut mac = Hmac::<Sha256>::new_from_slice(master).expect("HMAC takes any key length");
    mac.update(purpose);
    mac.finalize().into_bytes().into()
}

/// HMAC-SHA-256 under `key` of `purpose`, `:`, `data`.
fn keyed(key: &[u8; 32], purpose: &str, data: &[u8]) -> Hmac<Sha256> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("any key length");
    mac.update(purpose.as_bytes());
    mac.update(b":");
    mac.update(data);
    mac
}

fn keyed_hash(key: &[u8; 32], purpose: &str, data: &[u8]) -> String {
    hex::encode(keyed(key, purpose, data).finalize().into_bytes())
}

fn hex32(text: &str) -> Option<[u8; 32]> {
    hex::decode(text.trim()).ok()?.try_into().ok()
}

/// The master key and the sealing keys of a key file's text.
fn parse(text: &str) -> Option<([u8; 32], SealKeys)> {
    let mut lines = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'));
    let master = hex32(lines.next()?)?;
    let mut keys = vec![(0u16, derive(&master, b"redress personal data v1"))];
    let mut retired = Vec::new();
    for line in lines {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            ["seal", id, key] => keys.push((id.parse().ok()?, hex32(key)?)),
            ["retired", id] => retired.push(id.parse::<u16>().ok()?),
            _ => return None,
        }
    }
    keys.retain(|(id, _)| !retired.contains(id));
    let current = keys.iter().map(|(id, _)| *id).max()?;
    Some((master, SealKeys { keys, current }))
}

fn io_error(path: &Path) -> impl Fn(std::io::Error) -> VaultError + Copy + '_ {
    move |source| VaultError::Io {
        path: path.display().to_string(),
        source,
    }
}

fn cipher(key: &[u8; 32]) -> XChaCha20Poly1305 {
    XChaCha20Poly1305::new(key.into())
}

/// A fresh nonce, then the ciphertext: what `decrypt` opens.
fn encrypt(key: &[u8; 32], plain: &[u8]) -> Vec<u8> {
    let mut nonce = [0u8; NONCE_LEN];
    getrandom::fill(&mut nonce).expect("the system has a random source");
    let sealed = cipher(key)
        .encrypt(&XNonce::from(nonce), plain)
        .expect("encryption of a short buffer cannot fail");
    [nonce.as_slice(), &sealed].concat()
}

fn decrypt(key: &[u8; 32], sealed: &[u8]) -> Option<Vec<u8>> {
    if sealed.len() < NONCE_LEN {
        return None;
    }
    let (nonce, body) = sealed.split_at(NONCE_LEN);
    let nonce: [u8; NONCE_LEN] = nonce.try_into().expect("split at NONCE_LEN");
    cipher(key).decrypt(&XNonce::from(nonce), body).ok()
}

/// The key id a sealed value names (0: the original format).
fn named_key(sealed: &[u8]) -> u16 {
    match sealed {
        [0xA7, 0x5E, hi, lo, rest @ ..] if rest.len() >= NONCE_LEN => {
            u16::from_be_bytes([*hi, *lo])
        }
        _ => 0,
    }
}

impl Vault {
    pub fn from_master(master: [u8; 32]) -> Vault {
        let (_, seal) = parse(&hex::encode(master)).expect("a master key parses");
        Vault::with(master, seal, None)
    }

    fn with(master: [u8; 32], seal: SealKeys, path: Option<PathBuf>) -> Vault {
        Vault {
            secret_key: derive(&master, b"redress follow-up secrets v1"),
            web_key: derive(&master, b"redress web tokens v1"),
            cookie_key: derive(&master, b"redress cookies and forms v1"),
            seal: RwLock::new(seal),
            path,
        }
    }

    /// The key file's text, its master key and its sealing keys.
    fn read(path: &Path) -> Result<(String, [u8; 32], SealKeys), VaultError> {
        let text = std::fs::read_to_string(path).map_err(io_error(path))?;
        let (master, seal) =
            parse(&text).ok_or_else(|| VaultError::Malformed(path.display().to_string()))?;
        Ok((text, master, seal))
    }

    /// Reads the key file at `path`, or creates it there (readable by its owner only) with
    /// a new master key when the file does not exist. The new key is written whole to a
    /// file of its own, then linked into place: a crash or a full disk meanwhile leaves no
    /// empty key file behind, and of two processes starting at once one key wins.
    pub fn load_or_create(path: &Path) -> Result<Vault, VaultError> {
        let io = io_error(path);
        if !path.exists() {
            let mut master = [0u8; 32];
            getrandom::fill(&mut master).expect("the system has a random source");
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(io)?;
            }
            let mut suffix = [0u8; 8];
            getrandom::fill(&mut suffix).expect("the system has a random source");
            let partial = path.with_extension(format!("new-{}", hex::encode(suffix)));
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            let written = options.open(&partial).and_then(|mut file| {
                file.write_all(hex::encode(master).as_bytes())
                    .and_then(|()| file.sync_all())
            });
            // A hard link fails if another process made the key first: theirs is kept.
            let linked = written.and_then(|()| match std::fs::hard_link(&partial, path) {
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
                other => other,
            });
            let _ = std::fs::remove_file(&partial);
            linked.map_err(io)?;
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                let _ = std::fs::File::open(dir).and_then(|d| d.sync_all());
            }
        }
        let (_, master, seal) = Vault::read(path)?;
        Ok(Vault::with(master, seal, Some(path.to_owned())))
    }

    /// Reads the key file again (a rotation added or retired a sealing key).
    pub fn reload(&self) -> Result<(), VaultError> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        let (_, master, seal) = Vault::read(path)?;
        if derive(&master, b"redress follow-up secrets v1") != self.secret_key {
            return Err(VaultError::MasterChanged(path.display().to_string()));
        }
        *self.seal.write().expect("not poisoned") = seal;
        Ok(())
    }

    /// The id of the key that seals now.
    pub fn current_key(&self) -> u16 {
        self.seal.read().expect("not poisoned").current
    }

    /// Appends a new sealing key to the key file (atomically, owner-only); returns its id.
    /// Processes that read the file afterwards seal with it.
    pub fn add_seal_key(path: &Path) -> Result<u16, VaultError> {
        let (text, _, seal) = Vault::read(path)?;
        // The current key is the newest one not retired; retired ones are older.
        let id = seal.current + 1;
        let mut key = [0u8; 32];
        getrandom::fill(&mut key).expect("the system has a random source");
        let text = format!("{}\nseal {id} {}\n", text.trim_end(), hex::encode(key));
        Vault::replace_file(path, &text)?;
        Ok(id)
    }

    /// Marks every sealing key but the current one retired in the key file.
    pub fn retire_others(path: &Path) -> Result<Vec<u16>, VaultError> {
        let (text, _, seal) = Vault::read(path)?;
        let others: Vec<u16> = seal
            .keys
            .iter()
            .map(|(id, _)| *id)
            .filter(|id| *id != seal.current)
            .collect();
        if others.is_empty() {
            return Ok(others);
        }
        let lines: String = others.iter().map(|id| format!("retired {id}\n")).collect();
        Vault::replace_file(path, &format!("{}\n{lines}", text.trim_end()))?;
        Ok(others)
    }

    fn replace_file(path: &Path, text: &str) -> Result<(), VaultError> {
        let io = io_error(path);
        let partial = path.with_extension("new");
        let _ = std::fs::remove_file(&partial);
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&partial).map_err(io)?;
        file.write_all(text.as_bytes())
            .and_then(|()| file.sync_all())
            .map_err(io)?;
        std::fs::rename(&partial, path).map_err(io)?;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            let _ = std::fs::File::open(dir).and_then(|d| d.sync_all());
        }
        Ok(())
    }

    /// Seals with the current key.
    pub fn seal(&self, plain: &[u8]) -> Vec<u8> {
        let (id, key) = {
            let seal = self.seal.read().expect("not poisoned");
            let key = seal
                .keys
                .iter()
                .find(|(id, _)| *id == seal.current)
                .expect("the current key is a key")
                .1;
            (seal.current, key)
        };
        let sealed = encrypt(&key, plain);
        let mut out = Vec::with_capacity(4 + sealed.len());
        if id > 0 {
            out.extend_from_slice(&MAGIC);
            out.extend_from_slice(&id.to_be_bytes());
        }
        out.extend_from_slice(&sealed);
        out
    }

    /// Opens a value sealed with any key in use; a key newer than this process knows makes
    /// it read the key file again, once.
    pub fn open(&self, sealed: &[u8]) -> Result<Vec<u8>, VaultError> {
        if let Some(plain) = self.try_open(sealed) {
            return Ok(plain);
        }
        // Only a key newer than the current one can have been added since the file was
        // read (older unknown ones are retired): forged data cannot make every request
        // read the file.
        let named = named_key(sealed);
        let newer = named > self.seal.read().expect("not poisoned").current;
        if newer
            && self.reload().is_ok()
            && let Some(plain) = self.try_open(sealed)
        {
            return Ok(plain);
        }
        Err(VaultError::Open)
    }

    fn try_open(&self, sealed: &[u8]) -> Option<Vec<u8>> {
        let seal = self.seal.read().expect("not poisoned");
        let key_of = |wanted: u16| seal.keys.iter().find(|(id, _)| *id == wanted).map(|k| k.1);
        let named = named_key(sealed);
        if named > 0
            && let Some(plain) = key_of(named).and_then(|k| decrypt(&k, &sealed[4..]))
        {
            return Some(plain);
        }
        // The original format (a nonce that happens to look like a key's name included).
        key_of(0).and_then(|k| decrypt(&k, sealed))
    }

    /// Whether `sealed` is sealed with the current key (and opens with it).
    pub fn is_current(&self, sealed: &[u8]) -> bool {
        let seal = self.seal.read().expect("not poisoned");
        let key = seal
            .keys
            .iter()
            .find(|(id, _)| *id == seal.current)
            .expect("a key")
            .1;
        if seal.current == 0 {
            decrypt(&key, sealed).is_some()
        } else {
            named_key(sealed) == seal.current && decrypt(&key, &sealed[4..]).is_some()
        }
    }

    /// Keyed hash of a follow-up secret, bound to its tracking code.
    pub fn secret_hash(&self, tracking_code: &str, secret: &str) -> String {
        keyed_hash(&self.secret_key, tracking_code, secret.as_bytes())
    }

    /// A keyed hash of `data` for `purpose`, to be kept (phone numbers), lowercase hex.
    pub fn mac(&self, purpose: &str, data: &[u8]) -> String {
        keyed_hash(&self.web_key, purpose, data)
    }

    /// A keyed hash of `data` for `purpose` that goes to browsers (CSRF tokens, bindings,
    /// signed cookies), lowercase hex; made with the cookie key.
    pub fn cookie_mac(&self, purpose: &str, data: &[u8]) -> String {
        keyed_hash(&self.cookie_key, purpose, data)
    }

    /// Seals a cookie's content with the cookie key (never a key of stored data).
    pub fn seal_cookie(&self, plain: &[u8]) -> Vec<u8> {
        encrypt(&self.cookie_key, plain)
    }

    pub fn open_cookie(&self, sealed: &[u8]) -> Option<Vec<u8>> {
        decrypt(&self.cookie_key, sealed)
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
        keyed(&self.secret_key, tracking_code, secret.as_bytes())
            .verify_slice(&expected)
            .is_ok()
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
    fn cookies_have_a_key_of_their_own() {
        let v = Vault::from_master([3; 32]);
        let cookie = v.seal_cookie(b"code\nsecret");
        assert_eq!(v.open_cookie(&cookie).unwrap(), b"code\nsecret");
        assert!(
            v.open(&cookie).is_err(),
            "the data key does not open a cookie"
        );
        assert!(
            v.open_cookie(&v.seal(b"name")).is_none(),
            "nor the cookie key data"
        );
        assert!(Vault::from_master([4; 32]).open_cookie(&cookie).is_none());
        assert_ne!(v.cookie_mac("csrf", b"x"), v.mac("csrf", b"x"));
        assert_eq!(v.cookie_mac("csrf", b"x"), v.cookie_mac("csrf", b"x"));
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
        // Nothing but the key file is left in the folder (the partial file is gone).
        let files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(files, ["secret.key"]);
        // Eight processes starting at once on a new folder agree on one key.
        let fresh = dir.join("fresh.key");
        let hashes: Vec<String> = std::thread::scope(|s| {
            let started: Vec<_> = (0..8)
                .map(|_| s.spawn(|| Vault::load_or_create(&fresh).unwrap().secret_hash("A", "1")))
                .collect();
            started.into_iter().map(|t| t.join().unwrap()).collect()
        });
        assert!(hashes.windows(2).all(|w| w[0] == w[1]), "one key for all");
        std::fs::write(&path, "not hex").unwrap();
        assert!(matches!(
            Vault::load_or_create(&path),
            Err(VaultError::Malformed(_))
        ));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn sealing_keys_rotate_and_retire_while_hashes_stay() {
        let dir = std::env::temp_dir().join(format!("redress-rotate-{}", std::process::id()));
        let path = dir.join("secret.key");
        let _ = std::fs::remove_dir_all(&dir);
        let server = Vault::load_or_create(&path).unwrap();
        let before = server.seal(b"Awa");
        let hash = server.secret_hash("A", "1");
        assert_eq!(Vault::add_seal_key(&path).unwrap(), 1);
        // A process that reads the file afterwards seals with key 1, opens both.
        let rotating = Vault::load_or_create(&path).unwrap();
        assert_eq!(rotating.current_key(), 1);
        let after = rotating.seal(b"Ali");
        assert_eq!(&after[..4], &[0xA7, 0x5E, 0, 1]);
        assert!(rotating.is_current(&after) && !rotating.is_current(&before));
        assert_eq!(rotating.open(&before).unwrap(), b"Awa");
        // The server still on key 0 opens key 1's value by reading the file again.
        assert_eq!(server.current_key(), 0);
        assert_eq!(server.open(&after).unwrap(), b"Ali");
        assert_eq!(server.current_key(), 1);
        assert_eq!(rotating.secret_hash("A", "1"), hash, "hashes do not change");
        // Retired: key 0 opens nothing any more; key 1 does.
        assert_eq!(Vault::retire_others(&path).unwrap(), vec![0]);
        let retired = Vault::load_or_create(&path).unwrap();
        assert!(retired.open(&before).is_err());
        assert_eq!(retired.open(&after).unwrap(), b"Ali");
        assert_eq!(retired.secret_hash("A", "1"), hash);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        // Another master in the file is refused on reload.
        std::fs::write(&path, hex::encode([9u8; 32])).unwrap();
        assert!(matches!(
            retired.reload(),
            Err(VaultError::MasterChanged(_))
        ));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
