// The one module that talks to Rust. Screens receive a `Backend`, so unit
// tests can pass a fake one; the app and the end-to-end tests use `tauriBackend`.
// Every shape that crosses is generated from the Rust types into ./wire.ts.
import { invoke } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import type {
  AppError,
  ChartFormat,
  ChartKind,
  CompareView,
  DataFormat,
  DroppedFile,
  FinishOutcome,
  GoalView,
  GroupChart,
  GroupImportReport,
  GroupSummary,
  GroupView,
  HistoryItem,
  ImportReport,
  LiveStatus,
  NetworkAddress,
  OpenedGroup,
  Progress,
  ProjectionStep,
  QualityScope,
  QualityView,
  ResultSummary,
  ResultView,
  RoleKey,
  SaveOutcome,
  ScanView,
  StartOutcome,
  Startup,
  WipeSummary,
} from "./wire";

export type * from "./wire";

export type Language = Startup["language"];
export const ROLES: readonly RoleKey[] = ["bureaucraat", "ondernemer", "verbinder"];

/** An answer as stored: 1–5, or null for "weet ik niet". */
export type AnswerValue = 1 | 2 | 3 | 4 | 5 | null;

export type QuestionKey = "picture" | "preference" | "pitfalls" | "work-asks";
export const QUESTIONS: readonly QuestionKey[] = ["picture", "preference", "pitfalls", "work-asks"];

/** True for an error from Rust: `{ code }`, put into words by `errorText`. */
export function isAppError(value: unknown): value is AppError {
  return typeof value === "object" && value !== null && typeof (value as AppError).code === "string";
}

/**
 * The app's commands, one line each: the name Rust knows it by (checked
 * against src-tauri/src/commands.rs by a test) and the types that cross.
 */
