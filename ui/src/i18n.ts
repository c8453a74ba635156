// Every word on screen comes from the Fluent files in /locales, bundled as
// raw text at build time (each page's entry says how, `useTexts`) and loaded
// per language, each file parsed when a message needs it. Variables are
// never wrapped in isolation marks, and numbers are formatted by Intl for the
// bundle's language (62,5 in Dutch), whole counts below 1000 as their digits.
import { FluentBundle, FluentNumber, FluentResource, type FluentVariable, type Message } from "@fluent/bundle";
import type { ErrorCode, Language, Problem, Source } from "./backend";

const LOCALES: Record<Language, string> = { nl: "nl-NL", en: "en-GB" };

/**
 * Where a language's texts come from: each file's path and text, the files
 * the first screen needs first (they are parsed in this order, see
 * `messageOf`).
 */
export type TextSource = (language: Language) => Promise<ReadonlyArray<readonly [string, string]>>;

/**
 * A page's files with those named in `first` (file names, in that order)
 * before the others: what its first screen draws from, parsed first.
 */
export function firstScreenFirst<T extends readonly [string, string]>(files: readonly T[], first: readonly string[]): T[] {
  const rank = (path: string) => {
    const at = first.indexOf(path.slice(path.lastIndexOf("/") + 1));
    return at < 0 ? first.length : at;
  };
  return [...files].sort((a, b) => rank(a[0]) - rank(b[0]));
}

/** Set by each page's entry: the desktop window and the phone page bundle their texts differently. */
let textsOf: TextSource = () => Promise.reject(new Error("no texts: call useTexts first"));

/** Takes a language's texts from `source` (before the first loadLanguage). */
export function useTexts(source: TextSource): void {
  textsOf = source;
}

/** A loaded language: its bundle, and its files not parsed into it yet. */
interface Messages {
  readonly bundle: FluentBundle;
  readonly unparsed: Array<readonly [string, string]>;
}

const languages: Partial<Record<Language, Messages>> = {};
const loading: Partial<Record<Language, Promise<void>>> = {};
let current: Language = "nl";

/** Fetches a language's messages (once); `t` needs them loaded. */
export function loadLanguage(language: Language): Promise<void> {
  const load = (loading[language] ??= (async () => {
    const texts = await textsOf(language);
    performance.mark(`rolspiegel:fluent-${language}-fetched`);
    const messages = { bundle: new FluentBundle(LOCALES[language], { useIsolating: false }), unparsed: [...texts] };
    languages[language] = messages;
    // The first file (the first screen's) now, the others when a message
    // is not found in the files before them.
    const start = performance.now();
    parseNext(messages);
    performance.measure(`rolspiegel:fluent-${language}`, { start });
  })());
  // A load that failed (an English chunk that could not be fetched) is
  // tried again the next time, not remembered as failed.
  load.catch(() => {
    if (loading[language] === load) delete loading[language];
  });
  return load;
}

/** Parses the next file into the bundle; false when all are parsed. */
function parseNext(messages: Messages): boolean {
  const next = messages.unparsed.shift();
  if (!next) return false;
  const [path, text] = next;
  const errors = messages.bundle.addResource(new FluentResource(text));
  if (errors.length > 0) console.error(`Fluent errors in ${path}`, errors);
  return true;
}

/**
 * A loaded language's message, parsing its files in order until one holds
 * it: a first start's welcome screen parses a third of the Dutch text
 * (the `rolspiegel:fluent-nl` mark in bench/launch.py), and every file is
 * parsed before a message counts as missing.
 */
function messageOf(language: Language, id: string): { messages: Messages; message: Message | undefined } {
  let messages = languages[language];
  if (!messages) {
    console.error(`messages of ${language} used before loadLanguage`);
    messages = { bundle: new FluentBundle(LOCALES[language], { useIsolating: false }), unparsed: [] };
  }
  let message = messages.bundle.getMessage(id);
  while (!message && parseNext(messages)) message = messages.bundle.getMessage(id);
  return { messages, message };
}

