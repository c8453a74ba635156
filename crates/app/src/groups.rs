//! Workshop groups for the facilitator: collecting participants' files,
//! the group's figures and charts, projection steps and group exports.

use rolspiegel_charts::{Chart, MixMap, RadarSeries, SeriesStyle, SpreadChart};
use rolspiegel_core::{
    clean_date, clean_label, clean_note, group_stats, GroupStats, Profile, Role, MIN_GROUP_SIZE,
};
use rolspiegel_exchange::{
    group_json, parse_group, parse_participant, participant_json, table_csv, Cell, FileError,
    ParsedGroup, ParticipantError, MAX_PARTICIPANT_BYTES,
};
use rolspiegel_i18n::FluentArgs;
use rolspiegel_storage::{Group, GroupId, GroupMember, Imported};
use serde::Serialize;

use crate::dates::iso_date_text;
use crate::disk::{display_name, ReadFailure, ReadFile};
use crate::error::{ApiError, ErrorCode};
use crate::files::file_error_code;
use crate::service::{now_ms, Service};

/// A group as listed.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupSummary {
    /// Group UUID.
    pub id: String,
    /// Name.
    pub name: String,
    /// Workshop date `YYYY-MM-DD`, if given.
    pub held_on: Option<String>,
    /// The date as people read it.
    pub held_text: Option<String>,
    /// Notes.
    pub notes: String,
    /// Results in it.
    pub members: usize,
}

/// What opening a group file did.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OpenedGroup {
    /// The group, new or already here.
    pub group: GroupSummary,
    /// Participants added, already there, or refused.
    pub report: GroupImportReport,
}

/// A file dropped on the window, as the web view read it: its bytes, not
/// decoded, so a dropped file is read exactly as one picked in the dialog.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct DroppedFile {
    /// Its name.
    pub name: String,
    /// Its size in bytes.
    pub size: u64,
    /// Its bytes; empty when the web view did not read a file over the size
    /// limit (Rust checks the size again).
    pub bytes: Vec<u8>,
}

impl DroppedFile {
    /// The file as if read from disk, capped at `limit`.
    pub fn read(self, limit: u64) -> ReadFile {
        let size = self.size.max(self.bytes.len() as u64);
        ReadFile {
            name: display_name(&self.name),
            bytes: if size > limit {
                Err(ReadFailure::TooLarge(size))
            } else {
                Ok(self.bytes)
            },
        }
    }
}

/// One file that was not added to a group, and why.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FileProblem {
    /// The file's name.
    pub file: String,
    /// Translated reason.
    pub message: String,
}

/// What adding files to a group did.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupImportReport {
    /// Results added.
    pub added: usize,
    /// Results that were already in the group.
    pub already_present: usize,
    /// Files (or participants of a group file) not added, each with its
    /// reason; at most [`rolspiegel_exchange::MAX_LISTED_PROBLEMS`] from one
    /// group file.
    pub problems: Vec<FileProblem>,
    /// Problems beyond those listed.
    pub more_problems: usize,
    /// Participants past [`rolspiegel_exchange::MAX_ENTRIES`], not read.
    pub not_read: usize,
}

/// One role's figures.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RoleStatsView {
    /// The role.
    pub role: Role,
    /// Participants.
    pub n: usize,
    /// Mean score.
    pub mean: f64,
    /// Standard deviation (n − 1).
    pub sd: f64,
    /// Lowest score.
    pub min: f64,
    /// Highest score.
    pub max: f64,
}

/// One participant as the facilitator sees them.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ParticipantView {
    /// 1, 2, 3 … in the order added.
    pub number: usize,
    /// The name they typed, only when names are shown and one was typed.
    pub name: Option<String>,
    /// Scores in [`Role::ALL`] order.
    pub scores: [f64; 3],
    /// Shares in percent, in [`Role::ALL`] order.
    pub shares: [f64; 3],
}

