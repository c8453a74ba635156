// What a phone keeps of its participation, in its own storage, so that a
// reload, a locked phone or a lost Wi-Fi never loses an answer: every answer
// is kept here first and stays "pending" until the laptop has confirmed it.
// Pure functions on plain data, so they are unit-tested without a browser.
import type { AnswerValue, Language, LiveResultView, ParticipantState } from "../backend";

/** One answer not yet confirmed by the laptop. */
export interface Pending {
  readonly statement: string;
  readonly value: AnswerValue;
  readonly seq: number;
}

export interface Kept {
  readonly token: string;
  readonly resultId: string;
  readonly statements: readonly string[];
  /** Every answer given, confirmed or not. */
  readonly answers: Readonly<Record<string, AnswerValue>>;
  /** The last answer counter used (it only grows). */
  readonly seq: number;
  /** Answers still to send, the latest per statement. */
  readonly pending: Readonly<Record<string, Pending>>;
  /** The scan is finished and in the group. */
  readonly finished: boolean;
  /** The participant's own result, once finished. */
  readonly result: LiveResultView | null;
}

/** A participant that has just joined. */
export function joined(token: string, state: ParticipantState): Kept {
  return {
    token,
    resultId: state.resultId,
    statements: state.instrument.statements,
    answers: state.answers as Record<string, AnswerValue>,
    seq: state.seq,
    pending: {},
    finished: state.finished,
    result: null,
  };
}

/** An answer given on the phone: kept at once, sent when possible. */
export function give(kept: Kept, statement: string, value: AnswerValue): Kept {
  const seq = kept.seq + 1;
  return {
    ...kept,
    seq,
    answers: { ...kept.answers, [statement]: value },
    pending: { ...kept.pending, [statement]: { statement, value, seq } },
  };
}

/** The laptop confirmed `sent`; a newer answer to the same statement stays pending. */
export function confirmed(kept: Kept, sent: Pending): Kept {
  if (kept.pending[sent.statement]?.seq !== sent.seq) return kept;
  const pending = { ...kept.pending };
  delete pending[sent.statement];
  return { ...kept, pending };
}

/** The next answer to send: the oldest pending one. */
export function nextToSend(kept: Kept): Pending | null {
  let next: Pending | null = null;
  for (const p of Object.values(kept.pending)) if (!next || p.seq < next.seq) next = p;
  return next;
}

export function pendingCount(kept: Kept): number {
  return Object.keys(kept.pending).length;
}

/**
 * After a reload: what the laptop has, with the phone's own unsent answers on
 * top. An answer the phone gave that the laptop lacks is sent again.
 */
export function resumed(kept: Kept, laptop: ParticipantState): Kept {
  const answers: Record<string, AnswerValue> = { ...(laptop.answers as Record<string, AnswerValue>) };
  const pending: Record<string, Pending> = { ...kept.pending };
  let seq = Math.max(kept.seq, laptop.seq);
  for (const [statement, value] of Object.entries(kept.answers)) {
    if (pending[statement]) {
      answers[statement] = value;
    } else if (!(statement in answers)) {
      seq += 1;
      pending[statement] = { statement, value, seq };
      answers[statement] = value;
    }
  }
  return {
    ...kept,
    statements: laptop.instrument.statements,
    answers,
    pending,
    seq,
    finished: laptop.finished,
  };
}

/**
 * Joining again after the session was lost (the facilitator's app was
 * closed or restarted): the answers given before come along into the new
 * session, for statements it has and the laptop has no answer to yet, and
 * are sent like any other answer.
 */
export function carried(kept: Kept, before: Readonly<Record<string, AnswerValue>>): Kept {
  let next = kept;
  for (const statement of kept.statements) {
    const value = before[statement];
    if (value !== undefined && !(statement in next.answers)) next = give(next, statement, value);
  }
  return next;
}

