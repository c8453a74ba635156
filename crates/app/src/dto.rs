//! The wire shapes exchanged with the web view. Only this crate knows them;
//! field names cross IPC in camelCase.

use rolspiegel_core::{Mix, Profile, Role, RoleShortfall};
use serde::Serialize;

/// Something the user must hear about when the app starts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Notice {
    /// A damaged database was kept aside as `file` in `folder`. Told on
    /// every start until the person says they have seen it.
    SetAside {
        /// File name of the kept copy.
        file: String,
        /// The folder it is in, in full.
        folder: String,
    },
    /// The database in `folder` was made by a newer Rolspiegel: nothing was
    /// opened or changed, and nothing is saved until a newer version runs.
    NewerVersion {
        /// The data folder, in full.
        folder: String,
    },
    /// Nothing can be saved on this computer now: the app runs in memory.
    MemoryOnly {
        /// Why, as far as the app can tell.
        reason: NotSavingReason,
    },
}

/// Why the app cannot save, for the memory-only notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NotSavingReason {
    /// The disk is full (also when the backup before an upgrade did not fit).
    DiskFull,
    /// The folder or file may not be written.
    ReadOnly,
    /// Another program holds the database.
    Busy,
    /// Anything else (no data folder, an I/O error).
    Other,
}

/// What the UI needs before it draws the first screen.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Startup {
    /// `nl` or `en`.
    pub language: &'static str,
    /// Notices not yet dismissed.
    pub notices: Vec<Notice>,
    /// Where the data lives, in full; `None` when nothing can be saved.
    pub data_folder: Option<String>,
    /// The statement list.
    pub instrument: InstrumentView,
}

/// The statement list as the UI sees it: ids in order, not the scoring keys.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct InstrumentView {
    /// Statement-list version.
    pub version: u32,
    /// Statement ids in presentation order; wording is `statement-<id>`.
    pub statements: Vec<String>,
}

/// An assessment in progress.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScanView {
    /// Assessment UUID.
    pub assessment_id: String,
    /// Answers so far: statement id → 1–5, or `null` for "weet ik niet".
    pub answers: std::collections::BTreeMap<String, Option<u8>>,
}

/// One role's score.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RoleScoreView {
    /// Role key.
    pub role: Role,
    /// 0–100.
    pub score: f64,
    /// Percentage of the three scores' sum.
    pub share: f64,
    /// Statements answered on the scale.
    pub answered: usize,
    /// Statements of this role.
    pub total: usize,
}

/// A completed result.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResultView {
    /// Assessment UUID.
    pub id: String,
    /// Completion time, Unix ms.
    pub completed_at: i64,
    /// Completion date as people read it.
    pub date_text: String,
    /// The label; empty when none.
    pub label: String,
    /// Statement-list version.
    pub instrument_version: u32,
    /// Scores in display order.
    pub roles: Vec<RoleScoreView>,
    /// Dominant role, shared lead or balanced.
    pub mix: Mix,
    /// The radar chart as SVG, or `None` when it could not be drawn (the
    /// scores are still shown as a table).
    pub chart_svg: Option<String>,
    /// Answers to the reflection questions, by question key.
    pub reflections: std::collections::BTreeMap<String, String>,
    /// The development goal set on this result.
    pub goal: Option<GoalView>,
    /// The goal of the result before this one, which this one follows up.
    pub follows_up: Option<FollowUpView>,
}

/// A line in the list of earlier results.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResultSummary {
    /// Assessment UUID.
    pub id: String,
    /// Completion time, Unix ms.
    pub completed_at: i64,
    /// Dominant role, shared lead or balanced.
    pub mix: Mix,
}

/// What finishing a scan gave.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum FinishOutcome {
    /// The scan is stored as a result.
    Complete {
        /// The new result (boxed: it is much larger than the other variant).
        result: Box<ResultView>,
    },
    /// Too few answers; the scan stays in progress.
    Incomplete {
        /// Roles that need more answers.
        shortfalls: Vec<ShortfallView>,
    },
}

/// A role that needs more answers.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ShortfallView {
    /// Role key.
    pub role: Role,
    /// How many more scale answers are needed.
    pub missing: usize,
    /// Scale answers required.
    pub required: usize,
    /// Statements of this role.
    pub total: usize,
}

impl From<&RoleShortfall> for ShortfallView {
    fn from(s: &RoleShortfall) -> Self {
        ShortfallView {
            role: s.role,
            missing: s.missing(),
            required: s.required,
            total: s.total,
        }
    }
}

/// Progress after saving an answer.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    /// Statements with an answer (including "weet ik niet").
    pub answered: usize,
    /// Statements in the list.
    pub total: usize,
}