/// The group view.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupView {
    /// The group.
    pub group: GroupSummary,
    /// Whether there are enough results to show figures ([`MIN_GROUP_SIZE`]).
    pub enough: bool,
    /// The minimum group size.
    pub min_size: usize,
    /// Figures per role (when enough).
    pub stats: Vec<RoleStatsView>,
    /// Mean shares (when enough).
    pub centre: Option<[f64; 3]>,
    /// The participants (when enough).
    pub participants: Vec<ParticipantView>,
    /// Radar with every participant and the mean (when enough).
    pub radar_svg: Option<String>,
    /// The mix triangle (when enough).
    pub mix_map_svg: Option<String>,
    /// Dot strips per role (when enough).
    pub spread_svg: Option<String>,
}

/// One step of projection mode.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProjectionStep {
    /// Group name.
    pub name: String,
    /// Participants.
    pub count: usize,
    /// This step (0-based) and how many there are.
    pub step: usize,
    /// Number of steps.
    pub steps: usize,
    /// What this step shows, in words (also the chart's text alternative).
    pub caption: String,
    /// The chart.
    pub svg: Option<String>,
}

/// Projection steps: the empty triangle, the dots, the centre, then each
/// role's spread.
pub const PROJECTION_STEPS: usize = 6;

/// Which group chart an export draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum GroupChart {
    /// Every participant and the mean on the radar.
    Radar,
    /// The mix triangle.
    MixMap,
    /// Dot strips per role.
    Spread,
}

impl Service {
    fn group_id(&self, id: &str) -> Result<GroupId, ApiError> {
        GroupId::parse(id).ok_or_else(|| self.error(ErrorCode::BadRequest))
    }

    fn group_summary(&self, group: &Group) -> GroupSummary {
        GroupSummary {
            id: group.id.to_string(),
            name: group.name.clone(),
            held_on: group.held_on.clone(),
            held_text: group
                .held_on
                .as_deref()
                .map(|d| iso_date_text(&self.localizer, self.language, d)),
            notes: group.notes.clone(),
            members: group.members,
        }
    }

    fn clean_group_texts(
        &self,
        name: &str,
        held_on: Option<&str>,
        notes: &str,
    ) -> Result<(String, Option<String>, String), ApiError> {
        let name = clean_label(name).map_err(|e| self.error((&e).into()))?;
        if name.is_empty() {
            return Err(self.error(ErrorCode::GroupNameEmpty));
        }
        let held_on = clean_date(held_on).map_err(|e| self.error((&e).into()))?;
        let notes = clean_note(notes).map_err(|e| self.error((&e).into()))?;
        Ok((name, held_on, notes))
    }

    /// Creates a group.
    pub fn create_group(
        &mut self,
        name: &str,
        held_on: Option<&str>,
        notes: &str,
    ) -> Result<GroupSummary, ApiError> {
        let (name, held_on, notes) = self.clean_group_texts(name, held_on, notes)?;
        let id = self
            .store
            .create_group(&name, held_on.as_deref(), &notes, now_ms())
            .map_err(|e| self.storage(e))?;
        self.group_summary_of(id)
    }

    fn group_summary_of(&self, id: GroupId) -> Result<GroupSummary, ApiError> {
        let group = self
            .store
            .group(id)
            .map_err(|e| self.storage(e))?
            .ok_or_else(|| self.error(ErrorCode::GroupNotFound))?;
        Ok(self.group_summary(&group))
    }

    /// Every group, newest first.
    pub fn groups(&self) -> Result<Vec<GroupSummary>, ApiError> {
        let groups = self.store.groups().map_err(|e| self.storage(e))?;
        Ok(groups.iter().map(|g| self.group_summary(g)).collect())
    }

    /// Renames a group and changes its date and notes.
    pub fn update_group(
        &mut self,
        id: &str,
        name: &str,
        held_on: Option<&str>,
        notes: &str,
    ) -> Result<GroupSummary, ApiError> {
        let id = self.group_id(id)?;
        let (name, held_on, notes) = self.clean_group_texts(name, held_on, notes)?;
        self.store
            .update_group(id, &name, held_on.as_deref(), &notes)
            .map_err(|e| self.storage(e))?;
        self.group_summary_of(id)
    }

