//! The Tauri commands: each takes the IPC arguments, calls [`Service`] and
//! returns its wire shape or a `{ code }` error (the UI adds the words).
//! `build.rs` finds every `#[tauri::command]` here, registers it and gives it
//! its own permission, which a capability file must grant.

use std::sync::Arc;
use std::time::Duration;

use tauri::{AppHandle, Emitter, Manager, Runtime, State, WebviewWindow};

use std::path::PathBuf;

use rolspiegel_app::colleagues::MAX_CODE_FILE_BYTES;
use rolspiegel_exchange::{MAX_GROUP_BYTES, MAX_PARTICIPANT_BYTES};

use rolspiegel_app::disk::{self, SaveTarget};
use rolspiegel_app::error::{AppError, ErrorCode};
use rolspiegel_app::files::{write_error, MAX_OPEN_BYTES};
use rolspiegel_app::live::{LiveRoom, PhoneDoor};
use rolspiegel_app::service::{given_answer, Service};
use rolspiegel_app::shared::SharedService;
use rolspiegel_app::wire::{
    AboutView, AnswerValue, ChartFormat, ChartKind, CodesReport, ColleagueView, CompareView,
    DataFormat, DroppedFile, FinishOutcome, GoalView, GroupChart, GroupImportReport,
    GroupSituationView, GroupSummary, GroupView, HistoryItem, ImportReport, KeptCopyView,
    LiveStatus, NetworkAddress, OpenedGroup, Progress, ProjectionStep, QualityScope, QualityView,
    RatingOutcome, RatingSheet, RequestSummary, ResultSummary, ResultView, SaveOutcome, ScanView,
    SituationSummary, SituationView, StartOutcome, Startup, WipeSummary,
};
use rolspiegel_core::{GroupId, RequestId};

/// The window's state: the service every front door shares (see
/// [`SharedService`]: files are read before its lock is taken and written
/// after, dialogs run without it) and the live room, which serves phones
/// through the door the desktop plugged in at start-up.
///
/// The service starts on its own thread while the window loads (opening or
/// creating the database is the slow part of a start); the first command
/// waits for it.
pub struct AppState {
    service: Arc<SharedService>,
    room: Arc<LiveRoom>,
}

impl AppState {
    /// A state whose service is still starting, with a live room served to
    /// phones through `door`.
    pub fn starting(door: Box<dyn PhoneDoor>) -> AppState {
        let service = Arc::new(SharedService::starting());
        AppState {
            room: LiveRoom::new(service.clone(), door),
            service,
        }
    }

    /// Hands over the started service and wakes the commands waiting for it.
    pub fn started(&self, service: Service) {
        self.service.started(service);
    }

    /// The live room.
    pub fn room(&self) -> &Arc<LiveRoom> {
        &self.room
    }

    /// Ends the live session, if one is open (the app is closing): requests
    /// in flight finish first, within the door's deadline.
    pub async fn end_live(&self) {
        self.room.close().await;
    }
}

/// Runs `f` on the service under the lock (waiting for it to have started);
/// an error is logged here, once.
///
/// It runs on Tauri's pool for blocking work, never on the async workers:
/// those also serve the phones of a live session, and the service lock, a
/// report being built or a disk that is slow must not hold them up.
async fn with<T: Send + 'static>(
    state: &AppState,
    f: impl FnOnce(&mut Service) -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    let service = state.service.clone();
    blocking(move || service.with(f)).await?.map_err(logged)
}

/// Runs blocking work (the service, a native dialog, a file read or
/// written) on Tauri's pool for blocking work.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, AppError> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|e| logged(AppError::because(ErrorCode::BadRequest, e)))
}

/// The one place this door logs an error: its code, and what caused it when
/// the behaviour knows (a disk or chart failure). The error goes to the UI as
/// `{ code }`; the UI puts it into words in its own language.
fn logged(error: AppError) -> AppError {
    match error.cause() {
        Some(cause) => tracing::warn!("{:?}: {cause}", error.code),
        None => tracing::info!("refused with {:?}", error.code),
    }
    error
}

/// Language, notices and the statement list, for the first screen.
#[tauri::command]
pub async fn startup(state: State<'_, AppState>) -> Result<Startup, AppError> {
    with(&state, move |s| Ok(s.startup())).await
}

/// The person has read a notice; a damaged copy (`file`) is not told again.
#[tauri::command]
pub async fn dismiss_notice(
    state: State<'_, AppState>,
    file: Option<String>,
) -> Result<(), AppError> {
    with(&state, move |s| s.dismiss_notice(file.as_deref())).await
}

/// Switches the language (`nl` or `en`) and remembers it.
#[tauri::command]
pub async fn set_language(state: State<'_, AppState>, language: String) -> Result<(), AppError> {
    with(&state, move |s| s.set_language(&language)).await
}

/// The scan in progress, or `null`.
#[tauri::command]
pub async fn current_scan(state: State<'_, AppState>) -> Result<Option<ScanView>, AppError> {
    with(&state, move |s| s.current_scan()).await
}

