//! A whole workshop group in one file, for another facilitator
//! (`docs/EXPORT-FORMAT.md`, third part): the group's name, date and notes
//! and each participant's result as in a participant file.

use rolspiegel_core::{clean_date, clean_label, clean_note, Instruments};
use rolspiegel_core::{
    AssessmentId, Group, GroupId, GroupMember, GroupRating, GroupSituation, Pairing,
};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::json::{
    entry_id, lenient, scored_answers, written_answers, written_scores, GivenAnswers, GivenScores,
};
use crate::read::{check_document, decode, field, read_top, Tally};
use crate::situations::{
    group_situation_entry, parse_group_situation, GroupSituationEntry, ParsedGroupSituation,
};
use crate::{FileError, Problem, ProblemKind};

/// The `format` field of a group file.
pub const GROUP_FORMAT: &str = "rolspiegel-group";

/// The group-file version this build writes and the newest it reads.
pub const GROUP_VERSION: u64 = 1;

/// 10 MiB holds about ten thousand participants.
pub const MAX_GROUP_BYTES: u64 = 10 * 1024 * 1024;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct GroupFile {
    format: &'static str,
    version: u64,
    #[serde(flatten)]
    group: GroupEntry,
}

/// A group as written in a group file (at the top level) and in a backup
/// (one entry of its `groups`).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct GroupEntry {
    id: String,
    name: String,
    held_on: Option<String>,
    notes: String,
    participants: Vec<ParticipantEntry>,
    /// The group's shared situation with its ratings; left out when none.
    #[serde(skip_serializing_if = "Option::is_none")]
    situation: Option<GroupSituationEntry>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ParticipantEntry {
    instrument_version: u64,
    id: String,
    #[serde(default)]
    name: String,
    answers: GivenAnswers,
    scores: GivenScores,
    /// The retest pairing code; left out when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pairing: Option<String>,
}

/// A group file as read: the group and its good participants, and a problem
/// for each participant that did not pass a check (the first
/// [`crate::MAX_LISTED_PROBLEMS`]; the rest are counted).
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedGroup {
    /// The group's id, so opening the file twice fills the same group.
    pub id: GroupId,
    /// Name (cleaned like a label).
    pub name: String,
    /// Workshop date, `YYYY-MM-DD`.
    pub held_on: Option<String>,
    /// Notes.
    pub notes: String,
    /// Participants that passed every check.
    pub members: Vec<GroupMember>,
    /// The position (from 1) in the file of each of `members`.
    pub positions: Vec<usize>,
    /// Participants that did not.
    pub problems: Vec<Problem>,
    /// Participants that did not pass, beyond those listed in `problems`.
    pub more_problems: usize,
    /// Participants past the limit, not read at all.
    pub not_read: usize,
    /// Participants (and the group's own details, counted as one) read
    /// after characters an earlier version allowed were removed from their
    /// texts.
    pub cleaned: usize,
    /// The group's shared situation, as raw JSON, read with
    /// [`ParsedGroup::situation`] (it needs the situation lists).
    situation: Option<String>,
}

impl ParsedGroup {
    /// The group's shared situation with its ratings, each checked against
    /// the situation lists `lists`; `None` when the file has none.
    pub fn situation(
        &self,
        lists: &Instruments,
    ) -> Result<Option<ParsedGroupSituation>, FileError> {
        self.situation
            .as_deref()
            .map(|raw| parse_group_situation(raw, lists))
            .transpose()
    }
}

/// A group's shared situation with its ratings, as files carry it.
pub type GroupSituationRecord = (GroupSituation, Vec<GroupRating>);