    /// Deletes a group with the results in it.
    pub fn delete_group(&mut self, id: &str) -> Result<(), ApiError> {
        let id = self.group_id(id)?;
        self.store.delete_group(id).map_err(|e| self.storage(e))
    }

    fn participant_problem(&self, file: &str, error: &ParticipantError) -> FileProblem {
        let message = match error {
            ParticipantError::File(e) => self.localizer.text(
                self.language,
                match e {
                    FileError::TooLarge { .. } => "participant-too-large",
                    FileError::Truncated(_) => "participant-truncated",
                    FileError::Malformed(_) => "participant-malformed",
                    FileError::NotAnExport => "participant-not-a-file",
                    FileError::NewerVersion(_) => "participant-newer",
                    // A participant file has no group details.
                    FileError::BadGroupDetails => "participant-not-a-file",
                },
            ),
            ParticipantError::Result(kind) => self.problem_text(kind),
        };
        FileProblem {
            file: file.to_owned(),
            message,
        }
    }

    fn read_participant(&self, file: &ReadFile) -> Result<GroupMember, FileProblem> {
        match &file.bytes {
            Ok(bytes) => parse_participant(bytes, &self.instrument)
                .map_err(|e| self.participant_problem(&file.name, &e)),
            Err(ReadFailure::TooLarge(size)) => Err(self.participant_problem(
                &file.name,
                &ParticipantError::File(FileError::TooLarge {
                    size: *size,
                    limit: MAX_PARTICIPANT_BYTES,
                }),
            )),
            Err(ReadFailure::NotAFile) => Err(FileProblem {
                file: file.name.clone(),
                message: self.text("participant-not-regular"),
            }),
            Err(ReadFailure::Unreadable(_)) => Err(FileProblem {
                file: file.name.clone(),
                message: self.text("participant-unreadable"),
            }),
        }
    }

    /// Adds participants' files to a group: every good file is added in one
    /// transaction, every bad one is listed with its reason, duplicates are
    /// skipped. What is stored is never changed. Files picked in the dialog
    /// and files dropped on the window come here alike, as bytes.
    pub fn add_files_to_group(
        &mut self,
        id: &str,
        files: Vec<ReadFile>,
    ) -> Result<GroupImportReport, ApiError> {
        let id = self.group_id(id)?;
        let read = files
            .into_iter()
            .map(|file| {
                let member = self.read_participant(&file);
                (file.name, member)
            })
            .collect();
        self.add_read_members(id, read)
    }

    fn add_read_members(
        &mut self,
        id: GroupId,
        read: Vec<(String, Result<GroupMember, FileProblem>)>,
    ) -> Result<GroupImportReport, ApiError> {
        let mut members = Vec::new();
        let mut names = Vec::new();
        let mut problems = Vec::new();
        for (name, member) in read {
            match member {
                Ok(member) => {
                    members.push(member);
                    names.push(name);
                }
                Err(problem) => problems.push(problem),
            }
        }
        self.add_members(id, &members, &names, problems)
    }

    fn add_members(
        &mut self,
        id: GroupId,
        members: &[GroupMember],
        names: &[String],
        mut problems: Vec<FileProblem>,
    ) -> Result<GroupImportReport, ApiError> {
        let outcome = self
            .store
            .add_members(id, members, now_ms())
            .map_err(|e| self.storage(e))?;
        let mut report = GroupImportReport {
            added: 0,
            already_present: 0,
            problems: Vec::new(),
            more_problems: 0,
            not_read: 0,
        };
        for (imported, name) in outcome.iter().zip(names) {
            let message = match imported {
                Imported::Added => {
                    report.added += 1;
                    continue;
                }
                Imported::AlreadyPresent => {
                    report.already_present += 1;
                    continue;
                }
                Imported::Conflict => "participant-conflict",
                Imported::Refused => "participant-refused",
            };
            problems.push(FileProblem {
                file: name.clone(),
                message: self.text(message),
            });
        }
        report.problems = problems;
        Ok(report)
    }

