//! A group at a glance: the mix triangle ([`MixMap`]) with one dot per
//! participant placed by their shares and the group's centre marked, and the
//! spread of each role's scores as dot strips ([`SpreadChart`]). Both can be
//! drawn step by step for projection (`show_*` flags).

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use rolspiegel_core::{ternary, Role};

use crate::palette::{role_colour, INK, MUTED};
use crate::render::{check_range, drawing, stacked, tally, Chart};
use crate::{ChartError, FONT_FAMILY};

/// Above this many participants dots are drawn without their white halo.
const CROWD: usize = 150;

/// The mix triangle: Bureaucraat at the top, Ondernemer lower right, Verbinder
/// lower left (the radar's directions).
#[derive(Debug, Clone, PartialEq)]
pub struct MixMap {
    /// Width and height in pixels at scale 1.
    pub size: (u32, u32),
    /// Role names in [`Role::ALL`] order, at the corners.
    pub corner_labels: [String; 3],
    /// Each participant's shares (percent) in [`Role::ALL`] order.
    pub dots: Vec<[f64; 3]>,
    /// Each participant's mean score (0–100, same order), drawn as the dot's
    /// size: the triangle shows the mix, the size how strongly the roles are
    /// recognised. Empty: every dot the same size.
    pub levels: Vec<f64>,
    /// A name beside each dot (same order), or empty for anonymous.
    pub names: Vec<String>,
    /// The group's centre (mean shares).
    pub centre: [f64; 3],
    /// Draw the dots (projection shows the empty triangle first).
    pub show_dots: bool,
    /// Draw the centre.
    pub show_centre: bool,
    /// Line and dot scale: 1 on screen, about 2 for a projector.
    pub weight: f64,
    /// A big group: the dots are drawn as a density (the triangle cut into
    /// [`DENSITY_SIDE`]² small triangles, each shaded by how many
    /// participants sit in it), without names.
    pub shape: bool,
}

/// How many small triangles a side of the mix triangle is cut into for a
/// big group's density.
pub const DENSITY_SIDE: usize = 12;

/// A small triangle of the mix triangle cut into `side`² of them: `row` and
/// `column` count from the Verbinder corner along the Bureaucraat and the
/// Ondernemer share (each step 1/`side` of the share); `up` is a triangle
/// pointing up like the whole, else one pointing down between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Cell {
    /// Steps of the Bureaucraat share.
    pub row: usize,
    /// Steps of the Ondernemer share.
    pub column: usize,
    /// Pointing up.
    pub up: bool,
}

impl Cell {
    /// The small triangle a mix of shares (percent, [`Role::ALL`] order)
    /// falls in; a mix on a border goes to the upward one, or the one nearer
    /// the Verbinder corner.
    pub fn of(shares: [f64; 3], side: usize) -> Cell {
        let side = side.max(1);
        let total: f64 = shares.iter().sum();
        let [b, o, _] = if total > 0.0 {
            shares.map(|s| s / total)
        } else {
            [1.0 / 3.0; 3]
        };
        let n = side as f64;
        let (fb, fo) = (b * n, o * n);
        let row = (fb.floor().max(0.0) as usize).min(side - 1);
        let column = (fo.floor().max(0.0) as usize).min(side - 1 - row);
        let rest = (fb - row as f64) + (fo - column as f64);
        Cell {
            row,
            column,
            up: rest <= 1.0 || row + column == side - 1,
        }
    }

    /// Its corners as shares (percent, [`Role::ALL`] order).
    fn corners(self, side: usize) -> [[f64; 3]; 3] {
        let n = side as f64;
        let at = |b: usize, o: usize| {
            let (b, o) = (100.0 * b as f64 / n, 100.0 * o as f64 / n);
            [b, o, (100.0 - b - o).max(0.0)]
        };
        let (r, c) = (self.row, self.column);
        if self.up {
            [at(r, c), at(r + 1, c), at(r, c + 1)]
        } else {
            [at(r + 1, c), at(r, c + 1), at(r + 1, c + 1)]
        }
    }
}

/// How many of `dots` fall in each small triangle, in cell order; cells
/// without anyone are left out.
pub fn density(dots: &[[f64; 3]], side: usize) -> Vec<(Cell, usize)> {
    let mut counts = std::collections::BTreeMap::new();
    for dot in dots {
        *counts.entry(Cell::of(*dot, side)).or_insert(0) += 1;
    }
    counts.into_iter().collect()
}

