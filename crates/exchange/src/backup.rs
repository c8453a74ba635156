//! The full backup (`docs/EXPORT-FORMAT.md`, fourth part): everything a
//! person keeps in Rolspiegel in one file — their own results with labels,
//! reflections and goals (as in the results export) and every workshop group
//! with its participants and their names (as in a group file). Offered before
//! "delete everything", and read back by the same import.

use rolspiegel_core::Instruments;
use rolspiegel_core::{
    ColleagueResponse, FeedbackRequest, Group, GroupId, GroupMember, ResultRecord, SituationRecord,
};
use serde::Serialize;
use serde_json::value::RawValue;

use crate::feedback::{parse_requests, request_entry, ParsedRequests, RequestEntry};
use crate::group::{group_entry, parse_group_object, GroupEntry, GroupSituationRecord};
use crate::json::{iso, read_result, result_entry, ResultEntry};
use crate::read::{check_document, decode, read_array, read_top, Tally};
use crate::situations::{parse_situations, situation_entry, ParsedSituations, SituationEntry};
use crate::{FileError, Parsed, ParsedGroup};

/// The `format` field of a backup.
pub const BACKUP_FORMAT: &str = "rolspiegel-backup";

/// The backup version this build writes and the newest it reads. Version 2
/// added situations, version 3 requests to colleagues with their answers:
/// an older build refuses such a backup as newer rather than leave them out
/// unsaid.
pub const BACKUP_VERSION: u64 = 3;

/// The largest backup read back: see [`crate::read::MAX_FILE_BYTES`].
pub const MAX_BACKUP_BYTES: u64 = crate::read::MAX_FILE_BYTES;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct BackupFile {
    format: &'static str,
    version: u64,
    exported_at: String,
    results: Vec<ResultEntry>,
    groups: Vec<GroupEntry>,
    situations: Vec<SituationEntry>,
    requests: Vec<RequestEntry>,
}

/// A request to colleagues with the answer sets that came back.
pub type RequestRecord = (FeedbackRequest, Vec<ColleagueResponse>);

/// Every result, every group (with participants' names and its shared
/// situation, `group_situations` by group), every situation and every
/// request to colleagues as one file.
pub fn backup_json(
    records: &[ResultRecord],
    groups: &[(Group, Vec<GroupMember>)],
    group_situations: &[(GroupId, GroupSituationRecord)],
    situations: &[SituationRecord],
    requests: &[RequestRecord],
    now_ms: i64,
) -> String {
    let file = BackupFile {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exported_at: iso(now_ms),
        results: records.iter().map(result_entry).collect(),
        groups: groups
            .iter()
            .map(|(group, members)| {
                let situation = group_situations
                    .iter()
                    .find(|(id, _)| *id == group.id)
                    .map(|(_, s)| s);
                group_entry(group, members, situation, true)
            })
            .collect(),
        situations: situations.iter().map(situation_entry).collect(),
        requests: requests
            .iter()
            .map(|(request, responses)| request_entry(request, responses))
            .collect(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// A backup as read: its results as an export's, and its groups still as
/// raw text, each read on its own with [`BackupGroup::parse`] — so only one
/// group's participants are in memory at a time.
#[derive(Debug, Clone)]
pub struct ParsedBackup<'a> {
    /// The results, checked one by one (at most [`crate::MAX_ENTRIES`]).
    pub results: Parsed,
    /// The groups in file order (at most [`MAX_GROUPS`]).
    pub groups: Vec<BackupGroup<'a>>,
    /// Groups past [`MAX_GROUPS`], not read at all.
    pub groups_not_read: usize,
    /// The situations, not yet read (a backup of version 1 has none).
    situations: Option<&'a RawValue>,
    /// The requests to colleagues, not yet read (before version 3: none).
    requests: Option<&'a RawValue>,
}

impl ParsedBackup<'_> {
    /// Reads the backup's situations, each checked on its own against the
    /// situation lists `lists`.
    pub fn situations(&self, lists: &Instruments) -> Result<ParsedSituations, FileError> {
        match self.situations {
            Some(raw) => parse_situations(raw.get(), lists),
            None => Ok(ParsedSituations::default()),
        }
    }

    /// Reads the backup's requests to colleagues, each checked on its own
    /// against the statement lists `lists`.
    pub fn requests(&self, lists: &Instruments) -> Result<ParsedRequests, FileError> {
        match self.requests {
            Some(raw) => parse_requests(raw.get(), lists),
            None => Ok(ParsedRequests::default()),
        }
    }
}

/// One group of a backup, not yet read.
#[derive(Debug, Clone, Copy)]
pub struct BackupGroup<'a> {
    /// Its position among the backup's groups, from 1.
    pub position: usize,
    raw: &'a RawValue,
}

impl BackupGroup<'_> {
    /// Reads the group as a group file is read (at most
    /// [`crate::MAX_ENTRIES`] participants, each checked on its own); a
    /// group whose details do not pass is refused whole.
    pub fn parse(&self, instruments: &Instruments) -> Result<ParsedGroup, FileError> {
        parse_group_object(self.raw.get(), instruments)
    }
}

/// At most this many groups are read from one backup.
pub const MAX_GROUPS: usize = 1_000;

/// Reads a backup's results and finds its groups. Work and memory are
/// bounded as for the other formats: results and each group's participants
/// have their own limits ([`crate::MAX_ENTRIES`] each).
pub fn parse_backup<'a>(
    bytes: &'a [u8],
    instruments: &Instruments,
) -> Result<ParsedBackup<'a>, FileError> {
    let text = decode(bytes, MAX_BACKUP_BYTES)?;
    check_document(text, BACKUP_FORMAT, BACKUP_VERSION)?;
    let mut tally = Tally::default();
    let mut results = Parsed::default();
    let captured = read_top(
        text,
        "results",
        &["groups", "situations", "requests"],
        &mut |raw| {
            read_result(raw, instruments, &mut tally, &mut results);
        },
    )?;
    results.problems = tally.problems;
    results.more_problems = tally.more_problems;
    results.not_read = tally.not_read;
    results.cleaned = tally.cleaned;

    let mut groups = Vec::new();
    let mut groups_not_read = 0;
    if let Some(raw) = captured.iter().find(|(name, _)| *name == "groups") {
        read_array(raw.1.get(), &mut |raw| {
            if groups.len() >= MAX_GROUPS {
                groups_not_read += 1;
            } else {
                groups.push(BackupGroup {
                    position: groups.len() + 1,
                    raw,
                });
            }
        })?;
    }
    Ok(ParsedBackup {
        results,
        groups,
        groups_not_read,
        situations: captured
            .iter()
            .find(|(name, _)| *name == "situations")
            .map(|(_, raw)| *raw),
        requests: captured
            .iter()
            .find(|(name, _)| *name == "requests")
            .map(|(_, raw)| *raw),
    })
}