    /// Adds some of the facilitator's own results to a group (anonymous).
    pub fn add_own_results_to_group(
        &mut self,
        id: &str,
        result_ids: &[String],
    ) -> Result<GroupImportReport, ApiError> {
        let group = self.group_id(id)?;
        let mut members = Vec::new();
        let mut names = Vec::new();
        for result_id in result_ids {
            let (member, completed_at) = self.own_member(result_id, String::new())?;
            members.push(member);
            names.push(self.date_of(completed_at));
        }
        self.add_members(group, &members, &names, Vec::new())
    }

    /// The group with its participants as one file for another
    /// facilitator; names go along only when `show_names`.
    pub fn export_group_file(&self, id: &str, show_names: bool) -> Result<Vec<u8>, ApiError> {
        let id = self.group_id(id)?;
        let group = self
            .store
            .group(id)
            .map_err(|e| self.storage(e))?
            .ok_or_else(|| self.error(ErrorCode::GroupNotFound))?;
        let members = self.store.members(id).map_err(|e| self.storage(e))?;
        Ok(group_json(&group, &members, show_names).into_bytes())
    }

    /// Opens a group file: the group is made (or, when it is already here,
    /// filled up) and every participant that passes the checks is added.
    pub fn open_group_file(&mut self, file: ReadFile) -> Result<OpenedGroup, ApiError> {
        let bytes = match &file.bytes {
            Ok(bytes) => bytes,
            Err(failure) => return Err(self.read_error(&file, failure)),
        };
        let parsed = parse_group(bytes, &self.instrument)
            .map_err(|e| self.error(file_error_code(&e, ErrorCode::GroupFileInvalid)))?;
        let report = self.merge_group_file(&parsed)?;
        Ok(OpenedGroup {
            group: self.group_summary_of(parsed.id)?,
            report,
        })
    }

    /// Makes (or fills up) the group a group file or backup describes.
    pub(crate) fn merge_group_file(
        &mut self,
        parsed: &ParsedGroup,
    ) -> Result<GroupImportReport, ApiError> {
        self.store
            .ensure_group(
                parsed.id,
                &parsed.name,
                parsed.held_on.as_deref(),
                &parsed.notes,
                now_ms(),
            )
            .map_err(|e| self.storage(e))?;
        let label = |position: usize| {
            let mut args = FluentArgs::new();
            args.set("number", position);
            self.localizer
                .message(self.language, "group-participant", Some(&args))
                .unwrap_or_default()
        };
        let problems = parsed
            .problems
            .iter()
            .map(|p| FileProblem {
                file: label(p.position),
                message: self.problem_text(&p.kind),
            })
            .collect();
        let names: Vec<String> = (1..=parsed.members.len()).map(label).collect();
        let mut report = self.add_members(parsed.id, &parsed.members, &names, problems)?;
        report.more_problems = parsed.more_problems;
        report.not_read = parsed.not_read;
        Ok(report)
    }

    /// One of the facilitator's (or participant's) own results as a group
    /// member with the given name, and when it was completed.
    fn own_member(&self, result_id: &str, name: String) -> Result<(GroupMember, i64), ApiError> {
        let rid = self.parse_id(result_id)?;
        let stored = self.stored_result(rid)?;
        let member = GroupMember {
            result_id: rid,
            name,
            instrument_version: stored.instrument_version,
            answers: self.store.answers(rid).map_err(|e| self.storage(e))?,
            profile: stored.profile,
        };
        Ok((member, stored.completed_at))
    }

    /// The small file a participant hands to the facilitator, for one of
    /// their results, with the name they chose (may be empty).
    pub fn participant_file(&self, result_id: &str, name: &str) -> Result<Vec<u8>, ApiError> {
        let name = clean_label(name).map_err(|e| self.error((&e).into()))?;
        let (member, _) = self.own_member(result_id, name)?;
        Ok(participant_json(&member).into_bytes())
    }

    fn role_names(&self) -> [String; 3] {
        Role::ALL.map(|r| {
            self.localizer
                .text(self.language, &format!("role-{}-name", r.key()))
        })
    }

