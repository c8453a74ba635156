//! Errors as the behaviour returns them: a stable code, never words. Each
//! front door adds the words in the language of whoever asked and logs the
//! cause once (the window: `ui/src/app.ts` and `src-tauri/src/commands.rs`).

use rolspiegel_core::{AnswerError, TextError};
use rolspiegel_storage::{Cause, StoreError};
use serde::Serialize;
use ts_rs::TS;

/// Declares [`ErrorCode`] and, from the same list, [`ErrorCode::ALL`], so
/// every list of codes (the tests' among them) is complete by construction.
macro_rules! error_codes {
    ($(#[$outer:meta])* pub enum $name:ident { $($(#[$inner:meta])* $variant:ident,)* }) => {
        $(#[$outer])*
        pub enum $name {
            $($(#[$inner])* $variant,)*
        }

        impl $name {
            /// Every code, in the order declared.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
        }
    };
}

error_codes! {
    /// What went wrong, in terms the UI can act on.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
    #[serde(rename_all = "kebab-case")]
    pub enum ErrorCode {
        /// An answer outside 1–5.
        AnswerOutOfRange,
        /// An answer to a statement that is not in the list.
        UnknownStatement,
        /// No scan in progress with that id.
        NoScan,
        /// The scan was already completed.
        AlreadyCompleted,
        /// No result with that id.
        ResultNotFound,
        /// Saving or reading failed for a reason not told apart below (an
        /// I/O error, stored data that is not Rolspiegel's).
        Storage,
        /// Saving failed: the disk is full.
        StorageFull,
        /// Saving failed: the data folder or file may not be written.
        StorageReadOnly,
        /// Saving failed: another program kept the database busy for longer
        /// than the wait allows.
        StorageBusy,
        /// A file to save (a backup, an export) would not read back whole, so
        /// it is not written.
        ExportTooLarge,
        /// A language Rolspiegel does not have.
        UnknownLanguage,
        /// A request the UI should never send (a malformed id).
        BadRequest,
        /// A label, note or assignment longer than allowed.
        TextTooLong,
        /// Text with invisible control characters.
        TextInvalid,
        /// A goal without an assignment.
        GoalEmpty,
        /// A review date that is not a real date.
        BadDate,
        /// Comparing needs two to five results.
        CompareCount,
        /// A file could not be read (gone, no permission).
        FileRead,
        /// A file could not be written (disk full, no permission).
        FileWrite,
        /// A chart could not be drawn for export.
        Chart,
        /// A PDF report could not be made.
        Report,
        /// An import file over the size limit.
        ImportTooLarge,
        /// An import file that is cut off.
        ImportTruncated,
        /// An import file that is not JSON.
        ImportMalformed,
        /// JSON, but not a Rolspiegel export.
        ImportNotAnExport,
        /// An export from a newer Rolspiegel.
        ImportNewerVersion,
        /// A group needs a name.
        GroupNameEmpty,
        /// No group with that id (it may have been deleted).
        GroupNotFound,
        /// Fewer results than a group view may show.
        GroupTooSmall,
        /// Fewer results of one list than "Hoe goed meet de lijst?" needs.
        QualityTooFew,
        /// JSON, but not a Rolspiegel group file.
        GroupFileInvalid,
        /// A group file whose name, date or notes are not valid.
        GroupFileBadDetails,
        /// A folder, FIFO or device was chosen where a file was expected.
        FileNotRegular,
        /// Saving would replace a file the save dialog never asked about.
        FileExists,
        /// A live session: the join code typed is not this session's.
        LiveWrongCode,
        /// A live session: the retest pairing code typed is not a valid one.
        LivePairingInvalid,
        /// Too few people answered twice to save the retest pairs.
        RetestTooFew,
        /// A live session: the facilitator has closed joining.
        LiveJoiningClosed,
        /// A live session: this phone is not (or no longer) known to the session.
        LiveNotJoined,
        /// A live session: this participant has already finished the scan.
        LiveFinished,
        /// A live session: as many participants as a session takes have joined.
        LiveFull,
        /// A live session: as many participants as one device may hold have
        /// joined from this one.
        LiveDeviceFull,
        /// A live session: the facilitator has blocked this device.
        LiveBlocked,
        /// A live session for colleagues: the answers sent are no answer
        /// code for this request (or more than one).
        LiveAnswerRefused,
        /// A situation without a name.
        SituationNameEmpty,
        /// No such situation or rating (it may have been deleted).
        SituationNotFound,
        /// A rating of a situation that is already finished.
        RatingFinished,
        /// No such feedback request (it may have been deleted).
        RequestNotFound,
        /// More text than is read for answer codes at once.
        CodesTooLarge,
        /// A situation rated as often as one file can carry.
        SituationFull,
        /// A phone rates the group's assignment before finishing its scan.
        RatingBeforeScan,
        /// A live session: too many wrong join codes from this phone; wait.
        LiveTooManyTries,
        /// A live session: the laptop is busy; the phone tries again shortly.
        LiveBusy,
        /// A live session: a request from another site or for another address.
        LiveForbidden,
        /// A live session: no such page or route.
        LiveNotFound,
        /// A live session: a request too large to be an answer.
        LiveTooLarge,
        /// A live session: a request that took too long to arrive.
        LiveTimeout,
        /// A live session cannot start: this computer has no local network.
        LiveNoNetwork,
        /// A live session cannot start: the address or every port is in use.
        LiveCannotListen,
        /// A live session is already open (on this or another group).
        LiveAlreadyOpen,
        /// No live session is open.
        LiveNotOpen,
        /// While a phone answered, results of another statement list were
        /// added to the group; a group holds one list.
        LiveOtherList,
    }
}

impl ErrorCode {
    /// The Fluent message that says this error in words: `error-<code>`.
    pub fn message_id(self) -> String {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::String(code)) => format!("error-{code}"),
            _ => unreachable!("a unit variant serialises as a string"),
        }
    }
}

/// What went wrong, as the behaviour returns it: a stable [`ErrorCode`] and,
/// for the log only, what caused it. Words are added at the front door that
/// asked (the window translates the code into its own language), and the door
/// logs the cause once; the cause never crosses the wire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AppError {
    /// Stable code; its words are `error-<code>` in `locales/`.
    pub code: ErrorCode,
    /// For the log: the error underneath, when there is one worth telling.
    #[serde(skip)]
    #[ts(skip)]
    cause: Option<String>,
}

impl AppError {
    /// An error with a cause worth logging (a disk or chart failure).
    pub fn because(code: ErrorCode, cause: impl std::fmt::Display) -> AppError {
        AppError {
            code,
            cause: Some(cause.to_string()),
        }
    }

    /// The error underneath, for the log.
    pub fn cause(&self) -> Option<&str> {
        self.cause.as_deref()
    }
}

impl From<ErrorCode> for AppError {
    fn from(code: ErrorCode) -> Self {
        AppError { code, cause: None }
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.code)?;
        match &self.cause {
            Some(cause) => write!(f, ": {cause}"),
            None => Ok(()),
        }
    }
}

