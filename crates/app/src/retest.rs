//! A retest in the room: the same people answering twice, their results
//! paired by the random code their phone keeps (never by name). The pairs
//! in scope (one group, or every group of a list), their figures
//! (`rolspiegel_core::retest`) and the anonymous pairs as CSV.

use std::collections::{BTreeMap, HashMap, HashSet};

use rolspiegel_core::{retest, GroupId, GroupMember, Measured, Role, MIN_RETEST_PAIRS};
use rolspiegel_exchange::Cell;

use crate::error::{AppError, ErrorCode};
use crate::quality::shuffled_csv;
use crate::state::Service;
use crate::wire::{QualityScope, RetestView, RoleRetestView};

/// One person's two results: the first and the last of their pairing code,
/// and the days between them being added.
struct Pair {
    first: GroupMember,
    second: GroupMember,
    days: f64,
}

const DAY_MS: f64 = 86_400_000.0;

impl Service {
    /// The pairs of list `version` in scope: per pairing code its first and
    /// its last result (by when they were added; the same result in two
    /// groups counts once), in scope when either lies in the group asked
    /// about.
    fn retest_pairs(&self, scope: &QualityScope, version: u32) -> Result<Vec<Pair>, AppError> {
        let group = match scope {
            QualityScope::Group { id } => Some(self.group_id(id)?),
            QualityScope::AllGroups { .. } => None,
        };
        // Per code: its results in the order they came, with their groups.
        let mut by_code: BTreeMap<_, Vec<(GroupId, rolspiegel_core::AssessmentId, i64)>> =
            BTreeMap::new();
        let mut groups_of: HashMap<_, HashSet<GroupId>> = HashMap::new();
        for (g, result, pairing, added) in self.store.pairings(version)? {
            groups_of.entry(result).or_default().insert(g);
            let results = by_code.entry(pairing).or_default();
            if !results.iter().any(|(_, r, _)| *r == result) {
                results.push((g, result, added));
            }
        }
        let mut pairs = Vec::new();
        for results in by_code.values() {
            let (Some(first), Some(last)) = (results.first(), results.last()) else {
                continue;
            };
            if results.len() < 2 {
                continue;
            }
            let in_scope = group.is_none_or(|g| {
                [first.1, last.1]
                    .iter()
                    .any(|r| groups_of.get(r).is_some_and(|gs| gs.contains(&g)))
            });
            if !in_scope {
                continue;
            }
            let member = |(g, r, _): &(GroupId, _, i64)| {
                self.store
                    .member(*g, *r)?
                    .ok_or_else(|| AppError::from(ErrorCode::GroupNotFound))
            };
            pairs.push(Pair {
                first: member(first)?,
                second: member(last)?,
                days: (last.2 - first.2) as f64 / DAY_MS,
            });
        }
        Ok(pairs)
    }

    /// A member as a comparison needs it, with the noise as the app shows it.
    fn measured_member(&self, member: &GroupMember) -> Result<Measured, AppError> {
        Ok(Measured {
            profile: self.shown_member(member)?,
            instrument_version: member.instrument_version,
        })
    }
}

/// The retest figures of list `version` in scope.
pub(crate) fn retest_view(
    service: &Service,
    scope: &QualityScope,
    version: u32,
) -> Result<RetestView, AppError> {
    let pairs = service.retest_pairs(scope, version)?;
    let measured = pairs
        .iter()
        .map(|p| {
            Ok((
                service.measured_member(&p.first)?,
                service.measured_member(&p.second)?,
            ))
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    let mut days: Vec<f64> = pairs.iter().map(|p| p.days).collect();
    days.sort_by(f64::total_cmp);
    let figures = retest(&measured);
    Ok(RetestView {
        pairs: pairs.len(),
        min_pairs: MIN_RETEST_PAIRS,
        median_days: (!days.is_empty()).then(|| median(&days)),
        roles: figures
            .map(|f| {
                f.roles
                    .iter()
                    .map(|r| RoleRetestView {
                        role: r.role,
                        correlation: r.correlation,
                        correlation_low: r.interval.map(|(low, _)| low),
                        correlation_high: r.interval.map(|(_, high)| high),
                        mean_change: r.mean_change,
                        real_error: r.real_error,
                        assumed_error: r.assumed_error,
                    })
                    .collect()
            })
            .unwrap_or_default(),
    })
}

fn median(sorted: &[f64]) -> f64 {
    let n = sorted.len();
    if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    }
}

/// The pairs as CSV for a researcher: the days between and each role's
/// score the first and the second time; no names, codes or ids, rows in a
/// fresh random order. Nothing below [`MIN_RETEST_PAIRS`] pairs.
pub(crate) fn export_retest_pairs(
    service: &Service,
    scope: &QualityScope,
    version: u32,
) -> Result<Vec<u8>, AppError> {
    let pairs = service.retest_pairs(scope, version)?;
    if pairs.len() < MIN_RETEST_PAIRS {
        return Err(ErrorCode::RetestTooFew.into());
    }
    let say = service.say();
    let mut headers = vec![say.text("csv-retest-days")];
    for id in ["csv-retest-first", "csv-retest-second"] {
        for role in Role::ALL {
            headers.push(say.format(id, &[("role", say.role(role).into())]));
        }
    }
    let rows = pairs.iter().map(|p| {
        let scores = |m: &GroupMember| m.profile.roles.map(|r| Cell::Number(r.score));
        let mut row = vec![Cell::Number((p.days * 10.0).round() / 10.0)];
        row.extend(scores(&p.first));
        row.extend(scores(&p.second));
        row
    });
    shuffled_csv(service, &headers, rows)
}
