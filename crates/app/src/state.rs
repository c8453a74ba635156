//! The service's state — the store, the statement lists, the language and
//! the notices of this start — how it starts, and its own operations
//! (notices, language, the list in use). The index of every operation is
//! `service.rs`.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use rolspiegel_charts::Chart;
use rolspiegel_core::{Instrument, Instruments};
use rolspiegel_i18n::{Language, Localizer};
use rolspiegel_storage::{kept_copies, AssessmentId, Cause, CopyKind, Opened, Store, StoreError};

use crate::error::{AppError, ErrorCode};
use crate::wire::{AnswerValue, NotSavingReason, Notice};
use crate::words::Words;

/// A chart for a view: its SVG, or `None` when it could not be drawn (the
/// view then shows the numbers only). The one place a chart failure that does
/// not fail the request is logged.
pub(crate) fn svg_for_view(chart: &impl Chart) -> Option<String> {
    chart
        .to_svg()
        .map_err(|e| tracing::error!("chart: {e}"))
        .ok()
}

/// Statement list version 1 (results answered to it are read and scored with it).
pub const INSTRUMENT_V1: &str = include_str!("../../../assets/instrument/v1.json");

/// Statement list version 2: the one new scans use.
pub const INSTRUMENT_V2: &str = include_str!("../../../assets/instrument/v2.json");

/// Situation list version 1: what a situation asks (docs/STATEMENTS.md).
pub const SITUATION_V1: &str = include_str!("../../../assets/instrument/situation-v1.json");

/// Every situation list this build knows; the newest is the one new ratings use.
pub fn situation_lists() -> Result<Instruments, rolspiegel_core::InstrumentError> {
    Instruments::new(vec![Instrument::from_json(SITUATION_V1)?])
}

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
    /// The situation lists, apart: their versions count on their own.
    pub(crate) situation_lists: Instruments,
    pub(crate) localizer: Localizer,
    pub(crate) language: Language,
    /// Where the database file is meant to be (also when it could not be
    /// used and the app runs in memory).
    db_path: Option<PathBuf>,
    pub(crate) notices: Vec<Notice>,
    /// The statement means of each list, kept until the groups change.
    pub(crate) centres: crate::centres::Known,
    /// The group drawn last, kept until its results or the language change.
    pub(crate) drawn_group: crate::group_figures::DrawnGroup,
    /// What the backups saved into the data folder hold.
    pub(crate) saved_counts: crate::files::SavedCounts,
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
        let situation_lists = situation_lists().map_err(StartError::Instrument)?;
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
                if let Some(schema) = store.upgraded_from() {
                    tracing::info!(
                        "database upgraded from schema {schema} to {}, after a backup beside it",
                        rolspiegel_storage::SCHEMA_VERSION
                    );
                }
                match opened {
                    Opened::Recovered(aside) => tracing::warn!(
                        "database set aside as {} ({})",
                        aside.kept_as.display(),
                        aside.reason
                    ),
                    Opened::ReadOnly => {
                        tracing::warn!("the database may only be read");
                        notices.push(Notice::ReadOnly {
                            folder: folder.clone(),
                        });
                    }
                    Opened::Ready => {}
                }
                Some(store)
            }
            Some(Err(StoreError::NewerSchema { found, supported })) => {
                tracing::warn!("database schema {found} is newer than {supported}; left alone");
                notices.push(Notice::NewerVersion {
                    folder: folder.clone(),
                });
                None
            }
            Some(Err(e)) => {
                tracing::error!("cannot use the database: {e}");
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
                Err(e) => tracing::error!("finishing an interrupted wipe: {e}"),
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
            if seen.lines().any(|l| l == file) {
                continue;
            }
            match copy.kind {
                CopyKind::Damaged => notices.push(Notice::SetAside {
                    file,
                    folder: folder.clone(),
                }),
                CopyKind::Earlier => notices.push(Notice::Earlier {
                    file,
                    folder: folder.clone(),
                }),
                CopyKind::Backup { .. } => {}
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
            centres: crate::centres::Known::default(),
            drawn_group: crate::group_figures::DrawnGroup::default(),
            saved_counts: crate::files::SavedCounts::default(),
            store,
            instruments,
            situation_lists,
            localizer,
            language,
            db_path: db_path.map(Path::to_path_buf),
            notices,
        })
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

    /// After deleting everything: no copy is left to tell about.
    pub(crate) fn dismissed_all_copies(&mut self) {
        self.notices
            .retain(|n| !matches!(n, Notice::SetAside { .. } | Notice::Earlier { .. }));
        // Names of removed copies need not be remembered either.
        let _ = self.store.set_setting(SEEN_COPIES_SETTING, "");
    }

    /// The words of the current language.
    pub(crate) fn say(&self) -> Words<'_> {
        Words::new(&self.localizer, self.language)
    }
}
pub(crate) fn instrument(service: &Service) -> &Instrument {
    service.instruments.current()
}

pub(crate) fn dismiss_notice(service: &mut Service, file: Option<&str>) -> Result<(), AppError> {
    let Some(file) = file else {
        return Ok(());
    };
    service
        .notices
        .retain(|n| {
            !matches!(n, Notice::SetAside { file: f, .. } | Notice::Earlier { file: f, .. } if f == file)
        });
    let mut seen = service
        .store
        .setting(SEEN_COPIES_SETTING)?
        .unwrap_or_default();
    if !seen.lines().any(|l| l == file) {
        seen.push_str(file);
        seen.push('\n');
        service.store.set_setting(SEEN_COPIES_SETTING, &seen)?;
    }
    Ok(())
}

pub(crate) fn data_folder(service: &Service) -> Option<String> {
    service
        .db_path
        .as_deref()
        .and_then(Path::parent)
        .map(|f| f.display().to_string())
}

pub(crate) fn text(service: &Service, id: &str) -> String {
    service.say().text(id)
}

pub(crate) fn language(service: &Service) -> Language {
    service.language
}

pub(crate) fn set_language(service: &mut Service, code: &str) -> Result<(), AppError> {
    let language =
        Language::from_code(code).ok_or_else(|| AppError::from(ErrorCode::UnknownLanguage))?;
    service.language = language;
    service
        .store
        .set_setting(LANGUAGE_SETTING, language.code())
        .map_err(AppError::from)
}
