//! The wire shapes exchanged with the web view. Only this crate knows them;
//! field names cross IPC in camelCase.

use rolspiegel_core::{Mix, Profile, Role, RoleShortfall};
use serde::Serialize;

/// Something the user must hear about when the app starts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Notice {
    /// The database was damaged and kept aside under `file`.
    Recovered {
        /// File name (not the full path) of the kept file.
        file: String,
    },
    /// Nothing can be saved on this computer: the app runs in memory.
    MemoryOnly,
}

/// What the UI needs before it draws the first screen.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Startup {
    /// `nl` or `en`.
    pub language: &'static str,
    /// Notices to show once.
    pub notices: Vec<Notice>,
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
    /// Statement-list version.
    pub instrument_version: u32,
    /// Scores in display order.
    pub roles: Vec<RoleScoreView>,
    /// Dominant role, shared lead or balanced.
    pub mix: Mix,
    /// The radar chart as SVG, or `None` when it could not be drawn (the
    /// scores are still shown as a table).
    pub chart_svg: Option<String>,
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
        /// The new result.
        result: ResultView,
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
