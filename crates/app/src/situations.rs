//! Situations: what a situation asks, rated on the situation list, set
//! beside how the person works (a result). Naming and rating follow the
//! scan (answers saved one by one, resumable); the gap rule is the core's
//! (`rolspiegel_core::gaps`, docs/SCORING.md § 13).

use rolspiegel_charts::{RadarChart, RadarSeries, SeriesStyle};
use rolspiegel_core::{
    change, clean_label, clean_note, gaps, score, Answer, Answers, Difference, Measured, Profile,
    Rating, RatingId, RoleGap, ScoringError, SituationId, StoredResult,
};
use rolspiegel_core::{group_stats, GroupId, GroupStats};
use rolspiegel_exchange::{GroupSituationRecord, ParsedGroup};
use rolspiegel_storage::{GroupSituation, SituationEntry};

use crate::error::{AppError, ErrorCode};
use crate::state::{now_ms, statement_ids, svg_for_view, Service};
use crate::wire::{
    role_views, GapView, GroupImportReport, GroupSituationRole, GroupSituationView, Progress,
    RatingChangeView, RatingDraftSummary, RatingOutcome, RatingSheet, RatingSummary, ResultChoice,
    SituationSummary, SituationView,
};

fn situation_id(text: &str) -> Result<SituationId, AppError> {
    SituationId::parse(text).ok_or_else(|| AppError::from(ErrorCode::BadRequest))
}

fn rating_id(text: &str) -> Result<RatingId, AppError> {
    RatingId::parse(text).ok_or_else(|| AppError::from(ErrorCode::BadRequest))
}

/// A name and a note through the same checks as a label and a reflection;
/// a name must be given.
fn checked(name: &str, note: &str) -> Result<(String, String), AppError> {
    let name = clean_label(name)?;
    if name.is_empty() {
        return Err(ErrorCode::SituationNameEmpty.into());
    }
    Ok((name, clean_note(note)?))
}

/// A rating's or a scan's store error, where "no such sheet" means the
/// situation or its rating is gone.
fn gone(e: rolspiegel_storage::StoreError) -> AppError {
    match e {
        rolspiegel_storage::StoreError::UnknownAssessment(_) => ErrorCode::SituationNotFound.into(),
        e => e.into(),
    }
}

impl Service {
    fn rating_summary(&self, rating: &Rating) -> RatingSummary {
        RatingSummary {
            id: rating.id.to_string(),
            completed_at: rating.completed_at,
            list_version: rating.list_version,
            known: self.situation_lists.get(rating.list_version).is_some(),
            roles: role_views(&rating.profile),
        }
    }

    fn situation_summary(&self, entry: &SituationEntry) -> SituationSummary {
        SituationSummary {
            id: entry.situation.id.to_string(),
            name: entry.situation.name.clone(),
            note: entry.situation.note.clone(),
            created_at: entry.situation.created_at,
            ratings: entry
                .ratings
                .iter()
                .map(|r| self.rating_summary(r))
                .collect(),
            draft: entry.draft.as_ref().map(|d| RatingDraftSummary {
                rating_id: d.id.to_string(),
                answered: d.answers.len(),
                total: self
                    .situation_lists
                    .get(d.list_version)
                    .map_or(0, |l| l.statements().len()),
            }),
        }
    }

    fn situation_entry(&self, id: SituationId) -> Result<SituationEntry, AppError> {
        self.store
            .situation(id)?
            .ok_or_else(|| ErrorCode::SituationNotFound.into())
    }

    /// A rating beside a result: the gap per role and both on one radar.
    pub(crate) fn beside(
        &self,
        own: &Profile,
        rating: &Rating,
        result: &StoredResult,
        name: &str,
    ) -> ([RoleGap; 3], RadarChart) {
        (
            gaps(own, &rating.profile),
            self.situation_radar(own, &rating.profile, result, name),
        )
    }

    /// Both profiles on one radar: the person's solid, the situation's
    /// dashed, with a legend naming each.
    fn situation_radar(
        &self,
        own: &Profile,
        asked: &Profile,
        result: &StoredResult,
        name: &str,
    ) -> RadarChart {
        let mut radar = crate::scan::radar(self, own);
        radar.axis_values = None;
        radar.margins = None;
        radar.size = (640, 520);
        radar.series = [own, asked]
            .iter()
            .zip(SeriesStyle::COMPARE)
            .map(|(p, style)| RadarSeries {
                scores: p.roles.map(|s| s.score),
                style,
            })
            .collect();
        let words = self.say();
        radar.legend = vec![
            words.format(
                "situation-legend-own",
                &[("date", words.date(result.completed_at).into())],
            ),
            words.format(
                "situation-legend-asked",
                &[("name", name.to_string().into())],
            ),
        ];
        radar
    }
}

