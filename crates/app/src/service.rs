//! The service: the app's state (the store, the statement lists, the
//! language, the start-up notices) and, at the end of this file, **every
//! operation the app offers, one line each**, by feature — the index a
//! reader starts from. Each delegates to the module that holds it
//! (`scan.rs`, `history.rs`, `files.rs`, `groups.rs`, `group_figures.rs`,
//! `quality.rs`, `report.rs`, `live/room.rs`). Written without Tauri, so it is
//! tested headlessly against a real database in a temporary folder; each
//! front door calls these methods and nothing else.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use rolspiegel_charts::{Chart, MixMap, RadarChart, SpreadChart};
use rolspiegel_core::{GroupId, GroupMember, GroupStats, Instrument, Instruments, Profile};
use rolspiegel_i18n::{Language, Localizer};
use rolspiegel_storage::{kept_copies, AssessmentId, Cause, CopyKind, Opened, Store, StoreError};

use crate::disk::ReadFile;
use crate::error::{AppError, ErrorCode};
use crate::live::room as live;
// The facade speaks in every wire shape.
#[allow(clippy::wildcard_imports)]
use crate::wire::*;
use crate::words::Words;
use crate::{files, group_figures, groups, history, quality, report, scan};

/// A chart for a view: its SVG, or `None` when it could not be drawn (the
/// view then shows the numbers only). The one place a chart failure that does
/// not fail the request is logged.
pub(crate) fn svg_for_view(chart: &impl Chart) -> Option<String> {
    chart
        .to_svg()
        .map_err(|e| eprintln!("rolspiegel: chart: {e}"))
        .ok()
}

/// Statement list version 1 (results answered to it are read and scored with it).
pub const INSTRUMENT_V1: &str = include_str!("../../../assets/instrument/v1.json");

/// Statement list version 2: the one new scans use.
pub const INSTRUMENT_V2: &str = include_str!("../../../assets/instrument/v2.json");

/// Every statement list this build knows; the newest is the one new scans use.
pub fn instruments() -> Result<Instruments, rolspiegel_core::InstrumentError> {
    Instruments::new(vec![
        Instrument::from_json(INSTRUMENT_V1)?,
        Instrument::from_json(INSTRUMENT_V2)?,
    ])
}

/// A list's statement ids, in order.
pub(crate) fn statement_ids(instrument: &Instrument) -> Vec<String> {
    instrument
        .statements()
        .iter()
        .map(|s| s.id.to_string())
        .collect()
}

const LANGUAGE_SETTING: &str = "language";

/// The damaged copies the person has said they saw, one file name a line.
const SEEN_COPIES_SETTING: &str = "seen-set-aside";

/// Why the app could not start at all. Only a broken build causes these: the
/// statement list and the Fluent files are embedded and tested.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The embedded statement list is invalid.
    #[error("statement list: {0}")]
    Instrument(rolspiegel_core::InstrumentError),
    /// The embedded Fluent files are invalid.
    #[error("locales: {0}")]
    Locales(rolspiegel_i18n::I18nError),
    /// Not even an in-memory database could be made (out of memory).
    #[error("in-memory database: {0}")]
    Memory(rolspiegel_storage::StoreError),
}

/// An answer as a front door receives it, as JSON: `null` is "weet ik
/// niet", a whole number is checked against the scale later, anything else
/// (a fraction, text, a list) is off the scale. One rule for both doors, so
/// the same bad answer gets the same code from the window and from a phone.
pub fn given_answer(value: &AnswerValue) -> Option<i64> {
    match &value.0 {
        serde_json::Value::Null => None,
        serde_json::Value::Number(n) => Some(n.as_i64().unwrap_or(i64::MIN)),
        _ => Some(i64::MIN),
    }
}

/// Milliseconds since the Unix epoch, now.
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// The app's state and behaviour.
#[derive(Debug)]
pub struct Service {
    pub(crate) store: Store,
    pub(crate) instruments: Instruments,
    pub(crate) localizer: Localizer,
    pub(crate) language: Language,
    /// Where the database file is meant to be (also when it could not be
    /// used and the app runs in memory).
    db_path: Option<PathBuf>,
    notices: Vec<Notice>,
}

