//! Dates as people read them, in the computer's own time zone: "22 nov 2026".
//! The web view formats its own dates with `Intl`; these are for what Rust
//! draws or writes (chart legends, the time line, CSV files).

use chrono::{Datelike, Local, NaiveDate, TimeZone};
use rolspiegel_i18n::{FluentArgs, Language, Localizer};

/// The local calendar date of a moment (Unix ms).
pub fn local_date(ms: i64) -> NaiveDate {
    Local
        .timestamp_millis_opt(ms)
        .earliest()
        .map(|t| t.date_naive())
        .unwrap_or_default()
}

/// "22 nov 2026" / "22 Nov 2026".
pub fn date_text(localizer: &Localizer, language: Language, date: NaiveDate) -> String {
    let mut args = FluentArgs::new();
    args.set("day", date.day());
    args.set("month", date.month());
    args.set("year", date.year());
    localizer
        .message(language, "date-short", Some(&args))
        .unwrap_or_else(|_| date.format("%Y-%m-%d").to_string())
}

/// The local date of a moment as text.
pub fn moment_text(localizer: &Localizer, language: Language, ms: i64) -> String {
    date_text(localizer, language, local_date(ms))
}

/// A review date (`YYYY-MM-DD`) as text; the ISO form when it is not a date.
pub fn iso_date_text(localizer: &Localizer, language: Language, iso: &str) -> String {
    NaiveDate::parse_from_str(iso, "%Y-%m-%d")
        .map(|d| date_text(localizer, language, d))
        .unwrap_or_else(|_| iso.to_owned())
}

/// Local date and time for spreadsheets: `2026-11-22 14:05`, which both
/// LibreOffice and Excel read as a date in any language setting.
pub fn spreadsheet_moment(ms: i64) -> String {
    Local
        .timestamp_millis_opt(ms)
        .earliest()
        .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_default()
}

/// Days since the Unix epoch, for placing results on a time line.
pub fn days(ms: i64) -> f64 {
    ms as f64 / 86_400_000.0
}

/// The local time of day, `14:05`, to tell results of one day apart.
pub fn clock_time(ms: i64) -> String {
    Local
        .timestamp_millis_opt(ms)
        .earliest()
        .map(|t| t.format("%H:%M").to_string())
        .unwrap_or_default()
}
