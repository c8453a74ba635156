//! Files in and out: chart pictures, the data export (JSON, CSV), import and
//! deleting everything. The app shell asks for a path with a native dialog
//! and hands it here; nothing in the web view touches the file system.

use std::io::Read;
use std::path::Path;

use rolspiegel_charts::Chart;
use rolspiegel_exchange::{
    export_csv, export_json, parse_json, CsvColumns, CsvStyle, FileError, ProblemKind,
    MAX_IMPORT_BYTES,
};
use rolspiegel_i18n::{FluentArgs, Language};
use rolspiegel_storage::Imported;

use crate::dates::{local_date, spreadsheet_moment};
use crate::dto::{ImportProblemView, ImportReport};
use crate::error::{ApiError, ErrorCode};
use crate::service::{now_ms, Service};

/// What a chart export draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ChartKind {
    /// One result's radar, or several results on one radar.
    Radar,
    /// Each role over time (three or more results).
    Trend,
}

/// The picture format of a chart export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ChartFormat {
    /// PNG at twice the screen size, fonts drawn into the pixels.
    Png,
    /// SVG, as on screen.
    Svg,
}

/// What a data export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum DataFormat {
    /// Everything, to take along or import elsewhere.
    Json,
    /// One row per result, for a spreadsheet.
    Csv,
}

/// Writes next to the target first and then renames, so a full disk never
/// leaves a half-written file under the chosen name.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    let mut file = tempfile::NamedTempFile::new_in(folder)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Why a file could not be read.
#[derive(Debug)]
pub(crate) enum ReadFailure {
    /// Larger than the limit (its size); nothing was read.
    TooLarge(u64),
    /// Missing, no permission, or a read error.
    Unreadable(std::io::Error),
}

/// Reads a whole file chosen by the person, refusing one larger than `limit`
/// before reading it, and never reading more than `limit + 1` bytes should it
/// grow meanwhile (the parser then refuses it as too large).
pub(crate) fn read_capped(path: &Path, limit: u64) -> Result<Vec<u8>, ReadFailure> {
    let mut handle = std::fs::File::open(path).map_err(ReadFailure::Unreadable)?;
    let size = handle.metadata().map(|m| m.len()).unwrap_or(0);
    if size > limit {
        return Err(ReadFailure::TooLarge(size));
    }
    let mut bytes = Vec::new();
    handle
        .by_ref()
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadFailure::Unreadable)?;
    Ok(bytes)
}

/// The error code for a file our parsers refused whole; `not_ours` names a
/// readable file of another kind.
pub(crate) fn file_error_code(error: &FileError, not_ours: ErrorCode) -> ErrorCode {
    match error {
        FileError::TooLarge { .. } => ErrorCode::ImportTooLarge,
        FileError::Truncated(_) => ErrorCode::ImportTruncated,
        FileError::Malformed(_) => ErrorCode::ImportMalformed,
        FileError::NotAnExport => not_ours,
        FileError::NewerVersion(_) => ErrorCode::ImportNewerVersion,
    }
}

pub(crate) fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

impl Service {
    pub(crate) fn write(&self, path: &Path, bytes: &[u8]) -> Result<(), ApiError> {
        write_atomically(path, bytes).map_err(|e| {
            eprintln!("rolspiegel: writing {}: {e}", path.display());
            self.error(ErrorCode::FileWrite)
        })
    }

    /// A file name to offer in the save dialog: `rolspiegel-<what>-<date>.<ext>`.
    pub fn suggested_name(&self, what: &str, extension: &str) -> String {
        format!(
            "rolspiegel-{what}-{}.{extension}",
            local_date(now_ms()).format("%Y-%m-%d")
        )
    }

    /// Draws a chart of the given results and writes it to `path`.
    pub fn export_chart_to(
        &self,
        path: &Path,
        ids: &[String],
        kind: ChartKind,
        format: ChartFormat,
    ) -> Result<(), ApiError> {
        let results = self.results_for_chart(ids)?;
        let drawn = match (kind, results.as_slice()) {
            (ChartKind::Radar, [one]) => render(&self.radar(&one.profile), format),
            (ChartKind::Radar, many) => render(&self.compare_radar(many), format),
            (ChartKind::Trend, many) if many.len() >= 3 => render(&self.trend(many), format),
            (ChartKind::Trend, _) => return Err(self.error(ErrorCode::CompareCount)),
        };
        self.write_chart(path, drawn)
    }

    /// Writes a drawn chart, or says it could not be drawn.
    pub(crate) fn write_chart(
        &self,
        path: &Path,
        drawn: Result<Vec<u8>, rolspiegel_charts::ChartError>,
    ) -> Result<(), ApiError> {
        let bytes = drawn.map_err(|e| {
            eprintln!("rolspiegel: chart: {e}");
            self.error(ErrorCode::Chart)
        })?;
        self.write(path, &bytes)
    }

    /// Spreadsheet style of the current language: `;` and decimal comma for
    /// Dutch, `,` and point for English.
    pub(crate) fn csv_style(&self) -> CsvStyle {
        match self.language {
            Language::Nl => CsvStyle::DUTCH,
            Language::En => CsvStyle::ENGLISH,
        }
    }

