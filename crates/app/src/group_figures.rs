//! A group's figures for the facilitator: the group view, projection mode
//! step by step, and the group's charts and spreadsheet as files. Nothing is
//! shown below [`MIN_GROUP_SIZE`] results, so no one can be singled out.

/// Projection steps: the empty triangle, the dots, the centre, then each
/// role's spread.
pub const PROJECTION_STEPS: usize = 6;

use std::cell::RefCell;

use rolspiegel_charts::{MixMap, RadarSeries, RoleSpread, SeriesStyle, SpreadChart};
use rolspiegel_core::{
    group_stats, quartiles, GroupStats, Profile, Role, MIN_GROUP_SIZE, MIN_QUALITY_RESULTS,
    SHAPE_FROM,
};
use rolspiegel_exchange::{table_csv, Cell};
use rolspiegel_i18n::{FluentArgs, Language};
use rolspiegel_storage::{Group, GroupId};

use crate::error::{AppError, ErrorCode};
use crate::files::{csv_error, render, SCORE_COLUMNS};
use crate::scan;
use crate::state::{svg_for_view, Service};
use crate::wire::{ChartFormat, GroupChart, GroupView, ParticipantView, ProjectionStep};

/// One group's figures and charts as last drawn, with what they were drawn
/// from: its results (the store's group generation) and
/// the language. Showing names, revealing, or opening the group again draws
/// nothing again unless one of those changed; the triangle is drawn once with
/// and once without names, when first asked for.
#[derive(Debug)]
struct Drawn {
    group: GroupId,
    generation: u64,
    language: Language,
    profiles: Vec<Profile>,
    names: Vec<String>,
    stats: Option<GroupStats>,
    radar: Option<String>,
    spread: Option<String>,
    /// Without names, with names.
    mix_map: [Option<Option<String>>; 2],
}

/// The group drawn last (a facilitator looks at one group at a time).
#[derive(Debug, Default)]
pub(crate) struct DrawnGroup(RefCell<Option<Drawn>>);

impl Service {
    /// The figures and charts of group `id` for the group view: from the
    /// last drawing when its results and the language are unchanged.
    fn drawn<T>(
        &self,
        id: GroupId,
        show_names: bool,
        use_it: impl FnOnce(&Drawn) -> T,
    ) -> Result<T, AppError> {
        let generation = self.store.group_generation();
        let mut kept = self.drawn_group.0.borrow_mut();
        let fresh = kept.as_ref().is_some_and(|d| {
            d.group == id && d.generation == generation && d.language == self.language
        });
        if !fresh {
            let (_, profiles, names) = self.loaded_group(id)?;
            let stats = group_stats(&profiles);
            let (radar, spread) = match &stats {
                Some(stats) => (
                    svg_for_view(&group_radar(self, &profiles, stats)),
                    svg_for_view(&spread(self, &profiles, stats)),
                ),
                None => (None, None),
            };
            *kept = Some(Drawn {
                group: id,
                generation,
                language: self.language,
                profiles,
                names,
                stats,
                radar,
                spread,
                mix_map: [None, None],
            });
        }
        let Some(drawn) = kept.as_mut() else {
            return Err(AppError::from(ErrorCode::GroupNotFound));
        };
        let slot = usize::from(show_names);
        if drawn.mix_map[slot].is_none() {
            drawn.mix_map[slot] = Some(drawn.stats.as_ref().and_then(|stats| {
                svg_for_view(&mix_map(
                    self,
                    &drawn.profiles,
                    &drawn.names,
                    stats,
                    show_names,
                ))
            }));
        }
        Ok(use_it(drawn))
    }

    pub(crate) fn loaded_group(
        &self,
        id: GroupId,
    ) -> Result<(Group, Vec<Profile>, Vec<String>), AppError> {
        let group = self
            .store
            .group(id)?
            .ok_or_else(|| AppError::from(ErrorCode::GroupNotFound))?;
        let members = self.store.member_profiles(id)?;
        let names = members.iter().map(|m| m.name.clone()).collect();
        Ok((
            group,
            members.into_iter().map(|m| m.profile).collect(),
            names,
        ))
    }
}
pub(crate) fn group_radar(
    service: &Service,
    profiles: &[Profile],
    stats: &GroupStats,
) -> rolspiegel_charts::RadarChart {
    let mut radar = scan::radar(service, &profiles[0]);
    // The frame of a person's chart, without that person's values or
    // margins (the first participant's would otherwise show on the group).
    radar.axis_values = None;
    radar.margins = None;
    radar.series = if drawn_as_shape(profiles.len()) {
        radar.spreads = Some(Box::new(role_spreads(profiles, stats)));
        Vec::new()
    } else {
        profiles
            .iter()
            .map(|p| RadarSeries {
                scores: p.roles.map(|r| r.score),
                style: SeriesStyle::PARTICIPANT,
            })
            .collect()
    };
    radar.series.push(RadarSeries {
        scores: stats.roles.map(|r| r.mean),
        style: if radar.spreads.is_some() {
            SeriesStyle::SHAPE_MEAN
        } else {
            SeriesStyle::GROUP_MEAN
        },
    });
    radar
}

