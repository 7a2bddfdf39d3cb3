//! Attachments: a photo or a document a citizen adds to a complaint. The type is decided by
//! the content (magic bytes), never by the name; the bytes are sealed and stored in the
//! database with the complaint, under a key of our own, so every node can read them.
//! Earlier versions wrote them to the data folder, where they are still read.

use sha2::{Digest, Sha256};
use std::path::Path;
use store::NewAttachment;
use time::OffsetDateTime;

/// The largest attachment accepted: a phone photo or a scanned page.
pub const MAX_ATTACHMENT: usize = 3 * 1024 * 1024;

/// A file as it arrives with a submission.
#[derive(Clone)]
pub struct Upload {
    pub file_name: String,
    pub bytes: axum::body::Bytes,
}

impl std::fmt::Debug for Upload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Upload({} bytes)", self.bytes.len())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UploadError {
    #[error("the file is larger than 3 MB")]
    TooLarge,
    #[error("the file is empty")]
    Empty,
    #[error("only photos (JPEG, PNG, WebP) and PDF documents are accepted")]
    Type,
}

/// The media type and extension of an accepted file, from its first bytes.
pub fn sniff(bytes: &[u8]) -> Option<(&'static str, &'static str)> {
    match bytes {
        [0xFF, 0xD8, 0xFF, ..] => Some(("image/jpeg", "jpg")),
        [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => Some(("image/png", "png")),
        [
            b'R',
            b'I',
            b'F',
            b'F',
            _,
            _,
            _,
            _,
            b'W',
            b'E',
            b'B',
            b'P',
            ..,
        ] => Some(("image/webp", "webp")),
        [b'%', b'P', b'D', b'F', b'-', ..] => Some(("application/pdf", "pdf")),
        _ => None,
    }
}

/// The name shown to people: the last path component, no control characters, 120 at most.
fn clean_name(raw: &str, ext: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = base.chars().filter(|c| !c.is_control()).take(120).collect();
    let cleaned = cleaned.trim();
    if cleaned.is_empty() {
        format!("piece-jointe.{ext}")
    } else {
        cleaned.to_owned()
    }
}

/// Checks an upload and prepares it to be stored with its complaint.
pub fn accept(upload: &Upload, now: OffsetDateTime) -> Result<NewAttachment, UploadError> {
    if upload.bytes.is_empty() {
        return Err(UploadError::Empty);
    }
    if upload.bytes.len() > MAX_ATTACHMENT {
        return Err(UploadError::TooLarge);
    }
    let (content_type, ext) = sniff(&upload.bytes).ok_or(UploadError::Type)?;
    let mut id = [0u8; 16];
    getrandom::fill(&mut id).expect("the system has a random source");
    let storage_key = format!(
        "{:04}/{:02}/{}.{ext}",
        now.year(),
        now.month() as u8,
        hex::encode(id)
    );
    Ok(NewAttachment {
        file_name: clean_name(&upload.file_name, ext),
        content_type: content_type.to_owned(),
        size_bytes: upload.bytes.len() as i64,
        sha256: hex::encode(Sha256::digest(&upload.bytes)),
        storage_key,
        bytes: upload.bytes.to_vec(),
    })
}

/// The bytes of a stored attachment: from the database, else from the data folder `dir`
/// where earlier versions wrote them. `None` when neither has them.
pub async fn read(
    store: &store::Store,
    dir: &Path,
    storage_key: &str,
) -> Result<Option<Vec<u8>>, store::StoreError> {
    if let Some(bytes) = store.attachment_bytes(storage_key).await? {
        return Ok(Some(bytes));
    }
    // Keys are ours (`YYYY/MM/hex.ext`), never a visitor's: no path can escape `dir`.
    match tokio::fs::read(dir.join(storage_key)).await {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(store::StoreError::Data(format!("attachment file: {e}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_come_from_content() {
        assert_eq!(sniff(b"\xFF\xD8\xFF\xE0rest").unwrap().0, "image/jpeg");
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\nrest").unwrap().0, "image/png");
        assert_eq!(sniff(b"RIFF1234WEBPVP8 ").unwrap().0, "image/webp");
        assert_eq!(sniff(b"%PDF-1.7").unwrap().0, "application/pdf");
        assert_eq!(sniff(b"<html><script>"), None);
        assert_eq!(sniff(b"MZ\x90\x00"), None);
    }

    #[test]
    fn names_lose_their_paths() {
        assert_eq!(clean_name("C:\\Users\\awa\\photo.jpg", "jpg"), "photo.jpg");
        assert_eq!(clean_name("../../etc/passwd", "pdf"), "passwd");
        assert_eq!(clean_name("  ", "pdf"), "piece-jointe.pdf");
    }
}
