//! The radar ("spider") chart on the three role axes. Plotters has no radar
//! chart, so rings, spokes and shapes are drawn as plain elements on a
//! pixel-coordinate drawing area.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use rolspiegel_core::Role;

use crate::palette::{role_colour, INK, MUTED};
use crate::render::{check_range, dashed_path, drawing, stacked, tally, Chart, LineDash};
use crate::{ChartError, FONT_FAMILY};

/// How one series is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SeriesStyle {
    /// Outline colour.
    pub colour: RGBColor,
    /// Opacity of the filled area (0 = no fill).
    pub fill_opacity: f64,
    /// Outline width in pixels.
    pub stroke_width: u32,
    /// Opacity of the outline (1 = solid; a group's many thin lines are
    /// translucent so that where they bunch up shows).
    pub stroke_opacity: f64,
    /// What marks each score.
    pub markers: Markers,
    /// Line style of the outline.
    pub dash: LineDash,
}

/// What marks the three scores of a series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markers {
    /// Nothing: for many thin lines.
    None,
    /// A small dot in the series colour.
    Series,
    /// A larger dot in each role's colour.
    Roles,
}

impl SeriesStyle {
    /// One person's profile: a neutral shape with role-coloured dots.
    pub const PROFILE: SeriesStyle = SeriesStyle {
        colour: RGBColor(0x2f, 0x2f, 0x2f),
        fill_opacity: 0.16,
        stroke_width: 3,
        stroke_opacity: 1.0,
        markers: Markers::Roles,
        dash: LineDash::Solid,
    };

    /// One participant in a group: a thin translucent line, no markers.
    pub const PARTICIPANT: SeriesStyle = SeriesStyle {
        colour: RGBColor(0x3a, 0x3a, 0x3a),
        fill_opacity: 0.0,
        stroke_width: 2,
        stroke_opacity: 0.35,
        markers: Markers::None,
        dash: LineDash::Solid,
    };

    /// The group mean, bold on top of the participants.
    pub const GROUP_MEAN: SeriesStyle = SeriesStyle {
        colour: RGBColor(0x00, 0x00, 0x00),
        fill_opacity: 0.08,
        stroke_width: 7,
        stroke_opacity: 1.0,
        markers: Markers::Roles,
        dash: LineDash::Solid,
    };

    /// A big group's mean over its bands: a thinner line without fill, so
    /// the middle half along each axis stays in view.
    pub const SHAPE_MEAN: SeriesStyle = SeriesStyle {
        colour: RGBColor(0x00, 0x00, 0x00),
        fill_opacity: 0.0,
        stroke_width: 3,
        stroke_opacity: 1.0,
        markers: Markers::Roles,
        dash: LineDash::Solid,
    };

    /// The styles of results compared on one chart, in order: distinct
    /// colours (each at least 3:1 against white) and distinct line styles.
    pub const COMPARE: [SeriesStyle; 5] = [
        SeriesStyle::compared(RGBColor(0x00, 0x00, 0x00), LineDash::Solid),
        SeriesStyle::compared(RGBColor(0x00, 0x72, 0xb2), LineDash::Dashed),
        SeriesStyle::compared(RGBColor(0xc4, 0x4e, 0x00), LineDash::Dotted),
        SeriesStyle::compared(RGBColor(0x00, 0x7d, 0x5b), LineDash::LongDash),
        SeriesStyle::compared(RGBColor(0x7a, 0x51, 0x95), LineDash::Solid),
    ];

    const fn compared(colour: RGBColor, dash: LineDash) -> SeriesStyle {
        SeriesStyle {
            colour,
            fill_opacity: 0.0,
            stroke_width: 4,
            stroke_opacity: 1.0,
            markers: Markers::Series,
            dash,
        }
    }

