import type { App, Screen } from "../app";
import type { HistoryItem, ImportReport, KeptCopyView, RequestSummary, SituationSummary, WipeSummary } from "../backend";
import { LIMITS, ROLES } from "../backend";
import { miniChart } from "../charts";
import { append, button, confirmBox, confirmOnPress, el } from "../dom";
import { reportBox, save, statusLine } from "../files";
import { errorText, formatDateTime, problemText, roleName, t } from "../i18n";
import { mixShort } from "../mix";

/** The most results one compare chart can show (Rust refuses more). */

function itemTitle(item: HistoryItem): string {
  return item.label ? `${item.dateText} – ${item.label}` : item.dateText;
}

function historyEntry(
  app: App,
  item: HistoryItem,
  selection: Set<string>,
  onSelect: () => void,
  showList: boolean,
): HTMLElement {
  const titleId = `history-title-${item.id}`;
  const scores = ROLES.map((role, i) =>
    t("history-role-score", { role: roleName(role), score: item.scores[i] ?? 0 }),
  ).join(", ");
  const checkbox = el("input", {
    type: "checkbox",
    class: "utrecht-checkbox utrecht-checkbox--html-input rs-compare-choice",
    id: `choose-${item.id}`,
    "data-result-id": item.id,
  });
  checkbox.checked = selection.has(item.id);
  checkbox.addEventListener("change", () => {
    if (checkbox.checked) selection.add(item.id);
    else selection.delete(item.id);
    onSelect();
  });

  const open = button(t("history-open"), "primary", { class: "rs-open", "aria-describedby": titleId });
  open.addEventListener("click", () => void app.go({ name: "result", id: item.id }));
  const remove = button(t("history-delete"), "subtle", { class: "rs-delete", "aria-describedby": titleId });

  const entry = el(
    "li",
    { class: "rs-history__item", "data-result-id": item.id },
    miniChart(item.scores),
    el(
      "div",
      { class: "rs-history__body" },
      el("h3", { class: "utrecht-heading-3 rs-history__title", id: titleId }, itemTitle(item)),
      el("p", { class: "utrecht-paragraph rs-history__mix" }, `${mixShort(item.mix)}. ${scores}.`),
      // Results of more than one statement list: each says its own.
      showList
        ? el(
            "p",
            { class: "utrecht-paragraph utrecht-paragraph--small rs-history__list" },
            t("history-list-version", { version: item.instrumentVersion }),
          )
        : null,
      item.goal
        ? el(
            "p",
            { class: `utrecht-paragraph rs-history__goal${item.goalOpen ? " rs-history__goal--open" : ""}` },
            t(item.goalOpen ? "history-goal-open" : "history-goal", { role: roleName(item.goal.role) }),
          )
        : null,
      el(
        "div",
        { class: "rs-history__actions" },
        el(
          "div",
          { class: "rs-check" },
          checkbox,
          el("label", { for: `choose-${item.id}`, class: "rs-check__label" }, t("history-choose")),
        ),
        open,
        remove,
      ),
    ),
  );
  confirmOnPress(
    entry,
    remove,
    `delete-${item.id}`,
    { question: t("history-delete-confirm", { title: itemTitle(item) }), yes: t("history-delete-yes"), no: t("history-delete-no") },
    async () => {
      await app.backend.deleteResult(item.id);
      selection.delete(item.id);
      await app.show(historyScreen(selection));
    },
    (error) => app.showError(error),
  );
  return entry;
}

const MAX_ENTRIES = LIMITS.maxEntries;
const MAX_GROUPS = LIMITS.maxGroups;
const MAX_COMPARED = LIMITS.maxCompared;

