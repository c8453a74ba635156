//! Each role's score over time: one line per role, in its colour and with its
//! own line style and marker, over real time (a year apart looks a year apart)
//! unless results lie so close together that they would overlap; then they
//! are spaced evenly in order.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use rolspiegel_core::Role;

use crate::palette::{role_colour, INK, MUTED};
use crate::render::{check_range, dashed_path, drawing, Chart, LineDash};
use crate::{ChartError, FONT_FAMILY};

/// One result on the time line.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendPoint {
    /// When, in days since any fixed moment (only differences matter).
    pub at_days: f64,
    /// The date as shown under the axis.
    pub label: String,
    /// Scores in [`Role::ALL`] order.
    pub scores: [f64; 3],
}

/// A line chart of the three role scores across results, oldest left.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendChart {
    /// Width and height in pixels at scale 1.
    pub size: (u32, u32),
    /// Role names in [`Role::ALL`] order, for the legend.
    pub role_names: [String; 3],
    /// The results, in any order (drawn by time).
    pub points: Vec<TrendPoint>,
}

fn dash_of(role: Role) -> LineDash {
    match role {
        Role::Bureaucraat => LineDash::Solid,
        Role::Ondernemer => LineDash::Dashed,
        Role::Verbinder => LineDash::Dotted,
    }
}

impl Chart for TrendChart {
    fn size(&self) -> (u32, u32) {
        self.size
    }

    fn check(&self) -> Result<(), ChartError> {
        if self.points.is_empty() {
            return Err(ChartError::NoSeries);
        }
        check_range(self.points.iter().flat_map(|p| p.scores))
    }

    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        unit: f64,
    ) -> Result<(), ChartError> {
        let scale = unit * f64::from(self.size.0.min(self.size.1)) / 400.0;
        let px = |v: f64| (v * scale).round().max(1.0) as i32;
        let font = |size: f64| (FONT_FAMILY, size * scale).into_font();
        let mut points = self.points.clone();
        points.sort_by(|a, b| a.at_days.total_cmp(&b.at_days));
        if crowded(&points) {
            // Results taken close together (a workshop demo, a retake the
            // same week) would sit on one vertical line: space them evenly,
            // in order, instead. Their labels still say when.
            for (i, p) in points.iter_mut().enumerate() {
                p.at_days = i as f64;
            }
        }
        let first = points.first().map_or(0.0, |p| p.at_days);
        let last = points.last().map_or(0.0, |p| p.at_days);
        let pad = ((last - first) * 0.06).max(1.0);

        let mut chart = ChartBuilder::on(root)
            .margin_top(px(64.0))
            .margin_left(px(12.0))
            .margin_right(px(36.0))
            .x_label_area_size(px(44.0))
            .y_label_area_size(px(48.0))
            .build_cartesian_2d((first - pad)..(last + pad), 0.0..100.0)
            .map_err(drawing)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(0)
            .y_labels(5)
            .y_label_formatter(&|v| format!("{v:.0}"))
            .y_label_style(TextStyle::from(font(15.0)).color(&MUTED))
            .light_line_style(TRANSPARENT)
            .bold_line_style(MUTED.mix(0.35).stroke_width(px(1.0) as u32))
            .axis_style(MUTED.stroke_width(px(1.0) as u32))
            .draw()
            .map_err(drawing)?;

        // Dates under the axis, skipping any that would overlap the one before.
        let date_style = TextStyle::from(font(14.0))
            .color(&INK)
            .pos(Pos::new(HPos::Center, VPos::Top));
        let mut last_x: Option<i32> = None;
        for point in &points {
            let (x, y) = chart.backend_coord(&(point.at_days, 0.0));
            if last_x.is_some_and(|last| x - last < px(92.0)) {
                continue;
            }
            last_x = Some(x);
            root.draw(&Text::new(
                point.label.clone(),
                (x, y + px(10.0)),
                date_style.clone(),
            ))
            .map_err(drawing)?;
        }

        for role in Role::ALL {
            let colour = role_colour(role);
            let line: Vec<(i32, i32)> = points
                .iter()
                .map(|p| chart.backend_coord(&(p.at_days, p.scores[role.index()])))
                .collect();
            dashed_path(
                root,
                line.clone(),
                dash_of(role),
                colour.stroke_width(px(3.0) as u32),
                scale,
            )?;
            for at in line {
                marker(root, role, at, px(6.0), colour)?;
            }
        }

        // Legend across the top.
        let legend_style = TextStyle::from(font(16.0))
            .color(&INK)
            .pos(Pos::new(HPos::Left, VPos::Center));
        let mut x = px(60.0);
        let y = px(26.0);
        for role in Role::ALL {
            let colour = role_colour(role);
            dashed_path(
                root,
                vec![(x, y), (x + px(46.0), y)],
                dash_of(role),
                colour.stroke_width(px(3.0) as u32),
                scale,
            )?;
            marker(root, role, (x + px(23.0), y), px(6.0), colour)?;
            let name = &self.role_names[role.index()];
            root.draw(&Text::new(
                name.clone(),
                (x + px(56.0), y),
                legend_style.clone(),
            ))
            .map_err(drawing)?;
            x += px(56.0) + px(10.0 * name.chars().count() as f64) + px(40.0);
        }
        Ok(())
    }
}

/// Whether some neighbours on the time line are closer than 4 % of the whole
/// span (or the span is under a day), so their markers would overlap.
fn crowded(points: &[TrendPoint]) -> bool {
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return false;
    };
    let span = last.at_days - first.at_days;
    span < 1.0
        || points
            .windows(2)
            .any(|w| w[1].at_days - w[0].at_days < 0.04 * span)
}

/// Circle, square or triangle: a role stays recognisable without colour.
fn marker<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    role: Role,
    (x, y): (i32, i32),
    r: i32,
    colour: RGBColor,
) -> Result<(), ChartError> {
    let halo = WHITE.filled();
    let fill = colour.filled();
    match role {
        Role::Bureaucraat => {
            root.draw(&Circle::new((x, y), r + 2, halo))
                .map_err(drawing)?;
            root.draw(&Circle::new((x, y), r, fill)).map_err(drawing)
        }
        Role::Ondernemer => {
            root.draw(&Rectangle::new(
                [(x - r - 2, y - r - 2), (x + r + 2, y + r + 2)],
                halo,
            ))
            .map_err(drawing)?;
            root.draw(&Rectangle::new([(x - r, y - r), (x + r, y + r)], fill))
                .map_err(drawing)
        }
        Role::Verbinder => {
            let tri = |s: i32| vec![(x, y - s - 1), (x - s, y + s - 1), (x + s, y + s - 1)];
            root.draw(&Polygon::new(tri(r + 4), halo))
                .map_err(drawing)?;
            root.draw(&Polygon::new(tri(r + 1), fill)).map_err(drawing)
        }
    }
}
