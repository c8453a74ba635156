//! Rolspiegel's file formats, so results can leave and enter the app.
//!
//! - [`export_json`] / [`parse_json`]: the results export, a versioned JSON
//!   document described in `docs/EXPORT-FORMAT.md`. Parsing checks every
//!   result on its own: good ones come back as
//!   [`rolspiegel_core::ResultRecord`]s, bad ones as a [`Problem`] each,
//!   so one broken result never blocks the rest.
//! - [`export_csv`]: one row per result for a spreadsheet, in the user's
//!   language and number style ([`CsvStyle`]).
//! - [`participant_json`] / [`parse_participant`]: the small file a workshop
//!   participant saves for the facilitator; [`group_json`] / [`parse_group`]:
//!   a whole group for another facilitator; [`backup_json`] /
//!   [`parse_backup`]: everything (own results and groups) in one file.
//! - [`ColleagueAnswers`] / [`decode_colleague_code`]: one colleague's answers
//!   about the person who asked, as a short code to paste or attach.
//!
//! Every reader takes bytes of any kind and bounds its work and memory by the
//! size cap ([`read`]): a UTF-8 byte-order mark is accepted, other bytes that
//! are not UTF-8 are refused, at most [`MAX_ENTRIES`] entries are read and at
//! most [`MAX_LISTED_PROBLEMS`] problems listed per file.
//!
//! What it does not do: read or write files (the app shell does, after a
//! native dialog), talk to the database, or translate messages (problems
//! carry codes; the app shell words them).

mod backup;
mod colleague;
mod csv_export;
mod error;
mod feedback;
mod group;
mod json;
mod participant;
pub mod read;
mod situations;

pub use backup::{
    backup_json, parse_backup, BackupGroup, ParsedBackup, RequestRecord, BACKUP_FORMAT,
    BACKUP_VERSION, MAX_BACKUP_BYTES, MAX_GROUPS,
};
pub use colleague::{
    decode as decode_colleague_code, file_text as code_file_text,
    find_codes as find_colleague_codes, AnswerKey, CodeError, ColleagueAnswers, RequestKey,
    CODE_PREFIX, CODE_VERSION, MAX_CODE_CHARS, MAX_CODE_STATEMENTS, MAX_OPEN_ANSWERS,
    MAX_OPEN_CHARS,
};
pub use csv_export::{export_csv, table_csv, Cell, CsvColumns, CsvStyle};
pub use error::{FileError, Problem, ProblemKind};
pub use feedback::{ParsedRequests, MAX_RESPONSES};
pub use group::{
    group_json, parse_group, GroupSituationRecord, ParsedGroup, GROUP_FORMAT, GROUP_VERSION,
    MAX_GROUP_BYTES,
};
pub use json::{
    export_json, export_json_with, parse_json, parse_json_situations, Parsed, FORMAT_NAME,
    FORMAT_VERSION, MAX_IMPORT_BYTES,
};
pub use participant::{
    parse_participant, participant_json, ParticipantError, MAX_PARTICIPANT_BYTES,
    PARTICIPANT_FORMAT, PARTICIPANT_VERSION,
};
pub use read::{decode, format_of, Tally, MAX_ENTRIES, MAX_ID_CHARS, MAX_LISTED_PROBLEMS};
pub use situations::{ParsedGroupSituation, ParsedSituations, MAX_RATINGS};
