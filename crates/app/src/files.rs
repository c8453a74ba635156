//! Files in and out: chart pictures, the data export (JSON, CSV), import and
//! deleting everything. The app shell asks for a path with a native dialog
//! and hands it here; nothing in the web view touches the file system.

use rolspiegel_charts::Chart;
use rolspiegel_exchange::{
    backup_json, export_csv, export_json, format_of, parse_backup, parse_json, CsvColumns,
    CsvStyle, FileError, Parsed, ProblemKind, BACKUP_FORMAT, MAX_BACKUP_BYTES,
};
use rolspiegel_i18n::{FluentArgs, Language};
use rolspiegel_storage::Imported;

use crate::dates::{local_date, spreadsheet_moment};
use crate::disk::{ReadFailure, ReadFile};
use crate::dto::{GroupRestoreView, ImportProblemView, ImportReport, WipeGroupView, WipeSummary};
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

/// The error code for a file our parsers refused whole; `not_ours` names a
/// readable file of another kind.
pub(crate) fn file_error_code(error: &FileError, not_ours: ErrorCode) -> ErrorCode {
    match error {
        FileError::TooLarge { .. } => ErrorCode::ImportTooLarge,
        FileError::Truncated(_) => ErrorCode::ImportTruncated,
        FileError::Malformed(_) => ErrorCode::ImportMalformed,
        FileError::NotAnExport => not_ours,
        FileError::NewerVersion(_) => ErrorCode::ImportNewerVersion,
        FileError::BadGroupDetails => ErrorCode::GroupFileBadDetails,
    }
}

/// What a file a person picked may be read up to: the largest format.
pub const MAX_OPEN_BYTES: u64 = MAX_BACKUP_BYTES;

impl Service {
    /// The error for a file that could not be written: "a file with that
    /// name is already there" when the app would otherwise have replaced a
    /// file the dialog never asked about; else "could not be saved".
    pub fn write_error(&self, file: &str, error: &std::io::Error) -> ApiError {
        if error.kind() == std::io::ErrorKind::AlreadyExists {
            return self.error(ErrorCode::FileExists);
        }
        eprintln!("rolspiegel: writing {file}: {error}");
        self.error(ErrorCode::FileWrite)
    }

    /// The error for a file that could not be read; `too_large` is the code
    /// for a file over the limit.
    pub(crate) fn read_error(&self, file: &ReadFile, failure: &ReadFailure) -> ApiError {
        self.error(match failure {
            ReadFailure::TooLarge(_) => ErrorCode::ImportTooLarge,
            ReadFailure::NotAFile => ErrorCode::FileNotRegular,
            ReadFailure::Unreadable(e) => {
                eprintln!("rolspiegel: reading {}: {e}", file.name);
                ErrorCode::FileRead
            }
        })
    }

    /// A file name to offer in the save dialog: `rolspiegel-<what>-<date>.<ext>`.
    pub fn suggested_name(&self, what: &str, extension: &str) -> String {
        format!(
            "rolspiegel-{what}-{}.{extension}",
            local_date(now_ms()).format("%Y-%m-%d")
        )
    }

    /// Draws a chart of the given results, as the bytes of a PNG or SVG file.
    pub fn export_chart(
        &self,
        ids: &[String],
        kind: ChartKind,
        format: ChartFormat,
    ) -> Result<Vec<u8>, ApiError> {
        let results = self.results_for_chart(ids)?;
        let drawn = match (kind, results.as_slice()) {
            (ChartKind::Radar, [one]) => render(&self.radar(&one.profile), format),
            (ChartKind::Radar, many) => render(&self.compare_radar(many), format),
            (ChartKind::Trend, many) if many.len() >= 3 => render(&self.trend(many), format),
            (ChartKind::Trend, _) => return Err(self.error(ErrorCode::CompareCount)),
        };
        self.chart_bytes(drawn)
    }

    /// A drawn chart, or the error that it could not be drawn.
    pub(crate) fn chart_bytes(
        &self,
        drawn: Result<Vec<u8>, rolspiegel_charts::ChartError>,
    ) -> Result<Vec<u8>, ApiError> {
        drawn.map_err(|e| {
            eprintln!("rolspiegel: chart: {e}");
            self.error(ErrorCode::Chart)
        })
    }

    /// Spreadsheet style of the current language: `;` and decimal comma for
    /// Dutch, `,` and point for English.
    pub(crate) fn csv_style(&self) -> CsvStyle {
        match self.language {
            Language::Nl => CsvStyle::DUTCH,
            Language::En => CsvStyle::ENGLISH,
        }
    }

    /// All results, notes and goals as a JSON or CSV file's bytes.
    pub fn export_data(&self, format: DataFormat) -> Result<Vec<u8>, ApiError> {
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
        Ok(bytes)
    }

