//! Everything at once: the records an export writes, an import that never
//! changes what is stored, and deleting everything.

use std::collections::HashMap;

use rolspiegel_core::{AssessmentId, ReflectionQuestion, ResultRecord};
use rusqlite::{params, Connection};

use crate::copies::remove_copy;
use crate::store::{answers_by_owner, insert_or_refuse, Store};
use crate::StoreError;

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

impl Store {
    /// Everything stored about every completed result, newest first: what an
    /// export holds. Reads in three queries, whatever the number of results.
    pub fn records(&self) -> Result<Vec<ResultRecord>, StoreError> {
        self.assemble(self.history()?, "", &[])
    }

    /// Everything stored about one completed result, or `None`.
    pub fn record(&self, id: AssessmentId) -> Result<Option<ResultRecord>, StoreError> {
        let Some(entry) = self.history_entry(id)? else {
            return Ok(None);
        };
        let key = id.to_string();
        Ok(self
            .assemble(vec![entry], "WHERE assessment_id = ?1", &[&key])?
            .pop())
    }

    /// History entries with their answers and reflection answers, read with
    /// `filter` (a WHERE clause on `assessment_id`, using `params`).
    fn assemble(
        &self,
        history: Vec<crate::HistoryEntry>,
        filter: &str,
        params: &[&dyn rusqlite::ToSql],
    ) -> Result<Vec<ResultRecord>, StoreError> {
        let mut answers = answers_by_owner(
            &self.conn,
            &format!(
                "SELECT assessment_id, statement_id, value FROM answer {filter}
                 ORDER BY statement_id"
            ),
            params,
        )?;
        let mut notes: HashMap<String, Vec<(ReflectionQuestion, String)>> = HashMap::new();
        {
            let mut stmt = self.conn.prepare_cached(&format!(
                "SELECT assessment_id, question, answer FROM reflection {filter}"
            ))?;
            let rows = stmt.query_map(params, |r| {
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
        let mut outcome = vec![Imported::Added; records.len()];
        // The first copy of an id in the file is the candidate; later copies
        // are duplicates of it. Only the ids in the file are looked up, so an
        // import costs the same however much is stored.
        let mut first: HashMap<String, usize> = HashMap::new();
        let mut candidates = Vec::new();
        for (i, record) in records.iter().enumerate() {
            let key = record.result.id.to_string();
            let stored = match first.get(&key) {
                Some(_) => None,
                None => self.record(record.result.id)?,
            };
            let earlier = stored
                .as_ref()
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
            if crate::scan::SCAN.has(&tx, &record.result.id.to_string())? {
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

    /// Removes every result, scan in progress, note, goal, workshop group,
    /// situation and feedback request with its colleagues' answers,
    /// then rewrites
    /// the file so the removed text does not linger in free pages or the
    /// write-ahead log. Settings such as the language stay.
    ///
    /// Backups and damaged copies beside the file ([`Store::kept_copies`])
    /// hold the same kind of data, so they are removed too; the number
    /// removed is returned. A copy that cannot be removed is an error after
    /// the database itself was emptied.
    ///
    /// A wipe that is stopped half-way (the app killed) is remembered in a
    /// setting written first and removed last: [`Store::wipe_unfinished`]
    /// tells the next start, which finishes it.
    pub fn wipe(&mut self) -> Result<usize, StoreError> {
        self.set_setting(WIPE_SETTING, "started")?;
        let tx = self.conn.transaction()?;
        // Answers, scores, reflections and goals go with their assessment;
        // participants' results go with their group.
        tx.execute("DELETE FROM assessment", [])?;
        tx.execute("DELETE FROM workshop_group", [])?;
        tx.execute("DELETE FROM situation", [])?;
        tx.execute("DELETE FROM feedback_request", [])?;
        tx.commit()?;
        self.conn.execute_batch("VACUUM")?;
        // In memory there is no log; elsewhere empty it.
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        let copies = self.kept_copies();
        for copy in &copies {
            remove_copy(&copy.path).map_err(StoreError::RemoveCopy)?;
        }
        self.conn
            .execute("DELETE FROM setting WHERE key = ?1", [WIPE_SETTING])?;
        Ok(copies.len())
    }

    /// Whether "delete everything" was begun and did not finish (the app
    /// was killed half-way): then some data or copies may still be there.
    pub fn wipe_unfinished(&self) -> Result<bool, StoreError> {
        Ok(self.setting(WIPE_SETTING)?.is_some())
    }
}

/// The setting that marks a wipe in progress.
const WIPE_SETTING: &str = "wipe-in-progress";

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
    crate::scan::SCAN.insert_completed(tx, &id, &record.answers, &r.profile, r.completed_at)?;
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
