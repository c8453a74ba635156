//! Turning answers into a [`Profile`]. The method is written out for humans in
//! `docs/SCORING.md`; keep the two in step.

use serde::{Deserialize, Serialize};

use crate::mix::{margins_with, mix_with, Margin, Mix, MARGIN_Z, MIX_BANDS};
use crate::spread::{centred_spread, keyed, Centres, NoiseBasis, Spread};
use crate::{Answers, Instrument, Role, ScoringError};

/// The share of a role's statements that must have a scale answer (not
/// "weet ik niet") before the role is scored: 80 %.
pub const MIN_ANSWERED_SHARE: f64 = 0.8;

/// Slack for floating-point noise when comparing scores with a bound.
const EPSILON: f64 = 1e-9;

/// The score of one role.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct RoleScore {
    /// The role scored.
    pub role: Role,
    /// 0–100: `100 · (mean − 1) / 4` over the keyed answers.
    pub score: f64,
    /// This role's part of the sum of the three scores, in percent.
    pub share: f64,
    /// Statements answered on the scale (counted in the score).
    pub answered: usize,
    /// Statements of this role in the list.
    pub total: usize,
    /// Sample variance (divisor k − 1) of this role's keyed answers on the
    /// 1–5 scale: how much the person's answers to this role vary, which the
    /// mix rule reads as measurement noise. `None` when it cannot be known
    /// (fewer than two scale answers, or a stored result of a list this
    /// build does not know).
    #[serde(default)]
    pub variance: Option<f64>,
}

impl RoleScore {
    /// How the keyed answers of this role vary, as [`crate::spread`] gives
    /// it: `None` when the variance is unknown or fewer than two answers
    /// were counted.
    pub fn spread(&self) -> Option<Spread> {
        let variance = self.variance.filter(|_| self.answered >= 2)?;
        Some(Spread {
            count: self.answered,
            variance,
        })
    }
}

/// A role that has too few answers to be scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleShortfall {
    /// The role.
    pub role: Role,
    /// Statements answered on the scale.
    pub answered: usize,
    /// Statements that must be answered on the scale.
    pub required: usize,
    /// Statements of this role in the list.
    pub total: usize,
}

impl RoleShortfall {
    /// How many more scale answers this role needs.
    pub fn missing(&self) -> usize {
        self.required.saturating_sub(self.answered)
    }
}

/// How strongly someone recognises the roles overall, apart from the mix:
/// the mean of the three scores. Two people with the same mix (say, equal
/// shares) can differ here: one agrees with every role, the other with none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "wire", derive(ts_rs::TS))]
pub enum Level {
    /// Mean score of at least 62.5: on average "eens" (keyed 3.5 or more).
    High,
    /// Between: on average around "neutraal".
    Middle,
    /// Mean score below 37.5: on average "oneens" (keyed below 2.5).
    Low,
}

/// From this mean score on, the level is [`Level::High`]: a keyed mean of
/// 3.5, halfway between "neutraal" and "eens".
pub const LEVEL_HIGH_FROM: f64 = 62.5;

/// Below this mean score the level is [`Level::Low`]: a keyed mean of 2.5.
pub const LEVEL_LOW_BELOW: f64 = 37.5;

/// A scored result: the three role scores in [`Role::ALL`] order and the mix.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    /// One score per role, in display order.
    pub roles: [RoleScore; 3],
    /// Which role is highest and which lowest, and how sure.
    pub mix: Mix,
    /// Which spread the noise (the mix, the margins) was estimated from.
    #[serde(default)]
    pub basis: NoiseBasis,
}

impl Profile {
    /// A profile from three stored role scores (in [`Role::ALL`] order); the
    /// mix is derived, never stored, so it always follows the current rule.
    pub fn from_scores(roles: [RoleScore; 3]) -> Profile {
        Profile {
            mix: mix_with(&roles, MIX_BANDS),
            roles,
            basis: NoiseBasis::Answers,
        }
    }

