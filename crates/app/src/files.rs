//! Files in and out: chart pictures, the data export (JSON, CSV), import and
//! deleting everything. The app shell asks for a path with a native dialog
//! and hands it here; nothing in the web view touches the file system.

use std::path::PathBuf;

use rolspiegel_charts::Chart;
use rolspiegel_exchange::{
    backup_json, export_csv, export_json_with, format_of, parse_backup, parse_json,
    parse_json_situations, BackupGroup, CsvColumns, CsvStyle, FileError, Parsed, ParsedSituations,
    ProblemKind, RequestRecord, BACKUP_FORMAT, MAX_BACKUP_BYTES, MAX_LISTED_PROBLEMS,
};
use rolspiegel_i18n::Language;
use rolspiegel_storage::{copy_counts, read_copy, CopyContents, CopyKind, Imported, KeptCopy};

use crate::dates::{local_date, spreadsheet_moment};
use crate::disk::{read_file, ReadFailure, ReadFile};
use crate::error::{AppError, ErrorCode};
use crate::scan;
use crate::state;
use crate::state::{now_ms, Service};
use crate::wire::{
    ChartFormat, ChartKind, DataFormat, GroupRestoreView, ImportProblemView, ImportReport,
    KeptCopyView, Problem, WipeGroupView, WipeSummary,
};

