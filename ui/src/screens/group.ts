import type { App, Screen } from "../app";
import type { GroupChart, GroupImportReport, GroupView, LiveStatus } from "../backend";
import { LIMITS, ROLES } from "../backend";
import { chartFigure } from "../charts";
import { append, button, confirmBox, el } from "../dom";
import { onDroppedFiles, readDropped } from "../drop";
import { networkChoice } from "../live-door";
import { reportBox, save, statusLine } from "../files";
import { formatScore, problemText, roleName, sourceText, t } from "../i18n";
import { groupFields, readGroupFields } from "../group-form";
import { groupSituationFigures, groupSituationForm } from "../group-situation";
import { whileLive } from "../live-updates";
import { dataTable, NUMBER_CELL, roleHead } from "../table";

/** Participant files are about 1 KB; the web view does not even read bigger ones than this. */
const MAX_DROPPED_BYTES = LIMITS.maxParticipantBytes;

function importReport(report: GroupImportReport): HTMLElement {
  return reportBox(
    "group-import",
    null,
    t("group-import-summary", {
      added: report.added,
      present: report.alreadyPresent,
      skipped: report.problems.length + report.moreProblems,
    }),
    [
      ...report.problems.map((p) => t("group-import-problem", { file: sourceText(p.source), reason: problemText(p.problem) })),
      ...(report.moreProblems > 0 ? [t("group-import-more-problems", { count: report.moreProblems })] : []),
      ...(report.notRead > 0 ? [t("group-import-not-read", { count: report.notRead, limit: 10000 })] : []),
      ...(report.ratingsAdded + report.ratingsRefused > 0
        ? [t("group-import-ratings", { added: report.ratingsAdded, refused: report.ratingsRefused })]
        : []),
    ],
  );
}

function statsTable(view: GroupView): HTMLElement {
  const number = (value: number) => t("result-score", { score: value });
  const heads = ["group-stats-role", "group-stats-n", "group-stats-mean", "group-stats-sd", "group-stats-range"];
  return dataTable(
    "group-stats",
    t("group-stats-caption"),
    heads.map((id, i) => ({ head: t(id), numeric: i > 0 })),
    view.stats.map((s) =>
      el(
        "tr",
        { class: "utrecht-table__row", "data-role": s.role },
        roleHead(s.role),
        el("td", { class: `${NUMBER_CELL} rs-n` }, String(s.n)),
        el("td", { class: `${NUMBER_CELL} rs-mean` }, number(s.mean)),
        el("td", { class: `${NUMBER_CELL} rs-sd` }, number(s.sd)),
        el("td", { class: `${NUMBER_CELL} rs-range` }, t("group-range", { min: s.min, max: s.max })),
      ),
    ),
  );
}

function participantsTable(view: GroupView): HTMLElement {
  return dataTable(
    "group-participants",
    t("group-participants-caption"),
    [{ head: t("group-csv-number") }, ...ROLES.map((role) => ({ head: roleName(role), numeric: true }))],
    view.participants.map((p) =>
      el(
        "tr",
        { class: "utrecht-table__row" },
        el("th", { scope: "row", class: "utrecht-table__header-cell rs-participant" }, p.name ?? t("group-participant", { number: p.number })),
        ...p.scores.map((score) => el("td", { class: NUMBER_CELL }, formatScore(score))),
      ),
    ),
  );
}

/** The table of every participant, built when first opened: a group of a thousand stays quick to draw. */
function participantsDetails(view: GroupView, open: boolean): HTMLElement {
  const region = el("div", { class: "rs-result__numbers", id: "group-participants-region", tabindex: 0, role: "region", "aria-label": t("group-participants-caption") });
  const details = el(
    "details",
    { class: "rs-own", id: "group-participants-details" },
    el("summary", { id: "group-participants-summary" }, t("group-participants-show", { count: view.participants.length })),
    region,
  );
  details.addEventListener("toggle", () => {
    if (details.open && !region.firstChild) region.append(participantsTable(view));
  });
  if (open) {
    details.open = true;
    region.append(participantsTable(view));
  }
  return details;
}

