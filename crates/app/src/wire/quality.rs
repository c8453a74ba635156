//! "Hoe goed meet de lijst?": how well a statement list measured in the
//! facilitator's groups.

use rolspiegel_core::Role;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Whose results the figures are about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum QualityScope {
    /// One group (its one list).
    Group {
        /// Group UUID.
        id: String,
    },
    /// Every group's results of one list together; a result in two groups
    /// counts once.
    AllGroups {
        /// Statement-list version.
        version: u32,
    },
}

/// A list that groups hold results of, to choose from.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ListResults {
    /// Statement-list version.
    pub version: u32,
    /// Different results of it over all groups.
    pub results: usize,
}

/// The figures of one statement.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ItemQualityView {
    /// Statement id (its words are `statement-<id>` in the UI's language).
    pub id: String,
    /// Agreeing says less of the role.
    pub reversed: bool,
    /// Results with an answer on the scale (not "weet ik niet").
    pub n: usize,
    /// Mean raw answer (1–5); `None` with fewer than two answers.
    pub mean: Option<f64>,
    /// Sample standard deviation of the raw answers.
    pub sd: Option<f64>,
    /// Item-rest correlation; `None` without spread.
    pub item_rest: Option<f64>,
    /// The mean is above 4.2: almost everyone agrees.
    pub almost_all_agree: bool,
    /// The spread is below 0.8: almost everyone answers the same.
    pub almost_all_same: bool,
    /// The item-rest correlation is below 0.2: it measures something else
    /// than the rest of its role.
    pub fits_poorly: bool,
}

/// The figures of one role.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoleQualityView {
    /// The role.
    pub role: Role,
    /// Results that answered every statement of the role on the scale.
    pub complete: usize,
    /// Cronbach's alpha; `None` without spread.
    pub alpha: Option<f64>,
    /// Lower end of its 95 % confidence interval.
    pub alpha_low: Option<f64>,
    /// Upper end.
    pub alpha_high: Option<f64>,
    /// The role's statements in list order.
    pub items: Vec<ItemQualityView>,
}

/// The correlation of two roles' scores.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoleCorrelation {
    /// One role.
    pub a: Role,
    /// The other.
    pub b: Role,
    /// Pearson's r; `None` when a role's scores have no spread.
    pub r: Option<f64>,
}

/// What "Hoe goed meet de lijst?" shows.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QualityView {
    /// What was asked for.
    pub scope: QualityScope,
    /// The group's name, for one group.
    pub group_name: Option<String>,
    /// The list the figures are about.
    pub version: u32,
    /// Results of that list in scope.
    pub results: usize,
    /// Results needed before anything is shown.
    pub min_results: usize,
    /// Lists that groups hold results of, for "all groups together".
    pub lists: Vec<ListResults>,
    /// Per role, in B, O, V order; empty below `min_results`.
    pub roles: Vec<RoleQualityView>,
    /// B–O, B–V, O–V; empty below `min_results`.
    pub correlations: Vec<RoleCorrelation>,
    /// The retest: people who answered twice, paired without names.
    pub retest: RetestView,
}

/// A retest in the room: how well the scores held on a second try.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RetestView {
    /// People who answered twice (pairs in scope).
    pub pairs: usize,
    /// Pairs needed before anything is shown.
    pub min_pairs: usize,
    /// The middle number of days between the two results.
    pub median_days: Option<f64>,
    /// Per role, in B, O, V order; empty below `min_pairs`.
    pub roles: Vec<RoleRetestView>,
}

/// One role in a retest.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoleRetestView {
    /// The role.
    pub role: Role,
    /// The test–retest correlation; `None` without spread.
    pub correlation: Option<f64>,
    /// Its 95 % interval, from four pairs on.
    pub correlation_low: Option<f64>,
    /// Upper end of the interval.
    pub correlation_high: Option<f64>,
    /// The mean change from the first to the second time, in points.
    pub mean_change: f64,
    /// The real standard error of a difference (SD of the changes), points.
    pub real_error: f64,
    /// What the noise model assumed for the same pairs, points.
    pub assumed_error: Option<f64>,
}