/// Why the database could not be used, in the terms of the notice.
fn not_saving_reason(error: &StoreError) -> NotSavingReason {
    match error.cause() {
        Cause::DiskFull => NotSavingReason::DiskFull,
        Cause::ReadOnly => NotSavingReason::ReadOnly,
        Cause::Busy => NotSavingReason::Busy,
        Cause::InUse => NotSavingReason::InUse,
        Cause::NotAFile => NotSavingReason::NotAFile,
        // A damaged file is set aside, so this is not why nothing saves.
        Cause::Damaged | Cause::Other => NotSavingReason::Other,
    }
}

impl Service {
    /// Starts with the database at `db_path` (in memory when `None` or when
    /// the file cannot be used) and the user's OS locale.
    pub fn start(db_path: Option<&Path>, os_locale: Option<&str>) -> Result<Service, StartError> {
        let instruments = instruments().map_err(StartError::Instrument)?;
        let localizer = Localizer::new().map_err(StartError::Locales)?;
        let mut notices = Vec::new();
        let folder = db_path
            .and_then(Path::parent)
            .map(|f| f.display().to_string())
            .unwrap_or_default();
        // The language the person chose, also when the file cannot be used
        // below (read from it without opening it for use).
        let mut chosen_language = None;
        let store = match db_path.map(|path| Store::open(path, now_ms())) {
            Some(Ok((store, opened))) => {
                match opened {
                    Opened::Recovered(aside) => eprintln!(
                        "rolspiegel: database set aside as {} ({})",
                        aside.kept_as.display(),
                        aside.reason
                    ),
                    Opened::ReadOnly => {
                        eprintln!("rolspiegel: the database may only be read");
                        notices.push(Notice::ReadOnly {
                            folder: folder.clone(),
                        });
                    }
                    Opened::Ready => {}
                }
                Some(store)
            }
            Some(Err(StoreError::NewerSchema { found, supported })) => {
                eprintln!(
                    "rolspiegel: database schema {found} is newer than {supported}; left alone"
                );
                notices.push(Notice::NewerVersion {
                    folder: folder.clone(),
                });
                None
            }
            Some(Err(e)) => {
                eprintln!("rolspiegel: cannot use the database: {e}");
                notices.push(Notice::MemoryOnly {
                    reason: not_saving_reason(&e),
                });
                chosen_language =
                    db_path.and_then(|path| Store::peek_setting(path, LANGUAGE_SETTING));
                None
            }
            None => {
                notices.push(Notice::MemoryOnly {
                    reason: NotSavingReason::Other,
                });
                None
            }
        };
        let mut store = match store {
            Some(store) => store,
            None => Store::in_memory().map_err(StartError::Memory)?,
        };
        // A "delete everything" that was stopped half-way is finished: the
        // person asked for it, and copies left beside the file would hold
        // what they meant to remove.
        if store.wipe_unfinished().unwrap_or(false) {
            match store.wipe() {
                Ok(_) => notices.push(Notice::WipeFinished),
                Err(e) => eprintln!("rolspiegel: finishing an interrupted wipe: {e}"),
            }
        }
        // Every damaged copy beside the database is told about until the
        // person has seen it, also when the fresh database could not be
        // opened and nothing of this start can be remembered.
        let seen = store
            .setting(SEEN_COPIES_SETTING)
            .ok()
            .flatten()
            .unwrap_or_default();
        for copy in db_path.map(kept_copies).unwrap_or_default() {
            let file = copy.file_name();
            if copy.kind == CopyKind::Damaged && !seen.lines().any(|l| l == file) {
                notices.push(Notice::SetAside {
                    file,
                    folder: folder.clone(),
                });
            }
        }
        let saved = store
            .setting(LANGUAGE_SETTING)
            .ok()
            .flatten()
            .or(chosen_language);
        let language = saved
            .as_deref()
            .and_then(Language::from_code)
            .unwrap_or_else(|| Language::negotiate(os_locale.unwrap_or_default()));
        Ok(Service {
            store,
            instruments,
            localizer,
            language,
            db_path: db_path.map(Path::to_path_buf),
            notices,
        })
    }

    /// The statement list new scans use (a live session takes a copy).
    pub fn instrument(&self) -> &Instrument {
        self.instruments.current()
    }

