//! Moving the data folder from an earlier name (the app identifier names it)
//! to the current one, once, at start-up and before anything opens a file in
//! either folder.
//!
//! Every step is one `rename` within the same parent folder, so a crash
//! leaves each file either where it was or where it goes, never half; the
//! next start takes the same steps again and finishes. Nothing is deleted
//! or written over:
//! - only the earlier folder: it is renamed as a whole;
//! - both, and the current one has no database: the earlier folder's files
//!   move in one by one (a database always with its log), a name the current
//!   folder already has stays behind;
//! - both with a database: the earlier database moves in as a kept copy
//!   (`<stem>-earlier-<ms>.db`, listed with the other copies, where the
//!   person can add what is in it), then the rest as above;
//! - the two names for one folder (a link): nothing moves.
//!
//! Two processes starting at once take turns: the move holds a lock file
//! beside the two folders while it runs, and the second one looks again
//! once it has the lock.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use crate::copies::{exists, stem_and_ext, with_suffix, SIDE_FILES};

/// What moving the earlier data folder did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FolderMove {
    /// There was no earlier folder (or it is the current one under a
    /// second name).
    Nothing,
    /// The earlier folder was renamed to the current name as a whole.
    Renamed,
    /// Both folders were there: the earlier one's files moved in one by one.
    Merged {
        /// Where the earlier database went when the current folder had one
        /// of its own (a kept copy), `None` when it became the database or
        /// there was none.
        kept_as: Option<PathBuf>,
        /// Entries left in the earlier folder because the current one has
        /// the same name (a web-view cache, an older log).
        left: usize,
    },
}

/// The data folder to use after trying the move, and what the move did.
#[derive(Debug)]
pub struct Settled {
    /// The folder to open the database in: the current one, unless the move
    /// failed while the earlier database was whole in its own folder.
    pub folder: PathBuf,
    /// What happened, or why the move stopped.
    pub moved: io::Result<FolderMove>,
}

/// Moves the data folder `earlier` to `current` (both in the same parent
/// folder), the database being the file `db_file` in it. On failure the data
/// stays readable: the folder returned is the one holding the database.
pub fn move_data_folder(earlier: &Path, current: &Path, db_file: &str) -> Settled {
    let moved = if is_folder(earlier) {
        holding_lock(current, || move_folder(earlier, current, db_file))
    } else {
        Ok(FolderMove::Nothing)
    };
    // After a failure the earlier folder is used while its database is whole
    // there. A log of it left in the current folder (a crash, then a try
    // that failed) goes back to it first: opening the current folder would
    // set that log aside apart from its database.
    let holds_data = |name: &str| exists(&current.join(name));
    let logs: Vec<String> = ["-wal", "-journal"]
        .iter()
        .map(|s| format!("{db_file}{s}"))
        .filter(|name| holds_data(name))
        .collect();
    let folder = if moved.is_err() && exists(&earlier.join(db_file)) && !holds_data(db_file) {
        let back = logs
            .iter()
            .all(|name| rename_new(&current.join(name), &earlier.join(name)).is_ok());
        if back {
            earlier.to_path_buf()
        } else {
            current.to_path_buf()
        }
    } else {
        current.to_path_buf()
    };
    Settled { folder, moved }
}

fn is_folder(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_dir())
}

/// Runs `f` holding `<current>.moving`, a lock file beside the folders,
/// removed afterwards. Without it two starts at once could both move.
fn holding_lock<T>(current: &Path, f: impl FnOnce() -> io::Result<T>) -> io::Result<T> {
    let lock_path = with_suffix(current, ".moving");
    let lock = loop {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)?;
        file.lock()?;
        // The process that held it before removed it when done: a lock on
        // a removed file keeps nobody out, so take the new one.
        if still_named(&file, &lock_path) {
            break file;
        }
    };
    let result = f();
    // Removed while held, so a start waiting on it looks again (Unix). On
    // Windows a held file cannot be removed, and the name check there
    // could not tell a new file from the old: it stays.
    #[cfg(unix)]
    let _ = std::fs::remove_file(&lock_path);
    drop(lock);
    result
}