impl std::error::Error for AppError {}

impl From<AnswerError> for AppError {
    fn from(e: AnswerError) -> Self {
        match e {
            AnswerError::OutOfRange(_) => ErrorCode::AnswerOutOfRange,
            AnswerError::UnknownStatement(_) => ErrorCode::UnknownStatement,
        }
        .into()
    }
}

impl From<TextError> for AppError {
    fn from(e: TextError) -> Self {
        match e {
            TextError::TooLong { .. } => ErrorCode::TextTooLong,
            TextError::ControlCharacter | TextError::InvisibleCharacter => ErrorCode::TextInvalid,
            TextError::Empty => ErrorCode::GoalEmpty,
            TextError::BadDate(_) => ErrorCode::BadDate,
        }
        .into()
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::UnknownAssessment(_) => ErrorCode::NoScan.into(),
            StoreError::AlreadyCompleted(_) => ErrorCode::AlreadyCompleted.into(),
            StoreError::UnknownResult(_) => ErrorCode::ResultNotFound.into(),
            StoreError::UnknownGroup(_) => ErrorCode::GroupNotFound.into(),
            StoreError::UnknownSituation(_) => ErrorCode::SituationNotFound.into(),
            StoreError::UnknownRequest(_) => ErrorCode::RequestNotFound.into(),
            StoreError::Sqlite(_)
            | StoreError::Migration(_)
            | StoreError::SetAside(_)
            | StoreError::Folder(_)
            | StoreError::Unreadable(_)
            | StoreError::NewerSchema { .. }
            | StoreError::Backup(_)
            | StoreError::NoWal(_)
            | StoreError::RemoveCopy(_)
            | StoreError::NotAFile(_)
            | StoreError::InUse
            | StoreError::InvalidData(_) => {
                let code = match e.cause() {
                    Cause::DiskFull => ErrorCode::StorageFull,
                    Cause::ReadOnly => ErrorCode::StorageReadOnly,
                    Cause::Busy | Cause::InUse => ErrorCode::StorageBusy,
                    Cause::Damaged | Cause::NotAFile | Cause::Other => ErrorCode::Storage,
                };
                AppError::because(code, e)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_a_message_in_both_languages() {
        use rolspiegel_i18n::{Language, Localizer};
        let localizer = Localizer::new().expect("valid locales");
        for &code in ErrorCode::ALL {
            for language in Language::ALL {
                assert!(
                    localizer
                        .message(language, &code.message_id(), None)
                        .is_ok(),
                    "{code:?} in {language:?}"
                );
            }
        }
    }
}
