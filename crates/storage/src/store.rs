use std::fmt;
use std::path::{Path, PathBuf};

use rolspiegel_core::{Answer, Profile, Role, RoleScore};
use rusqlite::{params, Connection, ErrorCode, OptionalExtension, Transaction};
use uuid::Uuid;

use crate::migrations::{migrations, SCHEMA_VERSION};
use crate::StoreError;

/// The id of one assessment: a random (v4) UUID.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AssessmentId(Uuid);

impl AssessmentId {
    /// A new random id.
    pub fn new() -> AssessmentId {
        AssessmentId(Uuid::new_v4())
    }

    /// Parses the hyphenated form; `None` when the text is not a UUID.
    pub fn parse(text: &str) -> Option<AssessmentId> {
        Uuid::try_parse(text).ok().map(AssessmentId)
    }
}

impl Default for AssessmentId {
    fn default() -> Self {
        AssessmentId::new()
    }
}

impl fmt::Display for AssessmentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

/// What happened while opening the database file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    /// The file opened (or was created) and is up to date.
    Ready,
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

/// An assessment that has been started but not completed.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// Its id.
    pub id: AssessmentId,
    /// The statement-list version it is answered against.
    pub instrument_version: u32,
    /// When it was started (Unix ms).
    pub started_at: i64,
    /// The answers so far, by statement id.
    pub answers: Vec<(String, Answer)>,
}

/// A completed assessment with its scores.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredResult {
    /// Its id.
    pub id: AssessmentId,
    /// The statement-list version it was answered against.
    pub instrument_version: u32,
    /// When it was started (Unix ms).
    pub started_at: i64,
    /// When it was completed (Unix ms).
    pub completed_at: i64,
    /// The scores as computed at completion.
    pub profile: Profile,
}

/// An open Rolspiegel database.
pub struct Store {
    conn: Connection,
}

impl fmt::Debug for Store {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.conn.path())
            .finish()
    }
}

/// Whether an error means "this file is not a usable Rolspiegel database"
/// (then it is set aside) rather than "the disk or another process is in the
/// way" (then the file is left alone and the error is reported).
fn means_damaged(error: &StoreError) -> bool {
    match error {
        StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _)) => !matches!(
            e.code,
            ErrorCode::DatabaseBusy
                | ErrorCode::DatabaseLocked
                | ErrorCode::ReadOnly
                | ErrorCode::DiskFull
                | ErrorCode::PermissionDenied
                | ErrorCode::CannotOpen
                | ErrorCode::OutOfMemory
                | ErrorCode::SystemIoFailure
        ),
        StoreError::Sqlite(_) | StoreError::Migration(_) | StoreError::InvalidData(_) => true,
        _ => false,
    }
}