/// Starts a new scan; a scan in progress is discarded only when
/// `replacing` names it, else the outcome says which scan is in progress.
#[tauri::command]
pub async fn start_scan(
    state: State<'_, AppState>,
    replacing: Option<String>,
) -> Result<StartOutcome, AppError> {
    with(&state, move |s| s.start_scan(replacing.as_deref())).await
}

/// Saves one answer: 1–5, or `null` for "weet ik niet".
#[tauri::command]
pub async fn save_answer(
    state: State<'_, AppState>,
    assessment_id: String,
    statement_id: String,
    value: AnswerValue,
) -> Result<Progress, AppError> {
    // Anything but a whole number or null is off the scale, as from a phone.
    with(&state, move |s| {
        s.save_answer(&assessment_id, &statement_id, given_answer(&value))
    })
    .await
}

/// Scores the scan and stores it when complete.
#[tauri::command]
pub async fn finish_scan(
    state: State<'_, AppState>,
    assessment_id: String,
) -> Result<FinishOutcome, AppError> {
    with(&state, move |s| s.finish_scan(&assessment_id)).await
}

/// Throws away the scan in progress.
#[tauri::command]
pub async fn discard_scan(
    state: State<'_, AppState>,
    assessment_id: String,
) -> Result<(), AppError> {
    with(&state, move |s| s.discard_scan(&assessment_id)).await
}

/// One completed result with its chart.
#[tauri::command]
pub async fn result(state: State<'_, AppState>, id: String) -> Result<ResultView, AppError> {
    with(&state, move |s| s.result(&id)).await
}

/// All completed results, newest first.
#[tauri::command]
pub async fn results(state: State<'_, AppState>) -> Result<Vec<ResultSummary>, AppError> {
    with(&state, move |s| s.results()).await
}

/// Every result with label, mini-chart scores and goal, newest first.
#[tauri::command]
pub async fn history(state: State<'_, AppState>) -> Result<Vec<HistoryItem>, AppError> {
    with(&state, move |s| s.history()).await
}

/// Every situation, named last first, with its ratings.
#[tauri::command]
pub async fn situations(state: State<'_, AppState>) -> Result<Vec<SituationSummary>, AppError> {
    with(&state, move |s| s.situations()).await
}

/// Makes a feedback request to colleagues.
#[tauri::command]
pub async fn create_request(
    state: State<'_, AppState>,
    known_as: String,
    language: String,
    questions: Vec<String>,
) -> Result<RequestSummary, AppError> {
    with(&state, move |s| {
        s.create_request(&known_as, &language, &questions)
    })
    .await
}

/// Every feedback request, newest first.
#[tauri::command]
pub async fn requests(state: State<'_, AppState>) -> Result<Vec<RequestSummary>, AppError> {
    with(&state, move |s| s.requests()).await
}

/// Removes a feedback request with every answer to it (the screen asked);
/// first the live session for it ends, if one is open, so no answer comes
/// in after.
#[tauri::command]
pub async fn delete_request(state: State<'_, AppState>, id: String) -> Result<(), AppError> {
    if RequestId::parse(&id).is_some_and(|request| state.room.serves_request(request)) {
        state.end_live().await;
    }
    with(&state, move |s| s.delete_request(&id)).await
}

/// Saves the answer form of a request where the person chooses.
#[tauri::command]
pub async fn save_answer_form<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
    id: String,
) -> Result<SaveOutcome, AppError> {
    let dialog = SaveDialog {
        what: "file-name-form",
        extension: "html",
        title: "dialog-save-form",
        filter: "dialog-filter-form",
    };
    save_as(&app, &window, &state, dialog, move |s| {
        s.answer_form(&id).map(String::into_bytes)
    })
    .await
}

/// Reads answer codes pasted into the window.
#[tauri::command]
pub async fn add_codes(
    state: State<'_, AppState>,
    id: String,
    text: String,
) -> Result<CodesReport, AppError> {
    with(&state, move |s| s.add_codes(&id, &text)).await
}

/// Reads answer codes from files the person picks (what colleagues
/// attached); `null` when they cancel.
#[tauri::command]
pub async fn add_code_files<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
    id: String,
) -> Result<Option<CodesReport>, AppError> {
    let (title, filter) = with(&state, move |s| {
        Ok((s.text("dialog-open-codes"), s.text("dialog-filter-codes")))
    })
    .await?;
    let Some(paths) =
        blocking(move || dialogs::open_many(&app, &window, &title, &filter, "txt")).await?
    else {
        return Ok(None);
    };
    let files = blocking(move || {
        paths
            .iter()
            .map(|path| disk::read_file(path, MAX_CODE_FILE_BYTES))
            .collect::<Vec<_>>()
    })
    .await?;
    with(&state, move |s| s.add_code_files(&id, files))
        .await
        .map(Some)
}

