// About Rolspiegel: the version and statement lists of this build, where the
// data lives (with a button that opens the folder), the licence and where
// the role texts come from.
import type { App, Screen } from "../app";
import type { ListInBuild } from "../backend";
import { append, button, el } from "../dom";
import { t } from "../i18n";

const listLine = (key: string, list: ListInBuild): HTMLElement =>
  el(
    "li",
    { class: "utrecht-unordered-list__item" },
    t(key, { version: list.version, statements: list.statements, current: list.current ? "yes" : "no" }),
  );

export const aboutScreen: Screen = async (app: App) => {
  const about = await app.backend.about();
  const status = el("p", { class: "utrecht-paragraph rs-status", role: "status", id: "about-open-status" });
  const open = button(t("about-open-folder"), "secondary", { id: "about-open-folder" });
  open.addEventListener("click", () => {
    void (async () => {
      try {
        await app.backend.openDataFolder();
        status.textContent = t("about-folder-opened");
      } catch (error) {
        app.showError(error);
      }
    })();
  });
  const home = button(t("result-home"), "secondary", { id: "about-home" });
  home.addEventListener("click", () => void app.go({ name: "welcome" }));
  append(
    app.main,
    el("h1", { class: "utrecht-heading-1", id: "about-heading" }, t("about-heading")),
    el("p", { class: "utrecht-paragraph", id: "about-version" }, t("about-version", { version: about.version })),
    el("p", { class: "utrecht-paragraph" }, t("about-what")),
    el(
      "section",
      { class: "rs-section", "aria-labelledby": "about-lists-heading" },
      el("h2", { class: "utrecht-heading-2", id: "about-lists-heading" }, t("about-lists-heading")),
      el(
        "ul",
        { class: "utrecht-unordered-list", id: "about-lists" },
        ...about.lists.map((l) => listLine("about-list", l)),
        ...about.situationLists.map((l) => listLine("about-situation-list", l)),
      ),
    ),
    el(
      "section",
      { class: "rs-section", "aria-labelledby": "about-data-heading" },
      el("h2", { class: "utrecht-heading-2", id: "about-data-heading" }, t("about-data-heading")),
      about.dataFolder
        ? el("p", { class: "utrecht-paragraph rs-folder", id: "about-folder" }, t("about-folder", { folder: about.dataFolder, file: about.database ?? "" }))
        : el("p", { class: "utrecht-paragraph", id: "about-folder" }, t("about-no-folder")),
      el("p", { class: "utrecht-paragraph" }, t("about-private")),
      about.log ? el("p", { class: "utrecht-paragraph rs-folder", id: "about-log" }, t("about-log", { file: about.log })) : null,
      about.dataFolder ? el("div", { class: "utrecht-button-group rs-actions" }, open) : null,
      status,
    ),
    el(
      "section",
      { class: "rs-section", "aria-labelledby": "about-source-heading" },
      el("h2", { class: "utrecht-heading-2", id: "about-source-heading" }, t("about-source-heading")),
      el("p", { class: "utrecht-paragraph", id: "about-roles-source" }, t("about-roles-source")),
      el("p", { class: "utrecht-paragraph", id: "about-licence" }, t("about-licence")),
    ),
    el("div", { class: "utrecht-button-group rs-actions" }, home),
  );
};
