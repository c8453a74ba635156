//! Opening the database file without ever hiding what is in it.
//!
//! - Only real damage (SQLite says the file is corrupt or not a database, the
//!   integrity check fails, or the file holds another program's tables) sets
//!   a file aside. Full, busy, read-only or otherwise unavailable disks are
//!   reported as errors and the file stays where it is.
//! - A database written by a newer Rolspiegel is refused before anything is
//!   written to it: it is read through a read-only connection only.
//! - Before every schema upgrade a backup copy is made beside the database
//!   (`VACUUM INTO`); the newest [`KEPT_BACKUPS`] are kept.
//! - Setting aside never overwrites an earlier copy, and moves the `-wal` and
//!   `-shm` files along, so nothing of the damaged file is replayed into the
//!   fresh one.
//! - A backup that fails leaves no file; pruning keeps the backup just made
//!   and the newest *good* others by what they hold, not by their names.
//! - One process at a time: a lock file beside the database keeps a second
//!   Rolspiegel (another login on the same folder) out, and says so.
//! - Something other than a file in the database's place (a FIFO, a folder)
//!   is refused before anything opens it, so start-up never blocks on it.

use std::path::{Path, PathBuf};

use rusqlite::Connection;

use crate::copies::{
    exists, free_name, immutable_uri, kept_copies, remove_copy, with_suffix, CopyKind, KeptCopy,
    SIDE_FILES,
};
use crate::error::{sqlite_cause, Cause};
use crate::migrations::{migrations, SCHEMA_VERSION};
use crate::store::Store;
use crate::StoreError;

/// How many backups made before upgrades are kept; older ones are removed.
pub const KEPT_BACKUPS: usize = 3;

/// What happened while opening the database file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    /// The file opened (or was created) and is up to date.
    Ready,
    /// The file opened and is up to date, but it may only be read (a disk
    /// or folder that became read-only, for example after a crash with its
    /// log still present): what is stored can be seen, nothing new saved.
    ReadOnly,
    /// The file could not be used; it was renamed aside and a fresh database
    /// was started. Nothing was deleted.
    Recovered(SetAside),
}

/// A damaged database file that was kept under a new name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    /// Where the damaged file now lives.
    pub kept_as: PathBuf,
    /// What was wrong with it, for logs (not for users).
    pub reason: String,
}

/// Why opening failed: damage sets the file aside, anything else leaves it.
enum Failure {
    Damaged(String),
    Kept(StoreError),
}

impl From<rusqlite::Error> for Failure {
    fn from(error: rusqlite::Error) -> Failure {
        if sqlite_cause(&error) == Cause::Damaged {
            Failure::Damaged(error.to_string())
        } else {
            Failure::Kept(StoreError::Sqlite(error))
        }
    }
}

impl From<rusqlite_migration::Error> for Failure {
    fn from(error: rusqlite_migration::Error) -> Failure {
        if let rusqlite_migration::Error::RusqliteError { err, .. } = &error {
            if sqlite_cause(err) == Cause::Damaged {
                return Failure::Damaged(err.to_string());
            }
        }
        // A migration that fails for any other reason (a full or busy disk)
        // is rolled back; the file is fine as it was.
        Failure::Kept(StoreError::Migration(error))
    }
}

