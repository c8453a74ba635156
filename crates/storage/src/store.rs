use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;

use rolspiegel_core::{
    Answer, AssessmentId, Goal, Profile, ReflectionQuestion, ResultRecord, Role, RoleScore,
    StoredResult,
};
use rusqlite::{params, Connection, ErrorCode, OptionalExtension, Transaction};

use crate::migrations::migrations;
use crate::opening::{kept_copies, remove_copy, KeptCopy};
use crate::StoreError;

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

/// A line of the history: a result with what was written beside it.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryEntry {
    /// The result.
    pub result: StoredResult,
    /// Its development goal, if one was set.
    pub goal: Option<Goal>,
    /// How many reflection questions have an answer.
    pub reflections: usize,
}

/// What import did with one record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Imported {
    /// The record was new and is now stored.
    Added,
    /// An identical record was already stored; nothing changed.
    AlreadyPresent,
    /// A record with the same id but other content is stored; it was kept
    /// and the incoming one skipped.
    Conflict,
    /// The database refused the record (a value outside what its schema
    /// allows); it was skipped and the other records were added.
    Refused,
}

/// An open Rolspiegel database.
pub struct Store {
    pub(crate) conn: Connection,
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

    /// How many statements of an assessment have an answer (including
    /// "weet ik niet"): one count query, for the progress bar.
    pub fn answer_count(&self, id: AssessmentId) -> Result<usize, StoreError> {
        let count: i64 = self.conn.query_row(
            "SELECT count(*) FROM answer WHERE assessment_id = ?1",
            [id.to_string()],
            |r| r.get(0),
        )?;
        Ok(usize::try_from(count).unwrap_or(0))
    }

