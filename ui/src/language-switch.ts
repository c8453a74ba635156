// The header's language switch, shared by the window and the phone page:
// one button per language, in its own language, the current one pressed.
import type { Language } from "./backend";
import { button } from "./dom";
import { language, t } from "./i18n";

/**
 * Fills `#language-switch` afresh: its group is named by the message
 * `label`, each button by `<prefix>-<language>`; choosing one calls `choose`.
 */
export function renderLanguageSwitch(label: string, prefix: string, choose: (next: Language) => void): void {
  const group = document.getElementById("language-switch");
  if (!group) return;
  const current = language();
  group.setAttribute("aria-label", t(label));
  group.replaceChildren();
  for (const option of ["nl", "en"] as const) {
    const choice = button(t(`${prefix}-${option}`), "subtle", {
      id: `language-${option}`,
      class: "rs-language__option",
      lang: option,
      "aria-pressed": option === current ? "true" : "false",
    });
    choice.addEventListener("click", () => choose(option));
    group.append(choice);
  }
}
