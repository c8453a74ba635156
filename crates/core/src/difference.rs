//! The one three-way verdict on two scores of a role: what a situation asks
//! next to what a person shows, how colleagues see a person next to their
//! own view, and what a group's shared situation asks next to the group.
//! Each caller computes its own band (docs/SCORING.md §§ 13–14); the
//! verdict against it is here.

use serde::{Deserialize, Serialize};

/// Slack for floating-point noise when comparing a gap with its band.
const EPSILON: f64 = 1e-9;

/// Where the other score of a role lies next to the person's (or group's)
/// own, beyond the noise of both or within it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "wire", derive(ts_rs::TS))]
pub enum Difference {
    /// Clearly more: a situation asks more than the person shows, or
    /// colleagues see more of the role (a hidden strength, perhaps).
    More,
    /// The difference lies within the noise of the two measurements.
    About,
    /// Clearly less: a situation asks less, or colleagues see less (perhaps
    /// a blind spot, or a role the person holds more than shows).
    Less,
}

impl Difference {
    /// `gap` (the other score minus the own, in points) against the band
    /// ±`band` around it.
    pub fn of(gap: f64, band: f64) -> Difference {
        if gap > band + EPSILON {
            Difference::More
        } else if gap < -band - EPSILON {
            Difference::Less
        } else {
            Difference::About
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Difference;

    #[test]
    fn a_gap_counts_only_beyond_its_band_either_way() {
        assert_eq!(Difference::of(5.01, 5.0), Difference::More);
        assert_eq!(Difference::of(-5.01, 5.0), Difference::Less);
        assert_eq!(Difference::of(5.0, 5.0), Difference::About);
        assert_eq!(Difference::of(-5.0, 5.0), Difference::About);
        // A band met exactly up to rounding is still "about".
        assert_eq!(Difference::of(5.0 + 1e-12, 5.0), Difference::About);
        assert_eq!(Difference::of(0.0, 0.0), Difference::About);
    }
}
