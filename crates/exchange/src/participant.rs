//! The participant's result file: what a workshop participant saves for the
//! facilitator (`docs/EXPORT-FORMAT.md`, second part). Only the statement-list
//! version, the result's UUID, the raw answers, the scores and a name the
//! participant may type; nothing else personal.

use rolspiegel_core::{clean_label, Instruments};
use rolspiegel_core::{AssessmentId, GroupMember, Pairing};
use serde::{Deserialize, Serialize};

use crate::json::{scored_answers, written_answers, written_scores, GivenAnswers, GivenScores};
use crate::read::{check_document, decode};
use crate::{FileError, ProblemKind};

/// The `format` field of a participant file.
pub const PARTICIPANT_FORMAT: &str = "rolspiegel-participant";

/// The participant-file version this build writes and the newest it reads.
pub const PARTICIPANT_VERSION: u64 = 1;

/// A participant file is about 1 KB; anything over 64 KiB is not one.
pub const MAX_PARTICIPANT_BYTES: u64 = 64 * 1024;

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ParticipantFile {
    format: String,
    version: u64,
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

/// Why a participant file was not added.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParticipantError {
    /// The file as a whole is unreadable, too large, of another kind or
    /// from a newer version.
    #[error(transparent)]
    File(#[from] FileError),
    /// The file is a participant file, but its result does not pass a check.
    #[error("{0:?}")]
    Result(ProblemKind),
}

/// The file a participant hands to the facilitator. `name` is what they
/// typed (already cleaned; empty for anonymous).
pub fn participant_json(member: &GroupMember) -> String {
    let file = ParticipantFile {
        format: PARTICIPANT_FORMAT.to_owned(),
        version: PARTICIPANT_VERSION,
        instrument_version: u64::from(member.instrument_version),
        id: member.result_id.to_string(),
        name: member.name.clone(),
        answers: written_answers(&member.answers),
        scores: written_scores(&member.profile),
        pairing: member.pairing.as_ref().map(|p| p.as_str().to_owned()),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads a participant file: the scores are recomputed from the answers and
/// must match; the name is cleaned like a label (one line, at most 80
/// characters, no control characters).
pub fn parse_participant(
    bytes: &[u8],
    instruments: &Instruments,
) -> Result<GroupMember, ParticipantError> {
    let text = decode(bytes, MAX_PARTICIPANT_BYTES)?;
    check_document(text, PARTICIPANT_FORMAT, PARTICIPANT_VERSION)?;
    let file: ParticipantFile = serde_json::from_str(text)
        .map_err(|e| ParticipantError::Result(ProblemKind::Shape(e.to_string())))?;
    let problem = ParticipantError::Result;
    let result_id = AssessmentId::parse(&file.id).ok_or(problem(ProblemKind::BadId))?;
    let instrument = instruments.find(file.instrument_version).ok_or(problem(
        ProblemKind::UnknownInstrument(file.instrument_version),
    ))?;
    let (mut answers, profile) =
        scored_answers(file.answers, &file.scores, instrument).map_err(problem)?;
    answers.sort_by(|a, b| a.0.cmp(&b.0));
    let name = clean_label(&file.name).map_err(|_| problem(ProblemKind::BadText))?;
    Ok(GroupMember {
        result_id,
        name,
        instrument_version: instrument.version(),
        answers,
        profile,
        // A code that is not one is left out, not a reason to refuse the result.
        pairing: file.pairing.as_deref().and_then(Pairing::parse),
    })
}