    /// The colour as `#rrggbb`, for the UI's own legend.
    pub fn hex(&self) -> String {
        let RGBColor(r, g, b) = self.colour;
        format!("#{r:02x}{g:02x}{b:02x}")
    }
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
    /// One legend line per series (same order), drawn under the chart; empty
    /// for no legend. The chart grows by one line per entry.
    pub legend: Vec<String>,
    /// The range each score most likely lies in (low, high), in
    /// [`Role::ALL`] order: drawn as a band with end marks along each axis,
    /// in the role's colour, under the shape. For one person's chart.
    pub margins: Option<[(f64, f64); 3]>,
    /// A big group's spread per role, in [`Role::ALL`] order: drawn along
    /// each axis as a thin band over the full range and a thick one over
    /// the middle half, in the role's colour, instead of every participant.
    pub spreads: Option<Box<[RoleSpread; 3]>>,
}

/// One role's scores over a big group, for drawing its shape.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RoleSpread {
    /// Lowest score.
    pub min: f64,
    /// Lower quartile: a quarter of the group scores at most this.
    pub q1: f64,
    /// Upper quartile: a quarter scores at least this.
    pub q3: f64,
    /// Highest score.
    pub max: f64,
}

/// Height of one legend line at scale 1.
const LEGEND_LINE: u32 = 40;

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

impl Chart for RadarChart {
    fn size(&self) -> (u32, u32) {
        let legend = if self.legend.is_empty() {
            0
        } else {
            LEGEND_LINE * self.legend.len() as u32 + 16
        };
        (self.size.0, self.size.1 + legend)
    }

