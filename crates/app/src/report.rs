//! The PDF reports, in the current language: one result to take to a coach,
//! a career conversation or a manager; a comparison of results over time;
//! and a group's anonymous report for a facilitator. This module decides
//! what goes in and puts it into words; `rolspiegel-report` lays it out and
//! writes the accessible PDF.

use rolspiegel_core::{group_stats, ReflectionQuestion, Role, MIN_GROUP_SIZE};
use rolspiegel_i18n::Language;
use rolspiegel_report::{
    render, Block, Chart, Figure, ParagraphStyle, Report, ReportError, Table, TableRow,
};

use crate::error::{AppError, ErrorCode};
use crate::group_figures;
use crate::scan;
use crate::state;
use crate::state::{now_ms, Service};
use crate::wire::{CompareItem, PairChange};

/// A heading block.
fn heading(level: u8, text: String) -> Block {
    Block::Heading { level, text }
}

/// A paragraph block.
fn paragraph(text: String, style: ParagraphStyle) -> Block {
    Block::Paragraph { text, style }
}

/// A chart with its alternative text, `width` a share of the text width.
fn figure(chart: Chart, alt: String, width: f32) -> Block {
    Block::Figure(Box::new(Figure { chart, alt, width }))
}

fn report_error(error: ReportError) -> AppError {
    AppError::because(ErrorCode::Report, error)
}