    /// Everything in one file to keep or read back: own results with their
    /// notes and goals, and every group with its participants (and names).
    pub fn export_backup(&self) -> Result<Vec<u8>, ApiError> {
        let records = self.store.records().map_err(|e| self.storage(e))?;
        let mut groups = Vec::new();
        for group in self.store.groups().map_err(|e| self.storage(e))? {
            let members = self.store.members(group.id).map_err(|e| self.storage(e))?;
            groups.push((group, members));
        }
        Ok(backup_json(&records, &groups, now_ms()).into_bytes())
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

    /// Reads an export or a full backup and adds what is new. The file is
    /// refused whole when it cannot be read as one; otherwise every result
    /// (and every participant of a backup's groups) not added is listed with
    /// its reason, up to a limit, and stored results are never changed.
    pub fn import_file(&mut self, file: ReadFile) -> Result<ImportReport, ApiError> {
        let bytes = match &file.bytes {
            Ok(bytes) => bytes,
            Err(failure) => return Err(self.read_error(&file, failure)),
        };
        let mut report = ImportReport {
            file: file.name.clone(),
            added: 0,
            already_present: 0,
            problems: Vec::new(),
            more_problems: 0,
            not_read: 0,
            groups: Vec::new(),
        };
        if format_of(bytes).as_deref() == Some(BACKUP_FORMAT) {
            let backup = parse_backup(bytes, &self.instrument)
                .map_err(|e| self.error(file_error_code(&e, ErrorCode::ImportNotAnExport)))?;
            self.import_results(&backup.results, &mut report)?;
            for (position, group) in backup.groups {
                report.groups.push(self.restore_group(position, group)?);
            }
            report.not_read += backup.groups_not_read;
        } else {
            let parsed = parse_json(bytes, &self.instrument)
                .map_err(|e| self.error(file_error_code(&e, ErrorCode::ImportNotAnExport)))?;
            self.import_results(&parsed, &mut report)?;
        }
        Ok(report)
    }

    fn import_results(
        &mut self,
        parsed: &Parsed,
        report: &mut ImportReport,
    ) -> Result<(), ApiError> {
        let outcome = self
            .store
            .import(&parsed.records)
            .map_err(|e| self.storage(e))?;
        let mut problems: Vec<(usize, String)> = parsed
            .problems
            .iter()
            .map(|p| (p.position, self.problem_text(&p.kind)))
            .collect();
        for (imported, position) in outcome.iter().zip(&parsed.positions) {
            match imported {
                Imported::Added => report.added += 1,
                Imported::AlreadyPresent => report.already_present += 1,
                Imported::Conflict => {
                    problems.push((*position, self.text("import-problem-conflict")))
                }
                Imported::Refused => {
                    problems.push((*position, self.text("import-problem-refused")))
                }
            }
        }
        problems.sort_by_key(|(position, _)| *position);
        report.problems = problems
            .into_iter()
            .map(|(position, message)| ImportProblemView { position, message })
            .collect();
        report.more_problems += parsed.more_problems;
        report.not_read += parsed.not_read;
        Ok(())
    }

    fn restore_group(
        &mut self,
        position: usize,
        group: Result<rolspiegel_exchange::ParsedGroup, FileError>,
    ) -> Result<GroupRestoreView, ApiError> {
        let group = match group {
            Ok(group) => group,
            Err(e) => {
                return Ok(GroupRestoreView {
                    position,
                    name: String::new(),
                    added: 0,
                    already_present: 0,
                    problems: 1,
                    refused: Some(
                        self.error(file_error_code(&e, ErrorCode::GroupFileInvalid))
                            .message,
                    ),
                })
            }
        };
        let report = self.merge_group_file(&group)?;
        Ok(GroupRestoreView {
            position,
            name: group.name,
            added: report.added,
            already_present: report.already_present,
            problems: report.problems.len() + report.more_problems,
            refused: None,
        })
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

    /// What "delete everything" would remove, for its confirmation.
    pub fn wipe_summary(&self) -> Result<WipeSummary, ApiError> {
        let history = self.store.history().map_err(|e| self.storage(e))?;
        let groups = self.store.groups().map_err(|e| self.storage(e))?;
        Ok(WipeSummary {
            results: history.len(),
            reflections: history.iter().map(|e| e.reflections).sum(),
            goals: history.iter().filter(|e| e.goal.is_some()).count(),
            scan_in_progress: self.store.draft().map_err(|e| self.storage(e))?.is_some(),
            groups: groups
                .iter()
                .map(|g| WipeGroupView {
                    name: g.name.clone(),
                    members: g.members,
                })
                .collect(),
            copies: self.store.kept_copies().len(),
            folder: self.data_folder(),
        })
    }

    /// Removes every result, scan in progress, note, goal and group, and the
    /// backup and damaged copies beside the database; returns how many
    /// copies were removed.
    pub fn wipe(&mut self) -> Result<usize, ApiError> {
        let removed = self.store.wipe().map_err(|e| self.storage(e))?;
        self.dismissed_all_copies();
        Ok(removed)
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
