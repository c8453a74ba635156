//! The history, goals and comparing results.

use rolspiegel_core::{Margin, Mix, Noise, Role, RoleChange};
use serde::Serialize;
use ts_rs::TS;

/// A development goal as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
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
#[derive(Debug, Clone, Serialize, TS)]
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
    /// A clearly strongest role, or blended.
    pub mix: Mix,
    /// The development goal, if any.
    pub goal: Option<GoalView>,
    /// Whether the goal still waits for a next result.
    pub goal_open: bool,
    /// How many reflection questions have an answer.
    pub reflections: usize,
    /// The statement list the result was answered to.
    pub instrument_version: u32,
}

/// One role's change between two results.
#[derive(Debug, Clone, Copy, Serialize, TS)]
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
    pub noise: Noise,
    /// The range the change most likely lies in (95 %); `None` when the
    /// noise is unknown.
    pub range: Option<Margin>,
}

impl From<&RoleChange> for RoleChangeView {
    fn from(c: &RoleChange) -> Self {
        RoleChangeView {
            role: c.role,
            from: c.from,
            to: c.to,
            delta: c.delta,
            noise: c.noise,
            range: c.range,
        }
    }
}

/// The goal a result follows up: set on the result before it.
#[derive(Debug, Clone, Serialize, TS)]
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
#[derive(Debug, Clone, Serialize, TS)]
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
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CompareItem {
    /// Assessment UUID.
    pub id: String,
    /// Completion time, Unix ms.
    pub completed_at: i64,
    /// Completion date as people read it, with the time when another
    /// compared result is from the same day.
    pub date_text: String,
    /// The label; empty when none.
    pub label: String,
    /// Scores in [`Role::ALL`] order.
    pub scores: [f64; 3],
    /// Line colour on the chart, `#rrggbb`.
    pub colour: String,
    /// Line style on the chart: solid, dashed, dotted or longdash.
    #[ts(type = "\"solid\" | \"dashed\" | \"dotted\" | \"longdash\"")]
    pub dash: String,
    /// The statement list the result was answered to.
    pub instrument_version: u32,
}

/// Results side by side.
#[derive(Debug, Clone, Serialize, TS)]
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
