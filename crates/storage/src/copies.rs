//! The files beside the database: its log (`-wal`, `-shm`), the backups made
//! before upgrades and the damaged copies set aside, recognised by their
//! names; and the helpers that name and remove them.

use std::path::{Path, PathBuf};

/// The side files SQLite keeps next to a database in WAL mode.
pub(crate) const SIDE_FILES: [&str; 3] = ["-wal", "-shm", "-journal"];

/// What kind of copy sits beside the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopyKind {
    /// Made by `VACUUM INTO` just before the schema was upgraded from
    /// `schema`.
    Backup {
        /// The schema version the copy has.
        schema: usize,
    },
    /// A damaged file, renamed aside when it could not be opened.
    Damaged,
    /// The database of the data folder's earlier name, moved in beside this
    /// one because both folders had a database (see [`crate::move_data_folder`]).
    Earlier,
}

/// A copy of the database kept beside it: a backup or a damaged file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptCopy {
    /// Where it is.
    pub path: PathBuf,
    /// What it is.
    pub kind: CopyKind,
    /// When it was made (Unix ms), from its name.
    pub made_at: i64,
}

impl KeptCopy {
    /// The file name alone.
    pub fn file_name(&self) -> String {
        self.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }
}

/// A `file:` URI that opens `path` read-only as an immutable file.
pub(crate) fn immutable_uri(path: &Path) -> Option<String> {
    let text = path.to_str()?;
    let mut uri = String::from("file:");
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' => {
                uri.push(char::from(byte));
            }
            other => uri.push_str(&format!("%{other:02X}")),
        }
    }
    uri.push_str("?immutable=1");
    Some(uri)
}

/// Every backup, damaged copy and earlier database beside the database at `db_path`, oldest
/// first.
pub fn kept_copies(db_path: &Path) -> Vec<KeptCopy> {
    let (Some(folder), Some((stem, ext))) = (db_path.parent(), stem_and_ext(db_path)) else {
        return Vec::new();
    };
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut found: Vec<KeptCopy> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            // A copy whose main file is gone but whose log was kept counts
            // once, under the main file's name.
            let main = SIDE_FILES
                .iter()
                .find_map(|s| name.strip_suffix(s))
                .unwrap_or(&name)
                .to_owned();
            let middle = main
                .strip_prefix(&format!("{stem}-"))?
                .strip_suffix(&format!(".{ext}"))?;
            let (kind, rest) = if let Some(rest) = middle.strip_prefix("damaged-") {
                (CopyKind::Damaged, rest)
            } else if let Some(rest) = middle.strip_prefix("earlier-") {
                (CopyKind::Earlier, rest)
            } else {
                let rest = middle.strip_prefix("backup-v")?;
                let (schema, rest) = rest.split_once('-')?;
                (
                    CopyKind::Backup {
                        schema: digits(schema)?,
                    },
                    rest,
                )
            };
            // `<ms>` or `<ms>-<n>` when two copies were made in one moment.
            let made = rest.split('-').next()?;
            let made_at = i64::try_from(digits(made)?).ok()?;
            if !rest.split('-').all(|part| digits(part).is_some()) {
                return None;
            }
            Some(KeptCopy {
                path: folder.join(&main),
                kind,
                made_at,
            })
        })
        .collect();
    found.sort_by_key(|c| (c.made_at, c.file_name()));
    found.dedup_by(|a, b| a.path == b.path);
    found
}

/// How much a kept copy holds, counted without changing or copying it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CopyCounts {
    /// Completed results.
    pub results: usize,
    /// Workshop groups.
    pub groups: usize,
    /// Named situations.
    pub situations: usize,
}

/// Counts what the kept copy at `path` holds (of any released schema: a
/// table it predates counts as empty); `None` when it cannot be read. For
/// listing; [`read_copy`] reads it whole. A copy without a log is read in
/// place as an immutable file; one with a log (what was last written may
/// be only there) from a private copy of both, like [`read_copy`].
pub fn copy_counts(path: &Path) -> Option<CopyCounts> {
    use rusqlite::{Connection, OpenFlags};
    let has_log = ["-wal", "-journal"]
        .iter()
        .any(|s| with_suffix(path, s).is_file());
    let private = if has_log {
        Some(private_copy(path).ok()?)
    } else {
        None
    };
    let conn = match &private {
        Some((_dir, copy)) => Connection::open_with_flags(
            copy,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        ),
        None => Connection::open_with_flags(
            immutable_uri(path)?,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI,
        ),
    }
    .ok()?;
    // A table the copy's schema predates counts as empty; a file without
    // assessments is no Rolspiegel database.
    let count = |table: &str, filter: &str, required: bool| -> Option<usize> {
        let exists: bool = conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1)",
                [table],
                |r| r.get(0),
            )
            .ok()?;
        if !exists {
            return (!required).then_some(0);
        }
        let n: i64 = conn
            .query_row(&format!("SELECT count(*) FROM {table} {filter}"), [], |r| {
                r.get(0)
            })
            .ok()?;
        usize::try_from(n).ok()
    };
    Some(CopyCounts {
        results: count("assessment", "WHERE completed_at IS NOT NULL", true)?,
        groups: count("workshop_group", "", false)?,
        situations: count("situation", "", false)?,
    })
}

