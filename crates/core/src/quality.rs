//! "Hoe goed meet de lijst?": how well a statement list measures, from the
//! answers of real people (a group, or all groups together). Pure
//! statistics, checked against an independent implementation (pingouin,
//! scipy and numpy) on fixtures in `tests/fixtures/quality-*.json`.
//!
//! - Per role: Cronbach's alpha over the keyed answers of the results that
//!   answered every statement of that role on the scale (listwise), with a
//!   95 % confidence interval by Feldt's method (an F distribution).
//! - Per statement: the mean and spread (sample SD) of the raw answers, the
//!   item-rest correlation (keyed answer against the sum of the role's other
//!   keyed answers), and three flags: almost everyone agrees (mean above
//!   4.2), almost everyone answers the same (SD below 0.8), or the statement
//!   fits its role poorly (item-rest correlation below 0.2).
//! - Between roles: Pearson correlations of the role scores.

use statrs::distribution::{ContinuousCDF, FisherSnedecor};

use crate::{score, Answer, Answers, Instrument, Keying, Role};

/// At least this many complete results of one list before anything is said.
pub const MIN_QUALITY_RESULTS: usize = 30;

/// A statement "almost everyone agrees with": its mean raw answer is above this.
pub const EASY_MEAN: f64 = 4.2;

/// A statement "almost everyone answers the same": its SD is below this.
pub const FLAT_SD: f64 = 0.8;

/// A statement that "measures something else than the rest of its role":
/// its item-rest correlation is below this (a common rule of thumb).
pub const LOW_ITEM_REST: f64 = 0.2;

/// One statement's figures.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemQuality {
    /// Statement id.
    pub id: String,
    /// Positive or reverse-keyed.
    pub keying: Keying,
    /// Results with a scale answer to it.
    pub n: usize,
    /// Mean of the raw answers (1–5).
    pub mean: f64,
    /// Sample standard deviation of the raw answers.
    pub sd: f64,
    /// Correlation of the keyed answer with the sum of the role's other keyed
    /// answers, over the role's complete results; `None` when either has no
    /// spread.
    pub item_rest: Option<f64>,
    /// Mean above [`EASY_MEAN`].
    pub almost_all_agree: bool,
    /// SD below [`FLAT_SD`].
    pub almost_all_same: bool,
    /// Item-rest correlation below [`LOW_ITEM_REST`].
    pub fits_poorly: bool,
}

/// One role's figures.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleQuality {
    /// The role.
    pub role: Role,
    /// Results that answered every statement of the role on the scale.
    pub complete: usize,
    /// Cronbach's alpha over those; `None` when the total has no spread.
    pub alpha: Option<f64>,
    /// The 95 % confidence interval of alpha (Feldt).
    pub alpha_ci: Option<(f64, f64)>,
    /// The role's statements, in list order.
    pub items: Vec<ItemQuality>,
}

/// How well a list measured in a set of results.
#[derive(Debug, Clone, PartialEq)]
pub struct ListQuality {
    /// Results scored (complete enough to score).
    pub results: usize,
    /// Per role, in [`Role::ALL`] order.
    pub roles: [RoleQuality; 3],
    /// Pearson correlations of the role scores: B–O, B–V, O–V; `None` when
    /// a role's scores have no spread.
    pub correlations: [Option<f64>; 3],
}

/// Why nothing can be said.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum QualityError {
    /// Fewer than [`MIN_QUALITY_RESULTS`] results that can be scored.
    #[error("{0} results; at least {MIN_QUALITY_RESULTS} are needed")]
    TooFew(usize),
    /// Answers to another list than the one asked about.
    #[error("answers to list {answers}, not list {list}")]
    OtherList {
        /// The list asked about.
        list: u32,
        /// The list the answers belong to.
        answers: u32,
    },
}

fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len() as f64
}

/// Sample variance (divisor n − 1).
fn variance(values: &[f64]) -> f64 {
    let m = mean(values);
    values.iter().map(|v| (v - m).powi(2)).sum::<f64>() / (values.len() as f64 - 1.0)
}

/// Pearson's r; `None` without spread on either side.
pub fn pearson(x: &[f64], y: &[f64]) -> Option<f64> {
    let (mx, my) = (mean(x), mean(y));
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (a, b) in x.iter().zip(y) {
        sxy += (a - mx) * (b - my);
        sxx += (a - mx).powi(2);
        syy += (b - my).powi(2);
    }
    (sxx > 0.0 && syy > 0.0).then(|| sxy / (sxx * syy).sqrt())
}