impl Service {
    /// The document language tag.
    fn language_tag(&self) -> &'static str {
        match self.language {
            Language::Nl => "nl",
            Language::En => "en",
        }
    }

    /// The report around `blocks`, with the title on the first page and
    /// the page numbers at the foot of each.
    fn write_report(&self, title: String, mut blocks: Vec<Block>) -> Result<Vec<u8>, AppError> {
        blocks.insert(0, heading(1, title.clone()));
        let report = Report {
            title: title.clone(),
            language: self.language_tag().to_string(),
            creator: "Rolspiegel".into(),
            footer: Box::new(|page, pages| {
                self.say().format(
                    "report-footer",
                    &[
                        ("title", title.clone().into()),
                        ("page", page.into()),
                        ("pages", pages.into()),
                    ],
                )
            }),
            blocks,
        };
        render(&report).map_err(report_error)
    }

    /// "Gemaakt op … met Rolspiegel."
    fn made_on(&self) -> Block {
        paragraph(
            self.say()
                .format("report-made", &[("date", self.say().date(now_ms()).into())]),
            ParagraphStyle::Small,
        )
    }

    /// What the scores do and do not say, closing every report.
    fn closing_note(&self) -> Vec<Block> {
        vec![
            heading(2, state::text(self, "report-note-heading")),
            paragraph(state::text(self, "report-note"), ParagraphStyle::Body),
        ]
    }
}
pub(crate) fn result_report(service: &Service, id: &str) -> Result<Vec<u8>, AppError> {
    let stored = service.stored_result(service.parse_id(id)?)?;
    let profile = service.shown_profile(&stored)?;
    let view = service.result_facts(&stored)?;
    let mut blocks = vec![paragraph(
        service
            .say()
            .format("result-date", &[("date", view.date_text.clone().into())]),
        ParagraphStyle::Body,
    )];
    if !view.label.is_empty() {
        blocks.push(paragraph(
            service
                .say()
                .format("report-label", &[("label", view.label.clone().into())]),
            ParagraphStyle::Body,
        ));
    }
    blocks.push(paragraph(
        service.say().format(
            "report-list",
            &[("version", view.instrument_version.into())],
        ),
        ParagraphStyle::Body,
    ));
    blocks.push(service.made_on());
    blocks.push(paragraph(
        service.say().mix("result-mix", view.mix),
        ParagraphStyle::Lead,
    ));
    blocks.push(paragraph(
        service.say().format(
            &format!("result-level-{}", level_key(view.level)),
            &[("mean", view.mean_score.into())],
        ),
        ParagraphStyle::Body,
    ));
    blocks.push(figure(
        Chart::Radar(scan::radar(service, &profile)),
        service.say().chart_label(&profile),
        0.62,
    ));
    blocks.push(Block::Table(Table {
        caption: state::text(service, "result-table-caption"),
        columns: [
            "result-table-role",
            "result-table-score",
            "result-table-margin",
            "result-table-share",
            "result-table-counted",
        ]
        .map(|id| state::text(service, id))
        .to_vec(),
        rows: view
            .roles
            .iter()
            .map(|r| TableRow {
                head: service.say().role(r.role),
                cells: vec![
                    service
                        .say()
                        .format("result-score", &[("score", r.score.into())]),
                    r.margin
                        .map(|m| service.say().margin(m))
                        .unwrap_or_else(|| "–".to_owned()),
                    service
                        .say()
                        .format("result-share", &[("share", r.percent.into())]),
                    service.say().format(
                        "result-counted",
                        &[("answered", r.answered.into()), ("total", r.total.into())],
                    ),
                ],
            })
            .collect(),
    }));
    blocks.push(paragraph(
        state::text(service, "result-scale-note"),
        ParagraphStyle::Small,
    ));
    // The method note: what a margin is, and which spread it comes from.
    blocks.push(paragraph(
        format!(
            "{} {}",
            state::text(service, "result-margin-note"),
            service.say().noise_basis(view.basis)
        ),
        ParagraphStyle::Small,
    ));

    blocks.push(heading(2, state::text(service, "report-mix-heading")));
    blocks.push(paragraph(
        service.say().mix("result-mix-advice", view.mix),
        ParagraphStyle::Body,
    ));
    blocks.push(paragraph(
        state::text(service, "result-mix-meaning"),
        ParagraphStyle::Body,
    ));

    blocks.push(heading(2, state::text(service, "result-roles-heading")));
    for role in Role::ALL {
        blocks.push(heading(3, service.say().role(role)));
        for part in ["stands-for", "strengths", "pitfalls", "situations"] {
            blocks.push(paragraph(
                state::text(service, &format!("result-role-{part}")),
                ParagraphStyle::Strong,
            ));
            blocks.push(paragraph(
                state::text(service, &format!("role-{}-{part}", role.key())),
                ParagraphStyle::Body,
            ));
        }
    }

    blocks.push(heading(2, state::text(service, "result-reflect-heading")));
    let mut answered = false;
    for (index, question) in ReflectionQuestion::ALL.iter().enumerate() {
        if let Some(answer) = view.reflections.get(question.key()) {
            if answer.trim().is_empty() {
                continue;
            }
            answered = true;
            blocks.push(heading(
                3,
                state::text(service, &format!("result-reflect-{}", index + 1)),
            ));
            blocks.push(paragraph(answer.clone(), ParagraphStyle::Quote));
        }
    }
    if !answered {
        blocks.push(paragraph(
            state::text(service, "report-reflections-none"),
            ParagraphStyle::Body,
        ));
    }

    blocks.push(heading(2, state::text(service, "goal-heading")));
    match &view.goal {
        Some(goal) => {
            blocks.push(paragraph(
                service.say().format(
                    "report-goal-role",
                    &[("role", service.say().role(goal.role).into())],
                ),
                ParagraphStyle::Body,
            ));
            blocks.push(paragraph(goal.assignment.clone(), ParagraphStyle::Quote));
            if let Some(date) = &goal.review_text {
                blocks.push(paragraph(
                    service
                        .say()
                        .format("report-goal-review", &[("date", date.clone().into())]),
                    ParagraphStyle::Body,
                ));
            }
        }
        None => blocks.push(paragraph(
            state::text(service, "report-goal-none"),
            ParagraphStyle::Body,
        )),
    }
    blocks.extend(situation_blocks(service, &stored, &profile)?);
    blocks.extend(colleague_blocks(service, &stored, &profile)?);
    blocks.extend(service.closing_note());
    service.write_report(state::text(service, "report-title"), blocks)
}

