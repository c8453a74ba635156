import type { App, Screen } from "../app";
import type { CompareItem, CompareView, PairChange } from "../backend";
import { ROLES } from "../backend";
import { changeVerdict, chartFigure, deltaText, noiseText } from "../charts";
import { append, button, el } from "../dom";
import { save, statusLine } from "../files";
import { t } from "../i18n";

function title(item: CompareItem): string {
  return item.label ? `${item.dateText} – ${item.label}` : item.dateText;
}

function radarLabel(view: CompareView): string {
  const parts = view.results.map((r) =>
    t("compare-chart-item", {
      title: title(r),
      bureaucraat: r.scores[0],
      ondernemer: r.scores[1],
      verbinder: r.scores[2],
    }),
  );
  return `${t("compare-chart-label")} ${parts.join(" ")}`;
}

function scoresTable(view: CompareView): HTMLElement {
  const head = el(
    "tr",
    { class: "utrecht-table__row" },
    el("th", { scope: "col", class: "utrecht-table__header-cell" }, t("compare-table-result")),
    ...ROLES.map((role) =>
      el(
        "th",
        { scope: "col", class: "utrecht-table__header-cell utrecht-table__header-cell--numeric-column" },
        el("span", { class: `rs-swatch rs-swatch--${role}`, "aria-hidden": "true" }),
        t(`role-${role}-name`),
      ),
    ),
  );
  const body = el("tbody", { class: "utrecht-table__body" });
  view.results.forEach((r, index) => {
    const change: PairChange | undefined = index > 0 ? view.changes[index - 1] : undefined;
    body.append(
      el(
        "tr",
        { class: "utrecht-table__row", "data-result-id": r.id },
        el("th", { scope: "row", class: "utrecht-table__header-cell" }, title(r)),
        ...ROLES.map((_, i) => {
          const c = change?.roles[i];
          return el(
            "td",
            { class: "utrecht-table__cell utrecht-table__cell--numeric-data rs-compare-cell" },
            el("span", { class: "rs-compare-score" }, t("result-score", { score: r.scores[i] ?? 0 })),
            c ? el("span", { class: `rs-delta rs-delta--${c.noise.kind}` }, ` (${deltaText(c.delta)})`) : null,
          );
        }),
      ),
    );
  });
  return el(
    "table",
    { class: "utrecht-table utrecht-table--html-table rs-scores", id: "compare-table" },
    el("caption", { class: "utrecht-table__caption", id: "compare-caption" }, t("compare-table-caption")),
    el("thead", { class: "utrecht-table__header" }, head),
    body,
  );
}

function verdicts(view: CompareView): HTMLElement {
  const pairs: { heading: string; change: PairChange }[] = view.changes.map((c) => {
    const from = view.results.find((r) => r.id === c.fromId)!;
    const to = view.results.find((r) => r.id === c.toId)!;
    return { heading: t("compare-pair", { from: title(from), to: title(to) }), change: c };
  });
  if (view.overall) {
    const from = view.results[0]!;
    const to = view.results[view.results.length - 1]!;
    pairs.push({ heading: t("compare-overall", { from: title(from), to: title(to) }), change: view.overall });
  }
  return el(
    "section",
    { class: "rs-section", "aria-labelledby": "noise-heading", id: "noise" },
    el("h2", { class: "utrecht-heading-2", id: "noise-heading" }, t("compare-noise-heading")),
    el("p", { class: "utrecht-paragraph" }, t("compare-noise-intro")),
    new Set(view.results.map((r) => r.instrumentVersion)).size > 1
      ? el(
          "div",
          { class: "utrecht-alert utrecht-alert--info rs-import", id: "compare-lists-differ", role: "note" },
          el(
            "p",
            { class: "utrecht-paragraph" },
            t("compare-lists-differ", {
              first: Math.min(...view.results.map((r) => r.instrumentVersion)),
              last: Math.max(...view.results.map((r) => r.instrumentVersion)),
            }),
          ),
        )
      : null,
    ...pairs.map(({ heading, change }) =>
      el(
        "div",
        { class: "rs-pair" },
        el("h3", { class: "utrecht-heading-3" }, heading),
        el(
          "ul",
          { class: "utrecht-unordered-list rs-verdicts" },
          ...change.roles.map((c) =>
            el(
              "li",
              { class: "utrecht-unordered-list__item", "data-role": c.role, "data-noise": c.noise.kind },
              changeVerdict(c),
              " ",
              noiseText(c.noise),
            ),
          ),
        ),
      ),
    ),
    el("p", { class: "utrecht-paragraph utrecht-paragraph--small" }, t("compare-noise-method")),
  );
}

function exportButtons(app: App, ids: string[], kind: "radar" | "trend", prefix: string): HTMLElement {
  const status = statusLine(`${prefix}-status`);
  const png = button(t("chart-save-png"), "secondary", { id: `${prefix}-png` });
  png.addEventListener("click", () => void save(app, status, () => app.backend.exportChart(ids, kind, "png")));
  const svg = button(t("chart-save-svg"), "secondary", { id: `${prefix}-svg` });
  svg.addEventListener("click", () => void save(app, status, () => app.backend.exportChart(ids, kind, "svg")));
  return el("div", {}, el("div", { class: "utrecht-button-group rs-actions" }, png, svg), status);
}

/** Two to five results on one radar, with changes, noise and a time line. */
export function compareScreen(ids: string[], selection: Set<string>): Screen {
  return async (app: App) => {
    const view = await app.backend.compare(ids);
    const ordered = view.results.map((r) => r.id);
    const back = button(t("compare-back"), "secondary", { id: "compare-back" });
    back.addEventListener("click", () => void app.go({ name: "history", selected: selection }));

    append(
      app.main,
      el("h1", { class: "utrecht-heading-1", id: "compare-heading" }, t("compare-heading", { count: view.results.length })),
      el(
        "div",
        { class: "rs-compare" },
        // The legend is part of the drawn chart, so an exported picture has it too.
        chartFigure(view.chartSvg, radarLabel(view), "compare-chart"),
        exportButtons(app, ordered, "radar", "compare-export"),
        // Focusable, so keyboard users can scroll the table in a narrow window.
        el(
          "div",
          { class: "rs-result__numbers", tabindex: 0, role: "region", "aria-labelledby": "compare-caption" },
          scoresTable(view),
        ),
      ),
      verdicts(view),
    );
    if (view.trendSvg) {
      append(
        app.main,
        el(
          "section",
          { class: "rs-section", "aria-labelledby": "trend-heading" },
          el("h2", { class: "utrecht-heading-2", id: "trend-heading" }, t("compare-trend-heading")),
          el("p", { class: "utrecht-paragraph" }, t("compare-trend-intro")),
          chartFigure(view.trendSvg, t("compare-trend-label"), "trend-chart"),
          exportButtons(app, ordered, "trend", "trend-export"),
        ),
      );
    }
    const reportStatus = statusLine("report-status");
    const report = button(t("report-save"), "primary", { id: "report-save" });
    report.addEventListener("click", () => void save(app, reportStatus, () => app.backend.saveCompareReport(ordered)));
    append(app.main, el("div", { class: "utrecht-button-group rs-actions" }, report, back), reportStatus);
  };
}
