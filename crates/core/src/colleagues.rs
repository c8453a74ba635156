//! How colleagues see a person next to how the person sees themselves:
//! from [`MIN_COLLEAGUES`] colleagues on, per role the colleagues' mean,
//! lowest and highest score beside the person's own, and whether colleagues
//! see clearly more, about the same or clearly less of the role. The method
//! is docs/SCORING.md § 14; keep the two in step.

use serde::{Deserialize, Serialize};

use crate::situation::{errors, GAP_Z};
use crate::{Difference, Profile, Role};

/// Nothing is shown from fewer colleagues: no one colleague's answers can
/// be read back from the combination, as for a group (§ 11).
pub const MIN_COLLEAGUES: usize = 3;

/// One role as colleagues see it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "wire", derive(ts_rs::TS))]
pub struct ColleagueRole {
    /// The role.
    pub role: Role,
    /// The person's own score (0–100).
    pub own: f64,
    /// The colleagues' mean score.
    pub mean: f64,
    /// The lowest colleague's score.
    pub lowest: f64,
    /// The highest colleague's score.
    pub highest: f64,
    /// `mean − own`, in points.
    pub gap: f64,
    /// Half-width of the band within which the gap may be noise; `None`
    /// when the person's noise is unknown.
    pub band: Option<f64>,
    /// The verdict; `None` when the noise is unknown.
    pub seen: Option<Difference>,
}

/// Per role, how `colleagues` see the person whose own result is `own`, in
/// [`Role::ALL`] order; `None` below [`MIN_COLLEAGUES`].
pub fn colleagues_view(own: &Profile, colleagues: &[Profile]) -> Option<[ColleagueRole; 3]> {
    colleagues_view_with(own, colleagues, GAP_Z)
}

/// [`colleagues_view`] with another bound, for the simulation.
pub fn colleagues_view_with(
    own: &Profile,
    colleagues: &[Profile],
    z: f64,
) -> Option<[ColleagueRole; 3]> {
    if colleagues.len() < MIN_COLLEAGUES {
        return None;
    }
    let n = colleagues.len() as f64;
    let own_errors = errors(own);
    // Each colleague's own measurement noise, where known: the spread among
    // colleagues cannot be less than that, however alike three happen to be.
    // (Averaged over the colleagues whose noise is known.)
    let their_errors: Vec<[f64; 3]> = colleagues.iter().filter_map(errors).collect();
    Some(Role::ALL.map(|role| {
        let i = role.index();
        let scores: Vec<f64> = colleagues.iter().map(|p| p.roles[i].score).collect();
        let mean = scores.iter().sum::<f64>() / n;
        let sd2 = scores.iter().map(|s| (s - mean).powi(2)).sum::<f64>() / (n - 1.0);
        let noise2 = if their_errors.is_empty() {
            0.0
        } else {
            their_errors.iter().map(|e| e[i] * e[i]).sum::<f64>() / their_errors.len() as f64
        };
        let spread2 = sd2.max(noise2);
        let o = own.roles[i].score;
        let gap = mean - o;
        let band = own_errors.map(|e| z * (e[i] * e[i] + spread2 / n).sqrt());
        let seen = band.map(|band| Difference::of(gap, band));
        ColleagueRole {
            role,
            own: o,
            mean,
            lowest: scores.iter().copied().fold(f64::INFINITY, f64::min),
            highest: scores.iter().copied().fold(f64::NEG_INFINITY, f64::max),
            gap,
            band,
            seen,
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RoleScore;

    fn profile(scores: [f64; 3], answered: usize, variance: Option<f64>) -> Profile {
        Profile::from_scores(Role::ALL.map(|role| RoleScore {
            role,
            score: scores[role.index()],
            share: 100.0 / 3.0,
            answered,
            total: answered,
            variance,
        }))
    }

    #[test]
    fn nothing_is_said_below_three_colleagues() {
        let own = profile([50.0; 3], 14, Some(0.5));
        let two = vec![profile([60.0; 3], 14, Some(0.5)); 2];
        assert!(colleagues_view(&own, &two).is_none());
        assert!(colleagues_view(&own, &[]).is_none());
    }

    #[test]
    fn the_band_holds_the_persons_noise_and_the_colleagues_spread() {
        // Own: spread 1 over 14 answers a role: SEM 25·√(1/14) = 6.6815.
        // Colleagues 40, 60, 80 on the Bureaucraat: mean 60, sd² 400;
        // their own SEM² 625·0.5/14 = 22.3 is below that, so the spread
        // counts: band 2.394·√(44.643 + 400/3) = 2.394·13.341 = 31.94.
        let own = profile([20.0, 50.0, 90.0], 14, Some(1.0));
        let colleagues = [
            profile([40.0, 50.0, 50.0], 14, Some(0.5)),
            profile([60.0, 50.0, 50.0], 14, Some(0.5)),
            profile([80.0, 50.0, 50.0], 14, Some(0.5)),
        ];
        let view = colleagues_view(&own, &colleagues).expect("three");
        let b = &view[0];
        assert_eq!(
            (b.mean, b.lowest, b.highest, b.gap),
            (60.0, 40.0, 80.0, 40.0)
        );
        let band = 2.394 * (625.0 / 14.0 + 400.0 / 3.0_f64).sqrt();
        assert!((b.band.unwrap() - band).abs() < 1e-12);
        assert!((band - 31.94).abs() < 0.01, "{band}");
        assert_eq!(b.seen, Some(Difference::More));
        // Ondernemer: all three at 50, as the person: about the same. Their
        // spread is 0, so their own noise counts instead.
        let o = &view[1];
        let floor = 2.394 * (625.0 / 14.0 + (625.0 * 0.5 / 14.0) / 3.0_f64).sqrt();
        assert!((o.band.unwrap() - floor).abs() < 1e-12);
        assert_eq!(o.seen, Some(Difference::About));
        // Verbinder: 50 against 90, beyond that same band: clearly less.
        assert_eq!(view[2].seen, Some(Difference::Less));
    }

    #[test]
    fn unknown_own_noise_says_nothing_but_the_figures() {
        let own = profile([20.0, 50.0, 90.0], 14, None);
        let colleagues = vec![profile([60.0; 3], 14, Some(0.5)); 3];
        let view = colleagues_view(&own, &colleagues).expect("three");
        assert!(view.iter().all(|r| r.band.is_none() && r.seen.is_none()));
        assert_eq!(view[0].mean, 60.0);
    }
}
