//! What the three scores say together, in degrees: which role is highest
//! and which lowest, each with how sure that is, and each score's margin.
//! The method is docs/SCORING.md § 7; keep the two in step.
//!
//! Every statement rests on the person's own noise: the spread of their
//! keyed answers, pooled over the three roles ([`crate::spread`]). A
//! statement "a is higher than b" is made only when the lead lies at least
//! [`Bands::probably`] standard errors of the difference above zero, and
//! called clear from [`Bands::clearly`] on; nothing is said where the
//! answers cannot tell the roles apart.

use serde::{Deserialize, Serialize};

use crate::spread::{difference_error, pooled_variance, VARIANCE_EPSILON};
use crate::{Role, RoleScore};

/// Slack for floating-point noise when comparing a lead with a bound.
const EPSILON: f64 = 1e-9;

/// How sure a statement of direction is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "wire", derive(ts_rs::TS))]
pub enum Sure {
    /// The lead is at least [`Bands::probably`] standard errors: "waarschijnlijk".
    Probably,
    /// The lead is at least [`Bands::clearly`] standard errors: "duidelijk".
    Clearly,
}

/// Where "probably" and "clearly" begin, in standard errors of a difference.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bands {
    /// From here on a lead is told as probable.
    pub probably: f64,
    /// From here on a lead is told as clear.
    pub clearly: f64,
}

/// The app's bands, chosen by the simulation (docs/SIMULATION.md): a
/// statement of direction is wrong for under 5 % of the people it is made
/// for, in both simulated models and with either noise estimate.
/// "Probably" begins where a 95 % range of the lead leaves out zero
/// ([`MARGIN_Z`]); "clearly" where the two-label rule before named a role
/// (3.5), so "duidelijk" still means what it meant.
pub const MIX_BANDS: Bands = Bands {
    probably: MARGIN_Z,
    clearly: 3.5,
};

/// The range a score (or a change) most likely lies in is the score ± this
/// many standard errors: a 95 % range.
pub const MARGIN_Z: f64 = 1.96;

/// What the three scores say together. Only what the answers carry is
/// said: where two roles lie closer than the noise, their order is not
/// named; the scores, their margins and the radar show the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[cfg_attr(feature = "wire", derive(ts_rs::TS))]
pub enum Mix {
    /// No role is told apart from another: the person mixes the roles.
    Blended,
    /// One role is higher than both others; the other two are not told apart.
    Highest {
        /// The highest role.
        role: Role,
        /// How sure, by its smaller lead.
        sure: Sure,
    },
    /// One role is lower than both others; the top two are not told apart.
    Lowest {
        /// The lowest role.
        role: Role,
        /// How sure, by its smaller distance.
        sure: Sure,
    },
    /// The whole order: one role highest and another lowest.
    Ordered {
        /// The highest role.
        highest: Role,
        /// How sure it is the highest.
        #[serde(rename = "highestSure")]
        highest_sure: Sure,
        /// The lowest role.
        lowest: Role,
        /// How sure it is the lowest.
        #[serde(rename = "lowestSure")]
        lowest_sure: Sure,
    },
    /// Only the highest and the lowest role are told apart; where the
    /// third lies is not.
    Apart {
        /// The higher of the two.
        higher: Role,
        /// The lower of the two.
        lower: Role,
        /// How sure.
        sure: Sure,
    },
}

impl Mix {
    /// The role said to be highest (or, in [`Mix::Apart`], higher), if any.
    pub fn highest(&self) -> Option<Role> {
        match *self {
            Mix::Highest { role, .. } => Some(role),
            Mix::Ordered { highest, .. } => Some(highest),
            Mix::Apart { higher, .. } => Some(higher),
            Mix::Blended | Mix::Lowest { .. } => None,
        }
    }

    /// Every statement "a is higher than b" this mix makes, with how sure.
    pub fn claims(&self) -> Vec<(Role, Role, Sure)> {
        let others = |role: Role| Role::ALL.into_iter().filter(move |r| *r != role);
        match *self {
            Mix::Blended => Vec::new(),
            Mix::Highest { role, sure } => others(role).map(|o| (role, o, sure)).collect(),
            Mix::Lowest { role, sure } => others(role).map(|o| (o, role, sure)).collect(),
            Mix::Ordered {
                highest,
                highest_sure,
                lowest,
                lowest_sure,
            } => {
                let middle = others(highest).find(|r| *r != lowest).unwrap_or(lowest);
                vec![
                    (highest, middle, highest_sure),
                    (highest, lowest, highest_sure.max(lowest_sure)),
                    (middle, lowest, lowest_sure),
                ]
            }
            Mix::Apart {
                higher,
                lower,
                sure,
            } => vec![(higher, lower, sure)],
        }
    }
}

