// The one module that talks to Rust. Screens receive a `Backend`, so unit
// tests can pass a fake one; the app and the end-to-end tests use `tauriBackend`.
import { invoke } from "@tauri-apps/api/core";

export type Language = "nl" | "en";
export type RoleKey = "bureaucraat" | "ondernemer" | "verbinder";
export const ROLES: readonly RoleKey[] = ["bureaucraat", "ondernemer", "verbinder"];

/** An answer as stored: 1–5, or null for "weet ik niet". */
export type AnswerValue = 1 | 2 | 3 | 4 | 5 | null;

export type NotSavingReason = "disk-full" | "read-only" | "busy" | "other";

export type Notice =
  | { kind: "setAside"; file: string; folder: string }
  | { kind: "newerVersion"; folder: string }
  | { kind: "memoryOnly"; reason: NotSavingReason };

export interface Startup {
  language: Language;
  notices: Notice[];
  /** Where the data lives, in full; null when nothing can be saved. */
  dataFolder: string | null;
  instrument: { version: number; statements: string[] };
}

export interface ScanView {
  assessmentId: string;
  answers: Record<string, AnswerValue>;
}

export interface Progress {
  answered: number;
  total: number;
}

export type Mix =
  | { kind: "balanced" }
  | { kind: "dominant"; role: RoleKey }
  | { kind: "sharedLead"; roles: [RoleKey, RoleKey] };

export interface RoleScore {
  role: RoleKey;
  score: number;
  share: number;
  answered: number;
  total: number;
}

export type QuestionKey = "picture" | "preference" | "pitfalls" | "work-asks";
export const QUESTIONS: readonly QuestionKey[] = ["picture", "preference", "pitfalls", "work-asks"];

export interface GoalView {
  role: RoleKey;
  assignment: string;
  reviewOn: string | null;
  reviewText: string | null;
}

export type Noise =
  | { kind: "beyond"; band: number }
  | { kind: "within"; band: number }
  | { kind: "unknown"; reason: "noSpread" | "differentVersions" };

export interface RoleChange {
  role: RoleKey;
  from: number;
  to: number;
  delta: number;
  noise: Noise;
}

export interface FollowUp {
  fromId: string;
  fromDateText: string;
  fromLabel: string;
  goal: GoalView;
  change: RoleChange;
}

export interface ResultView {
  id: string;
  completedAt: number;
  dateText: string;
  label: string;
  instrumentVersion: number;
  roles: RoleScore[];
  mix: Mix;
  chartSvg: string | null;
  reflections: Partial<Record<QuestionKey, string>>;
  goal: GoalView | null;
  followsUp: FollowUp | null;
}

export interface HistoryItem {
  id: string;
  completedAt: number;
  dateText: string;
  label: string;
  scores: [number, number, number];
  mix: Mix;
  goal: GoalView | null;
  goalOpen: boolean;
  reflections: number;
}

export interface CompareItem {
  id: string;
  completedAt: number;
  dateText: string;
  label: string;
  scores: [number, number, number];
  colour: string;
  dash: "solid" | "dashed" | "dotted" | "longdash";
}

export interface PairChange {
  fromId: string;
  toId: string;
  roles: RoleChange[];
}

export interface CompareView {
  results: CompareItem[];
  changes: PairChange[];
  overall: PairChange | null;
  chartSvg: string | null;
  trendSvg: string | null;
}

export interface ImportReport {
  file: string;
  added: number;
  alreadyPresent: number;
  problems: { position: number; message: string }[];
  /** Problems beyond those listed. */
  moreProblems: number;
  /** Entries past the limit per file, not read. */
  notRead: number;
  /** From a full backup: each group restored (or why not). */
  groups: {
    position: number;
    name: string;
    added: number;
    alreadyPresent: number;
    problems: number;
    refused: string | null;
  }[];
}

/** What "delete everything" would remove. */
export interface WipeSummary {
  results: number;
  reflections: number;
  goals: number;
  scanInProgress: boolean;
  groups: { name: string; members: number }[];
  copies: number;
  folder: string | null;
}

/** A dropped file as Rust reads it: bytes, never text decoded here. */
export interface DroppedFile {
  name: string;
  size: number;
  bytes: number[];
}

export interface GroupSummary {
  id: string;
  name: string;
  heldOn: string | null;
  heldText: string | null;
  notes: string;
  members: number;
}

export interface GroupImportReport {
  added: number;
  alreadyPresent: number;
  problems: { file: string; message: string }[];
  moreProblems: number;
  notRead: number;
}

export interface RoleStats {
  role: RoleKey;
  n: number;
  mean: number;
  sd: number;
  min: number;
  max: number;
}

export interface ParticipantView {
  number: number;
  name: string | null;
  scores: [number, number, number];
  shares: [number, number, number];
}

export interface GroupView {
  group: GroupSummary;
  enough: boolean;
  minSize: number;
  stats: RoleStats[];
  centre: [number, number, number] | null;
  participants: ParticipantView[];
  radarSvg: string | null;
  mixMapSvg: string | null;
  spreadSvg: string | null;
}

export interface ProjectionStep {
  name: string;
  count: number;
  step: number;
  steps: number;
  caption: string;
  svg: string | null;
}

export type GroupChart = "radar" | "mixMap" | "spread";

export type SaveOutcome = { kind: "saved"; file: string } | { kind: "cancelled" };
export type ChartKind = "radar" | "trend";
export type ChartFormat = "png" | "svg";
export type DataFormat = "json" | "csv";

export interface ResultSummary {
  id: string;
  completedAt: number;
  mix: Mix;
}

export interface Shortfall {
  role: RoleKey;
  missing: number;
  required: number;
  total: number;
}

