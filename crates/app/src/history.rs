//! History, labels, reflections, goals and comparing results: the parts of
//! [`Service`] that look back over time.

use std::collections::BTreeMap;

use rolspiegel_charts::{RadarChart, RadarSeries, SeriesStyle, TrendChart, TrendPoint};
use rolspiegel_core::{change, clean_label, clean_note, Goal, Measured, ReflectionQuestion, Role};
use rolspiegel_storage::{AssessmentId, HistoryEntry, StoredResult};

use crate::dates::{clock_time, days};
use crate::error::{AppError, ErrorCode};
use crate::scan;
use crate::state::{svg_for_view, Service};
use crate::wire::{
    CompareItem, CompareView, FollowUpView, GoalView, HistoryItem, PairChange, RoleChangeView,
};

/// At most this many results on one compare chart: more lines cannot be told
/// apart, and there are five distinct line styles.
pub const MAX_COMPARED: usize = SeriesStyle::COMPARE.len();

impl Service {
    pub(crate) fn goal_view(&self, goal: &Goal) -> GoalView {
        GoalView {
            role: goal.role,
            assignment: goal.assignment.clone(),
            review_on: goal.review_on.clone(),
            review_text: goal.review_on.as_deref().map(|d| self.say().iso_date(d)),
        }
    }

    fn history_item(&self, entry: &HistoryEntry, newest: bool) -> Result<HistoryItem, AppError> {
        let r = &entry.result;
        Ok(HistoryItem {
            id: r.id.to_string(),
            completed_at: r.completed_at,
            date_text: self.say().date(r.completed_at),
            label: r.label.clone(),
            scores: r.profile.roles.map(|s| s.score),
            mix: self.shown_profile(r)?.mix,
            goal: entry.goal.as_ref().map(|g| self.goal_view(g)),
            goal_open: newest && entry.goal.is_some(),
            reflections: entry.reflections,
            instrument_version: r.instrument_version,
        })
    }

    /// A result as a comparison needs it, with the noise as the app shows it.
    fn measured(&self, stored: &StoredResult) -> Result<Measured, AppError> {
        Ok(Measured {
            profile: self.shown_profile(stored)?,
            instrument_version: stored.instrument_version,
        })
    }

    /// The reflections of a result by question key.
    pub(crate) fn reflections_of(
        &self,
        id: AssessmentId,
    ) -> Result<BTreeMap<String, String>, AppError> {
        Ok(self
            .store
            .reflections(id)?
            .into_iter()
            .map(|(q, text)| (q.key().to_owned(), text))
            .collect())
    }

    /// The goal set on the result just before this one, with how its role
    /// changed since: what this result follows up.
    pub(crate) fn follow_up(
        &self,
        stored: &StoredResult,
    ) -> Result<Option<FollowUpView>, AppError> {
        let history = self.store.history()?;
        let Some(position) = history.iter().position(|e| e.result.id == stored.id) else {
            return Ok(None);
        };
        // Newest first: the one before this result is the next entry.
        let Some(previous) = history.get(position + 1) else {
            return Ok(None);
        };
        let Some(goal) = &previous.goal else {
            return Ok(None);
        };
        let changes = change(&self.measured(&previous.result)?, &self.measured(stored)?);
        Ok(Some(FollowUpView {
            from_id: previous.result.id.to_string(),
            from_date_text: self.say().date(previous.result.completed_at),
            from_label: previous.result.label.clone(),
            goal: self.goal_view(goal),
            change: RoleChangeView::from(&changes[goal.role.index()]),
        }))
    }

    /// Loads results by id, oldest first, refusing unknown ids and more than
    /// [`MAX_COMPARED`].
    pub(crate) fn selected(&self, ids: &[String]) -> Result<Vec<StoredResult>, AppError> {
        if ids.len() < 2 || ids.len() > MAX_COMPARED {
            return Err(AppError::from(ErrorCode::CompareCount));
        }
        let mut results = Vec::with_capacity(ids.len());
        for id in ids {
            let id = self.parse_id(id)?;
            if results.iter().any(|r: &StoredResult| r.id == id) {
                continue;
            }
            let result = self.stored_result(id)?;
            results.push(result);
        }
        if results.len() < 2 {
            return Err(AppError::from(ErrorCode::CompareCount));
        }
        results.sort_by_key(|r| r.completed_at);
        Ok(results)
    }

    /// When a result was completed, as one of `results`: its date, with the
    /// time added when another of them is from the same day, so each can be
    /// told apart (in the legend, the table, the time line and the report).
    pub(crate) fn moment_among(&self, result: &StoredResult, results: &[StoredResult]) -> String {
        let date = self.say().date(result.completed_at);
        let same_day = results
            .iter()
            .filter(|o| self.say().date(o.completed_at) == date)
            .count()
            > 1;
        if same_day {
            format!("{date} {}", clock_time(result.completed_at))
        } else {
            date
        }
    }

    fn legend_text(&self, result: &StoredResult, results: &[StoredResult]) -> String {
        let moment = self.moment_among(result, results);
        if result.label.is_empty() {
            moment
        } else {
            format!("{moment} – {}", result.label)
        }
    }

