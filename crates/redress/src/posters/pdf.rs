//! Posters as an A4 PDF, one page each, with krilla. The fonts (DejaVu Sans and its bold,
//! `fonts/`) are embedded at compile time and subset into the file. Text is measured by
//! shaping it (rustybuzz, as krilla draws it), wrapped to the width, and the name of the
//! service point shrinks when long; if a page would still run over, every text shrinks
//! until it fits: nothing leaves the page.

use super::Poster;
use super::qr::{Matrix, QUIET_ZONE};
use krilla::Document;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::text::{Font, TextDirection};

static REGULAR: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../fonts/DejaVuSans-Bold.ttf");

/// A4 in points.
pub const PAGE_WIDTH: f32 = 595.28;
pub const PAGE_HEIGHT: f32 = 841.89;
/// 15 mm on every side: inside what office printers can print.
pub const MARGIN: f32 = 42.5;
/// The QR code's side, quiet zone included, at the layout's first scale: 6 cm, read from
/// a metre away; it grows with the text on a page with room to spare.
const QR_SIDE: f32 = 170.0;
/// The largest and smallest scales tried: a short poster fills the page, a long one shrinks.
const MAX_SCALE: f32 = 1.5;
const MIN_SCALE: f32 = 0.5;

/// A font for drawing (krilla) and for measuring (rustybuzz).
struct Face {
    draw: Font,
    shape: rustybuzz::Face<'static>,
    units_per_em: f32,
}

impl Face {
    fn load(data: &'static [u8]) -> Face {
        let shape = rustybuzz::Face::from_slice(data, 0).expect("an embedded font parses");
        Face {
            draw: Font::new(data.into(), 0).expect("an embedded font loads"),
            units_per_em: shape.units_per_em() as f32,
            shape,
        }
    }

    /// The width of `text` at `size` points.
    fn width(&self, text: &str, size: f32) -> f32 {
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        let shaped = rustybuzz::shape(&self.shape, &[], buffer);
        let units: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
        units as f32 / self.units_per_em * size
    }

    /// Whether the font has a glyph for every character of `text`.
    #[cfg(test)]
    fn covers(&self, text: &str) -> bool {
        text.chars()
            .filter(|c| !c.is_whitespace())
            .all(|c| self.shape.glyph_index(c).is_some())
    }

    /// `text` cut into lines no wider than `width`: at spaces (never at a no-break space,
    /// as French puts before `?` and `:`), and inside a word too long for a line (an
    /// address, a name without spaces).
    fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        // Words are measured once each and lines summed from them (shaping whole lines
        // again for every word made a region's PDF take seconds); 1 % is kept for kerning
        // across a space.
        let width = width * 0.99;
        let space = self.width(" ", size);
        let mut lines = Vec::new();
        let mut line = String::new();
        let mut line_width = 0.0;
        for word in text.split([' ', '\t', '\n']).filter(|w| !w.is_empty()) {
            let w = self.width(word, size);
            if !line.is_empty() && line_width + space + w <= width {
                line.push(' ');
                line.push_str(word);
                line_width += space + w;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if w <= width {
                line = word.to_owned();
                line_width = w;
                continue;
            }
            // A word too long for a line, cut where it must be.
            let mut rest = word;
            while self.width(rest, size) > width {
                let mut cut = 0;
                for (i, _) in rest.char_indices().skip(1) {
                    if self.width(&rest[..i], size) > width {
                        break;
                    }
                    cut = i;
                }
                if cut == 0 {
                    // Not even one character fits: it goes alone on its line.
                    cut = rest.chars().next().map_or(rest.len(), char::len_utf8);
                }
                lines.push(rest[..cut].to_owned());
                rest = &rest[cut..];
            }
            line = rest.to_owned();
            line_width = self.width(rest, size);
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
    }
}

struct Faces {
    regular: Face,
    bold: Face,
}

impl Faces {
    fn load() -> Faces {
        Faces {
            regular: Face::load(REGULAR),
            bold: Face::load(BOLD),
        }
    }

    fn get(&self, bold: bool) -> &Face {
        if bold { &self.bold } else { &self.regular }
    }
}

/// What is drawn on a page, in points from the top left.
#[derive(Debug, Clone, PartialEq)]
enum Op {
    Text {
        x: f32,
        /// The top of the line box; the baseline is lower by the font's ascent.
        top: f32,
        size: f32,
        bold: bool,
        text: String,
    },
    Qr {
        x: f32,
        top: f32,
        side: f32,
    },
    Rule {
        top: f32,
    },
}

/// DejaVu Sans's ascent and descent, in ems: a line's box around its baseline.
const ASCENT: f32 = 0.93;
const LINE: f32 = 1.22;

/// Lays a page out from the top, text sizes times `scale`.
struct Layout<'f> {
    faces: &'f Faces,
    scale: f32,
    top: f32,
    ops: Vec<Op>,
}

