// Generated from the #[tauri::command] functions in src-tauri/src/commands.rs
// by src-tauri/build.rs. Do not edit: `make wire` writes it, and a test
// fails while it is stale. Types come from the generated wire.ts.
import { invoke } from "@tauri-apps/api/core";
import type { AboutView, AnswerValue, ChartFormat, ChartKind, CodesReport, ColleagueView, CompareView, DataFormat, DroppedFile, FinishOutcome, GoalView, GroupChart, GroupImportReport, GroupSituationView, GroupSummary, GroupView, HistoryItem, ImportReport, KeptCopyView, LiveStatus, NetworkAddress, OpenedGroup, Progress, ProjectionStep, QualityScope, QualityView, RatingOutcome, RatingSheet, RequestSummary, ResultSummary, ResultView, SaveOutcome, ScanView, SituationSummary, SituationView, StartOutcome, Startup, WipeSummary } from "./wire";

/** Every command of the app, typed; `backend.ts` is the one module that uses it. */
export const commands = {
  /** Language, notices and the statement list, for the first screen. */
  startup: (): Promise<Startup> => invoke("startup"),
  /** The person has read a notice; a damaged copy (`file`) is not told again. */
  dismissNotice: (file: string | null): Promise<void> => invoke("dismiss_notice", { file }),
  /** Switches the language (`nl` or `en`) and remembers it. */
  setLanguage: (language: string): Promise<void> => invoke("set_language", { language }),
  /** The scan in progress, or `null`. */
  currentScan: (): Promise<ScanView | null> => invoke("current_scan"),
  /** Starts a new scan; a scan in progress is discarded only when `replacing` names it, else the outcome says which scan is in progress. */
  startScan: (replacing: string | null): Promise<StartOutcome> => invoke("start_scan", { replacing }),
  /** Saves one answer: 1–5, or `null` for "weet ik niet". */
  saveAnswer: (assessmentId: string, statementId: string, value: AnswerValue): Promise<Progress> => invoke("save_answer", { assessmentId, statementId, value }),
  /** Scores the scan and stores it when complete. */
  finishScan: (assessmentId: string): Promise<FinishOutcome> => invoke("finish_scan", { assessmentId }),
  /** Throws away the scan in progress. */
  discardScan: (assessmentId: string): Promise<void> => invoke("discard_scan", { assessmentId }),
  /** One completed result with its chart. */
  result: (id: string): Promise<ResultView> => invoke("result", { id }),
  /** All completed results, newest first. */
  results: (): Promise<ResultSummary[]> => invoke("results"),
  /** Every result with label, mini-chart scores and goal, newest first. */
  history: (): Promise<HistoryItem[]> => invoke("history"),
  /** Every situation, named last first, with its ratings. */
  situations: (): Promise<SituationSummary[]> => invoke("situations"),
  /** Makes a feedback request to colleagues. */
  createRequest: (knownAs: string, language: string, questions: string[]): Promise<RequestSummary> => invoke("create_request", { knownAs, language, questions }),
  /** Every feedback request, newest first. */
  requests: (): Promise<RequestSummary[]> => invoke("requests"),
  /** Removes a feedback request with every answer to it (the screen asked); first the live session for it ends, if one is open, so no answer comes in after. */
  deleteRequest: (id: string): Promise<void> => invoke("delete_request", { id }),
  /** Saves the answer form of a request where the person chooses. */
  saveAnswerForm: (id: string): Promise<SaveOutcome> => invoke("save_answer_form", { id }),
  /** Reads answer codes pasted into the window. */
  addCodes: (id: string, text: string): Promise<CodesReport> => invoke("add_codes", { id, text }),
  /** Reads answer codes from files the person picks (what colleagues attached); `null` when they cancel. */
  addCodeFiles: (id: string): Promise<CodesReport | null> => invoke("add_code_files", { id }),
  /** Reads answer codes from files dropped on the window (their names and bytes): read exactly as files picked in the dialog. */
  addDroppedCodeFiles: (id: string, files: DroppedFile[]): Promise<CodesReport> => invoke("add_dropped_code_files", { id, files }),
  /** How colleagues see the person beside a result (the latest by default). */
  colleagueView: (id: string, result: string | null): Promise<ColleagueView> => invoke("colleague_view", { id, result }),
  /** Names a new situation. */
  addSituation: (name: string, note: string): Promise<SituationSummary> => invoke("add_situation", { name, note }),
  /** Renames a situation or changes its note. */
  editSituation: (id: string, name: string, note: string): Promise<SituationSummary> => invoke("edit_situation", { id, name, note }),
  /** Removes a situation with its ratings (the screen has asked). */
  deleteSituation: (id: string): Promise<void> => invoke("delete_situation", { id }),
  /** Begins rating a situation, or resumes the rating in progress. */
  startRating: (situationId: string): Promise<RatingSheet> => invoke("start_rating", { situationId }),
  /** Saves one answer of a rating. */
  saveRatingAnswer: (ratingId: string, statementId: string, value: AnswerValue): Promise<Progress> => invoke("save_rating_answer", { ratingId, statementId, value }),
  /** Scores a rating and stores it when complete. */
  finishRating: (ratingId: string): Promise<RatingOutcome> => invoke("finish_rating", { ratingId }),
  /** Throws away a rating in progress. */
  discardRating: (ratingId: string): Promise<void> => invoke("discard_rating", { ratingId }),
  /** A rating beside a result (the latest when none is named). */
  situationView: (ratingId: string, resultId: string | null): Promise<SituationView> => invoke("situation_view", { ratingId, resultId }),
  /** Gives a workshop group its shared situation (an empty name removes it and its ratings). */
  setGroupSituation: (groupId: string, name: string, note: string): Promise<GroupSituationView | null> => invoke("set_group_situation", { groupId, name, note }),
  /** Which Rolspiegel this is, its statement lists and where its data lives. */
  about: (): Promise<AboutView> => invoke("about"),
  /** Opens the data folder in the file manager. Only the app's own folder: the window cannot name another. */
  openDataFolder: (): Promise<void> => invoke("open_data_folder"),
  /** The copies kept beside the database, with what each holds. */
  keptCopies: (): Promise<KeptCopyView[]> => invoke("kept_copies"),
  /** Adds what a kept copy holds that is not here yet. */
  addFromCopy: (file: string): Promise<ImportReport> => invoke("add_from_copy", { file }),
  /** Gives a result a label (empty removes it); returns the label as stored. */
  setLabel: (id: string, label: string): Promise<string> => invoke("set_label", { id, label }),
  /** Deletes one result with its notes and goal. */
  deleteResult: (id: string): Promise<void> => invoke("delete_result", { id }),
  /** Saves the answer to one reflection question. */
  saveReflection: (id: string, question: string, answer: string): Promise<void> => invoke("save_reflection", { id, question, answer }),
  /** Sets the development goal of a result. */
  saveGoal: (id: string, role: string, assignment: string, reviewOn: string | null): Promise<GoalView> => invoke("save_goal", { id, role, assignment, reviewOn }),
  /** Removes the development goal of a result. */
  clearGoal: (id: string): Promise<void> => invoke("clear_goal", { id }),
  /** Two to five results side by side. */
  compare: (ids: string[]): Promise<CompareView> => invoke("compare", { ids }),
  /** Saves a chart as PNG or SVG where the person chooses. */
  exportChart: (ids: string[], kind: ChartKind, format: ChartFormat): Promise<SaveOutcome> => invoke("export_chart", { ids, kind, format }),
  /** Saves all data as JSON or CSV where the person chooses. */
  exportData: (format: DataFormat): Promise<SaveOutcome> => invoke("export_data", { format }),
  /** Saves everything (own results and groups) as one backup file. */
  exportBackup: (): Promise<SaveOutcome> => invoke("export_backup"),
  /** Imports an export file the person picks; `null` when they cancel. */
  importData: (): Promise<ImportReport | null> => invoke("import_data"),
  /** What deleting everything would remove. */
  wipeSummary: (): Promise<WipeSummary> => invoke("wipe_summary"),
  /** Removes every result, note, goal and group, and the copies beside the database; returns how many copies were removed. A live session ends first: what it gathers for is going. */
  wipe: (): Promise<number> => invoke("wipe"),
  /** Every workshop group, newest first. */
  groups: (): Promise<GroupSummary[]> => invoke("groups"),
  /** Creates a workshop group. */
  createGroup: (name: string, heldOn: string | null, notes: string): Promise<GroupSummary> => invoke("create_group", { name, heldOn, notes }),
  /** Renames a group and changes its date and notes. */
  updateGroup: (id: string, name: string, heldOn: string | null, notes: string): Promise<GroupSummary> => invoke("update_group", { id, name, heldOn, notes }),
  /** Deletes a group with the results in it. */
  deleteGroup: (id: string): Promise<void> => invoke("delete_group", { id }),
  /** Adds participants' files chosen in the open dialog; `null` when cancelled. */
  addGroupFiles: (id: string): Promise<GroupImportReport | null> => invoke("add_group_files", { id }),
  /** Adds files dropped on the window (their names and bytes): read exactly as files picked in the dialog. */
  addDroppedFiles: (id: string, files: DroppedFile[]): Promise<GroupImportReport> => invoke("add_dropped_files", { id, files }),
  /** Adds some of the facilitator's own results to a group. */
  addOwnResults: (id: string, resultIds: string[]): Promise<GroupImportReport> => invoke("add_own_results", { id, resultIds }),
  /** The group's figures and charts. */
  groupView: (id: string, showNames: boolean): Promise<GroupView> => invoke("group_view", { id, showNames }),
  /** "Hoe goed meet de lijst?" for one group or all groups of one list. */
  listQuality: (scope: QualityScope): Promise<QualityView> => invoke("list_quality", { scope }),
  /** Saves the anonymous answer matrix as CSV where the person chooses. */
  exportAnswerMatrix: (scope: QualityScope): Promise<SaveOutcome> => invoke("export_answer_matrix", { scope }),
  /** Saves the retest's anonymous pairs as CSV where the person chooses. */
  exportRetestPairs: (scope: QualityScope): Promise<SaveOutcome> => invoke("export_retest_pairs", { scope }),
  /** One step of projection mode. */
  projectionStep: (id: string, step: number): Promise<ProjectionStep> => invoke("projection_step", { id, step }),
  /** Puts the window in or out of full screen, for projection mode. */
  setFullscreen: (on: boolean): Promise<void> => invoke("set_fullscreen", { on }),
  /** Saves a group chart as PNG or SVG where the person chooses. */
  exportGroupChart: (id: string, chart: GroupChart, format: ChartFormat, showNames: boolean): Promise<SaveOutcome> => invoke("export_group_chart", { id, chart, format, showNames }),
  /** Saves one row per participant as CSV where the person chooses. */
  exportGroupCsv: (id: string, showNames: boolean): Promise<SaveOutcome> => invoke("export_group_csv", { id, showNames }),
  /** Saves one result as a PDF report where the person chooses. */
  saveResultReport: (id: string): Promise<SaveOutcome> => invoke("save_result_report", { id }),
  /** Saves a comparison of results as a PDF report where the person chooses. */
  saveCompareReport: (ids: string[]): Promise<SaveOutcome> => invoke("save_compare_report", { ids }),
  /** Saves a group's anonymous PDF report where the facilitator chooses. */
  saveGroupReport: (id: string): Promise<SaveOutcome> => invoke("save_group_report", { id }),
  /** Saves the group as one file for another facilitator. */
  exportGroupFile: (id: string, showNames: boolean): Promise<SaveOutcome> => invoke("export_group_file", { id, showNames }),
  /** Opens a group file another facilitator saved; `null` when cancelled. */
  openGroupFile: (): Promise<OpenedGroup | null> => invoke("open_group_file"),
  /** Saves the small file a participant hands to the facilitator. */
  saveParticipantFile: (resultId: string, name: string): Promise<SaveOutcome> => invoke("save_participant_file", { resultId, name }),
  /** The addresses of this computer phones could reach; the room's network (the default route's) first. Empty: no network. */
  liveAddresses: (): Promise<NetworkAddress[]> => invoke("live_addresses"),
  /** Starts a live session on a group, listening on `address` (one of [`live_addresses`]). */
  liveStart: (groupId: string, address: string): Promise<LiveStatus> => invoke("live_start", { groupId, address }),
  /** Opens a live session for colleagues in the room to answer a request on their phones, on one of this computer's addresses. */
  liveStartColleagues: (requestId: string, address: string): Promise<LiveStatus> => invoke("live_start_colleagues", { requestId, address }),
  /** The open live session, or `null`. */
  liveStatus: (): Promise<LiveStatus | null> => invoke("live_status"),
  /** Opens or closes joining. */
  liveSetJoining: (open: boolean): Promise<LiveStatus> => invoke("live_set_joining", { open }),
  /** Makes a new join code. */
  liveRenewCode: (): Promise<LiveStatus> => invoke("live_renew_code"),
  /** Shows or hides the group's results while the session is open. */
  liveReveal: (revealed: boolean): Promise<LiveStatus> => invoke("live_reveal", { revealed }),
  /** Removes the participants who joined and never answered. */
  liveRemoveWaiting: (): Promise<LiveStatus> => invoke("live_remove_waiting"),
  /** Blocks a device (`address`, as the status lists it) or lets it in again. */
  liveBlock: (address: string, blocked: boolean): Promise<LiveStatus> => invoke("live_block", { address, blocked }),
  /** Ends the live session: requests in flight finish, then nothing listens. */
  liveEnd: (): Promise<void> => invoke("live_end"),
};

