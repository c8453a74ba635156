//! Errors as the UI receives them: a stable `code` to act on and a translated
//! `message` to show. The UI never matches on message text.

use rolspiegel_core::AnswerError;
use rolspiegel_i18n::{Language, Localizer};
use rolspiegel_storage::StoreError;
use serde::Serialize;

/// What went wrong, in terms the UI can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
    /// Saving or reading failed (disk full, read-only, damaged).
    Storage,
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
    /// JSON, but not a Rolspiegel group file.
    GroupFileInvalid,
    /// A group file whose name, date or notes are not valid.
    GroupFileBadDetails,
    /// A folder, FIFO or device was chosen where a file was expected.
    FileNotRegular,
    /// Saving would replace a file the save dialog never asked about.
    FileExists,
}

impl ErrorCode {
    fn message_id(self) -> &'static str {
        match self {
            ErrorCode::AnswerOutOfRange => "error-answer-out-of-range",
            ErrorCode::UnknownStatement => "error-unknown-statement",
            ErrorCode::NoScan => "error-no-scan",
            ErrorCode::AlreadyCompleted => "error-already-completed",
            ErrorCode::ResultNotFound => "error-result-not-found",
            ErrorCode::Storage => "error-storage",
            ErrorCode::UnknownLanguage => "error-unknown-language",
            ErrorCode::BadRequest => "error-bad-request",
            ErrorCode::TextTooLong => "error-text-too-long",
            ErrorCode::TextInvalid => "error-text-invalid",
            ErrorCode::GoalEmpty => "error-goal-empty",
            ErrorCode::BadDate => "error-bad-date",
            ErrorCode::CompareCount => "error-compare-count",
            ErrorCode::FileRead => "error-file-read",
            ErrorCode::FileWrite => "error-file-write",
            ErrorCode::Chart => "error-chart",
            ErrorCode::ImportTooLarge => "error-import-too-large",
            ErrorCode::ImportTruncated => "error-import-truncated",
            ErrorCode::ImportMalformed => "error-import-malformed",
            ErrorCode::ImportNotAnExport => "error-import-not-an-export",
            ErrorCode::ImportNewerVersion => "error-import-newer-version",
            ErrorCode::GroupNameEmpty => "error-group-name-empty",
            ErrorCode::GroupNotFound => "error-group-not-found",
            ErrorCode::GroupTooSmall => "error-group-too-small",
            ErrorCode::GroupFileInvalid => "error-group-file-invalid",
            ErrorCode::GroupFileBadDetails => "error-group-file-details",
            ErrorCode::FileNotRegular => "error-file-not-regular",
            ErrorCode::FileExists => "error-file-exists",
        }
    }
}

/// An error for the UI: `{ code, message }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApiError {
    /// Stable code.
    pub code: ErrorCode,
    /// Translated, plain-language message.
    pub message: String,
}

impl ApiError {
    /// An error with its message in the given language.
    pub fn new(code: ErrorCode, localizer: &Localizer, language: Language) -> ApiError {
        ApiError {
            code,
            message: localizer.text(language, code.message_id()),
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}: {}", self.code, self.message)
    }
}

impl std::error::Error for ApiError {}

impl From<&AnswerError> for ErrorCode {
    fn from(e: &AnswerError) -> Self {
        match e {
            AnswerError::OutOfRange(_) => ErrorCode::AnswerOutOfRange,
            AnswerError::UnknownStatement(_) => ErrorCode::UnknownStatement,
        }
    }
}

impl From<&StoreError> for ErrorCode {
    fn from(e: &StoreError) -> Self {
        match e {
            StoreError::UnknownAssessment(_) => ErrorCode::NoScan,
            StoreError::AlreadyCompleted(_) => ErrorCode::AlreadyCompleted,
            StoreError::UnknownResult(_) => ErrorCode::ResultNotFound,
            StoreError::UnknownGroup(_) => ErrorCode::GroupNotFound,
            StoreError::Sqlite(_)
            | StoreError::Migration(_)
            | StoreError::SetAside(_)
            | StoreError::Folder(_)
            | StoreError::Unreadable(_)
            | StoreError::NewerSchema { .. }
            | StoreError::Backup(_)
            | StoreError::NoWal(_)
            | StoreError::RemoveCopy(_)
            | StoreError::InvalidData(_) => ErrorCode::Storage,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_a_message_in_both_languages() {
        let localizer = Localizer::new().expect("valid locales");
        for code in [
            ErrorCode::AnswerOutOfRange,
            ErrorCode::UnknownStatement,
            ErrorCode::NoScan,
            ErrorCode::AlreadyCompleted,
            ErrorCode::ResultNotFound,
            ErrorCode::Storage,
            ErrorCode::UnknownLanguage,
            ErrorCode::BadRequest,
            ErrorCode::TextTooLong,
            ErrorCode::TextInvalid,
            ErrorCode::GoalEmpty,
            ErrorCode::BadDate,
            ErrorCode::CompareCount,
            ErrorCode::FileRead,
            ErrorCode::FileWrite,
            ErrorCode::Chart,
            ErrorCode::ImportTooLarge,
            ErrorCode::ImportTruncated,
            ErrorCode::ImportMalformed,
            ErrorCode::ImportNotAnExport,
            ErrorCode::ImportNewerVersion,
            ErrorCode::GroupNameEmpty,
            ErrorCode::GroupNotFound,
            ErrorCode::GroupTooSmall,
            ErrorCode::GroupFileInvalid,
            ErrorCode::GroupFileBadDetails,
            ErrorCode::FileNotRegular,
            ErrorCode::FileExists,
        ] {
            for language in Language::ALL {
                assert!(
                    localizer.message(language, code.message_id(), None).is_ok(),
                    "{code:?} in {language:?}"
                );
            }
        }
    }
}