    /// The list a scan or result was answered to; a version this build does
    /// not know (a scan begun by a newer Rolspiegel) is refused.
    pub(crate) fn instrument_of(&self, version: u32) -> Result<&Instrument, AppError> {
        self.instruments.get(version).ok_or_else(|| {
            AppError::because(
                ErrorCode::BadRequest,
                format!("statement list version {version} is unknown to this build"),
            )
        })
    }

    pub(crate) fn parse_id(&self, text: &str) -> Result<AssessmentId, AppError> {
        AssessmentId::parse(text).ok_or_else(|| AppError::from(ErrorCode::BadRequest))
    }

    /// What the UI needs first, with the notices not yet dismissed.
    pub fn startup(&mut self) -> Startup {
        Startup {
            language: self.language.code(),
            notices: self.notices.clone(),
            data_folder: self.data_folder(),
            instrument: InstrumentView {
                version: self.instrument().version(),
                statements: statement_ids(self.instrument()),
            },
            // What the welcome screen shows, so the first screen needs no
            // further round trip; should reading fail, it asks again itself
            // and says why.
            welcome: match (self.current_scan(), self.results()) {
                (Ok(scan), Ok(results)) => Some(WelcomeView { scan, results }),
                _ => None,
            },
        }
    }

    /// The person has read a notice. For a damaged copy set aside, that is
    /// remembered (by its file name), so it is not told again.
    pub fn dismiss_notice(&mut self, file: Option<&str>) -> Result<(), AppError> {
        let Some(file) = file else {
            return Ok(());
        };
        self.notices
            .retain(|n| !matches!(n, Notice::SetAside { file: f, .. } if f == file));
        let mut seen = self.store.setting(SEEN_COPIES_SETTING)?.unwrap_or_default();
        if !seen.lines().any(|l| l == file) {
            seen.push_str(file);
            seen.push('\n');
            self.store.set_setting(SEEN_COPIES_SETTING, &seen)?;
        }
        Ok(())
    }

    /// After deleting everything: no copy is left to tell about.
    pub(crate) fn dismissed_all_copies(&mut self) {
        self.notices
            .retain(|n| !matches!(n, Notice::SetAside { .. }));
        // Names of removed copies need not be remembered either.
        let _ = self.store.set_setting(SEEN_COPIES_SETTING, "");
    }

    /// The folder the data lives in, in full; `None` when in memory.
    pub fn data_folder(&self) -> Option<String> {
        self.db_path
            .as_deref()
            .and_then(Path::parent)
            .map(|f| f.display().to_string())
    }

    /// A message without variables in the current language.
    pub fn text(&self, id: &str) -> String {
        self.say().text(id)
    }

    /// The words of the current language.
    pub(crate) fn say(&self) -> Words<'_> {
        Words::new(&self.localizer, self.language)
    }

    /// The current language.
    pub fn language(&self) -> Language {
        self.language
    }

    /// Switches the language and remembers the choice.
    pub fn set_language(&mut self, code: &str) -> Result<(), AppError> {
        let language =
            Language::from_code(code).ok_or_else(|| AppError::from(ErrorCode::UnknownLanguage))?;
        self.language = language;
        self.store
            .set_setting(LANGUAGE_SETTING, language.code())
            .map_err(AppError::from)
    }
}

/// The operations, one line each, by feature: the index of what the app
/// does. Each delegates to the module that holds it.
impl Service {
    // --- A scan and its result (`scan.rs`)

    /// The scan in progress, if any, with the statements of the list it was
    /// started with. A scan of a list this build does not know (begun by a
    /// newer Rolspiegel) is left alone and not offered.
    pub fn current_scan(&self) -> Result<Option<ScanView>, AppError> {
        scan::current_scan(self)
    }

    /// Starts a new scan on the newest list. A scan in progress is thrown
    /// away only when `replacing` names it (the person was asked about that
    /// scan); otherwise nothing happens and the outcome says which scan is
    /// in progress, so the screen can ask first. This holds on every path:
    /// a screen that did not know of the scan (an older result's screen,
    /// another window, a scan of a list this build cannot show) never
    /// throws it away unasked.
    pub fn start_scan(&mut self, replacing: Option<&str>) -> Result<StartOutcome, AppError> {
        scan::start_scan(self, replacing)
    }