/// The pooled spread of the three roles' keyed answers, when every role's
/// spread is known; `None` otherwise (then nothing is said about the mix or
/// the margins).
pub(crate) fn pooled_over_roles(roles: &[RoleScore; 3]) -> Option<f64> {
    let spreads: Vec<_> = roles.iter().filter_map(RoleScore::spread).collect();
    if spreads.len() < 3 {
        return None;
    }
    pooled_variance(spreads).map(|v| if v <= VARIANCE_EPSILON { 0.0 } else { v })
}

/// The mix of three role scores under the given bands; `None`-spread or
/// unknown noise gives [`Mix::Blended`].
pub fn mix_with(roles: &[RoleScore; 3], bands: Bands) -> Mix {
    let Some(pooled) = pooled_over_roles(roles) else {
        return Mix::Blended;
    };
    // Ranked high to low; equal scores keep role order.
    let mut order = [0_usize, 1, 2];
    order.sort_by(|&a, &b| roles[b].score.total_cmp(&roles[a].score));
    let [top, middle, bottom] = order.map(|i| roles[i]);
    let sure = |a: &RoleScore, b: &RoleScore| -> Option<Sure> {
        let lead = a.score - b.score;
        let error = difference_error(pooled, a.answered, b.answered);
        if lead > bands.clearly * error + EPSILON {
            Some(Sure::Clearly)
        } else if lead > bands.probably * error + EPSILON {
            Some(Sure::Probably)
        } else {
            None
        }
    };
    let top_middle = sure(&top, &middle);
    let top_bottom = sure(&top, &bottom);
    let middle_bottom = sure(&middle, &bottom);
    // The highest role's sureness is that of its smaller lead (over the
    // middle role); the lowest's that of the middle role over it.
    match (top_middle, middle_bottom) {
        (Some(high), Some(low)) => Mix::Ordered {
            highest: top.role,
            highest_sure: high,
            lowest: bottom.role,
            lowest_sure: low,
        },
        (Some(high), None) => Mix::Highest {
            role: top.role,
            sure: high.min(top_bottom.unwrap_or(high)),
        },
        (None, Some(low)) => Mix::Lowest {
            role: bottom.role,
            sure: low.min(top_bottom.unwrap_or(low)),
        },
        (None, None) => match top_bottom {
            Some(sure) => Mix::Apart {
                higher: top.role,
                lower: bottom.role,
                sure,
            },
            None => Mix::Blended,
        },
    }
}

/// The range a role's score most likely lies in, in points (0–100).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wire", derive(ts_rs::TS))]
pub struct Margin {
    /// The lower end, never below 0.
    pub low: f64,
    /// The upper end, never above 100.
    pub high: f64,
}