function chartSection(app: App, view: GroupView, chart: GroupChart, svg: string | null, showNames: () => boolean): HTMLElement {
  const ids: Record<GroupChart, string> = { radar: "group-radar", mixMap: "group-mixmap", spread: "group-spread" };
  const id = ids[chart];
  const status = statusLine(`${id}-status`);
  const png = button(t("chart-save-png"), "secondary", { id: `${id}-png` });
  png.addEventListener("click", () => void save(app, status, () => app.backend.exportGroupChart(view.group.id, chart, "png", showNames())));
  const svgButton = button(t("chart-save-svg"), "secondary", { id: `${id}-svg` });
  svgButton.addEventListener("click", () => void save(app, status, () => app.backend.exportGroupChart(view.group.id, chart, "svg", showNames())));
  // A big group is drawn as its shape, and its words say so.
  const shape = view.shape ? "-shape" : "";
  return el(
    "section",
    { class: "rs-section", "aria-labelledby": `${id}-heading` },
    el("h2", { class: "utrecht-heading-2", id: `${id}-heading` }, t(`${id}-heading${shape}`)),
    el("p", { class: "utrecht-paragraph" }, t(`${id}-intro${shape}`)),
    el(
      "div",
      { class: "rs-group-chart" },
      chartFigure(svg, t(`${id}-label${shape}`, { count: view.participants.length }), `${id}-chart`),
    ),
    el("div", { class: "utrecht-button-group rs-actions" }, png, svgButton),
    status,
  );
}

/** The facilitator's own results, to add to the group (anonymously). */
async function ownResults(
  app: App,
  groupId: string,
  run: (work: () => Promise<GroupImportReport | null>) => Promise<void>,
): Promise<HTMLElement | null> {
  const items = await app.backend.history();
  if (items.length === 0) return null;
  const boxes = items.map((item) =>
    el(
      "div",
      { class: "rs-check" },
      el("input", { type: "checkbox", id: `own-${item.id}`, value: item.id, class: "utrecht-checkbox utrecht-checkbox--html-input" }),
      el("label", { for: `own-${item.id}`, class: "rs-check__label" }, item.label ? `${item.dateText} – ${item.label}` : item.dateText),
    ),
  );
  const addOwn = button(t("group-add-own-button"), "secondary", { id: "group-add-own" });
  const details = el(
    "details",
    { class: "rs-own", id: "group-own" },
    el("summary", {}, t("group-add-own")),
    ...boxes,
    el("div", { class: "utrecht-button-group rs-actions" }, addOwn),
  );
  addOwn.addEventListener("click", () => {
    const ids = Array.from(details.querySelectorAll<HTMLInputElement>("input:checked")).map((i) => i.value);
    if (ids.length > 0) void run(() => app.backend.addOwnResults(groupId, ids));
  });
  return details;
}

/** Start a live session on this group, or go to the one that runs. */
async function liveSection(app: App, groupId: string, live: LiveStatus | null): Promise<HTMLElement> {
  const section = el(
    "section",
    { class: "rs-section", id: "group-live", "aria-labelledby": "group-live-heading" },
    el("h2", { class: "utrecht-heading-2", id: "group-live-heading" }, t("live-heading")),
    el("p", { class: "utrecht-paragraph" }, t("live-intro")),
  );
  if (live && live.groupId === groupId) {
    const show = button(t("live-show"), "primary", { id: "live-show" });
    show.addEventListener("click", () => void app.go({ name: "live", id: groupId }));
    append(section, el("div", { class: "utrecht-button-group rs-actions" }, show));
    return section;
  }
  if (live) {
    append(section, el("p", { class: "utrecht-paragraph", id: "live-elsewhere" }, t(live.requestId ? "live-running-colleagues" : "live-running-elsewhere")));
    return section;
  }
  append(
    section,
    ...(await networkChoice(app, "live", t("live-start"), async (address) => {
      await app.backend.liveStart(groupId, address);
      await app.go({ name: "live", id: groupId });
    })),
  );
  return section;
}