    /// Saves one answer (`None` = "weet ik niet"); refuses values off the
    /// scale and statements that are not in the list.
    pub fn save_answer(
        &mut self,
        assessment_id: &str,
        statement_id: &str,
        value: Option<i64>,
    ) -> Result<Progress, AppError> {
        scan::save_answer(self, assessment_id, statement_id, value)
    }

    /// Scores the scan; when complete it is stored as a result. An id that is
    /// no scan, or a scan already completed, is refused with its own code.
    pub fn finish_scan(&mut self, assessment_id: &str) -> Result<FinishOutcome, AppError> {
        scan::finish_scan(self, assessment_id)
    }

    /// Throws away the scan in progress.
    pub fn discard_scan(&mut self, assessment_id: &str) -> Result<(), AppError> {
        scan::discard_scan(self, assessment_id)
    }

    /// One completed result, with its chart in the current language.
    pub fn result(&self, id: &str) -> Result<ResultView, AppError> {
        scan::result(self, id)
    }

    /// All completed results, newest first.
    pub fn results(&self) -> Result<Vec<ResultSummary>, AppError> {
        scan::results(self)
    }

    /// The radar chart of one profile, labelled in the current language.
    pub fn radar(&self, profile: &Profile) -> RadarChart {
        scan::radar(self, profile)
    }

    /// The radar chart of one profile, labelled in `language` (a phone in
    /// a live session may speak another language than the window).
    pub fn radar_in(&self, language: Language, profile: &Profile) -> RadarChart {
        scan::radar_in(self, language, profile)
    }

    // --- History, labels, reflections, goals and compare (`history.rs`)

    /// Every result, newest first, with its goal; a goal is open while no
    /// later result exists to follow it up.
    pub fn history(&self) -> Result<Vec<HistoryItem>, AppError> {
        history::history(self)
    }

    /// Gives a result a label; an empty one removes it.
    pub fn set_label(&mut self, id: &str, label: &str) -> Result<String, AppError> {
        history::set_label(self, id, label)
    }

    /// Deletes one result with its notes and goal.
    pub fn delete_result(&mut self, id: &str) -> Result<(), AppError> {
        history::delete_result(self, id)
    }

    /// Saves the answer to one reflection question; empty removes it.
    pub fn save_reflection(
        &mut self,
        id: &str,
        question: &str,
        answer: &str,
    ) -> Result<(), AppError> {
        history::save_reflection(self, id, question, answer)
    }

    /// Sets the development goal of a result.
    pub fn save_goal(
        &mut self,
        id: &str,
        role: &str,
        assignment: &str,
        review_on: Option<&str>,
    ) -> Result<GoalView, AppError> {
        history::save_goal(self, id, role, assignment, review_on)
    }

    /// Removes the development goal of a result.
    pub fn clear_goal(&mut self, id: &str) -> Result<(), AppError> {
        history::clear_goal(self, id)
    }

    /// Two to five results side by side: one radar, a table with each change
    /// and whether it is larger than the noise, and from three results on a
    /// line chart over time.
    pub fn compare(&self, ids: &[String]) -> Result<CompareView, AppError> {
        history::compare(self, ids)
    }

    // --- Files out and in, and deleting everything (`files.rs`)

    /// A file name to offer in the save dialog, in the current language:
    /// `rolspiegel-<what>-<date>.<ext>`, where `what` is the message id of a
    /// `file-name-…` in `locales/` ("grafiek", "chart").
    pub fn suggested_name(&self, what: &str, extension: &str) -> String {
        files::suggested_name(self, what, extension)
    }

    /// Draws a chart of the given results, as the bytes of a PNG or SVG file.
    pub fn export_chart(
        &self,
        ids: &[String],
        kind: ChartKind,
        format: ChartFormat,
    ) -> Result<Vec<u8>, AppError> {
        files::export_chart(self, ids, kind, format)
    }

    /// All results, notes and goals as a JSON or CSV file's bytes. A JSON
    /// file is read back before it is handed over ([`Service::read_back`]).
    pub fn export_data(&self, format: DataFormat) -> Result<Vec<u8>, AppError> {
        files::export_data(self, format)
    }