#[cfg(unix)]
fn still_named(file: &std::fs::File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(held), Ok(named)) => held.dev() == named.dev() && held.ino() == named.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn still_named(_file: &std::fs::File, path: &Path) -> bool {
    // Windows does not remove a file another process holds open.
    exists(path)
}

/// Whether two paths name one folder or file (through a link, or a second
/// mount of it).
fn same_place(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(a), Ok(b)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return a.dev() == b.dev() && a.ino() == b.ino();
        }
        false
    }
    #[cfg(not(unix))]
    {
        matches!(
            (std::fs::canonicalize(a), std::fs::canonicalize(b)),
            (Ok(a), Ok(b)) if a == b
        )
    }
}

fn move_folder(earlier: &Path, current: &Path, db_file: &str) -> io::Result<FolderMove> {
    // Looked at again with the lock held: another start may have moved it.
    if !is_folder(earlier) || same_place(earlier, current) {
        return Ok(FolderMove::Nothing);
    }
    if !exists(current) {
        std::fs::rename(earlier, current)?;
        return Ok(FolderMove::Renamed);
    }
    let earlier_db = earlier.join(db_file);
    let current_db = current.join(db_file);
    let mut kept_as = None;
    if exists(&earlier_db) && !same_place(&earlier_db, &current_db) {
        // A log here without its database is this database's own, from a
        // move that stopped halfway (the log goes first): it waits for it.
        let to = if exists(&current_db) {
            let to = earlier_copy_name(&current_db, &earlier_db)?;
            kept_as = Some(to.clone());
            to
        } else {
            current_db
        };
        move_database(&earlier_db, &to)?;
    }
    // The rest, each file with its log: a `-wal` never moves on its own,
    // beside another database it would be replayed into it.
    let mut groups: BTreeMap<String, Vec<std::ffi::OsString>> = BTreeMap::new();
    let mut left = 0;
    for entry in std::fs::read_dir(earlier)? {
        let name = entry?.file_name();
        let Some(text) = name.to_str() else {
            // Not ours to sort into groups; moved on its own if free.
            if exists(&current.join(&name)) {
                left += 1;
            } else {
                rename_new(&earlier.join(&name), &current.join(&name))?;
            }
            continue;
        };
        let main = SIDE_FILES
            .iter()
            .find_map(|s| text.strip_suffix(s))
            .unwrap_or(text)
            .to_owned();
        groups.entry(main).or_default().push(name);
    }
    for (main, names) in groups {
        let taken = std::iter::once(main.clone())
            .chain(SIDE_FILES.iter().map(|s| format!("{main}{s}")))
            .any(|n| exists(&current.join(n)));
        if main == db_file || taken {
            left += names.len();
            continue;
        }
        move_database(&earlier.join(&main), &current.join(&main))?;
    }
    if left == 0 {
        // Only an empty folder goes; a file arriving meanwhile keeps it.
        let _ = std::fs::remove_dir(earlier);
    }
    Ok(FolderMove::Merged { kept_as, left })
}

/// Renames a file, never over one already there. The move holds its lock,
/// and nothing else writes into the current folder before it is done.
fn rename_new(from: &Path, to: &Path) -> io::Result<()> {
    if exists(to) {
        return Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            format!("{} is already there", to.display()),
        ));
    }
    std::fs::rename(from, to)
}