/// Reads answer codes from files dropped on the window (their names and
/// bytes): read exactly as files picked in the dialog.
#[tauri::command]
pub async fn add_dropped_code_files(
    state: State<'_, AppState>,
    id: String,
    files: Vec<DroppedFile>,
) -> Result<CodesReport, AppError> {
    let files = files
        .into_iter()
        .map(|f| f.read(MAX_CODE_FILE_BYTES))
        .collect();
    with(&state, move |s| s.add_code_files(&id, files)).await
}

/// How colleagues see the person beside a result (the latest by default).
#[tauri::command]
pub async fn colleague_view(
    state: State<'_, AppState>,
    id: String,
    result: Option<String>,
) -> Result<ColleagueView, AppError> {
    with(&state, move |s| s.colleague_view(&id, result.as_deref())).await
}

/// Names a new situation.
#[tauri::command]
pub async fn add_situation(
    state: State<'_, AppState>,
    name: String,
    note: String,
) -> Result<SituationSummary, AppError> {
    with(&state, move |s| s.add_situation(&name, &note)).await
}

/// Renames a situation or changes its note.
#[tauri::command]
pub async fn edit_situation(
    state: State<'_, AppState>,
    id: String,
    name: String,
    note: String,
) -> Result<SituationSummary, AppError> {
    with(&state, move |s| s.edit_situation(&id, &name, &note)).await
}

/// Removes a situation with its ratings (the screen has asked).
#[tauri::command]
pub async fn delete_situation(state: State<'_, AppState>, id: String) -> Result<(), AppError> {
    with(&state, move |s| s.delete_situation(&id)).await
}

/// Begins rating a situation, or resumes the rating in progress.
#[tauri::command]
pub async fn start_rating(
    state: State<'_, AppState>,
    situation_id: String,
) -> Result<RatingSheet, AppError> {
    with(&state, move |s| s.start_rating(&situation_id)).await
}

/// Saves one answer of a rating.
#[tauri::command]
pub async fn save_rating_answer(
    state: State<'_, AppState>,
    rating_id: String,
    statement_id: String,
    value: AnswerValue,
) -> Result<Progress, AppError> {
    with(&state, move |s| {
        s.save_rating_answer(&rating_id, &statement_id, given_answer(&value))
    })
    .await
}

/// Scores a rating and stores it when complete.
#[tauri::command]
pub async fn finish_rating(
    state: State<'_, AppState>,
    rating_id: String,
) -> Result<RatingOutcome, AppError> {
    with(&state, move |s| s.finish_rating(&rating_id)).await
}

/// Throws away a rating in progress.
#[tauri::command]
pub async fn discard_rating(state: State<'_, AppState>, rating_id: String) -> Result<(), AppError> {
    with(&state, move |s| s.discard_rating(&rating_id)).await
}

/// A rating beside a result (the latest when none is named).
#[tauri::command]
pub async fn situation_view(
    state: State<'_, AppState>,
    rating_id: String,
    result_id: Option<String>,
) -> Result<SituationView, AppError> {
    with(&state, move |s| {
        s.situation_view(&rating_id, result_id.as_deref())
    })
    .await
}

/// Gives a workshop group its shared situation (an empty name removes it
/// and its ratings).
#[tauri::command]
pub async fn set_group_situation(
    state: State<'_, AppState>,
    group_id: String,
    name: String,
    note: String,
) -> Result<Option<GroupSituationView>, AppError> {
    with(&state, move |s| {
        s.set_group_situation(&group_id, &name, &note)
    })
    .await
}

/// Which Rolspiegel this is, its statement lists and where its data lives.
#[tauri::command]
pub async fn about(state: State<'_, AppState>) -> Result<AboutView, AppError> {
    with(&state, move |s| Ok(s.about())).await
}

/// Opens the data folder in the file manager. Only the app's own folder:
/// the window cannot name another.
#[tauri::command]
pub async fn open_data_folder(state: State<'_, AppState>) -> Result<(), AppError> {
    let folder = with(&state, move |s| {
        s.data_folder()
            .ok_or_else(|| AppError::from(ErrorCode::FileRead))
    })
    .await?;
    blocking(move || dialogs::show_folder(std::path::Path::new(&folder)))
        .await?
        .map_err(logged)
}

/// The copies kept beside the database, with what each holds.
#[tauri::command]
pub async fn kept_copies(state: State<'_, AppState>) -> Result<Vec<KeptCopyView>, AppError> {
    with(&state, move |s| s.kept_copies()).await
}

/// Adds what a kept copy holds that is not here yet.
#[tauri::command]
pub async fn add_from_copy(
    state: State<'_, AppState>,
    file: String,
) -> Result<ImportReport, AppError> {
    with(&state, move |s| s.add_from_copy(&file)).await
}

/// Gives a result a label (empty removes it); returns the label as stored.
#[tauri::command]
pub async fn set_label(
    state: State<'_, AppState>,
    id: String,
    label: String,
) -> Result<String, AppError> {
    with(&state, move |s| s.set_label(&id, &label)).await
}