export const tauriBackend = {
  startup: (): Promise<Startup> => invoke("startup"),
  dismissNotice: (file: string | null): Promise<void> => invoke("dismiss_notice", { file }),
  setLanguage: (language: Language): Promise<void> => invoke("set_language", { language }),
  currentScan: (): Promise<ScanView | null> => invoke("current_scan"),
  startScan: (replacing: string | null): Promise<StartOutcome> => invoke("start_scan", { replacing }),
  saveAnswer: (assessmentId: string, statementId: string, value: AnswerValue): Promise<Progress> =>
    invoke("save_answer", { assessmentId, statementId, value }),
  finishScan: (assessmentId: string): Promise<FinishOutcome> => invoke("finish_scan", { assessmentId }),
  discardScan: (assessmentId: string): Promise<void> => invoke("discard_scan", { assessmentId }),
  result: (id: string): Promise<ResultView> => invoke("result", { id }),
  results: (): Promise<ResultSummary[]> => invoke("results"),
  history: (): Promise<HistoryItem[]> => invoke("history"),
  setLabel: (id: string, label: string): Promise<string> => invoke("set_label", { id, label }),
  deleteResult: (id: string): Promise<void> => invoke("delete_result", { id }),
  saveReflection: (id: string, question: QuestionKey, answer: string): Promise<void> =>
    invoke("save_reflection", { id, question, answer }),
  saveGoal: (id: string, role: RoleKey, assignment: string, reviewOn: string | null): Promise<GoalView> =>
    invoke("save_goal", { id, role, assignment, reviewOn }),
  clearGoal: (id: string): Promise<void> => invoke("clear_goal", { id }),
  compare: (ids: string[]): Promise<CompareView> => invoke("compare", { ids }),
  exportChart: (ids: string[], kind: ChartKind, format: ChartFormat): Promise<SaveOutcome> =>
    invoke("export_chart", { ids, kind, format }),
  saveResultReport: (id: string): Promise<SaveOutcome> => invoke("save_result_report", { id }),
  saveCompareReport: (ids: string[]): Promise<SaveOutcome> => invoke("save_compare_report", { ids }),
  saveGroupReport: (id: string): Promise<SaveOutcome> => invoke("save_group_report", { id }),
  exportData: (format: DataFormat): Promise<SaveOutcome> => invoke("export_data", { format }),
  exportBackup: (): Promise<SaveOutcome> => invoke("export_backup"),
  importData: (): Promise<ImportReport | null> => invoke("import_data"),
  wipeSummary: (): Promise<WipeSummary> => invoke("wipe_summary"),
  /** Deletes everything; resolves to the number of old copies removed. */
  wipe: (): Promise<number> => invoke("wipe"),
  groups: (): Promise<GroupSummary[]> => invoke("groups"),
  createGroup: (name: string, heldOn: string | null, notes: string): Promise<GroupSummary> =>
    invoke("create_group", { name, heldOn, notes }),
  updateGroup: (id: string, name: string, heldOn: string | null, notes: string): Promise<GroupSummary> =>
    invoke("update_group", { id, name, heldOn, notes }),
  deleteGroup: (id: string): Promise<void> => invoke("delete_group", { id }),
  addGroupFiles: (id: string): Promise<GroupImportReport | null> => invoke("add_group_files", { id }),
  addDroppedFiles: (id: string, files: DroppedFile[]): Promise<GroupImportReport> =>
    invoke("add_dropped_files", { id, files }),
  groupView: (id: string, showNames: boolean): Promise<GroupView> => invoke("group_view", { id, showNames }),
  projectionStep: (id: string, step: number): Promise<ProjectionStep> => invoke("projection_step", { id, step }),
  setFullscreen: (on: boolean): Promise<void> => invoke("set_fullscreen", { on }),
  exportGroupChart: (id: string, chart: GroupChart, format: ChartFormat, showNames: boolean): Promise<SaveOutcome> =>
    invoke("export_group_chart", { id, chart, format, showNames }),
  exportGroupCsv: (id: string, showNames: boolean): Promise<SaveOutcome> =>
    invoke("export_group_csv", { id, showNames }),
  listQuality: (scope: QualityScope): Promise<QualityView> => invoke("list_quality", { scope }),
  exportAnswerMatrix: (scope: QualityScope): Promise<SaveOutcome> => invoke("export_answer_matrix", { scope }),
  saveParticipantFile: (resultId: string, name: string): Promise<SaveOutcome> =>
    invoke("save_participant_file", { resultId, name }),
  addOwnResults: (id: string, resultIds: string[]): Promise<GroupImportReport> =>
    invoke("add_own_results", { id, resultIds }),
  exportGroupFile: (id: string, showNames: boolean): Promise<SaveOutcome> =>
    invoke("export_group_file", { id, showNames }),
  openGroupFile: (): Promise<OpenedGroup | null> => invoke("open_group_file"),
  liveAddresses: (): Promise<NetworkAddress[]> => invoke("live_addresses"),
  liveStart: (groupId: string, address: string): Promise<LiveStatus> => invoke("live_start", { groupId, address }),
  liveStatus: (): Promise<LiveStatus | null> => invoke("live_status"),
  liveSetJoining: (open: boolean): Promise<LiveStatus> => invoke("live_set_joining", { open }),
  liveRenewCode: (): Promise<LiveStatus> => invoke("live_renew_code"),
  liveReveal: (revealed: boolean): Promise<LiveStatus> => invoke("live_reveal", { revealed }),
  liveRemoveWaiting: (): Promise<LiveStatus> => invoke("live_remove_waiting"),
  liveBlock: (address: string, blocked: boolean): Promise<LiveStatus> => invoke("live_block", { address, blocked }),
  liveEnd: (): Promise<void> => invoke("live_end"),
  /** Calls `handler` when the live session changes (throttled by Rust); resolves to "stop listening". */
  onLiveChange: (handler: (status: LiveStatus) => void): Promise<() => void> =>
    listen<LiveStatus>("live-changed", (event) => handler(event.payload)),
};

/** What screens talk to: the app's commands, or a fake one in unit tests. */
export type Backend = typeof tauriBackend;