/// Moves a file with its log (a database, or any file without one): the
/// log first, so that after a crash the database is still in its old place
/// and the next start moves it to the same name (the log waits there for
/// it). When a step fails, what moved goes back, so the database stays
/// whole in one place.
fn move_database(from: &Path, to: &Path) -> io::Result<()> {
    let mut moved: Vec<&str> = Vec::new();
    let mut step = || -> io::Result<()> {
        for suffix in SIDE_FILES {
            let side = with_suffix(from, suffix);
            if exists(&side) {
                rename_new(&side, &with_suffix(to, suffix))?;
                moved.push(suffix);
            }
        }
        if exists(from) {
            rename_new(from, to)?;
        }
        Ok(())
    };
    let result = step();
    if result.is_err() {
        for suffix in moved.iter().rev() {
            let _ = std::fs::rename(with_suffix(to, suffix), with_suffix(from, suffix));
        }
    }
    result
}
/// `<stem>-earlier-<ms>.<ext>` beside `current_db`, `<ms>` being when the
/// earlier database last changed: the same name on every try, so a move
/// that stopped halfway finishes under it. Only a main file makes a name
/// taken (a log already there is this copy's own, from that try).
fn earlier_copy_name(current_db: &Path, earlier_db: &Path) -> io::Result<PathBuf> {
    let changed = std::fs::metadata(earlier_db)?
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_millis());
    let (stem, ext) =
        stem_and_ext(current_db).unwrap_or_else(|| ("rolspiegel".into(), "db".into()));
    let first = current_db.with_file_name(format!("{stem}-earlier-{changed}.{ext}"));
    if !exists(&first) {
        return Ok(first);
    }
    Ok((2..)
        .map(|n| current_db.with_file_name(format!("{stem}-earlier-{changed}-{n}.{ext}")))
        .find(|candidate| !exists(candidate))
        .unwrap_or(first))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(path: &Path, text: &str) {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("folder");
        }
        std::fs::write(path, text).expect("write");
    }

    fn read(path: &Path) -> String {
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    fn names(folder: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(folder)
            .map(|d| {
                d.filter_map(Result::ok)
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    /// The folder as the released version leaves it: database with its
    /// log, a backup before an upgrade, a damaged copy, the app's log and
    /// the web view's own files.
    fn released(folder: &Path) {
        write(&folder.join("rolspiegel.db"), "db");
        write(&folder.join("rolspiegel.db-wal"), "wal");
        write(&folder.join("rolspiegel.db-shm"), "shm");
        write(
            &folder.join("rolspiegel-backup-v4-1763800000000.db"),
            "backup",
        );
        write(
            &folder.join("rolspiegel-damaged-1763900000000.db"),
            "damaged",
        );
        write(&folder.join("rolspiegel.log"), "log");
        write(&folder.join("WebKitCache/Version 17/salt"), "salt");
        write(&folder.join("hsts-storage.sqlite"), "hsts");
    }

    #[test]
    fn nothing_to_move_leaves_everything_alone() {
        let base = tempfile::tempdir().expect("temp dir");
        let (earlier, current) = (base.path().join("old"), base.path().join("new"));
        let settled = move_data_folder(&earlier, &current, "rolspiegel.db");
        assert_eq!(settled.moved.expect("moved"), FolderMove::Nothing);
        assert_eq!(settled.folder, current);
        assert!(!exists(&current), "nothing is made here");
        // A file of that name is no folder to move.
        write(&earlier, "a file");
        let settled = move_data_folder(&earlier, &current, "rolspiegel.db");
        assert_eq!(settled.moved.expect("moved"), FolderMove::Nothing);
        assert_eq!(read(&earlier), "a file");
    }

    #[test]
    fn the_released_folder_is_renamed_whole() {
        let base = tempfile::tempdir().expect("temp dir");
        let (earlier, current) = (base.path().join("old"), base.path().join("new"));
        released(&earlier);
        let before = names(&earlier);
        let settled = move_data_folder(&earlier, &current, "rolspiegel.db");
        assert_eq!(settled.moved.expect("moved"), FolderMove::Renamed);
        assert_eq!(settled.folder, current);
        assert!(!exists(&earlier));
        assert_eq!(names(&current), before);
        assert_eq!(read(&current.join("rolspiegel.db-wal")), "wal");
        assert_eq!(read(&current.join("WebKitCache/Version 17/salt")), "salt");
        assert_eq!(
            names(base.path()),
            vec!["new".to_owned()],
            "the lock file is gone"
        );
        // Once moved, later starts find nothing to do.
        let again = move_data_folder(&earlier, &current, "rolspiegel.db");
        assert_eq!(again.moved.expect("moved"), FolderMove::Nothing);
    }

    #[test]
    fn a_current_folder_without_a_database_takes_the_earlier_files_in() {
        let base = tempfile::tempdir().expect("temp dir");
        let (earlier, current) = (base.path().join("old"), base.path().join("new"));
        released(&earlier);
        // The web view of the new name wrote its cache first.
        write(&current.join("WebKitCache/Version 17/salt"), "new salt");
        let settled = move_data_folder(&earlier, &current, "rolspiegel.db");
        assert_eq!(
            settled.moved.expect("moved"),
            FolderMove::Merged {
                kept_as: None,
                left: 1
            }
        );
        assert_eq!(read(&current.join("rolspiegel.db")), "db");
        assert_eq!(read(&current.join("rolspiegel.db-wal")), "wal");
        assert_eq!(read(&current.join("rolspiegel.db-shm")), "shm");
        assert_eq!(read(&current.join("rolspiegel.log")), "log");
        assert_eq!(
            read(&current.join("rolspiegel-damaged-1763900000000.db")),
            "damaged"
        );
        assert_eq!(
            read(&current.join("WebKitCache/Version 17/salt")),
            "new salt"
        );
        // What has a name here already stays where it was, unchanged.
        assert_eq!(names(&earlier), vec!["WebKitCache".to_owned()]);
        assert_eq!(read(&earlier.join("WebKitCache/Version 17/salt")), "salt");
    }

    #[test]
    fn a_second_database_becomes_a_kept_copy_with_its_log() {
        let base = tempfile::tempdir().expect("temp dir");
        let (earlier, current) = (base.path().join("old"), base.path().join("new"));
        released(&earlier);
        write(&current.join("rolspiegel.db"), "current db");
        write(&current.join("rolspiegel.log"), "current log");
        let settled = move_data_folder(&earlier, &current, "rolspiegel.db");
        let FolderMove::Merged {
            kept_as: Some(kept),
            left,
        } = settled.moved.expect("moved")
        else {
            panic!("merged with a kept copy");
        };
        assert_eq!(left, 1, "the earlier log stays");
        assert_eq!(read(&current.join("rolspiegel.db")), "current db");
        assert_eq!(read(&current.join("rolspiegel.log")), "current log");
        assert_eq!(read(&kept), "db");
        assert_eq!(read(&with_suffix(&kept, "-wal")), "wal");
        assert_eq!(read(&with_suffix(&kept, "-shm")), "shm");
        assert!(
            !exists(&current.join("rolspiegel.db-wal")),
            "never beside another database"
        );
        let copies = crate::kept_copies(&current.join("rolspiegel.db"));
        let kinds: Vec<_> = copies.iter().map(|c| (c.file_name(), c.kind)).collect();
        assert!(
            kinds.contains(&(
                kept.file_name().unwrap().to_string_lossy().into_owned(),
                crate::CopyKind::Earlier
            )),
            "{kinds:?}"
        );
        assert_eq!(names(&earlier), vec!["rolspiegel.log".to_owned()]);
    }

    #[test]
    fn a_move_stopped_after_the_log_finishes_under_the_same_name() {
        let base = tempfile::tempdir().expect("temp dir");
        let (earlier, current) = (base.path().join("old"), base.path().join("new"));
        released(&earlier);
        write(&current.join("rolspiegel.db"), "current db");
        // The first try moved the log and stopped (a crash, a power cut).
        let to = earlier_copy_name(
            &current.join("rolspiegel.db"),
            &earlier.join("rolspiegel.db"),
        )
        .expect("name");
        std::fs::rename(earlier.join("rolspiegel.db-wal"), with_suffix(&to, "-wal")).expect("move");
        let settled = move_data_folder(&earlier, &current, "rolspiegel.db");
        let FolderMove::Merged { kept_as, .. } = settled.moved.expect("moved") else {
            panic!("merged");
        };
        assert_eq!(kept_as.as_deref(), Some(to.as_path()));
        assert_eq!(read(&to), "db");
        assert_eq!(read(&with_suffix(&to, "-wal")), "wal");
        assert_eq!(read(&with_suffix(&to, "-shm")), "shm");
    }

    #[test]
    fn a_move_stopped_with_the_log_moved_and_no_database_yet_finishes_as_the_database() {
        let base = tempfile::tempdir().expect("temp dir");
        let (earlier, current) = (base.path().join("old"), base.path().join("new"));
        released(&earlier);
        std::fs::create_dir_all(&current).expect("folder");
        std::fs::rename(
            earlier.join("rolspiegel.db-wal"),
            current.join("rolspiegel.db-wal"),
        )
        .expect("move");
        let settled = move_data_folder(&earlier, &current, "rolspiegel.db");
        assert!(settled.moved.is_ok());
        assert_eq!(read(&current.join("rolspiegel.db")), "db");
        assert_eq!(read(&current.join("rolspiegel.db-wal")), "wal");
        assert!(!exists(&earlier), "emptied and gone");
    }

    #[test]
    fn a_move_that_cannot_start_keeps_using_the_earlier_folder() {
        let base = tempfile::tempdir().expect("temp dir");
        let (earlier, current) = (base.path().join("old"), base.path().join("new"));
        released(&earlier);
        // Something that is no folder has the current name (works as root
        // too, where permissions would not stop the move).
        write(&current, "not a folder");
        let settled = move_data_folder(&earlier, &current, "rolspiegel.db");
        assert!(settled.moved.is_err());
        assert_eq!(settled.folder, earlier);
        assert_eq!(read(&earlier.join("rolspiegel.db")), "db");
        assert_eq!(read(&earlier.join("rolspiegel.db-wal")), "wal");
        assert_eq!(read(&current), "not a folder");
    }

    #[test]
    fn a_step_that_fails_puts_the_log_back_with_its_database() {
        let base = tempfile::tempdir().expect("temp dir");
        let (earlier, current) = (base.path().join("old"), base.path().join("new"));
        released(&earlier);
        // A stray index in the way: the log moves, the index cannot.
        write(&current.join("rolspiegel.db-shm"), "stray shm");
        let settled = move_data_folder(&earlier, &current, "rolspiegel.db");
        assert!(settled.moved.is_err());
        assert_eq!(settled.folder, earlier, "whole there, so used there");
        assert_eq!(read(&earlier.join("rolspiegel.db")), "db");
        assert_eq!(read(&earlier.join("rolspiegel.db-wal")), "wal");
        assert_eq!(read(&earlier.join("rolspiegel.db-shm")), "shm");
        assert!(!exists(&current.join("rolspiegel.db-wal")));
        assert_eq!(read(&current.join("rolspiegel.db-shm")), "stray shm");
    }

    #[test]
    fn a_log_left_in_the_current_folder_goes_back_to_its_database() {
        let base = tempfile::tempdir().expect("temp dir");
        let (earlier, current) = (base.path().join("old"), base.path().join("new"));
        released(&earlier);
        // An earlier try moved the log and stopped; now the database
        // cannot follow (its index's place is a folder).
        std::fs::create_dir_all(&current).expect("folder");
        std::fs::rename(
            earlier.join("rolspiegel.db-wal"),
            current.join("rolspiegel.db-wal"),
        )
        .expect("move");
        write(&current.join("rolspiegel.db-shm/in the way"), "x");
        let settled = move_data_folder(&earlier, &current, "rolspiegel.db");
        assert!(settled.moved.is_err());
        assert_eq!(settled.folder, earlier, "used where it is whole again");
        assert_eq!(read(&earlier.join("rolspiegel.db")), "db");
        assert_eq!(read(&earlier.join("rolspiegel.db-wal")), "wal");
        assert!(!exists(&current.join("rolspiegel.db-wal")));
    }

    #[cfg(unix)]
    #[test]
    fn one_folder_under_two_names_moves_nothing() {
        let base = tempfile::tempdir().expect("temp dir");
        let (earlier, current) = (base.path().join("old"), base.path().join("new"));
        released(&current);
        std::os::unix::fs::symlink(&current, &earlier).expect("link");
        let before = names(&current);
        let settled = move_data_folder(&earlier, &current, "rolspiegel.db");
        assert_eq!(settled.moved.expect("moved"), FolderMove::Nothing);
        assert_eq!(names(&current), before);
        assert_eq!(read(&current.join("rolspiegel.db")), "db");
        // And the other way round.
        let base = tempfile::tempdir().expect("temp dir");
        let (earlier, current) = (base.path().join("old"), base.path().join("new"));
        released(&earlier);
        std::os::unix::fs::symlink(&earlier, &current).expect("link");
        let settled = move_data_folder(&earlier, &current, "rolspiegel.db");
        assert_eq!(settled.moved.expect("moved"), FolderMove::Nothing);
        assert_eq!(read(&earlier.join("rolspiegel.db")), "db");
        assert_eq!(read(&earlier.join("rolspiegel.db-wal")), "wal");
    }

    #[test]
    fn another_files_log_never_moves_without_it() {
        let base = tempfile::tempdir().expect("temp dir");
        let (earlier, current) = (base.path().join("old"), base.path().join("new"));
        released(&earlier);
        write(&earlier.join("hsts-storage.sqlite-wal"), "hsts wal");
        write(
            &earlier.join("rolspiegel-backup-v4-1763800000000.db-journal"),
            "j",
        );
        write(&current.join("hsts-storage.sqlite"), "new hsts");
        write(&current.join("rolspiegel.db"), "current db");
        let settled = move_data_folder(&earlier, &current, "rolspiegel.db");
        assert!(settled.moved.is_ok());
        assert_eq!(read(&earlier.join("hsts-storage.sqlite")), "hsts");
        assert_eq!(read(&earlier.join("hsts-storage.sqlite-wal")), "hsts wal");
        assert!(!exists(&current.join("hsts-storage.sqlite-wal")));
        // A copy moves with its journal.
        assert_eq!(
            read(&current.join("rolspiegel-backup-v4-1763800000000.db-journal")),
            "j"
        );
    }

    #[test]
    fn a_second_start_waits_for_the_move_and_then_finds_it_done() {
        let base = tempfile::tempdir().expect("temp dir");
        let (earlier, current) = (base.path().join("old"), base.path().join("new"));
        released(&earlier);
        // Another start holds the lock.
        let lock_path = with_suffix(&current, ".moving");
        let held = std::fs::File::create(&lock_path).expect("lock file");
        held.lock().expect("lock");
        let waiting = {
            let (earlier, current) = (earlier.clone(), current.clone());
            std::thread::spawn(move || move_data_folder(&earlier, &current, "rolspiegel.db"))
        };
        std::thread::sleep(std::time::Duration::from_millis(100));
        assert!(!waiting.is_finished(), "it waits for the lock");
        assert!(exists(&earlier), "and moves nothing meanwhile");
        // The other start moved the folder and let go.
        std::fs::rename(&earlier, &current).expect("moved by the other");
        std::fs::remove_file(&lock_path).expect("removed");
        drop(held);
        let settled = waiting.join().expect("thread");
        assert_eq!(settled.moved.expect("moved"), FolderMove::Nothing);
        assert_eq!(settled.folder, current);
        assert_eq!(read(&current.join("rolspiegel.db")), "db");
        assert!(!exists(&lock_path));
    }
}