pub(crate) fn choice(result: &StoredResult) -> ResultChoice {
    ResultChoice {
        id: result.id.to_string(),
        completed_at: result.completed_at,
        label: result.label.clone(),
    }
}

pub(crate) fn situations(service: &Service) -> Result<Vec<SituationSummary>, AppError> {
    Ok(service
        .store
        .situations()?
        .iter()
        .map(|e| service.situation_summary(e))
        .collect())
}

pub(crate) fn add_situation(
    service: &mut Service,
    name: &str,
    note: &str,
) -> Result<SituationSummary, AppError> {
    let (name, note) = checked(name, note)?;
    let id = service.store.add_situation(&name, &note, now_ms())?;
    Ok(service.situation_summary(&service.situation_entry(id)?))
}

pub(crate) fn edit_situation(
    service: &mut Service,
    id: &str,
    name: &str,
    note: &str,
) -> Result<SituationSummary, AppError> {
    let id = situation_id(id)?;
    let (name, note) = checked(name, note)?;
    service.store.edit_situation(id, &name, &note)?;
    Ok(service.situation_summary(&service.situation_entry(id)?))
}

pub(crate) fn delete_situation(service: &mut Service, id: &str) -> Result<(), AppError> {
    let id = situation_id(id)?;
    service.store.delete_situation(id).map_err(AppError::from)
}

pub(crate) fn start_rating(
    service: &mut Service,
    situation: &str,
) -> Result<RatingSheet, AppError> {
    let id = situation_id(situation)?;
    let entry = service.situation_entry(id)?;
    // Every rating must fit in a backup, which reads this many per situation.
    if entry.draft.is_none() && entry.ratings.len() >= rolspiegel_exchange::MAX_RATINGS {
        return Err(ErrorCode::SituationFull.into());
    }
    let newest = service.situation_lists.current().version();
    let draft = service.store.start_rating(id, newest, now_ms())?;
    // A rating begun on a list this build does not know is not offered.
    let Some(list) = service.situation_lists.get(draft.list_version) else {
        return Err(AppError::because(
            ErrorCode::BadRequest,
            format!("situation list version {} is unknown", draft.list_version),
        ));
    };
    Ok(RatingSheet {
        rating_id: draft.id.to_string(),
        situation_id: id.to_string(),
        situation_name: entry.situation.name,
        statements: statement_ids(list),
        answers: draft
            .answers
            .into_iter()
            .map(|(id, a)| (id, a.value()))
            .collect(),
    })
}

pub(crate) fn save_rating_answer(
    service: &mut Service,
    rating: &str,
    statement: &str,
    value: Option<i64>,
) -> Result<Progress, AppError> {
    let id = rating_id(rating)?;
    let answer = Answer::from_value(value)?;
    let version = service.store.require_rating(id).map_err(gone)?;
    let list = service
        .situation_lists
        .get(version)
        .ok_or_else(|| AppError::from(ErrorCode::BadRequest))?;
    if list.statement(statement).is_none() {
        return Err(ErrorCode::UnknownStatement.into());
    }
    let total = list.statements().len();
    service
        .store
        .save_rating_answer(id, statement, answer, now_ms())
        .map_err(gone)?;
    let answered = service.store.rating_answer_count(id)?;
    Ok(Progress { answered, total })
}

pub(crate) fn finish_rating(
    service: &mut Service,
    rating: &str,
) -> Result<RatingOutcome, AppError> {
    let id = rating_id(rating)?;
    let version = service.store.require_rating(id).map_err(gone)?;
    let list = service
        .situation_lists
        .get(version)
        .ok_or_else(|| AppError::from(ErrorCode::BadRequest))?;
    let answers = Answers::from_given(list, service.store.rating_answers(id)?)?;
    match score(list, &answers) {
        Ok(profile) => {
            service
                .store
                .complete_rating(id, &profile, now_ms())
                .map_err(gone)?;
            let situation = service
                .store
                .rating(id)?
                .ok_or_else(|| AppError::from(ErrorCode::SituationNotFound))?
                .situation;
            Ok(RatingOutcome::Complete {
                situation_id: situation.to_string(),
                rating_id: id.to_string(),
            })
        }
        Err(ScoringError::Incomplete(shortfalls)) => Ok(RatingOutcome::Incomplete {
            shortfalls: shortfalls.iter().map(Into::into).collect(),
        }),
        Err(ScoringError::VersionMismatch { .. }) => Err(ErrorCode::BadRequest.into()),
    }
}

