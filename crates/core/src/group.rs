//! A workshop group: statistics per role over the participants' profiles and
//! where each participant sits in the mix triangle. The facilitator's view
//! (issue 4) is built on these; the method is in `docs/SCORING.md` ("Groep").

use serde::{Deserialize, Serialize};

use crate::{Profile, Role};

/// With fewer participants than this, group figures would let people be
/// singled out, so no statistics or charts are shown.
pub const MIN_GROUP_SIZE: usize = 3;

/// From this many participants on, a group's charts show its shape (per
/// role the middle half and the full range, a density in the mix triangle, a
/// histogram per role) instead of every participant: beyond it single
/// outlines and dots merge into one blot (docs/SCORING.md § 11).
pub const SHAPE_FROM: usize = 200;

/// The lower and upper quartile of `values` (any order), by linear
/// interpolation between the sorted values at position (n − 1)·p (R's type 7,
/// numpy's default); `None` when empty.
pub fn quartiles(values: impl IntoIterator<Item = f64>) -> Option<(f64, f64)> {
    let mut sorted: Vec<f64> = values.into_iter().collect();
    if sorted.is_empty() {
        return None;
    }
    sorted.sort_by(f64::total_cmp);
    let at = |p: f64| {
        let position = (sorted.len() - 1) as f64 * p;
        let (low, high) = (position.floor() as usize, position.ceil() as usize);
        sorted[low] + (sorted[high] - sorted[low]) * (position - low as f64)
    };
    Some((at(0.25), at(0.75)))
}

/// One role's figures over a group.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "wire", derive(ts_rs::TS))]
pub struct RoleStats {
    /// The role.
    pub role: Role,
    /// Participants counted.
    pub n: usize,
    /// Mean score (0–100).
    pub mean: f64,
    /// Sample standard deviation (divisor n − 1).
    pub sd: f64,
    /// Lowest score.
    pub min: f64,
    /// Highest score.
    pub max: f64,
}

/// The figures of a group: per role in [`Role::ALL`] order, and the group's
/// centre in the mix triangle (the mean of the participants' shares).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct GroupStats {
    /// Per role.
    pub roles: [RoleStats; 3],
    /// Mean share per role, in percent, in [`Role::ALL`] order.
    pub centre: [f64; 3],
}

/// The group's figures, or `None` below [`MIN_GROUP_SIZE`] participants.
pub fn group_stats(profiles: &[Profile]) -> Option<GroupStats> {
    let n = profiles.len();
    if n < MIN_GROUP_SIZE {
        return None;
    }
    let count = n as f64;
    let roles = Role::ALL.map(|role| {
        let scores = profiles.iter().map(|p| p.of(role).score);
        let mean = scores.clone().sum::<f64>() / count;
        let sd = (scores.clone().map(|s| (s - mean).powi(2)).sum::<f64>() / (count - 1.0)).sqrt();
        RoleStats {
            role,
            n,
            mean,
            sd,
            min: scores.clone().fold(f64::INFINITY, f64::min),
            max: scores.fold(f64::NEG_INFINITY, f64::max),
        }
    });
    let centre =
        Role::ALL.map(|role| profiles.iter().map(|p| p.of(role).share).sum::<f64>() / count);
    Some(GroupStats { roles, centre })
}

