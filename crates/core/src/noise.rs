//! Whether a change between two results is larger than the measurement noise.
//! The method is written out for humans in `docs/SCORING.md` ("Ruis"); keep
//! the two in step.
//!
//! The classical standard error of measurement, `SD · √(1 − α)`, needs the
//! reliability (α) and spread of a scale in a group of people. The statement
//! list has not been piloted, so neither is known. Instead each result carries
//! its own estimate under the item-sampling model (Lord): a role's 14
//! statements are a sample of all statements one could write about that role,
//! so the standard error of the person's mean is the spread of their keyed
//! answers divided by √k. Two results are compared with the spread of both
//! pooled, as in a two-sample t-test; only when every keyed answer of a role
//! is the same in *both* results is the noise unknown, and the verdict says
//! so: no guess.

use serde::{Deserialize, Serialize};

use crate::mix::{Margin, Sure, MARGIN_Z};
use crate::spread::{difference_error, pooled_variance, Spread, VARIANCE_EPSILON};
use crate::{Profile, Role, StoredResult};

/// A change is told as *clearly* real when it lies outside ± 2.394
/// standard errors of the difference (the reliable change index of
/// Jacobson & Truax, with a Bonferroni correction for the three roles
/// compared at once): 2.394 = Φ⁻¹(1 − 0.05 / 6), so that an unchanged person
/// is told *some* role clearly changed at most 5 % of the time.
pub const CHANGE_Z: f64 = 2.394;

/// A change is told as *probably* real from this many standard errors on
/// (the reliable change index's 1.96 for one role): the same z as a range
/// ([`MARGIN_Z`]), so a change is called real exactly when its range leaves
/// out zero.
pub const CHANGE_PROBABLY_Z: f64 = MARGIN_Z;

/// What can be said about a change.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[cfg_attr(feature = "wire", derive(ts_rs::TS))]
pub enum Noise {
    /// The change is larger than the noise band: a real change.
    Beyond {
        /// Half-width of the noise band around zero change, in points.
        band: f64,
        /// How sure: probably, or clearly (beyond [`CHANGE_Z`]).
        sure: Sure,
    },
    /// The change lies within the noise band: it may be chance, which does
    /// not mean nothing changed.
    Within {
        /// Half-width of the noise band around zero change, in points.
        band: f64,
    },
    /// The noise cannot be estimated for this pair, so no verdict.
    Unknown {
        /// Why not.
        reason: NoiseUnknown,
    },
}

/// Why the noise of a change cannot be estimated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "wire", derive(ts_rs::TS))]
pub enum NoiseUnknown {
    /// In both results every keyed answer of this role was the same, so the
    /// answers say nothing about their own spread.
    NoSpread,
    /// The results were answered to different versions of the statement list.
    DifferentVersions,
    /// The spread of a result's answers is not known (a result stored or
    /// read without it), so its noise cannot be estimated.
    NotKnown,
}

/// One role's change from an earlier to a later result.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct RoleChange {
    /// The role.
    pub role: Role,
    /// Score in the earlier result.
    pub from: f64,
    /// Score in the later result.
    pub to: f64,
    /// `to − from`, in points.
    pub delta: f64,
    /// Whether the change is larger than the noise.
    pub noise: Noise,
    /// The range the change most likely lies in: `delta` ± [`MARGIN_Z`]
    /// standard errors of the difference; `None` when the noise is unknown.
    pub range: Option<Margin>,
}

/// One result as needed for a comparison: its scores (each role with the
/// spread of its answers, [`crate::RoleScore::spread`]) and the
/// statement-list version.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measured {
    /// The scores.
    pub profile: Profile,
    /// Statement-list version.
    pub instrument_version: u32,
}

impl From<&StoredResult> for Measured {
    /// A stored result as a comparison needs it: its scores carry the spread
    /// of its answers, stored with them (a result whose spread is unknown
    /// gets no noise verdict rather than a wrong one).
    fn from(result: &StoredResult) -> Measured {
        Measured {
            profile: result.profile,
            instrument_version: result.instrument_version,
        }
    }
}

