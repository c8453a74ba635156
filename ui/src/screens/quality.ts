// "Hoe goed meet de lijst?": how well the statement list measured in one
// group, or in every group's results of one list together. The figures come
// from Rust; this screen only lays them out, in words a facilitator can read.
import type { App, Screen } from "../app";
import type { ItemQualityView, QualityScope, QualityView, RetestView, RoleQualityView } from "../backend";
import { append, button, el } from "../dom";
import { save, statusLine } from "../files";
import { formatNumber, roleName, t } from "../i18n";
import { CELL, type Column, dataTable, NUMBER_CELL, roleHead } from "../table";

/** Alpha from 0.80 is good, from 0.70 sufficient (the usual rule of thumb). */
function verdict(alpha: number | null): string {
  if (alpha === null) return t("quality-verdict-none");
  if (alpha >= 0.8) return t("quality-verdict-good");
  return t(alpha >= 0.7 ? "quality-verdict-enough" : "quality-verdict-weak");
}

function decimals(value: number | null): string {
  return value === null ? t("quality-no-value") : formatNumber(value, 2);
}

/** A table in a region that scrolls sideways on a narrow window. */
function scrolling(table: HTMLTableElement, caption: string): HTMLElement {
  return el("div", { class: "rs-result__numbers", tabindex: 0, role: "region", "aria-label": caption }, table);
}

/** Column heads from message ids; from `numericFrom` on they hold numbers. */
function columns(ids: string[], numericFrom: number): Column[] {
  return ids.map((id, i) => ({ head: t(id), numeric: i >= numericFrom }));
}

function alphaTable(view: QualityView): HTMLElement {
  const rows = view.roles.map((r) =>
    el(
      "tr",
      { class: "utrecht-table__row", "data-role": r.role },
      roleHead(r.role),
      el("td", { class: `${CELL} rs-verdict` }, verdict(r.alpha)),
      el("td", { class: `${NUMBER_CELL} rs-alpha` }, decimals(r.alpha)),
      el(
        "td",
        { class: NUMBER_CELL },
        r.alphaLow === null || r.alphaHigh === null
          ? t("quality-no-value")
          : t("quality-interval", { low: decimals(r.alphaLow), high: decimals(r.alphaHigh) }),
      ),
      el("td", { class: NUMBER_CELL }, String(r.complete)),
    ),
  );
  const caption = t("quality-alpha-caption");
  const heads = ["quality-alpha-role", "quality-alpha-verdict", "quality-alpha", "quality-alpha-interval", "quality-alpha-complete"];
  return scrolling(dataTable("quality-alpha", caption, columns(heads, 2), rows), caption);
}

const points = (value: number | null): string =>
  value === null ? t("quality-no-value") : t("quality-retest-points", { points: value });

function retestTable(retest: RetestView): HTMLElement {
  const rows = retest.roles.map((r) =>
    el(
      "tr",
      { class: "utrecht-table__row", "data-role": r.role },
      roleHead(r.role),
      el("td", { class: `${NUMBER_CELL} rs-retest-r` }, decimals(r.correlation)),
      el(
        "td",
        { class: NUMBER_CELL },
        r.correlationLow === null || r.correlationHigh === null
          ? t("quality-retest-no-interval")
          : t("quality-interval", { low: decimals(r.correlationLow), high: decimals(r.correlationHigh) }),
      ),
      el("td", { class: NUMBER_CELL }, points(r.meanChange)),
      el("td", { class: `${NUMBER_CELL} rs-retest-real` }, points(r.realError)),
      el("td", { class: `${NUMBER_CELL} rs-retest-assumed` }, points(r.assumedError)),
    ),
  );
  const caption = t("quality-retest-caption");
  const heads = [
    "quality-retest-role",
    "quality-retest-correlation",
    "quality-retest-interval",
    "quality-retest-mean-change",
    "quality-retest-real",
    "quality-retest-assumed",
  ];
  return scrolling(dataTable("quality-retest", caption, columns(heads, 1), rows), caption);
}