    /// The same scores with the noise estimated around the statements'
    /// means (docs/SCORING.md § 7) from the answers they were scored from;
    /// unchanged when the means belong to another list or a spread cannot
    /// be estimated.
    pub fn centred(self, instrument: &Instrument, answers: &Answers, centres: &Centres) -> Profile {
        if centres.version() != instrument.version()
            || answers.instrument_version() != instrument.version()
        {
            return self;
        }
        let spreads = centred_spread(instrument, answers, centres);
        if spreads.iter().any(Option::is_none) {
            return self;
        }
        let roles = self.roles.map(|r| RoleScore {
            variance: spreads[r.role.index()].map(|s| s.variance),
            ..r
        });
        Profile {
            mix: mix_with(&roles, MIX_BANDS),
            roles,
            basis: centres.basis(),
        }
    }

    /// Each role's margin, the range its score most likely lies in
    /// ([`MARGIN_Z`]); `None` when the noise is not known.
    pub fn margins(&self) -> [Option<Margin>; 3] {
        margins_with(&self.roles, MARGIN_Z)
    }

    /// The score of one role.
    pub fn of(&self, role: Role) -> &RoleScore {
        &self.roles[role.index()]
    }

    /// The mean of the three scores (0–100): how strongly the roles are
    /// recognised overall.
    pub fn mean_score(&self) -> f64 {
        self.roles.iter().map(|r| r.score).sum::<f64>() / 3.0
    }

    /// [`Profile::mean_score`] in three bands.
    pub fn level(&self) -> Level {
        let mean = self.mean_score();
        if mean >= LEVEL_HIGH_FROM - EPSILON {
            Level::High
        } else if mean < LEVEL_LOW_BELOW - EPSILON {
            Level::Low
        } else {
            Level::Middle
        }
    }

    /// The shares as whole percentages that add up to 100
    /// ([`whole_percents`]), in [`Role::ALL`] order.
    pub fn percents(&self) -> [u8; 3] {
        whole_percents(self.roles.map(|r| r.share))
    }
}

/// Shares (in percent, summing to 100) as whole percentages that add up to
/// exactly 100, by the largest-remainder rule a person can repeat by hand:
/// take each share to six decimals, round every one down, then give the
/// points still missing to 100 to the shares with the largest remainders;
/// equal remainders go in the order Bureaucraat, Ondernemer, Verbinder.
///
/// So 37.5 / 37.5 / 25 shows as 38 / 37 / 25 (not 37 / 37 / 25, nor
/// 38 / 38 / 25), and 54.9 / 29.4 / 15.7 as 55 / 29 / 16.
pub fn whole_percents(shares: [f64; 3]) -> [u8; 3] {
    const MICRO: i64 = 1_000_000;
    // Six decimals: 37.4999999999 (floating point for 37.5) counts as 37.5.
    let micro = shares.map(|s| (s.clamp(0.0, 100.0) * MICRO as f64).round() as i64);
    let mut whole = micro.map(|m| m / MICRO);
    let missing = (100 - whole.iter().sum::<i64>()).clamp(0, 3) as usize;
    let mut order = [0_usize, 1, 2];
    // Stable: equal remainders keep role order.
    order.sort_by_key(|&i| std::cmp::Reverse(micro[i] % MICRO));
    for &i in order.iter().take(missing) {
        whole[i] += 1;
    }
    whole.map(|w| w.clamp(0, 100) as u8)
}

/// How many of `total` statements need a scale answer: ⌈0.8 · total⌉.
fn required_answers(total: usize) -> usize {
    (total as f64 * MIN_ANSWERED_SHARE - EPSILON).ceil() as usize
}

