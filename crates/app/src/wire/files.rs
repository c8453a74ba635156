//! Files in and out: what to export, what an import did, why a record was
//! not added, and what "delete everything" removes.

use serde::Serialize;
use ts_rs::TS;

use crate::error::ErrorCode;

/// What a chart export draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ChartKind {
    /// One result's radar, or several results on one radar.
    Radar,
    /// Each role over time (three or more results).
    Trend,
}

/// The picture format of a chart export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ChartFormat {
    /// PNG at twice the screen size, fonts drawn into the pixels.
    Png,
    /// SVG, as on screen.
    Svg,
}

/// What a data export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum DataFormat {
    /// Everything, to take along or import elsewhere.
    Json,
    /// One row per result, for a spreadsheet.
    Csv,
}

/// Why one record of a file was not added. Words are added at the door:
/// `problem-<code>` in `locales/`, with the variant's fields as arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum Problem {
    /// Data missing or damaged.
    Shape,
    /// No valid UUID.
    BadId,
    /// Another statement list.
    Instrument {
        /// Its version.
        version: u64,
    },
    /// A statement this list does not have.
    Statement {
        /// Its id.
        statement: String,
    },
    /// An answer off the scale.
    Answer {
        /// The statement it answers.
        statement: String,
    },
    /// Too few answers to score.
    Incomplete,
    /// Scores that do not follow from the answers.
    Scores,
    /// A date that cannot be.
    Time,
    /// A label, note or goal too long or with characters that cannot be.
    Text,
    /// An answer to a reflection question Rolspiegel does not know.
    Question,
    /// Already here with other data; the stored one is kept.
    Conflict,
    /// A value the database refuses; the rest of the file is read.
    Refused,
    /// A participant file over the size limit.
    ParticipantTooLarge,
    /// A participant file that is cut off.
    ParticipantTruncated,
    /// A participant file that is not JSON.
    ParticipantMalformed,
    /// JSON, but not a participant file.
    ParticipantNotAFile,
    /// A participant file from a newer Rolspiegel.
    ParticipantNewer,
    /// A participant file that could not be opened.
    ParticipantUnreadable,
    /// A folder or device where a participant file was expected.
    ParticipantNotRegular,
    /// Already in the group with other data; the group is not changed.
    ParticipantConflict,
    /// A value the database refuses; the other files are added.
    ParticipantRefused,
    /// Answered to another statement list than the group's results: a
    /// group holds results of one list, so its figures compare like with
    /// like.
    ParticipantOtherList {
        /// The list of this result.
        version: u32,
        /// The list of the group's results.
        group: u32,
    },
}

impl Problem {
    /// The Fluent message that says this problem in words.
    pub fn message_id(&self) -> String {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::Object(fields)) => match fields.get("code") {
                Some(serde_json::Value::String(code)) => format!("problem-{code}"),
                _ => unreachable!("a problem is tagged with its code"),
            },
            _ => unreachable!("a problem serialises as an object"),
        }
    }
}

/// One result of an import file that was not added.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportProblemView {
    /// Position in the file, from 1.
    pub position: usize,
    /// Why.
    pub problem: Problem,
}

/// What an import did.
#[derive(Debug, Clone, Default, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportReport {
    /// The file's name.
    pub file: String,
    /// Results added.
    pub added: usize,
    /// Results that were already here, unchanged.
    pub already_present: usize,
    /// Results not added, each with its reason (at most
    /// [`rolspiegel_exchange::MAX_LISTED_PROBLEMS`]).
    pub problems: Vec<ImportProblemView>,
    /// Results not added beyond those listed.
    pub more_problems: usize,
    /// Results past the limit per file, not read.
    pub not_read: usize,
    /// Results added after characters an earlier version allowed in their
    /// texts (and this one does not) were removed.
    pub cleaned: usize,
    /// From a full backup: what happened to each group.
    pub groups: Vec<GroupRestoreView>,
    /// From a full backup: groups past the limit per file, not read.
    pub groups_not_read: usize,
    /// From a full backup: situations added (or given ratings they lacked).
    pub situations_added: usize,
    /// From a full backup: situations that were here already, unchanged.
    pub situations_already_present: usize,
    /// From a full backup: situations not added, each with its reason.
    pub situation_problems: Vec<ImportProblemView>,
    /// Situations not added beyond those listed, or past the limit.
    pub more_situation_problems: usize,
    /// From a full backup: requests to colleagues added.
    pub requests_added: usize,
    /// From a full backup: colleagues' answers added.
    pub answers_added: usize,
    /// From a full backup: requests or answers that could not be read or
    /// differ from what is here (what is here stays).
    pub requests_not_added: usize,
}

