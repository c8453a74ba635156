//! The About screen: which Rolspiegel this is and where its data lives.

use serde::Serialize;
use ts_rs::TS;

/// What the About screen shows.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AboutView {
    /// This build's version ("0.1.0").
    pub version: String,
    /// The statement lists about a person in this build, oldest first.
    pub lists: Vec<ListInBuild>,
    /// The situation lists in this build, oldest first.
    pub situation_lists: Vec<ListInBuild>,
    /// The data folder, in full; `None` when nothing can be saved.
    pub data_folder: Option<String>,
    /// The database file's name in that folder.
    pub database: Option<String>,
    /// The log file, in full, when there is one.
    pub log: Option<String>,
}

/// One statement list in this build.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ListInBuild {
    /// Its version.
    pub version: u32,
    /// How many statements it has.
    pub statements: usize,
    /// Whether new scans (or ratings) use it.
    pub current: bool,
}
