//! Named situations and their ratings on the situation list: naming one,
//! rating it one answer at a time (resumable, as a scan), completing a
//! rating with its scores, and reading them back. A rating is answered and
//! completed by the same code as a scan ([`Sheet`]).

use std::collections::HashMap;

use rolspiegel_core::{
    Answer, GroupRating, GroupSituation, Profile, Rating, RatingId, Situation, SituationId,
    SituationRecord,
};
use rusqlite::{params, Connection, OptionalExtension};

use crate::scan::Sheet;
use crate::store::{insert_or_refuse, profile_of, raw_scores, Store, SCORE_COLUMNS};
use crate::{Imported, StoreError};

/// A rating of a situation.
pub(crate) const RATING: Sheet = Sheet {
    sheets: "situation_rating",
    version: "list_version",
    answers: "situation_answer",
    scores: "situation_score",
    key: "rating_id",
};

/// A rating begun and not completed.
#[derive(Debug, Clone, PartialEq)]
pub struct RatingDraft {
    /// Its id.
    pub id: RatingId,
    /// The situation it rates.
    pub situation: SituationId,
    /// The version of the situation list it is answered to.
    pub list_version: u32,
    /// When it was started (Unix ms).
    pub started_at: i64,
    /// The answers so far, by statement id.
    pub answers: Vec<(String, Answer)>,
}

/// A situation with its completed ratings (newest first) and the rating in
/// progress, if any.
#[derive(Debug, Clone, PartialEq)]
pub struct SituationEntry {
    /// The situation.
    pub situation: Situation,
    /// Its completed ratings, newest first.
    pub ratings: Vec<Rating>,
    /// A rating begun and not completed.
    pub draft: Option<RatingDraft>,
}

impl Store {
    /// Names a new situation. The caller checks the texts.
    pub fn add_situation(
        &mut self,
        name: &str,
        note: &str,
        now_ms: i64,
    ) -> Result<SituationId, StoreError> {
        let id = SituationId::new();
        self.conn.execute(
            "INSERT INTO situation (id, name, note, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![id.to_string(), name, note, now_ms],
        )?;
        Ok(id)
    }

    /// Renames a situation or changes its note.
    pub fn edit_situation(
        &mut self,
        id: SituationId,
        name: &str,
        note: &str,
    ) -> Result<(), StoreError> {
        let changed = self.conn.execute(
            "UPDATE situation SET name = ?2, note = ?3 WHERE id = ?1",
            params![id.to_string(), name, note],
        )?;
        if changed == 0 {
            return Err(StoreError::UnknownSituation(id.to_string()));
        }
        Ok(())
    }

    /// Removes a situation with all its ratings and answers.
    pub fn delete_situation(&mut self, id: SituationId) -> Result<(), StoreError> {
        let removed = self
            .conn
            .execute("DELETE FROM situation WHERE id = ?1", [id.to_string()])?;
        if removed == 0 {
            return Err(StoreError::UnknownSituation(id.to_string()));
        }
        self.forget_deleted();
        Ok(())
    }

    /// Every situation, the one named last first.
    pub fn situations(&self) -> Result<Vec<SituationEntry>, StoreError> {
        self.situations_where("", [])
    }

    /// One situation, or `None`.
    pub fn situation(&self, id: SituationId) -> Result<Option<SituationEntry>, StoreError> {
        Ok(self
            .situations_where("WHERE s.id = ?1", [id.to_string()])?
            .pop())
    }

