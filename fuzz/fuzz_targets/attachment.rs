//! Any file an uploader may send: its type is decided from its bytes and a photo loses its
//! metadata (`redress::attachments`) without panicking. What is accepted is accepted again
//! as the same type, unchanged by a second pass, and holds no EXIF, XMP, IPTC, comment or
//! text chunk. Each input is tried twice: as raw bytes (the corpus holds real files) and
//! read as a container built from parts (`redress_fuzz::File`: right PNG CRCs and RIFF
//! sizes, which raw mutation rarely finds).
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;
use redress::attachments::{Upload, accept, sniff, without_metadata};
use redress_fuzz::File;

fn check(bytes: Vec<u8>) {
    let head = |b: &[u8]| format!("{:02x?}", &b[..b.len().min(48)]);
    let input = head(&bytes);
    let now = time::OffsetDateTime::now_utc();
    let upload = Upload {
        bytes: bytes.into(),
    };
    let Ok(kept) = accept(&upload, now) else {
        return;
    };
    assert_eq!(kept.size_bytes as usize, kept.bytes.len());
    assert!(!kept.bytes.is_empty());
    let Some((content_type, ext)) = sniff(&kept.bytes) else {
        panic!(
            "what is kept is no longer of its type: {input} became {}",
            head(&kept.bytes)
        );
    };
    assert_eq!(content_type, kept.content_type);
    assert!(kept.file_name.ends_with(ext) && kept.storage_key.ends_with(ext));
    let Some(again) = without_metadata(kept.bytes.clone().into(), content_type) else {
        panic!(
            "{content_type}: what is kept is not readable again: {input} became {}",
            head(&kept.bytes)
        );
    };
    assert_eq!(
        again.as_ref(),
        kept.bytes.as_slice(),
        "a second pass changes nothing"
    );
    no_metadata_left(content_type, kept.bytes);
}

fn no_metadata_left(content_type: &str, bytes: Vec<u8>) {
    use img_parts::ImageEXIF;
    use img_parts::jpeg::{Jpeg, markers};
    match content_type {
        "image/jpeg" => {
            let jpeg = Jpeg::from_bytes(bytes.into()).expect("readable");
            for s in jpeg.segments() {
                let m = s.marker();
                let app = (markers::APP0..=markers::APP15).contains(&m);
                assert!(
                    m != markers::COM
                        && (!app || matches!(m, markers::APP0 | markers::APP2 | markers::APP14)),
                    "JPEG segment {m:#x} left"
                );
            }
            assert!(jpeg.exif().is_none());
        }
        "image/png" => {
            let png = img_parts::png::Png::from_bytes(bytes.into()).expect("readable");
            for c in png.chunks() {
                let kind = c.kind();
                assert!(
                    ![*b"tEXt", *b"zTXt", *b"iTXt", *b"eXIf", *b"tIME"].contains(&kind),
                    "PNG chunk {:?} left",
                    String::from_utf8_lossy(&kind)
                );
            }
            assert!(png.exif().is_none());
        }
        "image/webp" => {
            let webp = img_parts::webp::WebP::from_bytes(bytes.into()).expect("readable");
            assert!(
                webp.chunk_by_id(img_parts::webp::CHUNK_EXIF).is_none(),
                "WebP EXIF left"
            );
            assert!(
                webp.chunk_by_id(img_parts::webp::CHUNK_XMP).is_none(),
                "WebP XMP left"
            );
            if let Some(header) = webp.chunk_by_id(img_parts::webp::CHUNK_VP8X) {
                let flags = header.content().data().and_then(|d| d.first().copied());
                assert_eq!(
                    flags.unwrap_or(0) & 0x0C,
                    0,
                    "WebP header announces EXIF or XMP"
                );
            }
        }
        _ => {}
    }
}

fuzz_target!(|data: &[u8]| {
    check(data.to_vec());
    if let Ok(file) = File::arbitrary_take_rest(Unstructured::new(data)) {
        check(file.bytes());
    }
});
