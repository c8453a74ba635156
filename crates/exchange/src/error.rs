/// Why a whole file was refused; nothing in it was read.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum FileError {
    /// Larger than [`crate::MAX_IMPORT_BYTES`].
    #[error("the file is {size} bytes, more than the limit of {limit}")]
    TooLarge {
        /// Size of the file.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The file ends in the middle of the document (cut off while copying).
    #[error("the file is cut off: {0}")]
    Truncated(String),
    /// Not JSON, or not text at all.
    #[error("the file is not valid JSON: {0}")]
    Malformed(String),
    /// JSON, but not a Rolspiegel results export.
    #[error("the file is not a Rolspiegel results export")]
    NotAnExport,
    /// A Rolspiegel export from a newer version of the format.
    #[error("the file uses format version {0}, newer than this app knows")]
    NewerVersion(u64),
    /// A group file (or a group in a backup) whose name, date or notes do
    /// not pass the checks typed text gets (empty or too long name, a date
    /// that is not `YYYY-MM-DD`, forbidden characters).
    #[error("the group's name, date or notes are not valid")]
    BadGroupDetails,
}

/// One result in a file that could not be imported, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Position of the result in the file, counting from 1.
    pub position: usize,
    /// Its id as written in the file, if it had one.
    pub id: Option<String>,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// What is wrong with one result in an import file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The entry is not an object of the documented shape (a field missing or
    /// of the wrong type).
    Shape(String),
    /// The id is not a UUID.
    BadId,
    /// Answered to a statement-list version this app does not have.
    UnknownInstrument(u64),
    /// An answer to a statement that is not in the list.
    UnknownStatement(String),
    /// An answer outside 1–5 (or not a whole number).
    AnswerOutOfRange(String),
    /// Too few answers to score the result.
    Incomplete,
    /// The scores written in the file do not follow from its answers: the
    /// file was edited by hand or damaged.
    ScoresMismatch,
    /// A time that is not an ISO 8601 moment, or completion before start.
    BadTime,
    /// A label, note or goal too long, with control characters, or a goal
    /// without assignment or with an impossible date.
    BadText,
    /// A reflection answer to a question that does not exist.
    UnknownQuestion(String),
}
