import type { App, Screen } from "../app";
import { append, button, el } from "../dom";
import { t } from "../i18n";
import { groupFields, readGroupFields } from "../group-form";

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
        await app.go({ name: "group", id: group.id });
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
        if (opened) await app.go({ name: "group", id: opened.group.id, report: opened.report });
      } catch (error) {
        app.showError(error);
      }
    })();
  });
  const home = button(t("result-home"), "secondary", { id: "groups-home" });
  home.addEventListener("click", () => void app.go({ name: "welcome" }));

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
          open.addEventListener("click", () => void app.go({ name: "group", id: g.id }));
          return el("li", { class: "rs-results__item" }, open);
        }),
      ),
    );
    // Every group's results together, for the list new scans use (the
    // screen offers the other lists groups hold).
    const quality = button(t("quality-open-all"), "secondary", { id: "groups-quality" });
    quality.addEventListener(
      "click",
      () => void app.go({ name: "quality", scope: { kind: "allGroups", version: app.startup.instrument.version } }),
    );
    append(app.main, el("div", { class: "utrecht-button-group rs-actions" }, quality));
  } else {
    append(app.main, el("p", { class: "utrecht-paragraph", id: "groups-empty" }, t("groups-empty")));
  }
  append(app.main, form, el("div", { class: "utrecht-button-group rs-actions" }, openFile, home));
};
