//! A person's own noise: how the keyed answers to one role's statements vary
//! (the spread), pooled over results or roles, and the standard error of a
//! difference of two scores. Both the mix (`scoring.rs`) and the change
//! between two results (`noise.rs`) are judged against it; the method is
//! `docs/SCORING.md`.

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

/// The spread of each role's keyed answers, in [`Role::ALL`] order; `None`
/// for a role with fewer than two scale answers.
pub fn spread(instrument: &Instrument, answers: &Answers) -> [Option<Spread>; 3] {
    Role::ALL.map(|role| {
        let values: Vec<f64> = instrument
            .statements_for(role)
            .filter_map(|s| answers.get(s.id.as_str()).and_then(|a| keyed(s.keying, a)))
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
/// one set of answers; `None` where it cannot be estimated (fewer than two
/// scale answers, or all keyed answers equal).
pub fn measurement_error(instrument: &Instrument, answers: &Answers) -> [Option<f64>; 3] {
    spread(instrument, answers).map(|s| {
        s.map(|s| s.standard_error())
            .filter(|sem| *sem > VARIANCE_EPSILON)
    })
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
