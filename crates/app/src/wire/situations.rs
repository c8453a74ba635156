//! Situations: naming one, rating it on the situation list, and setting
//! what it asks beside a result.

use rolspiegel_core::{Difference, Margin, Role, RoleGap};
use serde::Serialize;
use ts_rs::TS;

use crate::wire::{RoleChangeView, RoleScoreView, ShortfallView};

/// A named situation as listed, with its ratings.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SituationSummary {
    /// Its id.
    pub id: String,
    /// Its name, as the person wrote it.
    pub name: String,
    /// The person's note; empty when none.
    pub note: String,
    /// When it was named (Unix ms).
    pub created_at: i64,
    /// Its completed ratings, newest first.
    pub ratings: Vec<RatingSummary>,
    /// A rating begun and not finished.
    pub draft: Option<RatingDraftSummary>,
}

/// A completed rating of a situation.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RatingSummary {
    /// Its id.
    pub id: String,
    /// When it was finished (Unix ms).
    pub completed_at: i64,
    /// The version of the situation list it was answered to.
    pub list_version: u32,
    /// Whether this build knows that list: a rating of an unknown list is
    /// shown, not set beside a result.
    pub known: bool,
    /// What the situation asks of each role, in role order.
    pub roles: Vec<RoleScoreView>,
}

/// A rating begun and not finished.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RatingDraftSummary {
    /// Its id.
    pub rating_id: String,
    /// How many statements have an answer.
    pub answered: usize,
    /// How many statements the list has.
    pub total: usize,
}

/// A rating to answer: the statements of its list and the answers so far.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RatingSheet {
    /// The rating's id.
    pub rating_id: String,
    /// The situation it rates.
    pub situation_id: String,
    /// The situation's name.
    pub situation_name: String,
    /// The statement ids in order (their words are
    /// `situation-statement-<id>`).
    pub statements: Vec<String>,
    /// The answers so far.
    #[ts(type = "{ [statement in string]: 1 | 2 | 3 | 4 | 5 | null }")]
    pub answers: std::collections::BTreeMap<String, Option<u8>>,
}

/// What finishing a rating did.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum RatingOutcome {
    /// The rating is stored with its scores.
    #[serde(rename_all = "camelCase")]
    Complete {
        /// The situation.
        situation_id: String,
        /// The rating.
        rating_id: String,
    },
    /// Too few answers in some role; nothing was stored as complete.
    Incomplete {
        /// Per role short of answers, how many.
        shortfalls: Vec<ShortfallView>,
    },
}

/// One role: what the situation asks beside what the person shows (the
/// core's [`RoleGap`]) with each score's margin.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GapView {
    /// The gap and its verdict.
    #[serde(flatten)]
    #[ts(flatten)]
    pub gap: RoleGap,
    /// The margin of the person's score.
    pub own_margin: Option<Margin>,
    /// The margin of what the situation asks.
    pub asked_margin: Option<Margin>,
}

/// A result one can set a situation beside.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ResultChoice {
    /// Its id.
    pub id: String,
    /// When it was finished (Unix ms).
    pub completed_at: i64,
    /// Its label; empty when none.
    pub label: String,
}

/// A situation's rating beside a result.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SituationView {
    /// The situation with all its ratings.
    pub situation: SituationSummary,
    /// The rating shown.
    pub rating: RatingSummary,
    /// The result it is set beside: the one asked for, else the latest;
    /// `None` when there is no result yet.
    pub result: Option<ResultChoice>,
    /// Every result, newest first, to choose another.
    pub results: Vec<ResultChoice>,
    /// Per role, in role order; empty without a result or when the
    /// rating's list is unknown.
    pub gaps: Vec<GapView>,
    /// Both profiles on one radar; `None` without a result.
    pub chart_svg: Option<String>,
    /// The role the situation asks most more of than the person shows, for
    /// a development goal; `None` when it asks no role more.
    pub largest: Option<Role>,
    /// How the situation changed since the rating before this one, with the
    /// change verdict of two results; `None` for its first rating.
    pub since: Option<RatingChangeView>,
}

/// Two ratings of one situation compared.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RatingChangeView {
    /// When the earlier rating was finished (Unix ms).
    pub earlier_completed_at: i64,
    /// Per role, in role order.
    pub changes: Vec<RoleChangeView>,
}

/// A workshop group's shared situation: what the participants say it asks,
/// next to the group's own mix.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GroupSituationView {
    /// Its name.
    pub name: String,
    /// The facilitator's note; empty when none.
    pub note: String,
    /// How many participants rated it.
    pub ratings: usize,
    /// Whether enough rated it to show figures (as for results: three).
    pub enough: bool,
    /// Per role, in role order (when enough).
    pub roles: Vec<GroupSituationRole>,
    /// The group's mean and the situation's mean on one radar (when both
    /// have enough).
    pub chart_svg: Option<String>,
}

/// One role of a group's shared situation.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GroupSituationRole {
    /// The role.
    pub role: Role,
    /// What the participants say the situation asks: mean, spread, range.
    pub asked: rolspiegel_core::RoleStats,
    /// The group's own mean (when the group has enough results).
    pub group_mean: Option<f64>,
    /// Whether the situation asks clearly more or less of the role than the
    /// group shows (the means of two groups of measurements; `None` when
    /// the group has too few results or no spread).
    pub asks: Option<Difference>,
}
