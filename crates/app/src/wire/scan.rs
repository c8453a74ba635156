//! Starting up, a scan in progress and a result.

use rolspiegel_core::{Level, Margin, Mix, NoiseBasis, Profile, Role, RoleShortfall};
use serde::Serialize;
use ts_rs::TS;

use crate::wire::{FollowUpView, GoalView};

/// Something the user must hear about when the app starts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
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
    /// The data folder of an earlier name held a database too: it was moved
    /// in as the kept copy `file` in `folder`, where the history lists it.
    /// Told on every start until the person says they have seen it.
    Earlier {
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
    /// The database in `folder` opened but may only be read (a read-only
    /// disk or folder): what is stored shows, nothing new is saved.
    ReadOnly {
        /// The data folder, in full.
        folder: String,
    },
    /// "Delete everything" was stopped half-way last time (the app was
    /// closed or killed); this start finished it.
    WipeFinished,
}

/// An answer as the window or a phone sends it: 1–5, or `null` for "weet
/// ik niet". It arrives as any JSON value, so that anything else is
/// refused as off the scale with the same code through either door
/// ([`crate::service::given_answer`]), never as a broken request.
#[derive(Debug, Clone, PartialEq, TS)]
#[ts(type = "1 | 2 | 3 | 4 | 5 | null")]
pub struct AnswerValue(pub serde_json::Value);

impl<'de> serde::Deserialize<'de> for AnswerValue {
    /// Any JSON value, as it came.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<AnswerValue, D::Error> {
        serde_json::Value::deserialize(deserializer).map(AnswerValue)
    }
}

/// What starting a scan did.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum StartOutcome {
    /// A new scan began.
    Started {
        /// The new scan.
        scan: ScanView,
    },
    /// Another scan is in progress that the caller did not name as the one
    /// to replace: nothing was started and nothing thrown away. The screen
    /// asks the person, then starts again naming it.
    InProgress {
        /// The scan in progress.
        #[serde(rename = "assessmentId")]
        assessment_id: String,
        /// How many of its statements have an answer.
        answered: usize,
        /// The scan, when this build can show it (its list is known);
        /// `None` for a scan begun by a newer Rolspiegel.
        scan: Option<ScanView>,
    },
}

/// Why the app cannot save, for the memory-only notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum NotSavingReason {
    /// The disk is full (also when the backup before an upgrade did not fit).
    DiskFull,
    /// The folder or file may not be written.
    ReadOnly,
    /// Another program holds the database.
    Busy,
    /// Another Rolspiegel (another login on this computer, say) has the
    /// same data open.
    InUse,
    /// Something other than a file is where the database belongs.
    NotAFile,
    /// Anything else (no data folder, an I/O error).
    Other,
}

/// What the UI needs before it draws the first screen.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Startup {
    /// `nl` or `en`.
    #[ts(type = "\"nl\" | \"en\"")]
    pub language: &'static str,
    /// Notices not yet dismissed.
    pub notices: Vec<Notice>,
    /// Where the data lives, in full; `None` when nothing can be saved.
    pub data_folder: Option<String>,
    /// The statement list.
    pub instrument: InstrumentView,
    /// The first screen's data, read at start; `None` if reading failed.
    pub welcome: Option<WelcomeView>,
}

/// What the welcome screen shows: a scan to resume and the results so far.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WelcomeView {
    /// The scan in progress, if any.
    pub scan: Option<ScanView>,
    /// Every completed result, newest first.
    pub results: Vec<ResultSummary>,
}

/// The statement list as the UI sees it: ids in order, not the scoring keys.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InstrumentView {
    /// Statement-list version.
    pub version: u32,
    /// Statement ids in presentation order; wording is `statement-<id>`.
    pub statements: Vec<String>,
}

/// An assessment in progress.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScanView {
    /// Assessment UUID.
    pub assessment_id: String,
    /// The statement list this scan was started with (a scan begun before
    /// a newer list came keeps its own).
    pub instrument_version: u32,
    /// That list's statement ids, in order.
    pub statements: Vec<String>,
    /// Answers so far: statement id → 1–5, or `null` for "weet ik niet".
    #[ts(type = "{ [statement in string]: 1 | 2 | 3 | 4 | 5 | null }")]
    pub answers: std::collections::BTreeMap<String, Option<u8>>,
}

/// One role's score.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoleScoreView {
    /// Role key.
    pub role: Role,
    /// 0–100.
    pub score: f64,
    /// Percentage of the three scores' sum.
    pub share: f64,
    /// The share as a whole percentage; the three add up to 100.
    pub percent: u8,
    /// Statements answered on the scale.
    pub answered: usize,
    /// Statements of this role.
    pub total: usize,
    /// The range the score most likely lies in (95 %); `None` when the
    /// noise of the answers is not known.
    pub margin: Option<Margin>,
}

/// A completed result.
#[derive(Debug, Clone, Serialize, TS)]
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
    /// How strongly the roles are recognised overall (apart from the mix).
    pub level: Level,
    /// The mean of the three scores.
    pub mean_score: f64,
    /// Which role is highest and which lowest, and how sure.
    pub mix: Mix,
    /// Which spread the noise (the mix, the margins) was estimated from.
    pub basis: NoiseBasis,
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
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ResultSummary {
    /// Assessment UUID.
    pub id: String,
    /// Completion time, Unix ms.
    pub completed_at: i64,
    /// A clearly strongest role, or blended.
    pub mix: Mix,
}

/// What finishing a scan gave.
#[derive(Debug, Clone, Serialize, TS)]
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
#[derive(Debug, Clone, Serialize, TS)]
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
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    /// Statements with an answer (including "weet ik niet").
    pub answered: usize,
    /// Statements in the list.
    pub total: usize,
}

pub(crate) fn role_views(profile: &Profile) -> Vec<RoleScoreView> {
    let percents = profile.percents();
    let margins = profile.margins();
    profile
        .roles
        .iter()
        .map(|r| RoleScoreView {
            role: r.role,
            score: r.score,
            share: r.share,
            percent: percents[r.role.index()],
            answered: r.answered,
            total: r.total,
            margin: margins[r.role.index()],
        })
        .collect()
}
