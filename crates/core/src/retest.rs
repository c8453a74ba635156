//! A retest in the room: the same people answering twice, their two results
//! paired by a random code instead of a name ([`Pairing`]). From the pairs,
//! how well a role's score holds on a second try (the test–retest
//! correlation with its interval) and how large the real noise of a
//! difference is, next to what the noise model assumed
//! (docs/SCORING.md § 12).

use serde::{Deserialize, Serialize};
use statrs::distribution::{ContinuousCDF, Normal};

use crate::mix::MARGIN_Z;
use crate::quality::pearson;
use crate::{change, Measured, Role};

/// Figures are given from this many pairs on, as a group's (no one can be
/// singled out); the correlation's interval from one more.
pub const MIN_RETEST_PAIRS: usize = 3;

/// The code that pairs one person's two results: 8 characters of Crockford's
/// base 32 (no I, L, O or U), made at random on the participant's phone.
/// It says nothing about the person.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Pairing(String);

const ALPHABET: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

impl Pairing {
    /// Characters in a code.
    pub const LEN: usize = 8;

    /// A code as typed: case, spaces and dashes do not matter, and the
    /// letters people confuse with digits (O, I, L) read as 0 and 1. `None`
    /// for anything that is not 8 such characters.
    pub fn parse(text: &str) -> Option<Pairing> {
        let code: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            })
            .collect();
        (code.chars().count() == Self::LEN && code.chars().all(|c| ALPHABET.contains(c)))
            .then_some(Pairing(code))
    }

    /// The code as stored: 8 characters.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The code as shown to a person: `ABCD-EFGH`.
    pub fn shown(&self) -> String {
        format!("{}-{}", &self.0[..4], &self.0[4..])
    }
}

impl TryFrom<String> for Pairing {
    type Error = String;
    fn try_from(text: String) -> Result<Pairing, String> {
        Pairing::parse(&text).ok_or(text)
    }
}

impl From<Pairing> for String {
    fn from(p: Pairing) -> String {
        p.0
    }
}

/// One role over the pairs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RoleRetest {
    /// The role.
    pub role: Role,
    /// Pearson's r of the first and the second score; `None` when either
    /// has no spread over the pairs.
    pub correlation: Option<f64>,
    /// Its 95 % interval (Fisher's z), from four pairs on.
    pub interval: Option<(f64, f64)>,
    /// The mean change from the first to the second score, in points.
    pub mean_change: f64,
    /// The real standard error of a difference: the standard deviation of
    /// the changes (divisor n − 1), in points.
    pub real_error: f64,
    /// What the noise model assumed for the same pairs: the root mean square
    /// of each pair's standard error of the difference; `None` when no
    /// pair's noise is known.
    pub assumed_error: Option<f64>,
}

/// The figures of a retest.
#[derive(Debug, Clone, PartialEq)]
pub struct Retest {
    /// How many people answered twice.
    pub pairs: usize,
    /// Per role, in [`Role::ALL`] order.
    pub roles: [RoleRetest; 3],
}

/// The retest figures of `pairs` (first result, second result) of one
/// list; `None` below [`MIN_RETEST_PAIRS`].
pub fn retest(pairs: &[(Measured, Measured)]) -> Option<Retest> {
    if pairs.len() < MIN_RETEST_PAIRS {
        return None;
    }
    let n = pairs.len() as f64;
    let changes: Vec<_> = pairs.iter().map(|(a, b)| change(a, b)).collect();
    let z = Normal::standard().inverse_cdf(0.975);
    let roles = Role::ALL.map(|role| {
        let i = role.index();
        let first: Vec<f64> = pairs
            .iter()
            .map(|(a, _)| a.profile.roles[i].score)
            .collect();
        let second: Vec<f64> = pairs
            .iter()
            .map(|(_, b)| b.profile.roles[i].score)
            .collect();
        let deltas: Vec<f64> = changes.iter().map(|c| c[i].delta).collect();
        let mean_change = deltas.iter().sum::<f64>() / n;
        let real_error = (deltas
            .iter()
            .map(|d| (d - mean_change).powi(2))
            .sum::<f64>()
            / (n - 1.0))
            .sqrt();
        let correlation = pearson(&first, &second);
        let interval = correlation
            .filter(|_| pairs.len() > MIN_RETEST_PAIRS)
            .map(|r| {
                // Fisher's z: atanh(r) ± z / √(n − 3), back through tanh.
                let r = r.clamp(-1.0 + 1e-15, 1.0 - 1e-15);
                let half = z / (n - 3.0).sqrt();
                ((r.atanh() - half).tanh(), (r.atanh() + half).tanh())
            });
        let known: Vec<f64> = changes
            .iter()
            .filter_map(|c| c[i].range.map(|r| (r.high - r.low) / 2.0 / MARGIN_Z))
            .collect();
        let assumed_error = (!known.is_empty())
            .then(|| (known.iter().map(|e| e * e).sum::<f64>() / known.len() as f64).sqrt());
        RoleRetest {
            role,
            correlation,
            interval,
            mean_change,
            real_error,
            assumed_error,
        }
    });
    Some(Retest {
        pairs: pairs.len(),
        roles,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pairing_code_reads_as_typed_and_refuses_anything_else() {
        let code = Pairing::parse("k7p4-qx2m").expect("8 characters");
        assert_eq!(code.as_str(), "K7P4QX2M");
        assert_eq!(code.shown(), "K7P4-QX2M");
        assert_eq!(Pairing::parse(" K7P4 QX2M "), Some(code.clone()));
        // O, I and L read as the digits people mean.
        assert_eq!(
            Pairing::parse("OIL4QX2M").map(|p| p.0),
            Some("0114QX2M".into())
        );
        for bad in [
            "",
            "K7P4QX2",
            "K7P4QX2MM",
            "K7P4QX2U",
            "K7P4<X2M",
            "K7P4QX2Ⅿ",
        ] {
            assert_eq!(Pairing::parse(bad), None, "{bad}");
        }
        // Through JSON, only a valid code comes in.
        assert_eq!(
            serde_json::from_str::<Pairing>("\"k7p4-qx2m\"").ok(),
            Some(code)
        );
        assert!(serde_json::from_str::<Pairing>("\"nope\"").is_err());
    }
}