function importReport(report: ImportReport): HTMLElement {
  const lines = report.problems.map((p) => t("import-problem", { position: p.position, reason: problemText(p.problem) }));
  if (report.moreProblems > 0) lines.push(t("import-more-problems", { count: report.moreProblems }));
  if (report.notRead > 0) lines.push(t("import-not-read", { count: report.notRead, limit: MAX_ENTRIES }));
  if (report.cleaned > 0) lines.push(t("import-cleaned", { count: report.cleaned }));
  for (const group of report.groups) {
    if (group.refused) {
      lines.push(t("import-group-refused", { position: group.position, reason: errorText(group.refused) }));
      continue;
    }
    lines.push(
      t("import-group", {
        name: group.name,
        added: group.added,
        present: group.alreadyPresent,
        problems: group.problems,
      }),
    );
    if (group.notRead > 0) {
      lines.push(t("import-group-not-read", { name: group.name, count: group.notRead, limit: MAX_ENTRIES }));
    }
    if (group.cleaned > 0) lines.push(t("import-group-cleaned", { name: group.name, count: group.cleaned }));
    if (group.ratingsAdded + group.ratingsRefused > 0) {
      lines.push(
        t("import-group-ratings", { name: group.name, added: group.ratingsAdded, refused: group.ratingsRefused }),
      );
    }
  }
  if (report.groupsNotRead > 0) {
    lines.push(t("import-groups-not-read", { count: report.groupsNotRead, limit: MAX_GROUPS }));
  }
  if (report.situationsAdded + report.situationsAlreadyPresent > 0) {
    lines.push(t("import-situations", { added: report.situationsAdded, present: report.situationsAlreadyPresent }));
  }
  for (const p of report.situationProblems) {
    lines.push(t("import-situation-problem", { position: p.position, reason: problemText(p.problem) }));
  }
  if (report.moreSituationProblems > 0) {
    lines.push(t("import-more-situation-problems", { count: report.moreSituationProblems }));
  }
  if (report.requestsAdded + report.answersAdded > 0) {
    lines.push(t("import-requests", { requests: report.requestsAdded, answers: report.answersAdded }));
  }
  if (report.requestsNotAdded > 0) {
    lines.push(t("import-requests-not-added", { count: report.requestsNotAdded }));
  }
  return reportBox(
    "import",
    t("import-heading", { file: report.file }),
    t("import-summary", {
      added: report.added,
      present: report.alreadyPresent,
      skipped: report.problems.length + report.moreProblems,
    }),
    lines,
  );
}

/** The list of what "delete everything" removes. */
function wipeList(summary: WipeSummary): HTMLElement {
  const items: (string | HTMLElement)[] = [
    t("data-wipe-results", { count: summary.results, reflections: summary.reflections, goals: summary.goals }),
  ];
  if (summary.scanInProgress) items.push(t("data-wipe-scan"));
  if (summary.groups.length > 0) {
    items.push(
      el(
        "span",
        {},
        t("data-wipe-groups", { count: summary.groups.length }),
        el(
          "ul",
          { class: "utrecht-unordered-list", id: "wipe-groups" },
          ...summary.groups.map((g) =>
            el("li", { class: "utrecht-unordered-list__item" }, t("data-wipe-group", { name: g.name, members: g.members })),
          ),
        ),
      ),
    );
  }
  if (summary.situations.length > 0) {
    items.push(
      el(
        "span",
        {},
        t("data-wipe-situations", { count: summary.situations.length }),
        el(
          "ul",
          { class: "utrecht-unordered-list", id: "wipe-situations" },
          ...summary.situations.map((name) => el("li", { class: "utrecht-unordered-list__item" }, name)),
        ),
      ),
    );
  }
  if (summary.requests > 0) items.push(t("data-wipe-requests", { count: summary.requests }));
  if (summary.copies > 0) items.push(t("data-wipe-copies", { count: summary.copies, folder: summary.folder ?? "" }));
  return el(
    "ul",
    { class: "utrecht-unordered-list", id: "wipe-list" },
    ...items.map((item) => el("li", { class: "utrecht-unordered-list__item" }, item)),
  );
}

