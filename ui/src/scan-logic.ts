// The scan's page and keyboard logic, free of the DOM so it is unit-tested.
import type { AnswerValue } from "./backend";

/** Statements per page: short pages keep the scan calm and scannable. */
export const PER_PAGE = 6;

export type Answers = Record<string, AnswerValue>;

export function isAnswered(answers: Answers, id: string): boolean {
  return Object.prototype.hasOwnProperty.call(answers, id);
}

export function paginate(ids: readonly string[], perPage = PER_PAGE): string[][] {
  const pages: string[][] = [];
  for (let i = 0; i < ids.length; i += perPage) pages.push(ids.slice(i, i + perPage));
  return pages;
}

/** Where to resume: the first page with an unanswered statement, else the last page. */
export function resumePage(pages: readonly string[][], answers: Answers): number {
  const index = pages.findIndex((page) => page.some((id) => !isAnswered(answers, id)));
  return index === -1 ? Math.max(0, pages.length - 1) : index;
}

export function unanswered(page: readonly string[], answers: Answers): string[] {
  return page.filter((id) => !isAnswered(answers, id));
}

export function countAnswered(ids: readonly string[], answers: Answers): number {
  return ids.filter((id) => isAnswered(answers, id)).length;
}

export type KeyAction = { kind: "answer"; value: AnswerValue } | { kind: "next" };

/** Number keys 1–5 pick a scale point, 0 picks "weet ik niet", Enter goes on. */
export function keyAction(key: string): KeyAction | null {
  if (/^[1-5]$/.test(key)) return { kind: "answer", value: Number(key) as AnswerValue };
  if (key === "0") return { kind: "answer", value: null };
  if (key === "Enter") return { kind: "next" };
  return null;
}

/** The statement a number key applies to: the focused one, else the first unanswered one. */
export function targetStatement(
  page: readonly string[],
  answers: Answers,
  focused: string | null,
): string | null {
  if (focused !== null && page.includes(focused)) return focused;
  return unanswered(page, answers)[0] ?? null;
}

/** The statement after `current` on the page, or null at the end. */
export function nextStatement(page: readonly string[], current: string): string | null {
  const i = page.indexOf(current);
  return i >= 0 && i + 1 < page.length ? (page[i + 1] ?? null) : null;
}
