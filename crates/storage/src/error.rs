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
    /// The file was written by a newer Rolspiegel (a schema version above
    /// ours); it was not opened and nothing in it changed.
    #[error("the database has schema version {found}, newer than {supported}")]
    NewerSchema {
        /// The file's schema version.
        found: i64,
        /// The newest this build knows.
        supported: usize,
    },
    /// The database file exists but could not be read (no permission, an
    /// I/O error); it was left alone.
    #[error("could not read the database file: {0}")]
    Unreadable(std::io::Error),
    /// The backup before an upgrade could not be made (disk full, no
    /// permission); the file was not upgraded and stays as it was.
    #[error("could not make a backup before upgrading: {0}")]
    Backup(rusqlite::Error),
    /// Something other than a file (a FIFO, a folder, a device) is where the
    /// database or its log belongs; it was not opened and nothing changed.
    #[error("not a file: {0}")]
    NotAFile(std::path::PathBuf),
    /// Another Rolspiegel process has this database open (a second login
    /// on the same folder); this one leaves it alone.
    #[error("another Rolspiegel has the database open")]
    InUse,
    /// SQLite could not switch the file to write-ahead logging (a read-only
    /// folder, or a file system without shared memory); the file is unchanged.
    #[error("the database cannot use write-ahead logging here (mode {0})")]
    NoWal(String),
    /// A backup or damaged copy could not be removed while deleting
    /// everything.
    #[error("could not remove a kept copy: {0}")]
    RemoveCopy(std::io::Error),
    /// No assessment with this id exists.
    #[error("no assessment with id {0}")]
    UnknownAssessment(String),
    /// No completed result with this id exists (it may have been deleted).
    #[error("no completed result with id {0}")]
    UnknownResult(String),
    /// No workshop group with this id exists (it may have been deleted).
    #[error("no group with id {0}")]
    UnknownGroup(String),
    /// No situation with this id exists (it may have been deleted).
    #[error("no situation with id {0}")]
    UnknownSituation(String),
    /// No feedback request with this id exists (it may have been deleted).
    #[error("no feedback request with id {0}")]
    UnknownRequest(String),
    /// The assessment was already completed and cannot change any more.
    #[error("assessment {0} is already completed")]
    AlreadyCompleted(String),
    /// A stored row holds a value that Rolspiegel would never write
    /// (an answer off the scale, an unknown role); the row is not used.
    #[error("stored data is invalid: {0}")]
    InvalidData(String),
}

/// What lies behind a storage error, as far as a person can act on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cause {
    /// The disk (or the file system the database is on) is full.
    DiskFull,
    /// The file or folder may not be written.
    ReadOnly,
    /// Another program holds the database.
    Busy,
    /// Another Rolspiegel process has the database open.
    InUse,
    /// Something other than a file is where the database belongs.
    NotAFile,
    /// SQLite says the file is corrupt or not a database. Only this sets a
    /// file aside; everything else leaves it where it is.
    Damaged,
    /// Anything else.
    Other,
}

/// What lies behind an SQLite error: the one table of SQLite's codes, for
/// the notices and for deciding whether a file is damaged.
pub(crate) fn sqlite_cause(error: &rusqlite::Error) -> Cause {
    use rusqlite::ErrorCode as Code;
    // The log's shared-memory file could not grow: on a disk with less than
    // its 32 KiB step free, SQLite says "disk I/O error" where it means a
    // full disk (measured on a real, nearly full tmpfs).
    if error.sqlite_extended_error_code() == Some(rusqlite::ffi::SQLITE_IOERR_SHMSIZE) {
        return Cause::DiskFull;
    }
    match error.sqlite_error_code() {
        Some(Code::DiskFull) => Cause::DiskFull,
        Some(Code::ReadOnly | Code::PermissionDenied | Code::CannotOpen) => Cause::ReadOnly,
        Some(Code::DatabaseBusy | Code::DatabaseLocked) => Cause::Busy,
        Some(Code::DatabaseCorrupt | Code::NotADatabase) => Cause::Damaged,
        _ => Cause::Other,
    }
}

impl StoreError {
    /// What lies behind this error.
    pub fn cause(&self) -> Cause {
        let io = |e: &std::io::Error| match e.kind() {
            std::io::ErrorKind::StorageFull => Cause::DiskFull,
            std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
                Cause::ReadOnly
            }
            _ => Cause::Other,
        };
        match self {
            StoreError::Sqlite(e) | StoreError::Backup(e) => sqlite_cause(e),
            StoreError::Migration(rusqlite_migration::Error::RusqliteError { err, .. }) => {
                sqlite_cause(err)
            }
            StoreError::Folder(e)
            | StoreError::Unreadable(e)
            | StoreError::SetAside(e)
            | StoreError::RemoveCopy(e) => io(e),
            StoreError::NoWal(_) => Cause::ReadOnly,
            StoreError::InUse => Cause::InUse,
            StoreError::NotAFile(_) => Cause::NotAFile,
            _ => Cause::Other,
        }
    }
}
