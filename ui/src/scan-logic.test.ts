import { describe, expect, it } from "vitest";
import {
  type Answers,
  countAnswered,
  keyAction,
  nextStatement,
  paginate,
  resumePage,
  targetStatement,
  unanswered,
} from "./scan-logic";

const ids = Array.from({ length: 42 }, (_, i) => `s${i + 1}`);

describe("paging", () => {
  it("splits 42 statements into seven pages of six", () => {
    const pages = paginate(ids);
    expect(pages).toHaveLength(7);
    expect(pages.every((p) => p.length === 6)).toBe(true);
  });

  it("keeps a short last page", () => {
    expect(paginate(ids.slice(0, 8)).map((p) => p.length)).toEqual([6, 2]);
  });

  it("resumes at the first page with an open statement, counting don't-know as answered", () => {
    const pages = paginate(ids);
    const answers: Answers = Object.fromEntries(ids.slice(0, 13).map((id) => [id, 3 as const]));
    answers["s7"] = null;
    expect(resumePage(pages, answers)).toBe(2);
    expect(countAnswered(ids, answers)).toBe(13);
  });

  it("resumes on the last page when everything is answered", () => {
    const answers = Object.fromEntries(ids.map((id) => [id, 4 as const]));
    expect(resumePage(paginate(ids), answers)).toBe(6);
  });

  it("lists the unanswered statements of a page", () => {
    expect(unanswered(["a", "b", "c"], { b: null })).toEqual(["a", "c"]);
  });
});

describe("keyboard", () => {
  it("maps 1 to 5 to the scale, 0 to don't know and Enter to next", () => {
    expect(keyAction("1")).toEqual({ kind: "answer", value: 1 });
    expect(keyAction("5")).toEqual({ kind: "answer", value: 5 });
    expect(keyAction("0")).toEqual({ kind: "answer", value: null });
    expect(keyAction("Enter")).toEqual({ kind: "next" });
  });

  it("ignores other keys", () => {
    for (const key of ["6", "9", "a", " ", "Tab", "ArrowDown", "12"]) {
      expect(keyAction(key)).toBeNull();
    }
  });

  it("answers the focused statement, else the first open one", () => {
    const page = ["a", "b", "c"];
    expect(targetStatement(page, { a: 2 }, "c")).toBe("c");
    expect(targetStatement(page, { a: 2 }, null)).toBe("b");
    expect(targetStatement(page, { a: 2 }, "elsewhere")).toBe("b");
    expect(targetStatement(page, { a: 1, b: 1, c: null }, null)).toBeNull();
  });

  it("moves to the next statement and stops at the end of the page", () => {
    expect(nextStatement(["a", "b"], "a")).toBe("b");
    expect(nextStatement(["a", "b"], "b")).toBeNull();
  });
});
