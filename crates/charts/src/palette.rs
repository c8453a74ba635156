//! One colour per role, used in every chart, badge and legend.
//!
//! Chosen to stay apart for people with a colour-vision deficiency and in
//! greyscale (luma ≈ 55, 124 and 162 of 255: dark blue, purple, amber), and
//! never the red/amber/green of a traffic light, which would suggest good and
//! bad. `ui/src/styles/tokens.css` repeats these values; a test keeps them equal.

use plotters::style::RGBColor;
use rolspiegel_core::Role;

/// Text and outlines.
pub const INK: RGBColor = RGBColor(0x1a, 0x1a, 0x1a);
/// Text colour as hex.
pub const INK_HEX: &str = "#1a1a1a";
/// Grid lines and scale labels.
pub const MUTED: RGBColor = RGBColor(0x6b, 0x6b, 0x6b);
/// The neutral colour of a single person's profile shape: it belongs to no role.
pub const PROFILE_HEX: &str = "#2f2f2f";

/// The colour of a role.
pub fn role_colour(role: Role) -> RGBColor {
    match role {
        Role::Bureaucraat => RGBColor(0x17, 0x40, 0x6f),
        Role::Ondernemer => RGBColor(0xe6, 0x9f, 0x00),
        Role::Verbinder => RGBColor(0xb5, 0x58, 0x9a),
    }
}

/// The colour of a role as `#rrggbb`.
pub fn role_hex(role: Role) -> String {
    let RGBColor(r, g, b) = role_colour(role);
    format!("#{r:02x}{g:02x}{b:02x}")
}