/** The commands' names as Rust knows them. */
export const COMMAND_NAMES = [
  "startup",
  "dismiss_notice",
  "set_language",
  "current_scan",
  "start_scan",
  "save_answer",
  "finish_scan",
  "discard_scan",
  "result",
  "results",
  "history",
  "situations",
  "create_request",
  "requests",
  "delete_request",
  "save_answer_form",
  "add_codes",
  "add_code_files",
  "add_dropped_code_files",
  "colleague_view",
  "add_situation",
  "edit_situation",
  "delete_situation",
  "start_rating",
  "save_rating_answer",
  "finish_rating",
  "discard_rating",
  "situation_view",
  "set_group_situation",
  "about",
  "open_data_folder",
  "kept_copies",
  "add_from_copy",
  "set_label",
  "delete_result",
  "save_reflection",
  "save_goal",
  "clear_goal",
  "compare",
  "export_chart",
  "export_data",
  "export_backup",
  "import_data",
  "wipe_summary",
  "wipe",
  "groups",
  "create_group",
  "update_group",
  "delete_group",
  "add_group_files",
  "add_dropped_files",
  "add_own_results",
  "group_view",
  "list_quality",
  "export_answer_matrix",
  "export_retest_pairs",
  "projection_step",
  "set_fullscreen",
  "export_group_chart",
  "export_group_csv",
  "save_result_report",
  "save_compare_report",
  "save_group_report",
  "export_group_file",
  "open_group_file",
  "save_participant_file",
  "live_addresses",
  "live_start",
  "live_start_colleagues",
  "live_status",
  "live_set_joining",
  "live_renew_code",
  "live_reveal",
  "live_remove_waiting",
  "live_block",
  "live_end",
] as const;