/// How many of `values` (0–100) fall in each of 20 bins of 5 points: bin k
/// holds 5k ≤ value < 5(k + 1), the last also 100.
pub fn histogram(values: impl IntoIterator<Item = f64>) -> [usize; 20] {
    let mut bins = [0; 20];
    for value in values {
        let bin = ((value / 5.0).floor().max(0.0) as usize).min(19);
        bins[bin] += 1;
    }
    bins
}

impl MixMap {
    /// Triangle corners in pixels, for a drawing area of `size`; heavier
    /// drawing (bigger corner labels) leaves more room at the sides.
    fn corners(size: (u32, u32), weight: f64) -> [(f64, f64); 3] {
        let (w, h) = (f64::from(size.0), f64::from(size.1));
        // Room at the sides for the corner labels ("Ondernemer" is the widest).
        let room = 0.70 - 0.06 * (weight.clamp(1.0, 3.0) - 1.0);
        let side = (w * room).min((h * room * 0.95) / (3f64.sqrt() / 2.0));
        let height = side * 3f64.sqrt() / 2.0;
        let left = (w - side) / 2.0;
        let bottom = h * 0.5 + height / 2.0 + h * 0.02;
        [
            (left + side / 2.0, bottom - height),
            (left + side, bottom),
            (left, bottom),
        ]
    }

    /// Where a mix of shares lands, in pixels.
    fn place(size: (u32, u32), weight: f64, shares: [f64; 3]) -> (i32, i32) {
        let [_, right, left] = MixMap::corners(size, weight);
        let side = right.0 - left.0;
        let (x, y) = ternary(shares);
        (
            (left.0 + x * side).round() as i32,
            (left.1 - y * side).round() as i32,
        )
    }
}

impl Chart for MixMap {
    fn size(&self) -> (u32, u32) {
        self.size
    }