export type FinishOutcome =
  | { kind: "complete"; result: ResultView }
  | { kind: "incomplete"; shortfalls: Shortfall[] };

/** An error from Rust: act on `code`, show `message` (already translated). */
export interface ApiError {
  code: string;
  message: string;
}

export function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as ApiError).code === "string" &&
    typeof (value as ApiError).message === "string"
  );
}

export interface Backend {
  startup(): Promise<Startup>;
  dismissNotice(file: string | null): Promise<void>;
  setLanguage(language: Language): Promise<void>;
  currentScan(): Promise<ScanView | null>;
  startScan(): Promise<ScanView>;
  saveAnswer(assessmentId: string, statementId: string, value: AnswerValue): Promise<Progress>;
  finishScan(assessmentId: string): Promise<FinishOutcome>;
  discardScan(assessmentId: string): Promise<void>;
  result(id: string): Promise<ResultView>;
  results(): Promise<ResultSummary[]>;
  history(): Promise<HistoryItem[]>;
  setLabel(id: string, label: string): Promise<string>;
  deleteResult(id: string): Promise<void>;
  saveReflection(id: string, question: QuestionKey, answer: string): Promise<void>;
  saveGoal(id: string, role: RoleKey, assignment: string, reviewOn: string | null): Promise<GoalView>;
  clearGoal(id: string): Promise<void>;
  compare(ids: string[]): Promise<CompareView>;
  exportChart(ids: string[], kind: ChartKind, format: ChartFormat): Promise<SaveOutcome>;
  exportData(format: DataFormat): Promise<SaveOutcome>;
  exportBackup(): Promise<SaveOutcome>;
  importData(): Promise<ImportReport | null>;
  wipeSummary(): Promise<WipeSummary>;
  /** Deletes everything; resolves to the number of old copies removed. */
  wipe(): Promise<number>;
  groups(): Promise<GroupSummary[]>;
  createGroup(name: string, heldOn: string | null, notes: string): Promise<GroupSummary>;
  updateGroup(id: string, name: string, heldOn: string | null, notes: string): Promise<GroupSummary>;
  deleteGroup(id: string): Promise<void>;
  addGroupFiles(id: string): Promise<GroupImportReport | null>;
  addDroppedFiles(id: string, files: DroppedFile[]): Promise<GroupImportReport>;
  groupView(id: string, showNames: boolean): Promise<GroupView>;
  projectionStep(id: string, step: number): Promise<ProjectionStep>;
  setFullscreen(on: boolean): Promise<void>;
  exportGroupChart(id: string, chart: GroupChart, format: ChartFormat, showNames: boolean): Promise<SaveOutcome>;
  exportGroupCsv(id: string, showNames: boolean): Promise<SaveOutcome>;
  saveParticipantFile(resultId: string, name: string): Promise<SaveOutcome>;
  addOwnResults(id: string, resultIds: string[]): Promise<GroupImportReport>;
  exportGroupFile(id: string, showNames: boolean): Promise<SaveOutcome>;
  openGroupFile(): Promise<{ group: GroupSummary; report: GroupImportReport } | null>;
}

export const tauriBackend: Backend = {
  startup: () => invoke("startup"),
  dismissNotice: (file) => invoke("dismiss_notice", { file }),
  setLanguage: (language) => invoke("set_language", { language }),
  currentScan: () => invoke("current_scan"),
  startScan: () => invoke("start_scan"),
  saveAnswer: (assessmentId, statementId, value) =>
    invoke("save_answer", { assessmentId, statementId, value }),
  finishScan: (assessmentId) => invoke("finish_scan", { assessmentId }),
  discardScan: (assessmentId) => invoke("discard_scan", { assessmentId }),
  result: (id) => invoke("result", { id }),
  results: () => invoke("results"),
  history: () => invoke("history"),
  setLabel: (id, label) => invoke("set_label", { id, label }),
  deleteResult: (id) => invoke("delete_result", { id }),
  saveReflection: (id, question, answer) => invoke("save_reflection", { id, question, answer }),
  saveGoal: (id, role, assignment, reviewOn) => invoke("save_goal", { id, role, assignment, reviewOn }),
  clearGoal: (id) => invoke("clear_goal", { id }),
  compare: (ids) => invoke("compare", { ids }),
  exportChart: (ids, kind, format) => invoke("export_chart", { ids, kind, format }),
  exportData: (format) => invoke("export_data", { format }),
  exportBackup: () => invoke("export_backup"),
  importData: () => invoke("import_data"),
  wipeSummary: () => invoke("wipe_summary"),
  wipe: () => invoke("wipe"),
  groups: () => invoke("groups"),
  createGroup: (name, heldOn, notes) => invoke("create_group", { name, heldOn, notes }),
  updateGroup: (id, name, heldOn, notes) => invoke("update_group", { id, name, heldOn, notes }),
  deleteGroup: (id) => invoke("delete_group", { id }),
  addGroupFiles: (id) => invoke("add_group_files", { id }),
  addDroppedFiles: (id, files) => invoke("add_dropped_files", { id, files }),
  groupView: (id, showNames) => invoke("group_view", { id, showNames }),
  projectionStep: (id, step) => invoke("projection_step", { id, step }),
  setFullscreen: (on) => invoke("set_fullscreen", { on }),
  exportGroupChart: (id, chart, format, showNames) => invoke("export_group_chart", { id, chart, format, showNames }),
  exportGroupCsv: (id, showNames) => invoke("export_group_csv", { id, showNames }),
  saveParticipantFile: (resultId, name) => invoke("save_participant_file", { resultId, name }),
  addOwnResults: (id, resultIds) => invoke("add_own_results", { id, resultIds }),
  exportGroupFile: (id, showNames) => invoke("export_group_file", { id, showNames }),
  openGroupFile: () => invoke("open_group_file"),
};
