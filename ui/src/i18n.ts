// Every word on screen comes from the Fluent files in /locales, bundled as
// raw text at build time (each page's entry says how, `useTexts`) and loaded
// per language. Variables are never wrapped in isolation marks, and numbers
// are formatted by Intl for the bundle's language (62,5 in Dutch).
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { ErrorCode, Language, Problem, Source } from "./backend";

const LOCALES: Record<Language, string> = { nl: "nl-NL", en: "en-GB" };

/** Where a language's texts come from: each file's path and text. */
export type TextSource = (language: Language) => Promise<ReadonlyArray<readonly [string, string]>>;

/** Set by each page's entry: the desktop window and the phone page bundle their texts differently. */
let textsOf: TextSource = () => Promise.reject(new Error("no texts: call useTexts first"));

/** Takes a language's texts from `source` (before the first loadLanguage). */
export function useTexts(source: TextSource): void {
  textsOf = source;
}

const bundles: Partial<Record<Language, FluentBundle>> = {};
const loading: Partial<Record<Language, Promise<void>>> = {};
let current: Language = "nl";

/** Fetches and parses a language's messages (once); `t` needs them loaded. */
export function loadLanguage(language: Language): Promise<void> {
  const load = (loading[language] ??= (async () => {
    const texts = await textsOf(language);
    performance.mark(`rolspiegel:fluent-${language}-fetched`);
    const start = performance.now();
    const bundle = new FluentBundle(LOCALES[language], { useIsolating: false });
    for (const [path, text] of texts) {
      const errors = bundle.addResource(new FluentResource(text));
      if (errors.length > 0) console.error(`Fluent errors in ${path}`, errors);
    }
    performance.measure(`rolspiegel:fluent-${language}`, { start });
    bundles[language] = bundle;
  })());
  // A load that failed (an English chunk that could not be fetched) is
  // tried again the next time, not remembered as failed.
  load.catch(() => {
    if (loading[language] === load) delete loading[language];
  });
  return load;
}

/** A loaded language's bundle; an empty one (every id shows as itself) before. */
function bundleFor(language: Language): FluentBundle {
  const bundle = bundles[language];
  if (bundle) return bundle;
  console.error(`messages of ${language} used before loadLanguage`);
  return new FluentBundle(LOCALES[language], { useIsolating: false });
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

function harmless(args: Args | undefined): Args | null {
  if (!args) return null;
  const clean: Args = {};
  for (const [name, value] of Object.entries(args)) {
    clean[name] = typeof value === "string" ? value.replace(REORDERING, "\uFFFD") : value;
  }
  return clean;
}

/** Formats a message; a missing message or variable shows its id and is logged. */
export function t(id: string, args?: Args): string {
  return format(current, id, args).text;
}

export function format(lang: Language, id: string, args?: Args): { text: string; errors: unknown[] } {
  const bundle = bundleFor(lang);
  const message = bundle.getMessage(id);
  if (!message?.value) {
    console.error(`missing message ${id} (${lang})`);
    return { text: id, errors: [`missing ${id}`] };
  }
  const errors: Error[] = [];
  const text = bundle.formatPattern(message.value, harmless(args), errors);
  if (errors.length > 0) console.error(`message ${id} (${lang})`, errors);
  return { text, errors };
}

export function hasMessage(lang: Language, id: string): boolean {
  return bundleFor(lang).hasMessage(id);
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
