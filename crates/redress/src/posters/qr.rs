//! A poster's QR code: the matrix from `qrcode`, drawn by us as dark squares (runs of dark
//! modules along a row), for the PDF and as inline SVG for the printable page.

use qrcode::{Color, EcLevel, QrCode};

/// Light modules around the code, as the standard asks (readers need them).
pub const QUIET_ZONE: usize = 4;

/// A QR code's dark modules, as horizontal runs.
pub struct Matrix {
    /// Modules along a side, quiet zone excluded.
    pub width: usize,
    /// (row, first column, length) of each run of dark modules.
    pub runs: Vec<(usize, usize, usize)>,
}

impl Matrix {
    /// The code of `text`, with error correction level M (15 %: a poster gets scuffed).
    pub fn of(text: &str) -> Matrix {
        let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
            .expect("a poster's address fits in a QR code");
        let width = code.width();
        let colors = code.to_colors();
        let mut runs = Vec::new();
        for row in 0..width {
            let mut col = 0;
            while col < width {
                if colors[row * width + col] == Color::Dark {
                    let start = col;
                    while col < width && colors[row * width + col] == Color::Dark {
                        col += 1;
                    }
                    runs.push((row, start, col - start));
                } else {
                    col += 1;
                }
            }
        }
        Matrix { width, runs }
    }

    /// Modules along a side, quiet zone included.
    pub fn side(&self) -> usize {
        self.width + 2 * QUIET_ZONE
    }

    /// An SVG of the code (one path, crisp edges), with a title for screen readers.
    pub fn svg(&self, title: &str) -> String {
        let side = self.side();
        let mut path = String::with_capacity(self.runs.len() * 16);
        for (row, col, len) in &self.runs {
            path.push_str(&format!(
                "M{} {}h{len}v1h-{len}z",
                col + QUIET_ZONE,
                row + QUIET_ZONE
            ));
        }
        format!(
            "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" \
             role=\"img\" shape-rendering=\"crispEdges\"><title>{}</title>\
             <rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/>\
             <path fill=\"#000\" d=\"{path}\"/></svg>",
            escape(title)
        )
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_cover_the_dark_modules() {
        let m = Matrix::of("http://127.0.0.1:8080/complaints/new?sp=CSPS-PISSY&lang=mos");
        assert!(
            m.width >= 21 && (m.width - 17).is_multiple_of(4),
            "{}",
            m.width
        );
        // The finder pattern: the first row starts with seven dark modules.
        assert_eq!(m.runs[0], (0, 0, 7));
        let svg = m.svg("a & b");
        assert!(svg.contains("<title>a &amp; b</title>"));
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
    }
}
