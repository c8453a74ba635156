// The parts of a result both the desktop window and the phone page show:
// the chart with its text alternative, the scores (a table in the window,
// a list on a phone) and the role cards.
import type { RoleKey, RoleScoreView } from "./backend";
import { chartFigure } from "./charts";
import { el } from "./dom";
import { t } from "./i18n";
import { dataTable, NUMBER_CELL, roleHead } from "./table";

/** What a result part needs: the scores per role and the Rust-drawn chart. */
export interface Scores {
  readonly roles: readonly RoleScoreView[];
  readonly chartSvg: string | null;
}

export function resultChart(result: Scores): HTMLElement {
  const scores = Object.fromEntries(result.roles.map((r) => [r.role, r.score]));
  const label = t("result-chart-label", {
    bureaucraat: scores["bureaucraat"] ?? 0,
    ondernemer: scores["ondernemer"] ?? 0,
    verbinder: scores["verbinder"] ?? 0,
  });
  return chartFigure(result.chartSvg, label, "result-chart");
}

export function scoreTable(result: Scores): HTMLElement {
  const heads = ["result-table-role", "result-table-score", "result-table-share", "result-table-counted"];
  return dataTable(
    "score-table",
    t("result-table-caption"),
    heads.map((id, i) => ({ head: t(id), numeric: i > 0 })),
    result.roles.map((role) =>
      el(
        "tr",
        { class: "utrecht-table__row", "data-role": role.role },
        roleHead(role.role),
        el("td", { class: `${NUMBER_CELL} rs-score` }, t("result-score", { score: role.score })),
        el("td", { class: `${NUMBER_CELL} rs-share` }, t("result-share", { share: role.percent })),
        el("td", { class: `${NUMBER_CELL} rs-counted` }, t("result-counted", { answered: role.answered, total: role.total })),
      ),
    ),
    "score-caption",
  );
}

/**
 * The scores as a list, for the phone: each role with its score, share and
 * the statements counted, in a line that wraps instead of a table that
 * would scroll sideways on a narrow screen.
 */
export function scoreList(result: Scores): HTMLElement {
  const fact = (label: string, value: string, className: string) =>
    el("div", { class: "rs-score-list__fact" }, el("dt", {}, t(label)), el("dd", { class: className }, value));
  return el(
    "section",
    { class: "rs-score-list", id: "score-list", "aria-labelledby": "score-caption" },
    el("h2", { class: "utrecht-heading-2", id: "score-caption" }, t("result-table-caption")),
    el(
      "ul",
      { class: "rs-score-list__roles" },
      ...result.roles.map((role) =>
        el(
          "li",
          { class: "rs-score-list__role", "data-role": role.role },
          el(
            "p",
            { class: "rs-score-list__name" },
            el("span", { class: `rs-swatch rs-swatch--${role.role}`, "aria-hidden": "true" }),
            t(`role-${role.role}-name`),
          ),
          el(
            "dl",
            { class: "rs-score-list__facts" },
            fact("result-table-score", t("result-score", { score: role.score }), "rs-score"),
            fact("result-table-share", t("result-share", { share: role.percent }), "rs-share"),
            fact("result-table-counted", t("result-counted", { answered: role.answered, total: role.total }), "rs-counted"),
          ),
        ),
      ),
    ),
  );
}

export function roleCard(role: RoleKey): HTMLElement {
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
