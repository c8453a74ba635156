//! The radar ("spider") chart on the three role axes. Plotters has no radar
//! chart, so rings, spokes and shapes are drawn as plain elements on a
//! pixel-coordinate drawing area.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use rolspiegel_core::Role;

use crate::palette::{role_colour, INK, MUTED};
use crate::{register_fonts, ChartError, FONT_FAMILY};

/// How one series is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SeriesStyle {
    /// Outline colour.
    pub colour: RGBColor,
    /// Opacity of the filled area (0 = no fill).
    pub fill_opacity: f64,
    /// Outline width in pixels.
    pub stroke_width: u32,
    /// Whether each score gets a dot in its role's colour.
    pub role_markers: bool,
}

impl SeriesStyle {
    /// One person's profile: a neutral shape with role-coloured dots.
    pub const PROFILE: SeriesStyle = SeriesStyle {
        colour: RGBColor(0x2f, 0x2f, 0x2f),
        fill_opacity: 0.16,
        stroke_width: 3,
        role_markers: true,
    };
}

/// One shape on the chart: a score (0–100) per role in [`Role::ALL`] order.
#[derive(Debug, Clone, PartialEq)]
pub struct RadarSeries {
    /// Scores for Bureaucraat, Ondernemer and Verbinder.
    pub scores: [f64; 3],
    /// How to draw it.
    pub style: SeriesStyle,
}

/// A radar chart, ready to be drawn. All text is passed in finished form.
#[derive(Debug, Clone, PartialEq)]
pub struct RadarChart {
    /// Width and height in pixels (the SVG's viewBox).
    pub size: (u32, u32),
    /// Role names in [`Role::ALL`] order, shown at the end of each axis.
    pub axis_labels: [String; 3],
    /// Optional value under each role name (one person's formatted scores).
    pub axis_values: Option<[String; 3]>,
    /// Labels for the rings at 0, 25, 50, 75 and 100.
    pub ring_labels: [String; 5],
    /// The shapes, drawn in order (later on top).
    pub series: Vec<RadarSeries>,
}

/// The ring values, also the scale labels.
pub(crate) const RINGS: [f64; 5] = [0.0, 25.0, 50.0, 75.0, 100.0];

/// Geometry shared by drawing and tests.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Frame {
    pub centre: (f64, f64),
    pub radius: f64,
}

impl Frame {
    pub(crate) fn for_size((w, h): (u32, u32)) -> Frame {
        let (w, h) = (f64::from(w), f64::from(h));
        // Room above for the top label block, below for the two lower ones.
        let radius = (w * 0.30).min(h * 0.34);
        Frame {
            centre: (w / 2.0, h * 0.54),
            radius,
        }
    }

    /// Screen angle of a role's axis: Bureaucraat straight up, then clockwise.
    fn angle(role: Role) -> f64 {
        (-90.0 + 120.0 * role.index() as f64).to_radians()
    }

    /// Where a value (0–100, or beyond for labels) lies on a role's axis.
    pub(crate) fn point(&self, role: Role, value: f64) -> (f64, f64) {
        let r = self.radius * value / 100.0;
        let a = Frame::angle(role);
        (self.centre.0 + r * a.cos(), self.centre.1 + r * a.sin())
    }

    fn pixel(&self, role: Role, value: f64) -> (i32, i32) {
        let (x, y) = self.point(role, value);
        (x.round() as i32, y.round() as i32)
    }
}

fn drawing<E: std::fmt::Debug>(e: E) -> ChartError {
    ChartError::Drawing(format!("{e:?}"))
}