    fn situations_where<P: rusqlite::Params + Clone>(
        &self,
        filter: &str,
        params: P,
    ) -> Result<Vec<SituationEntry>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT s.id, s.name, s.note, s.created_at FROM situation s {filter}
             ORDER BY s.created_at DESC, s.rowid DESC"
        ))?;
        let situations = stmt
            .query_map(params.clone(), |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, i64>(3)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut ratings = self.ratings_where(&filter.replace("s.id", "r.situation_id"), params)?;
        let mut drafts = self.drafts()?;
        situations
            .into_iter()
            .map(|(id, name, note, created_at)| {
                let situation = Situation {
                    id: parse_situation(&id)?,
                    name,
                    note,
                    created_at,
                };
                Ok(SituationEntry {
                    ratings: ratings.remove(&id).unwrap_or_default(),
                    draft: drafts.remove(&id),
                    situation,
                })
            })
            .collect()
    }

    /// Completed ratings by situation id, newest first.
    fn ratings_where<P: rusqlite::Params>(
        &self,
        filter: &str,
        params: P,
    ) -> Result<HashMap<String, Vec<Rating>>, StoreError> {
        let filter = filter.replacen("WHERE", "AND", 1);
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT r.id, r.situation_id, r.list_version, r.started_at, r.completed_at,
                    {SCORE_COLUMNS}
             FROM situation_rating r
             JOIN situation_score b ON b.rating_id = r.id AND b.role = 'bureaucraat'
             JOIN situation_score o ON o.rating_id = r.id AND o.role = 'ondernemer'
             JOIN situation_score v ON v.rating_id = r.id AND v.role = 'verbinder'
             WHERE r.completed_at IS NOT NULL {filter}
             ORDER BY r.completed_at DESC, r.id DESC"
        ))?;
        let rows = stmt.query_map(params, |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, u32>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, i64>(4)?,
                raw_scores(r, 5)?,
            ))
        })?;
        let mut out: HashMap<String, Vec<Rating>> = HashMap::new();
        for row in rows {
            let (id, situation, list_version, started_at, completed_at, scores) = row?;
            let rating = Rating {
                id: parse_rating(&id)?,
                situation: parse_situation(&situation)?,
                list_version,
                started_at,
                completed_at,
                profile: profile_of(scores)?,
            };
            out.entry(situation).or_default().push(rating);
        }
        Ok(out)
    }

    /// Ratings in progress by situation id (the newest, should there be
    /// more than one).
    fn drafts(&self) -> Result<HashMap<String, RatingDraft>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, situation_id, list_version, started_at FROM situation_rating
             WHERE completed_at IS NULL ORDER BY started_at, rowid",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, u32>(2)?,
                    r.get::<_, i64>(3)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut out = HashMap::new();
        for (id, situation, list_version, started_at) in rows {
            let draft = RatingDraft {
                id: parse_rating(&id)?,
                situation: parse_situation(&situation)?,
                list_version,
                started_at,
                answers: RATING.answers(&self.conn, &id)?,
            };
            out.insert(situation, draft);
        }
        Ok(out)
    }

    /// Begins a rating of a situation on a version of the situation list;
    /// when one is already in progress, that one is given back (with its
    /// answers) and nothing new begins.
    pub fn start_rating(
        &mut self,
        situation: SituationId,
        list_version: u32,
        now_ms: i64,
    ) -> Result<RatingDraft, StoreError> {
        let entry = self
            .situation(situation)?
            .ok_or_else(|| StoreError::UnknownSituation(situation.to_string()))?;
        if let Some(draft) = entry.draft {
            return Ok(draft);
        }
        let id = RatingId::new();
        self.conn.execute(
            "INSERT INTO situation_rating (id, situation_id, list_version, started_at)
             VALUES (?1, ?2, ?3, ?4)",
            params![id.to_string(), situation.to_string(), list_version, now_ms],
        )?;
        Ok(RatingDraft {
            id,
            situation,
            list_version,
            started_at: now_ms,
            answers: Vec::new(),
        })
    }

    /// Records (or replaces) one answer of a rating in progress, in its own
    /// transaction.
    pub fn save_rating_answer(
        &mut self,
        id: RatingId,
        statement: &str,
        answer: Answer,
        now_ms: i64,
    ) -> Result<(), StoreError> {
        RATING.save_answer(&mut self.conn, &id.to_string(), statement, answer, now_ms)
    }

    /// How many statements of a rating have an answer.
    pub fn rating_answer_count(&self, id: RatingId) -> Result<usize, StoreError> {
        RATING.answer_count(&self.conn, &id.to_string())
    }

    /// The list version of a rating in progress; refuses an unknown or
    /// completed one.
    pub fn require_rating(&mut self, id: RatingId) -> Result<u32, StoreError> {
        let tx = self.conn.transaction()?;
        RATING.require_open(&tx, &id.to_string())
    }

    /// All answers of a rating, ordered by statement id.
    pub fn rating_answers(&self, id: RatingId) -> Result<Vec<(String, Answer)>, StoreError> {
        RATING.answers(&self.conn, &id.to_string())
    }

    /// Completes a rating: scores and completion time in one transaction.
    pub fn complete_rating(
        &mut self,
        id: RatingId,
        profile: &Profile,
        now_ms: i64,
    ) -> Result<(), StoreError> {
        RATING.complete(&mut self.conn, &id.to_string(), profile, now_ms)
    }

    /// Throws away a rating in progress and its answers.
    pub fn discard_rating(&mut self, id: RatingId) -> Result<(), StoreError> {
        RATING.discard(&mut self.conn, &id.to_string())
    }

    /// One completed rating, or `None`.
    pub fn rating(&self, id: RatingId) -> Result<Option<Rating>, StoreError> {
        Ok(self
            .ratings_where("WHERE r.id = ?1", [id.to_string()])?
            .into_values()
            .flatten()
            .next())
    }

    /// Every situation with its completed ratings (oldest first) and their
    /// answers: what a backup carries. A rating in progress is left out.
    pub fn situation_records(&self) -> Result<Vec<SituationRecord>, StoreError> {
        self.situations()?
            .into_iter()
            .map(|entry| {
                let ratings = entry
                    .ratings
                    .into_iter()
                    .rev()
                    .map(|r| {
                        let answers = self.rating_answers(r.id)?;
                        Ok((r, answers))
                    })
                    .collect::<Result<_, StoreError>>()?;
                Ok(SituationRecord {
                    situation: entry.situation,
                    ratings,
                })
            })
            .collect()
    }

    /// Adds situations from a backup in one transaction. A situation whose
    /// id is already here keeps what it has and gains the ratings it lacks;
    /// a rating already here is left as it is. The caller checks texts,
    /// answers and scores first.
    pub fn import_situations(
        &mut self,
        records: &[SituationRecord],
    ) -> Result<Vec<Imported>, StoreError> {
        let mut tx = self.conn.transaction()?;
        let mut outcome = Vec::with_capacity(records.len());
        for record in records {
            let s = &record.situation;
            let present: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM situation WHERE id = ?1)",
                [s.id.to_string()],
                |r| r.get(0),
            )?;
            let mut added = false;
            let ok = insert_or_refuse(&mut tx, |conn| {
                if !present {
                    conn.execute(
                        "INSERT INTO situation (id, name, note, created_at) VALUES (?1, ?2, ?3, ?4)",
                        params![s.id.to_string(), s.name, s.note, s.created_at],
                    )?;
                    added = true;
                }
                for (rating, answers) in &record.ratings {
                    added |= insert_rating(conn, rating, answers)?;
                }
                Ok(())
            })?;
            outcome.push(match (ok, added) {
                (false, _) => Imported::Refused,
                (true, true) => Imported::Added,
                (true, false) => Imported::AlreadyPresent,
            });
        }
        tx.commit()?;
        Ok(outcome)
    }
}

