// What the scan's statement pages need from whoever shows them: the desktop
// window's self-scan and situation rating, and the phone page of a live
// workshop. A module of its own, so screens and pages share it without
// importing each other.
import type { Screen } from "./app";
import type { AnswerValue, ShortfallView } from "./backend";

/**
 * What the scan screen needs from whoever shows it: the desktop window
 * ({@link onDesktop}) is one, the phone page of a live workshop another.
 */
export interface ScanHost {
  readonly statements: string[];
  readonly main: HTMLElement;
  /**
   * The words of another list than the self-scan (the situation list):
   * message ids of its statements, heading and instructions. Without them
   * the screen is the self-scan.
   */
  readonly words?: SheetWords;
  /** Saves one answer; a failure is shown and the answer taken back. */
  saveAnswer(statement: string, value: AnswerValue): Promise<unknown>;
  /**
   * Scores the scan. When it is complete the host shows the result and this
   * gives null; otherwise the roles that need more answers.
   */
  finishScan(): Promise<ShortfallView[] | null>;
  /** "Stop and continue later": the answers are kept. */
  leaveScan(): Promise<void>;
  show(screen: Screen<ScanHost>): Promise<void>;
  showError(error: unknown): void;
}

/** The message ids a list of statements is shown with. */
export interface SheetWords {
  /** The prefix of each statement's message id. */
  readonly statementPrefix: string;
  /** The heading's message id and its arguments. */
  readonly heading: string;
  readonly headingArgs?: Record<string, string>;
  /** The instructions' message id. */
  readonly instructions: string;
  /** The last page's button, and what the screen says when too few answers. */
  readonly finish?: string;
  readonly incomplete?: string;
}

