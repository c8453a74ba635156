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

describe("parsing a language's files when needed", () => {
  it("finds a message in a later file, and a term that message refers to in one after it", async () => {
    vi.resetModules();
    const fresh = await import("./i18n");
    fresh.useTexts(async () => [
      ["first.ftl", "hello = Hallo"],
      ["second.ftl", "welcome = Welkom bij { -brand }"],
      ["third.ftl", "-brand = Rolspiegel"],
    ]);
    await fresh.loadLanguage("nl");
    expect(fresh.format("nl", "hello").text).toBe("Hallo");
    expect(fresh.format("nl", "welcome")).toEqual({ text: "Welkom bij Rolspiegel", errors: [] });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(fresh.format("nl", "nowhere").text).toBe("nowhere");
    logged.mockRestore();
  });

  it("puts the files a first screen names before the others, in that order", async () => {
    const { firstScreenFirst } = await import("./i18n");
    const files = ["a/about.ftl", "a/app.ftl", "a/errors.ftl", "a/roles.ftl"].map((p) => [p, ""] as const);
    expect(firstScreenFirst(files, ["app.ftl", "roles.ftl"]).map(([p]) => p)).toEqual([
      "a/app.ftl",
      "a/roles.ftl",
      "a/about.ftl",
      "a/errors.ftl",
    ]);
  });
});

describe("numbers in messages", () => {
  it.each([
    ["nl", "nl-NL"],
    ["en", "en-GB"],
  ] as const)("writes every count below a thousand in %s as Intl.NumberFormat does, without it", async (lang, locale) => {
    vi.resetModules();
    const fresh = await import("./i18n");
    fresh.useTexts(async () => [["n.ftl", "n = { $n }"]]);
    await fresh.loadLanguage(lang);
    const intl = new Intl.NumberFormat(locale);
    // Counts the NumberFormats made from here on.
    const real = Intl.NumberFormat;
    let made = 0;
    const counted = new Proxy(real, {
      construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
        made += 1;
        return new target(...args);
      },
    });
    (Intl as { NumberFormat: typeof Intl.NumberFormat }).NumberFormat = counted;
    try {
      const differ = [];
      for (let n = 0; n < 1000; n += 1) {
        if (fresh.format(lang, "n", { n }).text !== intl.format(n)) differ.push(n);
      }
      expect(differ).toEqual([]);
      expect(made).toBe(0);
      // Larger numbers and fractions are Intl's.
      expect(fresh.format(lang, "n", { n: 1000 }).text).toBe(intl.format(1000));
      expect(fresh.format(lang, "n", { n: 2.5 }).text).toBe(intl.format(2.5));
      expect(made).toBeGreaterThan(0);
    } finally {
      (Intl as { NumberFormat: typeof Intl.NumberFormat }).NumberFormat = real;
    }
  });
});