    fn check(&self) -> Result<(), ChartError> {
        if self.series.is_empty() {
            return Err(ChartError::NoSeries);
        }
        check_range(self.series.iter().flat_map(|s| s.scores))?;
        check_range(
            self.margins
                .iter()
                .flatten()
                .flat_map(|(low, high)| [*low, *high]),
        )?;
        check_range(
            self.spreads
                .iter()
                .flat_map(|spreads| spreads.iter())
                .flat_map(|s| [s.min, s.q1, s.q3, s.max]),
        )
    }

    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, plotters::coord::Shift>,
        unit: f64,
    ) -> Result<(), ChartError> {
        let size = (
            (f64::from(self.size.0) * unit) as u32,
            (f64::from(self.size.1) * unit) as u32,
        );
        let frame = Frame::for_size(size);
        let scale = f64::from(size.0.min(size.1)) / 600.0;
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

        // A band along a role's axis from `low` to `high`, `half` pixels to
        // each side, with a mark of `reach` times that at each end when
        // asked.
        let axis_band = |role: Role,
                         (low, high): (f64, f64),
                         half: f64,
                         opacity: f64,
                         caps: Option<u32>|
         -> Result<(), ChartError> {
            let colour = role_colour(role);
            let (from, to) = (frame.point(role, low), frame.point(role, high));
            let angle = Frame::angle(role);
            let (nx, ny) = (-angle.sin(), angle.cos());
            let band = |(x, y): (f64, f64), side: f64| {
                (
                    (x + side * nx * half).round() as i32,
                    (y + side * ny * half).round() as i32,
                )
            };
            root.draw(&Polygon::new(
                vec![
                    band(from, -1.0),
                    band(to, -1.0),
                    band(to, 1.0),
                    band(from, 1.0),
                ],
                colour.mix(opacity),
            ))
            .map_err(drawing)?;
            if let Some(width) = caps {
                for end in [from, to] {
                    let cap = |side: f64| {
                        let (x, y) = end;
                        let reach = half * 1.6;
                        (
                            (x + side * nx * reach).round() as i32,
                            (y + side * ny * reach).round() as i32,
                        )
                    };
                    root.draw(&PathElement::new(
                        vec![cap(-1.0), cap(1.0)],
                        colour.stroke_width(width),
                    ))
                    .map_err(drawing)?;
                }
            }
            Ok(())
        };
        // Each score's margin: a band along its axis with a mark at each end,
        // so the range reads without a legend.
        if let Some(margins) = &self.margins {
            for role in Role::ALL {
                axis_band(
                    role,
                    margins[role.index()],
                    f64::from(px(9.0)),
                    0.30,
                    Some(px(3.0)),
                )?;
            }
        }
        // A big group's shape: the full range thin with a mark at each
        // end, the middle half thick and darker on top of it.
        if let Some(spreads) = &self.spreads {
            for role in Role::ALL {
                let s = spreads[role.index()];
                axis_band(
                    role,
                    (s.min, s.max),
                    f64::from(px(5.0)),
                    0.35,
                    Some(px(3.0)),
                )?;
                axis_band(role, (s.q1, s.q3), f64::from(px(15.0)), 0.85, None)?;
            }
        }

        // The shapes. Identical outlines without fill or markers (many
        // participants share scores) are drawn once, with the opacity they
        // would have together.
        let outlines: Vec<Vec<(i32, i32)>> = self
            .series
            .iter()
            .map(|series| {
                Role::ALL
                    .iter()
                    .map(|r| frame.pixel(*r, series.scores[r.index()]))
                    .collect()
            })
            .collect();
        let plain =
            |s: &RadarSeries| s.style.fill_opacity == 0.0 && s.style.markers == Markers::None;
        let counts: std::collections::HashMap<(Vec<(i32, i32)>, usize), usize> = tally(
            self.series
                .iter()
                .zip(&outlines)
                .filter(|(s, _)| plain(s))
                .map(|(s, points)| (points.clone(), s.style.stroke_width as usize)),
        )
        .into_iter()
        .collect();
        let mut drawn = std::collections::HashSet::new();
        for (series, points) in self.series.iter().zip(&outlines) {
            let points = points.clone();
            let mut style = series.style;
            if plain(series) {
                let key = (points.clone(), style.stroke_width as usize);
                if !drawn.insert(key.clone()) {
                    continue;
                }
                style.stroke_opacity = stacked(style.stroke_opacity, counts[&key]);
            }
            if style.fill_opacity > 0.0 {
                root.draw(&Polygon::new(
                    points.clone(),
                    style.colour.mix(style.fill_opacity),
                ))
                .map_err(drawing)?;
            }
            let mut outline = points.clone();
            outline.push(points[0]);
            dashed_path(
                root,
                outline,
                style.dash,
                style
                    .colour
                    .mix(style.stroke_opacity)
                    .stroke_width(px(f64::from(style.stroke_width))),
                scale,
            )?;
            match style.markers {
                Markers::None => {}
                Markers::Series => {
                    for at in &points {
                        root.draw(&Circle::new(*at, px(6.0), style.colour.filled()))
                            .map_err(drawing)?;
                    }
                }
                Markers::Roles => {
                    for role in Role::ALL {
                        let at = points[role.index()];
                        root.draw(&Circle::new(at, px(10.0), WHITE.filled()))
                            .map_err(drawing)?;
                        root.draw(&Circle::new(at, px(7.5), role_colour(role).filled()))
                            .map_err(drawing)?;
                    }
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
        // The legend: a sample of each line with its text.
        let legend_style = TextStyle::from(font(24.0))
            .color(&INK)
            .pos(Pos::new(HPos::Left, VPos::Center));
        for (i, (text, series)) in self.legend.iter().zip(&self.series).enumerate() {
            let y = size.1 as i32 + px(8.0 + 20.0 + LEGEND_LINE as f64 * i as f64) as i32;
            let x = px(40.0) as i32;
            let style = series.style;
            dashed_path(
                root,
                vec![(x, y), (x + px(70.0) as i32, y)],
                style.dash,
                style.colour.stroke_width(px(f64::from(style.stroke_width))),
                scale,
            )?;
            root.draw(&Circle::new(
                (x + px(35.0) as i32, y),
                px(6.0),
                style.colour.filled(),
            ))
            .map_err(drawing)?;
            root.draw(&Text::new(
                text.clone(),
                (x + px(90.0) as i32, y),
                legend_style.clone(),
            ))
            .map_err(drawing)?;
        }
        Ok(())
    }
}
