//! One row per result, for LibreOffice and Excel.
//!
//! Spreadsheets guess the file's layout from the user's settings: with Dutch
//! settings they split on `;` and read `53,6` as a number; with English ones
//! they split on `,` and read `53.6`. [`CsvStyle`] picks the pair; the file
//! starts with a UTF-8 byte-order mark so Excel reads accented letters right.

use rolspiegel_core::Role;
use rolspiegel_storage::ResultRecord;

/// How numbers and fields are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvStyle {
    /// Field separator: `;` for Dutch settings, `,` for English.
    pub delimiter: u8,
    /// Whether decimals use a comma (Dutch) instead of a point.
    pub decimal_comma: bool,
}

impl CsvStyle {
    /// Dutch spreadsheet settings.
    pub const DUTCH: CsvStyle = CsvStyle {
        delimiter: b';',
        decimal_comma: true,
    };
    /// English spreadsheet settings.
    pub const ENGLISH: CsvStyle = CsvStyle {
        delimiter: b',',
        decimal_comma: false,
    };
}

/// The translated column headers and cell texts the caller supplies.
#[derive(Debug, Clone)]
pub struct CsvColumns {
    /// Headers, in this order: id, date, label, the three scores, the three
    /// shares, mix, goal role, goal assignment, review date.
    pub headers: [String; 13],
    /// The mix of each record, already worded (same order as the records).
    pub mixes: Vec<String>,
    /// Role names, in [`Role::ALL`] order, for the goal column.
    pub role_names: [String; 3],
    /// How a completion time is written (local date and time).
    pub date: fn(i64) -> String,
}

/// A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab
/// or carriage return first) gets a leading apostrophe, so a hostile label
/// stays text.
fn defuse(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_owned(),
    }
}

fn number(value: f64, style: CsvStyle) -> String {
    let text = format!("{value:.1}");
    if style.decimal_comma {
        text.replace('.', ",")
    } else {
        text
    }
}

/// The CSV text of all records, starting with a byte-order mark.
pub fn export_csv(
    records: &[ResultRecord],
    columns: &CsvColumns,
    style: CsvStyle,
) -> Result<Vec<u8>, csv::Error> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(style.delimiter)
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        writer.write_record(&columns.headers)?;
        for (i, record) in records.iter().enumerate() {
            let r = &record.result;
            let mut row = vec![
                r.id.to_string(),
                (columns.date)(r.completed_at),
                defuse(&r.label),
            ];
            row.extend(Role::ALL.map(|role| number(r.profile.of(role).score, style)));
            row.extend(Role::ALL.map(|role| number(r.profile.of(role).share, style)));
            row.push(defuse(columns.mixes.get(i).map_or("", String::as_str)));
            match &record.goal {
                Some(goal) => {
                    row.push(columns.role_names[goal.role.index()].clone());
                    row.push(defuse(&goal.assignment));
                    row.push(goal.review_on.clone().unwrap_or_default());
                }
                None => row.extend([String::new(), String::new(), String::new()]),
            }
            writer.write_record(&row)?;
        }
        writer.flush()?;
    }
    Ok(out)
}