pub(crate) fn role_views(profile: &Profile) -> Vec<RoleScoreView> {
    profile
        .roles
        .iter()
        .map(|r| RoleScoreView {
            role: r.role,
            score: r.score,
            share: r.share,
            answered: r.answered,
            total: r.total,
        })
        .collect()
}

/// A development goal as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GoalView {
    /// The role to grow in.
    pub role: Role,
    /// The concrete assignment.
    pub assignment: String,
    /// Review date as `YYYY-MM-DD` (for the date field).
    pub review_on: Option<String>,
    /// Review date as people read it.
    pub review_text: Option<String>,
}

/// A line of the history.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HistoryItem {
    /// Assessment UUID.
    pub id: String,
    /// Completion time, Unix ms.
    pub completed_at: i64,
    /// Completion date as people read it.
    pub date_text: String,
    /// The label; empty when none.
    pub label: String,
    /// Scores in [`Role::ALL`] order, for the mini chart.
    pub scores: [f64; 3],
    /// Dominant role, shared lead or balanced.
    pub mix: Mix,
    /// The development goal, if any.
    pub goal: Option<GoalView>,
    /// Whether the goal still waits for a next result.
    pub goal_open: bool,
    /// How many reflection questions have an answer.
    pub reflections: usize,
}

/// One role's change between two results.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RoleChangeView {
    /// The role.
    pub role: Role,
    /// Earlier score.
    pub from: f64,
    /// Later score.
    pub to: f64,
    /// Later minus earlier.
    pub delta: f64,
    /// Beyond the noise, within it, or unknown (and why).
    pub noise: rolspiegel_core::Noise,
}

impl From<&rolspiegel_core::RoleChange> for RoleChangeView {
    fn from(c: &rolspiegel_core::RoleChange) -> Self {
        RoleChangeView {
            role: c.role,
            from: c.from,
            to: c.to,
            delta: c.delta,
            noise: c.noise,
        }
    }
}

/// The goal a result follows up: set on the result before it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FollowUpView {
    /// The earlier result's id.
    pub from_id: String,
    /// Its date as people read it.
    pub from_date_text: String,
    /// Its label.
    pub from_label: String,
    /// The goal set then.
    pub goal: GoalView,
    /// How the goal's role changed since.
    pub change: RoleChangeView,
}

/// The changes from one result to the next.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PairChange {
    /// Earlier result.
    pub from_id: String,
    /// Later result.
    pub to_id: String,
    /// One change per role, in [`Role::ALL`] order.
    pub roles: Vec<RoleChangeView>,
}

/// One result in a comparison.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CompareItem {
    /// Assessment UUID.
    pub id: String,
    /// Completion time, Unix ms.
    pub completed_at: i64,
    /// Completion date as people read it.
    pub date_text: String,
    /// The label; empty when none.
    pub label: String,
    /// Scores in [`Role::ALL`] order.
    pub scores: [f64; 3],
    /// Line colour on the chart, `#rrggbb`.
    pub colour: String,
    /// Line style on the chart: solid, dashed, dotted or longdash.
    pub dash: String,
}

/// Results side by side.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CompareView {
    /// The results, oldest first.
    pub results: Vec<CompareItem>,
    /// Each result against the one before it.
    pub changes: Vec<PairChange>,
    /// First against last, when more than two are compared.
    pub overall: Option<PairChange>,
    /// The radar with all results, or `None` when it could not be drawn.
    pub chart_svg: Option<String>,
    /// Each role over time, from three results on.
    pub trend_svg: Option<String>,
}

/// One result of an import file that was not added.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportProblemView {
    /// Position in the file, from 1.
    pub position: usize,
    /// Translated reason.
    pub message: String,
}

/// What an import did.
#[derive(Debug, Clone, Serialize)]
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
    /// Results (and participants) past the limit per file, not read.
    pub not_read: usize,
    /// From a full backup: what happened to each group.
    pub groups: Vec<GroupRestoreView>,
}

/// One group of a full backup, as read back.
#[derive(Debug, Clone, Serialize)]
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
    /// Why the whole group was refused, if it was.
    pub refused: Option<String>,
}

/// What "delete everything" removes, for its confirmation.
#[derive(Debug, Clone, Serialize)]
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
    /// Backups and damaged copies beside the database.
    pub copies: usize,
    /// The data folder, where those copies are.
    pub folder: Option<String>,
}

/// A group in the wipe confirmation.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WipeGroupView {
    /// Its name.
    pub name: String,
    /// Its participants.
    pub members: usize,
}

/// What a save dialog gave.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
