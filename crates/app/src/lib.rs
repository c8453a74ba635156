//! Rolspiegel's behaviour, the same behind every front door: the window's
//! IPC commands (`src-tauri`) and the phones' HTTP routes of a live workshop
//! (`crates/workshop`). Main items:
//! - [`service`]: the index — every operation of [`service::Service`], one
//!   line each, delegating to its feature: the service itself ([`state`]), a
//!   scan and its result ([`scan`]), history and compare, labels,
//!   reflections and goals ([`history`]), file exports and imports as bytes
//!   ([`files`]), workshop groups ([`groups`]) and their figures and
//!   projection ([`group_figures`]), how well the statement list measured in
//!   them ([`quality`]), what a situation asks beside a result
//!   ([`situations`]), the PDF reports ([`report`]); [`words`] is where the
//!   behaviour puts things into words itself;
//! - [`wire`] and [`error`]: the shapes that cross to a front door (the UI's
//!   TypeScript is generated from them), and errors as a stable code that
//!   each door puts into words;
//! - [`disk`]: reading and writing the files a person picks, for the front
//!   door to call outside its lock;
//! - [`dates`]: dates in the local time zone, in words;
//! - [`cli`]: what `--version` and `--help` print, before any window;
//! - [`data_folder`]: where the data lives, and the one-time move from the
//!   first release's folder name;
//! - [`live`]: a live workshop session's one home, the room both doors
//!   call;
//! - [`shared`]: the one service every front door shares.
//!
//! What it does not do: know Tauri, windows, dialogs or sockets (a test in
//! `src-tauri` walks `Cargo.lock` to keep it so); scoring, SQL, Fluent
//! parsing or drawing (those are the other crates under `crates/`).

pub mod about;
mod centres;
pub mod cli;
pub mod colleagues;
pub mod data_folder;
pub mod dates;
pub mod disk;
pub mod error;
pub mod files;
pub mod group_figures;
pub mod groups;
pub mod history;
pub mod live;
pub mod quality;
pub mod report;
mod retest;
pub mod scan;
pub mod service;
pub mod shared;
pub mod situations;
pub mod state;
pub mod wire;
pub mod words;
