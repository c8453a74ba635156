import type { App, Screen } from "../app";
import { ROLES, type ResultView, type RoleKey } from "../backend";
import { chartFigure } from "../charts";
import { append, button, el } from "../dom";
import { save, statusLine } from "../files";
import { formatDateTime, t } from "../i18n";
import { mixAdvice, mixSentence } from "../mix";
import { startNewScan } from "../scan-start";
import { followUpBox, goalSection, labelEditor, participantSection, reflectionSection } from "../journal";

function resultChart(result: ResultView): HTMLElement {
  const scores = Object.fromEntries(result.roles.map((r) => [r.role, r.score]));
  const label = t("result-chart-label", {
    bureaucraat: scores["bureaucraat"] ?? 0,
    ondernemer: scores["ondernemer"] ?? 0,
    verbinder: scores["verbinder"] ?? 0,
  });
  return chartFigure(result.chartSvg, label, "result-chart");
}

function scoreTable(result: ResultView): HTMLElement {
  const body = el("tbody", { class: "utrecht-table__body" });
  for (const role of result.roles) {
    body.append(
      el(
        "tr",
        { class: "utrecht-table__row", "data-role": role.role },
        el(
          "th",
          { scope: "row", class: "utrecht-table__header-cell" },
          el("span", { class: `rs-swatch rs-swatch--${role.role}`, "aria-hidden": "true" }),
          t(`role-${role.role}-name`),
        ),
        el(
          "td",
          { class: "utrecht-table__cell utrecht-table__cell--numeric-data rs-score" },
          t("result-score", { score: role.score }),
        ),
        el(
          "td",
          { class: "utrecht-table__cell utrecht-table__cell--numeric-data rs-share" },
          t("result-share", { share: role.share }),
        ),
        el(
          "td",
          { class: "utrecht-table__cell utrecht-table__cell--numeric-data rs-counted" },
          t("result-counted", { answered: role.answered, total: role.total }),
        ),
      ),
    );
  }
  return el(
    "table",
    { class: "utrecht-table utrecht-table--html-table rs-scores", id: "score-table" },
    el("caption", { class: "utrecht-table__caption", id: "score-caption" }, t("result-table-caption")),
    el(
      "thead",
      { class: "utrecht-table__header" },
      el(
        "tr",
        { class: "utrecht-table__row" },
        el("th", { scope: "col", class: "utrecht-table__header-cell" }, t("result-table-role")),
        el("th", { scope: "col", class: "utrecht-table__header-cell utrecht-table__header-cell--numeric-column" }, t("result-table-score")),
        el("th", { scope: "col", class: "utrecht-table__header-cell utrecht-table__header-cell--numeric-column" }, t("result-table-share")),
        el("th", { scope: "col", class: "utrecht-table__header-cell utrecht-table__header-cell--numeric-column" }, t("result-table-counted")),
      ),
    ),
    body,
  );
}

function roleCard(role: RoleKey): HTMLElement {
  const part = (heading: string, text: string): HTMLElement[] => [
    el("dt", { class: "rs-role__term" }, t(heading)),
    el("dd", { class: "rs-role__text" }, t(text)),
  ];
  return el(
    "article",
    { class: `rs-role rs-role--${role}`, "aria-labelledby": `role-${role}-heading` },
    el("h3", { class: "utrecht-heading-3", id: `role-${role}-heading` }, t(`role-${role}-name`)),
    el("p", { class: "utrecht-paragraph utrecht-paragraph--small rs-role__origin" }, t(`role-${role}-origin`)),
    el(
      "dl",
      { class: "rs-role__parts" },
      ...part("result-role-stands-for", `role-${role}-stands-for`),
      ...part("result-role-strengths", `role-${role}-strengths`),
      ...part("result-role-pitfalls", `role-${role}-pitfalls`),
      ...part("result-role-situations", `role-${role}-situations`),
    ),
  );
}

/** One result: chart, numbers, what the roles mean, and questions to reflect on. */
export function resultScreen(id: string, first?: ResultView): Screen {
  let cached = first;
  return async (app: App) => {
    // The chart's labels follow the language, so redraw it after a switch.
    const result = cached ?? (await app.backend.result(id));
    cached = undefined;

    const home = button(t("result-home"), "secondary", { id: "result-home" });
    home.addEventListener("click", () => void app.go({ name: "welcome" }));
    const again = button(t("result-new-scan"), "primary", { id: "result-again" });
    again.addEventListener("click", () => void startNewScan(app));
    const all = button(t("result-history"), "secondary", { id: "result-history" });
    all.addEventListener("click", () => void app.go({ name: "history" }));
    const status = statusLine("chart-status");
    const png = button(t("chart-save-png"), "secondary", { id: "chart-png" });
    png.addEventListener("click", () => void save(app, status, () => app.backend.exportChart([result.id], "radar", "png")));
    const svg = button(t("chart-save-svg"), "secondary", { id: "chart-svg" });
    svg.addEventListener("click", () => void save(app, status, () => app.backend.exportChart([result.id], "radar", "svg")));

    append(
      app.main,
      el("h1", { class: "utrecht-heading-1", id: "result-heading" }, t("result-heading")),
      el("p", { class: "utrecht-paragraph rs-date" }, t("result-date", { date: formatDateTime(result.completedAt) })),
      result.label ? el("p", { class: "utrecht-paragraph rs-label", id: "result-label" }, result.label) : null,
      followUpBox(result),
      el("p", { class: "utrecht-paragraph utrecht-paragraph--lead", id: "mix-sentence" }, mixSentence(result.mix)),
      el(
        "div",
        { class: "rs-result" },
        el("div", {}, resultChart(result), el("div", { class: "utrecht-button-group rs-actions rs-actions--tight" }, png, svg), status),
        el("div", { class: "rs-result__numbers", tabindex: 0, role: "region", "aria-labelledby": "score-caption" }, scoreTable(result), el("p", { class: "utrecht-paragraph utrecht-paragraph--small" }, t("result-scale-note"))),
      ),
      labelEditor(app, result),
      el("p", { class: "utrecht-paragraph", id: "mix-advice" }, mixAdvice(result.mix)),
      el("p", { class: "utrecht-paragraph" }, t("result-mix-meaning")),
      el(
        "section",
        { class: "rs-section", "aria-labelledby": "roles-heading" },
        el("h2", { class: "utrecht-heading-2", id: "roles-heading" }, t("result-roles-heading")),
        el("div", { class: "rs-roles" }, ...ROLES.map(roleCard)),
      ),
      reflectionSection(app, result),
      goalSection(app, result),
      participantSection(app, result),
      el("div", { class: "utrecht-button-group rs-actions" }, again, all, home),
    );
  };
}