/** The answers to carry into the next join, if the scan was not finished. */
export function toCarry(kept: Kept | null): Record<string, AnswerValue> | null {
  if (!kept || kept.finished || Object.keys(kept.answers).length === 0) return null;
  return { ...kept.answers };
}

const KEY = "rolspiegel-live";
const CARRY_KEY = "rolspiegel-live-carried";

/** Answers waiting for the next join (kept across a reload of the join form). */
export function loadCarried(storage: Storage): Record<string, AnswerValue> | null {
  try {
    const text = storage.getItem(CARRY_KEY);
    const value: unknown = text ? JSON.parse(text) : null;
    return value && typeof value === "object" ? (value as Record<string, AnswerValue>) : null;
  } catch {
    return null;
  }
}

export function storeCarried(storage: Storage, answers: Record<string, AnswerValue> | null): void {
  try {
    if (answers) storage.setItem(CARRY_KEY, JSON.stringify(answers));
    else storage.removeItem(CARRY_KEY);
  } catch {
    // Not kept across a reload; still carried while the page is open.
  }
}

/** Reads what this phone kept for this session's address (storage is per address). */
export function load(storage: Storage): Kept | null {
  try {
    const text = storage.getItem(KEY);
    if (!text) return null;
    const kept = JSON.parse(text) as Kept;
    return typeof kept.token === "string" && typeof kept.seq === "number" ? kept : null;
  } catch {
    return null;
  }
}

export function store(storage: Storage, kept: Kept): void {
  try {
    storage.setItem(KEY, JSON.stringify(kept));
  } catch (error) {
    // Private browsing with no storage: the page still works while open.
    console.error(error);
  }
}

export function forget(storage: Storage): void {
  try {
    storage.removeItem(KEY);
  } catch {
    // Nothing was kept.
  }
}

const LANGUAGE_KEY = "rolspiegel-language";

/** The language chosen on this phone before, else the phone's own. */
export function startLanguage(storage: Storage, phone: readonly string[]): Language {
  try {
    const chosen = storage.getItem(LANGUAGE_KEY);
    if (chosen === "nl" || chosen === "en") return chosen;
  } catch {
    // No storage: use the phone's language.
  }
  for (const tag of phone) {
    const base = tag.toLowerCase().split("-")[0];
    if (base === "nl") return "nl";
    if (base === "en") return "en";
  }
  return "nl";
}

export function storeLanguage(storage: Storage, language: Language): void {
  try {
    storage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Not remembered; the switch still works.
  }
}

const PAIRING_KEY = "rolspiegel-pairing";
/** Crockford's base 32, as `Pairing` in crates/core/src/retest.rs. */
const PAIRING_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * The code that pairs this phone's results in a retest: made at random the
 * first time and kept on the phone. It says nothing about the person.
 */
export function pairingCode(storage: Storage, random: (bytes: Uint8Array) => Uint8Array): string {
  try {
    const kept = storage.getItem(PAIRING_KEY);
    if (kept && /^[0-9A-HJKMNP-TV-Z]{8}$/.test(kept)) return kept;
  } catch {
    // No storage: a fresh code, for this visit only.
  }
  const code = [...random(new Uint8Array(8))].map((b) => PAIRING_ALPHABET[b % 32]).join("");
  storePairing(storage, code);
  return code;
}

/** Keeps the code typed (from an earlier phone), as the laptop reads it. */
export function storePairing(storage: Storage, code: string): void {
  try {
    storage.setItem(PAIRING_KEY, code);
  } catch {
    // Not remembered; this session still sends it.
  }
}

/** A code as shown: `K7P4-QX2M`. */
export const shownPairing = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;

/** A code as typed, as the laptop reads it; null when it is not one. */
export function typedPairing(text: string): string | null {
  const code = text
    .replace(/[\s-]/g, "")
    .toUpperCase()
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  return /^[0-9A-HJKMNP-TV-Z]{8}$/.test(code) ? code : null;
}
