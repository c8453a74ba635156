//! A person's own noise: how the keyed answers to one role's statements vary
//! (the spread), pooled over results or roles, and the standard error of a
//! difference of two scores. Both the mix (`scoring.rs`) and the change
//! between two results (`noise.rs`) are judged against it; the method is
//! `docs/SCORING.md`.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::{Answer, Answers, Instrument, Keying, Role};

/// Below this a spread counts as none (all keyed answers equal).
pub(crate) const VARIANCE_EPSILON: f64 = 1e-9;

/// An answer as a value on its role's scale (1–5, reverse-keyed statements
/// mirrored); `None` for "weet ik niet".
pub(crate) fn keyed(keying: Keying, answer: Answer) -> Option<f64> {
    match (keying, answer) {
        (_, Answer::DontKnow) => None,
        (Keying::Positive, Answer::Scale(point)) => Some(f64::from(point.value())),
        (Keying::Reverse, Answer::Scale(point)) => Some(f64::from(point.mirrored().value())),
    }
}

/// How one person's keyed answers to one role's statements vary.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    /// Scale answers counted (k).
    pub count: usize,
    /// Sample variance of the keyed answers (1–5 scale, divisor k − 1).
    pub variance: f64,
}

impl Spread {
    /// The standard error of measurement of the role's score under the
    /// item-sampling model, in points (0–100): `25 · s / √k`.
    pub fn standard_error(&self) -> f64 {
        // One step on the 1–5 scale is 25 points on 0–100.
        25.0 * (self.variance / self.count as f64).sqrt()
    }
}

/// Which spread a result's noise was estimated from (docs/SCORING.md § 7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[cfg_attr(feature = "wire", derive(ts_rs::TS))]
pub enum NoiseBasis {
    /// The spread of the keyed answers themselves: cautious, because it also
    /// holds how easy each statement is.
    #[default]
    Answers,
    /// The spread of each answer's distance from its statement's mean, known
    /// from this many results of the list on this computer.
    Centred {
        /// Results the statement means come from.
        results: u32,
    },
}

/// Each statement's mean keyed answer over many results of one list: the
/// centre an answer's distance is taken from, so that how easy a statement
/// is no longer counts as noise.
#[derive(Debug, Clone, PartialEq)]
pub struct Centres {
    version: u32,
    results: usize,
    means: HashMap<String, f64>,
}

impl Centres {
    /// Statement means are used only from this many results of the list on
    /// (as "Hoe goed meet de lijst?")…
    pub const MIN_RESULTS: usize = 30;

    /// …with each statement answered on the scale (not "weet ik niet") by
    /// at least this many of them.
    pub const MIN_ANSWERS: usize = 20;

    /// The statement means over `results` (answers to `instrument`'s list;
    /// others are passed over); `None` below [`Centres::MIN_RESULTS`].
    pub fn from_results<'a>(
        instrument: &Instrument,
        results: impl IntoIterator<Item = &'a Answers>,
    ) -> Option<Centres> {
        let statements = instrument.statements();
        let mut sums = vec![(0.0_f64, 0_usize); statements.len()];
        let mut count = 0;
        for answers in results {
            if answers.instrument_version() != instrument.version() {
                continue;
            }
            count += 1;
            for (s, sum) in statements.iter().zip(&mut sums) {
                if let Some(v) = answers.get(s.id.as_str()).and_then(|a| keyed(s.keying, a)) {
                    sum.0 += v;
                    sum.1 += 1;
                }
            }
        }
        if count < Self::MIN_RESULTS || sums.iter().any(|(_, n)| *n < Self::MIN_ANSWERS) {
            return None;
        }
        Some(Centres {
            version: instrument.version(),
            results: count,
            means: statements
                .iter()
                .zip(sums)
                .map(|(s, (sum, n))| (s.id.as_str().to_owned(), sum / n as f64))
                .collect(),
        })
    }

    /// The statement list these means belong to.
    pub fn version(&self) -> u32 {
        self.version
    }

    /// How many results the means come from.
    pub fn results(&self) -> usize {
        self.results
    }

    /// A statement's mean keyed answer.
    pub fn mean(&self, statement: &str) -> Option<f64> {
        self.means.get(statement).copied()
    }

    /// The basis a result scored with these means has.
    pub fn basis(&self) -> NoiseBasis {
        NoiseBasis::Centred {
            results: u32::try_from(self.results).unwrap_or(u32::MAX),
        }
    }
}

/// The spread of each role's keyed answers, in [`Role::ALL`] order; `None`
/// for a role with fewer than two scale answers.
pub fn spread(instrument: &Instrument, answers: &Answers) -> [Option<Spread>; 3] {
    spread_of(instrument, answers, None)
}

/// The spread of each role's answers around their statements' means
/// (`xᵢ − mᵢ`); the keyed answers' own spread ([`spread`]) when `centres`
/// belong to another list.
pub fn centred_spread(
    instrument: &Instrument,
    answers: &Answers,
    centres: &Centres,
) -> [Option<Spread>; 3] {
    let centres = (centres.version == instrument.version()).then_some(centres);
    spread_of(instrument, answers, centres)
}

fn spread_of(
    instrument: &Instrument,
    answers: &Answers,
    centres: Option<&Centres>,
) -> [Option<Spread>; 3] {
    Role::ALL.map(|role| {
        let values: Vec<f64> = instrument
            .statements_for(role)
            .filter_map(|s| {
                let value = answers
                    .get(s.id.as_str())
                    .and_then(|a| keyed(s.keying, a))?;
                let centre = centres.and_then(|c| c.mean(s.id.as_str())).unwrap_or(0.0);
                Some(value - centre)
            })
            .collect();
        if values.len() < 2 {
            return None;
        }
        let k = values.len() as f64;
        let mean = values.iter().sum::<f64>() / k;
        let variance = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (k - 1.0);
        Some(Spread {
            count: values.len(),
            variance,
        })
    })
}

/// The standard error of measurement of each role's score (0–100 points) for
/// one set of answers, `25 · s / √k`; `None` where fewer than two answers
/// were given on the scale. All keyed answers equal give 0, as the formula
/// does (docs/SCORING.md § 10).
pub fn measurement_error(instrument: &Instrument, answers: &Answers) -> [Option<f64>; 3] {
    spread(instrument, answers).map(|s| s.map(|s| s.standard_error()))
}

/// Spreads pooled as in a t-test: `s²ₚ = Σ (k−1)·s² / Σ (k−1)`. `None`
/// without any spread. Serves the change between two results (one role's
/// spread in each) and the mix (the three roles of one result).
pub(crate) fn pooled_variance(spreads: impl IntoIterator<Item = Spread>) -> Option<f64> {
    let (mut weighted, mut df) = (0.0, 0.0);
    for s in spreads {
        let k = s.count as f64 - 1.0;
        weighted += k * s.variance;
        df += k;
    }
    (df > 0.0).then(|| weighted / df)
}

/// The standard error of the difference of two scores with `ka` and `kb`
/// answers under a pooled spread, in points: `25 · √(s²ₚ · (1/ka + 1/kb))`
/// (one step on the 1–5 scale is 25 points).
pub(crate) fn difference_error(pooled: f64, ka: usize, kb: usize) -> f64 {
    let inverse = |n: usize| 1.0 / n.max(1) as f64;
    25.0 * (pooled.max(0.0) * (inverse(ka) + inverse(kb))).sqrt()
}
