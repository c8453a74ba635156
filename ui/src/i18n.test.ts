import { describe, expect, it, vi } from "vitest";
import { errorText, format, hasMessage, problemText, setLanguage, sourceText } from "./i18n";
import { ADVICE_VARIANTS, MIX_TEXTS, MIX_VARIANTS } from "./mix";

const sources = import.meta.glob(["./**/*.ts", "!./**/*.test.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** Every literal message id the UI code passes to t(…) or names as a label. */
function idsUsedInSource(): string[] {
  const ids = new Set<string>();
  for (const source of Object.values(sources)) {
    for (const match of source.matchAll(/\bt\(\s*"([a-z0-9-]+)"/g)) ids.add(match[1] as string);
    for (const match of source.matchAll(/label: "([a-z0-9-]+)"/g)) ids.add(match[1] as string);
  }
  return [...ids];
}

describe("messages", () => {
  const ids = idsUsedInSource();

  it("finds the ids the screens use", () => {
    expect(ids.length).toBeGreaterThan(40);
    expect(ids).toContain("welcome-heading");
  });

  it.each(["nl", "en"] as const)("has every message the UI uses in %s", (lang) => {
    const missing = ids.filter((id) => !hasMessage(lang, id));
    expect(missing).toEqual([]);
  });

  it.each(["nl", "en"] as const)("has every variant of every mix text in %s", (lang) => {
    const ids = [
      ...MIX_TEXTS.flatMap((kind) => MIX_VARIANTS.map((variant) => `${kind}-${variant}`)),
      ...ADVICE_VARIANTS.map((variant) => `result-mix-advice-${variant}`),
    ];
    expect(ids.filter((id) => !hasMessage(lang, id))).toEqual([]);
  });

  it("formats Dutch numbers with a decimal comma and English with a point", () => {
    expect(format("nl", "result-score", { score: 53.571428 }).text).toBe("53,6");
    expect(format("en", "result-score", { score: 53.571428 }).text).toBe("53.6");
    expect(format("nl", "result-share", { share: 54.9 }).text).toBe("55%");
  });

  it("picks the right role and plural forms", () => {
    expect(format("nl", "result-mix-short-highest", { role: "Verbinder", sure: "probably" }).text).toBe(
      "Waarschijnlijk vooral Verbinder",
    );
    expect(format("en", "result-mix-advice-highest", { role: "ondernemer" }).text).toMatch(
      /^You often reach for the way of the Ondernemer\./,
    );
    expect(format("nl", "scan-unanswered", { count: 1 }).text).toMatch(/^Eén stelling/);
    expect(format("en", "scan-unanswered", { count: 3 }).text).toMatch(/^3 statements/);
  });

  it("reports a missing variable instead of hiding it", () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const { errors } = format("nl", "welcome-duration");
    expect(errors.length).toBeGreaterThan(0);
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });
});

describe("words for what Rust sends as codes", () => {
  it("puts an error code into words in the window's language", () => {
    setLanguage("nl");
    expect(errorText("answer-out-of-range")).toMatch(/^Dit antwoord kan niet\./);
    setLanguage("en");
    expect(errorText("answer-out-of-range")).toMatch(/^This answer is not possible\./);
    setLanguage("nl");
  });

  it("puts a problem and what it is about into words, with the problem's own details", () => {
    setLanguage("nl");
    expect(problemText({ code: "answer", statement: "b07" })).toContain("b07");
    expect(problemText({ code: "participant-newer" })).toContain("nieuwere versie");
    expect(sourceText({ kind: "participant", number: 4 })).toBe("Deelnemer 4");
    expect(sourceText({ kind: "file", name: "anna.json" })).toBe("anna.json");
  });
});

describe("loading a language", () => {
  it("tries again after its texts could not be fetched", async () => {
    vi.resetModules();
    const fresh = await import("./i18n");
    let asked = 0;
    fresh.useTexts(async () => {
      asked += 1;
      if (asked === 1) throw new Error("chunk not fetched");
      return [["test.ftl", "hello = Hallo"]];
    });
    await expect(fresh.loadLanguage("en")).rejects.toThrow("chunk not fetched");
    await fresh.loadLanguage("en");
    expect(asked).toBe(2);
    expect(fresh.hasMessage("en", "hello")).toBe(true);
    // Loaded once, never asked again.
    await fresh.loadLanguage("en");
    expect(asked).toBe(2);
  });
});
