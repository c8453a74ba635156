//! A whole workshop group in one file, for another facilitator
//! (`docs/EXPORT-FORMAT.md`, third part): the group's name, date and notes
//! and each participant's result as in a participant file.

use std::collections::BTreeMap;

use rolspiegel_core::{clean_date, clean_label, clean_note, Instrument};
use rolspiegel_storage::{AssessmentId, Group, GroupId, GroupMember};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::json::{check_header, read_json, scored_answers, written_answers, written_scores};
use crate::{FileError, Problem, ProblemKind};

/// The `format` field of a group file.
pub const GROUP_FORMAT: &str = "rolspiegel-group";

/// The group-file version this build writes and the newest it reads.
pub const GROUP_VERSION: u64 = 1;

/// 10 MiB holds about ten thousand participants.
pub const MAX_GROUP_BYTES: u64 = 10 * 1024 * 1024;

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct GroupFile<P> {
    format: String,
    version: u64,
    id: String,
    name: String,
    #[serde(default)]
    held_on: Option<String>,
    #[serde(default)]
    notes: String,
    participants: Vec<P>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ParticipantEntry {
    instrument_version: u64,
    id: String,
    #[serde(default)]
    name: String,
    answers: BTreeMap<String, Value>,
    scores: BTreeMap<String, f64>,
}

/// A group file as read: the group and its good participants, and a problem
/// for each participant that did not pass a check.
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
    /// Participants that did not.
    pub problems: Vec<Problem>,
}

/// The group and its participants as one file. `names` says whether the
/// participants' names go along (only when the facilitator shows them).
pub fn group_json(group: &Group, members: &[GroupMember], names: bool) -> String {
    let file = GroupFile {
        format: GROUP_FORMAT.to_owned(),
        version: GROUP_VERSION,
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
            })
            .collect(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads a group file; each participant is checked as a participant file is.
pub fn parse_group(bytes: &[u8], instrument: &Instrument) -> Result<ParsedGroup, FileError> {
    let value = read_json(bytes, MAX_GROUP_BYTES)?;
    check_header(&value, GROUP_FORMAT, GROUP_VERSION)?;
    let file: GroupFile<Value> =
        serde_json::from_value(value).map_err(|_| FileError::NotAnExport)?;
    let id = GroupId::parse(&file.id).ok_or(FileError::NotAnExport)?;
    let name = clean_label(&file.name)
        .ok()
        .filter(|n| !n.is_empty())
        .ok_or(FileError::NotAnExport)?;
    let held_on = clean_date(file.held_on.as_deref()).map_err(|_| FileError::NotAnExport)?;
    let notes = clean_note(&file.notes).map_err(|_| FileError::NotAnExport)?;
    let mut parsed = ParsedGroup {
        id,
        name,
        held_on,
        notes,
        members: Vec::new(),
        problems: Vec::new(),
    };
    for (index, entry) in file.participants.into_iter().enumerate() {
        let given_id = entry.get("id").and_then(Value::as_str).map(str::to_owned);
        match check_participant(entry, instrument) {
            Ok(member) => parsed.members.push(member),
            Err(kind) => parsed.problems.push(Problem {
                position: index + 1,
                id: given_id,
                kind,
            }),
        }
    }
    Ok(parsed)
}

fn check_participant(entry: Value, instrument: &Instrument) -> Result<GroupMember, ProblemKind> {
    let entry: ParticipantEntry =
        serde_json::from_value(entry).map_err(|e| ProblemKind::Shape(e.to_string()))?;
    let result_id = AssessmentId::parse(&entry.id).ok_or(ProblemKind::BadId)?;
    if entry.instrument_version != u64::from(instrument.version()) {
        return Err(ProblemKind::UnknownInstrument(entry.instrument_version));
    }
    let (mut answers, profile) = scored_answers(entry.answers, &entry.scores, instrument)?;
    answers.sort_by(|a, b| a.0.cmp(&b.0));
    let name = clean_label(&entry.name).map_err(|_| ProblemKind::BadText)?;
    Ok(GroupMember {
        result_id,
        name,
        instrument_version: instrument.version(),
        answers,
        profile,
    })
}
