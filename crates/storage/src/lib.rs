//! Rolspiegel's local store: one SQLite file in the user's app-data folder.
//!
//! Main types: [`Store`] (a connection with the schema migrated and PRAGMAs
//! set), [`Opened`] (what happened while opening: a fresh start, or a damaged
//! file kept aside), [`Draft`] (an assessment in progress), [`StoredResult`]
//! (a completed, scored assessment), [`HistoryEntry`] (a result with its goal,
//! for the history list) and [`ResultRecord`] (everything about one result, as
//! exported and imported); [`Group`] and [`GroupMember`] (a facilitator's
//! workshop group and the participants' results in it, kept apart from the
//! facilitator's own assessments); [`SituationEntry`] (a named situation with
//! its ratings on the situation list, and [`RatingDraft`] a rating in
//! progress); [`FeedbackRequest`] and [`ColleagueResponse`] (a request for
//! how colleagues see the person, and one colleague's answers, kept without
//! anything that tells colleagues apart).
//!
//! Invariants kept here:
//! - Answers are written one by one as the user gives them, each in its own
//!   transaction, so a killed app loses at most the answer being clicked.
//! - Completing an assessment writes its scores and completion time in one
//!   transaction, together with a re-check that the stored answers are valid.
//! - Raw answers are always kept, so every result can be re-scored.
//! - Import adds whole records in one transaction and never changes a stored
//!   one: an id already present is reported, not overwritten.
//! - Deleting everything also rewrites the file (VACUUM), so deleted notes do
//!   not linger in free pages.
//! - A file that cannot be opened as a Rolspiegel database is never deleted or
//!   overwritten: it is renamed aside (with its log) and a fresh database is
//!   started. Only real damage does that: a full, busy or read-only disk, or
//!   a file from a newer Rolspiegel, leaves the file where it is.
//! - Every schema upgrade is preceded by a backup copy beside the file.
//! - Deleted rows are overwritten (`secure_delete`) and the log emptied, so
//!   deleted text does not linger in the file.
//!
//! What it does not do: scoring (that is `rolspiegel-core`), choosing where the
//! file lives (the app shell decides), or any user-facing text.

mod copies;
mod error;
mod feedback;
mod groups;
mod history;
mod migrations;
mod moving;
mod opening;
mod scan;
mod situations;
mod store;
mod transfer;

pub use error::{Cause, StoreError};
// The record types live in the core (files carry them too); they are
// re-exported here because the store's API speaks in them.
pub use copies::{
    copy_counts, kept_copies, read_copy, remove_copy, CopyContents, CopyCounts, CopyKind, KeptCopy,
};
pub use history::HistoryEntry;
pub use migrations::SCHEMA_VERSION;
pub use moving::{move_data_folder, FolderMove, Settled};
pub use opening::{Opened, SetAside, KEPT_BACKUPS};
pub use rolspiegel_core::{
    AssessmentId, ColleagueResponse, FeedbackRequest, Group, GroupId, GroupMember, GroupRating,
    GroupSituation, Rating, RatingId, RequestId, ResultRecord, Situation, SituationId,
    SituationRecord, StoredResult,
};
pub use scan::Draft;
pub use situations::{RatingDraft, SituationEntry};
pub use store::Store;
pub use transfer::Imported;