impl Store {
    /// Opens (or creates) the database at `path`, bringing its schema up to
    /// date. A damaged or foreign file is renamed aside (never deleted) and a
    /// fresh database is started; [`Opened`] says which happened.
    pub fn open(path: &Path, now_ms: i64) -> Result<(Store, Opened), StoreError> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(StoreError::Folder)?;
        }
        match Store::try_open(path) {
            Ok(store) => Ok((store, Opened::Ready)),
            Err(error) if means_damaged(&error) && path.exists() => {
                let kept_as = set_aside(path, now_ms).map_err(StoreError::SetAside)?;
                let store = Store::try_open(path)?;
                Ok((
                    store,
                    Opened::Recovered(SetAside {
                        kept_as,
                        reason: error.to_string(),
                    }),
                ))
            }
            Err(error) => Err(error),
        }
    }

    /// A database that lives in memory only, for when no file can be written;
    /// everything in it is gone when the app closes.
    pub fn in_memory() -> Result<Store, StoreError> {
        let mut conn = Connection::open_in_memory()?;
        conn.pragma_update(None, "foreign_keys", true)?;
        migrations().to_latest(&mut conn)?;
        Ok(Store { conn })
    }

    fn try_open(path: &Path) -> Result<Store, StoreError> {
        let mut conn = Connection::open(path)?;
        // PRAGMAs are set per connection, never inside a migration.
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "foreign_keys", true)?;
        let mode: String =
            conn.pragma_update_and_check(None, "journal_mode", "wal", |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::InvalidData(format!(
                "journal mode stayed {mode}"
            )));
        }
        // NORMAL is durable against an app crash or kill in WAL mode; only a
        // power cut can lose the last answer.
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        let check: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
        if check != "ok" {
            return Err(StoreError::InvalidData(format!("integrity check: {check}")));
        }
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version > SCHEMA_VERSION as i64 {
            return Err(StoreError::InvalidData(format!(
                "schema version {version} is newer than {SCHEMA_VERSION}"
            )));
        }
        if version == 0 {
            // A non-empty file without our schema is someone else's database.
            let tables: i64 =
                conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
            if tables > 0 {
                return Err(StoreError::InvalidData(
                    "file holds tables that are not Rolspiegel's".into(),
                ));
            }
        }
        migrations().to_latest(&mut conn)?;
        Ok(Store { conn })
    }

    /// Starts a new assessment against the given statement-list version.
    pub fn start(
        &mut self,
        instrument_version: u32,
        now_ms: i64,
    ) -> Result<AssessmentId, StoreError> {
        let id = AssessmentId::new();
        self.conn.execute(
            "INSERT INTO assessment (id, instrument_version, started_at) VALUES (?1, ?2, ?3)",
            params![id.to_string(), instrument_version, now_ms],
        )?;
        Ok(id)
    }

    /// The most recently started assessment that is not completed, if any.
    pub fn draft(&self) -> Result<Option<Draft>, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT id, instrument_version, started_at FROM assessment
                 WHERE completed_at IS NULL ORDER BY started_at DESC, rowid DESC LIMIT 1",
                [],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, u32>(1)?,
                        r.get::<_, i64>(2)?,
                    ))
                },
            )
            .optional()?;
        let Some((id, instrument_version, started_at)) = row else {
            return Ok(None);
        };
        let id = parse_id(&id)?;
        Ok(Some(Draft {
            id,
            instrument_version,
            started_at,
            answers: self.answers(id)?,
        }))
    }

    /// Records (or replaces) one answer of an assessment in progress.
    pub fn save_answer(
        &mut self,
        id: AssessmentId,
        statement: &str,
        answer: Answer,
        now_ms: i64,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        require_open(&tx, id)?;
        tx.execute(
            "INSERT INTO answer (assessment_id, statement_id, value, answered_at)
             VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (assessment_id, statement_id)
             DO UPDATE SET value = excluded.value, answered_at = excluded.answered_at",
            params![id.to_string(), statement, answer.value(), now_ms],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// All answers of an assessment, ordered by statement id.
    pub fn answers(&self, id: AssessmentId) -> Result<Vec<(String, Answer)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT statement_id, value FROM answer WHERE assessment_id = ?1 ORDER BY statement_id",
        )?;
        let rows = stmt.query_map([id.to_string()], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Option<i64>>(1)?))
        })?;
        rows.map(|row| {
            let (statement, value) = row?;
            let answer = Answer::from_value(value)
                .map_err(|e| StoreError::InvalidData(format!("{statement}: {e}")))?;
            Ok((statement, answer))
        })
        .collect()
    }

    /// Completes an assessment: its scores and completion time are written in
    /// one transaction, after checking it is still open.
    pub fn complete(
        &mut self,
        id: AssessmentId,
        profile: &Profile,
        now_ms: i64,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        require_open(&tx, id)?;
        for role in &profile.roles {
            tx.execute(
                "INSERT INTO role_score (assessment_id, role, score, share, answered, total)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    id.to_string(),
                    role.role.key(),
                    role.score,
                    role.share,
                    count_to_sql(role.answered),
                    count_to_sql(role.total)
                ],
            )?;
        }
        tx.execute(
            "UPDATE assessment SET completed_at = ?2 WHERE id = ?1",
            params![id.to_string(), now_ms],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Throws away an assessment in progress and its answers.
    pub fn discard(&mut self, id: AssessmentId) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        require_open(&tx, id)?;
        tx.execute("DELETE FROM assessment WHERE id = ?1", [id.to_string()])?;
        tx.commit()?;
        Ok(())
    }

    /// All completed assessments, newest first.
    pub fn results(&self) -> Result<Vec<StoredResult>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id FROM assessment WHERE completed_at IS NOT NULL
             ORDER BY completed_at DESC, rowid DESC",
        )?;
        let ids = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<Result<Vec<_>, _>>()?;
        ids.iter()
            .map(|id| {
                let id = parse_id(id)?;
                self.result(id)?
                    .ok_or_else(|| StoreError::UnknownAssessment(id.to_string()))
            })
            .collect()
    }

    /// One completed assessment, or `None` if it does not exist or is not
    /// completed.
    pub fn result(&self, id: AssessmentId) -> Result<Option<StoredResult>, StoreError> {
        let head = self
            .conn
            .query_row(
                "SELECT instrument_version, started_at, completed_at FROM assessment
                 WHERE id = ?1 AND completed_at IS NOT NULL",
                [id.to_string()],
                |r| {
                    Ok((
                        r.get::<_, u32>(0)?,
                        r.get::<_, i64>(1)?,
                        r.get::<_, i64>(2)?,
                    ))
                },
            )
            .optional()?;
        let Some((instrument_version, started_at, completed_at)) = head else {
            return Ok(None);
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT role, score, share, answered, total FROM role_score WHERE assessment_id = ?1",
        )?;
        let mut found: [Option<RoleScore>; 3] = [None; 3];
        let rows = stmt.query_map([id.to_string()], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, f64>(1)?,
                r.get::<_, f64>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, i64>(4)?,
            ))
        })?;
        for row in rows {
            let (key, score, share, answered, total) = row?;
            let role = Role::from_key(&key)
                .ok_or_else(|| StoreError::InvalidData(format!("unknown role {key:?}")))?;
            let count = |n: i64| {
                usize::try_from(n).map_err(|_| StoreError::InvalidData(format!("count {n}")))
            };
            found[role.index()] = Some(RoleScore {
                role,
                score,
                share,
                answered: count(answered)?,
                total: count(total)?,
            });
        }
        let [Some(b), Some(o), Some(v)] = found else {
            return Err(StoreError::InvalidData(format!(
                "assessment {id} lacks a role score"
            )));
        };
        Ok(Some(StoredResult {
            id,
            instrument_version,
            started_at,
            completed_at,
            profile: Profile::from_scores([b, o, v]),
        }))
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

    /// A stored setting, such as the chosen language.
    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
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

