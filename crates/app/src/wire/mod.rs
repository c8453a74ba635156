//! Everything that crosses to a front door: the shapes the behaviour returns
//! and takes, with field names in camelCase. The UI's TypeScript types are
//! generated from these ([`typescript`], checked by `tests/wire.rs`; run
//! `make wire` after a change), so the two never drift apart.
//!
//! Core types that go out unchanged (`Role`, `Mix`, `Noise`, `RoleStats`)
//! are generated from `rolspiegel-core` under its `wire` feature.

mod about;
mod colleagues;
mod files;
mod groups;
mod history;
mod live;
mod quality;
mod scan;
mod situations;

pub use about::*;
pub use colleagues::*;
pub use files::*;
pub use groups::*;
pub use history::*;
pub use live::*;
pub use quality::*;
pub use scan::*;
pub use situations::*;

use crate::error::{AppError, ErrorCode};

/// The TypeScript declarations of every wire type, for `ui/src/wire.ts`.
pub fn typescript() -> String {
    use rolspiegel_core::{
        ColleagueRole, Difference, Level, Margin, Mix, Noise, NoiseBasis, NoiseUnknown, Role,
        RoleGap, RoleStats, Sure,
    };
    use ts_rs::{Config, TS};

    // Every number crosses as a JavaScript number: ids are strings, and
    // times in ms stay far below 2^53.
    let config = Config::new().with_large_int("number");
    let mut out = String::from(
        "// Generated from the Rust types in crates/app/src/wire and crates/core by\n\
         // `make wire`. Do not edit: a test fails when this file is stale.\n",
    );
    macro_rules! declare {
        ($($t:ty),* $(,)?) => {$(
            out.push_str("\nexport ");
            out.push_str(&<$t as TS>::decl(&config));
            out.push('\n');
        )*};
    }
    declare!(
        // Core
        Role,
        Sure,
        Mix,
        Margin,
        NoiseBasis,
        Level,
        Noise,
        NoiseUnknown,
        RoleStats,
        Difference,
        RoleGap,
        // Errors
        ErrorCode,
        AppError,
        // Start-up and a scan
        NotSavingReason,
        Notice,
        InstrumentView,
        Startup,
        WelcomeView,
        ScanView,
        AnswerValue,
        StartOutcome,
        Progress,
        RoleScoreView,
        ShortfallView,
        ResultView,
        ResultSummary,
        FinishOutcome,
        // History and compare
        GoalView,
        HistoryItem,
        RoleChangeView,
        FollowUpView,
        PairChange,
        CompareItem,
        CompareView,
        // Files
        ChartKind,
        ChartFormat,
        DataFormat,
        SaveOutcome,
        Problem,
        ImportProblemView,
        GroupRestoreView,
        ImportReport,
        WipeGroupView,
        WipeSummary,
        KeptCopyView,
        // Groups
        GroupSummary,
        DroppedFile,
        Source,
        FileProblem,
        GroupImportReport,
        OpenedGroup,
        ParticipantView,
        GroupView,
        ProjectionStep,
        GroupChart,
        // A live session
        JoinRequest,
        LiveAnswerRequest,
        ParticipantState,
        LiveSituationState,
        LiveRatingOutcome,
        Joined,
        LiveResultView,
        LiveFinishOutcome,
        LiveCounts,
        DeviceView,
        NetworkAddress,
        LiveStatus,
        // How well the list measures
        QualityScope,
        ListResults,
        ItemQualityView,
        RoleQualityView,
        RoleCorrelation,
        RoleRetestView,
        RetestView,
        QualityView,
        // Situations
        SituationSummary,
        RatingSummary,
        RatingDraftSummary,
        RatingSheet,
        RatingOutcome,
        GapView,
        ResultChoice,
        SituationView,
        RatingChangeView,
        GroupSituationView,
        // Colleagues
        ColleagueRole,
        RequestSummary,
        OpenAnswersView,
        ColleagueView,
        CodeReason,
        CodeProblem,
        CodesReport,
        // About
        AboutView,
        ListInBuild,
        GroupSituationRole,
    );
    out.push_str(&facts());
    out
}

/// The facts Rust decides and the UI needs, as TypeScript constants: the
/// limits a screen tells people about, and the roles and reflection
/// questions in their order. Generated, so they are never copied by hand.
fn facts() -> String {
    use rolspiegel_core::{ReflectionQuestion, Role};
    let list = |keys: Vec<&str>| {
        keys.iter()
            .map(|k| format!("\"{k}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!(
        "\n/** Limits Rust keeps, for what the UI says about them. */\n\
         export const LIMITS = {{\n\
         \x20 /** Entries of one list read from one file: results, or one group's participants. */\n\
         \x20 maxEntries: {entries},\n\
         \x20 /** Groups read from one backup. */\n\
         \x20 maxGroups: {groups},\n\
         \x20 /** The largest participant file (also when dropped on the window). */\n\
         \x20 maxParticipantBytes: {participant},\n\
         \x20 /** Results compared at once. */\n\
         \x20 maxCompared: {compared},\n\
         \x20 /** The largest file of colleagues' answer codes (also when dropped). */\n\
         \x20 maxCodeFileBytes: {code_file},\n\
         \x20 /** Answer codes read in one go. */\n\
         \x20 maxCodesAtOnce: {codes},\n\
         }} as const;\n\
         \n/** The roles, in the axis order used everywhere. */\n\
         export const ROLES = [{roles}] as const;\n\
         \n/** The reflection questions, in the book's order. */\n\
         export const QUESTIONS = [{questions}] as const;\n\
         \n/** A reflection question's key. */\n\
         export type QuestionKey = (typeof QUESTIONS)[number];\n",
        entries = rolspiegel_exchange::MAX_ENTRIES,
        groups = rolspiegel_exchange::MAX_GROUPS,
        participant = rolspiegel_exchange::MAX_PARTICIPANT_BYTES,
        compared = crate::history::MAX_COMPARED,
        code_file = crate::colleagues::MAX_CODE_FILE_BYTES,
        codes = crate::colleagues::MAX_CODES_AT_ONCE,
        roles = list(Role::ALL.iter().map(|r| r.key()).collect()),
        questions = list(ReflectionQuestion::ALL.iter().map(|q| q.key()).collect()),
    )
}