/// Keeps the first [`MAX_LISTED_PROBLEMS`] of `problems` and counts the rest
/// in `more`: every list of problems a person is shown has that bound.
pub(crate) fn cap_problems<T>(problems: &mut Vec<T>, more: &mut usize) {
    if problems.len() > MAX_LISTED_PROBLEMS {
        *more += problems.len() - MAX_LISTED_PROBLEMS;
        problems.truncate(MAX_LISTED_PROBLEMS);
    }
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

/// The error for a file that could not be written: "a file with that name
/// is already there" when the app would otherwise have replaced a file the
/// dialog never asked about; else "could not be saved".
pub fn write_error(file: &str, error: &std::io::Error) -> AppError {
    if error.kind() == std::io::ErrorKind::AlreadyExists {
        return ErrorCode::FileExists.into();
    }
    AppError::because(
        ErrorCode::FileWrite,
        format_args!("writing {file}: {error}"),
    )
}

/// The error for a file that could not be read.
pub(crate) fn read_error(file: &ReadFile, failure: &ReadFailure) -> AppError {
    match failure {
        ReadFailure::TooLarge(_) => ErrorCode::ImportTooLarge.into(),
        ReadFailure::NotAFile => ErrorCode::FileNotRegular.into(),
        ReadFailure::Unreadable(e) => AppError::because(
            ErrorCode::FileRead,
            format_args!("reading {}: {e}", file.name),
        ),
    }
}

/// The header ids of the score and share columns, in [`Role::ALL`] order, in
/// every spreadsheet Rolspiegel writes.
///
/// [`Role::ALL`]: rolspiegel_core::Role::ALL
pub(crate) const SCORE_COLUMNS: [&str; 6] = [
    "csv-score-bureaucraat",
    "csv-score-ondernemer",
    "csv-score-verbinder",
    "csv-share-bureaucraat",
    "csv-share-ondernemer",
    "csv-share-verbinder",
];

/// The error for a spreadsheet that could not be written.
pub(crate) fn csv_error(error: impl std::fmt::Display) -> AppError {
    AppError::because(ErrorCode::FileWrite, format_args!("csv: {error}"))
}

/// Why one record of an export (or participant file) was not added.
pub(crate) fn problem(kind: &ProblemKind) -> Problem {
    match kind {
        ProblemKind::Shape(_) => Problem::Shape,
        ProblemKind::BadId => Problem::BadId,
        ProblemKind::UnknownInstrument(version) => Problem::Instrument { version: *version },
        ProblemKind::UnknownStatement(statement) => Problem::Statement {
            statement: statement.clone(),
        },
        ProblemKind::AnswerOutOfRange(statement) => Problem::Answer {
            statement: statement.clone(),
        },
        ProblemKind::Incomplete => Problem::Incomplete,
        ProblemKind::ScoresMismatch => Problem::Scores,
        ProblemKind::BadTime => Problem::Time,
        ProblemKind::BadText => Problem::Text,
        ProblemKind::UnknownQuestion(_) => Problem::Question,
    }
}

/// Fails unless every one of `written` entries of a file this app just
/// made was read back by its own reader.
fn whole(kind: &str, written: usize, read: &Parsed) -> Result<(), AppError> {
    if read.records.len() == written && read.problems.is_empty() && read.not_read == 0 {
        return Ok(());
    }
    Err(AppError::because(
        ErrorCode::ExportTooLarge,
        format!(
            "{written} {kind} written, {} read back, {} not read, {} with problems (first: {:?})",
            read.records.len(),
            read.not_read,
            read.problems.len() + read.more_problems,
            read.problems.first()
        ),
    ))
}

impl Service {
    /// A drawn chart, or the error that it could not be drawn.
    pub(crate) fn chart_bytes(
        &self,
        drawn: Result<Vec<u8>, rolspiegel_charts::ChartError>,
    ) -> Result<Vec<u8>, AppError> {
        drawn.map_err(|e| AppError::because(ErrorCode::Chart, e))
    }

    /// Spreadsheet style of the current language: `;` and decimal comma for
    /// Dutch, `,` and point for English.
    pub(crate) fn csv_style(&self) -> CsvStyle {
        match self.language {
            Language::Nl => CsvStyle::DUTCH,
            Language::En => CsvStyle::ENGLISH,
        }
    }

    fn import_results(
        &mut self,
        parsed: &Parsed,
        report: &mut ImportReport,
    ) -> Result<(), AppError> {
        let outcome = self.store.import(&parsed.records)?;
        let mut problems: Vec<(usize, Problem)> = parsed
            .problems
            .iter()
            .map(|p| (p.position, problem(&p.kind)))
            .collect();
        for (imported, position) in outcome.iter().zip(&parsed.positions) {
            match imported {
                Imported::Added => report.added += 1,
                Imported::AlreadyPresent => report.already_present += 1,
                Imported::Conflict => problems.push((*position, Problem::Conflict)),
                Imported::Refused => problems.push((*position, Problem::Refused)),
            }
        }
        problems.sort_by_key(|(position, _)| *position);
        report.problems = problems
            .into_iter()
            .map(|(position, problem)| ImportProblemView { position, problem })
            .collect();
        report.more_problems += parsed.more_problems;
        cap_problems(&mut report.problems, &mut report.more_problems);
        report.not_read += parsed.not_read;
        report.cleaned += parsed.cleaned;
        Ok(())
    }

    fn restore_situations(
        &mut self,
        parsed: &ParsedSituations,
        report: &mut ImportReport,
    ) -> Result<(), AppError> {
        let outcome = self.store.import_situations(&parsed.records)?;
        report.situation_problems = parsed
            .problems
            .iter()
            .map(|p| ImportProblemView {
                position: p.position,
                problem: problem(&p.kind),
            })
            .collect();
        for imported in outcome {
            match imported {
                Imported::Added => report.situations_added += 1,
                Imported::AlreadyPresent => report.situations_already_present += 1,
                // Situations are never refused as a conflict: a known one
                // keeps what it has and gains what it lacks.
                Imported::Conflict | Imported::Refused => report.more_situation_problems += 1,
            }
        }
        report.more_situation_problems += parsed.more_problems + parsed.not_read;
        Ok(())
    }

    /// Adds the requests of a backup that are not here, and the answers
    /// each lacks; what is here stays as it is.
    fn restore_requests(
        &mut self,
        parsed: &rolspiegel_exchange::ParsedRequests,
        report: &mut ImportReport,
    ) -> Result<(), AppError> {
        for (request, responses) in &parsed.records {
            if self.store.request(request.id)?.is_none() {
                self.store.add_request(request)?;
                report.requests_added += 1;
            }
            for response in responses {
                match self.store.add_response(request.id, response)? {
                    Imported::Added => report.answers_added += 1,
                    Imported::AlreadyPresent => {}
                    Imported::Conflict | Imported::Refused => report.requests_not_added += 1,
                }
            }
        }
        report.requests_not_added += parsed.problems.len() + parsed.more_problems + parsed.not_read;
        Ok(())
    }

    fn restore_group(&mut self, group: &BackupGroup<'_>) -> Result<GroupRestoreView, AppError> {
        let position = group.position;
        let group = match group.parse(&self.instruments) {
            Ok(group) => group,
            Err(e) => {
                return Ok(GroupRestoreView {
                    position,
                    name: String::new(),
                    added: 0,
                    already_present: 0,
                    problems: 0,
                    ratings_added: 0,
                    ratings_refused: 0,
                    not_read: 0,
                    cleaned: 0,
                    refused: Some(file_error_code(&e, ErrorCode::GroupFileInvalid)),
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
            ratings_added: report.ratings_added,
            ratings_refused: report.ratings_refused,
            not_read: report.not_read,
            cleaned: report.cleaned,
            refused: None,
        })
    }
}
pub(crate) fn suggested_name(service: &Service, what: &str, extension: &str) -> String {
    format!(
        "rolspiegel-{}-{}.{extension}",
        state::text(service, what),
        local_date(now_ms()).format("%Y-%m-%d")
    )
}

pub(crate) fn export_chart(
    service: &Service,
    ids: &[String],
    kind: ChartKind,
    format: ChartFormat,
) -> Result<Vec<u8>, AppError> {
    let results = service.results_for_chart(ids)?;
    let drawn = match (kind, results.as_slice()) {
        (ChartKind::Radar, [one]) => render(&scan::radar(service, &one.profile), format),
        (ChartKind::Radar, many) => render(&service.compare_radar(many), format),
        (ChartKind::Trend, many) if many.len() >= 3 => render(&service.trend(many), format),
        (ChartKind::Trend, _) => return Err(AppError::from(ErrorCode::CompareCount)),
    };
    service.chart_bytes(drawn)
}

pub(crate) fn export_data(service: &Service, format: DataFormat) -> Result<Vec<u8>, AppError> {
    let records = service.store.records()?;
    let bytes = match format {
        DataFormat::Json => {
            let situations = service.store.situation_records()?;
            let bytes = export_json_with(&records, &situations, now_ms()).into_bytes();
            let parsed = parse_json(&bytes, &service.instruments)
                .map_err(|e| AppError::because(ErrorCode::ExportTooLarge, e))?;
            whole("results", records.len(), &parsed)?;
            let read = parse_json_situations(&bytes, &service.situation_lists)
                .map_err(|e| AppError::because(ErrorCode::ExportTooLarge, e))?;
            if read.records != situations {
                return Err(AppError::because(
                    ErrorCode::ExportTooLarge,
                    "the situations would not read back",
                ));
            }
            bytes
        }
        DataFormat::Csv => {
            let text = |id: &str| service.localizer.text(service.language, id);
            let [b, o, v, b_share, o_share, v_share] = SCORE_COLUMNS.map(text);
            let columns = CsvColumns {
                headers: [
                    text("csv-id"),
                    text("csv-date"),
                    text("csv-label"),
                    b,
                    o,
                    v,
                    b_share,
                    o_share,
                    v_share,
                    text("csv-mix"),
                    text("csv-goal-role"),
                    text("csv-goal-assignment"),
                    text("csv-goal-review"),
                ],
                mixes: records
                    .iter()
                    .map(|r| {
                        Ok(service
                            .say()
                            .mix_short(service.shown_profile(&r.result)?.mix))
                    })
                    .collect::<Result<_, AppError>>()?,
                role_names: service.say().roles(),
                date: spreadsheet_moment,
            };
            export_csv(&records, &columns, service.csv_style()).map_err(csv_error)?
        }
    };
    Ok(bytes)
}

pub(crate) fn export_backup(service: &Service) -> Result<Vec<u8>, AppError> {
    let records = service.store.records()?;
    let mut groups = Vec::new();
    for group in service.store.groups()? {
        let members = service.store.members(group.id)?;
        groups.push((group, members));
    }
    let situations = service.store.situation_records()?;
    let mut group_situations = Vec::new();
    for (group, _) in &groups {
        if let Some(record) = crate::situations::group_situation_record(service, group.id)? {
            group_situations.push((group.id, record));
        }
    }
    let requests = request_records(service)?;
    let bytes = backup_json(
        &records,
        &groups,
        &group_situations,
        &situations,
        &requests,
        now_ms(),
    )
    .into_bytes();
    let too_large = |e| AppError::because(ErrorCode::ExportTooLarge, e);
    let backup = parse_backup(&bytes, &service.instruments).map_err(too_large)?;
    whole("results", records.len(), &backup.results)?;
    // Every situation must read back as it is stored.
    let read = backup
        .situations(&service.situation_lists)
        .map_err(too_large)?;
    if read.records != situations {
        return Err(AppError::because(
            ErrorCode::ExportTooLarge,
            format!(
                "{} situations, {} read back the same (first problem: {:?})",
                situations.len(),
                read.records.len(),
                read.problems.first()
            ),
        ));
    }
    // Every request and every answer to it must read back as stored.
    let read = backup.requests(&service.instruments).map_err(too_large)?;
    if !same_requests(&read.records, &requests) {
        return Err(AppError::because(
            ErrorCode::ExportTooLarge,
            format!(
                "{} requests, {} read back (first problem: {:?})",
                requests.len(),
                read.records.len(),
                read.problems.first()
            ),
        ));
    }
    if backup.groups_not_read > 0 || backup.groups.len() != groups.len() {
        return Err(AppError::because(
            ErrorCode::ExportTooLarge,
            format!("{} groups, {} read back", groups.len(), backup.groups.len()),
        ));
    }
    for (group, (stored, members)) in backup.groups.iter().zip(&groups) {
        let read = group.parse(&service.instruments).map_err(too_large)?;
        // The group's assignment and every rating of it come back too.
        let want = group_situations
            .iter()
            .find(|(id, _)| *id == stored.id)
            .map(|(_, (s, ratings))| (s.clone(), ratings.clone()));
        let got = read
            .situation(&service.situation_lists)
            .map_err(too_large)?
            .map(|s| (s.situation, s.ratings));
        if got != want {
            return Err(AppError::because(
                ErrorCode::ExportTooLarge,
                format!(
                    "group {}: its assignment would not read back",
                    group.position
                ),
            ));
        }
        if read.members.len() != members.len() || read.not_read > 0 {
            return Err(AppError::because(
                ErrorCode::ExportTooLarge,
                format!(
                    "group {}: {} participants, {} read back",
                    group.position,
                    members.len(),
                    read.members.len()
                ),
            ));
        }
    }
    drop(backup);
    Ok(bytes)
}

pub(crate) fn import_file(service: &mut Service, file: ReadFile) -> Result<ImportReport, AppError> {
    let bytes = match &file.bytes {
        Ok(bytes) => bytes,
        Err(failure) => return Err(read_error(&file, failure)),
    };
    let mut report = ImportReport {
        file: file.name.clone(),
        ..ImportReport::default()
    };
    if format_of(bytes).as_deref() == Some(BACKUP_FORMAT) {
        let backup = parse_backup(bytes, &service.instruments)
            .map_err(|e| AppError::from(file_error_code(&e, ErrorCode::ImportNotAnExport)))?;
        // Read before anything is written, so a file refused here adds nothing.
        let situations = backup
            .situations(&service.situation_lists)
            .map_err(|e| AppError::from(file_error_code(&e, ErrorCode::ImportNotAnExport)))?;
        let requests = backup
            .requests(&service.instruments)
            .map_err(|e| AppError::from(file_error_code(&e, ErrorCode::ImportNotAnExport)))?;
        service.import_results(&backup.results, &mut report)?;
        // One group at a time: only its participants are in memory.
        for group in &backup.groups {
            report.groups.push(service.restore_group(group)?);
        }
        report.groups_not_read = backup.groups_not_read;
        service.restore_situations(&situations, &mut report)?;
        service.restore_requests(&requests, &mut report)?;
    } else {
        let parsed = parse_json(bytes, &service.instruments)
            .map_err(|e| AppError::from(file_error_code(&e, ErrorCode::ImportNotAnExport)))?;
        let situations = parse_json_situations(bytes, &service.situation_lists)
            .map_err(|e| AppError::from(file_error_code(&e, ErrorCode::ImportNotAnExport)))?;
        service.import_results(&parsed, &mut report)?;
        service.restore_situations(&situations, &mut report)?;
    }
    // Counts only: never a name or a text from the file.
    tracing::info!(
        "import: {} results added, {} already here, {} not added, {} groups, {} situations added",
        report.added,
        report.already_present,
        report.problems.len() + report.more_problems + report.not_read,
        report.groups.len(),
        report.situations_added
    );
    Ok(report)
}

pub(crate) fn wipe_summary(service: &Service) -> Result<WipeSummary, AppError> {
    let history = service.store.history()?;
    let groups = service.store.groups()?;
    Ok(WipeSummary {
        results: history.len(),
        reflections: history.iter().map(|e| e.reflections).sum(),
        goals: history.iter().filter(|e| e.goal.is_some()).count(),
        scan_in_progress: service.store.draft()?.is_some(),
        groups: groups
            .iter()
            .map(|g| WipeGroupView {
                name: g.name.clone(),
                members: g.members,
            })
            .collect(),
        situations: service
            .store
            .situations()?
            .into_iter()
            .map(|e| e.situation.name)
            .collect(),
        requests: service.store.requests()?.len(),
        copies: service.store.kept_copies().len(),
        saved: saved_files(service)
            .iter()
            .filter(|f| saved_count(service, f) != SavedCount::NotABackup)
            .count(),
        folder: state::data_folder(service),
    })
}

pub(crate) fn wipe(service: &mut Service) -> Result<usize, AppError> {
    let removed = service.store.wipe()?;
    service.dismissed_all_copies();
    Ok(removed)
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

/// A kept copy read into memory: found by its file name among the copies
/// beside the database (never a path from the window).
fn read_kept(service: &Service, file: &str) -> Result<(KeptCopy, CopyContents), AppError> {
    let copy = service
        .store
        .kept_copies()
        .into_iter()
        .find(|c| c.file_name() == file)
        .ok_or_else(|| AppError::from(ErrorCode::FileRead))?;
    let contents = read_copy(&copy.path, now_ms())?;
    Ok((copy, contents))
}

/// A backup file (JSON) the person saved into the data folder.
struct SavedFile {
    path: PathBuf,
    /// When it last changed (Unix ms).
    changed: i64,
    len: u64,
}

/// The backups (JSON) the person saved into the data folder. Only the
/// folder itself is looked in, and only regular files within the backup
/// size limit.
fn saved_files(service: &Service) -> Vec<SavedFile> {
    let Some(folder) = state::data_folder(service) else {
        return Vec::new();
    };
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .filter(|e| {
            e.path()
                .extension()
                .is_some_and(|x| x.eq_ignore_ascii_case("json"))
        })
        .filter_map(|e| {
            // Not followed: a link is no file the person saved here.
            let meta = e.metadata().ok()?;
            if !meta.is_file() || meta.len() > MAX_BACKUP_BYTES {
                return None;
            }
            let changed = meta
                .modified()
                .ok()?
                .duration_since(std::time::UNIX_EPOCH)
                .ok()?;
            Some(SavedFile {
                path: e.path(),
                changed: i64::try_from(changed.as_millis()).ok()?,
                len: meta.len(),
            })
        })
        .collect()
}

/// A saved backup's bytes, when it is one (other JSON files are not listed).
fn saved_backup_bytes(path: &std::path::Path) -> Option<Vec<u8>> {
    let bytes = read_file(path, MAX_BACKUP_BYTES).bytes.ok()?;
    (format_of(&bytes).as_deref() == Some(BACKUP_FORMAT)).then_some(bytes)
}

/// What a JSON file in the data folder holds, as listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SavedCount {
    /// Not a backup (another JSON file): not listed.
    NotABackup,
    /// A backup that cannot be read.
    Unreadable,
    /// Results, groups and situations a backup holds.
    Holds(usize, usize, usize),
}

/// What the saved backups hold, by file, kept while a file's length and
/// time of change stay the same: the history lists them on every visit, and
/// counting one means reading and checking up to [`MAX_BACKUP_BYTES`].
#[derive(Debug, Default)]
pub(crate) struct SavedCounts(std::cell::RefCell<std::collections::HashMap<PathBuf, Counted>>);

/// A count with the file's length and time of change when it was counted.
type Counted = ((u64, i64), SavedCount);

fn saved_count(service: &Service, file: &SavedFile) -> SavedCount {
    let key = (file.len, file.changed);
    if let Some((seen, count)) = service.saved_counts.0.borrow().get(&file.path) {
        if *seen == key {
            return *count;
        }
    }
    let count = match saved_backup_bytes(&file.path) {
        None => SavedCount::NotABackup,
        // Read as importing would, so the counts are what adding brings.
        Some(bytes) => match parse_backup(&bytes, &service.instruments) {
            Err(_) => SavedCount::Unreadable,
            Ok(backup) => SavedCount::Holds(
                backup.results.records.len(),
                backup.groups.len(),
                backup
                    .situations(&service.situation_lists)
                    .map_or(0, |s| s.records.len()),
            ),
        },
    };
    service
        .saved_counts
        .0
        .borrow_mut()
        .insert(file.path.clone(), (key, count));
    count
}

pub(crate) fn kept_copies(service: &Service) -> Result<Vec<KeptCopyView>, AppError> {
    let mut out = Vec::new();
    let saved = saved_files(service);
    // Files gone from the folder are forgotten.
    service
        .saved_counts
        .0
        .borrow_mut()
        .retain(|path, _| saved.iter().any(|f| &f.path == path));
    for file in &saved {
        let counts = match saved_count(service, file) {
            SavedCount::NotABackup => continue,
            SavedCount::Unreadable => None,
            SavedCount::Holds(results, groups, situations) => Some((results, groups, situations)),
        };
        let name = crate::disk::file_name(&file.path);
        out.push(KeptCopyView {
            name: crate::disk::display_name(&name),
            file: name,
            kind: "saved",
            made_at: file.changed,
            readable: counts.is_some(),
            results: counts.map_or(0, |c| c.0),
            groups: counts.map_or(0, |c| c.1),
            situations: counts.map_or(0, |c| c.2),
        });
    }
    for copy in service.store.kept_copies().into_iter().rev() {
        // Counted in place: the history opens often, and a full read copies
        // and upgrades the file first (that is for adding from it).
        let counts = copy_counts(&copy.path);
        out.push(KeptCopyView {
            name: copy.file_name(),
            file: copy.file_name(),
            kind: match copy.kind {
                CopyKind::Backup { .. } => "backup",
                CopyKind::Damaged => "damaged",
                CopyKind::Earlier => "earlier",
            },
            made_at: copy.made_at,
            readable: counts.is_some(),
            results: counts.map_or(0, |c| c.results),
            groups: counts.map_or(0, |c| c.groups),
            situations: counts.map_or(0, |c| c.situations),
        });
    }
    // Newest first, whatever kind.
    out.sort_by_key(|c| std::cmp::Reverse(c.made_at));
    Ok(out)
}

/// Adds what a kept copy holds, as a backup file is read: results, groups
/// and situations that are not here yet are added; nothing stored changes.
pub(crate) fn add_from_copy(service: &mut Service, file: &str) -> Result<ImportReport, AppError> {
    // A backup saved into the data folder is read as the import reads it.
    if let Some(saved) = saved_files(service)
        .into_iter()
        .find(|f| crate::disk::file_name(&f.path) == file)
    {
        let bytes =
            saved_backup_bytes(&saved.path).ok_or_else(|| AppError::from(ErrorCode::FileRead))?;
        return import_file(
            service,
            ReadFile {
                name: crate::disk::display_name(file),
                bytes: Ok(bytes),
            },
        );
    }
    let (copy, contents) = read_kept(service, file)?;
    let assignments: Vec<_> = contents
        .assignments
        .into_iter()
        .map(|(id, situation, ratings)| (id, (situation, ratings)))
        .collect();
    let bytes = backup_json(
        &contents.records,
        &contents.groups,
        &assignments,
        &contents.situations,
        &contents.requests,
        now_ms(),
    )
    .into_bytes();
    import_file(
        service,
        ReadFile {
            name: copy.file_name(),
            bytes: Ok(bytes),
        },
    )
}

/// Every request to colleagues with the answers to it, as a backup carries
/// them.
fn request_records(service: &Service) -> Result<Vec<RequestRecord>, AppError> {
    service
        .store
        .requests()?
        .into_iter()
        .map(|(request, _)| {
            let responses = service.store.responses(request.id)?;
            Ok((request, responses))
        })
        .collect()
}

/// Whether two lists of requests hold the same, whatever the order of each
/// answer set's statements.
fn same_requests(a: &[RequestRecord], b: &[RequestRecord]) -> bool {
    let sorted = |records: &[RequestRecord]| -> Vec<RequestRecord> {
        records
            .iter()
            .map(|(request, responses)| {
                let mut responses = responses.clone();
                for r in &mut responses {
                    r.answers.sort_by(|x, y| x.0.cmp(&y.0));
                }
                responses.sort_by_key(|r| r.key);
                (request.clone(), responses)
            })
            .collect()
    };
    sorted(a) == sorted(b)
}