impl Layout<'_> {
    /// A paragraph at `x`, `width` wide.
    fn para(&mut self, text: &str, size: f32, bold: bool, x: f32, width: f32) {
        let size = size * self.scale;
        for line in self.faces.get(bold).wrap(text, size, width) {
            self.ops.push(Op::Text {
                x,
                top: self.top,
                size,
                bold,
                text: line,
            });
            self.top += size * LINE;
        }
    }

    /// A paragraph whose size shrinks (to `min`) until it holds in `max_lines` lines.
    fn fitted(&mut self, text: &str, size: f32, min: f32, max_lines: usize, width: f32) {
        let face = self.faces.get(true);
        let mut s = size;
        while s > min && face.wrap(text, s * self.scale, width).len() > max_lines {
            s -= 1.0;
        }
        self.para(text, s.max(min), true, MARGIN, width);
    }

    fn gap(&mut self, points: f32) {
        self.top += points * self.scale;
    }

    /// French, then the second language below it in a lighter weight.
    fn both(&mut self, text: &super::Text, size: f32, x: f32, width: f32) {
        self.para(&text.fr, size, true, x, width);
        if let Some(other) = &text.other {
            self.para(other, size * 0.9, false, x, width);
        }
    }
}

fn layout(faces: &Faces, p: &Poster, scale: f32) -> (Vec<Op>, f32) {
    let width = PAGE_WIDTH - 2.0 * MARGIN;
    let mut l = Layout {
        faces,
        scale,
        top: MARGIN,
        ops: Vec::new(),
    };
    l.para(&p.kind.fr.to_uppercase(), 11.0, false, MARGIN, width);
    l.fitted(&p.name, 30.0, 15.0, 4, width);
    if let Some(place) = &p.place {
        l.para(place, 14.0, false, MARGIN, width);
    }
    l.gap(6.0);
    l.ops.push(Op::Rule { top: l.top });
    l.gap(14.0);
    l.both(&p.heading, 20.0, MARGIN, width);
    l.gap(12.0);
    // The QR code, and beside it how to use it.
    let qr_top = l.top;
    let qr_side = QR_SIDE * scale.clamp(1.0, 1.3);
    l.ops.push(Op::Qr {
        x: MARGIN,
        top: qr_top,
        side: qr_side,
    });
    let beside = MARGIN + qr_side + 14.0;
    let beside_width = PAGE_WIDTH - MARGIN - beside;
    l.top += 12.0;
    l.both(&p.web, 14.0, beside, beside_width);
    l.gap(6.0);
    l.para(&p.address, 11.0, false, beside, beside_width);
    l.top = l.top.max(qr_top + qr_side);
    l.gap(12.0);
    for line in &p.lines {
        l.both(line, 13.0, MARGIN, width);
        l.gap(9.0);
    }
    l.para(&format!("Redress · {}", p.code), 9.0, false, MARGIN, width);
    let bottom = l.top;
    (l.ops, bottom)
}

/// The page's operations at the largest scale that fits (found by halving the interval:
/// a taller text only grows with the scale), and (last resort) cut at the margin.
fn page_ops(faces: &Faces, p: &Poster) -> Vec<Op> {
    let limit = PAGE_HEIGHT - MARGIN;
    let (ops, bottom) = layout(faces, p, MAX_SCALE);
    if bottom <= limit {
        return ops;
    }
    let (mut low, mut high) = (MIN_SCALE, MAX_SCALE);
    let mut best = None;
    while high - low > 0.02 {
        let mid = (low + high) / 2.0;
        let (ops, bottom) = layout(faces, p, mid);
        if bottom <= limit {
            best = Some(ops);
            low = mid;
        } else {
            high = mid;
        }
    }
    best.unwrap_or_else(|| {
        let (ops, _) = layout(faces, p, MIN_SCALE);
        ops.into_iter()
            .filter(|op| match op {
                Op::Text { top, size, .. } => top + size * LINE <= limit,
                _ => true,
            })
            .collect()
    })
}