export function setLanguage(language: Language): void {
  current = language;
}

export function language(): Language {
  return current;
}

export function locale(): string {
  return LOCALES[current];
}

export type Args = Record<string, FluentVariable>;

/**
 * Bidirectional embeddings, overrides and isolates, and zero-width characters:
 * Rust refuses them in every text typed or imported, but text stored before
 * that (a name, a label) could still hold one, and it would reorder or hide
 * the rest of the message it is put into. Such a character shows as U+FFFD.
 */
const REORDERING = /[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/g;

/**
 * An integer from 0 to 999 written as its digits: the same text
 * `Intl.NumberFormat` gives in Dutch and English (i18n.test.ts checks every
 * one), without it. The welcome screen's only number is such a count, and
 * the first `Intl.NumberFormat` of a start costs 5–15 ms (ICU's locale
 * data); plural rules still choose by its value.
 */
class Digits extends FluentNumber {
  override toString(): string {
    return String(this.value);
  }
}

/** A value as a Fluent variable: small counts as `Digits`, text made harmless. */
function variable(value: FluentVariable): FluentVariable {
  if (typeof value === "string") return value.replace(REORDERING, "\uFFFD");
  if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value < 1000 && !Object.is(value, -0)) {
    return new Digits(value);
  }
  return value;
}

function variables(args: Args | undefined): Record<string, FluentVariable> | null {
  if (!args) return null;
  const prepared: Record<string, FluentVariable> = {};
  for (const [name, value] of Object.entries(args)) prepared[name] = variable(value);
  return prepared;
}

/** Formats a message; a missing message or variable shows its id and is logged. */
export function t(id: string, args?: Args): string {
  return format(current, id, args).text;
}

export function format(lang: Language, id: string, args?: Args): { text: string; errors: unknown[] } {
  const { messages, message } = messageOf(lang, id);
  const pattern = message?.value;
  if (!pattern) {
    console.error(`missing message ${id} (${lang})`);
    return { text: id, errors: [`missing ${id}`] };
  }
  const values = variables(args);
  const formatted = () => {
    const errors: Error[] = [];
    return { text: messages.bundle.formatPattern(pattern, values, errors), errors };
  };
  let { text, errors } = formatted();
  // A reference to a message or term in a file not parsed yet: the next
  // file, until it is found or none is left.
  while (errors.length > 0 && parseNext(messages)) ({ text, errors } = formatted());
  if (errors.length > 0) console.error(`message ${id} (${lang})`, errors);
  return { text, errors };
}

export function hasMessage(lang: Language, id: string): boolean {
  return messageOf(lang, id).message !== undefined;
}

/** A date and time in the current language, e.g. "22 november 2026 om 10:31". */
export function formatDateTime(ms: number): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: "long", timeStyle: "short" }).format(
    new Date(ms),
  );
}

/** The name of a role in the current language ("Verbinder"). */
export function roleName(role: string): string {
  return t(`role-${role}-name`);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number with a fixed count of decimals in the current language ("62,5",
 * "0,87"), without a Fluent call: for tables of hundreds of rows.
 */
export function formatNumber(value: number, decimals: number): string {
  const key = `${locale()} ${decimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale(), { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** A score with one decimal, as the `result-score` message writes it ("62,5"). */
export function formatScore(value: number): string {
  return formatNumber(value, 1);
}

/** An error from Rust in words: Rust sends a stable code, the door adds the words. */
export function errorText(code: ErrorCode): string {
  return t(`error-${code}`);
}

/** Why a record of a file was not added, in words; the problem's fields are its arguments. */
export function problemText(problem: Problem): string {
  return t(`problem-${problem.code}`, problem);
}

/** What a group problem is about: a file's name, "Deelnemer 3", or a result's date. */
export function sourceText(source: Source): string {
  switch (source.kind) {
    case "file":
      return source.name;
    case "participant":
      return t("group-participant", { number: source.number });
    case "result":
      return source.dateText;
  }
}
