//! A scan: the one in progress, its answers, finishing it, and a result to
//! look at (with its radar chart).

use rolspiegel_charts::{RadarChart, RadarSeries, SeriesStyle};
use rolspiegel_core::{score, Answer, Answers, Profile, Role, ScoringError};
use rolspiegel_i18n::{format_decimal, Language};
use rolspiegel_storage::{AssessmentId, StoredResult};

use crate::error::{AppError, ErrorCode};
use crate::state;
use crate::state::{now_ms, statement_ids, svg_for_view, Service};
use crate::wire::{
    role_views, FinishOutcome, InstrumentView, Progress, ResultSummary, ResultView, ScanView,
    StartOutcome, Startup, WelcomeView,
};

impl Service {
    /// A completed result from the store, or "not found".
    pub(crate) fn stored_result(&self, id: AssessmentId) -> Result<StoredResult, AppError> {
        self.store
            .result(id)?
            .ok_or_else(|| AppError::from(ErrorCode::ResultNotFound))
    }

    fn result_view(&self, stored: &StoredResult) -> Result<ResultView, AppError> {
        let profile = self.shown_profile(stored)?;
        let mut view = self.result_facts_of(stored, &profile)?;
        view.chart_svg = svg_for_view(&radar(self, &profile));
        Ok(view)
    }

    /// A result's view without its chart: what the window shows around the
    /// chart, and what the PDF report puts into words (it draws the chart
    /// itself).
    pub(crate) fn result_facts(&self, stored: &StoredResult) -> Result<ResultView, AppError> {
        self.result_facts_of(stored, &self.shown_profile(stored)?)
    }

    fn result_facts_of(
        &self,
        stored: &StoredResult,
        profile: &Profile,
    ) -> Result<ResultView, AppError> {
        let goal = self.store.goal(stored.id)?;
        Ok(ResultView {
            id: stored.id.to_string(),
            completed_at: stored.completed_at,
            date_text: self.say().date(stored.completed_at),
            label: stored.label.clone(),
            instrument_version: stored.instrument_version,
            roles: role_views(profile),
            mix: profile.mix,
            basis: profile.basis,
            level: profile.level(),
            mean_score: profile.mean_score(),
            chart_svg: None,
            reflections: self.reflections_of(stored.id)?,
            goal: goal.as_ref().map(|g| self.goal_view(g)),
            follows_up: self.follow_up(stored)?,
        })
    }
}

pub(crate) fn current_scan(service: &Service) -> Result<Option<ScanView>, AppError> {
    let Some(draft) = service.store.draft()? else {
        return Ok(None);
    };
    let Some(instrument) = service.instruments.get(draft.instrument_version) else {
        return Ok(None);
    };
    Ok(Some(ScanView {
        assessment_id: draft.id.to_string(),
        instrument_version: instrument.version(),
        statements: statement_ids(instrument),
        answers: draft
            .answers
            .into_iter()
            .map(|(id, a)| (id, a.value()))
            .collect(),
    }))
}

pub(crate) fn start_scan(
    service: &mut Service,
    replacing: Option<&str>,
) -> Result<StartOutcome, AppError> {
    if let Some(draft) = service.store.draft()? {
        if replacing != Some(draft.id.to_string().as_str()) {
            let answered = draft.answers.len();
            return Ok(StartOutcome::InProgress {
                assessment_id: draft.id.to_string(),
                answered,
                scan: current_scan(service)?,
            });
        }
        service.store.discard(draft.id)?;
    }
    let instrument = service.instruments.current();
    let id = service.store.start(instrument.version(), now_ms())?;
    Ok(StartOutcome::Started {
        scan: ScanView {
            assessment_id: id.to_string(),
            instrument_version: instrument.version(),
            statements: statement_ids(instrument),
            answers: Default::default(),
        },
    })
}

pub(crate) fn save_answer(
    service: &mut Service,
    assessment_id: &str,
    statement_id: &str,
    value: Option<i64>,
) -> Result<Progress, AppError> {
    let id = service.parse_id(assessment_id)?;
    let answer = Answer::from_value(value)?;
    // Checked against the list this scan was started with.
    let version = service.store.require_scan(id)?;
    let instrument = service.instrument_of(version)?;
    if instrument.statement(statement_id).is_none() {
        return Err(AppError::from(ErrorCode::UnknownStatement));
    }
    let total = instrument.statements().len();
    service
        .store
        .save_answer(id, statement_id, answer, now_ms())?;
    let answered = service.store.answer_count(id)?;
    Ok(Progress { answered, total })
}