    fn check(&self) -> Result<(), ChartError> {
        check_range(
            self.dots
                .iter()
                .flatten()
                .copied()
                .chain(self.centre)
                .chain(self.levels.iter().copied()),
        )
    }

    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        unit: f64,
    ) -> Result<(), ChartError> {
        let size = (
            (f64::from(self.size.0) * unit) as u32,
            (f64::from(self.size.1) * unit) as u32,
        );
        let scale = f64::from(size.0.min(size.1)) / 600.0;
        let px = |v: f64| (v * scale).round().max(1.0) as i32;
        let w = self.weight.max(0.5);
        let corners = MixMap::corners(size, w);
        let pixel = |(x, y): (f64, f64)| (x.round() as i32, y.round() as i32);

        // Guide lines from each corner to the middle of the opposite side,
        // crossing at the equal mix.
        for i in 0..3 {
            let (a, b) = (corners[(i + 1) % 3], corners[(i + 2) % 3]);
            let mid = ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
            root.draw(&PathElement::new(
                vec![pixel(corners[i]), pixel(mid)],
                MUTED.mix(0.35).stroke_width(px(1.0) as u32),
            ))
            .map_err(drawing)?;
        }
        let mut outline: Vec<_> = corners.iter().map(|c| pixel(*c)).collect();
        outline.push(outline[0]);
        root.draw(&PathElement::new(
            outline,
            INK.stroke_width(px(2.0 * w) as u32),
        ))
        .map_err(drawing)?;

        // Corner labels in the role's colour block.
        let font = |size: f64| (FONT_FAMILY, size * scale * w.sqrt()).into_font();
        for role in Role::ALL {
            let (x, y) = pixel(corners[role.index()]);
            let (pos, at) = match role {
                Role::Bureaucraat => (Pos::new(HPos::Center, VPos::Bottom), (x, y - px(16.0))),
                Role::Ondernemer => (Pos::new(HPos::Center, VPos::Top), (x, y + px(14.0))),
                Role::Verbinder => (Pos::new(HPos::Center, VPos::Top), (x, y + px(14.0))),
            };
            root.draw(&Circle::new(
                (x, y),
                px(9.0 * w) as u32,
                role_colour(role).filled(),
            ))
            .map_err(drawing)?;
            let style = TextStyle::from(font(28.0).style(FontStyle::Bold))
                .color(&INK)
                .pos(pos);
            root.draw(&Text::new(
                self.corner_labels[role.index()].clone(),
                at,
                style,
            ))
            .map_err(drawing)?;
        }

        if self.show_dots && self.shape {
            // Darker where more participants sit; the lightest shade still
            // shows against the white.
            let cells = density(&self.dots, DENSITY_SIDE);
            let most = cells.iter().map(|(_, n)| *n).max().unwrap_or(1).max(1) as f64;
            for (cell, count) in cells {
                let points: Vec<(i32, i32)> = cell
                    .corners(DENSITY_SIDE)
                    .iter()
                    .map(|shares| MixMap::place(size, w, *shares))
                    .collect();
                let opacity = 0.12 + 0.78 * count as f64 / most;
                root.draw(&Polygon::new(points, INK.mix(opacity)))
                    .map_err(drawing)?;
            }
        } else if self.show_dots {
            let radius = px(6.0 * w) as u32;
            // From 0.6 (mean score 0) to 1.4 times (100) the usual size.
            let radius_of = |i: usize| {
                self.levels.get(i).map_or(radius, |level| {
                    px(6.0 * w * (0.6 + 0.8 * level.clamp(0.0, 100.0) / 100.0)) as u32
                })
            };
            let name_style = TextStyle::from(font(15.0))
                .color(&INK)
                .pos(Pos::new(HPos::Left, VPos::Center));
            // Darker on a projector, where contrast matters more than overlap.
            let alpha = if w > 1.0 { 0.9 } else { 0.6 };
            let places: Vec<(i32, i32)> = self
                .dots
                .iter()
                .map(|shares| MixMap::place(size, w, *shares))
                .collect();
            // Each dot has a white halo, so identical dots look like one:
            // draw each place and size once, the biggest first so a small
            // dot on the same place stays visible. In a crowd the halos only
            // blur the cloud (and double the elements), so big groups go
            // without.
            let halos = places.len() <= CROWD;
            let mut drawn = tally(places.iter().enumerate().map(|(i, at)| (*at, radius_of(i))));
            drawn.sort_by_key(|((_, r), _)| std::cmp::Reverse(*r));
            for ((at, r), _) in drawn {
                if halos {
                    root.draw(&Circle::new(at, r + px(1.5) as u32, WHITE.filled()))
                        .map_err(drawing)?;
                }
                root.draw(&Circle::new(at, r, INK.mix(alpha).filled()))
                    .map_err(drawing)?;
            }
            for (at, name) in places.iter().zip(&self.names) {
                if !name.is_empty() {
                    root.draw(&Text::new(
                        name.clone(),
                        (at.0 + radius as i32 + px(4.0), at.1),
                        name_style.clone(),
                    ))
                    .map_err(drawing)?;
                }
            }
        }
        if self.show_centre {
            let at = MixMap::place(size, w, self.centre);
            let r = px(14.0 * w);
            root.draw(&Circle::new(at, (r + px(3.0)) as u32, WHITE.filled()))
                .map_err(drawing)?;
            root.draw(&Circle::new(
                at,
                r as u32,
                INK.stroke_width(px(4.0 * w) as u32),
            ))
            .map_err(drawing)?;
            for (dx, dy) in [(1, 0), (0, 1)] {
                root.draw(&PathElement::new(
                    vec![
                        (at.0 - dx * r, at.1 - dy * r),
                        (at.0 + dx * r, at.1 + dy * r),
                    ],
                    INK.stroke_width(px(3.0 * w) as u32),
                ))
                .map_err(drawing)?;
            }
        }
        Ok(())
    }
}

/// Each role's scores across a group, one row per role: a dot per
/// participant on a 0–100 line, and the mean as a bar.
#[derive(Debug, Clone, PartialEq)]
pub struct SpreadChart {
    /// Width and height in pixels at scale 1.
    pub size: (u32, u32),
    /// Role names in [`Role::ALL`] order.
    pub role_names: [String; 3],
    /// Each participant's scores in [`Role::ALL`] order.
    pub scores: Vec<[f64; 3]>,
    /// The mean per role.
    pub means: [f64; 3],
    /// Which roles to draw (projection shows them one at a time).
    pub show_roles: [bool; 3],
    /// Line and dot scale: 1 on screen, about 2 for a projector.
    pub weight: f64,
    /// A big group: a histogram per role (bins of 5 points, see
    /// [`histogram`]) instead of a dot per participant.
    pub shape: bool,
}

