//! Situations in a full backup (`docs/EXPORT-FORMAT.md`): each named
//! situation with its completed ratings on the situation list, answers and
//! scores as a result's. Read as untrusted: every situation is checked on
//! its own (id, name, note, each rating's list, answers and recomputed
//! scores) and refused whole with its reason; memory is bounded by the
//! number of situations read and the ratings each may hold. A workshop
//! group's shared situation, with its participants' anonymous ratings, goes
//! in its group's entry (group file and backup) and is read the same way.

use std::collections::BTreeMap;

use rolspiegel_core::{
    clean_label, clean_note, GroupRating, GroupSituation, Instruments, Rating, RatingId, Situation,
    SituationId, SituationRecord,
};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::json::{
    iso, lenient, scored_answers, written_answers, written_scores, GivenAnswers, GivenScores,
};
use crate::read::{read_checked, Bounded};
use crate::{FileError, Problem, ProblemKind};

/// Ratings read per situation; more make the situation fail to read.
pub const MAX_RATINGS: usize = 200;

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SituationEntry {
    id: String,
    name: String,
    #[serde(default)]
    note: String,
    created_at: String,
    /// By rating id.
    ratings: Bounded<RatingEntry, MAX_RATINGS>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct RatingEntry {
    list_version: u64,
    started_at: String,
    completed_at: String,
    answers: GivenAnswers,
    scores: GivenScores,
}

/// One situation as a backup writes it.
pub(crate) fn situation_entry(record: &SituationRecord) -> SituationEntry {
    let s = &record.situation;
    SituationEntry {
        id: s.id.to_string(),
        name: s.name.clone(),
        note: s.note.clone(),
        created_at: iso(s.created_at),
        ratings: Bounded(
            record
                .ratings
                .iter()
                .map(|(r, answers)| {
                    (
                        r.id.to_string(),
                        RatingEntry {
                            list_version: u64::from(r.list_version),
                            started_at: iso(r.started_at),
                            completed_at: iso(r.completed_at),
                            answers: written_answers(answers),
                            scores: written_scores(&r.profile),
                        },
                    )
                })
                .collect(),
        ),
    }
}

/// The situations of a backup as read: the good ones, and a problem for
/// each refused one.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParsedSituations {
    /// Situations that passed every check, in file order.
    pub records: Vec<SituationRecord>,
    /// Refused situations, in file order (the first
    /// [`crate::MAX_LISTED_PROBLEMS`]).
    pub problems: Vec<Problem>,
    /// Refused situations beyond those listed.
    pub more_problems: usize,
    /// Situations past [`crate::MAX_ENTRIES`], not read.
    pub not_read: usize,
}

/// Reads the `situations` array of a backup, each situation checked on its
/// own against the situation lists this build knows.
pub(crate) fn parse_situations(
    raw: &str,
    lists: &Instruments,
) -> Result<ParsedSituations, FileError> {
    let (records, tally) = read_checked(raw, |raw| check_situation(raw, lists))?;
    Ok(ParsedSituations {
        records,
        problems: tally.problems,
        more_problems: tally.more_problems,
        not_read: tally.not_read,
    })
}

fn check_situation(raw: &RawValue, lists: &Instruments) -> Result<SituationRecord, ProblemKind> {
    let entry: SituationEntry =
        serde_json::from_str(raw.get()).map_err(|e| ProblemKind::Shape(e.to_string()))?;
    let id = SituationId::parse(&entry.id).ok_or(ProblemKind::BadId)?;
    let created_at = crate::json::from_iso(&entry.created_at).ok_or(ProblemKind::BadTime)?;
    let mut cleaned = false;
    let name = lenient(&entry.name, clean_label, &mut cleaned).map_err(|_| ProblemKind::BadText)?;
    if name.is_empty() {
        return Err(ProblemKind::BadText);
    }
    let note = lenient(&entry.note, clean_note, &mut cleaned).map_err(|_| ProblemKind::BadText)?;
    let mut ratings = Vec::with_capacity(entry.ratings.0.len());
    for (rating_id, r) in entry.ratings.0 {
        let rating_id = RatingId::parse(&rating_id).ok_or(ProblemKind::BadId)?;
        let list = lists
            .find(r.list_version)
            .ok_or(ProblemKind::UnknownInstrument(r.list_version))?;
        let started_at = crate::json::from_iso(&r.started_at).ok_or(ProblemKind::BadTime)?;
        let completed_at = crate::json::from_iso(&r.completed_at).ok_or(ProblemKind::BadTime)?;
        let (answers, profile) = scored_answers(r.answers, &r.scores, list)?;
        ratings.push((
            Rating {
                id: rating_id,
                situation: id,
                list_version: list.version(),
                started_at,
                completed_at: completed_at.max(started_at),
                profile,
            },
            answers,
        ));
    }
    // The store's order: by completion, then by id.
    ratings.sort_by_key(|(r, _)| (r.completed_at, r.id.to_string()));
    Ok(SituationRecord {
        situation: Situation {
            id,
            name,
            note,
            created_at,
        },
        ratings,
    })
}

