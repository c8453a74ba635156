// Saving and reading files: Rust opens the native dialog and does the
// reading and writing; here we only say what happened.
import type { App } from "./app";
import type { SaveOutcome } from "./backend";
import { announce, button, el } from "./dom";
import { t } from "./i18n";

/** A live status line under a screen's heading for "saved as …" messages. */
export function statusLine(id: string): HTMLElement {
  return el("p", { class: "utrecht-paragraph rs-status", id, role: "status" });
}

/** Runs a save through its dialog and reports the outcome in `status`; says how it went. */
export async function save(
  app: App,
  status: HTMLElement,
  run: () => Promise<SaveOutcome>,
): Promise<"saved" | "cancelled" | "failed"> {
  status.textContent = "";
  try {
    const outcome = await run();
    if (outcome.kind === "saved") {
      const text = t("file-saved", { file: outcome.file });
      status.textContent = text;
      announce(text);
      return "saved";
    }
    return "cancelled";
  } catch (error) {
    app.showError(error);
    return "failed";
  }
}

/**
 * A button that saves a result's PDF report, with its status line and an
 * optional hint; ids are `<prefix>` and `<prefix>-status`.
 */
export function resultReportOffer(app: App, resultId: string, prefix: string, label: string, hint?: string): HTMLElement {
  const status = statusLine(`${prefix}-status`);
  const report = button(label, "secondary", { id: prefix });
  report.addEventListener("click", () => void save(app, status, () => app.backend.saveResultReport(resultId)));
  return el(
    "div",
    {},
    ...(hint ? [el("p", { class: "utrecht-paragraph utrecht-paragraph--small" }, hint)] : []),
    el("div", { class: "utrecht-button-group rs-actions" }, report),
    status,
  );
}

/**
 * What an import did: a summary and, per item not taken, its reason. Ids are
 * `<prefix>-report`, `<prefix>-summary` and `<prefix>-problems`.
 */
export function reportBox(prefix: string, heading: string | null, summary: string, problems: string[]): HTMLElement {
  const box = el(
    "div",
    { class: "utrecht-alert utrecht-alert--info rs-import", id: `${prefix}-report`, role: "status" },
    heading ? el("h3", { class: "utrecht-heading-3" }, heading) : null,
    el("p", { class: "utrecht-paragraph", id: `${prefix}-summary` }, summary),
  );
  if (problems.length > 0) {
    box.append(
      el(
        "ul",
        { class: "utrecht-unordered-list", id: `${prefix}-problems` },
        ...problems.map((text) => el("li", { class: "utrecht-unordered-list__item" }, text)),
      ),
    );
  }
  return box;
}
