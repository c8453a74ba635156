//! Drawing one chart to SVG text or PNG bytes: the same `draw` for both, so an
//! exported picture looks exactly like the chart on screen.

use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;

use crate::{register_fonts, ChartError};

/// A chart that can draw itself on any plotters backend.
pub trait Chart {
    /// Width and height in pixels at scale 1.
    fn size(&self) -> (u32, u32);

    /// Refuses data that cannot be drawn (no series, scores off 0–100).
    fn check(&self) -> Result<(), ChartError>;

    /// Draws on `root`, whose size is [`Chart::size`] times `scale`.
    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        scale: f64,
    ) -> Result<(), ChartError>;

    /// Draws the chart on any plotters backend (a PDF page, say) whose size
    /// is [`Chart::size`] times `scale`, on a white background, with the
    /// shipped font registered for text measurement.
    fn draw_on<DB: DrawingBackend>(&self, backend: DB, scale: f64) -> Result<(), ChartError> {
        self.check()?;
        register_fonts()?;
        let root = backend.into_drawing_area();
        root.fill(&WHITE).map_err(drawing)?;
        self.draw(&root, scale)?;
        root.present().map_err(drawing)
    }

    /// The chart as a standalone SVG document.
    fn to_svg(&self) -> Result<String, ChartError> {
        let mut svg = String::new();
        self.draw_on(SVGBackend::with_string(&mut svg, self.size()), 1.0)?;
        Ok(xml_safe(svg))
    }

    /// The chart as PNG bytes, `scale` times its size (2 gives a sharp
    /// picture for slides and reports). The font is drawn into the pixels,
    /// so the picture looks the same on any computer.
    fn to_png(&self, scale: u32) -> Result<Vec<u8>, ChartError> {
        let scale = scale.clamp(1, 4);
        let (w, h) = self.size();
        let (w, h) = (w * scale, h * scale);
        let mut pixels = vec![0u8; (w as usize) * (h as usize) * 3];
        self.draw_on(
            BitMapBackend::with_buffer(&mut pixels, (w, h)),
            f64::from(scale),
        )?;
        let mut png = Vec::new();
        {
            let mut encoder = png::Encoder::new(&mut png, w, h);
            encoder.set_color(png::ColorType::Rgb);
            encoder.set_depth(png::BitDepth::Eight);
            let mut writer = encoder.write_header().map_err(drawing)?;
            writer.write_image_data(&pixels).map_err(drawing)?;
            writer.finish().map_err(drawing)?;
        }
        Ok(png)
    }
}

/// Replaces what would make the SVG invalid XML (U+FFFE, U+FFFF, control
/// characters) or reorder a line of text (bidi embeddings, overrides and
/// isolates; zero-width characters) with U+FFFD. Such text is refused when
/// typed or imported; this keeps charts of older stored text drawable.
fn xml_safe(svg: String) -> String {
    let unsafe_char = |c: char| {
        (rolspiegel_core::is_xml_forbidden(c) && c != '\r') || rolspiegel_core::reorders_text(c)
    };
    if !svg.contains(unsafe_char) {
        return svg;
    }
    svg.chars()
        .map(|c| if unsafe_char(c) { '\u{FFFD}' } else { c })
        .collect()
}

/// Refuses any value outside 0–100 (scores and shares alike).
pub(crate) fn check_range(values: impl IntoIterator<Item = f64>) -> Result<(), ChartError> {
    match values.into_iter().find(|v| !(0.0..=100.0).contains(v)) {
        Some(v) => Err(ChartError::ScoreOutOfRange(v.to_string())),
        None => Ok(()),
    }
}

pub(crate) fn drawing<E: std::fmt::Debug>(e: E) -> ChartError {
    ChartError::Drawing(format!("{e:?}"))
}

/// How a line is drawn, so series differ in more than colour (for
/// colour-blind readers and greyscale prints).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LineDash {
    /// An unbroken line.
    Solid,
    /// Medium dashes.
    Dashed,
    /// Short dots.
    Dotted,
    /// Long dashes.
    LongDash,
}

/// Draws a path in the given dash style; `unit` is the pixel scale.
pub(crate) fn dashed_path<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    points: Vec<(i32, i32)>,
    dash: LineDash,
    style: ShapeStyle,
    unit: f64,
) -> Result<(), ChartError> {
    let px = |v: f64| (v * unit).round().max(1.0) as i32;
    match dash {
        LineDash::Solid => root.draw(&PathElement::new(points, style)),
        LineDash::Dashed => root.draw(&DashedPathElement::new(points, px(12.0), px(8.0), style)),
        LineDash::Dotted => root.draw(&DashedPathElement::new(points, px(3.0), px(6.0), style)),
        LineDash::LongDash => root.draw(&DashedPathElement::new(points, px(26.0), px(8.0), style)),
    }
    .map_err(drawing)
}

/// The opacity of `count` identical marks of opacity `alpha` drawn on top of
/// each other: drawing one mark with it looks exactly the same, with one SVG
/// element instead of `count` (a group of thousands has many identical scores).
pub(crate) fn stacked(alpha: f64, count: usize) -> f64 {
    1.0 - (1.0 - alpha).powi(i32::try_from(count).unwrap_or(i32::MAX))
}

/// Identical items counted, in the order they first appear.
pub(crate) fn tally<K: Eq + std::hash::Hash + Clone>(
    items: impl Iterator<Item = K>,
) -> Vec<(K, usize)> {
    let mut order: Vec<(K, usize)> = Vec::new();
    let mut index: std::collections::HashMap<K, usize> = std::collections::HashMap::new();
    for item in items {
        match index.get(&item) {
            Some(&i) => order[i].1 += 1,
            None => {
                index.insert(item.clone(), order.len());
                order.push((item, 1));
            }
        }
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stacked_opacity_is_the_compositing_of_identical_layers() {
        assert_eq!(stacked(0.5, 1), 0.5);
        assert!((stacked(0.5, 2) - 0.75).abs() < 1e-12);
        assert!((stacked(0.35, 3) - (1.0 - 0.65f64.powi(3))).abs() < 1e-12);
    }

    #[test]
    fn tally_counts_in_first_seen_order() {
        assert_eq!(
            tally([3, 1, 3, 2, 1, 3].into_iter()),
            vec![(3, 3), (1, 2), (2, 1)]
        );
    }
}
