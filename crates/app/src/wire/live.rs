//! A live workshop session: what phones send and get, and what the
//! facilitator's window shows.

use std::collections::BTreeMap;

use rolspiegel_core::{Level, Mix, NoiseBasis};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::wire::{AnswerValue, InstrumentView, RoleScoreView, ShortfallView};

/// A phone asks to join: the code on the projector and an optional name.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct JoinRequest {
    /// The join code as typed (case and spaces do not matter).
    pub code: String,
    /// The name the participant typed; empty for none.
    #[serde(default)]
    pub name: String,
    /// The retest pairing code the phone keeps (or the participant typed);
    /// empty for none.
    #[serde(default)]
    pub pairing: String,
}

/// A phone saves one answer. `seq` grows with every answer the phone gives,
/// so a late copy of an older answer never overwrites a newer one. Both
/// fields must be there: a missing `value` is an error, not "weet ik niet".
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LiveAnswerRequest {
    /// 1–5, or `null` for "weet ik niet"; anything else is an answer off
    /// the scale, as through the window ([`crate::service::given_answer`]).
    pub value: AnswerValue,
    /// The phone's answer counter.
    #[ts(type = "number")]
    pub seq: u64,
}

/// What a phone knows of its participant: enough to continue after a reload.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ParticipantState {
    /// The result's id: the same in the group and in the participant file.
    pub result_id: String,
    /// The name given when joining.
    pub name: String,
    /// The statement list to answer.
    pub instrument: InstrumentView,
    /// The answers the laptop has, by statement id (`null` = "weet ik niet").
    #[ts(type = "Record<string, number | null>")]
    pub answers: BTreeMap<String, Option<u8>>,
    /// The highest answer counter the laptop has seen.
    #[ts(type = "number")]
    pub seq: u64,
    /// The scan is finished and in the group.
    pub finished: bool,
    /// The group's shared situation to rate after the scan; `None` when the
    /// group has none.
    pub situation: Option<LiveSituationState>,
}

/// The group's shared situation as a phone rates it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LiveSituationState {
    /// Its name, as the facilitator wrote it.
    pub name: String,
    /// The situation list's statement ids, in order.
    pub statements: Vec<String>,
    /// The answers the laptop has, by statement id (`null` = "weet ik niet").
    #[ts(type = "Record<string, number | null>")]
    pub answers: BTreeMap<String, Option<u8>>,
    /// The highest answer counter the laptop has seen for it.
    #[ts(type = "number")]
    pub seq: u64,
    /// The rating is stored in the group.
    pub finished: bool,
}

/// What finishing a phone's rating of the group's situation did.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum LiveRatingOutcome {
    /// Stored in the group (also when sent twice).
    Complete,
    /// Too few answers in some role; nothing was stored.
    Incomplete {
        /// Per role short of answers, how many.
        shortfalls: Vec<ShortfallView>,
    },
}

/// A phone has joined: its secret token and its participant.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Joined {
    /// Sent back with every request (`Authorization: Bearer …`); lets the
    /// phone write and read its own answers, nothing else.
    pub token: String,
    /// The new participant.
    pub participant: ParticipantState,
}

/// A participant's own result, for their phone.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LiveResultView {
    /// Scores and shares per role.
    pub roles: Vec<RoleScoreView>,
    /// Which role is highest and which lowest, and how sure.
    pub mix: Mix,
    /// Which spread the noise (the mix, the margins) was estimated from.
    pub basis: NoiseBasis,
    /// How strongly the roles are recognised overall.
    pub level: Level,
    /// The mean of the three scores.
    pub mean_score: f64,
    /// The radar chart as SVG, labelled in the phone's language; `None`
    /// when it could not be drawn.
    pub chart_svg: Option<String>,
}

/// How far the room is, for the projector.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LiveCounts {
    /// Phones that joined.
    pub joined: usize,
    /// Joined, but not one answer yet: told apart, so a flood of joins (or
    /// phones that left) shows, and the facilitator can remove them.
    pub waiting: usize,
    /// Joined, answered something, not finished.
    pub answering: usize,
    /// Finished: their result is in the group.
    pub finished: usize,
}

/// One device (network address) in the room, as the facilitator's window
/// shows it when something is wrong: what it holds of the laptop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeviceView {
    /// Its IP address, as text.
    pub address: String,
    /// Participants that joined from it and have not finished.
    pub participants: usize,
    /// Of those, the ones without a single answer.
    pub waiting: usize,
    /// Connections it has open now.
    pub connections: usize,
    /// Requests and connections refused because it was over its share.
    #[ts(type = "number")]
    pub refused: u64,
    /// The facilitator blocked it: it gets nothing more.
    pub blocked: bool,
}

/// One address of this computer a live session can listen on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NetworkAddress {
    /// The interface's name (`wlan0`, `eth0`).
    pub interface: String,
    /// The IPv4 address, as text.
    pub address: String,
    /// The interface the default route goes through: most likely the room's
    /// network.
    pub is_default: bool,
}

/// A live session as the facilitator's window shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LiveStatus {
    /// The group the results go into (a session for a workshop group).
    pub group_id: Option<String>,
    /// The request colleagues answer (a session for colleagues).
    pub request_id: Option<String>,
    /// The address phones open, e.g. `http://192.168.1.20:7878/`.
    pub url: String,
    /// The same address with the join code filled in, as the QR code holds it.
    pub join_url: String,
    /// The QR code for `join_url`, as SVG.
    pub qr_svg: String,
    /// The join code (six characters).
    pub code: String,
    /// New phones may join.
    pub joining: bool,
    /// The facilitator has shown the group's results.
    pub revealed: bool,
    /// How far the room is.
    pub counts: LiveCounts,
    /// The devices that hold most (at most [`MAX_DEVICES_SHOWN`]), blocked
    /// ones first; for the facilitator's "a device spoils the room" panel.
    pub devices: Vec<DeviceView>,
}

/// At most this many devices are listed in [`LiveStatus::devices`].
pub const MAX_DEVICES_SHOWN: usize = 12;

/// What finishing a live scan gave the phone.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum LiveFinishOutcome {
    /// The result is in the group.
    Complete {
        /// The participant's own result.
        result: LiveResultView,
    },
    /// Too few answers; the phone goes on answering.
    Incomplete {
        /// Roles that need more answers.
        shortfalls: Vec<ShortfallView>,
    },
}