/// One PDF with a page per poster. `title` names the document.
pub fn render(posters: &[Poster], title: &str) -> Result<Vec<u8>, String> {
    let faces = Faces::load();
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(title.to_owned())
            .language("fr".to_owned())
            .creator("Redress".to_owned()),
    );
    for poster in posters {
        let settings =
            PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).expect("A4 is a valid page size");
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        for op in page_ops(&faces, poster) {
            match op {
                Op::Text {
                    x,
                    top,
                    size,
                    bold,
                    text,
                } => surface.draw_text(
                    Point::from_xy(x, top + size * ASCENT),
                    faces.get(bold).draw.clone(),
                    size,
                    &text,
                    false,
                    TextDirection::Auto,
                ),
                Op::Qr { x, top, side } => {
                    draw_qr(&mut surface, &Matrix::of(&poster.address), x, top, side)
                }
                Op::Rule { top } => {
                    let mut path = PathBuilder::new();
                    if let Some(r) = Rect::from_xywh(MARGIN, top, PAGE_WIDTH - 2.0 * MARGIN, 1.5) {
                        path.push_rect(r);
                    }
                    if let Some(path) = path.finish() {
                        surface.draw_path(&path);
                    }
                }
            }
        }
        surface.finish();
        page.finish();
    }
    document.finish().map_err(|e| format!("{e:?}"))
}

fn draw_qr(surface: &mut krilla::surface::Surface, m: &Matrix, x: f32, top: f32, side: f32) {
    let module = side / m.side() as f32;
    let origin = QUIET_ZONE as f32 * module;
    let mut path = PathBuilder::new();
    for (row, col, len) in &m.runs {
        if let Some(r) = Rect::from_xywh(
            x + origin + *col as f32 * module,
            top + origin + *row as f32 * module,
            *len as f32 * module,
            module,
        ) {
            path.push_rect(r);
        }
    }
    if let Some(path) = path.finish() {
        surface.draw_path(&path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::posters::Text;

    fn poster(name: &str) -> Poster {
        let t = |s: &str| Text {
            fr: s.to_owned(),
            other: Some(format!("{s} (mos)")),
        };
        Poster {
            code: "CSPS-PISSY".into(),
            name: name.into(),
            place: None,
            kind: t("Centre de santé"),
            heading: t("Un problème avec ce service public ? Plaignez-vous."),
            address: "http://127.0.0.1:8080/complaints/new?sp=CSPS-PISSY&lang=mos".into(),
            web: t("Par Internet : scannez le code"),
            lines: vec![t("Par SMS au 3535"); 6],
            other_lang: Some("mos"),
        }
    }

    #[test]
    fn the_fonts_cover_the_national_languages() {
        let faces = Faces::load();
        for face in [&faces.regular, &faces.bold] {
            assert!(face.covers("ẽ ĩ ũ ɛ ɔ ŋ ɓ ɗ ƴ Ẽ Ĩ Ũ Ɛ Ɔ Ŋ é è ê ç œ « » ’ —"));
        }
    }

    #[test]
    fn long_words_and_names_stay_within_the_width() {
        let faces = Faces::load();
        let width = 200.0;
        let lines = faces.regular.wrap(
            "http://127.0.0.1:8080/complaints/new?sp=CSPS-PISSY-SECTEUR-17&lang=mos court",
            11.0,
            width,
        );
        assert!(lines.len() >= 2, "{lines:?}");
        for line in &lines {
            assert!(faces.regular.width(line, 11.0) <= width, "{line}");
        }
        let long = "Centre de santé et de promotion sociale urbain du secteur 17 de Ouagadougou \
                    (Pissy), avec sa maternité, son dépôt pharmaceutique et son service de \
                    vaccination des enfants de moins de cinq ans";
        let ops = page_ops(&faces, &poster(long));
        for op in &ops {
            if let Op::Text {
                x,
                top,
                size,
                bold,
                text,
                ..
            } = op
            {
                let right = x + faces.get(*bold).width(text, *size);
                assert!(right <= PAGE_WIDTH - MARGIN + 0.01, "{text}: {right}");
                assert!(top + size * LINE <= PAGE_HEIGHT - MARGIN, "{text}");
            }
        }
        let words: usize = ops
            .iter()
            .filter_map(|op| match op {
                Op::Text { text, .. } => Some(text.split_whitespace().count()),
                _ => None,
            })
            .sum();
        assert!(words > 60, "nothing dropped: {words} words");
    }

    #[test]
    fn a_pdf_has_a_page_per_poster() {
        let pdf = render(&[poster("École A"), poster("École B")], "Affiches").unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        // Pages, sizes and contents are checked on the rendered file (tests/it/posters.rs).
    }
}
