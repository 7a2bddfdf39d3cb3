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

/// The bits of a WebP extended header (`VP8X`) that announce EXIF and XMP chunks.
const WEBP_EXIF_FLAG: u8 = 0x08;
const WEBP_XMP_FLAG: u8 = 0x04;

/// A photo without what it says about its author: EXIF (GPS position, camera, time), XMP,
/// IPTC, comments and text chunks are removed; the picture and its colour profile stay.
/// `None` when the container cannot be read (refused like any other type). PDFs as they are.
pub fn without_metadata(bytes: img_parts::Bytes, content_type: &str) -> Option<img_parts::Bytes> {
    use img_parts::jpeg::{Jpeg, markers};
    match content_type {
        "image/jpeg" => {
            let mut jpeg = Jpeg::from_bytes(bytes).ok()?;
            // Kept: JFIF (APP0), the ICC profile (APP2), Adobe's colour transform (APP14).
            jpeg.segments_mut().retain(|s| match s.marker() {
                markers::APP0 | markers::APP2 | markers::APP14 => true,
                m if (markers::APP0..=markers::APP15).contains(&m) => false,
                markers::COM => false,
                _ => true,
            });
            Some(jpeg.encoder().bytes())
        }
        "image/png" => {
            let mut png = img_parts::png::Png::from_bytes(bytes).ok()?;
            for kind in [*b"tEXt", *b"zTXt", *b"iTXt", *b"eXIf", *b"tIME"] {
                png.remove_chunks_by_type(kind);
            }
            Some(png.encoder().bytes())
        }
        "image/webp" => {
            use img_parts::riff::{RiffChunk, RiffContent};
            use img_parts::webp::{CHUNK_EXIF, CHUNK_VP8X, CHUNK_XMP, WebP};
            let mut webp = WebP::from_bytes(bytes).ok()?;
            webp.remove_chunks_by_id(CHUNK_EXIF);
            webp.remove_chunks_by_id(CHUNK_XMP);
            // The extended header's flags say EXIF and XMP are gone. Not img-parts'
            // `set_exif(None)`: it rebuilds that header from the image's size and panics on
            // a file without a readable one (found by fuzzing).
            for chunk in webp.chunks_mut().iter_mut() {
                if chunk.id() != CHUNK_VP8X {
                    continue;
                }
                if let Some(data) = chunk.content().data() {
                    let mut header = data.to_vec();
                    if let Some(flags) = header.first_mut() {
                        *flags &= !(WEBP_EXIF_FLAG | WEBP_XMP_FLAG);
                    }
                    *chunk = RiffChunk::new(CHUNK_VP8X, RiffContent::Data(header.into()));
                }
            }
            Some(webp.encoder().bytes())
        }
        _ => Some(bytes),
    }
}