    fn loaded_group(&self, id: GroupId) -> Result<(Group, Vec<Profile>, Vec<String>), ApiError> {
        let group = self
            .store
            .group(id)
            .map_err(|e| self.storage(e))?
            .ok_or_else(|| self.error(ErrorCode::GroupNotFound))?;
        let members = self
            .store
            .member_profiles(id)
            .map_err(|e| self.storage(e))?;
        let names = members.iter().map(|m| m.name.clone()).collect();
        Ok((
            group,
            members.into_iter().map(|m| m.profile).collect(),
            names,
        ))
    }

    /// The group radar: every participant thin, the mean bold.
    pub fn group_radar(
        &self,
        profiles: &[Profile],
        stats: &GroupStats,
    ) -> rolspiegel_charts::RadarChart {
        let mut radar = self.radar(&profiles[0]);
        radar.axis_values = None;
        radar.series = profiles
            .iter()
            .map(|p| RadarSeries {
                scores: p.roles.map(|r| r.score),
                style: SeriesStyle::PARTICIPANT,
            })
            .collect();
        radar.series.push(RadarSeries {
            scores: stats.roles.map(|r| r.mean),
            style: SeriesStyle::GROUP_MEAN,
        });
        radar
    }

    /// The mix triangle of a group.
    pub fn mix_map(
        &self,
        profiles: &[Profile],
        names: &[String],
        stats: &GroupStats,
        show_names: bool,
    ) -> MixMap {
        MixMap {
            size: (600, 600),
            corner_labels: self.role_names(),
            dots: profiles.iter().map(|p| p.roles.map(|r| r.share)).collect(),
            names: if show_names {
                names.to_vec()
            } else {
                Vec::new()
            },
            centre: stats.centre,
            show_dots: true,
            show_centre: true,
            weight: 1.0,
        }
    }

    /// The dot strips of a group.
    pub fn spread(&self, profiles: &[Profile], stats: &GroupStats) -> SpreadChart {
        SpreadChart {
            size: (720, 360),
            role_names: self.role_names(),
            scores: profiles.iter().map(|p| p.roles.map(|r| r.score)).collect(),
            means: stats.roles.map(|r| r.mean),
            show_roles: [true; 3],
            weight: 1.0,
        }
    }

    /// The group's figures and charts; below [`MIN_GROUP_SIZE`] results only
    /// the group itself, so that no one can be singled out.
    pub fn group_view(&self, id: &str, show_names: bool) -> Result<GroupView, ApiError> {
        let id = self.group_id(id)?;
        let (group, profiles, names) = self.loaded_group(id)?;
        let summary = self.group_summary(&group);
        let Some(stats) = group_stats(&profiles) else {
            return Ok(GroupView {
                group: summary,
                enough: false,
                min_size: MIN_GROUP_SIZE,
                stats: Vec::new(),
                centre: None,
                participants: Vec::new(),
                radar_svg: None,
                mix_map_svg: None,
                spread_svg: None,
            });
        };
        let log = |e: rolspiegel_charts::ChartError| eprintln!("rolspiegel: chart: {e}");
        Ok(GroupView {
            group: summary,
            enough: true,
            min_size: MIN_GROUP_SIZE,
            stats: stats
                .roles
                .iter()
                .map(|r| RoleStatsView {
                    role: r.role,
                    n: r.n,
                    mean: r.mean,
                    sd: r.sd,
                    min: r.min,
                    max: r.max,
                })
                .collect(),
            centre: Some(stats.centre),
            participants: profiles
                .iter()
                .zip(&names)
                .enumerate()
                .map(|(i, (p, name))| ParticipantView {
                    number: i + 1,
                    name: (show_names && !name.is_empty()).then(|| name.clone()),
                    scores: p.roles.map(|r| r.score),
                    shares: p.roles.map(|r| r.share),
                })
                .collect(),
            radar_svg: self
                .group_radar(&profiles, &stats)
                .to_svg()
                .map_err(log)
                .ok(),
            mix_map_svg: self
                .mix_map(&profiles, &names, &stats, show_names)
                .to_svg()
                .map_err(log)
                .ok(),
            spread_svg: self.spread(&profiles, &stats).to_svg().map_err(log).ok(),
        })
    }

