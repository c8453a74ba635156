//! Workshop groups: the facilitator's collection of participants' results.
//! Kept apart from the facilitator's own assessments; a result can sit in many
//! groups, but only once in each (its UUID is the key).

use std::collections::HashMap;

use rolspiegel_core::{Answer, AssessmentId, Group, GroupId, GroupMember, Pairing};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::store::{
    answers_by_owner, count_to_sql, insert_or_refuse, parse_id, profile_of, raw_scores, Store,
    SCORE_COLUMNS,
};
use crate::transfer::Imported;
use crate::StoreError;

fn group_id(text: &str) -> Result<GroupId, StoreError> {
    GroupId::parse(text).ok_or_else(|| StoreError::InvalidData(format!("bad group id {text:?}")))
}

fn require_group(tx: &Transaction<'_>, id: GroupId) -> Result<(), StoreError> {
    let found: Option<i64> = tx
        .query_row(
            "SELECT 1 FROM workshop_group WHERE id = ?1",
            [id.to_string()],
            |r| r.get(0),
        )
        .optional()?;
    found
        .map(|_| ())
        .ok_or_else(|| StoreError::UnknownGroup(id.to_string()))
}

impl Store {
    /// Creates a group (texts already cleaned by the caller).
    pub fn create_group(
        &mut self,
        name: &str,
        held_on: Option<&str>,
        notes: &str,
        now_ms: i64,
    ) -> Result<GroupId, StoreError> {
        let id = GroupId::new();
        self.ensure_group(id, name, held_on, notes, now_ms)?;
        Ok(id)
    }

    /// Makes sure a group with this id exists (as when opening a group file
    /// another facilitator saved); returns whether it was created. An
    /// existing group keeps its own name, date and notes.
    pub fn ensure_group(
        &mut self,
        id: GroupId,
        name: &str,
        held_on: Option<&str>,
        notes: &str,
        now_ms: i64,
    ) -> Result<bool, StoreError> {
        let created = self.conn.execute(
            "INSERT INTO workshop_group (id, name, held_on, notes, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO NOTHING",
            params![id.to_string(), name, held_on, notes, now_ms],
        )?;
        Ok(created == 1)
    }

    /// Every group with its size, newest first.
    pub fn groups(&self) -> Result<Vec<Group>, StoreError> {
        self.query_groups(None)
    }

    /// One group, or `None`.
    pub fn group(&self, id: GroupId) -> Result<Option<Group>, StoreError> {
        Ok(self.query_groups(Some(id))?.pop())
    }