/// The group, its participants and its shared situation (with the
/// participants' anonymous ratings) as one file. `names` says whether the
/// participants' names go along (only when the facilitator shows them).
pub fn group_json(
    group: &Group,
    members: &[GroupMember],
    situation: Option<&GroupSituationRecord>,
    names: bool,
) -> String {
    let file = GroupFile {
        format: GROUP_FORMAT,
        version: GROUP_VERSION,
        group: group_entry(group, members, situation, names),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

pub(crate) fn group_entry(
    group: &Group,
    members: &[GroupMember],
    situation: Option<&GroupSituationRecord>,
    names: bool,
) -> GroupEntry {
    GroupEntry {
        situation: situation.map(|(s, ratings)| group_situation_entry(s, ratings)),
        id: group.id.to_string(),
        name: group.name.clone(),
        held_on: group.held_on.clone(),
        notes: group.notes.clone(),
        participants: members
            .iter()
            .map(|m| ParticipantEntry {
                instrument_version: u64::from(m.instrument_version),
                id: m.result_id.to_string(),
                name: if names { m.name.clone() } else { String::new() },
                answers: written_answers(&m.answers),
                scores: written_scores(&m.profile),
                // A file without names does not pair results either.
                pairing: m
                    .pairing
                    .as_ref()
                    .filter(|_| names)
                    .map(|p| p.as_str().to_owned()),
            })
            .collect(),
    }
}

/// Reads a group file; each participant is checked as a participant file is.
/// A name, date or notes that do not pass their checks refuse the file
/// ([`FileError::BadGroupDetails`]).
pub fn parse_group(bytes: &[u8], instruments: &Instruments) -> Result<ParsedGroup, FileError> {
    let text = decode(bytes, MAX_GROUP_BYTES)?;
    check_document(text, GROUP_FORMAT, GROUP_VERSION)?;
    parse_group_object(text, instruments)
}

/// Reads one group object (`id`, `name`, `heldOn`, `notes`, `participants`),
/// at most [`crate::MAX_ENTRIES`] participants, counted and reported for this
/// group alone.
pub(crate) fn parse_group_object(
    text: &str,
    instruments: &Instruments,
) -> Result<ParsedGroup, FileError> {
    let mut members = Vec::new();
    let mut positions = Vec::new();
    let mut tally = Tally::default();
    let captured = read_top(
        text,
        "participants",
        &["id", "name", "heldOn", "notes", "situation"],
        &mut |raw| {
            if !tally.next() {
                return;
            }
            match check_participant(raw, instruments) {
                Ok((member, cleaned)) => {
                    members.push(member);
                    positions.push(tally.position());
                    tally.cleaned += usize::from(cleaned);
                }
                Err(kind) => tally.problem(Problem {
                    position: tally.position(),
                    id: entry_id(raw),
                    kind,
                }),
            }
        },
    )?;
    let text_field = |name: &str| -> Result<Option<String>, FileError> {
        field::<Option<String>>(&captured, name)
            .transpose()
            .map(Option::flatten)
            .map_err(|_| FileError::BadGroupDetails)
    };
    let id = text_field("id")?
        .as_deref()
        .and_then(GroupId::parse)
        .ok_or(FileError::NotAnExport)?;
    let mut cleaned = false;
    let name = lenient(
        &text_field("name")?.unwrap_or_default(),
        clean_label,
        &mut cleaned,
    )
    .ok()
    .filter(|n| !n.is_empty())
    .ok_or(FileError::BadGroupDetails)?;
    let held_on =
        clean_date(text_field("heldOn")?.as_deref()).map_err(|_| FileError::BadGroupDetails)?;
    let notes = lenient(
        &text_field("notes")?.unwrap_or_default(),
        clean_note,
        &mut cleaned,
    )
    .map_err(|_| FileError::BadGroupDetails)?;
    Ok(ParsedGroup {
        id,
        name,
        held_on,
        notes,
        members,
        positions,
        problems: tally.problems,
        more_problems: tally.more_problems,
        not_read: tally.not_read,
        cleaned: tally.cleaned + usize::from(cleaned),
        situation: captured
            .iter()
            .find(|(name, _)| *name == "situation")
            .map(|(_, raw)| raw.get().to_owned()),
    })
}

/// Checks one participant; the flag says whether the name was cleaned.
fn check_participant(
    raw: &RawValue,
    instruments: &Instruments,
) -> Result<(GroupMember, bool), ProblemKind> {
    let entry: ParticipantEntry =
        serde_json::from_str(raw.get()).map_err(|e| ProblemKind::Shape(e.to_string()))?;
    let result_id = AssessmentId::parse(&entry.id).ok_or(ProblemKind::BadId)?;
    let instrument = instruments
        .find(entry.instrument_version)
        .ok_or(ProblemKind::UnknownInstrument(entry.instrument_version))?;
    let (mut answers, profile) = scored_answers(entry.answers, &entry.scores, instrument)?;
    answers.sort_by(|a, b| a.0.cmp(&b.0));
    let mut cleaned = false;
    let name = lenient(&entry.name, clean_label, &mut cleaned).map_err(|_| ProblemKind::BadText)?;
    // A code that is not one is left out, not a reason to refuse the result.
    let pairing = entry.pairing.as_deref().and_then(Pairing::parse);
    cleaned |= entry.pairing.is_some() && pairing.is_none();
    Ok((
        GroupMember {
            result_id,
            name,
            instrument_version: instrument.version(),
            answers,
            profile,
            pairing,
        },
        cleaned,
    ))
}