/// The standard error of the difference of one role's scores in two
/// results, the two spreads pooled; or why it cannot be known.
fn pooled_error(a: Option<Spread>, b: Option<Spread>) -> Result<f64, NoiseUnknown> {
    let (Some(a), Some(b)) = (a, b) else {
        return Err(NoiseUnknown::NotKnown);
    };
    match pooled_variance([a, b]) {
        Some(pooled) if pooled > VARIANCE_EPSILON => Ok(difference_error(pooled, a.count, b.count)),
        _ => Err(NoiseUnknown::NoSpread),
    }
}

/// The change of every role from `earlier` to `later`, in [`Role::ALL`] order.
pub fn change(earlier: &Measured, later: &Measured) -> [RoleChange; 3] {
    change_with(earlier, later, CHANGE_PROBABLY_Z, CHANGE_Z)
}

/// [`change`] with other bands, for the simulation: "probably" from
/// `probably` standard errors, "clearly" from `clearly`.
pub fn change_with(
    earlier: &Measured,
    later: &Measured,
    probably: f64,
    clearly: f64,
) -> [RoleChange; 3] {
    Role::ALL.map(|role| {
        let i = role.index();
        let from = earlier.profile.roles[i].score;
        let to = later.profile.roles[i].score;
        let delta = to - from;
        let error = if earlier.instrument_version != later.instrument_version {
            Err(NoiseUnknown::DifferentVersions)
        } else {
            pooled_error(
                earlier.profile.roles[i].spread(),
                later.profile.roles[i].spread(),
            )
        };
        let (noise, range) = match error {
            Ok(error) => {
                let band = probably * error;
                let noise = if delta.abs() > clearly * error {
                    Noise::Beyond {
                        band,
                        sure: Sure::Clearly,
                    }
                } else if delta.abs() > band {
                    Noise::Beyond {
                        band,
                        sure: Sure::Probably,
                    }
                } else {
                    Noise::Within { band }
                };
                let half = MARGIN_Z * error;
                let range = Margin {
                    low: delta - half,
                    high: delta + half,
                };
                (noise, Some(range))
            }
            Err(reason) => (Noise::Unknown { reason }, None),
        };
        RoleChange {
            role,
            from,
            to,
            delta,
            noise,
            range,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{measurement_error, score, Answer, Answers, Instrument, Keying, Likert};

    fn instrument() -> Instrument {
        Instrument::from_json(include_str!("../../../assets/instrument/v1.json"))
            .expect("the shipped statement list is valid")
    }

    /// Answers where every role's statements get keyed values from `pick`,
    /// indexed by the statement's position within its role.
    fn keyed_answers(instrument: &Instrument, pick: impl Fn(Role, usize) -> u8) -> Answers {
        let mut answers = Answers::new(instrument);
        for role in Role::ALL {
            for (n, s) in instrument.statements_for(role).enumerate() {
                let keyed = pick(role, n);
                let raw = match s.keying {
                    Keying::Positive => keyed,
                    Keying::Reverse => 6 - keyed,
                };
                let value = Likert::new(i64::from(raw)).expect("1–5");
                answers
                    .record(instrument, s.id.as_str(), Answer::Scale(value))
                    .expect("known statement");
            }
        }
        answers
    }

    fn measured(instrument: &Instrument, answers: &Answers) -> Measured {
        Measured {
            profile: score(instrument, answers).expect("complete"),
            instrument_version: instrument.version(),
        }
    }

    #[test]
    fn the_error_is_the_spread_of_keyed_answers_over_root_k() {
        let instrument = instrument();
        // Keyed answers alternate 2 and 4 over 14 statements: mean 3, sample
        // variance 14·1/13, so SEM = 25 · √(14/13) / √14 = 25 / √13 = 6.934 points.
        let answers = keyed_answers(&instrument, |_, n| if n % 2 == 0 { 2 } else { 4 });
        let error = measurement_error(&instrument, &answers);
        for e in error {
            let e = e.expect("answers vary");
            assert!((e - 25.0 / 13f64.sqrt()).abs() < 1e-9, "got {e}");
        }
    }

    /// The Ondernemer's score set to `score`, its spread kept.
    fn later_profile_with(profile: Profile, score: f64) -> [crate::RoleScore; 3] {
        let mut roles = profile.roles;
        roles[1].score = score;
        roles
    }

    #[test]
    fn identical_keyed_answers_give_an_error_of_zero_as_the_formula_does() {
        let instrument = instrument();
        let answers = keyed_answers(&instrument, |_, _| 4);
        assert_eq!(
            measurement_error(&instrument, &answers),
            [Some(0.0), Some(0.0), Some(0.0)]
        );
    }

    #[test]
    fn a_large_shift_is_beyond_the_noise_and_a_small_one_within() {
        let instrument = instrument();
        // Earlier: 2/4 alternating (score 50, SEM 6.93). Later: Bureaucraat
        // 4/5 alternating (score 87.5, SEM 3.47), the others 2/4 shifted by
        // one statement only (score 50 → 50 + 25·2/14·… see below).
        let earlier = keyed_answers(&instrument, |_, n| if n % 2 == 0 { 2 } else { 4 });
        let later = keyed_answers(&instrument, |role, n| match role {
            Role::Bureaucraat => {
                if n % 2 == 0 {
                    4
                } else {
                    5
                }
            }
            // One statement moves from 2 to 3: +25/14 = +1.79 points.
            _ => match n {
                0 => 3,
                n if n % 2 == 0 => 2,
                _ => 4,
            },
        });
        let changes = change(
            &measured(&instrument, &earlier),
            &measured(&instrument, &later),
        );
        assert!((changes[0].delta - 37.5).abs() < 1e-9);
        assert!(matches!(
            changes[0].noise,
            Noise::Beyond { band, sure: Sure::Clearly } if band > 10.0 && band < 20.0
        ));
        assert!((changes[1].delta - 25.0 / 14.0).abs() < 1e-9);
        assert!(matches!(changes[1].noise, Noise::Within { .. }));
        // By hand: earlier keyed answers 2,4,2,4,… (mean 3, squared
        // deviations 14, so (k−1)·s² = 14); later 3,4,2,4,2,… (sum 43, sum of
        // squares 145: s² = (145 − 43²/14)/13 = 0.99451). Pooled over 26
        // degrees of freedom, SE = 25 · √(s²ₚ · 2/14) = 9.6164; the band
        // (probably real beyond it) is 1.96 · SE = 18.848, and the range
        // +1.79 ± 18.848.
        let Noise::Within { band } = changes[1].noise else {
            unreachable!("checked above")
        };
        let later_variance: f64 = (145.0 - 43.0 * 43.0 / 14.0) / 13.0;
        let pooled = (14.0 + 13.0 * later_variance) / 26.0;
        let error = 25.0 * (pooled * 2.0 / 14.0).sqrt();
        assert!((error - 9.6164).abs() < 1e-4, "{error}");
        assert!((band - 1.96 * error).abs() < 1e-9, "{band}");
        assert!((band - 18.848).abs() < 0.001, "{band}");
        let range = changes[1].range.expect("known noise");
        assert!((range.low - (25.0 / 14.0 - band)).abs() < 1e-9);
        assert!((range.high - (25.0 / 14.0 + band)).abs() < 1e-9);
        // A change between 1.96 and 2.394 standard errors is probably real.
        let probably = Measured {
            profile: Profile::from_scores(later_profile_with(
                measured(&instrument, &later).profile,
                50.0 + 2.2 * error,
            )),
            ..measured(&instrument, &later)
        };
        let c = change(&measured(&instrument, &earlier), &probably)[1];
        assert!(
            matches!(
                c.noise,
                Noise::Beyond {
                    sure: Sure::Probably,
                    ..
                }
            ),
            "{c:?}"
        );
    }

    #[test]
    fn one_flat_result_borrows_the_spread_of_the_other_and_two_give_no_verdict() {
        let instrument = instrument();
        let flat = measured(&instrument, &keyed_answers(&instrument, |_, _| 5));
        let flat_low = measured(&instrument, &keyed_answers(&instrument, |_, _| 2));
        let varied = measured(
            &instrument,
            &keyed_answers(&instrument, |_, n| if n % 2 == 0 { 1 } else { 3 }),
        );
        // 25 → 100: far beyond a band built from the varied result alone.
        for c in change(&varied, &flat) {
            assert!(matches!(c.noise, Noise::Beyond { .. }), "{c:?}");
        }
        for c in change(&flat_low, &flat) {
            assert_eq!(
                c.noise,
                Noise::Unknown {
                    reason: NoiseUnknown::NoSpread
                }
            );
        }
        let other = Measured {
            instrument_version: 2,
            ..varied
        };
        assert_eq!(
            change(&varied, &other)[0].noise,
            Noise::Unknown {
                reason: NoiseUnknown::DifferentVersions
            }
        );
    }
}