/// What a kept copy holds, read from a private copy of it (so the kept file
/// itself is never changed, also when it is of an older schema and must be
/// upgraded to be read).
#[derive(Debug, Clone, PartialEq)]
pub struct CopyContents {
    /// Its completed results with everything written beside them.
    pub records: Vec<rolspiegel_core::ResultRecord>,
    /// Its workshop groups with their participants.
    pub groups: Vec<(rolspiegel_core::Group, Vec<rolspiegel_core::GroupMember>)>,
    /// Its named situations.
    pub situations: Vec<rolspiegel_core::SituationRecord>,
    /// Its groups' shared situations with their ratings.
    pub assignments: Vec<(
        rolspiegel_core::GroupId,
        rolspiegel_core::GroupSituation,
        Vec<rolspiegel_core::GroupRating>,
    )>,
    /// Its requests to colleagues with the answers to each.
    pub requests: Vec<(
        rolspiegel_core::FeedbackRequest,
        Vec<rolspiegel_core::ColleagueResponse>,
    )>,
    /// Whether the copy could be read at all (a damaged file may not).
    pub readable: bool,
}

/// Reads what the kept copy at `path` holds. The copy (with its log, when
/// there is one) is copied into a temporary folder and opened there, so
/// nothing beside the database changes.
pub fn read_copy(path: &Path, now_ms: i64) -> Result<CopyContents, crate::StoreError> {
    let (_dir, private) = private_copy(path).map_err(crate::StoreError::Folder)?;
    let (store, opened) = crate::Store::open(&private, now_ms)?;
    if matches!(opened, crate::Opened::Recovered(_)) {
        // Too damaged to open: what was set aside is the copy itself.
        return Ok(CopyContents {
            records: Vec::new(),
            groups: Vec::new(),
            situations: Vec::new(),
            assignments: Vec::new(),
            requests: Vec::new(),
            readable: false,
        });
    }
    let mut groups = Vec::new();
    let mut assignments = Vec::new();
    for group in store.groups()? {
        let members = store.members(group.id)?;
        if let Some(situation) = store.group_situation(group.id)? {
            assignments.push((group.id, situation, store.group_ratings(group.id)?));
        }
        groups.push((group, members));
    }
    let mut requests = Vec::new();
    for (request, _) in store.requests()? {
        let responses = store.responses(request.id)?;
        requests.push((request, responses));
    }
    Ok(CopyContents {
        records: store.records()?,
        groups,
        situations: store.situation_records()?,
        assignments,
        requests,
        readable: true,
    })
}

/// Copies the database at `path` with its log (`-wal` or `-journal`, the
/// part SQLite would read or roll back) into a new temporary folder, which
/// goes when the returned guard is dropped.
fn private_copy(path: &Path) -> std::io::Result<(tempfile::TempDir, PathBuf)> {
    let dir = tempfile::tempdir()?;
    let private = dir.path().join("copy.db");
    std::fs::copy(path, &private)?;
    for suffix in ["-wal", "-journal"] {
        let log = with_suffix(path, suffix);
        if log.is_file() {
            std::fs::copy(&log, with_suffix(&private, suffix))?;
        }
    }
    Ok((dir, private))
}

/// Removes a kept copy with its side files. Returns the first error, after
/// trying them all.
pub fn remove_copy(path: &Path) -> std::io::Result<()> {
    let mut first = None;
    for file in
        std::iter::once(path.to_path_buf()).chain(SIDE_FILES.iter().map(|s| with_suffix(path, s)))
    {
        match std::fs::remove_file(&file) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                first.get_or_insert(e);
            }
        }
    }
    first.map_or(Ok(()), Err)
}

fn digits(text: &str) -> Option<usize> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