/// Each role's margin: its score ± `z` standard errors of measurement,
/// `25 · √(s²ₚ / k)` with the spread pooled over the three roles, cut to
/// 0–100. `None` for every role when a spread is unknown.
pub fn margins_with(roles: &[RoleScore; 3], z: f64) -> [Option<Margin>; 3] {
    let Some(pooled) = pooled_over_roles(roles) else {
        return [None; 3];
    };
    roles.map(|r| {
        let half = z * 25.0 * (pooled / r.answered.max(1) as f64).sqrt();
        Some(Margin {
            low: (r.score - half).clamp(0.0, 100.0),
            high: (r.score + half).clamp(0.0, 100.0),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(scores: [f64; 3], answered: [usize; 3], variance: [Option<f64>; 3]) -> [RoleScore; 3] {
        Role::ALL.map(|role| {
            let i = role.index();
            RoleScore {
                role,
                score: scores[i],
                share: 100.0 / 3.0,
                answered: answered[i],
                total: answered[i],
                variance: variance[i],
            }
        })
    }

    /// Spread 1 in each role of 14 answers: the error of a difference is
    /// 25 · √(2/14) = 9.449 points, so "probably" from 18.52 and "clearly"
    /// from 33.07 points.
    fn even(scores: [f64; 3]) -> Mix {
        mix_with(&roles(scores, [14; 3], [Some(1.0); 3]), MIX_BANDS)
    }

    const SE: f64 = 9.449_111_825_230_68;

    #[test]
    fn a_lead_is_probable_from_1_96_and_clear_from_3_5_standard_errors() {
        let (p, c) = (MIX_BANDS.probably * SE, MIX_BANDS.clearly * SE);
        let (b, o, v) = (Role::Bureaucraat, Role::Ondernemer, Role::Verbinder);
        // At the edges: exactly on the bound is not beyond it.
        assert_eq!(even([50.0 + p, 50.0, 50.0]), Mix::Blended);
        assert_eq!(
            even([50.0 + p + 1e-6, 50.0, 50.0]),
            Mix::Highest {
                role: b,
                sure: Sure::Probably
            }
        );
        assert_eq!(
            even([50.0 + c + 1e-6, 50.0, 50.0]),
            Mix::Highest {
                role: b,
                sure: Sure::Clearly
            }
        );
        // Two close at the top, one far below.
        assert_eq!(
            even([60.0, 62.0, 60.0 - c - 1.0]),
            Mix::Lowest {
                role: v,
                sure: Sure::Clearly
            }
        );
        // A whole order: the highest's sureness is its lead over the middle.
        assert_eq!(
            even([10.0, 10.0 + c + 1.0 + p + 1.0, 10.0 + c + 1.0]),
            Mix::Ordered {
                highest: o,
                highest_sure: Sure::Probably,
                lowest: b,
                lowest_sure: Sure::Clearly
            }
        );
        // Only the outer two apart.
        assert_eq!(
            even([50.0, 50.0 + p - 1.0, 50.0 + p + 5.0]),
            Mix::Apart {
                higher: v,
                lower: b,
                sure: Sure::Probably
            }
        );
        assert_eq!(even([50.0, 51.0, 49.0]), Mix::Blended);
    }

    #[test]
    fn claims_name_every_direction_a_mix_states() {
        let (b, o, v) = (Role::Bureaucraat, Role::Ondernemer, Role::Verbinder);
        let mix = Mix::Ordered {
            highest: o,
            highest_sure: Sure::Probably,
            lowest: b,
            lowest_sure: Sure::Clearly,
        };
        assert_eq!(
            mix.claims(),
            vec![
                (o, v, Sure::Probably),
                (o, b, Sure::Clearly),
                (v, b, Sure::Clearly)
            ]
        );
        assert_eq!(
            Mix::Lowest {
                role: v,
                sure: Sure::Probably
            }
            .claims()
            .len(),
            2
        );
        assert!(Mix::Blended.claims().is_empty());
        assert_eq!(mix.highest(), Some(o));
    }

    #[test]
    fn any_unknown_spread_says_nothing_and_no_spread_at_all_tells_any_lead() {
        // § 7: with one role's spread unknown nothing is said (the spreads
        // known are not pooled on their own).
        let partly = roles([100.0, 0.0, 0.0], [14; 3], [Some(0.247), Some(0.181), None]);
        assert_eq!(mix_with(&partly, MIX_BANDS), Mix::Blended);
        assert_eq!(margins_with(&partly, MARGIN_Z), [None; 3]);
        // Every answer of every role the same: no noise, so any lead is clear
        // and each margin is the score itself.
        let still = roles([75.0, 75.0, 74.0], [14; 3], [Some(0.0); 3]);
        assert_eq!(
            mix_with(&still, MIX_BANDS),
            Mix::Lowest {
                role: Role::Verbinder,
                sure: Sure::Clearly
            }
        );
        assert_eq!(
            margins_with(&still, MARGIN_Z)[2],
            Some(Margin {
                low: 74.0,
                high: 74.0
            })
        );
    }

    #[test]
    fn a_margin_is_the_score_plus_and_minus_its_error_cut_to_the_scale() {
        // Pooled spread (13·0.5 + 13·1.0 + 15·1.5)/41 = 1.0244; for 14 answers
        // 25·√(1.0244/14) = 6.7627, × 1.96 = 13.2548.
        let r = roles(
            [50.0, 95.0, 3.0],
            [14, 14, 16],
            [Some(0.5), Some(1.0), Some(1.5)],
        );
        let [b, o, v] = margins_with(&r, MARGIN_Z).map(|m| m.expect("known"));
        let pooled: f64 = (13.0 * 0.5 + 13.0 * 1.0 + 15.0 * 1.5) / 41.0;
        let half = 1.96 * 25.0 * (pooled / 14.0).sqrt();
        assert!((half - 13.254_8).abs() < 1e-3, "{half}");
        assert!((b.low - (50.0 - half)).abs() < 1e-12 && (b.high - (50.0 + half)).abs() < 1e-12);
        assert_eq!(o.high, 100.0);
        assert_eq!(v.low, 0.0);
        let half16 = 1.96 * 25.0 * (pooled / 16.0).sqrt();
        assert!((v.high - (3.0 + half16)).abs() < 1e-12);
    }
}