    /// The compare radar of the given results (oldest first).
    pub(crate) fn compare_radar(&self, results: &[StoredResult]) -> RadarChart {
        let mut radar = scan::radar(self, &results[0].profile);
        radar.axis_values = None;
        // Without values under the role names the chart needs less height;
        // the legend adds its own lines below.
        radar.size = (640, 520);
        radar.series = results
            .iter()
            .zip(SeriesStyle::COMPARE)
            .map(|(r, style)| RadarSeries {
                scores: r.profile.roles.map(|s| s.score),
                style,
            })
            .collect();
        radar.legend = results
            .iter()
            .map(|r| self.legend_text(r, results))
            .collect();
        radar
    }

    /// Each role over time, for three or more results.
    pub(crate) fn trend(&self, results: &[StoredResult]) -> TrendChart {
        TrendChart {
            size: (720, 400),
            role_names: self.say().roles(),
            points: results
                .iter()
                .map(|r| TrendPoint {
                    at_days: days(r.completed_at),
                    label: self.moment_among(r, results),
                    scores: r.profile.roles.map(|s| s.score),
                })
                .collect(),
        }
    }

    /// The comparison of `results` (oldest first) without its charts: the
    /// items, each change and whether it is beyond the noise. The window
    /// adds the charts as SVG; the PDF report draws them itself.
    pub(crate) fn comparison(&self, results: &[StoredResult]) -> Result<CompareView, AppError> {
        let measured = results
            .iter()
            .map(|r| self.measured(r))
            .collect::<Result<Vec<_>, _>>()?;
        let changes = measured
            .windows(2)
            .zip(results.windows(2))
            .map(|(m, r)| PairChange {
                from_id: r[0].id.to_string(),
                to_id: r[1].id.to_string(),
                roles: change(&m[0], &m[1])
                    .iter()
                    .map(RoleChangeView::from)
                    .collect(),
            })
            .collect();
        let overall = (results.len() > 2).then(|| {
            let (first, last) = (&measured[0], &measured[measured.len() - 1]);
            PairChange {
                from_id: results[0].id.to_string(),
                to_id: results[results.len() - 1].id.to_string(),
                roles: change(first, last)
                    .iter()
                    .map(RoleChangeView::from)
                    .collect(),
            }
        });
        Ok(CompareView {
            results: results
                .iter()
                .zip(SeriesStyle::COMPARE)
                .map(|(r, style)| CompareItem {
                    id: r.id.to_string(),
                    completed_at: r.completed_at,
                    date_text: self.moment_among(r, results),
                    label: r.label.clone(),
                    scores: r.profile.roles.map(|s| s.score),
                    colour: style.hex(),
                    dash: format!("{:?}", style.dash).to_lowercase(),
                    instrument_version: r.instrument_version,
                })
                .collect(),
            changes,
            overall,
            chart_svg: None,
            trend_svg: None,
        })
    }

    /// The results to chart for an export: one result (its own radar), or
    /// several (compare radar, or the time line).
    pub(crate) fn results_for_chart(&self, ids: &[String]) -> Result<Vec<StoredResult>, AppError> {
        if ids.len() == 1 {
            let id = self.parse_id(&ids[0])?;
            let result = self.stored_result(id)?;
            return Ok(vec![result]);
        }
        self.selected(ids)
    }
}
pub(crate) fn history(service: &Service) -> Result<Vec<HistoryItem>, AppError> {
    let entries = service.store.history()?;
    entries
        .iter()
        .enumerate()
        .map(|(i, entry)| service.history_item(entry, i == 0))
        .collect()
}

pub(crate) fn set_label(service: &mut Service, id: &str, label: &str) -> Result<String, AppError> {
    let id = service.parse_id(id)?;
    let label = clean_label(label)?;
    service.store.set_label(id, &label)?;
    Ok(label)
}

pub(crate) fn delete_result(service: &mut Service, id: &str) -> Result<(), AppError> {
    let id = service.parse_id(id)?;
    service.store.delete_result(id).map_err(AppError::from)
}

pub(crate) fn save_reflection(
    service: &mut Service,
    id: &str,
    question: &str,
    answer: &str,
) -> Result<(), AppError> {
    let id = service.parse_id(id)?;
    let question = ReflectionQuestion::from_key(question)
        .ok_or_else(|| AppError::from(ErrorCode::BadRequest))?;
    let answer = clean_note(answer)?;
    service
        .store
        .set_reflection(id, question, &answer, crate::state::now_ms())
        .map_err(AppError::from)
}

pub(crate) fn save_goal(
    service: &mut Service,
    id: &str,
    role: &str,
    assignment: &str,
    review_on: Option<&str>,
) -> Result<GoalView, AppError> {
    let id = service.parse_id(id)?;
    let role = Role::from_key(role).ok_or_else(|| AppError::from(ErrorCode::BadRequest))?;
    let goal = Goal::new(role, assignment, review_on)?;
    service
        .store
        .set_goal(id, Some(&goal), crate::state::now_ms())?;
    Ok(service.goal_view(&goal))
}

pub(crate) fn clear_goal(service: &mut Service, id: &str) -> Result<(), AppError> {
    let id = service.parse_id(id)?;
    service
        .store
        .set_goal(id, None, crate::state::now_ms())
        .map_err(AppError::from)
}

pub(crate) fn compare(service: &Service, ids: &[String]) -> Result<CompareView, AppError> {
    let results = service.selected(ids)?;
    let mut view = service.comparison(&results)?;
    view.chart_svg = svg_for_view(&service.compare_radar(&results));
    if results.len() >= 3 {
        view.trend_svg = svg_for_view(&service.trend(&results));
    }
    Ok(view)
}
