//! Workshop groups for the facilitator: making, renaming and deleting a
//! group, and filling it with participants — from their files (picked or
//! dropped), from a group file, or from the facilitator's own results.

use rolspiegel_core::{clean_date, clean_label, clean_note};
use rolspiegel_exchange::{
    group_json, parse_group, parse_participant, participant_json, FileError, ParsedGroup,
    ParticipantError, MAX_PARTICIPANT_BYTES,
};
use rolspiegel_storage::{Group, GroupId, GroupMember, Imported};

use crate::dates::iso_date_text;
use crate::disk::{ReadFailure, ReadFile};
use crate::error::{AppError, ErrorCode};
use crate::files::{cap_problems, file_error_code, problem, read_error};
use crate::state::{now_ms, Service};
use crate::wire::{FileProblem, GroupImportReport, GroupSummary, OpenedGroup, Problem, Source};

impl Service {
    pub(crate) fn group_id(&self, id: &str) -> Result<GroupId, AppError> {
        GroupId::parse(id).ok_or_else(|| AppError::from(ErrorCode::BadRequest))
    }

    pub(crate) fn group_summary(&self, group: &Group) -> GroupSummary {
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
    ) -> Result<(String, Option<String>, String), AppError> {
        let name = clean_label(name)?;
        if name.is_empty() {
            return Err(AppError::from(ErrorCode::GroupNameEmpty));
        }
        let held_on = clean_date(held_on)?;
        let notes = clean_note(notes)?;
        Ok((name, held_on, notes))
    }

    fn group_summary_of(&self, id: GroupId) -> Result<GroupSummary, AppError> {
        let group = self
            .store
            .group(id)?
            .ok_or_else(|| AppError::from(ErrorCode::GroupNotFound))?;
        Ok(self.group_summary(&group))
    }

    fn participant_problem(file: &str, error: &ParticipantError) -> FileProblem {
        let problem = match error {
            ParticipantError::File(e) => match e {
                FileError::TooLarge { .. } => Problem::ParticipantTooLarge,
                FileError::Truncated(_) => Problem::ParticipantTruncated,
                FileError::Malformed(_) => Problem::ParticipantMalformed,
                FileError::NotAnExport => Problem::ParticipantNotAFile,
                FileError::NewerVersion(_) => Problem::ParticipantNewer,
                // A participant file has no group details.
                FileError::BadGroupDetails => Problem::ParticipantNotAFile,
            },
            ParticipantError::Result(kind) => problem(kind),
        };
        FileProblem {
            source: Source::File {
                name: file.to_owned(),
            },
            problem,
        }
    }

    fn read_participant(&self, file: &ReadFile) -> Result<GroupMember, FileProblem> {
        match &file.bytes {
            Ok(bytes) => parse_participant(bytes, &self.instruments)
                .map_err(|e| Self::participant_problem(&file.name, &e)),
            Err(ReadFailure::TooLarge(size)) => Err(Self::participant_problem(
                &file.name,
                &ParticipantError::File(FileError::TooLarge {
                    size: *size,
                    limit: MAX_PARTICIPANT_BYTES,
                }),
            )),
            Err(ReadFailure::NotAFile) => Err(FileProblem {
                source: Source::File {
                    name: file.name.clone(),
                },
                problem: Problem::ParticipantNotRegular,
            }),
            Err(ReadFailure::Unreadable(e)) => {
                // Not an error of the whole request, so logged here (never
                // the file's name: it may be a participant's): the person
                // sees "could not be opened" beside it.
                tracing::warn!("reading a participant file: {e}");
                Err(FileProblem {
                    source: Source::File {
                        name: file.name.clone(),
                    },
                    problem: Problem::ParticipantUnreadable,
                })
            }
        }
    }

    fn add_read_members(
        &mut self,
        id: GroupId,
        read: Vec<(String, Result<GroupMember, FileProblem>)>,
    ) -> Result<GroupImportReport, AppError> {
        let mut members = Vec::new();
        let mut sources = Vec::new();
        let mut problems = Vec::new();
        for (name, member) in read {
            match member {
                Ok(member) => {
                    members.push(member);
                    sources.push(Source::File { name });
                }
                Err(problem) => problems.push(problem),
            }
        }
        self.add_members(id, &members, &sources, problems)
    }

    fn add_members(
        &mut self,
        id: GroupId,
        members: &[GroupMember],
        sources: &[Source],
        mut problems: Vec<FileProblem>,
    ) -> Result<GroupImportReport, AppError> {
        // A group holds results of one statement list: the list of the
        // results already in it, or else of the first one added.
        let mut list = self.store.group_lists(id)?.first().copied();
        let mut same_list = Vec::with_capacity(members.len());
        let mut kept_sources = Vec::with_capacity(members.len());
        for (member, source) in members.iter().zip(sources) {
            let group = *list.get_or_insert(member.instrument_version);
            if member.instrument_version == group {
                same_list.push(member.clone());
                kept_sources.push(source.clone());
            } else {
                problems.push(FileProblem {
                    source: source.clone(),
                    problem: Problem::ParticipantOtherList {
                        version: member.instrument_version,
                        group,
                    },
                });
            }
        }
        let (members, sources) = (&same_list[..], &kept_sources[..]);
        let outcome = self.store.add_members(id, members, now_ms())?;
        let mut report = GroupImportReport::default();
        for (imported, source) in outcome.iter().zip(sources) {
            let problem = match imported {
                Imported::Added => {
                    report.added += 1;
                    continue;
                }
                Imported::AlreadyPresent => {
                    report.already_present += 1;
                    continue;
                }
                Imported::Conflict => Problem::ParticipantConflict,
                Imported::Refused => Problem::ParticipantRefused,
            };
            problems.push(FileProblem {
                source: source.clone(),
                problem,
            });
        }
        report.problems = problems;
        cap_problems(&mut report.problems, &mut report.more_problems);
        Ok(report)
    }

