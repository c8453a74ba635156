// The one module that talks to Rust. Screens receive a `Backend`, so unit
// tests can pass a fake one; the app and the end-to-end tests use `tauriBackend`.
import { invoke } from "@tauri-apps/api/core";

export type Language = "nl" | "en";
export type RoleKey = "bureaucraat" | "ondernemer" | "verbinder";
export const ROLES: readonly RoleKey[] = ["bureaucraat", "ondernemer", "verbinder"];

/** An answer as stored: 1–5, or null for "weet ik niet". */
export type AnswerValue = 1 | 2 | 3 | 4 | 5 | null;

export type Notice = { kind: "recovered"; file: string } | { kind: "memoryOnly" };

export interface Startup {
  language: Language;
  notices: Notice[];
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

export interface ResultView {
  id: string;
  completedAt: number;
  instrumentVersion: number;
  roles: RoleScore[];
  mix: Mix;
  chartSvg: string | null;
}

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
  setLanguage(language: Language): Promise<void>;
  currentScan(): Promise<ScanView | null>;
  startScan(): Promise<ScanView>;
  saveAnswer(assessmentId: string, statementId: string, value: AnswerValue): Promise<Progress>;
  finishScan(assessmentId: string): Promise<FinishOutcome>;
  discardScan(assessmentId: string): Promise<void>;
  result(id: string): Promise<ResultView>;
  results(): Promise<ResultSummary[]>;
}

export const tauriBackend: Backend = {
  startup: () => invoke("startup"),
  setLanguage: (language) => invoke("set_language", { language }),
  currentScan: () => invoke("current_scan"),
  startScan: () => invoke("start_scan"),
  saveAnswer: (assessmentId, statementId, value) =>
    invoke("save_answer", { assessmentId, statementId, value }),
  finishScan: (assessmentId) => invoke("finish_scan", { assessmentId }),
  discardScan: (assessmentId) => invoke("discard_scan", { assessmentId }),
  result: (id) => invoke("result", { id }),
  results: () => invoke("results"),
};