/// Deletes one result with its notes and goal.
#[tauri::command]
pub async fn delete_result(state: State<'_, AppState>, id: String) -> Result<(), AppError> {
    with(&state, move |s| s.delete_result(&id)).await
}

/// Saves the answer to one reflection question.
#[tauri::command]
pub async fn save_reflection(
    state: State<'_, AppState>,
    id: String,
    question: String,
    answer: String,
) -> Result<(), AppError> {
    with(&state, move |s| s.save_reflection(&id, &question, &answer)).await
}

/// Sets the development goal of a result.
#[tauri::command]
pub async fn save_goal(
    state: State<'_, AppState>,
    id: String,
    role: String,
    assignment: String,
    review_on: Option<String>,
) -> Result<GoalView, AppError> {
    with(&state, move |s| {
        s.save_goal(&id, &role, &assignment, review_on.as_deref())
    })
    .await
}

/// Removes the development goal of a result.
#[tauri::command]
pub async fn clear_goal(state: State<'_, AppState>, id: String) -> Result<(), AppError> {
    with(&state, move |s| s.clear_goal(&id)).await
}

/// Two to five results side by side.
#[tauri::command]
pub async fn compare(
    state: State<'_, AppState>,
    ids: Vec<String>,
) -> Result<CompareView, AppError> {
    with(&state, move |s| s.compare(&ids)).await
}

/// Saves a chart as PNG or SVG where the person chooses.
#[tauri::command]
pub async fn export_chart<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
    ids: Vec<String>,
    kind: ChartKind,
    format: ChartFormat,
) -> Result<SaveOutcome, AppError> {
    let (extension, filter) = chart_file(format);
    let what = if kind == ChartKind::Trend {
        "file-name-timeline"
    } else {
        "file-name-chart"
    };
    let dialog = SaveDialog {
        what,
        extension,
        title: "dialog-save-chart",
        filter,
    };
    save_as(&app, &window, &state, dialog, move |s| {
        s.export_chart(&ids, kind, format)
    })
    .await
}

/// Saves all data as JSON or CSV where the person chooses.
#[tauri::command]
pub async fn export_data<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
    format: DataFormat,
) -> Result<SaveOutcome, AppError> {
    let (extension, filter) = match format {
        DataFormat::Json => ("json", "dialog-filter-json"),
        DataFormat::Csv => ("csv", "dialog-filter-csv"),
    };
    let dialog = SaveDialog {
        what: "file-name-data",
        extension,
        title: "dialog-save-data",
        filter,
    };
    save_as(&app, &window, &state, dialog, move |s| {
        s.export_data(format)
    })
    .await
}

/// Saves everything (own results and groups) as one backup file.
#[tauri::command]
pub async fn export_backup<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
) -> Result<SaveOutcome, AppError> {
    let dialog = SaveDialog {
        what: "file-name-backup",
        extension: "json",
        title: "dialog-save-backup",
        filter: "dialog-filter-backup",
    };
    save_as(&app, &window, &state, dialog, move |s| s.export_backup()).await
}

/// Imports an export file the person picks; `null` when they cancel.
#[tauri::command]
pub async fn import_data<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
) -> Result<Option<ImportReport>, AppError> {
    let (title, filter) = with(&state, move |s| {
        Ok((s.text("dialog-open-data"), s.text("dialog-filter-json")))
    })
    .await?;
    let Some(path) =
        blocking(move || dialogs::open(&app, &window, &title, &filter, "json")).await?
    else {
        return Ok(None);
    };
    let file = blocking(move || disk::read_file(&path, MAX_OPEN_BYTES)).await?;
    with(&state, move |s| s.import_file(file)).await.map(Some)
}

/// What deleting everything would remove.
#[tauri::command]
pub async fn wipe_summary(state: State<'_, AppState>) -> Result<WipeSummary, AppError> {
    with(&state, move |s| s.wipe_summary()).await
}

/// Removes every result, note, goal and group, and the copies beside the
/// database; returns how many copies were removed. A live session ends
/// first: what it gathers for is going.
#[tauri::command]
pub async fn wipe(state: State<'_, AppState>) -> Result<usize, AppError> {
    state.end_live().await;
    with(&state, move |s| s.wipe()).await
}

/// Every workshop group, newest first.
#[tauri::command]
pub async fn groups(state: State<'_, AppState>) -> Result<Vec<GroupSummary>, AppError> {
    with(&state, move |s| s.groups()).await
}

/// Creates a workshop group.
#[tauri::command]
pub async fn create_group(
    state: State<'_, AppState>,
    name: String,
    held_on: Option<String>,
    notes: String,
) -> Result<GroupSummary, AppError> {
    with(&state, move |s| {
        s.create_group(&name, held_on.as_deref(), &notes)
    })
    .await
}

/// Renames a group and changes its date and notes.
#[tauri::command]
pub async fn update_group(
    state: State<'_, AppState>,
    id: String,
    name: String,
    held_on: Option<String>,
    notes: String,
) -> Result<GroupSummary, AppError> {
    with(&state, move |s| {
        s.update_group(&id, &name, held_on.as_deref(), &notes)
    })
    .await
}

