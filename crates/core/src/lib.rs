//! The heart of Rolspiegel: the instrument, the answers and the scoring.
//!
//! Main types:
//! - [`Role`]: the three ideal types of *De ideale ambtenaar* (Bureaucraat,
//!   Ondernemer, Verbinder), always in [`Role::ALL`] order.
//! - [`Instrument`]: a versioned statement list; each [`Statement`] has a stable
//!   id, the role it measures and its [`Keying`].
//! - [`Answer`] and [`Answers`]: validated answers on the five-point scale, or
//!   "weet ik niet" ([`Answer::DontKnow`]).
//! - [`Profile`]: the scored result (0–100 per role, shares, and the [`Mix`]),
//!   made by [`score`].
//! - [`measurement_error`] and [`change`]: whether a change between two
//!   results is larger than the measurement noise ([`Noise`]).
//! - [`Goal`], [`ReflectionQuestion`], [`clean_label`], [`clean_note`]: what a
//!   person writes beside a result, validated.
//! - [`group_stats`] and [`ternary`]: a workshop group's figures per role and
//!   each participant's place in the mix triangle.
//! - [`ResultRecord`], [`StoredResult`], [`Group`], [`GroupMember`] and their
//!   ids ([`AssessmentId`], [`GroupId`]): the records files carry and the
//!   store keeps.
//!
//! What this crate deliberately does not do: no file, database or network I/O,
//! no Tauri, no user-facing text. The only text format it reads is the
//! instrument definition (JSON), because that file *is* the instrument; all
//! wording lives in the Fluent files. See `docs/SCORING.md` for the method.

mod answer;
mod colleagues;
mod difference;
mod error;
mod group;
mod instrument;
mod journal;
mod mix;
mod noise;
mod quality;
mod record;
mod retest;
mod role;
mod scoring;
mod situation;
mod spread;

pub use answer::{Answer, Answers, Likert};
pub use colleagues::{colleagues_view, colleagues_view_with, ColleagueRole, MIN_COLLEAGUES};
pub use difference::Difference;
pub use error::{AnswerError, InstrumentError, ScoringError, TextError};
pub use group::{
    group_stats, quartiles, ternary, GroupStats, RoleStats, MIN_GROUP_SIZE, SHAPE_FROM,
};
pub use instrument::{Instrument, Instruments, Keying, ListKind, Statement, StatementId};
pub use journal::{
    clean_date, clean_label, clean_note, is_xml_forbidden, reorders_text,
    without_refused_characters, Goal, ReflectionQuestion, MAX_LABEL_CHARS, MAX_NOTE_CHARS,
};
pub use mix::{margins_with, mix_with, Bands, Margin, Mix, Sure, MARGIN_Z, MIX_BANDS};
pub use noise::{
    change, change_with, Measured, Noise, NoiseUnknown, RoleChange, CHANGE_PROBABLY_Z, CHANGE_Z,
};
pub use quality::{
    cronbach_alpha, list_quality, pearson, ItemQuality, ListQuality, QualityError, RoleQuality,
    EASY_MEAN, FLAT_SD, LOW_ITEM_REST, MIN_QUALITY_RESULTS,
};
pub use record::{
    AssessmentId, ColleagueResponse, FeedbackRequest, Group, GroupId, GroupMember, GroupRating,
    GroupSituation, Rating, RatingId, RequestId, ResultRecord, Situation, SituationId,
    SituationRecord, StoredResult,
};
pub use retest::{retest, Pairing, Retest, RoleRetest, MIN_RETEST_PAIRS};
pub use role::Role;
pub use scoring::{
    score, whole_percents, Level, Profile, RoleScore, RoleShortfall, LEVEL_HIGH_FROM,
    LEVEL_LOW_BELOW, MIN_ANSWERED_SHARE,
};
pub use situation::{gaps, gaps_with, RoleGap, GAP_Z};
pub use spread::{centred_spread, measurement_error, spread, Centres, NoiseBasis, Spread};
