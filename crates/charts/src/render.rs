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

    /// The chart as a standalone SVG document.
    fn to_svg(&self) -> Result<String, ChartError> {
        self.check()?;
        register_fonts()?;
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, self.size()).into_drawing_area();
            root.fill(&WHITE).map_err(drawing)?;
            self.draw(&root, 1.0)?;
            root.present().map_err(drawing)?;
        }
        Ok(svg)
    }

    /// The chart as PNG bytes, `scale` times its size (2 gives a sharp
    /// picture for slides and reports). The font is drawn into the pixels,
    /// so the picture looks the same on any computer.
    fn to_png(&self, scale: u32) -> Result<Vec<u8>, ChartError> {
        self.check()?;
        register_fonts()?;
        let scale = scale.clamp(1, 4);
        let (w, h) = self.size();
        let (w, h) = (w * scale, h * scale);
        let mut pixels = vec![0u8; (w as usize) * (h as usize) * 3];
        {
            let root = BitMapBackend::with_buffer(&mut pixels, (w, h)).into_drawing_area();
            root.fill(&WHITE).map_err(drawing)?;
            self.draw(&root, f64::from(scale))?;
            root.present().map_err(drawing)?;
        }
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
