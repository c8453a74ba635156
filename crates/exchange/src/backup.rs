//! The full backup (`docs/EXPORT-FORMAT.md`, fourth part): everything a
//! person keeps in Rolspiegel in one file — their own results with labels,
//! reflections and goals (as in the results export) and every workshop group
//! with its participants and their names (as in a group file). Offered before
//! "delete everything", and read back by the same import.

use rolspiegel_core::Instruments;
use rolspiegel_core::{Group, GroupMember, ResultRecord};
use serde::Serialize;

use crate::group::{group_entry, parse_group_object, GroupEntry};
use crate::json::{iso, read_result, result_entry, ResultEntry};
use crate::read::{check_document, decode, read_array, read_top, Tally};
use crate::{FileError, Parsed, ParsedGroup};

/// The `format` field of a backup.
pub const BACKUP_FORMAT: &str = "rolspiegel-backup";

/// The backup version this build writes and the newest it reads.
pub const BACKUP_VERSION: u64 = 1;

/// A backup holds results and groups: 16 MiB is thousands of each.
pub const MAX_BACKUP_BYTES: u64 = 16 * 1024 * 1024;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct BackupFile {
    format: &'static str,
    version: u64,
    exported_at: String,
    results: Vec<ResultEntry>,
    groups: Vec<GroupEntry>,
}

/// Every result and every group (with participants' names) as one file.
pub fn backup_json(
    records: &[ResultRecord],
    groups: &[(Group, Vec<GroupMember>)],
    now_ms: i64,
) -> String {
    let file = BackupFile {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exported_at: iso(now_ms),
        results: records.iter().map(result_entry).collect(),
        groups: groups
            .iter()
            .map(|(group, members)| group_entry(group, members, true))
            .collect(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// A backup as read: its results as an export's, and each group as a group
/// file's (or why that group was refused), with its position from 1.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedBackup {
    /// The results, checked one by one.
    pub results: Parsed,
    /// The groups in file order: position and the group, or why not.
    pub groups: Vec<(usize, Result<ParsedGroup, FileError>)>,
    /// Groups past [`MAX_GROUPS`], not read at all.
    pub groups_not_read: usize,
}

/// At most this many groups are read from one backup.
pub const MAX_GROUPS: usize = 1_000;

/// Reads a backup. Work and memory are bounded as for the other formats:
/// results and participants together count towards [`crate::MAX_ENTRIES`].
pub fn parse_backup(bytes: &[u8], instruments: &Instruments) -> Result<ParsedBackup, FileError> {
    let text = decode(bytes, MAX_BACKUP_BYTES)?;
    check_document(text, BACKUP_FORMAT, BACKUP_VERSION)?;
    let mut tally = Tally::default();
    let mut results = Parsed::default();
    let captured = read_top(text, "results", &["groups"], &mut |raw| {
        read_result(raw, instruments, &mut tally, &mut results);
    })?;
    results.problems = std::mem::take(&mut tally.problems);
    results.more_problems = std::mem::take(&mut tally.more_problems);
    results.not_read = std::mem::take(&mut tally.not_read);

    let mut groups = Vec::new();
    let mut groups_not_read = 0;
    if let Some(raw) = captured.iter().find(|(name, _)| *name == "groups") {
        let mut position = 0;
        read_array(raw.1.get(), &mut |entry| {
            position += 1;
            if position > MAX_GROUPS {
                groups_not_read += 1;
                return;
            }
            groups.push((
                position,
                parse_group_object(entry.get(), instruments, &mut tally),
            ));
        })?;
    }
    Ok(ParsedBackup {
        results,
        groups,
        groups_not_read,
    })
}
