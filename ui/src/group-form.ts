// The fields of a workshop group (name, date, notes), shared by the create
// form on the groups screen and the edit form on a group's screen.
import { el } from "./dom";
import { t } from "./i18n";

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