    /// Whether an assessment is a scan in progress; fails with
    /// [`StoreError::UnknownAssessment`] or [`StoreError::AlreadyCompleted`]
    /// otherwise.
    pub fn require_scan(&mut self, id: AssessmentId) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        require_open(&tx, id)
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
            let answer = stored_answer(&statement, value)?;
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
        insert_role_scores(&tx, &id.to_string(), profile)?;
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
        Ok(self.history()?.into_iter().map(|e| e.result).collect())
    }

    /// All completed assessments with their goals, newest first, read in one
    /// query (the history may hold hundreds of results).
    pub fn history(&self) -> Result<Vec<HistoryEntry>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.instrument_version, a.started_at, a.completed_at, a.label,
                    b.score, b.share, b.answered, b.total,
                    o.score, o.share, o.answered, o.total,
                    v.score, v.share, v.answered, v.total,
                    g.role, g.assignment, g.review_on,
                    (SELECT count(*) FROM reflection r WHERE r.assessment_id = a.id)
             FROM assessment a
             JOIN role_score b ON b.assessment_id = a.id AND b.role = 'bureaucraat'
             JOIN role_score o ON o.assessment_id = a.id AND o.role = 'ondernemer'
             JOIN role_score v ON v.assessment_id = a.id AND v.role = 'verbinder'
             LEFT JOIN goal g ON g.assessment_id = a.id
             WHERE a.completed_at IS NOT NULL
             ORDER BY a.completed_at DESC, a.rowid DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, u32>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, String>(4)?,
                raw_scores(r, 5)?,
                (
                    r.get::<_, Option<String>>(17)?,
                    r.get::<_, Option<String>>(18)?,
                    r.get::<_, Option<String>>(19)?,
                ),
                r.get::<_, i64>(20)?,
            ))
        })?;
        rows.map(|row| {
            let (id, instrument_version, started_at, completed_at, label, scores, goal, notes) =
                row?;
            let profile = profile_of(scores)?;
            Ok(HistoryEntry {
                result: StoredResult {
                    id: parse_id(&id)?,
                    instrument_version,
                    started_at,
                    completed_at,
                    label,
                    profile,
                },
                goal: match goal {
                    (Some(role), Some(assignment), review_on) => {
                        Some(goal_from_row(&role, assignment, review_on)?)
                    }
                    _ => None,
                },
                reflections: usize::try_from(notes).unwrap_or(0),
            })
        })
        .collect()
    }

    /// One completed assessment, or `None` if it does not exist or is not
    /// completed.
    pub fn result(&self, id: AssessmentId) -> Result<Option<StoredResult>, StoreError> {
        let head = self
            .conn
            .query_row(
                "SELECT instrument_version, started_at, completed_at, label FROM assessment
                 WHERE id = ?1 AND completed_at IS NOT NULL",
                [id.to_string()],
                |r| {
                    Ok((
                        r.get::<_, u32>(0)?,
                        r.get::<_, i64>(1)?,
                        r.get::<_, i64>(2)?,
                        r.get::<_, String>(3)?,
                    ))
                },
            )
            .optional()?;
        let Some((instrument_version, started_at, completed_at, label)) = head else {
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
            found[role.index()] = Some(role_score((role, score, share, answered, total))?);
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
            label,
            profile: Profile::from_scores([b, o, v]),
        }))
    }

    /// Gives a completed result a label (already cleaned by the caller; see
    /// `rolspiegel_core::clean_label`). An empty label removes it.
    pub fn set_label(&mut self, id: AssessmentId, label: &str) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        require_completed(&tx, id)?;
        tx.execute(
            "UPDATE assessment SET label = ?2 WHERE id = ?1",
            params![id.to_string(), label],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Deletes one completed result with its answers, notes and goal.
    pub fn delete_result(&mut self, id: AssessmentId) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        require_completed(&tx, id)?;
        tx.execute("DELETE FROM assessment WHERE id = ?1", [id.to_string()])?;
        tx.commit()?;
        self.forget_deleted();
        Ok(())
    }

    /// The answers to the reflection questions of a result, in the book's order.
    pub fn reflections(
        &self,
        id: AssessmentId,
    ) -> Result<Vec<(ReflectionQuestion, String)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT question, answer FROM reflection WHERE assessment_id = ?1")?;
        let rows = stmt.query_map([id.to_string()], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?;
        let mut found = rows
            .map(|row| {
                let (key, answer) = row?;
                let question = ReflectionQuestion::from_key(&key)
                    .ok_or_else(|| StoreError::InvalidData(format!("question {key:?}")))?;
                Ok((question, answer))
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        found.sort_by_key(|(q, _)| *q);
        Ok(found)
    }

    /// Stores the answer to one reflection question (already cleaned by the
    /// caller); an empty answer removes it.
    pub fn set_reflection(
        &mut self,
        id: AssessmentId,
        question: ReflectionQuestion,
        answer: &str,
        now_ms: i64,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        require_completed(&tx, id)?;
        if answer.is_empty() {
            tx.execute(
                "DELETE FROM reflection WHERE assessment_id = ?1 AND question = ?2",
                params![id.to_string(), question.key()],
            )?;
        } else {
            tx.execute(
                "INSERT INTO reflection (assessment_id, question, answer, updated_at)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (assessment_id, question)
                 DO UPDATE SET answer = excluded.answer, updated_at = excluded.updated_at",
                params![id.to_string(), question.key(), answer, now_ms],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The development goal of a result, if one was set.
    pub fn goal(&self, id: AssessmentId) -> Result<Option<Goal>, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT role, assignment, review_on FROM goal WHERE assessment_id = ?1",
                [id.to_string()],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, Option<String>>(2)?,
                    ))
                },
            )
            .optional()?;
        row.map(|(role, assignment, review_on)| goal_from_row(&role, assignment, review_on))
            .transpose()
    }

    /// Sets (or with `None` removes) the development goal of a result.
    pub fn set_goal(
        &mut self,
        id: AssessmentId,
        goal: Option<&Goal>,
        now_ms: i64,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        require_completed(&tx, id)?;
        match goal {
            None => {
                tx.execute(
                    "DELETE FROM goal WHERE assessment_id = ?1",
                    [id.to_string()],
                )?;
            }
            Some(goal) => {
                tx.execute(
                    "INSERT INTO goal (assessment_id, role, assignment, review_on, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5)
                     ON CONFLICT (assessment_id) DO UPDATE SET role = excluded.role,
                       assignment = excluded.assignment, review_on = excluded.review_on,
                       updated_at = excluded.updated_at",
                    params![
                        id.to_string(),
                        goal.role.key(),
                        goal.assignment,
                        goal.review_on,
                        now_ms
                    ],
                )?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Everything stored about every completed result, newest first: what an
    /// export holds. Reads in four queries, whatever the number of results.
    pub fn records(&self) -> Result<Vec<ResultRecord>, StoreError> {
        let history = self.history()?;
        let mut answers: HashMap<String, Vec<(String, Answer)>> = HashMap::new();
        {
            let mut stmt = self.conn.prepare(
                "SELECT assessment_id, statement_id, value FROM answer ORDER BY statement_id",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<i64>>(2)?,
                ))
            })?;
            for row in rows {
                let (id, statement, value) = row?;
                let answer = stored_answer(&statement, value)?;
                answers.entry(id).or_default().push((statement, answer));
            }
        }
        let mut notes: HashMap<String, Vec<(ReflectionQuestion, String)>> = HashMap::new();
        {
            let mut stmt = self
                .conn
                .prepare("SELECT assessment_id, question, answer FROM reflection")?;
            let rows = stmt.query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })?;
            for row in rows {
                let (id, key, answer) = row?;
                let question = ReflectionQuestion::from_key(&key)
                    .ok_or_else(|| StoreError::InvalidData(format!("question {key:?}")))?;
                notes.entry(id).or_default().push((question, answer));
            }
        }
        Ok(history
            .into_iter()
            .map(|entry| {
                let key = entry.result.id.to_string();
                let mut reflections = notes.remove(&key).unwrap_or_default();
                reflections.sort_by_key(|(q, _)| *q);
                ResultRecord {
                    answers: answers.remove(&key).unwrap_or_default(),
                    reflections,
                    goal: entry.goal,
                    result: entry.result,
                }
            })
            .collect())
    }

    /// Adds records from an export, all in one transaction: a new id is
    /// stored; an id already present is left exactly as it is, and reported
    /// as [`Imported::AlreadyPresent`] or [`Imported::Conflict`]. The caller
    /// checks the records (answers, scores, texts) before handing them over.
    pub fn import(&mut self, records: &[ResultRecord]) -> Result<Vec<Imported>, StoreError> {
        let existing: HashMap<String, ResultRecord> = self
            .records()?
            .into_iter()
            .map(|r| (r.result.id.to_string(), r))
            .collect();
        let mut outcome = vec![Imported::Added; records.len()];
        // The first copy of an id in the file is the candidate; later copies
        // are duplicates of it.
        let mut first: HashMap<String, usize> = HashMap::new();
        let mut candidates = Vec::new();
        for (i, record) in records.iter().enumerate() {
            let key = record.result.id.to_string();
            let earlier = existing
                .get(&key)
                .or_else(|| first.get(&key).map(|&j| &records[j]));
            match earlier {
                Some(earlier) => {
                    outcome[i] = if earlier.same_content(record) {
                        Imported::AlreadyPresent
                    } else {
                        Imported::Conflict
                    }
                }
                None => {
                    first.insert(key, i);
                    candidates.push(i);
                }
            }
        }
        // Exports list newest first; store oldest first so that results with
        // the same completion time keep their order in the history.
        candidates.sort_by_key(|&i| (records[i].result.completed_at, std::cmp::Reverse(i)));
        let mut tx = self.conn.transaction()?;
        for i in candidates {
            let record = &records[i];
            let taken: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM assessment WHERE id = ?1)",
                [record.result.id.to_string()],
                |r| r.get(0),
            )?;
            if taken {
                // A scan in progress with this id: never overwrite it.
                outcome[i] = Imported::Conflict;
                continue;
            }
            if !insert_or_refuse(&mut tx, |conn| insert_record(conn, record))? {
                outcome[i] = Imported::Refused;
            }
        }
        tx.commit()?;
        Ok(outcome)
    }

    /// Removes every result, scan in progress, note, goal and workshop group,
    /// then rewrites
    /// the file so the removed text does not linger in free pages or the
    /// write-ahead log. Settings such as the language stay.
    ///
    /// Backups and damaged copies beside the file ([`Store::kept_copies`])
    /// hold the same kind of data, so they are removed too; the number
    /// removed is returned. A copy that cannot be removed is an error after
    /// the database itself was emptied.
    pub fn wipe(&mut self) -> Result<usize, StoreError> {
        let tx = self.conn.transaction()?;
        // Answers, scores, reflections and goals go with their assessment;
        // participants' results go with their group.
        tx.execute("DELETE FROM assessment", [])?;
        tx.execute("DELETE FROM workshop_group", [])?;
        tx.commit()?;
        self.conn.execute_batch("VACUUM")?;
        // In memory there is no log; elsewhere empty it.
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        let copies = self.kept_copies();
        for copy in &copies {
            remove_copy(&copy.path).map_err(StoreError::RemoveCopy)?;
        }
        Ok(copies.len())
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

fn insert_record(tx: &Connection, record: &ResultRecord) -> Result<(), StoreError> {
    let r = &record.result;
    let id = r.id.to_string();
    tx.execute(
        "INSERT INTO assessment (id, instrument_version, started_at, completed_at, label)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            id,
            r.instrument_version,
            r.started_at,
            r.completed_at,
            r.label
        ],
    )?;
    for (statement, answer) in &record.answers {
        tx.execute(
            "INSERT INTO answer (assessment_id, statement_id, value, answered_at)
             VALUES (?1, ?2, ?3, ?4)",
            params![id, statement, answer.value(), r.completed_at],
        )?;
    }
    insert_role_scores(tx, &id, &r.profile)?;
    for (question, answer) in &record.reflections {
        tx.execute(
            "INSERT INTO reflection (assessment_id, question, answer, updated_at)
             VALUES (?1, ?2, ?3, ?4)",
            params![id, question.key(), answer, r.completed_at],
        )?;
    }
    if let Some(goal) = &record.goal {
        tx.execute(
            "INSERT INTO goal (assessment_id, role, assignment, review_on, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                id,
                goal.role.key(),
                goal.assignment,
                goal.review_on,
                r.completed_at
            ],
        )?;
    }
    Ok(())
}