impl Chart for SpreadChart {
    fn size(&self) -> (u32, u32) {
        self.size
    }

    fn check(&self) -> Result<(), ChartError> {
        check_range(self.scores.iter().flatten().copied().chain(self.means))
    }

    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        unit: f64,
    ) -> Result<(), ChartError> {
        let (w, h) = (f64::from(self.size.0) * unit, f64::from(self.size.1) * unit);
        let scale = w.min(h * 2.0) / 720.0;
        let px = |v: f64| (v * scale).round().max(1.0) as i32;
        let weight = self.weight.max(0.5);
        let font = |size: f64| (FONT_FAMILY, size * scale * weight.sqrt()).into_font();
        // Room for the role names, which grow with the weight.
        let (left, right) = (w * (0.24 + 0.07 * (weight - 1.0).clamp(0.0, 2.0)), w * 0.95);
        let x_of = |v: f64| (left + (right - left) * v / 100.0).round() as i32;
        let row_h = h / 3.0;
        for role in Role::ALL {
            let i = role.index();
            let y = (row_h * (i as f64 + 0.5)).round() as i32;
            let label = TextStyle::from(font(24.0).style(FontStyle::Bold))
                .color(&INK)
                .pos(Pos::new(HPos::Left, VPos::Center));
            root.draw(&Text::new(self.role_names[i].clone(), (px(12.0), y), label))
                .map_err(drawing)?;
            root.draw(&PathElement::new(
                vec![(x_of(0.0), y), (x_of(100.0), y)],
                MUTED.stroke_width(px(2.0) as u32),
            ))
            .map_err(drawing)?;
            let ticks = TextStyle::from(font(13.0))
                .color(&MUTED)
                .pos(Pos::new(HPos::Center, VPos::Top));
            for t in [0.0, 50.0, 100.0] {
                root.draw(&PathElement::new(
                    vec![(x_of(t), y - px(6.0)), (x_of(t), y + px(6.0))],
                    MUTED.stroke_width(px(1.0) as u32),
                ))
                .map_err(drawing)?;
                root.draw(&Text::new(
                    format!("{t:.0}"),
                    (x_of(t), y + px(24.0)),
                    ticks.clone(),
                ))
                .map_err(drawing)?;
            }
            if !self.show_roles[i] {
                continue;
            }
            let colour = role_colour(role);
            if self.shape {
                // Bars standing on the line, one scale for all three roles
                // (each role counts everyone once).
                let most = Role::ALL
                    .iter()
                    .flat_map(|r| histogram(self.scores.iter().map(|s| s[r.index()])))
                    .max()
                    .unwrap_or(1)
                    .max(1) as f64;
                let tall = row_h * 0.55;
                for (k, count) in histogram(self.scores.iter().map(|s| s[i]))
                    .into_iter()
                    .enumerate()
                {
                    if count == 0 {
                        continue;
                    }
                    let from = x_of(5.0 * k as f64) + 1;
                    let to = x_of(5.0 * (k + 1) as f64) - 1;
                    let top = y - (tall * count as f64 / most).round().max(2.0) as i32;
                    root.draw(&Rectangle::new(
                        [(from, top), (to, y)],
                        colour.mix(0.8).filled(),
                    ))
                    .map_err(drawing)?;
                }
            } else {
                for (x, count) in tally(self.scores.iter().map(|s| x_of(s[i]))) {
                    root.draw(&Circle::new(
                        (x, y),
                        px(7.0 * weight) as u32,
                        colour.mix(stacked(0.45, count)).filled(),
                    ))
                    .map_err(drawing)?;
                }
            }
            let m = x_of(self.means[i]);
            root.draw(&PathElement::new(
                vec![(m, y - px(20.0 * weight)), (m, y + px(20.0 * weight))],
                INK.stroke_width(px(5.0 * weight) as u32),
            ))
            .map_err(drawing)?;
        }
        Ok(())
    }
}