impl Store {
    /// Opens (or creates) the database at `path`, bringing its schema up to
    /// date after making a backup beside it. A damaged or foreign file is
    /// renamed aside (never deleted) and a fresh database is started;
    /// [`Opened`] says which happened. A file from a newer Rolspiegel
    /// ([`StoreError::NewerSchema`]) or a disk that is full, busy or
    /// read-only is left exactly where it is, and the error says why.
    pub fn open(path: &Path, now_ms: i64) -> Result<(Store, Opened), StoreError> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(StoreError::Folder)?;
        }
        // A FIFO, device or folder where the file belongs: refused before
        // anything opens it (opening a FIFO to read its header would wait
        // forever for a writer).
        for file in std::iter::once(path.to_path_buf())
            .chain(SIDE_FILES.iter().map(|s| with_suffix(path, s)))
        {
            if std::fs::metadata(&file).is_ok_and(|m| !m.is_file()) {
                return Err(StoreError::NotAFile(file));
            }
        }
        let (mut store, opened) =
            if !exists(path) && SIDE_FILES.iter().any(|s| exists(&with_suffix(path, s))) {
                // A log without its database: never let SQLite replay it into a
                // fresh file. It is kept aside like a damaged file.
                let kept_as = set_aside(path, now_ms).map_err(StoreError::SetAside)?;
                let store = Store::open_checked(path, now_ms).map_err(kept_error)?;
                (
                    store,
                    Opened::Recovered(SetAside {
                        kept_as,
                        reason: "a write-ahead log without its database".into(),
                    }),
                )
            } else {
                match Store::open_checked(path, now_ms) {
                    Ok(store) => (store, Opened::Ready),
                    Err(Failure::Kept(error)) => return Err(error),
                    Err(Failure::Damaged(reason)) => {
                        let kept_as = set_aside(path, now_ms).map_err(StoreError::SetAside)?;
                        let store = Store::open_checked(path, now_ms).map_err(kept_error)?;
                        (store, Opened::Recovered(SetAside { kept_as, reason }))
                    }
                }
            };
        // Taken once the file is known to be ours and up to date, so a file
        // that is left alone (a newer version's) gets nothing beside it.
        store.lock = lock_folder(path)?;
        let opened = match opened {
            Opened::Ready if store.conn.is_readonly(rusqlite::MAIN_DB)? => Opened::ReadOnly,
            other => other,
        };
        Ok((store, opened))
    }

    fn open_checked(path: &Path, now_ms: i64) -> Result<Store, Failure> {
        if exists(path) {
            refuse_newer(header_version(path)?)?;
        }
        let mut conn = Connection::open(path)?;
        // PRAGMAs are set per connection, never inside a migration.
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // Again through SQLite: a newer version's upgrade may still sit in
        // the log (then the log files exist already and nothing is added).
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        refuse_newer(version)?;
        // Checked before anything is written, so that a damaged or foreign
        // file is set aside exactly as it was found.
        let check: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
        if check != "ok" {
            return Err(Failure::Damaged(format!("integrity check: {check}")));
        }
        if version == 0 {
            // A non-empty file without our schema is someone else's database.
            let tables: i64 =
                conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
            if tables > 0 {
                return Err(Failure::Damaged(
                    "file holds tables that are not Rolspiegel's".into(),
                ));
            }
        }
        conn.pragma_update(None, "foreign_keys", true)?;
        // Deleted rows are overwritten with zeros, so a deleted note or group
        // does not linger in free pages.
        conn.pragma_update(None, "secure_delete", true)?;
        let mode: String =
            conn.pragma_update_and_check(None, "journal_mode", "wal", |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            // A read-only folder or a file system without shared memory: the
            // file is fine, it just cannot be used safely here.
            return Err(Failure::Kept(StoreError::NoWal(mode)));
        }
        // NORMAL is durable against an app crash or kill in WAL mode; only a
        // power cut can lose the last answer.
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        let mut upgraded_from = None;
        if version > 0 && version < SCHEMA_VERSION as i64 {
            let schema = usize::try_from(version).unwrap_or(0);
            backup(&conn, path, schema, now_ms).map_err(Failure::Kept)?;
            upgraded_from = Some(schema);
        }
        migrations().to_latest(&mut conn)?;
        let mut store = Store::with_connection(conn);
        store.upgraded_from = upgraded_from;
        Ok(store)
    }
}

/// The lock file that keeps a second Rolspiegel process off this database:
/// `<file>.lock` beside it (`rolspiegel.db.lock`), held (not just present)
/// while the store is open, so a crash never leaves it locked. `Ok(None)`
/// where the file system has no locks (some network shares): the app then
/// works as before.
fn lock_folder(path: &Path) -> Result<Option<std::fs::File>, StoreError> {
    let lock_path = with_suffix(path, ".lock");
    let file = match std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
    {
        Ok(file) => file,
        // A folder that may not be written: SQLite will say so itself.
        Err(_) => return Ok(None),
    };
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::InUse),
        Err(std::fs::TryLockError::Error(_)) => Ok(None),
    }
}

fn kept_error(failure: Failure) -> StoreError {
    match failure {
        Failure::Kept(error) => error,
        Failure::Damaged(reason) => StoreError::InvalidData(reason),
    }
}

/// Reads the schema version from the file's header without opening it with
/// SQLite, so that a file we will not open is not changed in any way (SQLite
/// would create its `-wal` and `-shm` files even for reading). An empty file
/// is a fresh database; anything without SQLite's header is damaged.
fn header_version(path: &Path) -> Result<i64, Failure> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|e| Failure::Kept(StoreError::Unreadable(e)))?;
    let mut header = Vec::with_capacity(100);
    file.take(100)
        .read_to_end(&mut header)
        .map_err(|e| Failure::Kept(StoreError::Unreadable(e)))?;
    if header.is_empty() {
        return Ok(0);
    }
    if header.len() < 100 || !header.starts_with(b"SQLite format 3\0") {
        return Err(Failure::Damaged("the file has no SQLite header".into()));
    }
    // The user_version field: four bytes at offset 60, big-endian.
    let version = u32::from_be_bytes([header[60], header[61], header[62], header[63]]);
    Ok(i64::from(version))
}