pub(crate) fn finish_scan(
    service: &mut Service,
    assessment_id: &str,
) -> Result<FinishOutcome, AppError> {
    let id = service.parse_id(assessment_id)?;
    // No scan, or one already completed, is said as such (not as
    // "too few answers").
    let version = service.store.require_scan(id)?;
    let instrument = service.instrument_of(version)?;
    let answers = Answers::from_given(instrument, service.store.answers(id)?)?;
    match score(instrument, &answers) {
        Ok(profile) => {
            service.store.complete(id, &profile, now_ms())?;
            Ok(FinishOutcome::Complete {
                result: Box::new(result(service, assessment_id)?),
            })
        }
        Err(ScoringError::Incomplete(shortfalls)) => Ok(FinishOutcome::Incomplete {
            shortfalls: shortfalls.iter().map(Into::into).collect(),
        }),
        Err(ScoringError::VersionMismatch { .. }) => Err(AppError::from(ErrorCode::BadRequest)),
    }
}

pub(crate) fn discard_scan(service: &mut Service, assessment_id: &str) -> Result<(), AppError> {
    let id = service.parse_id(assessment_id)?;
    service.store.discard(id).map_err(AppError::from)
}

pub(crate) fn result(service: &Service, id: &str) -> Result<ResultView, AppError> {
    let id = service.parse_id(id)?;
    let stored = service.stored_result(id)?;
    service.result_view(&stored)
}

pub(crate) fn results(service: &Service) -> Result<Vec<ResultSummary>, AppError> {
    let results = service.store.results()?;
    results
        .iter()
        .map(|r| {
            Ok(ResultSummary {
                id: r.id.to_string(),
                completed_at: r.completed_at,
                mix: service.shown_profile(r)?.mix,
            })
        })
        .collect()
}

pub(crate) fn radar(service: &Service, profile: &Profile) -> RadarChart {
    radar_in(service, service.language, profile)
}

pub(crate) fn radar_in(service: &Service, language: Language, profile: &Profile) -> RadarChart {
    let name = |role: Role| {
        service
            .localizer
            .text(language, &format!("role-{}-name", role.key()))
    };
    let margins = profile.margins();
    let words = crate::words::Words::new(&service.localizer, language);
    RadarChart {
        size: (640, 600),
        axis_labels: Role::ALL.map(name),
        // The score, and under it the range it most likely lies in.
        axis_values: Some(Role::ALL.map(|r| {
            let score = format_decimal(language, profile.of(r).score, 1, 1);
            match margins[r.index()] {
                Some(margin) => words.format(
                    "result-axis-value",
                    &[
                        ("score", score.into()),
                        ("low", margin.low.into()),
                        ("high", margin.high.into()),
                    ],
                ),
                None => score,
            }
        })),
        margins: margins
            .iter()
            .all(Option::is_some)
            .then(|| margins.map(|m| m.map_or((0.0, 0.0), |m| (m.low, m.high)))),
        spreads: None,
        ring_labels: [0.0, 25.0, 50.0, 75.0, 100.0].map(|v| format_decimal(language, v, 0, 0)),
        series: vec![RadarSeries {
            scores: profile.roles.map(|r| r.score),
            style: SeriesStyle::PROFILE,
        }],
        legend: Vec::new(),
    }
}

pub(crate) fn startup(service: &mut Service) -> Startup {
    Startup {
        language: service.language.code(),
        notices: service.notices.clone(),
        data_folder: state::data_folder(service),
        instrument: InstrumentView {
            version: state::instrument(service).version(),
            statements: statement_ids(state::instrument(service)),
        },
        // What the welcome screen shows, so the first screen needs no
        // further round trip; should reading fail, it asks again itself
        // and says why.
        welcome: match (current_scan(service), results(service)) {
            (Ok(scan), Ok(results)) => Some(WelcomeView { scan, results }),
            _ => None,
        },
    }
}
