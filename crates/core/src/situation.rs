//! What a situation asks next to how a person works: a situation rated on
//! the situation list is scored like a result ([`crate::score`]), and per
//! role the gap between the two says whether the situation asks clearly
//! more, about the same, or clearly less than the person shows. The method
//! is docs/SCORING.md § 13; keep the two in step.

use serde::{Deserialize, Serialize};

use crate::mix::pooled_over_roles;
use crate::{Difference, Profile, Role};

/// A gap counts as clear beyond this many standard errors of the
/// difference: 2.394 = Φ⁻¹(1 − 0.05 / 6), two-sided 5 % shared over the
/// three roles, as a change between two results ([`crate::CHANGE_Z`]).
pub const GAP_Z: f64 = 2.394;

/// One role's gap.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "wire", derive(ts_rs::TS))]
pub struct RoleGap {
    /// The role.
    pub role: Role,
    /// The person's score (0–100).
    pub own: f64,
    /// What the situation asks (0–100).
    pub asked: f64,
    /// `asked − own`, in points.
    pub gap: f64,
    /// Half-width of the band within which the gap may be noise, in points;
    /// `None` when the noise of either measurement is unknown.
    pub band: Option<f64>,
    /// What the situation asks of the role next to what the person shows;
    /// `None` when the noise is unknown.
    pub asks: Option<Difference>,
}

/// The standard error of each role's score: `25 · √(s²ₚ / k)`, with the
/// spread pooled over the three roles; `None` when a spread is unknown.
pub(crate) fn errors(profile: &Profile) -> Option<[f64; 3]> {
    let pooled = pooled_over_roles(&profile.roles)?;
    Some(
        profile
            .roles
            .map(|r| 25.0 * (pooled / r.answered.max(1) as f64).sqrt()),
    )
}

/// Per role, what `asked` (a situation) asks next to `own` (a result), in
/// [`Role::ALL`] order.
pub fn gaps(own: &Profile, asked: &Profile) -> [RoleGap; 3] {
    gaps_with(own, asked, GAP_Z)
}

/// [`gaps`] with another bound, for the simulation.
pub fn gaps_with(own: &Profile, asked: &Profile, z: f64) -> [RoleGap; 3] {
    let noise = errors(own).zip(errors(asked));
    Role::ALL.map(|role| {
        let i = role.index();
        let (o, a) = (own.roles[i].score, asked.roles[i].score);
        let gap = a - o;
        // Two independent measurements: their errors add in squares.
        let band = noise.map(|(e, f)| z * (e[i] * e[i] + f[i] * f[i]).sqrt());
        let asks = band.map(|band| Difference::of(gap, band));
        RoleGap {
            role,
            own: o,
            asked: a,
            gap,
            band,
            asks,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RoleScore;

    fn profile(scores: [f64; 3], answered: [usize; 3], variance: [Option<f64>; 3]) -> Profile {
        Profile::from_scores(Role::ALL.map(|role| {
            let i = role.index();
            RoleScore {
                role,
                score: scores[i],
                share: 100.0 / 3.0,
                answered: answered[i],
                total: answered[i],
                variance: variance[i],
            }
        }))
    }

    #[test]
    fn a_gap_is_clear_beyond_2_394_errors_of_both_measurements() {
        // Own: spread 1 in every role of 14 answers, SEM 25·√(1/14) = 6.6815.
        // Situation: spread 0.8 in every role of 10, SEM 25·√(0.08) = 7.0711.
        // Band: 2.394 · √(6.6815² + 7.0711²) = 2.394 · 9.7285 = 23.290.
        let own = profile([50.0, 60.0, 70.0], [14; 3], [Some(1.0); 3]);
        let band = 2.394 * ((25.0_f64 * 25.0 / 14.0) + (25.0 * 25.0 * 0.08)).sqrt();
        assert!((band - 23.290).abs() < 0.001, "{band}");
        let asked = profile(
            [50.0 + band + 0.01, 60.0 - band - 0.01, 70.0 + band],
            [10; 3],
            [Some(0.8); 3],
        );
        let g = gaps(&own, &asked);
        assert_eq!(
            g.map(|g| g.asks),
            [
                Some(Difference::More),
                Some(Difference::Less),
                Some(Difference::About)
            ]
        );
        assert!((g[0].band.unwrap() - band).abs() < 1e-12);
        assert!((g[1].gap - (-band - 0.01)).abs() < 1e-12);
    }

    #[test]
    fn unknown_noise_says_nothing_and_no_noise_tells_any_gap() {
        let known = profile([50.0; 3], [14; 3], [Some(1.0); 3]);
        let unknown = profile([90.0, 10.0, 50.0], [10; 3], [Some(1.0), None, Some(1.0)]);
        assert!(gaps(&known, &unknown)
            .iter()
            .all(|g| g.asks.is_none() && g.band.is_none()));
        // Every answer of both the same: no noise, so any gap is clear.
        let still = profile([50.0; 3], [14; 3], [Some(0.0); 3]);
        let asked = profile([50.5, 50.0, 49.5], [10; 3], [Some(0.0); 3]);
        assert_eq!(
            gaps(&still, &asked).map(|g| g.asks),
            [
                Some(Difference::More),
                Some(Difference::About),
                Some(Difference::Less)
            ]
        );
    }
}