    /// Everything in one file to keep or read back: own results with their
    /// notes and goals, and every group with its participants (and names).
    ///
    /// The file is read back with the same reader an import uses before it
    /// is handed over, and refused (`export-too-large`) unless every result,
    /// group and participant comes back: a backup this app saves always
    /// restores whole, and a backup that could not is never offered as one
    /// (before "delete everything", say).
    pub fn export_backup(&self) -> Result<Vec<u8>, AppError> {
        files::export_backup(self)
    }

    /// Reads an export or a full backup and adds what is new. The file is
    /// refused whole when it cannot be read as one; otherwise every result
    /// (and every participant of a backup's groups) not added is listed with
    /// its reason, up to a limit, and stored results are never changed.
    pub fn import_file(&mut self, file: ReadFile) -> Result<ImportReport, AppError> {
        files::import_file(self, file)
    }

    /// What "delete everything" would remove, for its confirmation.
    pub fn wipe_summary(&self) -> Result<WipeSummary, AppError> {
        files::wipe_summary(self)
    }

    /// Removes every result, scan in progress, note, goal and group, and the
    /// backup and damaged copies beside the database; returns how many
    /// copies were removed.
    pub fn wipe(&mut self) -> Result<usize, AppError> {
        files::wipe(self)
    }

    // --- Workshop groups and their files (`groups.rs`)

    /// Creates a group.
    pub fn create_group(
        &mut self,
        name: &str,
        held_on: Option<&str>,
        notes: &str,
    ) -> Result<GroupSummary, AppError> {
        groups::create_group(self, name, held_on, notes)
    }

    /// Every group, newest first.
    pub fn groups(&self) -> Result<Vec<GroupSummary>, AppError> {
        groups::groups(self)
    }

    /// Renames a group and changes its date and notes.
    pub fn update_group(
        &mut self,
        id: &str,
        name: &str,
        held_on: Option<&str>,
        notes: &str,
    ) -> Result<GroupSummary, AppError> {
        groups::update_group(self, id, name, held_on, notes)
    }

    /// Deletes a group with the results in it.
    pub fn delete_group(&mut self, id: &str) -> Result<(), AppError> {
        groups::delete_group(self, id)
    }

    /// Adds participants' files to a group: every good file is added in one
    /// transaction, every bad one is listed with its reason, duplicates are
    /// skipped. What is stored is never changed. Files picked in the dialog
    /// and files dropped on the window come here alike, as bytes.
    pub fn add_files_to_group(
        &mut self,
        id: &str,
        files: Vec<ReadFile>,
    ) -> Result<GroupImportReport, AppError> {
        groups::add_files_to_group(self, id, files)
    }

    /// Adds some of the facilitator's own results to a group (anonymous).
    pub fn add_own_results_to_group(
        &mut self,
        id: &str,
        result_ids: &[String],
    ) -> Result<GroupImportReport, AppError> {
        groups::add_own_results_to_group(self, id, result_ids)
    }

    /// The group with its participants as one file for another
    /// facilitator; names go along only when `show_names`.
    pub fn export_group_file(&self, id: &str, show_names: bool) -> Result<Vec<u8>, AppError> {
        groups::export_group_file(self, id, show_names)
    }

    /// Opens a group file: the group is made (or, when it is already here,
    /// filled up) and every participant that passes the checks is added.
    pub fn open_group_file(&mut self, file: ReadFile) -> Result<OpenedGroup, AppError> {
        groups::open_group_file(self, file)
    }

    /// The small file a participant hands to the facilitator, for one of
    /// their results, with the name they chose (may be empty).
    pub fn participant_file(&self, result_id: &str, name: &str) -> Result<Vec<u8>, AppError> {
        groups::participant_file(self, result_id, name)
    }

    // --- A group's figures, charts and projection (`group_figures.rs`)

    /// The group radar: every participant thin, the mean bold.
    pub fn group_radar(
        &self,
        profiles: &[Profile],
        stats: &GroupStats,
    ) -> rolspiegel_charts::RadarChart {
        group_figures::group_radar(self, profiles, stats)
    }

    /// The mix triangle of a group.
    pub fn mix_map(
        &self,
        profiles: &[Profile],
        names: &[String],
        stats: &GroupStats,
        show_names: bool,
    ) -> MixMap {
        group_figures::mix_map(self, profiles, names, stats, show_names)
    }

