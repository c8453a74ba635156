// Words for a mix (one role clearly strongest, or blended). Each kind of
// text has two messages: `<kind>-blended` and `<kind>-dominant` ($role).
import type { Level, Mix } from "./backend";
import { t } from "./i18n";

export const MIX_TEXTS = ["result-mix", "result-mix-short", "result-mix-advice"] as const;
type MixText = (typeof MIX_TEXTS)[number];

function mixText(kind: MixText, mix: Mix): string {
  switch (mix.kind) {
    case "blended":
      return t(`${kind}-blended`);
    case "dominant":
      return t(`${kind}-dominant`, { role: mix.role });
  }
}

/** One sentence: "De Bureaucraat is duidelijk je sterkste rol." */
export const mixSentence = (mix: Mix): string => mixText("result-mix", mix);

/** A few words for lists: "Vooral Bureaucraat". */
export const mixShort = (mix: Mix): string => mixText("result-mix-short", mix);

/**
 * How strongly the roles are recognised overall, apart from the mix: tells
 * "strong in all three" from "neutral on all three" when both are blended.
 */
export const levelSentence = (result: { level: Level; meanScore: number }): string =>
  t(`result-level-${result.level}`, { mean: result.meanScore });

/** What the mix asks of you: a short, personal next step. */
export const mixAdvice = (mix: Mix): string => mixText("result-mix-advice", mix);
