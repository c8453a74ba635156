import type { App, Screen } from "../app";
import type { ResultView } from "../backend";
import type { GoalDraft } from "../routes";
import { append, button, el } from "../dom";
import { save, statusLine } from "../files";
import { formatDateTime, t } from "../i18n";
import { resultSummary, roleSection } from "../result-parts";
import { startNewScan } from "../scan-start";
import { followUpBox, goalSection, labelEditor, participantSection, reflectionSection } from "../journal";

/** One result: chart, numbers, what the roles mean, and questions to reflect on. */
export function resultScreen(id: string, first?: ResultView, goal?: GoalDraft): Screen {
  let cached = first;
  return async (app: App) => {
    // The chart's labels follow the language, so redraw it after a switch.
    const result = cached ?? (await app.backend.result(id));
    cached = undefined;

    const home = button(t("result-home"), "secondary", { id: "result-home" });
    home.addEventListener("click", () => void app.go({ name: "welcome" }));
    const again = button(t("result-new-scan"), "primary", { id: "result-again" });
    again.addEventListener("click", () => void startNewScan(app, again));
    const all = button(t("result-history"), "secondary", { id: "result-history" });
    all.addEventListener("click", () => void app.go({ name: "history" }));
    const status = statusLine("chart-status");
    const png = button(t("chart-save-png"), "secondary", { id: "chart-png" });
    png.addEventListener("click", () => void save(app, status, () => app.backend.exportChart([result.id], "radar", "png")));
    const svg = button(t("chart-save-svg"), "secondary", { id: "chart-svg" });
    svg.addEventListener("click", () => void save(app, status, () => app.backend.exportChart([result.id], "radar", "svg")));
    // The report holds the reflections and the goal, so it is offered after them.
    const reportStatus = statusLine("report-status");
    const report = button(t("report-save"), "primary", { id: "report-save" });
    report.addEventListener("click", () => void save(app, reportStatus, () => app.backend.saveResultReport(result.id)));

    append(
      app.main,
      el("h1", { class: "utrecht-heading-1", id: "result-heading" }, t("result-heading")),
      el("p", { class: "utrecht-paragraph rs-date" }, t("result-date", { date: formatDateTime(result.completedAt) })),
      result.label ? el("p", { class: "utrecht-paragraph rs-label", id: "result-label" }, result.label) : null,
      followUpBox(result),
      resultSummary(result, {
        scores: "table",
        underChart: [el("div", { class: "utrecht-button-group rs-actions rs-actions--tight" }, png, svg), status],
      }),
      labelEditor(app, result),
      roleSection(),
      reflectionSection(app, result),
      goalSection(app, result, goal),
      el("div", { class: "utrecht-button-group rs-actions" }, report),
      reportStatus,
      participantSection(app, result),
      el("div", { class: "utrecht-button-group rs-actions" }, again, all, home),
    );
    // A goal filled in from a situation: bring its form into view.
    if (goal) app.main.querySelector("#goal-form")?.scrollIntoView({ block: "start" });
  };
}