/// Scores answers against the instrument they were given to.
///
/// Fails with [`ScoringError::Incomplete`] when any role has fewer than
/// [`MIN_ANSWERED_SHARE`] of its statements answered on the scale.
pub fn score(instrument: &Instrument, answers: &Answers) -> Result<Profile, ScoringError> {
    if instrument.version() != answers.instrument_version() {
        return Err(ScoringError::VersionMismatch {
            instrument: instrument.version(),
            answers: answers.instrument_version(),
        });
    }
    let mut raw = [(0.0_f64, 0_usize, 0_usize); 3];
    let mut shortfalls = Vec::new();
    for role in Role::ALL {
        let (mut sum, mut answered, mut total) = (0.0, 0, 0);
        for statement in instrument.statements_for(role) {
            total += 1;
            if let Some(value) = answers
                .get(statement.id.as_str())
                .and_then(|a| keyed(statement.keying, a))
            {
                sum += value;
                answered += 1;
            }
        }
        let required = required_answers(total);
        if answered < required {
            shortfalls.push(RoleShortfall {
                role,
                answered,
                required,
                total,
            });
            continue;
        }
        let mean = sum / answered as f64;
        raw[role.index()] = (100.0 * (mean - 1.0) / 4.0, answered, total);
    }
    if !shortfalls.is_empty() {
        return Err(ScoringError::Incomplete(shortfalls));
    }

    let sum: f64 = raw.iter().map(|(s, _, _)| s).sum();
    let spreads = crate::spread::spread(instrument, answers);
    let roles = Role::ALL.map(|role| {
        let (score, answered, total) = raw[role.index()];
        let share = if sum > 0.0 {
            100.0 * score / sum
        } else {
            100.0 / 3.0
        };
        RoleScore {
            role,
            score,
            share,
            answered,
            total,
            variance: spreads[role.index()].map(|s| s.variance),
        }
    });
    Ok(Profile::from_scores(roles))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Answer, Keying, Likert, Sure};
    use proptest::prelude::*;

    fn instrument() -> Instrument {
        Instrument::from_json(include_str!("../../../assets/instrument/v1.json"))
            .expect("shipped list is valid")
    }

    /// Every shipped list (1 and 2): the properties hold for each.
    fn lists() -> [Instrument; 2] {
        [
            instrument(),
            Instrument::from_json(include_str!("../../../assets/instrument/v2.json"))
                .expect("list 2 is valid"),
        ]
    }

    #[test]
    fn the_same_answer_to_everything_gives_every_role_exactly_fifty_in_list_two() {
        let [_, two] = lists();
        for level in 1..=5 {
            let profile = score(&two, &answer_all(&two, |_, _| point(level))).expect("complete");
            for r in profile.roles {
                assert!(
                    (r.score - 50.0).abs() < 1e-9,
                    "{level}: {:?} scored {}",
                    r.role,
                    r.score
                );
            }
            assert_eq!(profile.mix, Mix::Blended);
        }
    }

    /// Answers every statement with `pick(role, keying)`.
    fn answer_all(instrument: &Instrument, pick: impl Fn(Role, Keying) -> Answer) -> Answers {
        let mut answers = Answers::new(instrument);
        for s in instrument.statements() {
            answers
                .record(instrument, s.id.as_str(), pick(s.role, s.keying))
                .expect("statement is in the list");
        }
        answers
    }

    fn point(v: i64) -> Answer {
        Answer::Scale(Likert::new(v).expect("test values are on the scale"))
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn eighty_percent_of_fourteen_is_twelve() {
        assert_eq!(required_answers(14), 12, "⌈11.2⌉ = 12");
        assert_eq!(required_answers(10), 8, "exactly 8.0 must not round up");
        assert_eq!(required_answers(12), 10, "⌈9.6⌉ = 10");
    }

    #[test]
    fn hand_computed_profile_with_a_clear_leader() {
        // Bureaucraat: positive 5, reverse 1 → keyed 5 everywhere → mean 5 → 100.
        // Ondernemer: all 3 → mean 3 → 50.
        // Verbinder: positive 2, reverse 4 → keyed 2 → mean 2 → 25.
        // Shares: 100/175 = 57.142…%, 50/175 = 28.571…%, 25/175 = 14.285…%.
        let instrument = instrument();
        let answers = answer_all(&instrument, |role, keying| match (role, keying) {
            (Role::Bureaucraat, Keying::Positive) => point(5),
            (Role::Bureaucraat, Keying::Reverse) => point(1),
            (Role::Ondernemer, _) => point(3),
            (Role::Verbinder, Keying::Positive) => point(2),
            (Role::Verbinder, Keying::Reverse) => point(4),
        });
        let profile = score(&instrument, &answers).expect("complete answers score");
        let scores = profile.roles.map(|r| r.score);
        assert_eq!(scores, [100.0, 50.0, 25.0]);
        assert!(close(profile.of(Role::Bureaucraat).share, 400.0 / 7.0));
        assert!(close(profile.of(Role::Ondernemer).share, 200.0 / 7.0));
        assert!(close(profile.of(Role::Verbinder).share, 100.0 / 7.0));
        // Every keyed answer of each role the same: no noise, a whole order.
        assert_eq!(
            profile.mix,
            Mix::Ordered {
                highest: Role::Bureaucraat,
                highest_sure: Sure::Clearly,
                lowest: Role::Verbinder,
                lowest_sure: Sure::Clearly,
            }
        );
    }

    #[test]
    fn dont_know_is_left_out_of_the_mean() {
        // Ondernemer: two statements "weet ik niet", the other twelve: positive 4,
        // reverse 4 (keyed 2). Positive o01..o07, reverse o08..o14; skip o01 and o08.
        // Keyed: six positive 4s and six reverse 2s → mean 3 → 50.
        let instrument = instrument();
        let mut answers = answer_all(&instrument, |_, _| point(4));
        for id in ["o01", "o08"] {
            answers
                .record(&instrument, id, Answer::DontKnow)
                .expect("statement is in the list");
        }
        let profile = score(&instrument, &answers).expect("12 of 14 answered is enough");
        let ondernemer = profile.of(Role::Ondernemer);
        assert!(close(ondernemer.score, 50.0), "got {}", ondernemer.score);
        assert_eq!((ondernemer.answered, ondernemer.total), (12, 14));
    }

    #[test]
    fn too_many_skips_give_an_incomplete_result_that_says_how_many_are_missing() {
        let instrument = instrument();
        let mut answers = answer_all(&instrument, |_, _| point(3));
        for id in ["v01", "v02", "v03", "v08"] {
            answers
                .record(&instrument, id, Answer::DontKnow)
                .expect("statement is in the list");
        }
        let err = score(&instrument, &answers).unwrap_err();
        assert_eq!(
            err,
            ScoringError::Incomplete(vec![RoleShortfall {
                role: Role::Verbinder,
                answered: 10,
                required: 12,
                total: 14
            }])
        );
        if let ScoringError::Incomplete(shortfalls) = err {
            assert_eq!(shortfalls[0].missing(), 2);
        }
    }

    #[test]
    fn no_answers_at_all_lists_every_role() {
        let instrument = instrument();
        let err = score(&instrument, &Answers::new(&instrument)).unwrap_err();
        let ScoringError::Incomplete(shortfalls) = err else {
            panic!("expected an incomplete result, got {err:?}");
        };
        assert_eq!(
            shortfalls.iter().map(|s| s.role).collect::<Vec<_>>(),
            Role::ALL
        );
        assert!(shortfalls.iter().all(|s| s.missing() == 12));
    }

    #[test]
    fn the_level_tells_strong_in_every_role_from_neutral_on_every_role() {
        let [_, two] = lists();
        // Agreeing with every positive statement and disagreeing with every
        // reversed one: 75 everywhere. Neutral everywhere: 50. Both blended.
        let strong = answer_all(&two, |_, keying| match keying {
            Keying::Positive => point(4),
            Keying::Reverse => point(2),
        });
        let neutral = answer_all(&two, |_, _| point(3));
        let weak = answer_all(&two, |_, keying| match keying {
            Keying::Positive => point(2),
            Keying::Reverse => point(4),
        });
        let (strong, neutral, weak) = (
            score(&two, &strong).unwrap(),
            score(&two, &neutral).unwrap(),
            score(&two, &weak).unwrap(),
        );
        assert_eq!(
            (strong.mix, neutral.mix, weak.mix),
            (Mix::Blended, Mix::Blended, Mix::Blended)
        );
        assert_eq!((strong.mean_score(), strong.level()), (75.0, Level::High));
        assert_eq!(
            (neutral.mean_score(), neutral.level()),
            (50.0, Level::Middle)
        );
        assert_eq!((weak.mean_score(), weak.level()), (25.0, Level::Low));
        // The edges: 62.5 is high, 37.5 is middle, just below it low.
        let at = |scores: [f64; 3]| {
            Profile::from_scores(Role::ALL.map(|role| RoleScore {
                role,
                score: scores[role.index()],
                share: 100.0 / 3.0,
                answered: 14,
                total: 14,
                variance: None,
            }))
            .level()
        };
        assert_eq!(at([62.5, 62.5, 62.5]), Level::High);
        assert_eq!(at([100.0, 50.0, 37.5]), Level::High);
        assert_eq!(at([37.5, 37.5, 37.5]), Level::Middle);
        assert_eq!(at([37.4, 37.5, 37.5]), Level::Low);
    }

    #[test]
    fn whole_percents_add_up_to_100_by_the_largest_remainder() {
        // Hand-computed: floors 37, 37, 25 (99); one point to the larger
        // remainder, a tie between B and O: B in role order.
        assert_eq!(whole_percents([37.5, 37.5, 25.0]), [38, 37, 25]);
        // The same with the floating-point error of 100 · 30 / 80.
        let s = 100.0 * 30.0 / 80.0;
        assert_eq!(whole_percents([s, s, 100.0 - 2.0 * s]), [38, 37, 25]);
        // The worked example in SCORING.md: 54.90, 29.41, 15.69 → 55, 29, 16.
        let sum = 100.0 + 1500.0 / 28.0 + 800.0 / 28.0;
        let shares = [100.0, 1500.0 / 28.0, 800.0 / 28.0].map(|x| 100.0 * x / sum);
        assert_eq!(whole_percents(shares), [55, 29, 16]);
        // Equal thirds: 33, 33, 33 and the last point to the Bureaucraat.
        assert_eq!(whole_percents([100.0 / 3.0; 3]), [34, 33, 33]);
        assert_eq!(whole_percents([100.0, 0.0, 0.0]), [100, 0, 0]);
        assert_eq!(whole_percents([12.25, 50.5, 37.25]), [12, 51, 37]);
    }

    proptest! {
        #[test]
        fn whole_percents_always_add_up_to_100_and_stay_within_one_point(
            a in 0.0_f64..1000.0, b in 0.0_f64..1000.0, c in 0.0_f64..1000.0,
        ) {
            let sum = a + b + c;
            prop_assume!(sum > 0.0);
            let shares = [a, b, c].map(|x| 100.0 * x / sum);
            let whole = whole_percents(shares);
            prop_assert_eq!(whole.iter().map(|&w| u32::from(w)).sum::<u32>(), 100);
            for (w, s) in whole.iter().zip(shares) {
                prop_assert!((f64::from(*w) - s).abs() < 1.0 + 1e-6, "{w} for {s}");
            }
        }
    }

    /// Three role scores with their counts and spreads, as stored.
    fn mix_at(scores: [f64; 3], answered: [usize; 3], variance: [Option<f64>; 3]) -> Mix {
        Profile::from_scores(Role::ALL.map(|role| RoleScore {
            role,
            score: scores[role.index()],
            share: 0.0,
            answered: answered[role.index()],
            total: answered[role.index()],
            variance: variance[role.index()],
        }))
        .mix
    }

    const B: Role = Role::Bureaucraat;
    const O: Role = Role::Ondernemer;
    const V: Role = Role::Verbinder;

    fn ordered(highest: Role, highest_sure: Sure, lowest: Role, lowest_sure: Sure) -> Mix {
        Mix::Ordered {
            highest,
            highest_sure,
            lowest,
            lowest_sure,
        }
    }

    #[test]
    fn a_lead_is_probable_beyond_1_96_and_clear_beyond_3_5_standard_errors() {
        // Spread 0.28 in every role, 14 answers each: the standard error of a
        // difference is 25 · √(0.28 · 2/14) = 25 · 0.2 = 5 points, so a lead
        // is probable beyond 1.96 · 5 = 9.8 points and clear beyond 17.5.
        let even = |scores| mix_at(scores, [14; 3], [Some(0.28); 3]);
        assert_eq!(
            even([70.0, 52.4, 40.0]),
            ordered(B, Sure::Clearly, V, Sure::Probably),
            "17.6 points ahead of the second, which is 12.4 ahead of the third"
        );
        assert_eq!(
            even([70.0, 52.5, 40.0]),
            ordered(B, Sure::Probably, V, Sure::Probably),
            "exactly 17.5 ahead is not beyond the bound"
        );
        assert_eq!(
            even([30.0, 48.0, 65.6]),
            ordered(V, Sure::Clearly, B, Sure::Clearly)
        );
        assert_eq!(even([50.0, 50.0, 50.0]), Mix::Blended);
        assert_eq!(
            even([59.8, 50.0, 50.0]),
            Mix::Blended,
            "9.8 is on the bound"
        );
        assert_eq!(
            even([59.9, 50.0, 50.0]),
            Mix::Highest {
                role: B,
                sure: Sure::Probably
            }
        );
        // The same scores from someone whose answers vary more (spread 1.12,
        // standard error 10: probable beyond 19.6, clear beyond 35): only the
        // outer two are told apart.
        assert_eq!(
            mix_at([70.0, 52.4, 40.0], [14; 3], [Some(1.12); 3]),
            Mix::Apart {
                higher: B,
                lower: V,
                sure: Sure::Probably
            }
        );
    }

    #[test]
    fn the_spread_is_pooled_over_the_roles_and_each_pair_has_its_own_error() {
        // B: 14 answers, s² 0.2; O: 12, s² 0.5; V: 16, s² 0.3.
        // Pooled: (13·0.2 + 11·0.5 + 15·0.3) / (13 + 11 + 15) = 12.6 / 39
        //   = 0.323077.
        // V against O: 25 · √(0.323077 · (1/16 + 1/12)) = 5.42652 → clear
        //   beyond 18.9928; V against B: 25 · √(0.323077 · (1/16 + 1/14)) =
        //   5.20032 → clear beyond 18.2011; B against O: 25 · √(0.323077 ·
        //   (1/14 + 1/12)) = 5.59017 → probable beyond 10.9567.
        let answered = [14, 12, 16];
        let spread = [Some(0.2), Some(0.5), Some(0.3)];
        assert_eq!(
            mix_at([41.0, 41.0, 60.0], answered, spread),
            Mix::Highest {
                role: V,
                sure: Sure::Clearly
            },
            "19.0 ahead of O (bound 18.99) and of B (bound 18.20)"
        );
        assert_eq!(
            mix_at([30.0, 41.1, 60.0], answered, spread),
            ordered(V, Sure::Probably, B, Sure::Probably),
            "18.9 ahead of O is within its clear bound; O is 11.1 above B"
        );
        assert_eq!(
            mix_at([41.7, 30.0, 60.0], answered, spread),
            ordered(V, Sure::Clearly, O, Sure::Probably),
            "18.3 ahead of B is clear against B's smaller error"
        );
    }

    #[test]
    fn answers_without_spread_tell_any_lead_and_unknown_noise_tells_nothing() {
        // Every keyed answer of a role the same: no noise in the answers, so
        // any lead is clear, but a tie is not.
        let still = |scores| mix_at(scores, [14; 3], [Some(0.0); 3]);
        assert_eq!(
            still([100.0, 50.0, 25.0]),
            ordered(B, Sure::Clearly, V, Sure::Clearly)
        );
        assert_eq!(
            still([75.0, 75.0, 25.0]),
            Mix::Lowest {
                role: V,
                sure: Sure::Clearly
            }
        );
        assert_eq!(still([0.0, 0.0, 0.0]), Mix::Blended);
        // A stored result whose spread is unknown: no claim at all, and no
        // margins.
        assert_eq!(mix_at([100.0, 0.0, 0.0], [14; 3], [None; 3]), Mix::Blended);
        // One role's spread unknown: nothing either (SCORING.md § 7), even
        // where the other two would tell a lead.
        assert_eq!(
            mix_at([70.0, 52.4, 40.0], [14; 3], [Some(0.28), None, Some(0.28)]),
            Mix::Blended
        );
    }

    #[test]
    fn all_zero_scores_share_equally() {
        let instrument = instrument();
        // Positive 1, reverse 5 → keyed 1 everywhere → all scores 0.
        let answers = answer_all(&instrument, |_, keying| match keying {
            Keying::Positive => point(1),
            Keying::Reverse => point(5),
        });
        let profile = score(&instrument, &answers).expect("complete");
        for r in profile.roles {
            assert!(
                close(r.share, 100.0 / 3.0),
                "{:?} share {}",
                r.role,
                r.share
            );
        }
    }

    #[test]
    fn refuses_answers_given_to_another_version() {
        let instrument = instrument();
        let other = Instrument::new(2, instrument.statements().to_vec()).expect("valid");
        let answers = answer_all(&other, |_, _| point(3));
        assert_eq!(
            score(&instrument, &answers).unwrap_err(),
            ScoringError::VersionMismatch {
                instrument: 1,
                answers: 2
            }
        );
    }

    fn any_answer() -> impl Strategy<Value = Answer> {
        prop_oneof![
            9 => (1_i64..=5).prop_map(point),
            1 => Just(Answer::DontKnow),
        ]
    }

    fn any_answers() -> impl Strategy<Value = Vec<Answer>> {
        // Long enough for the longest list; each list takes what it needs.
        proptest::collection::vec(any_answer(), 44)
    }

    fn fill(instrument: &Instrument, list: &[Answer]) -> Answers {
        let mut answers = Answers::new(instrument);
        for (s, a) in instrument.statements().iter().zip(list) {
            answers
                .record(instrument, s.id.as_str(), *a)
                .expect("in the list");
        }
        answers
    }

    proptest! {
        #[test]
        fn scores_and_shares_stay_in_range(list in any_answers()) {
            let instrument = instrument();
            if let Ok(profile) = score(&instrument, &fill(&instrument, &list)) {
                let share_sum: f64 = profile.roles.iter().map(|r| r.share).sum();
                prop_assert!((share_sum - 100.0).abs() < 1e-6, "shares sum to {}", share_sum);
                for r in profile.roles {
                    prop_assert!((0.0..=100.0).contains(&r.score), "score {}", r.score);
                    prop_assert!((0.0..=100.0).contains(&r.share), "share {}", r.share);
                }
            }
        }

        #[test]
        fn reversing_every_answer_mirrors_each_score_around_fifty(list in any_answers()) {
            for instrument in lists() {
                let mirrored: Vec<Answer> = list.iter().map(|a| match a {
                    Answer::Scale(p) => Answer::Scale(p.mirrored()),
                    Answer::DontKnow => Answer::DontKnow,
                }).collect();
                let original = score(&instrument, &fill(&instrument, &list));
                let reversed = score(&instrument, &fill(&instrument, &mirrored));
                match (original, reversed) {
                    (Ok(a), Ok(b)) => for role in Role::ALL {
                        let (x, y) = (a.of(role).score, b.of(role).score);
                        prop_assert!((x - 50.0 + (y - 50.0)).abs() < 1e-9, "{:?}: {} vs {}", role, x, y);
                    },
                    (Err(a), Err(b)) => prop_assert_eq!(a, b, "the same answers are missing"),
                    (a, b) => prop_assert!(false, "one scored, one did not: {:?} / {:?}", a, b),
                }
            }
        }

        #[test]
        fn agreeing_with_everything_gives_every_role_fifty_give_or_take_five(level in 4_i64..=5) {
            let instrument = instrument();
            let answers = answer_all(&instrument, |_, _| point(level));
            let profile = score(&instrument, &answers).expect("complete");
            for r in profile.roles {
                prop_assert!((r.score - 50.0).abs() <= 5.0, "{:?} scored {}", r.role, r.score);
            }
            prop_assert_eq!(profile.mix, Mix::Blended);
        }
    }
}