/// Deletes a group with the results in it.
#[tauri::command]
pub async fn delete_group(state: State<'_, AppState>, id: String) -> Result<(), AppError> {
    with(&state, move |s| s.delete_group(&id)).await
}

/// Adds participants' files chosen in the open dialog; `null` when cancelled.
#[tauri::command]
pub async fn add_group_files<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
    id: String,
) -> Result<Option<GroupImportReport>, AppError> {
    let (title, filter) = with(&state, move |s| {
        Ok((
            s.text("dialog-open-participants"),
            s.text("dialog-filter-json"),
        ))
    })
    .await?;
    let Some(paths) =
        blocking(move || dialogs::open_many(&app, &window, &title, &filter, "json")).await?
    else {
        return Ok(None);
    };
    let files = blocking(move || {
        paths
            .iter()
            .map(|path| disk::read_file(path, MAX_PARTICIPANT_BYTES))
            .collect()
    })
    .await?;
    with(&state, move |s| s.add_files_to_group(&id, files))
        .await
        .map(Some)
}

/// Adds files dropped on the window (their names and bytes): read exactly
/// as files picked in the dialog.
#[tauri::command]
pub async fn add_dropped_files(
    state: State<'_, AppState>,
    id: String,
    files: Vec<DroppedFile>,
) -> Result<GroupImportReport, AppError> {
    let files = files
        .into_iter()
        .map(|f| f.read(MAX_PARTICIPANT_BYTES))
        .collect();
    with(&state, move |s| s.add_files_to_group(&id, files)).await
}

/// Adds some of the facilitator's own results to a group.
#[tauri::command]
pub async fn add_own_results(
    state: State<'_, AppState>,
    id: String,
    result_ids: Vec<String>,
) -> Result<GroupImportReport, AppError> {
    with(&state, move |s| {
        s.add_own_results_to_group(&id, &result_ids)
    })
    .await
}

/// The group's figures and charts.
#[tauri::command]
pub async fn group_view(
    state: State<'_, AppState>,
    id: String,
    show_names: bool,
) -> Result<GroupView, AppError> {
    with(&state, move |s| s.group_view(&id, show_names)).await
}

/// "Hoe goed meet de lijst?" for one group or all groups of one list.
#[tauri::command]
pub async fn list_quality(
    state: State<'_, AppState>,
    scope: QualityScope,
) -> Result<QualityView, AppError> {
    with(&state, move |s| s.list_quality(scope)).await
}

/// Saves the anonymous answer matrix as CSV where the person chooses.
#[tauri::command]
pub async fn export_answer_matrix<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
    scope: QualityScope,
) -> Result<SaveOutcome, AppError> {
    let dialog = SaveDialog {
        what: "file-name-answers",
        extension: "csv",
        title: "dialog-save-data",
        filter: "dialog-filter-csv",
    };
    save_as(&app, &window, &state, dialog, move |s| {
        s.export_answer_matrix(&scope)
    })
    .await
}

/// Saves the retest's anonymous pairs as CSV where the person chooses.
#[tauri::command]
pub async fn export_retest_pairs<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
    scope: QualityScope,
) -> Result<SaveOutcome, AppError> {
    let dialog = SaveDialog {
        what: "file-name-retest",
        extension: "csv",
        title: "dialog-save-data",
        filter: "dialog-filter-csv",
    };
    save_as(&app, &window, &state, dialog, move |s| {
        s.export_retest_pairs(&scope)
    })
    .await
}

/// One step of projection mode.
#[tauri::command]
pub async fn projection_step(
    state: State<'_, AppState>,
    id: String,
    step: usize,
) -> Result<ProjectionStep, AppError> {
    with(&state, move |s| s.projection_step(&id, step)).await
}

/// Puts the window in or out of full screen, for projection mode.
#[tauri::command]
pub async fn set_fullscreen<R: Runtime>(
    window: WebviewWindow<R>,
    on: bool,
) -> Result<(), AppError> {
    // Failing to go full screen is not worth an error: projection still works.
    if let Err(e) = window.set_fullscreen(on) {
        tracing::warn!("full screen: {e}");
    }
    Ok(())
}

/// Saves a group chart as PNG or SVG where the person chooses.
#[tauri::command]
pub async fn export_group_chart<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
    id: String,
    chart: GroupChart,
    format: ChartFormat,
    show_names: bool,
) -> Result<SaveOutcome, AppError> {
    let (extension, filter) = chart_file(format);
    let what = match chart {
        GroupChart::Radar => "file-name-group-radar",
        GroupChart::MixMap => "file-name-group-triangle",
        GroupChart::Spread => "file-name-group-spread",
    };
    let dialog = SaveDialog {
        what,
        extension,
        title: "dialog-save-chart",
        filter,
    };
    save_as(&app, &window, &state, dialog, move |s| {
        s.export_group_chart(&id, chart, format, show_names)
    })
    .await
}

