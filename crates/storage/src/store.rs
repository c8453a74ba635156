//! The store itself: one connection with its PRAGMAs, settings, where the
//! file is, and the helpers the other parts share (scores read and written,
//! ids parsed, one record inserted or refused).

use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;

use rolspiegel_core::{Answer, AssessmentId, Profile, Role, RoleScore};
use rusqlite::{params, Connection, ErrorCode, OptionalExtension, Transaction};

use crate::copies::{kept_copies, KeptCopy};
use crate::migrations::migrations;
use crate::StoreError;

/// An open Rolspiegel database.
pub struct Store {
    pub(crate) conn: Connection,
    /// The lock that keeps a second Rolspiegel off this file, held while
    /// the store is open (`None` in memory, or where locks do not work).
    pub(crate) lock: Option<std::fs::File>,
    /// The schema version this open upgraded from, after a backup.
    pub(crate) upgraded_from: Option<usize>,
    /// How many rows of the groups' tables this connection has changed:
    /// see [`Store::group_generation`].
    group_changes: std::sync::Arc<std::sync::atomic::AtomicU64>,
    /// Whether those changes are counted (else every call is a change).
    watched: bool,
}

impl fmt::Debug for Store {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.conn.path())
            .finish()
    }
}

impl Store {
    /// A database that lives in memory only, for when no file can be written;
    /// everything in it is gone when the app closes.
    pub fn in_memory() -> Result<Store, StoreError> {
        let mut conn = Connection::open_in_memory()?;
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.pragma_update(None, "secure_delete", true)?;
        migrations().to_latest(&mut conn)?;
        Ok(Store::with_connection(conn))
    }

    /// A store over an opened, migrated connection. Every transaction takes
    /// the write lock when it begins (`BEGIN IMMEDIATE`): a transaction that
    /// reads first and writes later could otherwise be refused at once when
    /// another connection wrote meanwhile, without waiting (SQLite cannot
    /// wait there without risking a deadlock). Begun this way, it waits up
    /// to the busy time-out like any other write.
    pub(crate) fn with_connection(mut conn: Connection) -> Store {
        conn.set_transaction_behavior(rusqlite::TransactionBehavior::Immediate);
        let group_changes = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
        let counter = std::sync::Arc::clone(&group_changes);
        // Every row written to or deleted from a group's table, also by a
        // cascade; a change rolled back counts too (it only costs a
        // drawing). Only this connection writes: the lock file sees to it.
        let watched = conn
            .update_hook(Some(
                move |_: rusqlite::hooks::Action, _: &str, table: &str, _: i64| {
                    if table == "workshop_group" || table.starts_with("group_") {
                        counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    }
                },
            ))
            .is_ok();
        Store {
            conn,
            lock: None,
            upgraded_from: None,
            group_changes,
            watched,
        }
    }

    /// A number that changes whenever anything in any group changes (a
    /// result added, removed or renamed, a group deleted or wiped, ratings
    /// of an assignment), and never comes back to an earlier value while
    /// this store is open: figures worked out from the groups can be kept
    /// until it does.
    pub fn group_generation(&self) -> u64 {
        use std::sync::atomic::Ordering::Relaxed;
        if self.watched {
            self.group_changes.load(Relaxed)
        } else {
            self.group_changes.fetch_add(1, Relaxed) + 1
        }
    }

    /// The schema version opening this file upgraded it from (after a
    /// backup beside it); `None` when it was already current or new.
    pub fn upgraded_from(&self) -> Option<usize> {
        self.upgraded_from
    }

    /// Where the database file is; `None` in memory.
    pub fn path(&self) -> Option<PathBuf> {
        self.conn
            .path()
            .filter(|p| !p.is_empty())
            .map(PathBuf::from)
    }

    /// Backups made before upgrades and damaged files set aside, beside the
    /// database file, oldest first.
    pub fn kept_copies(&self) -> Vec<KeptCopy> {
        self.path().map(|p| kept_copies(&p)).unwrap_or_default()
    }

    /// After deleting: empties the write-ahead log, so the deleted text
    /// (zeroed in the file by `secure_delete`) is not left in older log
    /// frames either. When another connection is reading, the log is emptied
    /// at a later checkpoint instead; that is not an error.
    pub(crate) fn forget_deleted(&self) {
        let _ = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
    }

    /// Stops the database file from growing past its current size, so that
    /// tests can walk SQLite's real "disk full" path (`SQLITE_FULL`) without
    /// filling a disk. Lasts until the store is closed.
    #[doc(hidden)]
    pub fn cap_size_for_tests(&self) -> Result<(), StoreError> {
        let pages: i64 = self.conn.query_row("PRAGMA page_count", [], |r| r.get(0))?;
        self.conn
            .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(()))?;
        Ok(())
    }

    /// Ends the store as a killed process does: the connection is never
    /// closed (no checkpoint, no clean-up), and the lock is gone as the
    /// operating system drops a dead process's locks. For tests of what a
    /// kill leaves behind.
    #[doc(hidden)]
    pub fn abandon_as_if_killed(mut self) {
        drop(self.lock.take());
        std::mem::forget(self);
    }

    /// A stored setting, such as the chosen language.
    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// A setting read from the database file at `path` without opening it
    /// for use: for a start that cannot use the file (a full or read-only
    /// disk, another Rolspiegel using it), so that it still speaks the
    /// language the person chose. Read through a read-only connection (which
    /// sees what another process has in its log), or else as an immutable
    /// file, which creates nothing beside it but misses the log. `None` when
    /// it cannot be read.
    pub fn peek_setting(path: &std::path::Path, key: &str) -> Option<String> {
        use rusqlite::OpenFlags;
        if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
            return None;
        }
        let read = |conn: Connection| {
            conn.query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .ok()
        };
        let shared = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .ok()
        .and_then(read);
        shared.or_else(|| {
            let conn = Connection::open_with_flags(
                crate::copies::immutable_uri(path)?,
                OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI,
            )
            .ok()?;
            read(conn)
        })
    }

    /// Stores a setting, replacing an earlier value.
    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO setting (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }
}