/// Stores one completed rating with its answers and scores; `false` when a
/// rating with its id is already stored (it is left as it is).
fn insert_rating(
    conn: &Connection,
    rating: &Rating,
    answers: &[(String, Answer)],
) -> Result<bool, StoreError> {
    let id = rating.id.to_string();
    if RATING.has(conn, &id)? {
        return Ok(false);
    }
    conn.execute(
        "INSERT INTO situation_rating (id, situation_id, list_version, started_at, completed_at)
         VALUES (?1, ?2, ?3, ?4, max(?4, ?5))",
        params![
            id,
            rating.situation.to_string(),
            rating.list_version,
            rating.started_at,
            rating.completed_at
        ],
    )?;
    RATING.insert_completed(conn, &id, answers, &rating.profile, rating.completed_at)?;
    Ok(true)
}

fn parse_situation(text: &str) -> Result<SituationId, StoreError> {
    SituationId::parse(text).ok_or_else(|| StoreError::InvalidData(format!("bad id {text:?}")))
}

fn parse_rating(text: &str) -> Result<RatingId, StoreError> {
    RatingId::parse(text).ok_or_else(|| StoreError::InvalidData(format!("bad id {text:?}")))
}

/// A participant's rating of their group's shared situation.
pub(crate) const GROUP_RATING: Sheet = Sheet {
    sheets: "group_rating",
    version: "list_version",
    answers: "group_rating_answer",
    scores: "group_rating_score",
    key: "rating_id",
};

