//! Every operation the app offers, one line each, by feature: the index a
//! reader starts from. Each delegates to the module that holds it (`state.rs`
//! for the service itself, then `scan.rs`, `history.rs`, `files.rs`,
//! `groups.rs`, `group_figures.rs`, `quality.rs`, `situations.rs`, `report.rs`,
//! `live/room.rs`). Written without Tauri, so it is tested headlessly
//! against a real database in a temporary folder; each front door calls
//! these methods and nothing else.

use rolspiegel_charts::{MixMap, RadarChart, SpreadChart};
use rolspiegel_core::{GroupId, GroupMember, GroupStats, Instrument, Profile};
use rolspiegel_i18n::Language;

use crate::disk::ReadFile;
use crate::error::AppError;
use crate::live::room as live;
// The index speaks in every wire shape.
#[allow(clippy::wildcard_imports)]
use crate::wire::*;
use crate::{
    colleagues, files, group_figures, groups, history, quality, report, scan, situations, state,
};

pub use crate::state::{
    given_answer, instruments, now_ms, situation_lists, Service, StartError, INSTRUMENT_V1,
    INSTRUMENT_V2, SITUATION_V1,
};

/// The operations, one line each, by feature: the index of what the app
/// does. Each delegates to the module that holds it.
impl Service {
    // --- The service itself: notices, language, the list in use (`state.rs`;
    // `Service::start` makes one)

    /// The statement list new scans use (a live session takes a copy).
    pub fn instrument(&self) -> &Instrument {
        state::instrument(self)
    }

    /// The person has read a notice. For a damaged copy set aside, that is
    /// remembered (by its file name), so it is not told again.
    pub fn dismiss_notice(&mut self, file: Option<&str>) -> Result<(), AppError> {
        state::dismiss_notice(self, file)
    }

    /// The folder the data lives in, in full; `None` when in memory.
    pub fn data_folder(&self) -> Option<String> {
        state::data_folder(self)
    }

    /// Which Rolspiegel this is and where its data lives (`about.rs`).
    pub fn about(&self) -> AboutView {
        crate::about::about(self)
    }

    /// A message without variables in the current language.
    pub fn text(&self, id: &str) -> String {
        state::text(self, id)
    }

    /// The current language.
    pub fn language(&self) -> Language {
        state::language(self)
    }

    /// Switches the language and remembers the choice.
    pub fn set_language(&mut self, code: &str) -> Result<(), AppError> {
        state::set_language(self, code)
    }

    // --- A scan and its result (`scan.rs`)

    /// What the UI needs first, with the notices not yet dismissed.
    pub fn startup(&mut self) -> Startup {
        scan::startup(self)
    }

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

    /// The copies kept beside the database (backups before upgrades,
    /// damaged files), newest first, with what each holds.
    pub fn kept_copies(&self) -> Result<Vec<KeptCopyView>, AppError> {
        files::kept_copies(self)
    }