    /// Makes (or fills up) the group a group file or backup describes.
    pub(crate) fn merge_group_file(
        &mut self,
        parsed: &ParsedGroup,
    ) -> Result<GroupImportReport, AppError> {
        self.store.ensure_group(
            parsed.id,
            &parsed.name,
            parsed.held_on.as_deref(),
            &parsed.notes,
            now_ms(),
        )?;
        let problems = parsed
            .problems
            .iter()
            .map(|p| FileProblem {
                source: Source::Participant { number: p.position },
                problem: problem(&p.kind),
            })
            .collect();
        let sources: Vec<Source> = parsed
            .positions
            .iter()
            .map(|&number| Source::Participant { number })
            .collect();
        let mut report = self.add_members(parsed.id, &parsed.members, &sources, problems)?;
        report.more_problems += parsed.more_problems;
        cap_problems(&mut report.problems, &mut report.more_problems);
        report.not_read = parsed.not_read;
        report.cleaned = parsed.cleaned;
        crate::situations::merge_group_situation(self, parsed, &mut report)?;
        Ok(report)
    }

    /// One of the facilitator's (or participant's) own results as a group
    /// member with the given name, and when it was completed.
    fn own_member(&self, result_id: &str, name: String) -> Result<(GroupMember, i64), AppError> {
        let rid = self.parse_id(result_id)?;
        let stored = self.stored_result(rid)?;
        let member = GroupMember {
            result_id: rid,
            name,
            instrument_version: stored.instrument_version,
            answers: self.store.answers(rid)?,
            profile: stored.profile,
            pairing: None,
        };
        Ok((member, stored.completed_at))
    }
}
pub(crate) fn create_group(
    service: &mut Service,
    name: &str,
    held_on: Option<&str>,
    notes: &str,
) -> Result<GroupSummary, AppError> {
    let (name, held_on, notes) = service.clean_group_texts(name, held_on, notes)?;
    let id = service
        .store
        .create_group(&name, held_on.as_deref(), &notes, now_ms())?;
    service.group_summary_of(id)
}

pub(crate) fn groups(service: &Service) -> Result<Vec<GroupSummary>, AppError> {
    let groups = service.store.groups()?;
    Ok(groups.iter().map(|g| service.group_summary(g)).collect())
}

pub(crate) fn update_group(
    service: &mut Service,
    id: &str,
    name: &str,
    held_on: Option<&str>,
    notes: &str,
) -> Result<GroupSummary, AppError> {
    let id = service.group_id(id)?;
    let (name, held_on, notes) = service.clean_group_texts(name, held_on, notes)?;
    service
        .store
        .update_group(id, &name, held_on.as_deref(), &notes)?;
    service.group_summary_of(id)
}

pub(crate) fn delete_group(service: &mut Service, id: &str) -> Result<(), AppError> {
    let id = service.group_id(id)?;
    service.store.delete_group(id).map_err(AppError::from)
}

pub(crate) fn add_files_to_group(
    service: &mut Service,
    id: &str,
    files: Vec<ReadFile>,
) -> Result<GroupImportReport, AppError> {
    let id = service.group_id(id)?;
    let read = files
        .into_iter()
        .map(|file| {
            let member = service.read_participant(&file);
            (file.name, member)
        })
        .collect();
    service.add_read_members(id, read)
}

pub(crate) fn add_own_results_to_group(
    service: &mut Service,
    id: &str,
    result_ids: &[String],
) -> Result<GroupImportReport, AppError> {
    let group = service.group_id(id)?;
    let mut members = Vec::new();
    let mut sources = Vec::new();
    for result_id in result_ids {
        let (member, completed_at) = service.own_member(result_id, String::new())?;
        members.push(member);
        sources.push(Source::Result {
            date_text: service.say().date(completed_at),
        });
    }
    service.add_members(group, &members, &sources, Vec::new())
}

pub(crate) fn export_group_file(
    service: &Service,
    id: &str,
    show_names: bool,
) -> Result<Vec<u8>, AppError> {
    let id = service.group_id(id)?;
    let group = service
        .store
        .group(id)?
        .ok_or_else(|| AppError::from(ErrorCode::GroupNotFound))?;
    let members = service.store.members(id)?;
    let situation = crate::situations::group_situation_record(service, id)?;
    Ok(group_json(&group, &members, situation.as_ref(), show_names).into_bytes())
}

pub(crate) fn open_group_file(
    service: &mut Service,
    file: ReadFile,
) -> Result<OpenedGroup, AppError> {
    let bytes = match &file.bytes {
        Ok(bytes) => bytes,
        Err(failure) => return Err(read_error(&file, failure)),
    };
    let parsed = parse_group(bytes, &service.instruments)
        .map_err(|e| AppError::from(file_error_code(&e, ErrorCode::GroupFileInvalid)))?;
    let report = service.merge_group_file(&parsed)?;
    Ok(OpenedGroup {
        group: service.group_summary_of(parsed.id)?,
        report,
    })
}

pub(crate) fn participant_file(
    service: &Service,
    result_id: &str,
    name: &str,
) -> Result<Vec<u8>, AppError> {
    let name = clean_label(name)?;
    let (member, _) = service.own_member(result_id, name)?;
    Ok(participant_json(&member).into_bytes())
}
