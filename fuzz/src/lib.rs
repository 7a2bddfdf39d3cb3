//! What the fuzz targets share: photo containers built from fuzzed parts, so that type
//! detection and metadata removal (`redress::attachments`) see real JPEG, PNG and WebP
//! structure (segments, CRC-checked chunks, RIFF sizes) and not only noise that fails at the
//! first byte.

use arbitrary::Arbitrary;

/// A file as an uploader may send one.
#[derive(Arbitrary, Debug, Clone)]
pub enum File {
    Raw(Vec<u8>),
    Jpeg {
        segments: Vec<(Marker, Vec<u8>)>,
        scan: Vec<u8>,
        end: bool,
    },
    Png {
        ihdr: [u8; 13],
        chunks: Vec<(PngChunk, Vec<u8>)>,
        end: bool,
    },
    Webp {
        chunks: Vec<(WebpChunk, Vec<u8>)>,
        /// A RIFF size that says something else than what follows.
        wrong_size: Option<u32>,
    },
    Pdf(Vec<u8>),
}

/// JPEG markers: the kept ones, the metadata ones, and any other.
#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum Marker {
    Jfif,
    Exif,
    Icc,
    Adobe,
    Comment,
    App(u8),
    Dqt,
    Sof0,
    Dht,
    Other(u8),
}

impl Marker {
    fn byte(self) -> u8 {
        match self {
            Marker::Jfif => 0xE0,
            Marker::Exif => 0xE1,
            Marker::Icc => 0xE2,
            Marker::Adobe => 0xEE,
            Marker::Comment => 0xFE,
            Marker::App(n) => 0xE0 + n % 16,
            Marker::Dqt => 0xDB,
            Marker::Sof0 => 0xC0,
            Marker::Dht => 0xC4,
            Marker::Other(b) => b,
        }
    }
}

#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum PngChunk {
    Idat,
    Text,
    Ztxt,
    Itxt,
    Exif,
    Time,
    Iccp,
    Plte,
    Other([u8; 4]),
}

impl PngChunk {
    fn kind(self) -> [u8; 4] {
        match self {
            PngChunk::Idat => *b"IDAT",
            PngChunk::Text => *b"tEXt",
            PngChunk::Ztxt => *b"zTXt",
            PngChunk::Itxt => *b"iTXt",
            PngChunk::Exif => *b"eXIf",
            PngChunk::Time => *b"tIME",
            PngChunk::Iccp => *b"iCCP",
            PngChunk::Plte => *b"PLTE",
            PngChunk::Other(k) => k,
        }
    }
}

#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum WebpChunk {
    Vp8x,
    Vp8,
    Vp8l,
    Exif,
    Xmp,
    Iccp,
    Alph,
    Other([u8; 4]),
}

impl WebpChunk {
    fn id(self) -> [u8; 4] {
        match self {
            WebpChunk::Vp8x => *b"VP8X",
            WebpChunk::Vp8 => *b"VP8 ",
            WebpChunk::Vp8l => *b"VP8L",
            WebpChunk::Exif => *b"EXIF",
            WebpChunk::Xmp => *b"XMP ",
            WebpChunk::Iccp => *b"ICCP",
            WebpChunk::Alph => *b"ALPH",
            WebpChunk::Other(k) => k,
        }
    }
}

impl File {
    /// The bytes of the file.
    pub fn bytes(&self) -> Vec<u8> {
        match self {
            File::Raw(b) => b.clone(),
            File::Pdf(b) => [b"%PDF-1.7\n".as_slice(), b].concat(),
            File::Jpeg {
                segments,
                scan,
                end,
            } => {
                let mut out = vec![0xFF, 0xD8];
                for (marker, body) in segments {
                    let body = &body[..body.len().min(65_533)];
                    out.extend([0xFF, marker.byte()]);
                    out.extend(((body.len() + 2) as u16).to_be_bytes());
                    out.extend(body);
                }
                out.extend([0xFF, 0xDA, 0x00, 0x08, 1, 1, 0, 0, 0x3F, 0]);
                out.extend(scan);
                if *end {
                    out.extend([0xFF, 0xD9]);
                }
                out
            }
            File::Png { ihdr, chunks, end } => {
                let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
                png_chunk(&mut out, *b"IHDR", ihdr);
                for (kind, data) in chunks {
                    png_chunk(&mut out, kind.kind(), data);
                }
                if *end {
                    png_chunk(&mut out, *b"IEND", &[]);
                }
                out
            }
            File::Webp { chunks, wrong_size } => {
                let mut body = b"WEBP".to_vec();
                for (id, data) in chunks {
                    body.extend(id.id());
                    body.extend((data.len() as u32).to_le_bytes());
                    body.extend(data);
                    if data.len() % 2 == 1 {
                        body.push(0);
                    }
                }
                let size = wrong_size.unwrap_or(body.len() as u32);
                let mut out = b"RIFF".to_vec();
                out.extend(size.to_le_bytes());
                out.extend(body);
                out
            }
        }
    }
}

fn png_chunk(out: &mut Vec<u8>, kind: [u8; 4], data: &[u8]) {
    out.extend((data.len() as u32).to_be_bytes());
    out.extend(kind);
    out.extend(data);
    let mut crc = crc32fast::Hasher::new();
    crc.update(&kind);
    crc.update(data);
    out.extend(crc.finalize().to_be_bytes());
}