/// Saves one row per participant as CSV where the person chooses.
#[tauri::command]
pub async fn export_group_csv<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
    id: String,
    show_names: bool,
) -> Result<SaveOutcome, AppError> {
    let dialog = SaveDialog {
        what: "file-name-group",
        extension: "csv",
        title: "dialog-save-data",
        filter: "dialog-filter-csv",
    };
    save_as(&app, &window, &state, dialog, move |s| {
        s.export_group_csv(&id, show_names)
    })
    .await
}

/// Saves one result as a PDF report where the person chooses.
#[tauri::command]
pub async fn save_result_report<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
    id: String,
) -> Result<SaveOutcome, AppError> {
    save_as(
        &app,
        &window,
        &state,
        report_dialog("file-name-report"),
        move |s| s.result_report(&id),
    )
    .await
}

/// Saves a comparison of results as a PDF report where the person chooses.
#[tauri::command]
pub async fn save_compare_report<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
    ids: Vec<String>,
) -> Result<SaveOutcome, AppError> {
    save_as(
        &app,
        &window,
        &state,
        report_dialog("file-name-compare-report"),
        move |s| s.compare_report(&ids),
    )
    .await
}

/// Saves a group's anonymous PDF report where the facilitator chooses.
#[tauri::command]
pub async fn save_group_report<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
    id: String,
) -> Result<SaveOutcome, AppError> {
    save_as(
        &app,
        &window,
        &state,
        report_dialog("file-name-group-report"),
        move |s| s.group_report(&id),
    )
    .await
}

/// The save dialog of a PDF report named `what`.
fn report_dialog(what: &'static str) -> SaveDialog {
    SaveDialog {
        what,
        extension: "pdf",
        title: "dialog-save-report",
        filter: "dialog-filter-pdf",
    }
}

/// Saves the group as one file for another facilitator.
#[tauri::command]
pub async fn export_group_file<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
    id: String,
    show_names: bool,
) -> Result<SaveOutcome, AppError> {
    let dialog = SaveDialog {
        what: "file-name-group",
        extension: "json",
        title: "dialog-save-group",
        filter: "dialog-filter-group",
    };
    save_as(&app, &window, &state, dialog, move |s| {
        s.export_group_file(&id, show_names)
    })
    .await
}

/// Opens a group file another facilitator saved; `null` when cancelled.
#[tauri::command]
pub async fn open_group_file<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
) -> Result<Option<OpenedGroup>, AppError> {
    let (title, filter) = with(&state, move |s| {
        Ok((s.text("dialog-open-group"), s.text("dialog-filter-group")))
    })
    .await?;
    let Some(path) =
        blocking(move || dialogs::open(&app, &window, &title, &filter, "json")).await?
    else {
        return Ok(None);
    };
    let file = blocking(move || disk::read_file(&path, MAX_GROUP_BYTES)).await?;
    with(&state, move |s| s.open_group_file(file))
        .await
        .map(Some)
}

/// Saves the small file a participant hands to the facilitator.
#[tauri::command]
pub async fn save_participant_file<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    state: State<'_, AppState>,
    result_id: String,
    name: String,
) -> Result<SaveOutcome, AppError> {
    let dialog = SaveDialog {
        what: "file-name-participant",
        extension: "json",
        title: "dialog-save-participant",
        filter: "dialog-filter-participant",
    };
    save_as(&app, &window, &state, dialog, move |s| {
        s.participant_file(&result_id, &name)
    })
    .await
}

/// File extension and dialog filter (message id) of a chart picture.
fn chart_file(format: ChartFormat) -> (&'static str, &'static str) {
    match format {
        ChartFormat::Png => ("png", "dialog-filter-png"),
        ChartFormat::Svg => ("svg", "dialog-filter-svg"),
    }
}

/// What the save dialog offers: a file name `rolspiegel-<what>-<date>.<extension>`
/// (`what` is a message id, so the name is in the person's language), a title
/// and a filter (message ids too).
struct SaveDialog {
    what: &'static str,
    extension: &'static str,
    title: &'static str,
    filter: &'static str,
}

/// Asks where to save in the native dialog, without holding the service lock
/// while the person chooses; lets the service make the file's bytes under the
/// lock, and writes them after releasing it.
async fn save_as<R: Runtime>(
    app: &AppHandle<R>,
    window: &WebviewWindow<R>,
    state: &AppState,
    dialog: SaveDialog,
    make: impl FnOnce(&mut Service) -> Result<Vec<u8>, AppError> + Send + 'static,
) -> Result<SaveOutcome, AppError> {
    let SaveDialog {
        what,
        extension,
        title,
        filter,
    } = dialog;
    let (name, title, filter) = with(state, move |s| {
        Ok((
            s.suggested_name(what, extension),
            s.text(title),
            s.text(filter),
        ))
    })
    .await?;
    let (app, window) = (app.clone(), window.clone());
    let Some(target) =
        blocking(move || dialogs::save(&app, &window, &title, &name, &filter, extension)).await?
    else {
        return Ok(SaveOutcome::Cancelled);
    };
    let bytes = with(state, make).await?;
    let file = disk::file_name(&target.path);
    let written = blocking(move || disk::write_file(&target, &bytes)).await?;
    written.map_err(|error| logged(write_error(&file, &error)))?;
    Ok(SaveOutcome::Saved { file })
}