/// "Wat vraagt de situatie?": each situation's latest rating (of a list
/// this build knows) beside the result, as on the screen: the radar with
/// both, the verdict per role in words and the figures in a table. Nothing
/// when there is no situation.
fn situation_blocks(
    service: &Service,
    stored: &rolspiegel_core::StoredResult,
    own: &rolspiegel_core::Profile,
) -> Result<Vec<Block>, AppError> {
    let say = service.say();
    let number = |v: f64| rolspiegel_i18n::format_decimal(service.language, v, 1, 1);
    let signed = |v: f64| {
        if v > 0.0 {
            format!("+{}", number(v))
        } else {
            number(v)
        }
    };
    let mut blocks = Vec::new();
    for entry in service.store.situations()? {
        let Some(rating) = entry
            .ratings
            .iter()
            .find(|r| service.situation_lists.get(r.list_version).is_some())
        else {
            continue;
        };
        let name = &entry.situation.name;
        let (gaps, radar) = service.beside(own, rating, stored, name);
        let verdict = |g: &rolspiegel_core::RoleGap| difference_key(g.asks);
        if blocks.is_empty() {
            blocks.push(heading(
                2,
                state::text(service, "report-situations-heading"),
            ));
            blocks.push(paragraph(
                state::text(service, "report-situations-intro"),
                ParagraphStyle::Body,
            ));
        }
        blocks.push(heading(
            3,
            say.format("situation-heading", &[("name", name.clone().into())]),
        ));
        blocks.push(paragraph(
            say.format(
                "situation-rated-on",
                &[("date", say.date(rating.completed_at).into())],
            ),
            ParagraphStyle::Small,
        ));
        if !entry.situation.note.is_empty() {
            blocks.push(paragraph(
                entry.situation.note.clone(),
                ParagraphStyle::Quote,
            ));
        }
        let part = |pick: fn(&rolspiegel_core::RoleGap) -> f64| {
            say.scores(gaps.iter().map(|g| (g.role, pick(g))))
        };
        blocks.push(figure(
            Chart::Radar(radar),
            say.format(
                "situation-chart-label",
                &[
                    ("own", part(|g| g.own).into()),
                    ("asked", part(|g| g.asked).into()),
                ],
            ),
            0.62,
        ));
        for g in &gaps {
            blocks.push(paragraph(
                say.format(
                    &format!("situation-asks-{}", verdict(g)),
                    &[("role", say.role(g.role).into())],
                ),
                ParagraphStyle::Body,
            ));
        }
        blocks.push(Block::Table(Table {
            caption: state::text(service, "situation-table-caption"),
            columns: [
                "situation-table-role",
                "situation-table-own",
                "situation-table-asked",
                "situation-table-gap",
                "situation-table-verdict",
            ]
            .map(|id| state::text(service, id))
            .to_vec(),
            rows: gaps
                .iter()
                .map(|g| TableRow {
                    head: say.role(g.role),
                    cells: vec![
                        number(g.own),
                        number(g.asked),
                        match g.band {
                            Some(band) => say.format(
                                "situation-gap-band",
                                &[("gap", signed(g.gap).into()), ("band", number(band).into())],
                            ),
                            None => say.format("situation-gap", &[("gap", signed(g.gap).into())]),
                        },
                        state::text(service, &format!("situation-verdict-{}", verdict(g))),
                    ],
                })
                .collect(),
        }));
    }
    if !blocks.is_empty() {
        blocks.push(paragraph(
            state::text(service, "situation-how"),
            ParagraphStyle::Small,
        ));
    }
    Ok(blocks)
}

/// "Hoe zien collega's jou?": each request to colleagues that at least
/// [`rolspiegel_core::MIN_COLLEAGUES`] colleagues answered, beside this
/// result, as on the screen: the radar with the colleagues' mean and range,
/// the verdict per role in words and the figures in a table. Never one
/// colleague's answers: not their scores, and not their open answers,
/// which stay in the app. Nothing when no request has enough answers.
fn colleague_blocks(
    service: &Service,
    stored: &rolspiegel_core::StoredResult,
    own: &rolspiegel_core::Profile,
) -> Result<Vec<Block>, AppError> {
    use rolspiegel_core::{colleagues_view, MIN_COLLEAGUES};
    let say = service.say();
    let number = |v: f64| rolspiegel_i18n::format_decimal(service.language, v, 1, 1);
    let mut blocks = Vec::new();
    for (request, _) in service.store.requests()? {
        let responses = service.store.responses(request.id)?;
        let profiles = crate::colleagues::scored(service, &request, &responses);
        if profiles.len() < MIN_COLLEAGUES {
            continue;
        }
        let Some(view) = colleagues_view(own, &profiles) else {
            continue;
        };
        if blocks.is_empty() {
            blocks.push(heading(
                2,
                state::text(service, "report-colleagues-heading"),
            ));
            blocks.push(paragraph(
                state::text(service, "report-colleagues-intro"),
                ParagraphStyle::Body,
            ));
        }
        blocks.push(heading(
            3,
            say.format(
                "colleague-heading",
                &[("date", say.date(request.created_at).into())],
            ),
        ));
        blocks.push(paragraph(
            say.format("colleague-counted", &[("count", profiles.len().into())]),
            ParagraphStyle::Body,
        ));
        let part = |pick: fn(&rolspiegel_core::ColleagueRole) -> f64| {
            say.scores(view.iter().map(|r| (r.role, pick(r))))
        };
        blocks.push(figure(
            Chart::Radar(service.colleague_radar(own, &view, stored)),
            say.format(
                "colleague-chart-label",
                &[
                    ("own", part(|r| r.own).into()),
                    ("mean", part(|r| r.mean).into()),
                ],
            ),
            0.62,
        ));
        for r in &view {
            blocks.push(paragraph(
                say.format(
                    &format!("colleague-seen-{}", difference_key(r.seen)),
                    &[("role", say.role(r.role).into())],
                ),
                ParagraphStyle::Body,
            ));
        }
        blocks.push(Block::Table(Table {
            caption: state::text(service, "colleague-table-caption"),
            columns: [
                "colleague-table-role",
                "colleague-table-own",
                "colleague-table-mean",
                "colleague-table-range",
                "colleague-table-verdict",
            ]
            .map(|id| state::text(service, id))
            .to_vec(),
            rows: view
                .iter()
                .map(|r| TableRow {
                    head: say.role(r.role),
                    cells: vec![
                        number(r.own),
                        number(r.mean),
                        say.format(
                            "colleague-range",
                            &[
                                ("low", number(r.lowest).into()),
                                ("high", number(r.highest).into()),
                            ],
                        ),
                        state::text(
                            service,
                            &format!("colleague-verdict-{}", difference_key(r.seen)),
                        ),
                    ],
                })
                .collect(),
        }));
    }
    if !blocks.is_empty() {
        for id in [
            "colleague-how",
            "colleague-hidden-strength",
            "colleague-blind-spot",
        ] {
            blocks.push(paragraph(state::text(service, id), ParagraphStyle::Small));
        }
    }
    Ok(blocks)
}

