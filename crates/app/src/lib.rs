//! Rolspiegel's behaviour, the same behind every front door: the window's
//! IPC commands (`src-tauri`) today, the phones' HTTP routes of the live
//! workshop later. Main items:
//! - [`service::Service`]: the app's state and behaviour — a scan and its
//!   answers, the result, history and compare ([`journal`]), labels,
//!   reflections and goals, file exports and imports as bytes ([`files`]),
//!   workshop groups and projection ([`groups`]);
//! - [`dto`] and [`error`]: the shapes that cross to a front door, and errors
//!   as a stable code with a translated message;
//! - [`disk`]: reading and writing the files a person picks, for the front
//!   door to call outside its lock;
//! - [`dates`]: dates in the local time zone, in words.
//!
//! What it does not do: know Tauri, windows, dialogs or sockets (a test in
//! `src-tauri` walks `Cargo.lock` to keep it so); scoring, SQL, Fluent
//! parsing or drawing (those are the other crates under `crates/`).

pub mod dates;
pub mod disk;
pub mod dto;
pub mod error;
pub mod files;
pub mod groups;
pub mod journal;
pub mod service;
