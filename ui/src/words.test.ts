// The same mixes and noise verdicts as crates/app/src/words.rs is tested
// against: tests/fixtures/words.json pins what both sides say, so the
// window, the phone, the PDF report and the spreadsheet agree word for word.
import { afterEach, describe, expect, it } from "vitest";
import fixture from "../../tests/fixtures/words.json";
import type { Language, Margin, Mix, Noise } from "./backend";
import { changeRangeText, marginText, noiseText } from "./charts";
import { setLanguage } from "./i18n";
import { mixAdvice, mixSentence, mixShort } from "./mix";

const MIX_WORDS: Record<string, (mix: Mix) => string> = {
  "result-mix": mixSentence,
  "result-mix-short": mixShort,
  "result-mix-advice": mixAdvice,
};

afterEach(() => setLanguage("nl"));

describe("the shared words fixture", () => {
  it("covers both languages and every kind of mix and noise", () => {
    const languages = new Set([...fixture.mix, ...fixture.noise].map((c) => c.language));
    expect([...languages].sort()).toEqual(["en", "nl"]);
    expect(new Set(fixture.mix.map((c) => c.kind))).toEqual(new Set(Object.keys(MIX_WORDS)));
    expect(new Set(fixture.noise.map((c) => c.noise.kind))).toEqual(new Set(["beyond", "within", "unknown"]));
    expect(new Set(fixture.mix.map((c) => c.mix.kind))).toEqual(
      new Set(["blended", "highest", "lowest", "ordered", "apart"]),
    );
  });

  it.each(fixture.mix.map((c) => [c.language, c.kind, c.words, c] as const))(
    "says a mix in %s (%s) as Rust does: %s",
    (language, kind, words, c) => {
      setLanguage(language as Language);
      const say = MIX_WORDS[kind];
      expect(say, kind).toBeDefined();
      expect(say?.(c.mix as Mix)).toBe(words);
    },
  );

  it.each(fixture.noise.map((c) => [c.language, c.words, c] as const))(
    "says a noise verdict in %s as Rust does: %s",
    (language, words, c) => {
      setLanguage(language as Language);
      expect(noiseText(c.noise as Noise)).toBe(words);
    },
  );

  it.each(fixture.margin.map((c) => [c.language, c.words, c] as const))(
    "says a margin in %s as Rust does: %s",
    (language, words, c) => {
      setLanguage(language as Language);
      expect(marginText(c.margin as Margin)).toBe(words);
    },
  );

  it.each(fixture.range.map((c) => [c.language, c.words, c] as const))(
    "says a change's range in %s as Rust does: %s",
    (language, words, c) => {
      setLanguage(language as Language);
      expect(changeRangeText(c.range as Margin)).toBe(words);
    },
  );
});