/** The retest: people who answered twice, paired without names. */
function retestSection(app: App, view: QualityView, scope: QualityScope): HTMLElement {
  const retest = view.retest;
  const parts: (HTMLElement | null)[] = [
    el("p", { class: "utrecht-paragraph" }, t("quality-retest-intro")),
    el(
      "p",
      { class: "utrecht-paragraph", id: "quality-retest-count" },
      t("quality-retest-count", { count: retest.pairs }),
      retest.medianDays === null
        ? ""
        : ` ${retest.medianDays < 1 ? t("quality-retest-same-day") : t("quality-retest-days", { days: retest.medianDays })}`,
    ),
  ];
  if (retest.roles.length === 0) {
    if (retest.pairs > 0) {
      parts.push(el("p", { class: "utrecht-paragraph" }, t("quality-retest-too-few", { min: retest.minPairs })));
    }
    return section("quality-retest-section", t("quality-retest-heading"), ...parts);
  }
  const status = statusLine("quality-retest-status");
  const exportButton = button(t("quality-retest-export"), "secondary", { id: "quality-retest-export" });
  exportButton.addEventListener("click", () => void save(app, status, () => app.backend.exportRetestPairs(scope)));
  parts.push(
    retestTable(retest),
    el("p", { class: "utrecht-paragraph" }, t("quality-retest-explain")),
    el("div", { class: "utrecht-button-group rs-actions" }, exportButton),
    el("p", { class: "utrecht-paragraph utrecht-paragraph--small" }, t("quality-retest-export-hint")),
    status,
  );
  return section("quality-retest-section", t("quality-retest-heading"), ...parts);
}

function correlationTable(view: QualityView): HTMLElement {
  const rows = view.correlations.map((c) =>
    el(
      "tr",
      { class: "utrecht-table__row", "data-pair": `${c.a}-${c.b}` },
      el("th", { scope: "row", class: "utrecht-table__header-cell" }, t("quality-pair-names", { a: roleName(c.a), b: roleName(c.b) })),
      el("td", { class: NUMBER_CELL }, decimals(c.r)),
    ),
  );
  const caption = t("quality-correlations-caption");
  return scrolling(dataTable("quality-correlations", caption, columns(["quality-pair", "quality-correlation"], 1), rows), caption);
}

function flags(item: ItemQualityView): string[] {
  return [
    item.almostAllAgree ? t("quality-flag-agree") : null,
    item.almostAllSame ? t("quality-flag-same") : null,
    item.fitsPoorly ? t("quality-flag-fit") : null,
  ].filter((flag): flag is string => flag !== null);
}

function itemTable(role: RoleQualityView): HTMLElement {
  const rows = role.items.map((item) => {
    const notes = flags(item);
    return el(
      "tr",
      { class: `utrecht-table__row${notes.length > 0 ? " rs-flagged" : ""}`, "data-statement": item.id },
      el(
        "th",
        { scope: "row", class: "utrecht-table__header-cell rs-quality__statement" },
        el("span", { class: "rs-quality__id" }, item.id),
        " ",
        t(`statement-${item.id}`),
      ),
      el("td", { class: CELL }, t(item.reversed ? "quality-reversed-yes" : "quality-reversed-no")),
      el("td", { class: NUMBER_CELL }, decimals(item.mean)),
      el("td", { class: NUMBER_CELL }, decimals(item.sd)),
      el("td", { class: NUMBER_CELL }, decimals(item.itemRest)),
      el("td", { class: `${CELL} rs-quality__flags` }, notes.length > 0 ? el("ul", { class: "rs-quality__flag-list" }, ...notes.map((note) => el("li", {}, note))) : null),
    );
  });
  const caption = t("quality-items-caption", { role: roleName(role.role) });
  const heads = ["quality-item-statement", "quality-item-reversed", "quality-item-mean", "quality-item-sd", "quality-item-rest"];
  const cols = [...columns(heads, 2), { head: t("quality-item-flags") }];
  return scrolling(dataTable(`quality-items-${role.role}`, caption, cols, rows), caption);
}

function section(id: string, heading: string, ...children: (HTMLElement | null)[]): HTMLElement {
  return el(
    "section",
    { class: "rs-section", id, "aria-labelledby": `${id}-heading` },
    el("h2", { class: "utrecht-heading-2", id: `${id}-heading` }, heading),
    ...children,
  );
}