/// Writes the three role scores of a completed assessment.
fn insert_role_scores(tx: &Connection, id: &str, profile: &Profile) -> Result<(), StoreError> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO role_score (assessment_id, role, score, share, answered, total)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for role in &profile.roles {
        stmt.execute(params![
            id,
            role.role.key(),
            role.score,
            role.share,
            count_to_sql(role.answered),
            count_to_sql(role.total)
        ])?;
    }
    Ok(())
}

/// One role's stored score columns: score, share, answered, total.
pub(crate) type RawScores = [(Role, f64, f64, i64, i64); 3];

/// Reads the score columns of the three roles (in [`Role::ALL`] order, four
/// columns each) starting at column `first` of a pivoted query.
pub(crate) fn raw_scores(r: &rusqlite::Row<'_>, first: usize) -> rusqlite::Result<RawScores> {
    let role_at = |role: Role| -> rusqlite::Result<(Role, f64, f64, i64, i64)> {
        let at = first + 4 * role.index();
        Ok((
            role,
            r.get(at)?,
            r.get(at + 1)?,
            r.get(at + 2)?,
            r.get(at + 3)?,
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

pub(crate) fn role_score(
    (role, score, share, answered, total): (Role, f64, f64, i64, i64),
) -> Result<RoleScore, StoreError> {
    let count =
        |n: i64| usize::try_from(n).map_err(|_| StoreError::InvalidData(format!("count {n}")));
    Ok(RoleScore {
        role,
        score,
        share,
        answered: count(answered)?,
        total: count(total)?,
    })
}

fn goal_from_row(
    role: &str,
    assignment: String,
    review_on: Option<String>,
) -> Result<Goal, StoreError> {
    let role = Role::from_key(role)
        .ok_or_else(|| StoreError::InvalidData(format!("unknown role {role:?}")))?;
    Ok(Goal {
        role,
        assignment,
        review_on,
    })
}

/// Fails unless the assessment exists and is completed.
fn require_completed(tx: &Transaction<'_>, id: AssessmentId) -> Result<(), StoreError> {
    let completed: Option<Option<i64>> = tx
        .query_row(
            "SELECT completed_at FROM assessment WHERE id = ?1",
            [id.to_string()],
            |r| r.get(0),
        )
        .optional()?;
    match completed {
        Some(Some(_)) => Ok(()),
        _ => Err(StoreError::UnknownResult(id.to_string())),
    }
}

/// Statement counts are tiny; saturate rather than fail on an impossible size.
pub(crate) fn count_to_sql(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

pub(crate) fn parse_id(text: &str) -> Result<AssessmentId, StoreError> {
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
