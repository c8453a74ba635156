//! A `plotters` drawing backend on a krilla page: the charts draw their
//! lines, shapes and text straight into the PDF as vector graphics, with
//! the same drawing code that makes the SVG on screen.
//!
//! Coordinates are the chart's pixels; the caller places and scales the
//! chart with a transform on the surface.

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Transform};
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, LineCap, LineJoin, Stroke};
use krilla::surface::Surface;
use krilla::text::TextDirection;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontStyle, FontTransform,
};

use crate::fonts::Fonts;

/// The chart's drawing surface on a PDF page.
pub(crate) struct Canvas<'s, 'a> {
    pub surface: &'s mut Surface<'a>,
    pub fonts: &'s Fonts,
    pub size: (u32, u32),
}

/// Drawing on a PDF page cannot fail; plotters still wants an error type.
#[derive(Debug)]
pub(crate) struct Never;

impl std::fmt::Display for Never {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("cannot happen")
    }
}

impl std::error::Error for Never {}

type Drawn = Result<(), DrawingErrorKind<Never>>;

fn colour(c: BackendColor) -> rgb::Color {
    rgb::Color::new(c.rgb.0, c.rgb.1, c.rgb.2)
}

fn opacity(c: BackendColor) -> NormalizedF32 {
    NormalizedF32::new(c.alpha.clamp(0.0, 1.0) as f32).unwrap_or(NormalizedF32::ONE)
}

fn point((x, y): BackendCoord) -> (f32, f32) {
    (x as f32, y as f32)
}

/// A path through `points`, closed back to the first when `close`.
fn polyline(points: impl IntoIterator<Item = BackendCoord>, close: bool) -> PathBuilder {
    let mut path = PathBuilder::new();
    for (index, p) in points.into_iter().enumerate() {
        let (x, y) = point(p);
        if index == 0 {
            path.move_to(x, y);
        } else {
            path.line_to(x, y);
        }
    }
    if close {
        path.close();
    }
    path
}

/// A quarter circle as a cubic Bézier curve bends by this share of the radius.
const KAPPA: f32 = 0.552_284_8;

impl Canvas<'_, '_> {
    fn fill<S: BackendStyle>(&mut self, style: &S) -> bool {
        let c = style.color();
        if c.alpha <= 0.0 {
            return false;
        }
        self.surface.set_stroke(None);
        self.surface.set_fill(Some(Fill {
            paint: colour(c).into(),
            opacity: opacity(c),
            rule: Default::default(),
        }));
        true
    }

    fn stroke<S: BackendStyle>(&mut self, style: &S) -> bool {
        let c = style.color();
        if c.alpha <= 0.0 || style.stroke_width() == 0 {
            return false;
        }
        self.surface.set_fill(None);
        self.surface.set_stroke(Some(Stroke {
            paint: colour(c).into(),
            width: style.stroke_width() as f32,
            line_cap: LineCap::Round,
            line_join: LineJoin::Round,
            opacity: opacity(c),
            ..Default::default()
        }));
        true
    }

    /// Sets up a fill when `fill`, else a stroke; false when nothing shows.
    fn fill_or_stroke<S: BackendStyle>(&mut self, style: &S, fill: bool) -> bool {
        if fill {
            self.fill(style)
        } else {
            self.stroke(style)
        }
    }

    fn draw(&mut self, path: PathBuilder) {
        if let Some(path) = path.finish() {
            self.surface.draw_path(&path);
        }
    }
}

impl DrawingBackend for Canvas<'_, '_> {
    type ErrorType = Never;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        Ok(())
    }

    fn draw_pixel(&mut self, at: BackendCoord, color: BackendColor) -> Drawn {
        let (x, y) = point(at);
        if self.fill(&color) {
            let mut path = PathBuilder::new();
            if let Some(rect) = Rect::from_xywh(x, y, 1.0, 1.0) {
                path.push_rect(rect);
            }
            self.draw(path);
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn {
        if self.stroke(style) {
            let mut path = PathBuilder::new();
            path.move_to(point(from).0, point(from).1);
            path.line_to(point(to).0, point(to).1);
            self.draw(path);
        }
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        let ((l, t), (r, b)) = (point(upper_left), point(bottom_right));
        let ready = self.fill_or_stroke(style, fill);
        if ready {
            let mut path = PathBuilder::new();
            if let Some(rect) = Rect::from_ltrb(l.min(r), t.min(b), l.max(r), t.max(b)) {
                path.push_rect(rect);
            }
            self.draw(path);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        points: I,
        style: &S,
    ) -> Drawn {
        if self.stroke(style) {
            self.draw(polyline(points, false));
        }
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        let ready = self.fill_or_stroke(style, fill);
        if ready && radius > 0 {
            let (x, y) = point(center);
            let r = radius as f32;
            let k = r * KAPPA;
            let mut path = PathBuilder::new();
            path.move_to(x + r, y);
            path.cubic_to(x + r, y + k, x + k, y + r, x, y + r);
            path.cubic_to(x - k, y + r, x - r, y + k, x - r, y);
            path.cubic_to(x - r, y - k, x - k, y - r, x, y - r);
            path.cubic_to(x + k, y - r, x + r, y - k, x + r, y);
            path.close();
            self.draw(path);
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        style: &S,
    ) -> Drawn {
        if self.fill(style) {
            self.draw(polyline(vertices, true));
        }
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, at: BackendCoord) -> Drawn {
        let c = style.color();
        if c.alpha <= 0.0 || text.is_empty() {
            return Ok(());
        }
        let face = self.fonts.face(matches!(style.style(), FontStyle::Bold));
        let size = style.size() as f32;
        let shown = face.drawable(text);
        let shown = shown.as_deref().unwrap_or(text);
        let width = face.width(shown, size);
        let anchor = style.anchor();
        let dx = match anchor.h_pos {
            HPos::Left => 0.0,
            HPos::Center => -width / 2.0,
            HPos::Right => -width,
        };
        let dy = match anchor.v_pos {
            VPos::Top => face.ascent * size,
            VPos::Center => (face.ascent + face.descent) / 2.0 * size,
            VPos::Bottom => face.descent * size,
        };
        let (x, y) = point(at);
        let angle = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 90.0,
            FontTransform::Rotate180 => 180.0,
            FontTransform::Rotate270 => 270.0,
        };
        self.surface
            .push_transform(&Transform::from_rotate_at(angle, x, y));
        self.surface.set_stroke(None);
        self.surface.set_fill(Some(Fill {
            paint: colour(c).into(),
            opacity: opacity(c),
            rule: Default::default(),
        }));
        self.surface.draw_text(
            Point::from_xy(x + dx, y + dy),
            face.font.clone(),
            size,
            shown,
            false,
            TextDirection::Auto,
        );
        self.surface.pop();
        Ok(())
    }
}
