//! What the app does, written without Tauri so it can be tested headlessly
//! against a real database in a temporary folder. Each Tauri command is a thin
//! wrapper around one method here.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use rolspiegel_charts::{Chart, RadarChart, RadarSeries, SeriesStyle};
use rolspiegel_core::{
    score, Answer, Answers, Instrument, Instruments, Profile, Role, ScoringError,
};
use rolspiegel_i18n::{format_decimal, Language, Localizer};
use rolspiegel_storage::{
    kept_copies, AssessmentId, Cause, CopyKind, Opened, Store, StoreError, StoredResult,
};

use crate::error::{AppError, ErrorCode};
use crate::words::Words;
use crate::wire::{
    role_views, AnswerValue, FinishOutcome, InstrumentView, NotSavingReason, Notice, Progress,
    ResultSummary, ResultView, ScanView, StartOutcome, Startup, WelcomeView,
};

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

    /// The scan in progress, if any, with the statements of the list it was
    /// started with. A scan of a list this build does not know (begun by a
    /// newer Rolspiegel) is left alone and not offered.
    pub fn current_scan(&self) -> Result<Option<ScanView>, AppError> {
        let Some(draft) = self.store.draft()? else {
            return Ok(None);
        };
        let Some(instrument) = self.instruments.get(draft.instrument_version) else {
            return Ok(None);
        };
        Ok(Some(ScanView {
            assessment_id: draft.id.to_string(),
            instrument_version: instrument.version(),
            statements: statement_ids(instrument),
            answers: draft
                .answers
                .into_iter()
                .map(|(id, a)| (id, a.value()))
                .collect(),
        }))
    }

    /// Starts a new scan on the newest list. A scan in progress is thrown
    /// away only when `replacing` names it (the person was asked about that
    /// scan); otherwise nothing happens and the outcome says which scan is
    /// in progress, so the screen can ask first. This holds on every path:
    /// a screen that did not know of the scan (an older result's screen,
    /// another window, a scan of a list this build cannot show) never
    /// throws it away unasked.
    pub fn start_scan(&mut self, replacing: Option<&str>) -> Result<StartOutcome, AppError> {
        if let Some(draft) = self.store.draft()? {
            if replacing != Some(draft.id.to_string().as_str()) {
                let answered = draft.answers.len();
                return Ok(StartOutcome::InProgress {
                    assessment_id: draft.id.to_string(),
                    answered,
                    scan: self.current_scan()?,
                });
            }
            self.store.discard(draft.id)?;
        }
        let instrument = self.instruments.current();
        let id = self.store.start(instrument.version(), now_ms())?;
        Ok(StartOutcome::Started {
            scan: ScanView {
                assessment_id: id.to_string(),
                instrument_version: instrument.version(),
                statements: statement_ids(instrument),
                answers: Default::default(),
            },
        })
    }

    /// Saves one answer (`None` = "weet ik niet"); refuses values off the
    /// scale and statements that are not in the list.
    pub fn save_answer(
        &mut self,
        assessment_id: &str,
        statement_id: &str,
        value: Option<i64>,
    ) -> Result<Progress, AppError> {
        let id = self.parse_id(assessment_id)?;
        let answer = Answer::from_value(value)?;
        // Checked against the list this scan was started with.
        let version = self.store.require_scan(id)?;
        let instrument = self.instrument_of(version)?;
        if instrument.statement(statement_id).is_none() {
            return Err(AppError::from(ErrorCode::UnknownStatement));
        }
        let total = instrument.statements().len();
        self.store.save_answer(id, statement_id, answer, now_ms())?;
        let answered = self.store.answer_count(id)?;
        Ok(Progress { answered, total })
    }

    /// Scores the scan; when complete it is stored as a result. An id that is
    /// no scan, or a scan already completed, is refused with its own code.
    pub fn finish_scan(&mut self, assessment_id: &str) -> Result<FinishOutcome, AppError> {
        let id = self.parse_id(assessment_id)?;
        // No scan, or one already completed, is said as such (not as
        // "too few answers").
        let version = self.store.require_scan(id)?;
        let instrument = self.instrument_of(version)?;
        let answers = Answers::from_given(instrument, self.store.answers(id)?)?;
        match score(instrument, &answers) {
            Ok(profile) => {
                self.store.complete(id, &profile, now_ms())?;
                Ok(FinishOutcome::Complete {
                    result: Box::new(self.result(assessment_id)?),
                })
            }
            Err(ScoringError::Incomplete(shortfalls)) => Ok(FinishOutcome::Incomplete {
                shortfalls: shortfalls.iter().map(Into::into).collect(),
            }),
            Err(ScoringError::VersionMismatch { .. }) => Err(AppError::from(ErrorCode::BadRequest)),
        }
    }

    /// Throws away the scan in progress.
    pub fn discard_scan(&mut self, assessment_id: &str) -> Result<(), AppError> {
        let id = self.parse_id(assessment_id)?;
        self.store.discard(id).map_err(AppError::from)
    }

    /// A completed result from the store, or "not found".
    pub(crate) fn stored_result(&self, id: AssessmentId) -> Result<StoredResult, AppError> {
        self.store
            .result(id)?
            .ok_or_else(|| AppError::from(ErrorCode::ResultNotFound))
    }

    /// One completed result, with its chart in the current language.
    pub fn result(&self, id: &str) -> Result<ResultView, AppError> {
        let id = self.parse_id(id)?;
        let stored = self.stored_result(id)?;
        self.result_view(&stored)
    }

    /// All completed results, newest first.
    pub fn results(&self) -> Result<Vec<ResultSummary>, AppError> {
        let results = self.store.results()?;
        Ok(results
            .iter()
            .map(|r| ResultSummary {
                id: r.id.to_string(),
                completed_at: r.completed_at,
                mix: r.profile.mix,
            })
            .collect())
    }

    fn result_view(&self, stored: &StoredResult) -> Result<ResultView, AppError> {
        let mut view = self.result_facts(stored)?;
        view.chart_svg = svg_for_view(&self.radar(&stored.profile));
        Ok(view)
    }

    /// A result's view without its chart: what the window shows around the
    /// chart, and what the PDF report puts into words (it draws the chart
    /// itself).
    pub(crate) fn result_facts(&self, stored: &StoredResult) -> Result<ResultView, AppError> {
        let goal = self.store.goal(stored.id)?;
        Ok(ResultView {
            id: stored.id.to_string(),
            completed_at: stored.completed_at,
            date_text: self.say().date(stored.completed_at),
            label: stored.label.clone(),
            instrument_version: stored.instrument_version,
            roles: role_views(&stored.profile),
            mix: stored.profile.mix,
            level: stored.profile.level(),
            mean_score: stored.profile.mean_score(),
            chart_svg: None,
            reflections: self.reflections_of(stored.id)?,
            goal: goal.as_ref().map(|g| self.goal_view(g)),
            follows_up: self.follow_up(stored)?,
        })
    }

    /// The radar chart of one profile, labelled in the current language.
    pub fn radar(&self, profile: &Profile) -> RadarChart {
        self.radar_in(self.language, profile)
    }

    /// The radar chart of one profile, labelled in `language` (a phone in
    /// a live session may speak another language than the window).
    pub fn radar_in(&self, language: Language, profile: &Profile) -> RadarChart {
        let name = |role: Role| {
            self.localizer
                .text(language, &format!("role-{}-name", role.key()))
        };
        RadarChart {
            size: (640, 600),
            axis_labels: Role::ALL.map(name),
            axis_values: Some(
                Role::ALL.map(|r| format_decimal(language, profile.of(r).score, 1, 1)),
            ),
            ring_labels: [0.0, 25.0, 50.0, 75.0, 100.0].map(|v| format_decimal(language, v, 0, 0)),
            series: vec![RadarSeries {
                scores: profile.roles.map(|r| r.score),
                style: SeriesStyle::PROFILE,
            }],
            legend: Vec::new(),
        }
    }
}