/// Whether a group of `n` participants is drawn as its shape rather than
/// person by person (see [`SHAPE_FROM`]).
pub(crate) fn drawn_as_shape(n: usize) -> bool {
    n >= SHAPE_FROM
}

/// Each role's lowest, quartiles and highest score over the group.
pub(crate) fn role_spreads(profiles: &[Profile], stats: &GroupStats) -> [RoleSpread; 3] {
    Role::ALL.map(|role| {
        let figures = stats.roles[role.index()];
        let (q1, q3) = quartiles(profiles.iter().map(|p| p.of(role).score))
            .unwrap_or((figures.mean, figures.mean));
        RoleSpread {
            min: figures.min,
            q1,
            q3,
            max: figures.max,
        }
    })
}

pub(crate) fn mix_map(
    service: &Service,
    profiles: &[Profile],
    names: &[String],
    stats: &GroupStats,
    show_names: bool,
) -> MixMap {
    let shape = drawn_as_shape(profiles.len());
    MixMap {
        size: (600, 600),
        corner_labels: service.say().roles(),
        dots: profiles.iter().map(|p| p.roles.map(|r| r.share)).collect(),
        levels: profiles.iter().map(Profile::mean_score).collect(),
        // A shape has no one to name.
        names: if show_names && !shape {
            names.to_vec()
        } else {
            Vec::new()
        },
        centre: stats.centre,
        show_dots: true,
        show_centre: true,
        weight: 1.0,
        shape,
    }
}

pub(crate) fn spread(service: &Service, profiles: &[Profile], stats: &GroupStats) -> SpreadChart {
    SpreadChart {
        size: (720, 360),
        role_names: service.say().roles(),
        scores: profiles.iter().map(|p| p.roles.map(|r| r.score)).collect(),
        means: stats.roles.map(|r| r.mean),
        show_roles: [true; 3],
        weight: 1.0,
        shape: drawn_as_shape(profiles.len()),
    }
}

pub(crate) fn group_view(
    service: &Service,
    id: &str,
    show_names: bool,
) -> Result<GroupView, AppError> {
    let id = service.group_id(id)?;
    let group = service
        .store
        .group(id)?
        .ok_or_else(|| AppError::from(ErrorCode::GroupNotFound))?;
    let summary = service.group_summary(&group);
    let (view, stats) = service.drawn(id, show_names, |drawn| {
        let Some(stats) = &drawn.stats else {
            return (
                GroupView {
                    group: summary,
                    enough: false,
                    shape: false,
                    shape_from: SHAPE_FROM,
                    min_size: MIN_GROUP_SIZE,
                    min_quality: MIN_QUALITY_RESULTS,
                    stats: Vec::new(),
                    centre: None,
                    participants: Vec::new(),
                    radar_svg: None,
                    mix_map_svg: None,
                    spread_svg: None,
                    situation: None,
                },
                None,
            );
        };
        let view = GroupView {
            group: summary,
            enough: true,
            shape: drawn_as_shape(drawn.profiles.len()),
            shape_from: SHAPE_FROM,
            min_size: MIN_GROUP_SIZE,
            min_quality: MIN_QUALITY_RESULTS,
            stats: stats.roles.to_vec(),
            centre: Some(stats.centre),
            participants: drawn
                .profiles
                .iter()
                .zip(&drawn.names)
                .enumerate()
                .map(|(i, (p, name))| ParticipantView {
                    number: i + 1,
                    name: (show_names && !name.is_empty()).then(|| name.clone()),
                    scores: p.roles.map(|r| r.score),
                    shares: p.roles.map(|r| r.share),
                })
                .collect(),
            radar_svg: drawn.radar.clone(),
            mix_map_svg: drawn.mix_map[usize::from(show_names)].clone().flatten(),
            spread_svg: drawn.spread.clone(),
            situation: None,
        };
        (view, Some(*stats))
    })?;
    Ok(GroupView {
        situation: crate::situations::group_situation_view(service, id, stats.as_ref())?,
        ..view
    })
}

