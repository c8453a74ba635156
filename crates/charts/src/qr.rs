//! The QR code on the projector, drawn here as SVG.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// A QR code for `text` as an SVG document (black on white, with its quiet
/// zone), scaled by whoever shows it. Error correction level M: a phone
/// still reads it from the back of a room or off a slightly blurry
/// projector.
pub fn qr_svg(text: &str) -> String {
    match QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M) {
        Ok(code) => code
            .render::<svg::Color<'_>>()
            .dark_color(svg::Color("#000000"))
            .light_color(svg::Color("#ffffff"))
            .quiet_zone(true)
            .min_dimensions(320, 320)
            .build(),
        // Only text far longer than an address fails; the address is shown
        // in words beside it anyway.
        Err(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_becomes_a_qr_code_in_svg() {
        let svg = qr_svg("http://192.168.1.20:8765/?code=ACEFGH");
        assert!(svg.contains("<svg"), "{svg}");
        assert!(svg.contains("<path"), "modules drawn as one path: {svg}");
    }
}
