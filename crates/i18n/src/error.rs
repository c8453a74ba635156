use crate::Language;

/// Why a message could not be produced.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum I18nError {
    /// An embedded `.ftl` file does not parse or clashes with another file.
    #[error("locale file {file} is invalid: {detail}")]
    Resource {
        /// The file, relative to `locales/`.
        file: String,
        /// The parser's or bundle's complaint.
        detail: String,
    },
    /// No message with this id exists in this language.
    #[error("message {id} is missing in {language:?}")]
    MissingMessage {
        /// Language asked for.
        language: Language,
        /// Message id asked for.
        id: String,
    },
    /// The message exists but formatting reported errors (missing variable,
    /// unknown reference).
    #[error("message {id} in {language:?} did not format cleanly: {detail}")]
    Format {
        /// Language asked for.
        language: Language,
        /// Message id asked for.
        id: String,
        /// Fluent's errors.
        detail: String,
    },
}