pub(crate) fn projection_step(
    service: &Service,
    id: &str,
    step: usize,
) -> Result<ProjectionStep, AppError> {
    let id = service.group_id(id)?;
    let (group, profiles, names) = service.loaded_group(id)?;
    let stats = group_stats(&profiles).ok_or_else(|| AppError::from(ErrorCode::GroupTooSmall))?;
    // A last step when the group's shared situation has enough ratings:
    // the group's mix next to what the participants say it asks.
    let situation = crate::situations::assignment(service, id)?
        .and_then(|a| a.asked.map(|asked| (a.situation.name, asked, a.ratings)));
    let steps = PROJECTION_STEPS + usize::from(situation.is_some());
    let step = step.min(steps - 1);
    if let (true, Some((name, asked, ratings))) = (step == PROJECTION_STEPS, &situation) {
        let mut radar = service.group_situation_radar(&stats, asked, name);
        radar.size = (720, 600);
        return Ok(ProjectionStep {
            name: group.name,
            count: profiles.len(),
            step,
            steps,
            caption: service.say().format(
                "projection-situation",
                &[("name", name.clone().into()), ("count", (*ratings).into())],
            ),
            svg: svg_for_view(&radar),
        });
    }
    let (caption_id, svg) = if step <= 2 {
        let mut map = mix_map(service, &profiles, &names, &stats, false);
        map.weight = 2.0;
        map.show_dots = step >= 1;
        map.show_centre = step >= 2;
        let id = [
            "projection-triangle",
            if map.shape {
                "projection-dots-shape"
            } else {
                "projection-dots"
            },
            "projection-centre",
        ][step];
        (id, svg_for_view(&map))
    } else {
        let mut spread = spread(service, &profiles, &stats);
        spread.weight = 2.0;
        spread.show_roles = [0, 1, 2].map(|i| i <= step - 3);
        (
            [
                "projection-spread-1",
                "projection-spread-2",
                "projection-spread-3",
            ][step - 3],
            svg_for_view(&spread),
        )
    };
    let mut args = FluentArgs::new();
    // Shown, never chosen by: grouped as the window's numbers are.
    args.set(
        "count",
        rolspiegel_i18n::format_count(service.language, profiles.len()),
    );
    let role = Role::ALL[step.saturating_sub(3).min(2)];
    args.set("role", service.say().role(role));
    Ok(ProjectionStep {
        name: group.name,
        count: profiles.len(),
        step,
        steps,
        caption: service
            .localizer
            .message(service.language, caption_id, Some(&args))
            .unwrap_or_default(),
        svg,
    })
}

pub(crate) fn export_group_chart(
    service: &Service,
    id: &str,
    chart: GroupChart,
    format: ChartFormat,
    show_names: bool,
) -> Result<Vec<u8>, AppError> {
    let id = service.group_id(id)?;
    let (_, profiles, names) = service.loaded_group(id)?;
    let stats = group_stats(&profiles).ok_or_else(|| AppError::from(ErrorCode::GroupTooSmall))?;
    let drawn = match chart {
        GroupChart::Radar => render(&group_radar(service, &profiles, &stats), format),
        GroupChart::MixMap => render(
            &mix_map(service, &profiles, &names, &stats, show_names),
            format,
        ),
        GroupChart::Spread => render(&spread(service, &profiles, &stats), format),
    };
    service.chart_bytes(drawn)
}

pub(crate) fn export_group_csv(
    service: &Service,
    id: &str,
    show_names: bool,
) -> Result<Vec<u8>, AppError> {
    let id = service.group_id(id)?;
    let (_, profiles, names) = service.loaded_group(id)?;
    if profiles.len() < MIN_GROUP_SIZE {
        return Err(AppError::from(ErrorCode::GroupTooSmall));
    }
    let text = |id: &str| service.localizer.text(service.language, id);
    let mut headers = vec![text("group-csv-number")];
    if show_names {
        headers.push(text("group-csv-name"));
    }
    headers.extend(SCORE_COLUMNS.map(text));
    let rows = profiles
        .iter()
        .zip(&names)
        .enumerate()
        .map(|(i, (p, name))| {
            let mut row = vec![Cell::Text((i + 1).to_string())];
            if show_names {
                row.push(Cell::Text(name.clone()));
            }
            row.extend(p.roles.iter().map(|r| Cell::Number(r.score)));
            row.extend(p.roles.iter().map(|r| Cell::Number(r.share)));
            row
        });
    table_csv(&headers, rows, service.csv_style()).map_err(csv_error)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rolspiegel_core::RoleScore;

    fn profile(scores: [f64; 3]) -> Profile {
        let sum: f64 = scores.iter().sum();
        Profile::from_scores(Role::ALL.map(|role| RoleScore {
            role,
            score: scores[role.index()],
            share: 100.0 * scores[role.index()] / sum,
            answered: 14,
            total: 14,
            variance: None,
        }))
    }

    #[test]
    fn a_small_group_drawn_as_its_shape_has_the_hand_computed_bands() {
        // Four participants. Bureaucraat 10, 20, 30, 40: quartiles at sorted
        // positions 0.75 and 2.25 → 17.5 and 32.5; Ondernemer 50, 50, 60, 90
        // → 50 and 67.5; Verbinder 80 four times → 80 and 80.
        let profiles = [
            profile([10.0, 50.0, 80.0]),
            profile([40.0, 90.0, 80.0]),
            profile([20.0, 60.0, 80.0]),
            profile([30.0, 50.0, 80.0]),
        ];
        let stats = group_stats(&profiles).expect("four");
        let spreads = role_spreads(&profiles, &stats);
        let want = [
            RoleSpread {
                min: 10.0,
                q1: 17.5,
                q3: 32.5,
                max: 40.0,
            },
            RoleSpread {
                min: 50.0,
                q1: 50.0,
                q3: 67.5,
                max: 90.0,
            },
            RoleSpread {
                min: 80.0,
                q1: 80.0,
                q3: 80.0,
                max: 80.0,
            },
        ];
        assert_eq!(spreads, want);
        assert!(!drawn_as_shape(SHAPE_FROM - 1));
        assert!(drawn_as_shape(SHAPE_FROM));
    }
}