/// Where a mix of shares (percent, in [`Role::ALL`] order) sits in the mix
/// triangle with side 1: Bureaucraat at the top `(0.5, √3/2)`, Ondernemer at
/// the lower right `(1, 0)`, Verbinder at the lower left `(0, 0)`, the same
/// directions as the radar's axes. `y` points up. Shares are normalised to
/// their sum first; all zero puts the point in the middle.
pub fn ternary(shares: [f64; 3]) -> (f64, f64) {
    let total: f64 = shares.iter().sum();
    let [b, o, _v] = if total > 0.0 {
        shares.map(|s| s / total)
    } else {
        [1.0 / 3.0; 3]
    };
    let height = 3f64.sqrt() / 2.0;
    (o + b * 0.5, b * height)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RoleScore;

    #[test]
    fn quartiles_interpolate_between_the_sorted_scores() {
        // Sorted 10, 20, 40, 80, 90: positions 1 and 3 exactly.
        assert_eq!(
            quartiles([80.0, 10.0, 40.0, 90.0, 20.0]),
            Some((20.0, 80.0))
        );
        // 10, 20, 30, 40: positions 0.75 and 2.25 → 17.5 and 32.5 (numpy's
        // percentile gives the same).
        assert_eq!(quartiles([40.0, 30.0, 20.0, 10.0]), Some((17.5, 32.5)));
        assert_eq!(quartiles([50.0]), Some((50.0, 50.0)));
        assert_eq!(quartiles(std::iter::empty()), None);
    }

    fn profile(scores: [f64; 3]) -> Profile {
        let sum: f64 = scores.iter().sum();
        Profile::from_scores(Role::ALL.map(|role| RoleScore {
            role,
            score: scores[role.index()],
            share: if sum > 0.0 {
                100.0 * scores[role.index()] / sum
            } else {
                100.0 / 3.0
            },
            answered: 14,
            total: 14,
            variance: None,
        }))
    }

    #[test]
    fn statistics_match_values_computed_by_hand() {
        // Bureaucraat scores 40, 50, 60, 90: mean 60, squared deviations
        // 400 + 100 + 0 + 900 = 1400, sd = √(1400/3) = 21.602.
        let group = [
            profile([40.0, 50.0, 50.0]),
            profile([50.0, 50.0, 50.0]),
            profile([60.0, 50.0, 20.0]),
            profile([90.0, 50.0, 10.0]),
        ];
        let stats = group_stats(&group).expect("four is enough");
        let b = stats.roles[0];
        assert_eq!((b.n, b.min, b.max), (4, 40.0, 90.0));
        assert!((b.mean - 60.0).abs() < 1e-9);
        assert!((b.sd - (1400.0f64 / 3.0).sqrt()).abs() < 1e-9);
        let o = stats.roles[1];
        assert_eq!((o.mean, o.sd), (50.0, 0.0), "everyone equal: no spread");
        // Shares of participant 1: 40/140, 50/140, 50/140 …; the centre is
        // the mean of the four participants' shares.
        let expected_b = 100.0 * (40.0 / 140.0 + 50.0 / 150.0 + 60.0 / 130.0 + 90.0 / 150.0) / 4.0;
        assert!((stats.centre[0] - expected_b).abs() < 1e-9);
        assert!((stats.centre.iter().sum::<f64>() - 100.0).abs() < 1e-9);
    }

    #[test]
    fn fewer_than_three_participants_give_no_statistics() {
        assert_eq!(group_stats(&[]), None);
        assert_eq!(group_stats(&[profile([1.0, 2.0, 3.0]); 2]), None);
        assert!(group_stats(&[profile([1.0, 2.0, 3.0]); 3]).is_some());
    }

    #[test]
    fn the_corners_and_the_middle_of_the_triangle() {
        let close = |(x, y): (f64, f64), (ex, ey): (f64, f64)| {
            (x - ex).abs() < 1e-9 && (y - ey).abs() < 1e-9
        };
        let h = 3f64.sqrt() / 2.0;
        assert!(
            close(ternary([100.0, 0.0, 0.0]), (0.5, h)),
            "Bureaucraat at the top"
        );
        assert!(
            close(ternary([0.0, 100.0, 0.0]), (1.0, 0.0)),
            "Ondernemer lower right"
        );
        assert!(
            close(ternary([0.0, 0.0, 100.0]), (0.0, 0.0)),
            "Verbinder lower left"
        );
        assert!(
            close(ternary([1.0, 1.0, 1.0]), (0.5, h / 3.0)),
            "equal shares: the centroid"
        );
        assert!(
            close(ternary([0.0, 0.0, 0.0]), (0.5, h / 3.0)),
            "no scores: the middle"
        );
        // Half Bureaucraat, half Ondernemer: the middle of the right side.
        assert!(close(ternary([50.0, 50.0, 0.0]), (0.75, h / 2.0)));
    }
}
