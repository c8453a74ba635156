// Words for a mix in degrees, as crates/app/src/words.rs forms them (both
// are pinned by tests/fixtures/words.json): the sentence and the short
// words are `<kind>-<variant>` with the role names and how sure; the advice
// is about the role said to be highest, else the lowest, else the blend.
import { type Level, type Mix, ROLES, type RoleKey } from "./backend";
import { roleName, t } from "./i18n";

export const MIX_TEXTS = ["result-mix", "result-mix-short"] as const;
export const MIX_VARIANTS = ["blended", "highest", "lowest", "ordered", "apart"] as const;
export const ADVICE_VARIANTS = ["blended", "highest", "lowest"] as const;
type MixText = (typeof MIX_TEXTS)[number];

const middleOf = (a: RoleKey, b: RoleKey): RoleKey => ROLES.find((r) => r !== a && r !== b) ?? a;

function mixText(kind: MixText, mix: Mix): string {
  switch (mix.kind) {
    case "blended":
      return t(`${kind}-blended`);
    case "highest":
    case "lowest":
      return t(`${kind}-${mix.kind}`, { role: roleName(mix.role), sure: mix.sure });
    case "ordered":
      return t(`${kind}-ordered`, {
        highest: roleName(mix.highest),
        highestSure: mix.highestSure,
        lowest: roleName(mix.lowest),
        lowestSure: mix.lowestSure,
      });
    case "apart":
      return t(`${kind}-apart`, {
        higher: roleName(mix.higher),
        lower: roleName(mix.lower),
        middle: roleName(middleOf(mix.higher, mix.lower)),
        sure: mix.sure,
      });
  }
}

/** The role a mix says is highest (or, when only two are told apart, higher). */
export function highestOf(mix: Mix): RoleKey | null {
  switch (mix.kind) {
    case "highest":
      return mix.role;
    case "ordered":
      return mix.highest;
    case "apart":
      return mix.higher;
    case "blended":
    case "lowest":
      return null;
  }
}

/** One or two sentences: "De Bureaucraat is duidelijk je sterkste rol. …" */
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
export function mixAdvice(mix: Mix): string {
  const highest = highestOf(mix);
  if (highest) return t("result-mix-advice-highest", { role: highest });
  if (mix.kind === "lowest") return t("result-mix-advice-lowest", { role: roleName(mix.role) });
  return t("result-mix-advice-blended");
}