function dataSection(app: App, empty: boolean): HTMLElement {
  const status = statusLine("data-status");
  const json = button(t("data-export-json"), "secondary", { id: "export-json", disabled: empty });
  json.addEventListener("click", () => void save(app, status, () => app.backend.exportData("json")));
  const csv = button(t("data-export-csv"), "secondary", { id: "export-csv", disabled: empty });
  csv.addEventListener("click", () => void save(app, status, () => app.backend.exportData("csv")));
  const load = button(t("data-import"), "secondary", { id: "import-json" });
  load.addEventListener("click", () => {
    void (async () => {
      try {
        const result = await app.backend.importData();
        if (result) await app.show(historyScreen(new Set(), result));
      } catch (error) {
        app.showError(error);
      }
    })();
  });
  const backup = button(t("data-backup"), "secondary", { id: "export-backup" });
  backup.addEventListener("click", () => void save(app, status, () => app.backend.exportBackup()));
  const wipe = button(t("data-wipe"), "secondary", { id: "wipe", class: "rs-danger" });
  const section = el(
    "section",
    { class: "rs-section rs-data", "aria-labelledby": "data-heading" },
    el("h2", { class: "utrecht-heading-2", id: "data-heading" }, t("data-heading")),
    el("p", { class: "utrecht-paragraph" }, t("data-intro")),
    el("div", { class: "utrecht-button-group rs-actions" }, json, csv, backup, load),
    status,
    app.startup.dataFolder
      ? el("p", { class: "utrecht-paragraph rs-folder", id: "data-folder" }, t("data-folder", { folder: app.startup.dataFolder }))
      : null,
    el("h3", { class: "utrecht-heading-3" }, t("data-wipe-heading")),
    el("p", { class: "utrecht-paragraph" }, t("data-wipe-intro")),
    el("div", { class: "utrecht-button-group rs-actions" }, wipe),
  );
  wipe.addEventListener("click", () => {
    void (async () => {
      section.querySelector("#wipe-confirm")?.remove();
      let summary: WipeSummary;
      try {
        summary = await app.backend.wipeSummary();
      } catch (error) {
        app.showError(error);
        return;
      }
      const wipeStatus = statusLine("wipe-status");
      const saveFirst = button(t("data-wipe-backup"), "secondary", { id: "wipe-backup" });
      // While the backup is being saved, nothing can be wiped; a backup
      // that failed is said plainly before anyone wipes.
      saveFirst.addEventListener("click", () => {
        void (async () => {
          const yes = box.querySelector<HTMLButtonElement>("#wipe-confirm-yes");
          if (yes) yes.disabled = true;
          const outcome = await save(app, wipeStatus, () => app.backend.exportBackup());
          if (outcome === "failed") wipeStatus.textContent = t("data-wipe-backup-failed");
          if (yes) yes.disabled = false;
        })();
      });
      const box = confirmBox(
        "wipe-confirm",
        t("data-wipe-confirm"),
        t("data-wipe-yes"),
        t("data-wipe-no"),
        () =>
          void (async () => {
            try {
              const copies = await app.backend.wipe();
              await app.show(historyScreen(new Set(), null, t("data-wipe-done", { copies })));
            } catch (error) {
              app.showError(error);
            }
          })(),
        () => {
          box.remove();
          wipe.focus();
        },
        wipeList(summary),
        ...(summary.saved > 0
          ? [
              el(
                "p",
                { class: "utrecht-paragraph", id: "wipe-saved-stay" },
                t("data-wipe-saved", { count: summary.saved, folder: summary.folder ?? "" }),
              ),
            ]
          : []),
        el("p", { class: "utrecht-paragraph" }, t("data-wipe-backup-first")),
        el("div", { class: "utrecht-button-group rs-actions" }, saveFirst),
        wipeStatus,
      );
      section.append(box);
      box.querySelector<HTMLButtonElement>("#wipe-confirm-no")?.focus();
    })();
  });
  return section;
}

/** All results: open, label, delete, choose to compare; goals; data in and out. */
export function historyScreen(
  selected: Set<string> = new Set(),
  report: ImportReport | null = null,
  done: string | null = null,
): Screen {
  const selection = selected;
  return async (app: App) => {
    const [items, situations, copies, requests] = await Promise.all([
      app.backend.history(),
      app.backend.situations(),
      app.backend.keptCopies(),
      app.backend.requests(),
    ]);
    for (const id of [...selection]) if (!items.some((i) => i.id === id)) selection.delete(id);

    const compare = button(t("history-compare"), "primary", { id: "compare-chosen" });
    const hint = el("p", { class: "utrecht-paragraph rs-compare-hint", id: "compare-hint" });
    const updateCompare = (): void => {
      const n = selection.size;
      compare.disabled = n < 2 || n > MAX_COMPARED;
      hint.textContent = t("history-compare-hint", { count: n, max: MAX_COMPARED });
    };
    compare.addEventListener("click", () => {
      const ids = items.filter((i) => selection.has(i.id)).map((i) => i.id);
      void app.go({ name: "compare", ids, selected: selection });
    });
    const home = button(t("result-home"), "secondary", { id: "history-home" });
    home.addEventListener("click", () => void app.go({ name: "welcome" }));

    append(
      app.main,
      el("h1", { class: "utrecht-heading-1", id: "history-heading" }, t("history-heading")),
      // What an import or a wipe just did, first thing under the heading.
      report ? importReport(report) : null,
      done ? el("p", { class: "utrecht-paragraph rs-status", id: "wipe-done", role: "status" }, done) : null,
    );
    if (items.length === 0) {
      append(app.main, el("p", { class: "utrecht-paragraph", id: "history-empty" }, t("history-empty")));
    } else {
      const open = items.filter((i) => i.goalOpen && i.goal);
      if (open.length > 0) {
        append(
          app.main,
          el(
            "section",
            { class: "rs-goals", "aria-labelledby": "goals-heading", id: "open-goals" },
            el("h2", { class: "utrecht-heading-2", id: "goals-heading" }, t("history-open-goals")),
            el(
              "ul",
              { class: "utrecht-unordered-list" },
              ...open.map((i) =>
                el(
                  "li",
                  { class: "utrecht-unordered-list__item" },
                  i.goal!.reviewText
                    ? t("history-open-goal-review", {
                        role: roleName(i.goal!.role),
                        assignment: i.goal!.assignment,
                        review: i.goal!.reviewText,
                      })
                    : t("history-open-goal", { role: roleName(i.goal!.role), assignment: i.goal!.assignment }),
                ),
              ),
            ),
          ),
        );
      }
      append(
        app.main,
        el("p", { class: "utrecht-paragraph" }, t("history-intro", { count: items.length })),
        el(
          "div",
          { class: "rs-compare-bar" },
          hint,
          compare,
        ),
        el("ul", { class: "rs-history", id: "history-list" }, ...items.map((i) =>
            historyEntry(app, i, selection, updateCompare, new Set(items.map((x) => x.instrumentVersion)).size > 1),
          )),
      );
      updateCompare();
    }
    append(
      app.main,
      situationList(app, situations),
      colleaguesLink(app, requests),
      dataSection(app, items.length === 0),
      copyList(app, copies),
      el("div", { class: "utrecht-button-group rs-actions" }, home),
    );
  };
}

