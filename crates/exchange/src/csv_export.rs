//! One row per result, for LibreOffice and Excel.
//!
//! Spreadsheets guess the file's layout from the user's settings: with Dutch
//! settings they split on `;` and read `53,6` as a number; with English ones
//! they split on `,` and read `53.6`. [`CsvStyle`] picks the pair; the file
//! starts with a UTF-8 byte-order mark so Excel reads accented letters right.

use rolspiegel_core::ResultRecord;
use rolspiegel_core::Role;

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
/// stays text. Characters that reorder or hide text (refused when typed or
/// imported, but possible in text stored before) become U+FFFD.
fn defuse(text: &str) -> String {
    let text: String = if text.contains(rolspiegel_core::reorders_text) {
        text.chars()
            .map(|c| {
                if rolspiegel_core::reorders_text(c) {
                    '\u{FFFD}'
                } else {
                    c
                }
            })
            .collect()
    } else {
        text.to_owned()
    };
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text,
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

/// One cell of a table: text (defused against formulas) or a number (one
/// decimal, in the style's decimal mark).
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text as typed.
    Text(String),
    /// A number.
    Number(f64),
}

/// A table as CSV text, starting with a byte-order mark.
pub fn table_csv(
    headers: &[String],
    rows: impl Iterator<Item = Vec<Cell>>,
    style: CsvStyle,
) -> Result<Vec<u8>, csv::Error> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(style.delimiter)
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        writer.write_record(headers)?;
        for row in rows {
            writer.write_record(row.iter().map(|cell| match cell {
                Cell::Text(text) => defuse(text),
                Cell::Number(value) => number(*value, style),
            }))?;
        }
        writer.flush()?;
    }
    Ok(out)
}

/// The CSV text of all records, starting with a byte-order mark.
pub fn export_csv(
    records: &[ResultRecord],
    columns: &CsvColumns,
    style: CsvStyle,
) -> Result<Vec<u8>, csv::Error> {
    let rows = records.iter().enumerate().map(|(i, record)| {
        let r = &record.result;
        let mut row = vec![
            Cell::Text(r.id.to_string()),
            Cell::Text((columns.date)(r.completed_at)),
            Cell::Text(r.label.clone()),
        ];
        row.extend(Role::ALL.map(|role| Cell::Number(r.profile.of(role).score)));
        row.extend(Role::ALL.map(|role| Cell::Number(r.profile.of(role).share)));
        row.push(Cell::Text(
            columns.mixes.get(i).cloned().unwrap_or_default(),
        ));
        match &record.goal {
            Some(goal) => {
                row.push(Cell::Text(columns.role_names[goal.role.index()].clone()));
                row.push(Cell::Text(goal.assignment.clone()));
                row.push(Cell::Text(goal.review_on.clone().unwrap_or_default()));
            }
            None => row.extend([0, 1, 2].map(|_| Cell::Text(String::new()))),
        }
        row
    });
    table_csv(&columns.headers, rows, style)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_cannot_run_as_formulas_or_reorder_text() {
        assert_eq!(defuse("=SOM(A1)"), "'=SOM(A1)");
        assert_eq!(defuse("Sam\u{202E}nosj"), "Sam\u{FFFD}nosj");
        assert_eq!(defuse("\u{2066}=1"), "\u{FFFD}=1");
        assert_eq!(defuse("Zoë"), "Zoë");
    }
}