/** For all groups together: choose the list when groups hold more than one. */
function listChooser(app: App, view: QualityView): HTMLElement | null {
  if (view.scope.kind !== "allGroups" || view.lists.every((list) => list.version === view.version)) return null;
  const select = el("select", { id: "quality-list", class: "utrecht-textbox utrecht-textbox--html-input rs-select" });
  const lists = view.lists.some((list) => list.version === view.version)
    ? view.lists
    : [{ version: view.version, results: view.results }, ...view.lists];
  for (const list of lists) {
    const option = el("option", { value: String(list.version) }, t("quality-list-option", { version: list.version, count: list.results }));
    option.selected = list.version === view.version;
    select.append(option);
  }
  const show = button(t("quality-list-show"), "secondary", { id: "quality-list-show" });
  show.addEventListener("click", () => void app.go({ name: "quality", scope: { kind: "allGroups", version: Number(select.value) } }));
  return el(
    "div",
    { class: "rs-field" },
    el("label", { class: "utrecht-form-label", for: "quality-list" }, t("quality-list-label")),
    el("div", { class: "utrecht-button-group rs-actions" }, select, show),
  );
}

/** "Hoe goed meet de lijst?" for one group or all groups of one list. */
export function qualityScreen(scope: QualityScope): Screen {
  return async (app: App) => {
    const view = await app.backend.listQuality(scope);
    const scopeText =
      view.groupName !== null
        ? t("quality-scope-group", { name: view.groupName, count: view.results, version: view.version })
        : t("quality-scope-all", { count: view.results, version: view.version });
    const back =
      scope.kind === "group"
        ? button(t("quality-back-group"), "secondary", { id: "quality-back" })
        : button(t("quality-back-groups"), "secondary", { id: "quality-back" });
    back.addEventListener("click", () => void app.go(scope.kind === "group" ? { name: "group", id: scope.id } : { name: "groups" }));

    append(
      app.main,
      el("h1", { class: "utrecht-heading-1", id: "quality-heading" }, t("quality-heading")),
      el("p", { class: "utrecht-paragraph rs-date", id: "quality-scope" }, scopeText),
      el("p", { class: "utrecht-paragraph utrecht-paragraph--lead" }, t("quality-intro")),
      listChooser(app, view),
    );
    if (view.roles.length === 0) {
      append(
        app.main,
        el(
          "p",
          { class: "utrecht-alert utrecht-alert--warning rs-import", id: "quality-too-few", role: "status" },
          t("quality-too-few", { min: view.minResults, count: view.results }),
        ),
        retestSection(app, view, scope),
        el("div", { class: "utrecht-button-group rs-actions" }, back),
      );
      return;
    }

    const flagged = view.roles.flatMap((r) => r.items).filter((item) => flags(item).length > 0).length;
    const status = statusLine("quality-export-status");
    const exportButton = button(t("quality-export"), "secondary", { id: "quality-export" });
    exportButton.addEventListener("click", () => void save(app, status, () => app.backend.exportAnswerMatrix(scope)));
    append(
      app.main,
      section("quality-alpha-section", t("quality-alpha-heading"), el("p", { class: "utrecht-paragraph" }, t("quality-alpha-intro")), alphaTable(view)),
      section(
        "quality-correlations-section",
        t("quality-correlations-heading"),
        el("p", { class: "utrecht-paragraph" }, t("quality-correlations-intro")),
        correlationTable(view),
      ),
      section(
        "quality-items-section",
        t("quality-items-heading"),
        el("p", { class: "utrecht-paragraph" }, t("quality-items-intro")),
        el("p", { class: "utrecht-paragraph", id: "quality-flagged" }, t("quality-items-summary", { count: flagged })),
        ...view.roles.map(itemTable),
      ),
      el("div", { class: "utrecht-button-group rs-actions" }, exportButton),
      el("p", { class: "utrecht-paragraph utrecht-paragraph--small" }, t("quality-export-hint")),
      status,
      retestSection(app, view, scope),
      el("div", { class: "utrecht-button-group rs-actions" }, back),
    );
  };
}