/// Runs one record's inserts inside a savepoint: when the database refuses
/// the record (a constraint), its rows are rolled back and `false` returned,
/// so one bad record never spoils the others. Any other error (a full disk)
/// ends the whole import.
pub(crate) fn insert_or_refuse(
    tx: &mut Transaction<'_>,
    insert: impl FnOnce(&Connection) -> Result<(), StoreError>,
) -> Result<bool, StoreError> {
    let savepoint = tx.savepoint()?;
    match insert(&savepoint) {
        Ok(()) => {
            savepoint.commit()?;
            Ok(true)
        }
        Err(StoreError::Sqlite(e))
            if e.sqlite_error_code() == Some(ErrorCode::ConstraintViolation) =>
        {
            // Dropping the savepoint rolls it back.
            drop(savepoint);
            Ok(false)
        }
        Err(e) => Err(e),
    }
}

/// Writes the three role scores of a completed sheet.
pub(crate) fn insert_role_scores(
    tx: &Connection,
    sheet: &crate::scan::Sheet,
    id: &str,
    profile: &Profile,
) -> Result<(), StoreError> {
    let mut stmt = tx.prepare_cached(&format!(
        "INSERT INTO {} ({}, role, score, share, answered, total, variance)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        sheet.scores, sheet.key
    ))?;
    for role in &profile.roles {
        stmt.execute(params![
            id,
            role.role.key(),
            role.score,
            role.share,
            count_to_sql(role.answered),
            count_to_sql(role.total),
            role.variance
        ])?;
    }
    Ok(())
}

/// One role's stored score columns: score, share, answered, total, variance.
pub(crate) type RawScore = (Role, f64, f64, i64, i64, Option<f64>);

/// The stored score columns of the three roles.
pub(crate) type RawScores = [RawScore; 3];

/// The columns a pivoted query selects per role, for [`raw_scores`]: `b`,
/// `o` and `v` are the aliases of the three joined score rows.
pub(crate) const SCORE_COLUMNS: &str = "b.score, b.share, b.answered, b.total, b.variance,
                    o.score, o.share, o.answered, o.total, o.variance,
                    v.score, v.share, v.answered, v.total, v.variance";

/// Reads the score columns of the three roles (in [`Role::ALL`] order, five
/// columns each, as [`SCORE_COLUMNS`]) starting at column `first` of a
/// pivoted query.
pub(crate) fn raw_scores(r: &rusqlite::Row<'_>, first: usize) -> rusqlite::Result<RawScores> {
    let role_at = |role: Role| -> rusqlite::Result<RawScore> {
        let at = first + 5 * role.index();
        Ok((
            role,
            r.get(at)?,
            r.get(at + 1)?,
            r.get(at + 2)?,
            r.get(at + 3)?,
            r.get(at + 4)?,
        ))
    };
    Ok([
        role_at(Role::Bureaucraat)?,
        role_at(Role::Ondernemer)?,
        role_at(Role::Verbinder)?,
    ])
}

/// The profile of three stored role scores.
pub(crate) fn profile_of([b, o, v]: RawScores) -> Result<Profile, StoreError> {
    Ok(Profile::from_scores([
        role_score(b)?,
        role_score(o)?,
        role_score(v)?,
    ]))
}

/// An answer read back; a value off the scale means the row was not written
/// by Rolspiegel.
pub(crate) fn stored_answer(statement: &str, value: Option<i64>) -> Result<Answer, StoreError> {
    Answer::from_value(value).map_err(|e| StoreError::InvalidData(format!("{statement}: {e}")))
}

/// Answers grouped by whose they are, from a query whose rows are (owner id,
/// statement id, stored value): a result's or a group member's answers.
pub(crate) fn answers_by_owner(
    conn: &Connection,
    sql: &str,
    params: &[&dyn rusqlite::ToSql],
) -> Result<HashMap<String, Vec<(String, Answer)>>, StoreError> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(params, |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<i64>>(2)?,
        ))
    })?;
    let mut answers: HashMap<String, Vec<(String, Answer)>> = HashMap::new();
    for row in rows {
        let (owner, statement, value) = row?;
        let answer = stored_answer(&statement, value)?;
        answers.entry(owner).or_default().push((statement, answer));
    }
    Ok(answers)
}

pub(crate) fn role_score(
    (role, score, share, answered, total, variance): RawScore,
) -> Result<RoleScore, StoreError> {
    let count =
        |n: i64| usize::try_from(n).map_err(|_| StoreError::InvalidData(format!("count {n}")));
    Ok(RoleScore {
        role,
        score,
        share,
        answered: count(answered)?,
        total: count(total)?,
        variance,
    })
}

/// Statement counts are tiny; saturate rather than fail on an impossible size.
pub(crate) fn count_to_sql(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

pub(crate) fn parse_id(text: &str) -> Result<AssessmentId, StoreError> {
    AssessmentId::parse(text).ok_or_else(|| StoreError::InvalidData(format!("bad id {text:?}")))
}