/// Checks an upload and prepares it to be stored with its complaint: a photo loses its
/// metadata (`without_metadata`) and the original is never stored; the name is ours, from
/// the detected type (the uploader's may name a person, or pass for another type).
pub fn accept(upload: &Upload, now: OffsetDateTime) -> Result<NewAttachment, UploadError> {
    if upload.bytes.is_empty() {
        return Err(UploadError::Empty);
    }
    if upload.bytes.len() > MAX_ATTACHMENT {
        return Err(UploadError::TooLarge);
    }
    let (content_type, ext) = sniff(&upload.bytes).ok_or(UploadError::Type)?;
    let bytes = without_metadata(upload.bytes.clone(), content_type)
        // What is left must still be a readable file of its type: a JPEG that ends at its
        // first marker leaves only its start bytes, and some odd segments are written back
        // in a form img-parts cannot read (both found by fuzzing).
        .filter(|b| {
            sniff(b).is_some_and(|(t, _)| t == content_type)
                && without_metadata(b.clone(), content_type).is_some()
        })
        .ok_or(UploadError::Type)?;
    let mut id = [0u8; 16];
    getrandom::fill(&mut id).expect("the system has a random source");
    let storage_key = format!(
        "{:04}/{:02}/{}.{ext}",
        now.year(),
        now.month() as u8,
        hex::encode(id)
    );
    let stem = if content_type == "application/pdf" {
        "document"
    } else {
        "photo"
    };
    Ok(NewAttachment {
        file_name: format!("{stem}.{ext}"),
        content_type: content_type.to_owned(),
        size_bytes: bytes.len() as i64,
        sha256: hex::encode(Sha256::digest(&bytes)),
        storage_key,
        bytes: bytes.to_vec(),
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

    /// A JPEG as a phone writes one: SOI, JFIF, `extra` segments, a scan, EOI.
    pub fn jpeg_with(extra: &[(u8, &[u8])], scan: &[u8]) -> Vec<u8> {
        let mut out = vec![0xFF, 0xD8];
        let mut segment = |marker: u8, body: &[u8]| {
            out.extend([0xFF, marker]);
            out.extend(((body.len() + 2) as u16).to_be_bytes());
            out.extend(body);
        };
        segment(0xE0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
        for (marker, body) in extra {
            segment(*marker, body);
        }
        segment(0xDA, &[1, 1, 0, 0, 0x3F, 0]);
        out.extend(scan);
        out.extend([0xFF, 0xD9]);
        out
    }

    fn upload(bytes: Vec<u8>) -> Upload {
        Upload {
            bytes: bytes.into(),
        }
    }

    #[test]
    fn photos_lose_their_metadata_and_names_are_ours() {
        let exif = b"Exif\0\0MM\0*GPSLatitude 12.3714 GPSLongitude -1.5197 Canon";
        let photo = jpeg_with(
            &[
                (0xE1, exif),
                (0xFE, b"Awa Ouedraogo"),
                (0xE2, b"ICC_PROFILE\0colours"),
            ],
            b"\x12\x34 scan data",
        );
        let now = time::OffsetDateTime::now_utc();
        let kept = accept(&upload(photo.clone()), now).unwrap();
        let text = String::from_utf8_lossy(&kept.bytes);
        for gone in ["Exif", "GPS", "Canon", "Awa"] {
            assert!(!text.contains(gone), "{gone} is still in the photo");
        }
        assert!(
            text.contains("JFIF") && text.contains("ICC_PROFILE") && text.contains("scan data")
        );
        assert_eq!(sniff(&kept.bytes).unwrap().0, "image/jpeg");
        assert_eq!(kept.size_bytes as usize, kept.bytes.len());
        assert!(kept.bytes.len() < photo.len());
        assert_eq!(kept.file_name, "photo.jpg");
        // A PDF whatever its name, under a name of ours with its own extension.
        let pdf = accept(&upload(b"%PDF-1.7 facture".to_vec()), now).unwrap();
        assert_eq!(
            (pdf.file_name.as_str(), pdf.content_type.as_str()),
            ("document.pdf", "application/pdf")
        );
        // A JPEG that ends at once (SOI, EOI): nothing of a JPEG would be left.
        assert_eq!(
            accept(&upload(b"\xFF\xD8\xFF\xD9\x00\x03\xD9".to_vec()), now).unwrap_err(),
            UploadError::Type
        );
        // A segment written back in a form that cannot be read again.
        assert_eq!(
            accept(
                &upload(b"\xFF\xD8\xFF\xFF\x00\x06\xFF\xFF\xD9\x26\xFF\xDA\x00\x08\x01\x01\x00\x00\x3F\x00\x55".to_vec()),
                now
            )
            .unwrap_err(),
            UploadError::Type
        );
        // Not a readable JPEG behind the right first bytes: refused.
        assert_eq!(
            accept(&upload(b"\xFF\xD8\xFF\xE0 truncated".to_vec()), now).unwrap_err(),
            UploadError::Type
        );
    }

    #[test]
    fn png_text_chunks_go() {
        use img_parts::png::{Png, PngChunk};
        // A 1×1 PNG (its CRCs right: the container is checked).
        const PNG: &[u8] =
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89\
              \0\0\0\rIDAT\x78\x9c\x63\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99\x3d\x1d\
              \0\0\0\0IEND\xaeB`\x82";
        let mut png = Png::from_bytes(PNG.to_vec().into()).unwrap();
        png.chunks_mut().insert(
            1,
            PngChunk::new(*b"tEXt", b"Author\0Awa Ouedraogo".to_vec().into()),
        );
        png.chunks_mut()
            .insert(1, PngChunk::new(*b"eXIf", b"MM\0*GPS".to_vec().into()));
        let with_text = png.encoder().bytes().to_vec();
        assert!(String::from_utf8_lossy(&with_text).contains("Awa"));
        let kept = accept(&upload(with_text), time::OffsetDateTime::now_utc()).unwrap();
        let text = String::from_utf8_lossy(&kept.bytes);
        assert!(!text.contains("Awa") && !text.contains("GPS") && text.contains("IDAT"));
        assert_eq!(kept.bytes, PNG, "exactly the picture is left");
    }

    /// A WebP container of `chunks` (id, data).
    fn webp(chunks: &[(&[u8; 4], &[u8])]) -> Vec<u8> {
        let mut body = b"WEBP".to_vec();
        for (id, data) in chunks {
            body.extend(*id);
            body.extend((data.len() as u32).to_le_bytes());
            body.extend(*data);
            if data.len() % 2 == 1 {
                body.push(0);
            }
        }
        [
            b"RIFF".as_slice(),
            &(body.len() as u32).to_le_bytes(),
            &body,
        ]
        .concat()
    }

    #[test]
    fn webp_exif_and_xmp_go_and_odd_files_do_not_panic() {
        let now = time::OffsetDateTime::now_utc();
        // Extended header announcing ICC, EXIF and XMP (flags 0x2C), a 1×1 picture.
        let photo = webp(&[
            (b"VP8X", &[0x2C, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
            (b"ICCP", b"colours"),
            (b"VP8L", &[0x2F, 0, 0, 0, 0]),
            (b"EXIF", b"Exif\0\0MM\0*GPS"),
            (b"XMP ", b"<x:xmpmeta>Awa</x:xmpmeta>"),
        ]);
        let kept = accept(&upload(photo), now).unwrap();
        let text = String::from_utf8_lossy(&kept.bytes);
        assert!(!text.contains("GPS") && !text.contains("Awa") && text.contains("colours"));
        let vp8x = kept.bytes.windows(4).position(|w| w == b"VP8X").unwrap();
        assert_eq!(kept.bytes[vp8x + 8], 0x20, "only the ICC flag is left");
        // An ICC profile and no picture: img-parts' `set_exif` panicked on it.
        let odd = webp(&[(b"ICCP", b"colours"), (b"EXIF", b"x")]);
        assert!(accept(&upload(odd), now).is_ok());
    }
}
