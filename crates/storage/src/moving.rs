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
//!   move in one by one (the database with its log), a name the current
//!   folder already has stays behind;
//! - both with a database: the earlier database moves in as a kept copy
//!   (`<stem>-earlier-<ms>.db`, listed with the other copies, where the
//!   person can add what is in it), then the rest as above.

use std::io;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use crate::copies::{exists, stem_and_ext, with_suffix, SIDE_FILES};

/// What moving the earlier data folder did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FolderMove {
    /// There was no earlier folder.
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
    /// failed before the earlier database left its folder.
    pub folder: PathBuf,
    /// What happened, or why the move stopped.
    pub moved: io::Result<FolderMove>,
}

/// Moves the data folder `earlier` to `current` (both in the same parent
/// folder), the database being the file `db_file` in it. On failure the data
/// stays readable: the folder returned is the one holding the database.
pub fn move_data_folder(earlier: &Path, current: &Path, db_file: &str) -> Settled {
    let moved = move_folder(earlier, current, db_file);
    let folder =
        if moved.is_err() && exists(&earlier.join(db_file)) && !exists(&current.join(db_file)) {
            earlier.to_path_buf()
        } else {
            current.to_path_buf()
        };
    Settled { folder, moved }
}

fn move_folder(earlier: &Path, current: &Path, db_file: &str) -> io::Result<FolderMove> {
    let is_folder = |p: &Path| std::fs::metadata(p).is_ok_and(|m| m.is_dir());
    if !is_folder(earlier) {
        return Ok(FolderMove::Nothing);
    }
    if !exists(current) {
        std::fs::rename(earlier, current)?;
        return Ok(FolderMove::Renamed);
    }
    let earlier_db = earlier.join(db_file);
    let mut kept_as = None;
    if exists(&earlier_db) {
        let current_db = current.join(db_file);
        let to = if exists(&current_db) {
            let to = earlier_copy_name(&current_db, &earlier_db)?;
            kept_as = Some(to.clone());
            to
        } else {
            current_db
        };
        move_database(&earlier_db, &to)?;
    }
    // The database's own log never moves on its own: beside another
    // database it would be replayed into it.
    let side_files: Vec<String> = SIDE_FILES
        .iter()
        .chain(std::iter::once(&"-journal"))
        .map(|s| format!("{db_file}{s}"))
        .collect();
    let mut left = 0;
    for entry in std::fs::read_dir(earlier)? {
        let name = entry?.file_name();
        let to = current.join(&name);
        if side_files.iter().any(|s| name == s.as_str()) || exists(&to) {
            left += 1;
            continue;
        }
        std::fs::rename(earlier.join(&name), to)?;
    }
    if left == 0 {
        // Only an empty folder goes; a file arriving meanwhile keeps it.
        let _ = std::fs::remove_dir(earlier);
    }
    Ok(FolderMove::Merged { kept_as, left })
}

/// Moves a database and its log: the log first, so that after a crash the
/// database is still in its old place and the next start moves it to the
/// same name (the log waits there for it).
fn move_database(from: &Path, to: &Path) -> io::Result<()> {
    for suffix in SIDE_FILES.iter().chain(std::iter::once(&"-journal")) {
        let side = with_suffix(from, suffix);
        if exists(&side) {
            std::fs::rename(&side, with_suffix(to, suffix))?;
        }
    }
    std::fs::rename(from, to)
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
}