/// The native file dialogs. They block, so they run while the service lock
/// is *not* held.
mod dialogs {
    use super::*;
    use tauri_plugin_dialog::DialogExt;

    /// Debug builds only: a folder that answers the dialogs instead of a
    /// person, because WebDriver cannot reach native GTK dialogs. A save
    /// dialog answers `<folder>/<suggested name>`; an open dialog answers
    /// the path written in `<folder>/next-open`. Release builds never read it.
    pub const E2E_DIALOG_DIR_ENV: &str = "ROLSPIEGEL_E2E_DIALOG_DIR";

    /// Debug builds only: how long (ms) a scripted dialog stays open before
    /// it answers, as a person choosing a folder would; for measuring that
    /// an open dialog holds up nothing else (the phones of a live session).
    pub const E2E_DIALOG_HOLD_ENV: &str = "ROLSPIEGEL_E2E_DIALOG_HOLD_MS";

    fn scripted() -> Option<PathBuf> {
        if !cfg!(debug_assertions) {
            return None;
        }
        let folder = std::env::var_os(E2E_DIALOG_DIR_ENV)
            .filter(|d| !d.is_empty())
            .map(PathBuf::from)?;
        let hold = std::env::var(E2E_DIALOG_HOLD_ENV)
            .ok()
            .and_then(|ms| ms.parse().ok())
            .unwrap_or(0);
        std::thread::sleep(std::time::Duration::from_millis(hold));
        Some(folder)
    }

    /// Shows `folder` in the desktop's file manager (without waiting for
    /// it). Debug builds with the scripted dialogs write the folder to
    /// `<dialog folder>/opened-folder` instead, for the end-to-end tests.
    pub fn show_folder(folder: &std::path::Path) -> Result<(), AppError> {
        if let Some(scripted) = scripted() {
            return std::fs::write(scripted.join("opened-folder"), folder.display().to_string())
                .map_err(|e| AppError::because(ErrorCode::FileRead, e));
        }
        let opener = if cfg!(target_os = "windows") {
            "explorer"
        } else if cfg!(target_os = "macos") {
            "open"
        } else {
            "xdg-open"
        };
        std::process::Command::new(opener)
            .arg(folder)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .map(drop)
            .map_err(|e| AppError::because(ErrorCode::FileRead, e))
    }

    /// The file to save to. When the person leaves out the extension it is
    /// added, and the target is marked as one the dialog did not ask about
    /// replacing, so an existing file of that name is never overwritten.
    pub fn save<R: Runtime>(
        app: &AppHandle<R>,
        window: &WebviewWindow<R>,
        title: &str,
        name: &str,
        filter: &str,
        extension: &str,
    ) -> Option<SaveTarget> {
        if let Some(folder) = scripted() {
            // `next-save` names the file when present (one use), else the
            // suggested name is taken, as a person pressing Enter would.
            let chosen = folder.join("next-save");
            if let Ok(next) = std::fs::read_to_string(&chosen) {
                let _ = std::fs::remove_file(&chosen);
                return Some(with_extension(PathBuf::from(next.trim()), extension));
            }
            return Some(SaveTarget {
                path: folder.join(name),
                may_replace: true,
            });
        }
        let path = app
            .dialog()
            .file()
            .set_parent(window)
            .set_title(title)
            .set_file_name(name)
            .add_filter(filter, &[extension])
            .blocking_save_file()?
            .into_path()
            .ok()?;
        Some(with_extension(path, extension))
    }

    /// GTK does not add the extension when the person leaves it out; then we
    /// add it, but the dialog never asked about replacing *that* file.
    fn with_extension(path: PathBuf, extension: &str) -> SaveTarget {
        if path.extension().is_none() {
            SaveTarget {
                path: path.with_extension(extension),
                may_replace: false,
            }
        } else {
            SaveTarget {
                path,
                may_replace: true,
            }
        }
    }

    /// Like [`open`], for several files at once. The scripted answer is one
    /// path per line of `next-open`.
    pub fn open_many<R: Runtime>(
        app: &AppHandle<R>,
        window: &WebviewWindow<R>,
        title: &str,
        filter: &str,
        extension: &str,
    ) -> Option<Vec<PathBuf>> {
        if let Some(folder) = scripted() {
            let next = std::fs::read_to_string(folder.join("next-open")).ok()?;
            return Some(
                next.lines()
                    .filter(|l| !l.trim().is_empty())
                    .map(|l| PathBuf::from(l.trim()))
                    .collect(),
            );
        }
        let picked = app
            .dialog()
            .file()
            .set_parent(window)
            .set_title(title)
            .add_filter(filter, &[extension])
            .blocking_pick_files()?;
        Some(
            picked
                .into_iter()
                .filter_map(|p| p.into_path().ok())
                .collect(),
        )
    }