pub(crate) fn compare_report(service: &Service, ids: &[String]) -> Result<Vec<u8>, AppError> {
    let results = service.selected(ids)?;
    let view = service.comparison(&results)?;
    let title = |item: &CompareItem| {
        if item.label.is_empty() {
            item.date_text.clone()
        } else {
            format!("{} – {}", item.date_text, item.label)
        }
    };
    let items: Vec<String> = view
        .results
        .iter()
        .map(|r| {
            service.say().format(
                "compare-chart-item",
                &[
                    ("title", title(r).into()),
                    ("bureaucraat", r.scores[0].into()),
                    ("ondernemer", r.scores[1].into()),
                    ("verbinder", r.scores[2].into()),
                ],
            )
        })
        .collect();
    let mut blocks = vec![service.made_on()];
    blocks.push(figure(
        Chart::Radar(service.compare_radar(&results)),
        format!(
            "{} {}",
            state::text(service, "compare-chart-label"),
            items.join(" ")
        ),
        0.62,
    ));
    blocks.push(Block::Table(Table {
        caption: state::text(service, "compare-table-caption"),
        columns: std::iter::once(state::text(service, "compare-table-result"))
            .chain(Role::ALL.map(|r| service.say().role(r)))
            .collect(),
        rows: view
            .results
            .iter()
            .enumerate()
            .map(|(index, r)| TableRow {
                head: title(r),
                cells: (0..3)
                    .map(|i| {
                        let score = service
                            .say()
                            .format("result-score", &[("score", r.scores[i].into())]);
                        match index.checked_sub(1).and_then(|p| view.changes.get(p)) {
                            Some(change) => {
                                format!("{score} ({})", service.say().delta(change.roles[i].delta))
                            }
                            None => score,
                        }
                    })
                    .collect(),
            })
            .collect(),
    }));

    blocks.push(heading(2, state::text(service, "compare-noise-heading")));
    blocks.push(paragraph(
        state::text(service, "compare-noise-intro"),
        ParagraphStyle::Body,
    ));
    let versions = view.results.iter().map(|r| r.instrument_version);
    let (first, last) = (versions.clone().min(), versions.max());
    if first != last {
        blocks.push(paragraph(
            service.say().format(
                "compare-lists-differ",
                &[
                    ("first", first.unwrap_or_default().into()),
                    ("last", last.unwrap_or_default().into()),
                ],
            ),
            ParagraphStyle::Body,
        ));
    }
    let find = |id: &str| view.results.iter().find(|r| r.id == id).map(title);
    let mut pairs: Vec<(String, &PairChange)> = view
        .changes
        .iter()
        .map(|c| {
            let heading = service.say().format(
                "compare-pair",
                &[
                    ("from", find(&c.from_id).unwrap_or_default().into()),
                    ("to", find(&c.to_id).unwrap_or_default().into()),
                ],
            );
            (heading, c)
        })
        .collect();
    if let Some(overall) = &view.overall {
        let heading = service.say().format(
            "compare-overall",
            &[
                ("from", find(&overall.from_id).unwrap_or_default().into()),
                ("to", find(&overall.to_id).unwrap_or_default().into()),
            ],
        );
        pairs.push((heading, overall));
    }
    for (pair, change) in pairs {
        blocks.push(heading(3, pair));
        for c in &change.roles {
            let (role, delta) = (service.say().role(c.role), service.say().delta(c.delta));
            let verdict = match c.range {
                Some(range) => service.say().format(
                    "compare-verdict-range",
                    &[
                        ("role", role.into()),
                        ("delta", delta.into()),
                        ("range", service.say().change_range(range).into()),
                    ],
                ),
                None => service.say().format(
                    "compare-verdict",
                    &[("role", role.into()), ("delta", delta.into())],
                ),
            };
            blocks.push(paragraph(
                format!("{verdict} {}", service.say().noise(c.noise)),
                ParagraphStyle::Body,
            ));
        }
    }
    blocks.push(paragraph(
        state::text(service, "compare-noise-method"),
        ParagraphStyle::Small,
    ));
    if results.len() >= 3 {
        blocks.push(heading(2, state::text(service, "compare-trend-heading")));
        blocks.push(paragraph(
            state::text(service, "compare-trend-intro"),
            ParagraphStyle::Body,
        ));
        blocks.push(figure(
            Chart::Trend(service.trend(&results)),
            format!(
                "{} {}",
                state::text(service, "report-trend-label"),
                items.join(" ")
            ),
            1.0,
        ));
    }
    blocks.extend(service.closing_note());
    service.write_report(
        service
            .say()
            .format("compare-heading", &[("count", view.results.len().into())]),
        blocks,
    )
}