/// Statement counts are tiny; saturate rather than fail on an impossible size.
fn count_to_sql(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn parse_id(text: &str) -> Result<AssessmentId, StoreError> {
    AssessmentId::parse(text).ok_or_else(|| StoreError::InvalidData(format!("bad id {text:?}")))
}

/// Fails unless the assessment exists and is still in progress.
fn require_open(tx: &Transaction<'_>, id: AssessmentId) -> Result<(), StoreError> {
    let completed: Option<Option<i64>> = tx
        .query_row(
            "SELECT completed_at FROM assessment WHERE id = ?1",
            [id.to_string()],
            |r| r.get(0),
        )
        .optional()?;
    match completed {
        None => Err(StoreError::UnknownAssessment(id.to_string())),
        Some(Some(_)) => Err(StoreError::AlreadyCompleted(id.to_string())),
        Some(None) => Ok(()),
    }
}

/// Renames a damaged database (and its WAL and shared-memory files) to
/// `<stem>-damaged-<ms>.<ext>` beside it, and returns the new path.
fn set_aside(path: &Path, now_ms: i64) -> std::io::Result<PathBuf> {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("rolspiegel");
    let ext = path.extension().and_then(|s| s.to_str()).unwrap_or("db");
    let kept_as = path.with_file_name(format!("{stem}-damaged-{now_ms}.{ext}"));
    std::fs::rename(path, &kept_as)?;
    for suffix in ["-wal", "-shm"] {
        let mut side = path.as_os_str().to_owned();
        side.push(suffix);
        let side = PathBuf::from(side);
        if side.exists() {
            let mut target = kept_as.as_os_str().to_owned();
            target.push(suffix);
            std::fs::rename(&side, PathBuf::from(target))?;
        }
    }
    Ok(kept_as)
}
