//! "Hoe goed meet de lijst?": how well a statement list measured in the
//! facilitator's groups — one group, or every group's results of one list
//! together — and the anonymous answer matrix for a researcher. The
//! statistics are `rolspiegel_core::list_quality`; this module gathers the
//! answers and shapes the view. Nothing is shown or saved below
//! [`MIN_QUALITY_RESULTS`] results.

use rolspiegel_core::{
    Answer, Answers, Instrument, Keying, QualityError, Role, MIN_QUALITY_RESULTS,
};
use rolspiegel_exchange::{table_csv, Cell};

use crate::error::{AppError, ErrorCode};
use crate::files::csv_error;
use crate::state;
use crate::state::Service;
use crate::wire::{
    ItemQualityView, ListResults, QualityScope, QualityView, RoleCorrelation, RoleQualityView,
};

/// The answers in scope, with the list they answer and the group's name.
struct InScope<'a> {
    list: &'a Instrument,
    group_name: Option<String>,
    answers: Vec<Answers>,
}

impl Service {
    fn answers_in_scope(&self, scope: &QualityScope) -> Result<InScope<'_>, AppError> {
        let (version, group_name, raw) = match scope {
            QualityScope::Group { id } => {
                let id = self.group_id(id)?;
                let group = self
                    .store
                    .group(id)?
                    .ok_or_else(|| AppError::from(ErrorCode::GroupNotFound))?;
                // A group holds one list; data from before that rule may
                // hold two, and then the newest is the one asked about.
                let version = self
                    .store
                    .group_lists(id)?
                    .last()
                    .copied()
                    .unwrap_or_else(|| state::instrument(self).version());
                let raw = self
                    .store
                    .members(id)?
                    .into_iter()
                    .filter(|m| m.instrument_version == version)
                    .map(|m| m.answers)
                    .collect();
                (version, Some(group.name), raw)
            }
            QualityScope::AllGroups { version } => {
                (*version, None, self.store.list_answers(*version)?)
            }
        };
        let list = self.instrument_of(version)?;
        let answers = raw
            .into_iter()
            .map(|given: Vec<(String, Answer)>| Answers::from_given(list, given))
            .collect::<Result<_, _>>()?;
        Ok(InScope {
            list,
            group_name,
            answers,
        })
    }
}
pub(crate) fn list_quality(
    service: &Service,
    scope: QualityScope,
) -> Result<QualityView, AppError> {
    let in_scope = service.answers_in_scope(&scope)?;
    let lists = service
        .store
        .group_results_per_list()?
        .into_iter()
        .map(|(version, results)| ListResults { version, results })
        .collect();
    let retest = crate::retest::retest_view(service, &scope, in_scope.list.version())?;
    let mut view = QualityView {
        retest,
        scope,
        group_name: in_scope.group_name,
        version: in_scope.list.version(),
        results: in_scope.answers.len(),
        min_results: MIN_QUALITY_RESULTS,
        lists,
        roles: Vec::new(),
        correlations: Vec::new(),
    };
    let quality = match rolspiegel_core::list_quality(in_scope.list, &in_scope.answers) {
        Ok(quality) => quality,
        Err(QualityError::TooFew(_)) => return Ok(view),
        Err(QualityError::OtherList { .. }) => {
            return Err(AppError::because(
                ErrorCode::Storage,
                "group answers of another list",
            ))
        }
    };
    let finite = |value: f64| value.is_finite().then_some(value);
    view.results = quality.results;
    view.roles = quality
        .roles
        .iter()
        .map(|role| RoleQualityView {
            role: role.role,
            complete: role.complete,
            alpha: role.alpha,
            alpha_low: role.alpha_ci.map(|(low, _)| low),
            alpha_high: role.alpha_ci.map(|(_, high)| high),
            items: role
                .items
                .iter()
                .map(|item| ItemQualityView {
                    id: item.id.clone(),
                    reversed: item.keying == Keying::Reverse,
                    n: item.n,
                    mean: finite(item.mean),
                    sd: finite(item.sd),
                    item_rest: item.item_rest,
                    almost_all_agree: item.almost_all_agree,
                    almost_all_same: item.almost_all_same,
                    fits_poorly: item.fits_poorly,
                })
                .collect(),
        })
        .collect();
    let pairs = [
        (Role::Bureaucraat, Role::Ondernemer),
        (Role::Bureaucraat, Role::Verbinder),
        (Role::Ondernemer, Role::Verbinder),
    ];
    view.correlations = pairs
        .iter()
        .zip(quality.correlations)
        .map(|(&(a, b), r)| RoleCorrelation { a, b, r })
        .collect();
    Ok(view)
}

pub(crate) fn export_answer_matrix(
    service: &Service,
    scope: &QualityScope,
) -> Result<Vec<u8>, AppError> {
    let in_scope = service.answers_in_scope(scope)?;
    if in_scope.answers.len() < MIN_QUALITY_RESULTS {
        return Err(AppError::from(ErrorCode::QualityTooFew));
    }
    let statements = in_scope.list.statements();
    let headers: Vec<String> = statements.iter().map(|s| s.id.to_string()).collect();
    let rows = in_scope.answers.iter().map(|answers| {
        statements
            .iter()
            .map(|s| match answers.get(s.id.as_str()) {
                Some(Answer::Scale(value)) => Cell::Text(value.value().to_string()),
                _ => Cell::Text(String::new()),
            })
            .collect()
    });
    shuffled_csv(service, &headers, rows)
}

/// Rows as CSV in a fresh random order, so no row can be traced back to a
/// person through the order they came in.
pub(crate) fn shuffled_csv(
    service: &Service,
    headers: &[String],
    rows: impl Iterator<Item = Vec<Cell>>,
) -> Result<Vec<u8>, AppError> {
    let mut keyed = rows
        .map(|row| Ok((random_key()?, row)))
        .collect::<Result<Vec<_>, AppError>>()?;
    // Sorting by independent random keys is a uniform shuffle.
    keyed.sort_unstable_by_key(|(key, _)| *key);
    table_csv(
        headers,
        keyed.into_iter().map(|(_, row)| row),
        service.csv_style(),
    )
    .map_err(csv_error)
}

pub(crate) fn export_retest_pairs(
    service: &Service,
    scope: &QualityScope,
) -> Result<Vec<u8>, AppError> {
    let version = service.answers_in_scope(scope)?.list.version();
    crate::retest::export_retest_pairs(service, scope, version)
}

/// A key from the operating system's random source.
fn random_key() -> Result<u64, AppError> {
    getrandom::u64()
        .map_err(|e| AppError::because(ErrorCode::FileWrite, format_args!("random: {e}")))
}