pub(crate) fn group_report(service: &Service, id: &str) -> Result<Vec<u8>, AppError> {
    let group_id = service.group_id(id)?;
    let (group, profiles, _) = service.loaded_group(group_id)?;
    let stats = group_stats(&profiles).ok_or_else(|| AppError::from(ErrorCode::GroupTooSmall))?;
    let summary = service.group_summary(&group);
    let count = profiles.len();
    let means = service.say().format(
        "report-group-means",
        &[
            ("bureaucraat", stats.roles[0].mean.into()),
            ("ondernemer", stats.roles[1].mean.into()),
            ("verbinder", stats.roles[2].mean.into()),
        ],
    );
    let mut blocks = vec![paragraph(
        service.say().format(
            "group-meta",
            &[
                ("count", count.into()),
                ("date", summary.held_text.clone().unwrap_or_default().into()),
                (
                    "dated",
                    if summary.held_text.is_some() {
                        "yes"
                    } else {
                        "no"
                    }
                    .into(),
                ),
            ],
        ),
        ParagraphStyle::Body,
    )];
    blocks.push(service.made_on());
    blocks.push(paragraph(
        service
            .say()
            .format("report-group-anonymous", &[("min", MIN_GROUP_SIZE.into())]),
        ParagraphStyle::Body,
    ));
    blocks.push(Block::Table(Table {
        caption: state::text(service, "group-stats-caption"),
        columns: [
            "group-stats-role",
            "group-stats-n",
            "group-stats-mean",
            "group-stats-sd",
            "group-stats-range",
        ]
        .map(|id| state::text(service, id))
        .to_vec(),
        rows: stats
            .roles
            .iter()
            .map(|s| TableRow {
                head: service.say().role(s.role),
                cells: vec![
                    s.n.to_string(),
                    service
                        .say()
                        .format("result-score", &[("score", s.mean.into())]),
                    service
                        .say()
                        .format("result-score", &[("score", s.sd.into())]),
                    service.say().format(
                        "group-range",
                        &[("min", s.min.into()), ("max", s.max.into())],
                    ),
                ],
            })
            .collect(),
    }));
    let sections = [
        (
            "group-mixmap",
            Chart::MixMap(group_figures::mix_map(
                service,
                &profiles,
                &[],
                &stats,
                false,
            )),
            0.7,
        ),
        (
            "group-spread",
            Chart::Spread(group_figures::spread(service, &profiles, &stats)),
            1.0,
        ),
        (
            "group-radar",
            Chart::Radar(group_figures::group_radar(service, &profiles, &stats)),
            0.62,
        ),
    ];
    // A big group is drawn as its shape, and said so.
    let shape = if group_figures::drawn_as_shape(profiles.len()) {
        "-shape"
    } else {
        ""
    };
    for (key, chart, width) in sections {
        blocks.push(heading(
            2,
            state::text(service, &format!("{key}-heading{shape}")),
        ));
        blocks.push(paragraph(
            state::text(service, &format!("{key}-intro{shape}")),
            ParagraphStyle::Body,
        ));
        let label = service.say().format(
            &format!("report-{key}-label{shape}"),
            &[(
                "count",
                rolspiegel_i18n::format_count(service.language, count).into(),
            )],
        );
        blocks.push(figure(chart, format!("{label} {means}"), width));
    }
    blocks.extend(group_situation_blocks(service, group_id, &stats)?);
    blocks.extend(service.closing_note());
    service.write_report(
        service
            .say()
            .format("report-group-title", &[("name", group.name.clone().into())]),
        blocks,
    )
}