    /// The dot strips of a group.
    pub fn spread(&self, profiles: &[Profile], stats: &GroupStats) -> SpreadChart {
        group_figures::spread(self, profiles, stats)
    }

    /// The group's figures and charts; below [`MIN_GROUP_SIZE`] results only
    /// the group itself, so that no one can be singled out.
    pub fn group_view(&self, id: &str, show_names: bool) -> Result<GroupView, AppError> {
        group_figures::group_view(self, id, show_names)
    }

    /// One step of projection mode, drawn heavy for a projector.
    pub fn projection_step(&self, id: &str, step: usize) -> Result<ProjectionStep, AppError> {
        group_figures::projection_step(self, id, step)
    }

    /// Draws a group chart as a PNG or SVG file's bytes.
    pub fn export_group_chart(
        &self,
        id: &str,
        chart: GroupChart,
        format: ChartFormat,
        show_names: bool,
    ) -> Result<Vec<u8>, AppError> {
        group_figures::export_group_chart(self, id, chart, format, show_names)
    }

    /// One row per participant: number, name (only when shown), scores and
    /// shares, in the user's spreadsheet style.
    pub fn export_group_csv(&self, id: &str, show_names: bool) -> Result<Vec<u8>, AppError> {
        group_figures::export_group_csv(self, id, show_names)
    }

    // --- "Hoe goed meet de lijst?" (`quality.rs`)

    /// The figures of "Hoe goed meet de lijst?"; below
    /// [`MIN_QUALITY_RESULTS`] results only how many there are.
    pub fn list_quality(&self, scope: QualityScope) -> Result<QualityView, AppError> {
        quality::list_quality(self, scope)
    }

    /// The answer matrix for a researcher as CSV: one column per statement
    /// (its id), one row per result with the raw answers 1–5 (empty for
    /// "weet ik niet" or no answer). No names, no ids, and the rows in a
    /// fresh random order, so no row can be traced back to a participant
    /// through the order they joined. Refused below [`MIN_QUALITY_RESULTS`].
    pub fn export_answer_matrix(&self, scope: &QualityScope) -> Result<Vec<u8>, AppError> {
        quality::export_answer_matrix(self, scope)
    }

    // --- PDF reports (`report.rs`)

    /// One result as a PDF: chart, scores, the mix in words, the role
    /// texts, the person's reflections and goal.
    pub fn result_report(&self, id: &str) -> Result<Vec<u8>, AppError> {
        report::result_report(self, id)
    }

    /// Two to five results side by side as a PDF: the compare radar, the
    /// scores with each change, whether each change is beyond the noise,
    /// and from three results on the time line.
    pub fn compare_report(&self, ids: &[String]) -> Result<Vec<u8>, AppError> {
        report::compare_report(self, ids)
    }

    /// A group's anonymous report: the figures per role and the three
    /// charts, never names, and nothing below [`MIN_GROUP_SIZE`] results.
    pub fn group_report(&self, id: &str) -> Result<Vec<u8>, AppError> {
        report::group_report(self, id)
    }

    // --- A live session's results (`live/room.rs`)

    /// `Ok` when the group exists (a live session may start on it).
    pub fn group_exists(&self, group: GroupId) -> Result<(), AppError> {
        live::group_exists(self, group)
    }

    /// The statement list a live session on `group` uses: the list of the
    /// results already in it (a group holds one list), else the newest.
    pub fn live_instrument(&self, group: GroupId) -> Result<Instrument, AppError> {
        live::live_instrument(self, group)
    }

    /// Stores a live participant's finished scan in the group. It is
    /// checked exactly as a participant file is (written as one and read
    /// back), and merged by its id: a finish sent twice adds it once.
    pub fn add_live_result(
        &mut self,
        group: GroupId,
        member: &GroupMember,
        language: Language,
    ) -> Result<LiveResultView, AppError> {
        live::add_live_result(self, group, member, language)
    }

    /// A participant's own result for their phone, in its language.
    pub fn live_result_view(&self, profile: &Profile, language: Language) -> LiveResultView {
        live::live_result_view(self, profile, language)
    }
}