/** One group: add results, see the spread, project it, export it. */
export function groupScreen(groupId: string, showNames = false, report: GroupImportReport | null = null): Screen {
  return async (app: App) => {
    const [first, live] = await Promise.all([app.backend.groupView(groupId, showNames), app.backend.liveStatus()]);
    let view = first;
    const g = view.group;
    const liveHere = live !== null && live.groupId === groupId;
    const reload = (next: GroupImportReport | null) => void app.show(groupScreen(groupId, names, next));
    const run = async (work: () => Promise<GroupImportReport | null>) => {
      try {
        const result = await work();
        if (result) reload(result);
      } catch (error) {
        app.showError(error);
      }
    };

    const add = button(t("group-add-files"), "primary", { id: "group-add-files" });
    add.addEventListener("click", () => void run(() => app.backend.addGroupFiles(groupId)));
    const drop = el(
      "div",
      { class: "rs-drop", id: "group-drop" },
      el("p", { class: "utrecht-paragraph" }, t("group-drop")),
    );
    drop.addEventListener("dragover", (event) => {
      event.preventDefault();
      drop.classList.add("rs-drop--over");
    });
    drop.addEventListener("dragleave", () => drop.classList.remove("rs-drop--over"));
    drop.addEventListener("drop", () => drop.classList.remove("rs-drop--over"));
    // Files dropped anywhere on the window land in this group.
    onDroppedFiles((files) => void run(async () => app.backend.addDroppedFiles(groupId, await readDropped(files, MAX_DROPPED_BYTES))));

    // Names shown or not: only what depends on them is drawn again (the
    // figures are computed once per change of the group, in Rust).
    let names = showNames;
    const namesToggle = el("input", { type: "checkbox", id: "group-show-names", class: "utrecht-checkbox utrecht-checkbox--html-input" });
    namesToggle.checked = showNames;
    // Views asked for (a toggle, a live tick) may answer out of order: only
    // the one asked for last is drawn, always with the names as the box
    // says now.
    let asked = 0;
    const fetchView = async (): Promise<boolean> => {
      const wanted = namesToggle.checked;
      const mine = ++asked;
      try {
        const next = await app.backend.groupView(groupId, wanted);
        if (mine !== asked) return false;
        names = wanted;
        view = next;
        return true;
      } catch (error) {
        // An answer overtaken by a later question is dropped, error or not.
        if (mine !== asked) return false;
        throw error;
      }
    };
    namesToggle.addEventListener("change", () => {
      void (async () => {
        figures.setAttribute("aria-busy", "true");
        try {
          if (await fetchView()) drawFigures(hiddenNow);
        } catch (error) {
          namesToggle.checked = names;
          app.showError(error);
        } finally {
          figures.setAttribute("aria-busy", "false");
        }
      })();
    });

    const project = button(t("group-project"), "primary", { id: "group-project", disabled: !view.enough });
    // Figures about the list come from the group's answers: hidden as long
    // as a live session keeps the group's results hidden.
    const quality = button(t("quality-open"), "secondary", { id: "group-quality" });
    quality.addEventListener("click", () => void app.go({ name: "quality", scope: { kind: "group", id: groupId } }));
    project.addEventListener("click", () => void app.go({ name: "projection", id: groupId, showNames: names }));
    const own = await ownResults(app, groupId, run);
    const back = button(t("group-back"), "secondary", { id: "group-back" });
    back.addEventListener("click", () => void app.go({ name: "groups" }));

    // Edit and delete.
    const edit = el(
      "form",
      { class: "rs-section rs-goal", id: "group-edit", "aria-labelledby": "group-edit-heading" },
      el("h2", { class: "utrecht-heading-2", id: "group-edit-heading" }, t("group-edit")),
      ...groupFields("group-edit", g.name, g.heldOn ?? "", g.notes),
      el("div", { class: "utrecht-button-group rs-actions" }, button(t("group-save"), "secondary", { type: "submit", id: "group-save" })),
    );
    edit.addEventListener("submit", (event) => {
      event.preventDefault();
      const fields = readGroupFields(edit, "group-edit");
      void (async () => {
        try {
          await app.backend.updateGroup(groupId, fields.name, fields.heldOn, fields.notes);
          reload(null);
        } catch (error) {
          app.showError(error);
        }
      })();
    });
    const remove = button(t("group-delete"), "secondary", { id: "group-delete", class: "rs-danger" });
    remove.addEventListener("click", () => {
      edit.querySelector("#group-delete-confirm")?.remove();
      const box = confirmBox(
        "group-delete-confirm",
        t("group-delete-confirm", { name: g.name }),
        t("history-delete-yes"),
        t("history-delete-no"),
        () =>
          void (async () => {
            try {
              await app.backend.deleteGroup(groupId);
              await app.go({ name: "groups" });
            } catch (error) {
              app.showError(error);
            }
          })(),
        () => {
          box.remove();
          remove.focus();
        },
      );
      edit.append(box);
      box.querySelector<HTMLButtonElement>("#group-delete-confirm-no")?.focus();
    });
    edit.append(el("div", { class: "utrecht-button-group rs-actions" }, remove));

    const meta = el("p", { class: "utrecht-paragraph rs-date", id: "group-meta" });
    const figures = el("div", { id: "group-figures", "aria-busy": "false" });
    // A chart whose picture did not change keeps its place in the page: a
    // large SVG is not built again.
    const charts = new Map<GroupChart, { svg: string | null; count: number; node: HTMLElement }>();
    const chartOf = (chart: GroupChart, svg: string | null): HTMLElement => {
      const kept = charts.get(chart);
      if (kept && kept.svg === svg && kept.count === view.participants.length) return kept.node;
      const node = chartSection(app, view, chart, svg, () => names);
      charts.set(chart, { svg, count: view.participants.length, node });
      return node;
    };
    let hidden = liveHere && !live.revealed;
    // What the live session says now; `hidden` is what was drawn last.
    let hiddenNow = hidden;
    let drawn = 0;
    // The figures, drawn again in place when a live session brings results
    // or names are shown or hidden.
    const drawFigures = (hiddenNow: boolean): void => {
      hidden = hiddenNow;
      drawn += 1;
      figures.dataset.drawn = String(drawn);
      const members = view.group.members;
      meta.textContent = t("group-meta", { count: members, date: g.heldText ?? "", dated: g.heldText ? "yes" : "no" });
      project.disabled = !view.enough || hidden;
      quality.disabled = hidden;
      if (hidden) {
        figures.replaceChildren(el("p", { class: "utrecht-alert utrecht-alert--info rs-import", id: "live-hidden", role: "status" }, t("live-hidden")));
        return;
      }
      if (!view.enough) {
        figures.replaceChildren(el("p", { class: "utrecht-alert utrecht-alert--warning rs-import", id: "group-too-small", role: "status" }, t("group-too-small", { min: view.minSize, count: members })));
        return;
      }
      const status = statusLine("group-csv-status");
      const csv = button(t("group-export-csv"), "secondary", { id: "group-csv" });
      csv.addEventListener("click", () => void save(app, status, () => app.backend.exportGroupCsv(groupId, names)));
      const fileButton = button(t("group-export-file"), "secondary", { id: "group-file" });
      fileButton.addEventListener("click", () => void save(app, status, () => app.backend.exportGroupFile(groupId, names)));
      const reportButton = button(t("report-group-save"), "secondary", { id: "group-report" });
      reportButton.addEventListener("click", () => void save(app, status, () => app.backend.saveGroupReport(groupId)));
      // What had the keyboard's focus keeps it when drawn again.
      const active = document.activeElement;
      const focusedId = active instanceof HTMLElement && figures.contains(active) ? active.id : "";
      const wasOpen = figures.querySelector<HTMLDetailsElement>("#group-participants-details")?.open ?? false;
      figures.replaceChildren();
      append(
        figures,
        el("div", { class: "rs-check rs-names-toggle" }, namesToggle, el("label", { for: "group-show-names", class: "rs-check__label" }, t("group-show-names"))),
        el("div", { class: "rs-result__numbers", id: "group-stats-region", tabindex: 0, role: "region", "aria-label": t("group-stats-caption") }, statsTable(view)),
        view.shape
          ? el("p", { class: "utrecht-paragraph", id: "group-shape-note" }, t("group-shape-note", { count: view.participants.length, from: view.shapeFrom }))
          : null,
        chartOf("mixMap", view.mixMapSvg),
        chartOf("spread", view.spreadSvg),
        chartOf("radar", view.radarSvg),
        participantsDetails(view, wasOpen),
        view.situation ? groupSituationFigures(view.situation) : null,
        el("div", { class: "utrecht-button-group rs-actions" }, reportButton, csv, fileButton),
        el("p", { class: "utrecht-paragraph utrecht-paragraph--small" }, t("group-export-file-hint")),
        status,
      );
      if (focusedId) document.getElementById(focusedId)?.focus();
    };
    drawFigures(hidden);

    append(
      app.main,
      el("h1", { class: "utrecht-heading-1", id: "group-heading" }, g.name),
      meta,
      g.notes ? el("p", { class: "utrecht-paragraph rs-quote", id: "group-notes-text" }, g.notes) : null,
      report ? importReport(report) : null,
      await liveSection(app, groupId, live),
      el("div", { class: "utrecht-button-group rs-actions" }, add, project),
      drop,
      own,
      groupSituationForm(app, groupId, view.situation, () => app.show(groupScreen(groupId, names))),
      figures,
    );
    append(
      app.main,
      el(
        "section",
        { class: "rs-section", id: "group-quality-section", "aria-labelledby": "group-quality-heading" },
        el("h2", { class: "utrecht-heading-2", id: "group-quality-heading" }, t("quality-open")),
        el("p", { class: "utrecht-paragraph" }, t("quality-open-hint", { min: first.minQuality })),
        el("div", { class: "utrecht-button-group rs-actions" }, quality),
      ),
    );
    append(app.main, edit, el("div", { class: "utrecht-button-group rs-actions" }, back));
    // While a live session on this group runs, results that arrive are
    // drawn in place (at most once a second), once they are revealed.
    let stopListening: (() => void) | null = null;
    if (liveHere) {
      stopListening = await whileLive(app, groupId, live, async (status) => {
        // Set before asking, so whichever answer is drawn last draws the
        // room as it is now, revealed or hidden.
        hiddenNow = !status.revealed;
        if (await fetchView()) drawFigures(hiddenNow);
      });
    }
    // Drops go to this group only while it is on show.
    return () => {
      onDroppedFiles(null);
      stopListening?.();
    };
  };
}