    /// One step of projection mode, drawn heavy for a projector.
    pub fn projection_step(&self, id: &str, step: usize) -> Result<ProjectionStep, ApiError> {
        let id = self.group_id(id)?;
        let (group, profiles, names) = self.loaded_group(id)?;
        let stats = group_stats(&profiles).ok_or_else(|| self.error(ErrorCode::GroupTooSmall))?;
        let step = step.min(PROJECTION_STEPS - 1);
        let log = |e: rolspiegel_charts::ChartError| eprintln!("rolspiegel: chart: {e}");
        let (caption_id, svg) = if step <= 2 {
            let mut map = self.mix_map(&profiles, &names, &stats, false);
            map.weight = 2.0;
            map.show_dots = step >= 1;
            map.show_centre = step >= 2;
            let id = [
                "projection-triangle",
                "projection-dots",
                "projection-centre",
            ][step];
            (id, map.to_svg().map_err(log).ok())
        } else {
            let mut spread = self.spread(&profiles, &stats);
            spread.weight = 2.0;
            spread.show_roles = [0, 1, 2].map(|i| i <= step - 3);
            (
                [
                    "projection-spread-1",
                    "projection-spread-2",
                    "projection-spread-3",
                ][step - 3],
                spread.to_svg().map_err(log).ok(),
            )
        };
        let mut args = FluentArgs::new();
        args.set("count", profiles.len());
        let role = Role::ALL[step.saturating_sub(3).min(2)];
        args.set(
            "role",
            self.localizer
                .text(self.language, &format!("role-{}-name", role.key())),
        );
        Ok(ProjectionStep {
            name: group.name,
            count: profiles.len(),
            step,
            steps: PROJECTION_STEPS,
            caption: self
                .localizer
                .message(self.language, caption_id, Some(&args))
                .unwrap_or_default(),
            svg,
        })
    }

    /// Draws a group chart as a PNG or SVG file's bytes.
    pub fn export_group_chart(
        &self,
        id: &str,
        chart: GroupChart,
        format: crate::files::ChartFormat,
        show_names: bool,
    ) -> Result<Vec<u8>, ApiError> {
        let id = self.group_id(id)?;
        let (_, profiles, names) = self.loaded_group(id)?;
        let stats = group_stats(&profiles).ok_or_else(|| self.error(ErrorCode::GroupTooSmall))?;
        let drawn = match chart {
            GroupChart::Radar => crate::files::render(&self.group_radar(&profiles, &stats), format),
            GroupChart::MixMap => {
                crate::files::render(&self.mix_map(&profiles, &names, &stats, show_names), format)
            }
            GroupChart::Spread => crate::files::render(&self.spread(&profiles, &stats), format),
        };
        self.chart_bytes(drawn)
    }

    /// One row per participant: number, name (only when shown), scores and
    /// shares, in the user's spreadsheet style.
    pub fn export_group_csv(&self, id: &str, show_names: bool) -> Result<Vec<u8>, ApiError> {
        let id = self.group_id(id)?;
        let (_, profiles, names) = self.loaded_group(id)?;
        if profiles.len() < MIN_GROUP_SIZE {
            return Err(self.error(ErrorCode::GroupTooSmall));
        }
        let text = |id: &str| self.localizer.text(self.language, id);
        let mut headers = vec![text("group-csv-number")];
        if show_names {
            headers.push(text("group-csv-name"));
        }
        for id in [
            "csv-score-bureaucraat",
            "csv-score-ondernemer",
            "csv-score-verbinder",
            "csv-share-bureaucraat",
            "csv-share-ondernemer",
            "csv-share-verbinder",
        ] {
            headers.push(text(id));
        }
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
        table_csv(&headers, rows, self.csv_style()).map_err(|e| {
            eprintln!("rolspiegel: csv: {e}");
            self.error(ErrorCode::FileWrite)
        })
    }
}
