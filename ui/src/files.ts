// Saving and reading files: Rust opens the native dialog and does the
// reading and writing; here we only say what happened.
import type { App } from "./app";
import type { SaveOutcome } from "./backend";
import { announce, el } from "./dom";
import { t } from "./i18n";

/** A live status line under a screen's heading for "saved as …" messages. */
export function statusLine(id: string): HTMLElement {
  return el("p", { class: "utrecht-paragraph rs-status", id, role: "status" });
}

/** Runs a save through its dialog and reports the outcome in `status`. */
export async function save(app: App, status: HTMLElement, run: () => Promise<SaveOutcome>): Promise<void> {
  status.textContent = "";
  try {
    const outcome = await run();
    if (outcome.kind === "saved") {
      const text = t("file-saved", { file: outcome.file });
      status.textContent = text;
      announce(text);
    }
  } catch (error) {
    app.showError(error);
  }
}
