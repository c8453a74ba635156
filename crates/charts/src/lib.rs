//! Rolspiegel's charts, drawn with `plotters` and returned as SVG text or PNG
//! bytes (the [`Chart`] trait: one drawing routine for both).
//!
//! Main items: [`RadarChart`] (one or more score profiles on the three role
//! axes, with a legend when results are compared), [`TrendChart`] (each
//! role's score over time), [`role_colour`] (the one colour each role has everywhere),
//! [`qr_svg`] (the join code's QR code for the projector) and
//! [`FONT_FAMILY`] (the shipped Open Sans, registered for text measurement).
//!
//! The axis order is always [`rolspiegel_core::Role::ALL`]: Bureaucraat at the
//! top, Ondernemer at the lower right, Verbinder at the lower left.
//!
//! What it does not do: write files, translate or format numbers (callers pass
//! finished labels, so this crate knows nothing of Fluent), or decide what a
//! score means. Text is escaped by the SVG backend, so a label can never become
//! markup.

mod error;
mod mixmap;
mod palette;
mod qr;
mod radar;
mod render;
mod trend;

pub use error::ChartError;
pub use mixmap::{density, histogram, Cell, MixMap, SpreadChart, DENSITY_SIDE};
pub use palette::{role_colour, role_hex, INK, INK_HEX, MUTED, PROFILE_HEX};
pub use qr::qr_svg;
pub use radar::{Markers, RadarChart, RadarSeries, RoleSpread, SeriesStyle};
pub use render::{Chart, LineDash};
pub use trend::{TrendChart, TrendPoint};

/// The family name under which the shipped font is registered; the UI loads
/// the same file under the same name, so inline SVG text matches.
pub const FONT_FAMILY: &str = "Open Sans";

/// The shipped Open Sans Regular (every glyph, no hinting): the charts
/// measure and draw with it, and the PDF report embeds it.
pub static FONT_REGULAR: &[u8] =
    include_bytes!("../../../assets/fonts/charts/OpenSans-Regular.ttf");
/// The shipped Open Sans Bold, as [`FONT_REGULAR`].
pub static FONT_BOLD: &[u8] = include_bytes!("../../../assets/fonts/charts/OpenSans-Bold.ttf");

/// Registers the shipped font with plotters once per process.
fn register_fonts() -> Result<(), ChartError> {
    use std::sync::OnceLock;
    static REGISTERED: OnceLock<bool> = OnceLock::new();
    let ok = REGISTERED.get_or_init(|| {
        use plotters::style::{register_font, FontStyle};
        register_font(FONT_FAMILY, FontStyle::Normal, FONT_REGULAR).is_ok()
            && register_font(FONT_FAMILY, FontStyle::Bold, FONT_BOLD).is_ok()
    });
    if *ok {
        Ok(())
    } else {
        Err(ChartError::Font)
    }
}
