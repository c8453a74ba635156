//! The Tauri commands: each takes the IPC arguments, calls [`Service`] and
//! returns its DTO or `{ code, message }` error. Every command is listed in
//! `build.rs`, so each needs an explicit permission in a capability file.

use std::sync::Mutex;

use tauri::State;

use crate::dto::{FinishOutcome, Progress, ResultSummary, ResultView, ScanView, Startup};
use crate::error::ApiError;
use crate::service::Service;

/// The service behind a lock: one command at a time touches the database.
pub struct AppState(pub Mutex<Service>);

fn with<T>(
    state: &AppState,
    f: impl FnOnce(&mut Service) -> Result<T, ApiError>,
) -> Result<T, ApiError> {
    // A poisoned lock means an earlier command panicked; the service itself
    // holds no half-done state (SQLite transactions roll back), so go on.
    let mut service = state
        .0
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    f(&mut service)
}

/// Language, notices and the statement list, for the first screen.
#[tauri::command]
pub async fn startup(state: State<'_, AppState>) -> Result<Startup, ApiError> {
    with(&state, |s| Ok(s.startup()))
}

/// Switches the language (`nl` or `en`) and remembers it.
#[tauri::command]
pub async fn set_language(state: State<'_, AppState>, language: String) -> Result<(), ApiError> {
    with(&state, |s| s.set_language(&language))
}

/// The scan in progress, or `null`.
#[tauri::command]
pub async fn current_scan(state: State<'_, AppState>) -> Result<Option<ScanView>, ApiError> {
    with(&state, |s| s.current_scan())
}

/// Starts a new scan, discarding one in progress.
#[tauri::command]
pub async fn start_scan(state: State<'_, AppState>) -> Result<ScanView, ApiError> {
    with(&state, |s| s.start_scan())
}

/// Saves one answer: 1–5, or `null` for "weet ik niet".
#[tauri::command]
pub async fn save_answer(
    state: State<'_, AppState>,
    assessment_id: String,
    statement_id: String,
    value: Option<serde_json::Value>,
) -> Result<Progress, ApiError> {
    with(&state, |s| {
        // Anything but a whole number or null is out of range, not a crash.
        let value = match value {
            None | Some(serde_json::Value::Null) => None,
            Some(serde_json::Value::Number(n)) => Some(n.as_i64().unwrap_or(i64::MIN)),
            Some(_) => Some(i64::MIN),
        };
        s.save_answer(&assessment_id, &statement_id, value)
    })
}

/// Scores the scan and stores it when complete.
#[tauri::command]
pub async fn finish_scan(
    state: State<'_, AppState>,
    assessment_id: String,
) -> Result<FinishOutcome, ApiError> {
    with(&state, |s| s.finish_scan(&assessment_id))
}

/// Throws away the scan in progress.
#[tauri::command]
pub async fn discard_scan(
    state: State<'_, AppState>,
    assessment_id: String,
) -> Result<(), ApiError> {
    with(&state, |s| s.discard_scan(&assessment_id))
}

/// One completed result with its chart.
#[tauri::command]
pub async fn result(state: State<'_, AppState>, id: String) -> Result<ResultView, ApiError> {
    with(&state, |s| s.result(&id))
}

/// All completed results, newest first.
#[tauri::command]
pub async fn results(state: State<'_, AppState>) -> Result<Vec<ResultSummary>, ApiError> {
    with(&state, |s| s.results())
}