/** The copies kept beside the database, with what each holds and a way to add it back. */
function copyList(app: App, copies: KeptCopyView[]): HTMLElement | null {
  if (copies.length === 0) return null;
  return el(
    "section",
    { class: "rs-section", "aria-labelledby": "copies-heading" },
    el("h2", { class: "utrecht-heading-2", id: "copies-heading" }, t("copies-heading")),
    el("p", { class: "utrecht-paragraph" }, t("copies-intro")),
    el(
      "ul",
      { class: "utrecht-unordered-list", id: "copies-list" },
      ...copies.map((c, n) => {
        const item = el(
          "li",
          { class: "utrecht-unordered-list__item", "data-file": c.file },
          c.readable
            ? t(`copies-${c.kind}`, {
                file: c.name,
                date: formatDateTime(c.madeAt),
                results: c.results,
                groups: c.groups,
                situations: c.situations,
              })
            : t(c.kind === "saved" ? "copies-saved-unreadable" : "copies-unreadable", {
                file: c.name,
                date: formatDateTime(c.madeAt),
              }),
        );
        if (c.readable && c.results + c.groups + c.situations > 0) {
          const add = button(t("copies-add"), "secondary", { id: `copy-add-${n}` });
          add.addEventListener("click", () => {
            void (async () => {
              try {
                const report = await app.backend.addFromCopy(c.file);
                await app.show(historyScreen(new Set(), report));
              } catch (error) {
                app.showError(error);
              }
            })();
          });
          item.append(" ", add);
        }
        return item;
      }),
    ),
  );
}

/** How colleagues see you: each request with how many answered, and the way to ask. */
function colleaguesLink(app: App, requests: RequestSummary[]): HTMLElement {
  const open = button(t("history-colleagues-open"), "secondary", { id: "history-colleagues" });
  open.addEventListener("click", () => void app.go({ name: "colleagues" }));
  return el(
    "section",
    { class: "rs-section", "aria-labelledby": "history-colleagues-heading" },
    el("h2", { class: "utrecht-heading-2", id: "history-colleagues-heading" }, t("colleagues-heading")),
    requests.length === 0
      ? el("p", { class: "utrecht-paragraph" }, t("history-colleagues-intro"))
      : el(
          "ul",
          { class: "utrecht-unordered-list", id: "history-requests" },
          ...requests.map((r) =>
            el(
              "li",
              { class: "utrecht-unordered-list__item", "data-request": r.id },
              t("colleagues-request-line", { date: formatDateTime(r.createdAt), count: r.answered }),
            ),
          ),
        ),
    el("div", { class: "utrecht-button-group rs-actions" }, open),
  );
}

/** The situations, each with when it was last filled in; opens the latest beside the latest result. */
function situationList(app: App, situations: SituationSummary[]): HTMLElement | null {
  if (situations.length === 0) return null;
  const all = button(t("history-situations-all"), "secondary", { id: "history-situations-all" });
  all.addEventListener("click", () => void app.go({ name: "situations" }));
  return el(
    "section",
    { class: "rs-section", "aria-labelledby": "history-situations-heading" },
    el("h2", { class: "utrecht-heading-2", id: "history-situations-heading" }, t("history-situations-heading")),
    el(
      "ul",
      { class: "utrecht-unordered-list", id: "history-situations" },
      ...situations.map((s) => {
        const latest = s.ratings[0];
        const item = el("li", { class: "utrecht-unordered-list__item", "data-situation": s.id });
        if (latest) {
          const open = button(s.name, "subtle", { id: `history-situation-${s.id}` });
          open.addEventListener("click", () => void app.go({ name: "situation", ratingId: latest.id }));
          item.append(open, " ", t("history-situation-rated", { count: s.ratings.length, date: formatDateTime(latest.completedAt) }));
        } else {
          item.append(s.name, " ", t("history-situation-open"));
        }
        return item;
      }),
    ),
    el("div", { class: "utrecht-button-group rs-actions" }, all),
  );
}