    pub fn open<R: Runtime>(
        app: &AppHandle<R>,
        window: &WebviewWindow<R>,
        title: &str,
        filter: &str,
        extension: &str,
    ) -> Option<PathBuf> {
        if let Some(folder) = scripted() {
            let next = std::fs::read_to_string(folder.join("next-open")).ok()?;
            return Some(PathBuf::from(next.trim()));
        }
        app.dialog()
            .file()
            .set_parent(window)
            .set_title(title)
            .add_filter(filter, &[extension])
            .blocking_pick_file()?
            .into_path()
            .ok()
    }
}

// --- A live session ----------------------------------------------------
// Each command is one call to the live room (`rolspiegel_app::live`), which
// keeps the session's rules for both doors.

/// The addresses of this computer phones could reach; the room's network
/// (the default route's) first. Empty: no network.
#[tauri::command]
pub async fn live_addresses(state: State<'_, AppState>) -> Result<Vec<NetworkAddress>, AppError> {
    let room = state.room.clone();
    blocking(move || room.addresses()).await
}

/// Starts a live session on a group, listening on `address` (one of
/// [`live_addresses`]).
#[tauri::command]
pub async fn live_start(
    state: State<'_, AppState>,
    group_id: String,
    address: String,
) -> Result<LiveStatus, AppError> {
    let group = GroupId::parse(&group_id).ok_or(AppError::from(ErrorCode::BadRequest))?;
    let room = state.room.clone();
    blocking(move || room.open(group, &address))
        .await?
        .map_err(logged)
}

/// Opens a live session for colleagues in the room to answer a request on
/// their phones, on one of this computer's addresses.
#[tauri::command]
pub async fn live_start_colleagues(
    state: State<'_, AppState>,
    request_id: String,
    address: String,
) -> Result<LiveStatus, AppError> {
    let request = RequestId::parse(&request_id).ok_or(AppError::from(ErrorCode::BadRequest))?;
    let room = state.room.clone();
    blocking(move || room.open_for_request(request, &address))
        .await?
        .map_err(logged)
}

/// The open live session, or `null`.
#[tauri::command]
pub async fn live_status(state: State<'_, AppState>) -> Result<Option<LiveStatus>, AppError> {
    Ok(state.room.status())
}

/// Opens or closes joining.
#[tauri::command]
pub async fn live_set_joining(
    state: State<'_, AppState>,
    open: bool,
) -> Result<LiveStatus, AppError> {
    state.room.set_joining(open)
}

/// Makes a new join code.
#[tauri::command]
pub async fn live_renew_code(state: State<'_, AppState>) -> Result<LiveStatus, AppError> {
    state.room.renew_code()
}

/// Shows or hides the group's results while the session is open.
#[tauri::command]
pub async fn live_reveal(
    state: State<'_, AppState>,
    revealed: bool,
) -> Result<LiveStatus, AppError> {
    state.room.set_revealed(revealed)
}

/// Removes the participants who joined and never answered.
#[tauri::command]
pub async fn live_remove_waiting(state: State<'_, AppState>) -> Result<LiveStatus, AppError> {
    state.room.remove_waiting()
}

/// Blocks a device (`address`, as the status lists it) or lets it in again.
#[tauri::command]
pub async fn live_block(
    state: State<'_, AppState>,
    address: String,
    blocked: bool,
) -> Result<LiveStatus, AppError> {
    let address: std::net::IpAddr = address
        .parse()
        .map_err(|_| AppError::from(ErrorCode::BadRequest))?;
    state.room.block(address, blocked)
}

/// Ends the live session: requests in flight finish, then nothing listens.
#[tauri::command]
pub async fn live_end(state: State<'_, AppState>) -> Result<(), AppError> {
    state.end_live().await;
    Ok(())
}

/// The event the window hears when a live session changes (a phone joined,
/// answered or finished); at most one per [`LIVE_EVENT_INTERVAL`].
pub const LIVE_EVENT: &str = "live-changed";

/// Changes within this time reach the window as one event, so 500 phones
/// finishing at once never flood it.
pub const LIVE_EVENT_INTERVAL: Duration = Duration::from_millis(300);

/// Tells the window about the live room's changes, throttled, for as long as
/// the app runs.
pub fn follow_the_room<R: Runtime>(app: AppHandle<R>, room: &LiveRoom) {
    let (changed, mut changes) = tokio::sync::watch::channel(0u64);
    room.on_change(move |version| {
        changed.send_replace(version);
    });
    tauri::async_runtime::spawn(async move {
        while changes.changed().await.is_ok() {
            tokio::time::sleep(LIVE_EVENT_INTERVAL).await;
            changes.mark_unchanged();
            let state = app.state::<AppState>();
            if let Some(status) = state.room.status() {
                let _ = app.emit(LIVE_EVENT, status);
            }
        }
    });
}