/// One group of a full backup, as read back.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GroupRestoreView {
    /// Position in the backup, from 1.
    pub position: usize,
    /// The group's name (empty when the group was refused).
    pub name: String,
    /// Participants added.
    pub added: usize,
    /// Participants that were already in the group.
    pub already_present: usize,
    /// Participants not added.
    pub problems: usize,
    /// Ratings of the group's assignment added.
    pub ratings_added: usize,
    /// Ratings of the group's assignment not added (refused, or of an
    /// assignment by another name).
    pub ratings_refused: usize,
    /// Participants past the limit per group, not read.
    pub not_read: usize,
    /// Participants (or the group's details) read after characters an
    /// earlier version allowed were removed from their texts.
    pub cleaned: usize,
    /// Why the whole group was refused, if it was.
    pub refused: Option<ErrorCode>,
}

/// What "delete everything" removes, for its confirmation.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WipeSummary {
    /// Own results.
    pub results: usize,
    /// Reflection answers over all results.
    pub reflections: usize,
    /// Development goals.
    pub goals: usize,
    /// Whether a scan is in progress.
    pub scan_in_progress: bool,
    /// Workshop groups with their number of participants.
    pub groups: Vec<WipeGroupView>,
    /// Named situations, by name.
    pub situations: Vec<String>,
    /// Requests to colleagues, each with its answers.
    pub requests: usize,
    /// Copies Rolspiegel kept beside the database (backups before upgrades,
    /// damaged files, an earlier folder's database); wiping removes them.
    pub copies: usize,
    /// Backups the person saved into the data folder: their own files,
    /// which wiping leaves (a backup saved just before wiping may be one).
    pub saved: usize,
    /// The data folder, where those copies are.
    pub folder: Option<String>,
}

/// A group in the wipe confirmation.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WipeGroupView {
    /// Its name.
    pub name: String,
    /// Its participants.
    pub members: usize,
}

/// What a save dialog gave.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum SaveOutcome {
    /// Written to this file (name only).
    Saved {
        /// File name.
        file: String,
    },
    /// The person closed the dialog.
    Cancelled,
}

#[cfg(test)]
mod tests {
    use super::*;
    use rolspiegel_i18n::{FluentArgs, Language, Localizer};

    #[test]
    fn every_problem_has_words_in_both_languages() {
        let localizer = Localizer::new().expect("valid locales");
        let statement = || "b01".to_owned();
        let every = [
            Problem::Shape,
            Problem::BadId,
            Problem::Instrument { version: 7 },
            Problem::Statement {
                statement: statement(),
            },
            Problem::Answer {
                statement: statement(),
            },
            Problem::Incomplete,
            Problem::Scores,
            Problem::Time,
            Problem::Text,
            Problem::Question,
            Problem::Conflict,
            Problem::Refused,
            Problem::ParticipantTooLarge,
            Problem::ParticipantTruncated,
            Problem::ParticipantMalformed,
            Problem::ParticipantNotAFile,
            Problem::ParticipantNewer,
            Problem::ParticipantUnreadable,
            Problem::ParticipantNotRegular,
            Problem::ParticipantConflict,
            Problem::ParticipantRefused,
        ];
        let mut args = FluentArgs::new();
        args.set("version", 7);
        args.set("statement", "b01");
        for problem in every {
            for language in Language::ALL {
                let words = localizer.message(language, &problem.message_id(), Some(&args));
                assert!(words.is_ok(), "{problem:?} in {language:?}");
            }
        }
    }
}

/// A copy of the database kept beside it, as the history lists it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct KeptCopyView {
    /// Its file name (the key to add from it).
    pub file: String,
    /// Its file name as people see it (a name the person chose may hold
    /// controls that turn text around).
    pub name: String,
    /// `"backup"`: made before an upgrade; `"damaged"`: set aside;
    /// `"earlier"`: the database of the data folder's earlier name;
    /// `"saved"`: a backup file the person saved into the data folder.
    #[ts(type = "\"backup\" | \"damaged\" | \"earlier\" | \"saved\"")]
    pub kind: &'static str,
    /// When it was made (Unix ms).
    pub made_at: i64,
    /// Whether it could be read; a damaged copy may not.
    pub readable: bool,
    /// The results in it.
    pub results: usize,
    /// The workshop groups in it.
    pub groups: usize,
    /// The named situations in it.
    pub situations: usize,
}
