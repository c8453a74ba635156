//! A scan in progress: starting it, saving answers one by one, completing
//! it with its scores, or throwing it away.

use rolspiegel_core::{Answer, AssessmentId, Profile};
use rusqlite::{params, OptionalExtension, Transaction};

use crate::store::{insert_role_scores, parse_id, stored_answer, Store};
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

impl Store {
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
        SCAN.save_answer(&mut self.conn, &id.to_string(), statement, answer, now_ms)
    }

    /// How many statements of an assessment have an answer (including
    /// "weet ik niet"): one count query, for the progress bar.
    pub fn answer_count(&self, id: AssessmentId) -> Result<usize, StoreError> {
        SCAN.answer_count(&self.conn, &id.to_string())
    }

    /// The statement-list version of a scan in progress; fails with
    /// [`StoreError::UnknownAssessment`] or [`StoreError::AlreadyCompleted`]
    /// when the assessment is not one.
    pub fn require_scan(&mut self, id: AssessmentId) -> Result<u32, StoreError> {
        let tx = self.conn.transaction()?;
        SCAN.require_open(&tx, &id.to_string())
    }

    /// All answers of an assessment, ordered by statement id.
    pub fn answers(&self, id: AssessmentId) -> Result<Vec<(String, Answer)>, StoreError> {
        SCAN.answers(&self.conn, &id.to_string())
    }

    /// Completes an assessment: its scores and completion time are written in
    /// one transaction, after checking it is still open. The completion time
    /// is never before the start, also when the clock was set back while the
    /// scan was open (then it is the start time): every reader can rely on
    /// that order.
    pub fn complete(
        &mut self,
        id: AssessmentId,
        profile: &Profile,
        now_ms: i64,
    ) -> Result<(), StoreError> {
        SCAN.complete(&mut self.conn, &id.to_string(), profile, now_ms)
    }

    /// Throws away an assessment in progress and its answers.
    pub fn discard(&mut self, id: AssessmentId) -> Result<(), StoreError> {
        SCAN.discard(&mut self.conn, &id.to_string())
    }
}

/// The tables of one kind of answer sheet: a scan of a person (an
/// assessment) or a rating of a situation. Both are answered one statement
/// at a time and completed with their scores in one step, by the same code.
pub(crate) struct Sheet {
    /// The table of sheets (`id`, the list version, `started_at`,
    /// `completed_at`).
    pub(crate) sheets: &'static str,
    /// Its list-version column.
    pub(crate) version: &'static str,
    /// The table of answers (key, `statement_id`, `value`, `answered_at`).
    pub(crate) answers: &'static str,
    /// The table of the three role scores (key, `role`, `score`, `share`,
    /// `answered`, `total`, `variance`).
    pub(crate) scores: &'static str,
    /// The column of both that names the sheet.
    pub(crate) key: &'static str,
}

/// A person's scan.
pub(crate) const SCAN: Sheet = Sheet {
    sheets: "assessment",
    version: "instrument_version",
    answers: "answer",
    scores: "role_score",
    key: "assessment_id",
};

impl Sheet {
    pub(crate) fn save_answer(
        &self,
        conn: &mut rusqlite::Connection,
        id: &str,
        statement: &str,
        answer: Answer,
        now_ms: i64,
    ) -> Result<(), StoreError> {
        let tx = conn.transaction()?;
        self.require_open(&tx, id)?;
        tx.execute(
            &format!(
                "INSERT INTO {answers} ({key}, statement_id, value, answered_at)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT ({key}, statement_id)
                 DO UPDATE SET value = excluded.value, answered_at = excluded.answered_at",
                answers = self.answers,
                key = self.key
            ),
            params![id, statement, answer.value(), now_ms],
        )?;
        tx.commit()?;
        Ok(())
    }

    pub(crate) fn answer_count(
        &self,
        conn: &rusqlite::Connection,
        id: &str,
    ) -> Result<usize, StoreError> {
        let count: i64 = conn.query_row(
            &format!(
                "SELECT count(*) FROM {} WHERE {} = ?1",
                self.answers, self.key
            ),
            [id],
            |r| r.get(0),
        )?;
        Ok(usize::try_from(count).unwrap_or(0))
    }

    pub(crate) fn answers(
        &self,
        conn: &rusqlite::Connection,
        id: &str,
    ) -> Result<Vec<(String, Answer)>, StoreError> {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT statement_id, value FROM {} WHERE {} = ?1 ORDER BY statement_id",
            self.answers, self.key
        ))?;
        let rows = stmt.query_map([id], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Option<i64>>(1)?))
        })?;
        rows.map(|row| {
            let (statement, value) = row?;
            let answer = stored_answer(&statement, value)?;
            Ok((statement, answer))
        })
        .collect()
    }

    pub(crate) fn complete(
        &self,
        conn: &mut rusqlite::Connection,
        id: &str,
        profile: &Profile,
        now_ms: i64,
    ) -> Result<(), StoreError> {
        let tx = conn.transaction()?;
        self.require_open(&tx, id)?;
        insert_role_scores(&tx, self, id, profile)?;
        tx.execute(
            &format!(
                "UPDATE {} SET completed_at = max(?2, started_at) WHERE id = ?1",
                self.sheets
            ),
            params![id, now_ms],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Whether a sheet with this id is stored (open or completed).
    pub(crate) fn has(&self, conn: &rusqlite::Connection, id: &str) -> Result<bool, StoreError> {
        Ok(conn.query_row(
            &format!(
                "SELECT EXISTS (SELECT 1 FROM {} WHERE id = ?1)",
                self.sheets
            ),
            [id],
            |r| r.get(0),
        )?)
    }

    /// Writes a completed sheet's answers (each answered at `at`) and its
    /// scores, as an import or a finished rating brings them.
    pub(crate) fn insert_completed(
        &self,
        conn: &rusqlite::Connection,
        id: &str,
        answers: &[(String, Answer)],
        profile: &Profile,
        at: i64,
    ) -> Result<(), StoreError> {
        // Prepared once per import, not once per answer.
        let mut stmt = conn.prepare_cached(&format!(
            "INSERT INTO {} ({}, statement_id, value, answered_at) VALUES (?1, ?2, ?3, ?4)",
            self.answers, self.key
        ))?;
        for (statement, answer) in answers {
            stmt.execute(params![id, statement, answer.value(), at])?;
        }
        insert_role_scores(conn, self, id, profile)
    }

    pub(crate) fn discard(
        &self,
        conn: &mut rusqlite::Connection,
        id: &str,
    ) -> Result<(), StoreError> {
        let tx = conn.transaction()?;
        self.require_open(&tx, id)?;
        tx.execute(&format!("DELETE FROM {} WHERE id = ?1", self.sheets), [id])?;
        tx.commit()?;
        Ok(())
    }

    /// The list version of a sheet still open; refuses an unknown or
    /// completed one.
    pub(crate) fn require_open(&self, tx: &Transaction<'_>, id: &str) -> Result<u32, StoreError> {
        let row: Option<(Option<i64>, u32)> = tx
            .query_row(
                &format!(
                    "SELECT completed_at, {} FROM {} WHERE id = ?1",
                    self.version, self.sheets
                ),
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        match row {
            None => Err(StoreError::UnknownAssessment(id.to_string())),
            Some((Some(_), _)) => Err(StoreError::AlreadyCompleted(id.to_string())),
            Some((None, version)) => Ok(version),
        }
    }
}