impl RadarChart {
    /// Draws the chart as a standalone SVG document.
    pub fn to_svg(&self) -> Result<String, ChartError> {
        if self.series.is_empty() {
            return Err(ChartError::NoSeries);
        }
        for score in self.series.iter().flat_map(|s| s.scores) {
            if !(0.0..=100.0).contains(&score) {
                return Err(ChartError::ScoreOutOfRange(score.to_string()));
            }
        }
        register_fonts()?;
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, self.size).into_drawing_area();
            root.fill(&WHITE).map_err(drawing)?;
            self.draw(&root)?;
            root.present().map_err(drawing)?;
        }
        Ok(svg)
    }

    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, plotters::coord::Shift>,
    ) -> Result<(), ChartError> {
        let frame = Frame::for_size(self.size);
        let scale = f64::from(self.size.0.min(self.size.1)) / 600.0;
        let px = |v: f64| (v * scale).round().max(1.0) as u32;
        let font = |size: f64| (FONT_FAMILY, size * scale).into_font();

        // Rings (triangles) and spokes.
        for ring in RINGS.iter().skip(1) {
            let mut path: Vec<_> = Role::ALL.iter().map(|r| frame.pixel(*r, *ring)).collect();
            path.push(path[0]);
            let width = if *ring == 100.0 { px(2.0) } else { px(1.0) };
            root.draw(&PathElement::new(path, MUTED.mix(0.55).stroke_width(width)))
                .map_err(drawing)?;
        }
        for role in Role::ALL {
            let spoke = vec![frame.pixel(role, 0.0), frame.pixel(role, 100.0)];
            root.draw(&PathElement::new(
                spoke,
                MUTED.mix(0.55).stroke_width(px(1.0)),
            ))
            .map_err(drawing)?;
        }
        // Scale labels beside the Bureaucraat axis.
        // Left of the axis and just below each ring, clear of the score dots.
        let tick_style = TextStyle::from(font(20.0))
            .color(&MUTED)
            .pos(Pos::new(HPos::Right, VPos::Top));
        for (value, label) in RINGS.iter().zip(&self.ring_labels) {
            let (x, y) = frame.pixel(Role::Bureaucraat, *value);
            let at = (x - px(14.0) as i32, y + px(4.0) as i32);
            root.draw(&Text::new(label.clone(), at, tick_style.clone()))
                .map_err(drawing)?;
        }

        // The shapes.
        for series in &self.series {
            let points: Vec<_> = Role::ALL
                .iter()
                .map(|r| frame.pixel(*r, series.scores[r.index()]))
                .collect();
            let style = series.style;
            if style.fill_opacity > 0.0 {
                root.draw(&Polygon::new(
                    points.clone(),
                    style.colour.mix(style.fill_opacity),
                ))
                .map_err(drawing)?;
            }
            let mut outline = points.clone();
            outline.push(points[0]);
            root.draw(&PathElement::new(
                outline,
                style.colour.stroke_width(px(f64::from(style.stroke_width))),
            ))
            .map_err(drawing)?;
            if style.role_markers {
                for role in Role::ALL {
                    let at = points[role.index()];
                    root.draw(&Circle::new(at, px(10.0), WHITE.filled()))
                        .map_err(drawing)?;
                    root.draw(&Circle::new(at, px(7.5), role_colour(role).filled()))
                        .map_err(drawing)?;
                }
            }
        }

        // Role names (and values) at the end of each axis.
        let gap = px(18.0) as i32;
        let line = px(36.0) as i32;
        for role in Role::ALL {
            let (x, y) = frame.pixel(role, 100.0);
            let upward = role == Role::Bureaucraat;
            let name_style = TextStyle::from(font(30.0).style(FontStyle::Bold))
                .color(&INK)
                .pos(Pos::new(
                    HPos::Center,
                    if upward { VPos::Bottom } else { VPos::Top },
                ));
            let value_style = TextStyle::from(font(28.0)).color(&INK).pos(Pos::new(
                HPos::Center,
                if upward { VPos::Bottom } else { VPos::Top },
            ));
            let name = self.axis_labels[role.index()].clone();
            let value = self.axis_values.as_ref().map(|v| v[role.index()].clone());
            if upward {
                let mut at = y - gap;
                if let Some(value) = value {
                    root.draw(&Text::new(value, (x, at), value_style))
                        .map_err(drawing)?;
                    at -= line;
                }
                root.draw(&Text::new(name, (x, at), name_style))
                    .map_err(drawing)?;
            } else {
                root.draw(&Text::new(name, (x, y + gap), name_style))
                    .map_err(drawing)?;
                if let Some(value) = value {
                    root.draw(&Text::new(value, (x, y + gap + line), value_style))
                        .map_err(drawing)?;
                }
            }
        }
        Ok(())
    }
}
