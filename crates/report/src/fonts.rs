//! The shipped Open Sans, for krilla to embed and for us to measure: glyph
//! coverage and advance widths from the font's own tables (`skrifa`).

use krilla::text::Font;
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

use crate::ReportError;

/// What stands in for a character the font lacks.
const MISSING: char = '?';

/// One weight of the font.
pub(crate) struct Face {
    /// The font as krilla embeds it.
    pub font: Font,
    data: FontRef<'static>,
    units_per_em: f32,
    /// Height above the baseline, as a share of the size.
    pub ascent: f32,
    /// Depth below the baseline, as a (negative) share of the size.
    pub descent: f32,
}

impl Face {
    fn new(bytes: &'static [u8]) -> Result<Face, ReportError> {
        let data = FontRef::new(bytes).map_err(|_| ReportError::Font)?;
        let font = Font::new(bytes.into(), 0).ok_or(ReportError::Font)?;
        let metrics = data.metrics(Size::unscaled(), LocationRef::default());
        let units_per_em = f32::from(metrics.units_per_em);
        Ok(Face {
            font,
            data,
            units_per_em,
            ascent: metrics.ascent / units_per_em,
            descent: metrics.descent / units_per_em,
        })
    }

    /// Whether the font draws `c` (rather than its empty "notdef" box).
    pub fn covers(&self, c: char) -> bool {
        self.data.charmap().map(c).is_some()
    }

    /// The width of `text` set at `size` as it is drawn (see
    /// [`Face::drawable`]: a control character as a space, a character the
    /// font lacks as "?"), from the advance widths (without kerning, which
    /// only ever narrows Open Sans a little).
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let charmap = self.data.charmap();
        let metrics = self
            .data
            .glyph_metrics(Size::unscaled(), LocationRef::default());
        let fallback = charmap.map(MISSING);
        let units: f32 = text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .filter_map(|c| charmap.map(c).or(fallback))
            .filter_map(|glyph| metrics.advance_width(glyph))
            .sum();
        units / self.units_per_em * size
    }

    /// `text` as it can be drawn: every character the font lacks becomes
    /// "?", control characters become spaces. `None` when nothing changed.
    pub fn drawable(&self, text: &str) -> Option<String> {
        let fine = |c: char| !c.is_control() && (c == ' ' || self.covers(c));
        if text.chars().all(fine) {
            return None;
        }
        Some(
            text.chars()
                .map(|c| match c {
                    c if c.is_control() => ' ',
                    c if fine(c) => c,
                    _ => MISSING,
                })
                .collect(),
        )
    }
}

/// Regular and bold.
pub(crate) struct Fonts {
    pub regular: Face,
    pub bold: Face,
}

impl Fonts {
    pub fn load() -> Result<Fonts, ReportError> {
        Ok(Fonts {
            regular: Face::new(rolspiegel_charts::FONT_REGULAR)?,
            bold: Face::new(rolspiegel_charts::FONT_BOLD)?,
        })
    }

    pub fn face(&self, bold: bool) -> &Face {
        if bold {
            &self.bold
        } else {
            &self.regular
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used, clippy::unwrap_used)]
    use super::*;

    #[test]
    fn measures_and_marks_what_the_font_lacks() {
        let fonts = Fonts::load().unwrap();
        let face = &fonts.regular;
        assert!(face.width("Bureaucraat", 10.0) > face.width("Bureau", 10.0));
        assert!((face.width("ii", 10.0) - 2.0 * face.width("i", 10.0)).abs() < 1e-4);
        // Measured as drawn: a tab as a space, a missing letter as "?".
        assert_eq!(face.width("a\tb", 10.0), face.width("a b", 10.0));
        assert_eq!(face.width("سلام", 10.0), face.width("????", 10.0));
        assert_eq!(face.drawable("Ondernemer, één"), None);
        // Open Sans has Latin, Greek and Cyrillic, not Hebrew, Arabic or emoji.
        assert_eq!(face.drawable("Ελένη Шевченко"), None);
        assert_eq!(face.drawable("שלום").as_deref(), Some("????"));
        assert_eq!(face.drawable("سلام 🙂").as_deref(), Some("???? ?"));
        assert_eq!(face.drawable("a\tb").as_deref(), Some("a b"));
        assert!(face.ascent > 0.0 && face.descent < 0.0);
    }
}
