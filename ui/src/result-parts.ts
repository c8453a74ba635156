// A result as both the desktop window and the phone page show it, composed
// once: the summary (the mix and the level in words, the chart beside the
// scores, what the mix asks of you) and what the roles stand for. The
// window shows the scores as a table, a phone as a list that wraps; the
// element ids are the same on both.
import type { Level, Mix, NoiseBasis, RoleKey, RoleScoreView } from "./backend";
import { ROLES } from "./backend";
import { chartFigure, marginText } from "./charts";
import { el } from "./dom";
import { roleName, t } from "./i18n";
import { levelSentence, mixAdvice, mixSentence } from "./mix";
import { dataTable, NUMBER_CELL, roleHead } from "./table";

/** What a result's summary needs, from a stored result or a phone's. */
export interface Summary {
  readonly roles: readonly RoleScoreView[];
  readonly chartSvg: string | null;
  readonly mix: Mix;
  readonly basis: NoiseBasis;
  readonly level: Level;
  readonly meanScore: number;
}

/** How a page lays the summary out. */
export interface SummaryLayout {
  /** A table (the window) or a list that wraps on a narrow screen (a phone). */
  readonly scores: "table" | "list";
  /** What goes under the chart: the window's buttons to save it. */
  readonly underChart?: readonly Node[];
}

/** The summary of a result: `#mix-sentence`, `#level-sentence`, `#result-chart`, `#result-scores`, `#mix-advice`. */
export function resultSummary(result: Summary, layout: SummaryLayout): HTMLElement {
  const table = layout.scores === "table";
  // A table may be wider than its column: it scrolls, so it can take focus.
  const numbers = el(
    "div",
    table
      ? { class: "rs-result__numbers", id: "result-scores", tabindex: 0, role: "region", "aria-labelledby": "score-caption" }
      : { class: "rs-result__numbers", id: "result-scores" },
    table ? scoreTable(result) : scoreList(result),
    el("p", { class: "utrecht-paragraph utrecht-paragraph--small" }, t("result-scale-note")),
    el(
      "p",
      { class: "utrecht-paragraph utrecht-paragraph--small", id: "margin-note" },
      `${t("result-margin-note")} ${noiseBasisText(result.basis)}`,
    ),
  );
  return el(
    "div",
    { class: "rs-summary", id: "result-summary" },
    el("p", { class: "utrecht-paragraph utrecht-paragraph--lead", id: "mix-sentence" }, mixSentence(result.mix)),
    el("p", { class: "utrecht-paragraph", id: "level-sentence" }, levelSentence(result)),
    el("div", { class: "rs-result" }, el("div", {}, resultChart(result), ...(layout.underChart ?? [])), numbers),
    el("p", { class: "utrecht-paragraph", id: "mix-advice" }, mixAdvice(result.mix)),
    el("p", { class: "utrecht-paragraph" }, t("result-mix-meaning")),
  );
}

/** What each role stands for, its strengths, pitfalls and situations. */
export function roleSection(): HTMLElement {
  return el(
    "section",
    { class: "rs-section", "aria-labelledby": "roles-heading" },
    el("h2", { class: "utrecht-heading-2", id: "roles-heading" }, t("result-roles-heading")),
    el("div", { class: "rs-roles" }, ...ROLES.map(roleCard)),
  );
}

/** Which spread the margins come from, in a sentence. */
export function noiseBasisText(basis: NoiseBasis): string {
  switch (basis.kind) {
    case "answers":
      return t("result-noise-answers");
    case "centred":
      return t("result-noise-centred", { results: basis.results });
  }
}

/** The chart's text alternative: each role's score with its margin, as the PDF's. */
export function chartLabel(roles: readonly RoleScoreView[]): string {
  const parts = roles.map((r) =>
    r.margin
      ? t("result-chart-role-margin", { role: roleName(r.role), score: r.score, low: r.margin.low, high: r.margin.high })
      : t("result-chart-role", { role: roleName(r.role), score: r.score }),
  );
  return t("result-chart-label", { roles: parts.join(" ") });
}

function resultChart(result: Summary): HTMLElement {
  return chartFigure(result.chartSvg, chartLabel(result.roles), "result-chart");
}

const marginCell = (role: RoleScoreView): string => (role.margin ? marginText(role.margin) : "–");

function scoreTable(result: Summary): HTMLElement {
  const heads = [
    "result-table-role",
    "result-table-score",
    "result-table-margin",
    "result-table-share",
    "result-table-counted",
  ];
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
        el("td", { class: `${NUMBER_CELL} rs-margin` }, marginCell(role)),
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
function scoreList(result: Summary): HTMLElement {
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
            fact("result-table-margin", marginCell(role), "rs-margin"),
            fact("result-table-share", t("result-share", { share: role.percent }), "rs-share"),
            fact("result-table-counted", t("result-counted", { answered: role.answered, total: role.total }), "rs-counted"),
          ),
        ),
      ),
    ),
  );
}

/** A part of a role's text (roles.ftl `role-<role>-<part>`) and the label it goes under. */
export type RolePart = readonly [label: string, part: "stands-for" | "strengths" | "pitfalls" | "situations"];

/**
 * A role's card: its name as a heading (`level`, id `headingId`), then the
 * chosen parts of its text under their labels. `origin` adds where the
 * role comes from.
 */
export function roleCardWith(role: RoleKey, parts: readonly RolePart[], headingId: string, level: "h3" | "h4", origin = false): HTMLElement {
  return el(
    "article",
    { class: `rs-role rs-role--${role}`, "data-role": role, "aria-labelledby": headingId },
    el(level, { class: `utrecht-heading-${level === "h3" ? 3 : 4}`, id: headingId }, t(`role-${role}-name`)),
    origin ? el("p", { class: "utrecht-paragraph utrecht-paragraph--small rs-role__origin" }, t(`role-${role}-origin`)) : null,
    el(
      "dl",
      { class: "rs-role__parts" },
      ...parts.flatMap(([label, part]) => [
        el("dt", { class: "rs-role__term" }, t(label)),
        el("dd", { class: "rs-role__text" }, t(`role-${role}-${part}`)),
      ]),
    ),
  );
}

function roleCard(role: RoleKey): HTMLElement {
  return roleCardWith(
    role,
    [
      ["result-role-stands-for", "stands-for"],
      ["result-role-strengths", "strengths"],
      ["result-role-pitfalls", "pitfalls"],
      ["result-role-situations", "situations"],
    ],
    `role-${role}-heading`,
    "h3",
    true,
  );
}
