//! Completed results and what a person writes beside them: the history,
//! one result, labels, reflections and goals, and deleting a result.

use rolspiegel_core::{
    AssessmentId, Goal, Profile, ReflectionQuestion, Role, RoleScore, StoredResult,
};
use rusqlite::{params, OptionalExtension, Transaction};

use crate::store::{parse_id, profile_of, raw_scores, role_score, Store, SCORE_COLUMNS};
use crate::StoreError;

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

impl Store {
    /// All completed assessments, newest first.
    pub fn results(&self) -> Result<Vec<StoredResult>, StoreError> {
        Ok(self.history()?.into_iter().map(|e| e.result).collect())
    }

    /// All completed assessments with their goals, newest first, read in one
    /// query (the history may hold hundreds of results).
    pub fn history(&self) -> Result<Vec<HistoryEntry>, StoreError> {
        self.history_where("", [])
    }

    /// One completed assessment as a line of the history, or `None`.
    pub fn history_entry(&self, id: AssessmentId) -> Result<Option<HistoryEntry>, StoreError> {
        Ok(self.history_where("AND a.id = ?1", [id.to_string()])?.pop())
    }

    /// The history's one query, narrowed by `filter` (SQL after the WHERE
    /// clause, using `params`).
    fn history_where<P: rusqlite::Params>(
        &self,
        filter: &str,
        params: P,
    ) -> Result<Vec<HistoryEntry>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT a.id, a.instrument_version, a.started_at, a.completed_at, a.label,
                    {SCORE_COLUMNS},
                    g.role, g.assignment, g.review_on,
                    (SELECT count(*) FROM reflection r WHERE r.assessment_id = a.id)
             FROM assessment a
             JOIN role_score b ON b.assessment_id = a.id AND b.role = 'bureaucraat'
             JOIN role_score o ON o.assessment_id = a.id AND o.role = 'ondernemer'
             JOIN role_score v ON v.assessment_id = a.id AND v.role = 'verbinder'
             LEFT JOIN goal g ON g.assessment_id = a.id
             WHERE a.completed_at IS NOT NULL {filter}
             ORDER BY a.completed_at DESC, a.rowid DESC"
        ))?;
        let rows = stmt.query_map(params, |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, u32>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, String>(4)?,
                raw_scores(r, 5)?,
                (
                    r.get::<_, Option<String>>(20)?,
                    r.get::<_, Option<String>>(21)?,
                    r.get::<_, Option<String>>(22)?,
                ),
                r.get::<_, i64>(23)?,
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
            "SELECT role, score, share, answered, total, variance FROM role_score WHERE assessment_id = ?1",
        )?;
        let mut found: [Option<RoleScore>; 3] = [None; 3];
        let rows = stmt.query_map([id.to_string()], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, f64>(1)?,
                r.get::<_, f64>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, i64>(4)?,
                r.get::<_, Option<f64>>(5)?,
            ))
        })?;
        for row in rows {
            let (key, score, share, answered, total, variance) = row?;
            let role = Role::from_key(&key)
                .ok_or_else(|| StoreError::InvalidData(format!("unknown role {key:?}")))?;
            found[role.index()] =
                Some(role_score((role, score, share, answered, total, variance))?);
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