/// A group's shared situation as a group file (and a backup's group)
/// writes it: its name and note, and the participants' anonymous ratings by
/// id.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct GroupSituationEntry {
    name: String,
    note: String,
    ratings: BTreeMap<String, GroupRatingEntry>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct GroupRatingEntry {
    list_version: u64,
    completed_at: String,
    answers: GivenAnswers,
    scores: GivenScores,
}

/// The group's situation as files write it.
pub(crate) fn group_situation_entry(
    situation: &GroupSituation,
    ratings: &[GroupRating],
) -> GroupSituationEntry {
    GroupSituationEntry {
        name: situation.name.clone(),
        note: situation.note.clone(),
        ratings: ratings
            .iter()
            .map(|r| {
                (
                    r.id.to_string(),
                    GroupRatingEntry {
                        list_version: u64::from(r.list_version),
                        completed_at: iso(r.completed_at),
                        answers: written_answers(&r.answers),
                        scores: written_scores(&r.profile),
                    },
                )
            })
            .collect(),
    }
}

/// A group's shared situation as read from a file: its details, the
/// ratings that passed every check, and how many did not.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedGroupSituation {
    /// Name and note.
    pub situation: GroupSituation,
    /// Good ratings, oldest first.
    pub ratings: Vec<GroupRating>,
    /// Ratings refused (shape, id, list, answers, scores or time).
    pub refused: usize,
}

#[derive(Deserialize)]
struct GroupSituationIn {
    name: String,
    #[serde(default)]
    note: String,
    ratings: Bounded<Box<RawValue>, { crate::MAX_ENTRIES }>,
}

/// Reads a group's `situation` object (raw JSON text): a name or note that
/// does not pass its checks refuses it whole
/// ([`FileError::BadGroupDetails`]); each rating is checked on its own
/// against the situation lists `lists`, at most [`crate::MAX_ENTRIES`].
pub(crate) fn parse_group_situation(
    raw: &str,
    lists: &Instruments,
) -> Result<ParsedGroupSituation, FileError> {
    let entry: GroupSituationIn =
        serde_json::from_str(raw).map_err(|_| FileError::BadGroupDetails)?;
    let mut cleaned = false;
    let name = lenient(&entry.name, clean_label, &mut cleaned)
        .ok()
        .filter(|n| !n.is_empty())
        .ok_or(FileError::BadGroupDetails)?;
    let note =
        lenient(&entry.note, clean_note, &mut cleaned).map_err(|_| FileError::BadGroupDetails)?;
    let mut ratings = Vec::new();
    let mut refused = 0;
    for (id, raw) in entry.ratings.0 {
        match check_group_rating(&id, &raw, lists) {
            Ok(rating) => ratings.push(rating),
            Err(_) => refused += 1,
        }
    }
    ratings.sort_by_key(|r| (r.completed_at, r.id.to_string()));
    Ok(ParsedGroupSituation {
        situation: GroupSituation { name, note },
        ratings,
        refused,
    })
}

fn check_group_rating(
    id: &str,
    raw: &RawValue,
    lists: &Instruments,
) -> Result<GroupRating, ProblemKind> {
    let entry: GroupRatingEntry =
        serde_json::from_str(raw.get()).map_err(|e| ProblemKind::Shape(e.to_string()))?;
    let id = RatingId::parse(id).ok_or(ProblemKind::BadId)?;
    let list = lists
        .find(entry.list_version)
        .ok_or(ProblemKind::UnknownInstrument(entry.list_version))?;
    let completed_at = crate::json::from_iso(&entry.completed_at).ok_or(ProblemKind::BadTime)?;
    let (answers, profile) = scored_answers(entry.answers, &entry.scores, list)?;
    Ok(GroupRating {
        id,
        list_version: list.version(),
        completed_at,
        profile,
        answers,
    })
}
