use crate::{Role, StatementId};

/// Why an instrument definition was refused.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum InstrumentError {
    /// The definition text is not valid JSON of the expected shape.
    #[error("the instrument definition cannot be read: {0}")]
    Malformed(String),
    /// Two statements share one id; ids must be unique for answers to be stored.
    #[error("statement id {0} appears more than once")]
    DuplicateId(StatementId),
    /// A statement id is empty or uses characters other than a–z, 0–9 and `-`.
    #[error("statement id {0:?} is not a valid id")]
    InvalidId(String),
    /// A role has no statements, so it could never be scored.
    #[error("role {0:?} has no statements")]
    RoleWithoutStatements(Role),
    /// A set of statement lists is empty.
    #[error("no statement list")]
    NoLists,
    /// A set of statement lists mixes lists about a person with lists
    /// about a situation.
    #[error("lists about a person and about a situation in one set")]
    MixedKinds,
    /// Two statement lists share one version number.
    #[error("statement list version {0} appears more than once")]
    DuplicateVersion(u32),
    /// The scale is not the five-point scale that scoring assumes.
    #[error("the scale must run from 1 to 5, not {min} to {max}")]
    UnsupportedScale {
        /// Lowest point of the scale in the definition.
        min: u8,
        /// Highest point of the scale in the definition.
        max: u8,
    },
}

/// Why an answer was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum AnswerError {
    /// The value lies outside the five-point scale (1–5).
    #[error("answer {0} is outside the scale 1 to 5")]
    OutOfRange(i64),
    /// The statement is not part of this instrument version.
    #[error("statement {0} is not part of this statement list")]
    UnknownStatement(String),
}

/// Why answers could not be turned into a [`crate::Profile`].
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ScoringError {
    /// At least one role has fewer answered statements than scoring requires
    /// ([`crate::MIN_ANSWERED_SHARE`]); each shortfall says by how many.
    #[error("too few answers to score: {0:?}")]
    Incomplete(Vec<crate::RoleShortfall>),
    /// The answers were given to another version of the statement list.
    #[error("answers belong to instrument version {answers}, not {instrument}")]
    VersionMismatch {
        /// Version of the instrument used for scoring.
        instrument: u32,
        /// Version the answers were given to.
        answers: u32,
    },
}

/// Why a label, note, goal or date typed by a person was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TextError {
    /// Longer than the limit for this kind of text.
    #[error("text of {length} characters is longer than {max}")]
    TooLong {
        /// The limit.
        max: usize,
        /// The length given.
        length: usize,
    },
    /// Holds control characters (other than line breaks and tabs).
    #[error("text holds control characters")]
    ControlCharacter,
    /// Holds a character XML forbids (U+FFFE, U+FFFF) or an invisible
    /// character that reorders or disguises text (see
    /// [`crate::reorders_text`]).
    #[error("text holds invisible or forbidden characters")]
    InvisibleCharacter,
    /// A required text is empty.
    #[error("text is empty")]
    Empty,
    /// Not a calendar date in the form `YYYY-MM-DD`.
    #[error("{0:?} is not a date of the form YYYY-MM-DD")]
    BadDate(String),
}