pub(crate) fn stem_and_ext(path: &Path) -> Option<(String, String)> {
    let stem = path.file_stem()?.to_str()?.to_owned();
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("db")
        .to_owned();
    Some((stem, ext))
}

/// Whether anything (a file, a link, a folder) is at `path`.
pub(crate) fn exists(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}

pub(crate) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut text = path.as_os_str().to_owned();
    text.push(suffix);
    PathBuf::from(text)
}

/// `<stem>-<what>.<ext>` beside `path`, or `<stem>-<what>-<n>.<ext>` with the
/// first `n` for which neither the file nor its side files exist.
pub(crate) fn free_name(path: &Path, what: &str) -> PathBuf {
    let (stem, ext) = stem_and_ext(path).unwrap_or_else(|| ("rolspiegel".into(), "db".into()));
    let taken = |candidate: &Path| {
        exists(candidate)
            || SIDE_FILES
                .iter()
                .any(|s| exists(&with_suffix(candidate, s)))
    };
    let first = path.with_file_name(format!("{stem}-{what}.{ext}"));
    if !taken(&first) {
        return first;
    }
    (2..)
        .map(|n| path.with_file_name(format!("{stem}-{what}-{n}.{ext}")))
        .find(|candidate| !taken(candidate))
        .unwrap_or(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_copies_are_recognised_by_their_names_only() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("rolspiegel.db");
        for name in [
            "rolspiegel-damaged-17.db",
            "rolspiegel-damaged-17-2.db",
            "rolspiegel-backup-v2-5.db",
            "rolspiegel-backup-vx-5.db",
            "rolspiegel-damaged-+1.db",
            "rolspiegel-damaged-17.db-wal",
            "rolspiegel-damaged-18.db-wal",
            "rolspiegel-damaged-19.db-journal",
            "other-damaged-17.db",
            "rolspiegel.db",
        ] {
            std::fs::write(dir.path().join(name), b"x").expect("write");
        }
        let found: Vec<(String, CopyKind, i64)> = kept_copies(&db)
            .iter()
            .map(|c| (c.file_name(), c.kind, c.made_at))
            .collect();
        assert_eq!(
            found,
            vec![
                (
                    "rolspiegel-backup-v2-5.db".into(),
                    CopyKind::Backup { schema: 2 },
                    5
                ),
                ("rolspiegel-damaged-17-2.db".into(), CopyKind::Damaged, 17),
                ("rolspiegel-damaged-17.db".into(), CopyKind::Damaged, 17),
                ("rolspiegel-damaged-18.db".into(), CopyKind::Damaged, 18),
                ("rolspiegel-damaged-19.db".into(), CopyKind::Damaged, 19),
            ]
        );
    }

    #[test]
    fn a_copy_is_counted_with_what_only_its_log_holds() {
        let dir = tempfile::tempdir().expect("temp dir");
        let source = dir.path().join("source.db");
        let conn = rusqlite::Connection::open(&source).expect("open");
        conn.pragma_update(None, "journal_mode", "wal")
            .expect("wal");
        conn.pragma_update(None, "wal_autocheckpoint", 0)
            .expect("no checkpoint");
        conn.execute_batch(
            "CREATE TABLE assessment (completed_at INTEGER);
             INSERT INTO assessment VALUES (1), (2), (NULL);
             CREATE TABLE workshop_group (id INTEGER);
             INSERT INTO workshop_group VALUES (1);",
        )
        .expect("write");
        // Copied as a crash leaves it: everything still in the log.
        let kept = dir.path().join("rolspiegel-earlier-5.db");
        std::fs::copy(&source, &kept).expect("copy");
        std::fs::copy(with_suffix(&source, "-wal"), with_suffix(&kept, "-wal")).expect("copy");
        drop(conn);
        let before: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(
            copy_counts(&kept),
            Some(CopyCounts {
                results: 2,
                groups: 1,
                situations: 0
            })
        );
        let after: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(before.len(), after.len(), "nothing made beside the copy");
    }

    #[test]
    fn a_free_name_skips_copies_and_their_side_files() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("rolspiegel.db");
        std::fs::write(dir.path().join("rolspiegel-damaged-9.db"), b"x").expect("write");
        std::fs::write(dir.path().join("rolspiegel-damaged-9-2.db-wal"), b"x").expect("write");
        assert_eq!(
            free_name(&db, "damaged-9"),
            dir.path().join("rolspiegel-damaged-9-3.db")
        );
    }
}