pub(crate) fn discard_rating(service: &mut Service, rating: &str) -> Result<(), AppError> {
    let id = rating_id(rating)?;
    service.store.discard_rating(id).map_err(gone)
}

pub(crate) fn situation_view(
    service: &Service,
    rating: &str,
    result: Option<&str>,
) -> Result<SituationView, AppError> {
    let id = rating_id(rating)?;
    let rating = service
        .store
        .rating(id)?
        .ok_or_else(|| AppError::from(ErrorCode::SituationNotFound))?;
    let entry = service.situation_entry(rating.situation)?;
    let results = service.store.results()?;
    let chosen = match result {
        Some(id) => {
            let id = service.parse_id(id)?;
            Some(service.stored_result(id)?)
        }
        None => results.first().cloned(),
    };
    let known = service.situation_lists.get(rating.list_version).is_some();
    let (gap_views, chart_svg, largest) = match (&chosen, known) {
        (Some(result), true) => {
            let own = service.shown_profile(result)?;
            let (found, chart) = service.beside(&own, &rating, result, &entry.situation.name);
            let (own_margins, asked_margins) = (own.margins(), rating.profile.margins());
            let views: Vec<GapView> = found
                .iter()
                .map(|g| GapView {
                    gap: *g,
                    own_margin: own_margins[g.role.index()],
                    asked_margin: asked_margins[g.role.index()],
                })
                .collect();
            let largest = found
                .iter()
                .filter(|g| g.asks == Some(Difference::More))
                .max_by(|a, b| a.gap.total_cmp(&b.gap))
                .map(|g| g.role);
            (views, svg_for_view(&chart), largest)
        }
        _ => (Vec::new(), None, None),
    };
    // The rating before this one, as two results are compared.
    let since = entry
        .ratings
        .iter()
        .position(|r| r.id == rating.id)
        .and_then(|at| entry.ratings.get(at + 1))
        .map(|earlier| {
            let measured = |r: &Rating| Measured {
                profile: r.profile,
                instrument_version: r.list_version,
            };
            RatingChangeView {
                earlier_completed_at: earlier.completed_at,
                changes: change(&measured(earlier), &measured(&rating))
                    .iter()
                    .map(Into::into)
                    .collect(),
            }
        });
    Ok(SituationView {
        since,
        situation: service.situation_summary(&entry),
        rating: service.rating_summary(&rating),
        result: chosen.as_ref().map(choice),
        results: results.iter().map(choice).collect(),
        gaps: gap_views,
        chart_svg,
        largest,
    })
}

/// Whether a group's shared situation asks clearly more or less of a role
/// than the group shows: the difference of two means of independent
/// measurements, beyond [`rolspiegel_core::GAP_Z`] of its standard error
/// √(sd²ₛ/nₛ + sd²ₘ/nₘ) (docs/SCORING.md § 13); `None` without spread.
pub fn group_asks(
    asked: &rolspiegel_core::RoleStats,
    group: &rolspiegel_core::RoleStats,
) -> Option<Difference> {
    let error = (asked.sd.powi(2) / asked.n as f64 + group.sd.powi(2) / group.n as f64).sqrt();
    // No spread in either (or a NaN from an empty group): nothing to say.
    if error.is_nan() || error <= 1e-9 {
        return None;
    }
    let gap = asked.mean - group.mean;
    Some(Difference::of(gap, rolspiegel_core::GAP_Z * error))
}

impl Service {
    /// The group's mean and the mean of what its situation asks, on one
    /// radar with a legend.
    pub(crate) fn group_situation_radar(
        &self,
        group: &GroupStats,
        asked: &GroupStats,
        name: &str,
    ) -> RadarChart {
        let mut radar = crate::scan::radar(
            self,
            &Profile::from_scores(group.roles.map(|r| rolspiegel_core::RoleScore {
                role: r.role,
                score: r.mean,
                share: 100.0 / 3.0,
                answered: r.n,
                total: r.n,
                variance: None,
            })),
        );
        radar.axis_values = None;
        radar.margins = None;
        radar.size = (640, 520);
        radar.series = vec![
            RadarSeries {
                scores: group.roles.map(|r| r.mean),
                style: SeriesStyle::GROUP_MEAN,
            },
            RadarSeries {
                scores: asked.roles.map(|r| r.mean),
                style: SeriesStyle::COMPARE[1],
            },
        ];
        let words = self.say();
        radar.legend = vec![
            words.text("group-situation-legend-group"),
            words.format(
                "group-situation-legend-asked",
                &[("name", name.to_string().into())],
            ),
        ];
        radar
    }
}