/// The group's assignment, as the group view shows it: what the
/// participants say it asks next to the group's mix, from three ratings on.
fn group_situation_blocks(
    service: &Service,
    group: rolspiegel_core::GroupId,
    stats: &rolspiegel_core::GroupStats,
) -> Result<Vec<Block>, AppError> {
    let Some(assignment) = crate::situations::assignment(service, group)? else {
        return Ok(Vec::new());
    };
    let view = crate::situations::view_of(service, &assignment, Some(stats));
    let say = service.say();
    let number = |v: f64| rolspiegel_i18n::format_decimal(service.language, v, 1, 1);
    let mut blocks = vec![heading(
        2,
        say.format(
            "group-situation-figures-heading",
            &[("name", view.name.clone().into())],
        ),
    )];
    if !view.enough {
        blocks.push(paragraph(
            say.format("group-situation-too-few", &[("count", view.ratings.into())]),
            ParagraphStyle::Body,
        ));
        return Ok(blocks);
    }
    blocks.push(paragraph(
        say.format("group-situation-count", &[("count", view.ratings.into())]),
        ParagraphStyle::Body,
    ));
    for r in &view.roles {
        let key = difference_key(r.asks);
        blocks.push(paragraph(
            say.format(
                &format!("group-situation-asks-{key}"),
                &[("role", say.role(r.role).into())],
            ),
            ParagraphStyle::Body,
        ));
    }
    if let Some(asked) = assignment.asked {
        let part = |pick: &dyn Fn(&crate::wire::GroupSituationRole) -> f64| {
            say.scores(view.roles.iter().map(|r| (r.role, pick(r))))
        };
        blocks.push(figure(
            Chart::Radar(service.group_situation_radar(stats, &asked, &view.name)),
            say.format(
                "group-situation-chart-label",
                &[
                    ("group", part(&|r| r.group_mean.unwrap_or_default()).into()),
                    ("asked", part(&|r| r.asked.mean).into()),
                ],
            ),
            0.62,
        ));
    }
    blocks.push(Block::Table(Table {
        caption: state::text(service, "group-situation-table-caption"),
        columns: [
            "situation-table-role",
            "group-situation-table-group",
            "group-situation-table-asked",
            "group-situation-table-sd",
            "group-situation-table-range",
        ]
        .map(|id| state::text(service, id))
        .to_vec(),
        rows: view
            .roles
            .iter()
            .map(|r| TableRow {
                head: say.role(r.role),
                cells: vec![
                    r.group_mean.map_or_else(|| "–".to_owned(), number),
                    number(r.asked.mean),
                    number(r.asked.sd),
                    say.format(
                        "group-situation-range",
                        &[
                            ("min", number(r.asked.min).into()),
                            ("max", number(r.asked.max).into()),
                        ],
                    ),
                ],
            })
            .collect(),
    }));
    blocks.push(paragraph(
        state::text(service, "group-situation-how"),
        ParagraphStyle::Small,
    ));
    Ok(blocks)
}

/// A verdict's part of a message id, as the UI's: `more`, `about`, `less`,
/// or `unknown` without one (`situation-asks-<key>`, `colleague-seen-<key>`).
fn difference_key(difference: Option<rolspiegel_core::Difference>) -> &'static str {
    match difference {
        Some(rolspiegel_core::Difference::More) => "more",
        Some(rolspiegel_core::Difference::About) => "about",
        Some(rolspiegel_core::Difference::Less) => "less",
        None => "unknown",
    }
}

fn level_key(level: rolspiegel_core::Level) -> &'static str {
    match level {
        rolspiegel_core::Level::High => "high",
        rolspiegel_core::Level::Middle => "middle",
        rolspiegel_core::Level::Low => "low",
    }
}
