//! Workshop groups: a group, what adding participants did, the group's
//! figures and projection steps.

use rolspiegel_core::RoleStats;
use serde::Serialize;
use ts_rs::TS;

use crate::disk::{display_name, ReadFailure, ReadFile};
use crate::wire::Problem;

/// A group as listed.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GroupSummary {
    /// Group UUID.
    pub id: String,
    /// Name.
    pub name: String,
    /// Workshop date `YYYY-MM-DD`, if given.
    pub held_on: Option<String>,
    /// The date as people read it.
    pub held_text: Option<String>,
    /// Notes.
    pub notes: String,
    /// Results in it.
    pub members: usize,
}

/// What opening a group file did.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OpenedGroup {
    /// The group, new or already here.
    pub group: GroupSummary,
    /// Participants added, already there, or refused.
    pub report: GroupImportReport,
}

/// A file dropped on the window, as the web view read it: its bytes, not
/// decoded, so a dropped file is read exactly as one picked in the dialog.
#[derive(Debug, Clone, serde::Deserialize, TS)]
pub struct DroppedFile {
    /// Its name.
    pub name: String,
    /// Its size in bytes.
    pub size: u64,
    /// Its bytes; empty when the web view did not read a file over the size
    /// limit (Rust checks the size again).
    pub bytes: Vec<u8>,
}

impl DroppedFile {
    /// The file as if read from disk, capped at `limit`.
    pub fn read(self, limit: u64) -> ReadFile {
        let size = self.size.max(self.bytes.len() as u64);
        ReadFile {
            name: display_name(&self.name),
            bytes: if size > limit {
                Err(ReadFailure::TooLarge(size))
            } else if (self.bytes.len() as u64) < self.size {
                // The window stopped reading files (it reads so much at once).
                Err(ReadFailure::Unreadable(std::io::Error::other(
                    "not read in the window",
                )))
            } else {
                Ok(self.bytes)
            },
        }
    }
}

/// What a problem in a group is about: a participant's file, or a
/// participant of a group file (numbered from 1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Source {
    /// A file, by its name.
    File {
        /// The file's name.
        name: String,
    },
    /// A participant of a group file or backup.
    Participant {
        /// Its position, from 1.
        number: usize,
    },
    /// One of the facilitator's own results.
    #[serde(rename_all = "camelCase")]
    Result {
        /// When it was completed, as people read it.
        date_text: String,
    },
}

/// One file (or participant) that was not added to a group, and why.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FileProblem {
    /// What it is about.
    pub source: Source,
    /// Why.
    pub problem: Problem,
}

/// What adding files to a group did.
#[derive(Debug, Clone, Default, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GroupImportReport {
    /// Results added.
    pub added: usize,
    /// Results that were already in the group.
    pub already_present: usize,
    /// Files (or participants of a group file) not added, each with its
    /// reason; at most [`rolspiegel_exchange::MAX_LISTED_PROBLEMS`] from one
    /// group file.
    pub problems: Vec<FileProblem>,
    /// Problems beyond those listed.
    pub more_problems: usize,
    /// Participants past [`rolspiegel_exchange::MAX_ENTRIES`], not read.
    pub not_read: usize,
    /// Participants (or the group's details) read after characters an
    /// earlier version allowed were removed from their texts.
    pub cleaned: usize,
    /// From a file: ratings of the group's assignment added.
    pub ratings_added: usize,
    /// From a file: ratings of the group's assignment not read (or the
    /// assignment itself, counted as one, when its details did not pass).
    pub ratings_refused: usize,
}

/// One participant as the facilitator sees them.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ParticipantView {
    /// 1, 2, 3 … in the order added.
    pub number: usize,
    /// The name they typed, only when names are shown and one was typed.
    pub name: Option<String>,
    /// Scores in [`Role::ALL`] order.
    pub scores: [f64; 3],
    /// Shares in percent, in [`Role::ALL`] order.
    pub shares: [f64; 3],
}

/// The group view.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GroupView {
    /// The group.
    pub group: GroupSummary,
    /// Whether there are enough results to show figures ([`MIN_GROUP_SIZE`]).
    pub enough: bool,
    /// Whether the charts show the group's shape instead of every
    /// participant (from `shape_from` participants on).
    pub shape: bool,
    /// From how many participants the charts show the group's shape.
    pub shape_from: usize,
    /// The minimum group size.
    pub min_size: usize,
    /// Results of one list needed for "Hoe goed meet de lijst?".
    pub min_quality: usize,
    /// Figures per role (when enough).
    pub stats: Vec<RoleStats>,
    /// Mean shares (when enough).
    pub centre: Option<[f64; 3]>,
    /// The participants (when enough).
    pub participants: Vec<ParticipantView>,
    /// Radar with every participant and the mean (when enough).
    pub radar_svg: Option<String>,
    /// The mix triangle (when enough).
    pub mix_map_svg: Option<String>,
    /// Dot strips per role (when enough).
    pub spread_svg: Option<String>,
    /// The group's shared situation, when it has one.
    pub situation: Option<crate::wire::GroupSituationView>,
}

/// One step of projection mode.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProjectionStep {
    /// Group name.
    pub name: String,
    /// Participants.
    pub count: usize,
    /// This step (0-based) and how many there are.
    pub step: usize,
    /// Number of steps.
    pub steps: usize,
    /// What this step shows, in words (also the chart's text alternative).
    pub caption: String,
    /// The chart.
    pub svg: Option<String>,
}

/// Which group chart an export draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum GroupChart {
    /// Every participant and the mean on the radar.
    Radar,
    /// The mix triangle.
    MixMap,
    /// Dot strips per role.
    Spread,
}
