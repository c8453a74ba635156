/// Why a storage operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite reported an error (disk full, read-only file, locked, …).
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The schema could not be brought up to date.
    #[error("database upgrade failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    /// The folder for the database could not be created (a file is in the
    /// way, no permission, disk full).
    #[error("could not create the data folder: {0}")]
    Folder(std::io::Error),
    /// A damaged file could not be moved aside, so it was left untouched.
    #[error("could not move the damaged database aside: {0}")]
    SetAside(std::io::Error),
    /// No assessment with this id exists.
    #[error("no assessment with id {0}")]
    UnknownAssessment(String),
    /// No completed result with this id exists (it may have been deleted).
    #[error("no completed result with id {0}")]
    UnknownResult(String),
    /// No workshop group with this id exists (it may have been deleted).
    #[error("no group with id {0}")]
    UnknownGroup(String),
    /// The assessment was already completed and cannot change any more.
    #[error("assessment {0} is already completed")]
    AlreadyCompleted(String),
    /// A stored row holds a value that Rolspiegel would never write
    /// (an answer off the scale, an unknown role); the row is not used.
    #[error("stored data is invalid: {0}")]
    InvalidData(String),
}