    /// Writes all results, notes and goals to `path`.
    pub fn export_data_to(&self, path: &Path, format: DataFormat) -> Result<(), ApiError> {
        let records = self.store.records().map_err(|e| self.storage(e))?;
        let bytes = match format {
            DataFormat::Json => export_json(&records, now_ms()).into_bytes(),
            DataFormat::Csv => {
                let text = |id: &str| self.localizer.text(self.language, id);
                let columns = CsvColumns {
                    headers: [
                        "csv-id",
                        "csv-date",
                        "csv-label",
                        "csv-score-bureaucraat",
                        "csv-score-ondernemer",
                        "csv-score-verbinder",
                        "csv-share-bureaucraat",
                        "csv-share-ondernemer",
                        "csv-share-verbinder",
                        "csv-mix",
                        "csv-goal-role",
                        "csv-goal-assignment",
                        "csv-goal-review",
                    ]
                    .map(text),
                    mixes: records
                        .iter()
                        .map(|r| self.mix_short(&r.result.profile.mix))
                        .collect(),
                    role_names: rolspiegel_core::Role::ALL
                        .map(|r| text(&format!("role-{}-name", r.key()))),
                    date: spreadsheet_moment,
                };
                export_csv(&records, &columns, self.csv_style()).map_err(|e| {
                    eprintln!("rolspiegel: csv: {e}");
                    self.error(ErrorCode::FileWrite)
                })?
            }
        };
        self.write(path, &bytes)
    }

    /// A mix in a few words, as in the history ("Vooral Verbinder").
    pub(crate) fn mix_short(&self, mix: &rolspiegel_core::Mix) -> String {
        use rolspiegel_core::Mix;
        let mut args = FluentArgs::new();
        let id = match mix {
            Mix::Balanced => "result-mix-short-balanced",
            Mix::Dominant { role } => {
                args.set("role", role.key());
                "result-mix-short-dominant"
            }
            Mix::SharedLead { roles } => {
                args.set("first", roles[0].key());
                args.set("second", roles[1].key());
                "result-mix-short-shared"
            }
        };
        self.localizer
            .message(self.language, id, Some(&args))
            .unwrap_or_else(|_| id.to_owned())
    }

    /// Reads an export and adds what is new. The file is refused whole when
    /// it cannot be read as an export; otherwise every result not added is
    /// listed with its reason, and stored results are never changed.
    pub fn import_from(&mut self, path: &Path) -> Result<ImportReport, ApiError> {
        let file = file_name(path);
        let bytes = read_capped(path, MAX_IMPORT_BYTES).map_err(|failure| match failure {
            ReadFailure::TooLarge(_) => self.error(ErrorCode::ImportTooLarge),
            ReadFailure::Unreadable(e) => {
                eprintln!("rolspiegel: reading {}: {e}", path.display());
                self.error(ErrorCode::FileRead)
            }
        })?;
        let parsed = parse_json(&bytes, &self.instrument)
            .map_err(|e| self.error(file_error_code(&e, ErrorCode::ImportNotAnExport)))?;
        let outcome = self
            .store
            .import(&parsed.records)
            .map_err(|e| self.storage(e))?;
        let mut report = ImportReport {
            file,
            added: 0,
            already_present: 0,
            problems: Vec::new(),
        };
        let mut problems: Vec<(usize, String)> = parsed
            .problems
            .iter()
            .map(|p| (p.position, self.problem_text(&p.kind)))
            .collect();
        for (imported, position) in outcome.iter().zip(&parsed.positions) {
            match imported {
                Imported::Added => report.added += 1,
                Imported::AlreadyPresent => report.already_present += 1,
                Imported::Conflict => problems.push((
                    *position,
                    self.localizer
                        .text(self.language, "import-problem-conflict"),
                )),
            }
        }
        problems.sort_by_key(|(position, _)| *position);
        report.problems = problems
            .into_iter()
            .map(|(position, message)| ImportProblemView { position, message })
            .collect();
        Ok(report)
    }

    pub(crate) fn problem_text(&self, kind: &ProblemKind) -> String {
        let mut args = FluentArgs::new();
        let id = match kind {
            ProblemKind::Shape(_) => "import-problem-shape",
            ProblemKind::BadId => "import-problem-bad-id",
            ProblemKind::UnknownInstrument(version) => {
                args.set("version", *version);
                "import-problem-instrument"
            }
            ProblemKind::UnknownStatement(statement) => {
                args.set("statement", statement.clone());
                "import-problem-statement"
            }
            ProblemKind::AnswerOutOfRange(statement) => {
                args.set("statement", statement.clone());
                "import-problem-answer"
            }
            ProblemKind::Incomplete => "import-problem-incomplete",
            ProblemKind::ScoresMismatch => "import-problem-scores",
            ProblemKind::BadTime => "import-problem-time",
            ProblemKind::BadText => "import-problem-text",
            ProblemKind::UnknownQuestion(_) => "import-problem-question",
        };
        self.localizer
            .message(self.language, id, Some(&args))
            .unwrap_or_else(|_| id.to_owned())
    }

    /// Removes every result, scan in progress, note and goal.
    pub fn wipe(&mut self) -> Result<(), ApiError> {
        self.store.wipe().map_err(|e| self.storage(e))
    }
}

pub(crate) fn render(
    chart: &impl Chart,
    format: ChartFormat,
) -> Result<Vec<u8>, rolspiegel_charts::ChartError> {
    match format {
        ChartFormat::Png => chart.to_png(2),
        ChartFormat::Svg => chart.to_svg().map(String::into_bytes),
    }
}
