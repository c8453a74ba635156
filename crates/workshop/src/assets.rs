//! The phone page's files, embedded at build time from `ui/dist-phone`
//! (see `build.rs`). The router serves exactly these paths and nothing
//! else: no directory listing, no desktop assets, no files from disk.

/// One embedded file.
#[derive(Debug)]
pub struct Asset {
    /// The path it is served at (`/` for the page itself).
    pub route: &'static str,
    /// Its `Content-Type`.
    pub content_type: &'static str,
    /// Its name carries a content hash, so phones may cache it for good.
    pub immutable: bool,
    /// The file as Vite wrote it.
    pub raw: &'static [u8],
    /// The same, gzipped once at build time.
    pub gzip: &'static [u8],
}

/// Every file of the phone page.
pub static ASSETS: &[Asset] = include!(concat!(env!("OUT_DIR"), "/assets.rs"));

/// The file served at `route`, if there is one.
pub fn asset(route: &str) -> Option<&'static Asset> {
    ASSETS.iter().find(|a| a.route == route)
}
