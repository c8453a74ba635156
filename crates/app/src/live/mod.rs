//! A live workshop session: phones in the room take the scan and their
//! results go into a group. [`LiveRoom`] is its one home — the session and
//! its rules, behind one lock — which both front doors call: the window's
//! commands (open, close, join settings, reveal, removing and blocking) and
//! the phones' routes (join, answer, finish). [`LiveSession`] is the
//! session's state itself. A finished scan goes into the group through
//! [`crate::service::Service::add_live_result`], checked as a participant
//! file is.
//!
//! What it does not do: sockets, HTTP or an async runtime. Serving phones is
//! a [`PhoneDoor`]'s job (`rolspiegel-workshop`).

pub(crate) mod room;
mod session;

pub use room::{FormPage, LiveRoom, OpenDoor, PhoneDoor};
pub use session::{
    new_code, Held, LiveSession, LiveTarget, SharedSituation, CODE_ALPHABET, CODE_LENGTH,
    MAX_ANSWER_SETS_PER_DEVICE, MAX_PARTICIPANTS, MAX_PARTICIPANTS_PER_DEVICE,
};