impl Store {
    /// Gives a group its shared situation, renames it, or (with `None`)
    /// removes it together with every rating of it.
    pub fn set_group_situation(
        &mut self,
        group: rolspiegel_core::GroupId,
        situation: Option<&GroupSituation>,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        let known: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM workshop_group WHERE id = ?1)",
            [group.to_string()],
            |r| r.get(0),
        )?;
        if !known {
            return Err(StoreError::UnknownGroup(group.to_string()));
        }
        match situation {
            Some(s) => {
                tx.execute(
                    "INSERT INTO group_situation (group_id, name, note) VALUES (?1, ?2, ?3)
                     ON CONFLICT (group_id) DO UPDATE SET name = excluded.name, note = excluded.note",
                    params![group.to_string(), s.name, s.note],
                )?;
            }
            None => {
                tx.execute(
                    "DELETE FROM group_situation WHERE group_id = ?1",
                    [group.to_string()],
                )?;
                tx.execute(
                    "DELETE FROM group_rating WHERE group_id = ?1",
                    [group.to_string()],
                )?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// A group's shared situation, if it has one.
    pub fn group_situation(
        &self,
        group: rolspiegel_core::GroupId,
    ) -> Result<Option<GroupSituation>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT name, note FROM group_situation WHERE group_id = ?1",
                [group.to_string()],
                |r| {
                    Ok(GroupSituation {
                        name: r.get(0)?,
                        note: r.get(1)?,
                    })
                },
            )
            .optional()?)
    }

    /// Stores a participant's rating of the group's situation with its
    /// answers and scores, in one transaction; `false` (and nothing
    /// changed) when a rating with its id is already there.
    pub fn add_group_rating(
        &mut self,
        group: rolspiegel_core::GroupId,
        rating: &GroupRating,
    ) -> Result<bool, StoreError> {
        let tx = self.conn.transaction()?;
        let id = rating.id.to_string();
        if GROUP_RATING.has(&tx, &id)? {
            return Ok(false);
        }
        tx.execute(
            "INSERT INTO group_rating (id, group_id, list_version, started_at, completed_at)
             VALUES (?1, ?2, ?3, ?4, ?4)",
            params![
                id,
                group.to_string(),
                rating.list_version,
                rating.completed_at
            ],
        )?;
        GROUP_RATING.insert_completed(
            &tx,
            &id,
            &rating.answers,
            &rating.profile,
            rating.completed_at,
        )?;
        tx.commit()?;
        Ok(true)
    }

    /// Every rating of a group's situation, oldest first, with answers.
    pub fn group_ratings(
        &self,
        group: rolspiegel_core::GroupId,
    ) -> Result<Vec<GroupRating>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT r.id, r.list_version, r.completed_at, {SCORE_COLUMNS}
             FROM group_rating r
             JOIN group_rating_score b ON b.rating_id = r.id AND b.role = 'bureaucraat'
             JOIN group_rating_score o ON o.rating_id = r.id AND o.role = 'ondernemer'
             JOIN group_rating_score v ON v.rating_id = r.id AND v.role = 'verbinder'
             WHERE r.group_id = ?1 AND r.completed_at IS NOT NULL
             ORDER BY r.completed_at, r.id"
        ))?;
        let rows = stmt
            .query_map([group.to_string()], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, u32>(1)?,
                    r.get::<_, i64>(2)?,
                    raw_scores(r, 3)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter()
            .map(|(id, list_version, completed_at, scores)| {
                Ok(GroupRating {
                    answers: GROUP_RATING.answers(&self.conn, &id)?,
                    id: parse_rating(&id)?,
                    list_version,
                    completed_at,
                    profile: profile_of(scores)?,
                })
            })
            .collect()
    }
}