    /// All groups, or the one with `only` as its id.
    fn query_groups(&self, only: Option<GroupId>) -> Result<Vec<Group>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT g.id, g.name, g.held_on, g.notes, g.created_at,
                    (SELECT count(*) FROM group_member m WHERE m.group_id = g.id)
             FROM workshop_group g WHERE ?1 IS NULL OR g.id = ?1
             ORDER BY g.created_at DESC, g.rowid DESC",
        )?;
        let rows = stmt.query_map([only.map(|id| id.to_string())], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, i64>(4)?,
                r.get::<_, i64>(5)?,
            ))
        })?;
        rows.map(|row| {
            let (id, name, held_on, notes, created_at, members) = row?;
            Ok(Group {
                id: group_id(&id)?,
                name,
                held_on,
                notes,
                created_at,
                members: usize::try_from(members).unwrap_or(0),
            })
        })
        .collect()
    }

    /// Changes a group's name, date and notes.
    pub fn update_group(
        &mut self,
        id: GroupId,
        name: &str,
        held_on: Option<&str>,
        notes: &str,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        require_group(&tx, id)?;
        tx.execute(
            "UPDATE workshop_group SET name = ?2, held_on = ?3, notes = ?4 WHERE id = ?1",
            params![id.to_string(), name, held_on, notes],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Deletes a group and the results in it (the facilitator's own
    /// assessments are never touched).
    pub fn delete_group(&mut self, id: GroupId) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        require_group(&tx, id)?;
        tx.execute("DELETE FROM workshop_group WHERE id = ?1", [id.to_string()])?;
        tx.commit()?;
        self.forget_deleted();
        Ok(())
    }

    /// Adds results to a group in one transaction. A UUID already in the
    /// group (or earlier in `members`) is skipped: [`Imported::AlreadyPresent`]
    /// when identical, [`Imported::Conflict`] when its content differs. What is
    /// stored is never changed.
    pub fn add_members(
        &mut self,
        id: GroupId,
        members: &[GroupMember],
        now_ms: i64,
    ) -> Result<Vec<Imported>, StoreError> {
        // Only the incoming results are looked up, so adding costs the same
        // however large the group is.
        let mut stored = Vec::with_capacity(members.len());
        for member in members {
            stored.push(self.member(id, member.result_id)?);
        }
        let mut tx = self.conn.transaction()?;
        require_group(&tx, id)?;
        let mut outcome = Vec::with_capacity(members.len());
        let mut added: HashMap<AssessmentId, &GroupMember> = HashMap::new();
        for (member, stored) in members.iter().zip(&stored) {
            let earlier = stored
                .as_ref()
                .or_else(|| added.get(&member.result_id).copied());
            if let Some(earlier) = earlier {
                outcome.push(if earlier.same_content(member) {
                    Imported::AlreadyPresent
                } else {
                    Imported::Conflict
                });
                continue;
            }
            if insert_or_refuse(&mut tx, |conn| insert_member(conn, id, member, now_ms))? {
                added.insert(member.result_id, member);
                outcome.push(Imported::Added);
            } else {
                outcome.push(Imported::Refused);
            }
        }
        tx.commit()?;
        Ok(outcome)
    }

    /// The statement-list versions of a group's results (one, or none for
    /// an empty group; more only in data from before groups kept one list).
    pub fn group_lists(&self, id: GroupId) -> Result<Vec<u32>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT DISTINCT instrument_version FROM group_member WHERE group_id = ?1 ORDER BY 1",
        )?;
        let rows = stmt.query_map([id.to_string()], |r| r.get(0))?;
        rows.collect::<Result<_, _>>().map_err(StoreError::from)
    }

    /// For every statement-list version that groups hold results of: how
    /// many different results (a result in two groups counts once), oldest
    /// list first.
    pub fn group_results_per_list(&self) -> Result<Vec<(u32, usize)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT instrument_version, COUNT(DISTINCT result_id) FROM group_member
             GROUP BY instrument_version ORDER BY instrument_version",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)?)))?;
        rows.map(|row| {
            let (version, count) = row?;
            let count = usize::try_from(count)
                .map_err(|_| StoreError::InvalidData(format!("count {count}")))?;
            Ok((version, count))
        })
        .collect()
    }

    /// Every result of list `version` in a group that has a retest pairing
    /// code: its group, id, code and when it was added, oldest first.
    pub fn pairings(
        &self,
        version: u32,
    ) -> Result<Vec<(GroupId, AssessmentId, Pairing, i64)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT group_id, result_id, pairing, added_at FROM group_member
             WHERE instrument_version = ?1 AND pairing IS NOT NULL
             ORDER BY added_at, rowid",
        )?;
        let rows = stmt.query_map([version], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)?,
            ))
        })?;
        rows.map(|row| {
            let (group, result, pairing, added_at) = row?;
            let group = GroupId::parse(&group)
                .ok_or_else(|| StoreError::InvalidData(format!("group id {group}")))?;
            let pairing = Pairing::parse(&pairing)
                .ok_or_else(|| StoreError::InvalidData(format!("pairing {pairing}")))?;
            Ok((group, parse_id(&result)?, pairing, added_at))
        })
        .collect()
    }

    /// The answers of every result of list `version` in any group, each
    /// result once (as it was first added to a group), in no promised order.
    /// No names and no ids: what "Hoe goed meet de lijst?" over all groups
    /// needs.
    pub fn list_answers(&self, version: u32) -> Result<Vec<Vec<(String, Answer)>>, StoreError> {
        let answers = answers_by_owner(
            &self.conn,
            "SELECT a.result_id, a.statement_id, a.value
             FROM group_answer a
             JOIN group_member m ON m.group_id = a.group_id AND m.result_id = a.result_id
             WHERE m.instrument_version = ?1
               AND m.rowid = (SELECT first.rowid FROM group_member first
                              WHERE first.result_id = m.result_id
                                AND first.instrument_version = ?1
                              ORDER BY first.added_at, first.rowid LIMIT 1)",
            &[&version],
        )?;
        Ok(answers.into_values().collect())
    }

    /// The results in a group, in the order they were added, with answers.
    pub fn members(&self, id: GroupId) -> Result<Vec<GroupMember>, StoreError> {
        let group = id.to_string();
        self.with_answers(self.member_profiles(id)?, "", &[&group])
    }

    /// One result in a group with its answers, or `None`.
    pub fn member(
        &self,
        id: GroupId,
        result: AssessmentId,
    ) -> Result<Option<GroupMember>, StoreError> {
        let (group, result) = (id.to_string(), result.to_string());
        let params: &[&dyn rusqlite::ToSql] = &[&group, &result];
        let found = self.profiles_where("AND m.result_id = ?2", params)?;
        Ok(self
            .with_answers(found, "AND result_id = ?2", params)?
            .pop())
    }

    /// The results in a group without their answers, read in one query:
    /// all the group view needs, also for thousands of participants.
    pub fn member_profiles(&self, id: GroupId) -> Result<Vec<GroupMember>, StoreError> {
        let group = id.to_string();
        self.profiles_where("", &[&group])
    }

    /// Members (`?1` is the group) with their answers, read with `filter`.
    fn with_answers(
        &self,
        profiles: Vec<GroupMember>,
        filter: &str,
        params: &[&dyn rusqlite::ToSql],
    ) -> Result<Vec<GroupMember>, StoreError> {
        let mut answers = answers_by_owner(
            &self.conn,
            &format!(
                "SELECT result_id, statement_id, value FROM group_answer
                 WHERE group_id = ?1 {filter} ORDER BY result_id, statement_id"
            ),
            params,
        )?;
        Ok(profiles
            .into_iter()
            .map(|mut m| {
                m.answers = answers.remove(&m.result_id.to_string()).unwrap_or_default();
                m
            })
            .collect())
    }

    /// The group's one query for members and scores (`?1` is the group),
    /// narrowed by `filter`.
    fn profiles_where(
        &self,
        filter: &str,
        params: &[&dyn rusqlite::ToSql],
    ) -> Result<Vec<GroupMember>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT m.result_id, m.name, m.instrument_version, m.pairing,
                    {SCORE_COLUMNS}
             FROM group_member m
             JOIN group_score b ON b.group_id = m.group_id AND b.result_id = m.result_id AND b.role = 'bureaucraat'
             JOIN group_score o ON o.group_id = m.group_id AND o.result_id = m.result_id AND o.role = 'ondernemer'
             JOIN group_score v ON v.group_id = m.group_id AND v.result_id = m.result_id AND v.role = 'verbinder'
             WHERE m.group_id = ?1 {filter}
             ORDER BY m.added_at, m.rowid"
        ))?;
        let rows = stmt.query_map(params, |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, u32>(2)?,
                r.get::<_, Option<String>>(3)?,
                raw_scores(r, 4)?,
            ))
        })?;
        rows.map(|row| {
            let (result, name, instrument_version, pairing, scores) = row?;
            Ok(GroupMember {
                result_id: parse_id(&result)?,
                name,
                instrument_version,
                answers: Vec::new(),
                profile: profile_of(scores)?,
                pairing: pairing
                    .map(|p| {
                        Pairing::parse(&p)
                            .ok_or_else(|| StoreError::InvalidData(format!("pairing {p}")))
                    })
                    .transpose()?,
            })
        })
        .collect()
    }
}

fn insert_member(
    tx: &Connection,
    group: GroupId,
    member: &GroupMember,
    now_ms: i64,
) -> Result<(), StoreError> {
    let (g, r) = (group.to_string(), member.result_id.to_string());
    tx.execute(
        "INSERT INTO group_member (group_id, result_id, name, instrument_version, added_at, pairing)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            g,
            r,
            member.name,
            member.instrument_version,
            now_ms,
            member.pairing.as_ref().map(Pairing::as_str)
        ],
    )?;
    let mut answer = tx.prepare_cached(
        "INSERT INTO group_answer (group_id, result_id, statement_id, value) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (statement, value) in &member.answers {
        answer.execute(params![g, r, statement, value.value()])?;
    }
    let mut score = tx.prepare_cached(
        "INSERT INTO group_score (group_id, result_id, role, score, share, answered, total, variance)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for role in &member.profile.roles {
        score.execute(params![
            g,
            r,
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