    /// Adds what a kept copy (by file name) holds that is not here yet;
    /// nothing stored changes.
    pub fn add_from_copy(&mut self, file: &str) -> Result<ImportReport, AppError> {
        files::add_from_copy(self, file)
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

    /// The retest's anonymous pairs as CSV (see `retest::export_retest_pairs`).
    pub fn export_retest_pairs(&self, scope: &QualityScope) -> Result<Vec<u8>, AppError> {
        quality::export_retest_pairs(self, scope)
    }

    // --- What a situation asks beside a result (`situations.rs`)

    /// Every situation, named last first, with its ratings.
    pub fn situations(&self) -> Result<Vec<SituationSummary>, AppError> {
        situations::situations(self)
    }

    /// Names a new situation; the name is required, the note may be empty.
    pub fn add_situation(&mut self, name: &str, note: &str) -> Result<SituationSummary, AppError> {
        situations::add_situation(self, name, note)
    }

    /// Makes a feedback request to colleagues on the current list: the name
    /// they know the person by (may be empty), the form's language and up to
    /// three open questions (empty ones left out).
    pub fn create_request(
        &mut self,
        known_as: &str,
        language: &str,
        questions: &[String],
    ) -> Result<RequestSummary, AppError> {
        colleagues::create_request(self, known_as, language, questions)
    }

    /// Every feedback request, newest first, with how many answered.
    pub fn requests(&self) -> Result<Vec<RequestSummary>, AppError> {
        colleagues::requests(self)
    }

    /// Removes a feedback request with every answer to it.
    pub fn delete_request(&mut self, id: &str) -> Result<(), AppError> {
        colleagues::delete_request(self, id)
    }

    /// How colleagues see the person (request `id`) beside `result` (the
    /// latest when `None`): nothing below three colleagues.
    pub fn colleague_view(
        &self,
        id: &str,
        result: Option<&str>,
    ) -> Result<ColleagueView, AppError> {
        colleagues::colleague_view(self, id, result)
    }

    /// Reads the answer codes in files colleagues attached.
    pub fn add_code_files(
        &mut self,
        id: &str,
        files: Vec<ReadFile>,
    ) -> Result<CodesReport, AppError> {
        colleagues::add_code_files(self, id, files)
    }

    /// The answer form for request `id`: one self-contained HTML file.
    pub fn answer_form(&self, id: &str) -> Result<String, AppError> {
        colleagues::answer_form(self, id)
    }

    /// Reads the answer codes in `text` (pasted, or a file's text) for the
    /// request `id`, each checked on its own.
    pub fn add_codes(&mut self, id: &str, text: &str) -> Result<CodesReport, AppError> {
        colleagues::add_codes(self, id, text)
    }

    /// Renames a situation or changes its note.
    pub fn edit_situation(
        &mut self,
        id: &str,
        name: &str,
        note: &str,
    ) -> Result<SituationSummary, AppError> {
        situations::edit_situation(self, id, name, note)
    }

    /// Removes a situation with all its ratings (the screen asks first).
    pub fn delete_situation(&mut self, id: &str) -> Result<(), AppError> {
        situations::delete_situation(self, id)
    }

    /// Begins rating a situation on the newest situation list, or resumes
    /// the rating in progress.
    pub fn start_rating(&mut self, situation_id: &str) -> Result<RatingSheet, AppError> {
        situations::start_rating(self, situation_id)
    }

    /// Saves one answer of a rating (`None` = "weet ik niet"), checked as a
    /// scan's.
    pub fn save_rating_answer(
        &mut self,
        rating_id: &str,
        statement_id: &str,
        value: Option<i64>,
    ) -> Result<Progress, AppError> {
        situations::save_rating_answer(self, rating_id, statement_id, value)
    }

    /// Scores a rating; when complete it is stored.
    pub fn finish_rating(&mut self, rating_id: &str) -> Result<RatingOutcome, AppError> {
        situations::finish_rating(self, rating_id)
    }

    /// Throws away a rating in progress.
    pub fn discard_rating(&mut self, rating_id: &str) -> Result<(), AppError> {
        situations::discard_rating(self, rating_id)
    }

    /// A rating beside a result (the latest when none is named): the gap
    /// per role in degrees, both on one radar.
    pub fn situation_view(
        &self,
        rating_id: &str,
        result_id: Option<&str>,
    ) -> Result<SituationView, AppError> {
        situations::situation_view(self, rating_id, result_id)
    }

    /// Gives a workshop group its shared situation (the assignment phones
    /// rate in a live session), renames it, or with an empty name removes
    /// it and its ratings.
    pub fn set_group_situation(
        &mut self,
        group_id: &str,
        name: &str,
        note: &str,
    ) -> Result<Option<GroupSituationView>, AppError> {
        situations::set_group_situation(self, group_id, name, note)
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
        live::add_live_result(self, group, member, language).map(|(view, _)| view)
    }

    /// A participant's own result for their phone, in its language.
    pub fn live_result_view(&self, profile: &Profile, language: Language) -> LiveResultView {
        live::live_result_view(self, profile, language)
    }
}
