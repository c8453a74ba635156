// Words for a mix (dominant role, shared lead, balanced).
import type { Mix } from "./backend";
import { t } from "./i18n";

export function mixSentence(mix: Mix): string {
  switch (mix.kind) {
    case "balanced":
      return t("result-mix-balanced");
    case "dominant":
      return t("result-mix-dominant", { role: mix.role });
    case "sharedLead":
      return t("result-mix-shared", { first: mix.roles[0], second: mix.roles[1] });
  }
}

export function mixShort(mix: Mix): string {
  switch (mix.kind) {
    case "balanced":
      return t("result-mix-short-balanced");
    case "dominant":
      return t("result-mix-short-dominant", { role: mix.role });
    case "sharedLead":
      return t("result-mix-short-shared", { first: mix.roles[0], second: mix.roles[1] });
  }
}

/** What the mix asks of you: a short, personal next step. */
export function mixAdvice(mix: Mix): string {
  switch (mix.kind) {
    case "balanced":
      return t("result-mix-advice-balanced");
    case "dominant":
      return t("result-mix-advice-dominant", { role: mix.role });
    case "sharedLead":
      return t("result-mix-advice-shared");
  }
}
