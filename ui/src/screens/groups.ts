import type { App, Screen } from "../app";
import { append, button, el } from "../dom";
import { t } from "../i18n";
import { groupScreen } from "./group";
import { welcomeScreen } from "./welcome";

/** The fields of a group (name, date, notes), shared by create and edit. */
export function groupFields(prefix: string, name = "", heldOn = "", notes = ""): HTMLElement[] {
  const nameInput = el("input", {
    class: "utrecht-textbox utrecht-textbox--html-input",
    id: `${prefix}-name`,
    type: "text",
    maxlength: 80,
    autocomplete: "off",
    required: true,
  });
  nameInput.value = name;
  const date = el("input", { class: "utrecht-textbox utrecht-textbox--html-input rs-date-input", id: `${prefix}-date`, type: "date" });
  date.value = heldOn;
  const notesArea = el("textarea", { class: "utrecht-textarea utrecht-textarea--html-textarea rs-note", id: `${prefix}-notes`, rows: 2, maxlength: 4000 });
  notesArea.value = notes;
  return [
    el("div", { class: "rs-field" }, el("label", { for: `${prefix}-name`, class: "utrecht-form-label rs-field__label" }, t("group-name")), nameInput),
    el("div", { class: "rs-field" }, el("label", { for: `${prefix}-date`, class: "utrecht-form-label rs-field__label" }, t("group-date")), date),
    el("div", { class: "rs-field" }, el("label", { for: `${prefix}-notes`, class: "utrecht-form-label rs-field__label" }, t("group-notes")), notesArea),
  ];
}

/** Reads the fields made by `groupFields`. */
export function readGroupFields(form: HTMLElement, prefix: string): { name: string; heldOn: string | null; notes: string } {
  const value = (id: string) => form.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${prefix}-${id}`)?.value ?? "";
  return { name: value("name"), heldOn: value("date") || null, notes: value("notes") };
}

/** The facilitator's groups, and a form to start a new one. */
export const groupsScreen: Screen = async (app: App) => {
  const groups = await app.backend.groups();
  const form = el(
    "form",
    { class: "rs-section rs-goal", id: "new-group", "aria-labelledby": "new-group-heading" },
    el("h2", { class: "utrecht-heading-2", id: "new-group-heading" }, t("groups-new")),
    ...groupFields("new-group"),
    el("div", { class: "utrecht-button-group rs-actions" }, button(t("groups-create"), "primary", { type: "submit", id: "create-group" })),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const { name, heldOn, notes } = readGroupFields(form, "new-group");
    void (async () => {
      try {
        const group = await app.backend.createGroup(name, heldOn, notes);
        await app.show(groupScreen(group.id));
      } catch (error) {
        app.showError(error);
      }
    })();
  });
  const openFile = button(t("groups-open-file"), "secondary", { id: "open-group-file" });
  openFile.addEventListener("click", () => {
    void (async () => {
      try {
        const opened = await app.backend.openGroupFile();
        if (opened) await app.show(groupScreen(opened.group.id, false, opened.report));
      } catch (error) {
        app.showError(error);
      }
    })();
  });
  const home = button(t("result-home"), "secondary", { id: "groups-home" });
  home.addEventListener("click", () => void app.show(welcomeScreen));

  append(
    app.main,
    el("h1", { class: "utrecht-heading-1", id: "groups-heading" }, t("groups-heading")),
    el("p", { class: "utrecht-paragraph utrecht-paragraph--lead" }, t("groups-intro")),
  );
  if (groups.length > 0) {
    append(
      app.main,
      el(
        "ul",
        { class: "rs-results", id: "group-list" },
        ...groups.map((g) => {
          const open = button(
            t("groups-item", { name: g.name, date: g.heldText ?? "", count: g.members, dated: g.heldText ? "yes" : "no" }),
            "secondary",
            { "data-group-id": g.id },
          );
          open.addEventListener("click", () => void app.show(groupScreen(g.id)));
          return el("li", { class: "rs-results__item" }, open);
        }),
      ),
    );
  } else {
    append(app.main, el("p", { class: "utrecht-paragraph", id: "groups-empty" }, t("groups-empty")));
  }
  append(app.main, form, el("div", { class: "utrecht-button-group rs-actions" }, openFile, home));
};