fn refuse_newer(version: i64) -> Result<(), Failure> {
    if version > SCHEMA_VERSION as i64 {
        return Err(Failure::Kept(StoreError::NewerSchema {
            found: version,
            supported: SCHEMA_VERSION,
        }));
    }
    Ok(())
}

/// Copies the database before an upgrade, then prunes the backups: see
/// [`prune_backups`]. A copy that fails (a full disk) leaves no file behind.
fn backup(conn: &Connection, path: &Path, schema: usize, now_ms: i64) -> Result<(), StoreError> {
    let target = free_name(path, &format!("backup-v{schema}-{now_ms}"));
    let text = target
        .to_str()
        .ok_or_else(|| StoreError::Backup(rusqlite::Error::InvalidPath(target.clone())))?;
    if let Err(error) = conn.execute("VACUUM INTO ?1", [text]) {
        // Half a backup is no backup, and must never count as one.
        let _ = remove_copy(&target);
        return Err(StoreError::Backup(error));
    }
    prune_backups(path, &target);
    Ok(())
}

/// Keeps the backup just made and the [`KEPT_BACKUPS`]` - 1` best others.
/// A backup is good when it is a whole SQLite file (its header's page count
/// times page size is its length); what is not good is left over from an
/// earlier failed copy and is removed. The good ones are ranked by what
/// they hold, not by the time in their names (a clock that was ahead would
/// otherwise make an old copy look newest): the newer schema first, then the
/// newer data (the latest time stored in it), then the name.
fn prune_backups(path: &Path, made: &Path) {
    let mut others: Vec<(KeptCopy, (i64, i64))> = Vec::new();
    for copy in kept_copies(path) {
        if !matches!(copy.kind, CopyKind::Backup { .. }) || copy.path == made {
            continue;
        }
        match backup_rank(&copy.path) {
            Some(rank) => others.push((copy, rank)),
            // An old backup that cannot be removed does no harm.
            None => {
                let _ = remove_copy(&copy.path);
            }
        }
    }
    others.sort_by_key(|(copy, rank)| std::cmp::Reverse((*rank, copy.made_at, copy.file_name())));
    for (old, _) in others.into_iter().skip(KEPT_BACKUPS.saturating_sub(1)) {
        let _ = remove_copy(&old.path);
    }
}

/// `(schema version, latest time stored)` of a backup that is a whole
/// SQLite file; `None` for one that is not (empty, cut off, not SQLite).
fn backup_rank(path: &Path) -> Option<(i64, i64)> {
    use std::io::Read;
    let length = std::fs::metadata(path).ok()?.len();
    let mut header = [0u8; 100];
    std::fs::File::open(path)
        .ok()?
        .read_exact(&mut header)
        .ok()?;
    if !header.starts_with(b"SQLite format 3\0") {
        return None;
    }
    let be32 = |at: usize| {
        u32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]])
    };
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536,
        n => u64::from(n),
    };
    let pages = u64::from(be32(28));
    // The page count in the header is valid only while these two agree.
    if be32(24) != be32(92) || pages == 0 || pages * page_size != length {
        return None;
    }
    let schema = i64::from(be32(60));
    Some((schema, latest_time(path).unwrap_or(i64::MIN)))
}

/// The latest start or completion time stored in a backup, read without
/// changing it or creating any file beside it (`immutable`).
fn latest_time(path: &Path) -> Option<i64> {
    use rusqlite::OpenFlags;
    let conn = Connection::open_with_flags(
        immutable_uri(path)?,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI,
    )
    .ok()?;
    conn.query_row(
        "SELECT max(max(started_at, coalesce(completed_at, started_at))) FROM assessment",
        [],
        |r| r.get::<_, Option<i64>>(0),
    )
    .ok()
    .flatten()
}

/// Renames a damaged database and its `-wal` and `-shm` files to
/// `<stem>-damaged-<ms>.<ext>` (never over an earlier copy) and returns the
/// new path. Fails, leaving the fresh start undone, when any of them is
/// still in place afterwards: a stale log must never meet a fresh database.
fn set_aside(path: &Path, now_ms: i64) -> std::io::Result<PathBuf> {
    let kept_as = free_name(path, &format!("damaged-{now_ms}"));
    if exists(path) {
        std::fs::rename(path, &kept_as)?;
    }
    for suffix in SIDE_FILES {
        let side = with_suffix(path, suffix);
        if exists(&side) {
            std::fs::rename(&side, with_suffix(&kept_as, suffix))?;
        }
    }
    if std::iter::once(path.to_path_buf())
        .chain(SIDE_FILES.iter().map(|s| with_suffix(path, s)))
        .any(|p| exists(&p))
    {
        return Err(std::io::Error::other(
            "part of the damaged database is still in place",
        ));
    }
    Ok(kept_as)
}
