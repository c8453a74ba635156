//! Rolspiegel's live workshop server: the phones' front door. During a live
//! session the facilitator's laptop serves a small phone page and a JSON API
//! on one address of the room's network; participants join with a code,
//! answer the statements and get their own result, which goes into the
//! group. Main items:
//! - [`WorkshopDoor`]: the [`rolspiegel_app::live::PhoneDoor`] the app plugs
//!   into its [`rolspiegel_app::live::LiveRoom`]: opened on an address, it
//!   serves the room until it is closed;
//! - [`local_addresses`]: the addresses phones could reach, read from the
//!   computer's own interfaces and routes.
//!
//! Only the routes in `door.rs` exist. Every request is checked for its
//! `Host` (and, when it writes, its `Origin`), capped in size and time, and
//! refused with 503 when too many run at once; every device (network
//! address) has its fair share of connections, requests in flight and
//! participants (`devices.rs`), and a connection that stops reading its
//! answers is closed (`timed.rs`); joining is limited per phone;
//! a participant's token reads and writes only their own answers; no route
//! returns another participant's answers or any group figure.
//!
//! What it does not do: know Tauri or windows, behaviour (every route is one
//! call to the room in `rolspiegel-app`), TLS (see ARCHITECTURE.md: plain
//! HTTP on the room's network, by design), or reach anything beyond the
//! room.

mod address;
mod assets;
mod devices;
mod door;
mod server;
mod sync;
mod timed;

pub use address::local_addresses;
pub use assets::{asset, Asset, ASSETS};
pub use devices::{MAX_CONNECTIONS_PER_DEVICE, MAX_REQUESTS_PER_DEVICE};
pub use door::{Limits, MAX_BODY_BYTES, MAX_WRONG_CODES, PHONE_CSP, TRIES_WINDOW};
pub use server::{WorkshopDoor, DEFAULT_PORT, MAX_CONNECTIONS, SHUTDOWN_DEADLINE};