/// A group's shared situation as read once for every place that shows it:
/// its details, how many rated it, and what they say it asks (`None` below
/// three ratings).
pub(crate) struct Assignment {
    pub(crate) situation: GroupSituation,
    pub(crate) ratings: usize,
    pub(crate) asked: Option<GroupStats>,
}

/// The group's assignment with its figures; `None` when it has none.
pub(crate) fn assignment(
    service: &Service,
    group: GroupId,
) -> Result<Option<Assignment>, AppError> {
    let Some(situation) = service.store.group_situation(group)? else {
        return Ok(None);
    };
    let ratings = service.store.group_ratings(group)?;
    let profiles: Vec<Profile> = ratings.iter().map(|r| r.profile).collect();
    Ok(Some(Assignment {
        situation,
        ratings: ratings.len(),
        asked: group_stats(&profiles),
    }))
}

/// A group's shared situation with its figures; `None` when it has none.
pub(crate) fn group_situation_view(
    service: &Service,
    group: GroupId,
    stats: Option<&GroupStats>,
) -> Result<Option<GroupSituationView>, AppError> {
    Ok(assignment(service, group)?.map(|a| view_of(service, &a, stats)))
}

/// An assignment as the group view shows it, next to the group's figures
/// `stats` (when the group has enough results).
pub(crate) fn view_of(
    service: &Service,
    a: &Assignment,
    stats: Option<&GroupStats>,
) -> GroupSituationView {
    let roles = a
        .asked
        .iter()
        .flat_map(|asked| {
            asked.roles.iter().map(|r| GroupSituationRole {
                role: r.role,
                asked: *r,
                group_mean: stats.map(|g| g.roles[r.role.index()].mean),
                asks: stats.and_then(|g| group_asks(r, &g.roles[r.role.index()])),
            })
        })
        .collect();
    let chart_svg = match (stats, &a.asked) {
        (Some(g), Some(asked)) => {
            svg_for_view(&service.group_situation_radar(g, asked, &a.situation.name))
        }
        _ => None,
    };
    GroupSituationView {
        name: a.situation.name.clone(),
        note: a.situation.note.clone(),
        ratings: a.ratings,
        enough: a.asked.is_some(),
        roles,
        chart_svg,
    }
}

/// Gives a group its shared situation, renames it, or (an empty name)
/// removes it with every rating of it.
pub(crate) fn set_group_situation(
    service: &mut Service,
    group: &str,
    name: &str,
    note: &str,
) -> Result<Option<GroupSituationView>, AppError> {
    let group = service.group_id(group)?;
    let situation = if name.trim().is_empty() {
        None
    } else {
        let (name, note) = checked(name, note)?;
        Some(GroupSituation { name, note })
    };
    service
        .store
        .set_group_situation(group, situation.as_ref())?;
    let (_, profiles, _) = service.loaded_group(group)?;
    group_situation_view(service, group, group_stats(&profiles).as_ref())
}

/// A group's shared situation with every rating of it, as files carry it.
pub(crate) fn group_situation_record(
    service: &Service,
    group: GroupId,
) -> Result<Option<GroupSituationRecord>, AppError> {
    Ok(match service.store.group_situation(group)? {
        Some(situation) => Some((situation, service.store.group_ratings(group)?)),
        None => None,
    })
}

/// The shared situation a group file (or a backup's group) carries: a group
/// without one takes it; one with the same assignment (by name) keeps its
/// note and gains the ratings it lacks; ratings of an assignment by another
/// name are not added, and are counted with the refused ones.
pub(crate) fn merge_group_situation(
    service: &mut Service,
    parsed: &ParsedGroup,
    report: &mut GroupImportReport,
) -> Result<(), AppError> {
    let read = match parsed.situation(&service.situation_lists) {
        Ok(Some(read)) => read,
        Ok(None) => return Ok(()),
        Err(_) => {
            report.ratings_refused += 1;
            return Ok(());
        }
    };
    match service.store.group_situation(parsed.id)? {
        None => service
            .store
            .set_group_situation(parsed.id, Some(&read.situation))?,
        // Ratings of another assignment are not this one's.
        Some(here) if here.name != read.situation.name => {
            report.ratings_refused += read.ratings.len() + read.refused;
            return Ok(());
        }
        Some(_) => {}
    }
    for rating in &read.ratings {
        if service.store.add_group_rating(parsed.id, rating)? {
            report.ratings_added += 1;
        }
    }
    report.ratings_refused += read.refused;
    Ok(())
}
