// A workshop group's shared situation on the group screen: the form that
// names it (phones rate it in a live session, after their scan), and what
// the participants say it asks next to the group's own mix. Names and notes
// are shown as text.
import type { App } from "./app";
import type { GroupSituationRole, GroupSituationView } from "./backend";
import { chartFigure } from "./charts";
import { append, button, confirmOnPress, el } from "./dom";
import { formatScore, roleName, t } from "./i18n";
import { dataTable, NUMBER_CELL, roleHead } from "./table";

/** The form that names the group's shared situation, renames or removes it. */
export function groupSituationForm(app: App, groupId: string, current: GroupSituationView | null, redraw: () => Promise<void>): HTMLElement {
  const name = el("input", {
    class: "utrecht-textbox utrecht-textbox--html-input",
    id: "group-situation-name",
    type: "text",
    maxlength: 80,
    autocomplete: "off",
    "aria-describedby": "group-situation-hint",
  });
  name.value = current?.name ?? "";
  const note = el("textarea", { class: "utrecht-textarea utrecht-textarea--html-textarea rs-note", id: "group-situation-note", rows: 2, maxlength: 4000 });
  note.value = current?.note ?? "";
  const status = el("p", { class: "utrecht-paragraph rs-status", role: "status", id: "group-situation-status" });
  const saveButton = button(t("group-situation-save"), "secondary", { type: "submit", id: "group-situation-save" });
  const remove = button(t("group-situation-remove"), "subtle", { id: "group-situation-remove", hidden: !current });
  const form = el(
    "form",
    { class: "rs-section rs-goal", id: "group-situation-form", "aria-labelledby": "group-situation-heading", novalidate: true },
    el("h2", { class: "utrecht-heading-2", id: "group-situation-heading" }, t("group-situation-heading")),
    el("p", { class: "utrecht-paragraph", id: "group-situation-hint" }, t("group-situation-intro")),
    el("div", { class: "rs-field" }, el("label", { for: "group-situation-name", class: "utrecht-form-label rs-field__label" }, t("group-situation-name")), name),
    el("div", { class: "rs-field" }, el("label", { for: "group-situation-note", class: "utrecht-form-label rs-field__label" }, t("situations-note")), note),
    el("div", { class: "utrecht-button-group rs-actions" }, saveButton, remove),
    status,
  );
  const set = async (newName: string, newNote: string, said: string): Promise<void> => {
    try {
      await app.backend.setGroupSituation(groupId, newName, newNote);
      await redraw();
      const line = document.getElementById("group-situation-status");
      if (line) line.textContent = said;
    } catch (error) {
      app.showError(error);
    }
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!name.value.trim()) {
      app.showError({ code: "situation-name-empty" });
      return;
    }
    void set(name.value, note.value, t("group-situation-saved"));
  });
  confirmOnPress(
    form,
    remove,
    "group-situation-remove-confirm",
    { question: t("group-situation-remove-confirm"), yes: t("group-situation-remove-yes"), no: t("group-situation-remove-no") },
    () => set("", "", t("group-situation-removed")),
    (error) => app.showError(error),
  );
  return form;
}

const verdict = (role: GroupSituationRole): string =>
  role.asks ? t(`group-situation-asks-${role.asks}`, { role: roleName(role.role) }) : t("group-situation-asks-unknown", { role: roleName(role.role) });

/** What the participants say the situation asks, next to the group's mix. */
export function groupSituationFigures(view: GroupSituationView): HTMLElement {
  const section = el(
    "section",
    { class: "rs-section", id: "group-situation", "aria-labelledby": "group-situation-figures-heading" },
    el("h2", { class: "utrecht-heading-2", id: "group-situation-figures-heading" }, t("group-situation-figures-heading", { name: view.name })),
  );
  if (!view.enough) {
    append(section, el("p", { class: "utrecht-paragraph", id: "group-situation-too-few" }, t("group-situation-too-few", { count: view.ratings })));
    return section;
  }
  const label = t("group-situation-chart-label", {
    group: view.roles.map((r) => t("result-chart-role", { role: roleName(r.role), score: r.groupMean ?? 0 })).join(" "),
    asked: view.roles.map((r) => t("result-chart-role", { role: roleName(r.role), score: r.asked.mean })).join(" "),
  });
  append(
    section,
    el("p", { class: "utrecht-paragraph" }, t("group-situation-count", { count: view.ratings })),
    el("ul", { class: "utrecht-unordered-list", id: "group-situation-verdicts" }, ...view.roles.map((r) => el("li", { class: "utrecht-unordered-list__item", "data-role": r.role }, verdict(r)))),
    view.chartSvg ? chartFigure(view.chartSvg, label, "group-situation-chart") : null,
    dataTable(
      "group-situation-table",
      t("group-situation-table-caption"),
      [
        { head: t("situation-table-role") },
        { head: t("group-situation-table-group"), numeric: true },
        { head: t("group-situation-table-asked"), numeric: true },
        { head: t("group-situation-table-sd"), numeric: true },
        { head: t("group-situation-table-range"), numeric: true },
      ],
      view.roles.map((r) =>
        el(
          "tr",
          { class: "utrecht-table__row", "data-role": r.role },
          roleHead(r.role),
          el("td", { class: NUMBER_CELL }, r.groupMean === null ? "–" : formatScore(r.groupMean)),
          el("td", { class: NUMBER_CELL }, formatScore(r.asked.mean)),
          el("td", { class: NUMBER_CELL }, formatScore(r.asked.sd)),
          el("td", { class: NUMBER_CELL }, t("group-situation-range", { min: formatScore(r.asked.min), max: formatScore(r.asked.max) })),
        ),
      ),
    ),
    el("p", { class: "utrecht-paragraph utrecht-paragraph--small" }, t("group-situation-how")),
  );
  return section;
}