/// Cronbach's alpha of a matrix (rows: people, columns: items) with its 95 %
/// confidence interval by Feldt's method: with n people and k items,
/// `1 − (1 − α) · F(q; n − 1, (n − 1)(k − 1))` at q = 0.975 and 0.025.
pub fn cronbach_alpha(rows: &[Vec<f64>]) -> Option<(f64, (f64, f64))> {
    let n = rows.len();
    let k = rows.first()?.len();
    if n < 2 || k < 2 {
        return None;
    }
    let item_variances: f64 = (0..k)
        .map(|j| variance(&rows.iter().map(|r| r[j]).collect::<Vec<_>>()))
        .sum();
    let total = variance(&rows.iter().map(|r| r.iter().sum()).collect::<Vec<f64>>());
    if total <= 0.0 {
        return None;
    }
    let k_f = k as f64;
    let alpha = k_f / (k_f - 1.0) * (1.0 - item_variances / total);
    let (dfn, dfd) = ((n - 1) as f64, ((n - 1) * (k - 1)) as f64);
    let f = FisherSnedecor::new(dfn, dfd).ok()?;
    let lower = 1.0 - (1.0 - alpha) * f.inverse_cdf(0.975);
    let upper = 1.0 - (1.0 - alpha) * f.inverse_cdf(0.025);
    Some((alpha, (lower, upper)))
}

/// The figures for `list` from a set of results answered to it.
pub fn list_quality(list: &Instrument, results: &[Answers]) -> Result<ListQuality, QualityError> {
    if let Some(other) = results
        .iter()
        .find(|a| a.instrument_version() != list.version())
    {
        return Err(QualityError::OtherList {
            list: list.version(),
            answers: other.instrument_version(),
        });
    }
    let scored: Vec<_> = results.iter().filter_map(|a| score(list, a).ok()).collect();
    if scored.len() < MIN_QUALITY_RESULTS {
        return Err(QualityError::TooFew(scored.len()));
    }
    let raw = |a: &Answers, id: &str| match a.get(id) {
        Some(Answer::Scale(p)) => Some(f64::from(p.value())),
        _ => None,
    };
    let roles = Role::ALL.map(|role| {
        let statements: Vec<_> = list.statements_for(role).collect();
        let keyed = |value: f64, keying: Keying| match keying {
            Keying::Positive => value,
            Keying::Reverse => 6.0 - value,
        };
        // The role's complete results, keyed.
        let rows: Vec<Vec<f64>> = results
            .iter()
            .filter_map(|a| {
                statements
                    .iter()
                    .map(|s| raw(a, s.id.as_str()).map(|v| keyed(v, s.keying)))
                    .collect::<Option<Vec<f64>>>()
            })
            .collect();
        let alpha = cronbach_alpha(&rows);
        let items = statements
            .iter()
            .enumerate()
            .map(|(j, s)| {
                let answers: Vec<f64> = results
                    .iter()
                    .filter_map(|a| raw(a, s.id.as_str()))
                    .collect();
                let (m, sd) = if answers.len() >= 2 {
                    (mean(&answers), variance(&answers).sqrt())
                } else {
                    (f64::NAN, f64::NAN)
                };
                let item: Vec<f64> = rows.iter().map(|r| r[j]).collect();
                let rest: Vec<f64> = rows.iter().map(|r| r.iter().sum::<f64>() - r[j]).collect();
                let item_rest = if rows.len() >= 2 {
                    pearson(&item, &rest)
                } else {
                    None
                };
                ItemQuality {
                    id: s.id.as_str().to_owned(),
                    keying: s.keying,
                    n: answers.len(),
                    mean: m,
                    sd,
                    item_rest,
                    almost_all_agree: m > EASY_MEAN,
                    almost_all_same: sd < FLAT_SD,
                    fits_poorly: item_rest.is_some_and(|r| r < LOW_ITEM_REST),
                }
            })
            .collect();
        RoleQuality {
            role,
            complete: rows.len(),
            alpha: alpha.map(|(a, _)| a),
            alpha_ci: alpha.map(|(_, ci)| ci),
            items,
        }
    });
    let scores = |role: Role| -> Vec<f64> { scored.iter().map(|p| p.of(role).score).collect() };
    let (b, o, v) = (
        scores(Role::Bureaucraat),
        scores(Role::Ondernemer),
        scores(Role::Verbinder),
    );
    Ok(ListQuality {
        results: scored.len(),
        roles,
        correlations: [pearson(&b, &o), pearson(&b, &v), pearson(&o, &v)],
    })
}
