import type { App } from "../app";
import type { WelcomeView } from "../backend";
import { append, button, confirmBox, el } from "../dom";
import { formatDateTime, t } from "../i18n";
import { mixShort } from "../mix";
import { countAnswered } from "../scan-logic";
import { startNewScan } from "../scan-start";

/** How many recent results the welcome screen lists; the history has all. */
const RECENT = 3;

function allResults(app: App, count: number): HTMLElement {
  const open = button(t("welcome-history", { count }), "primary", { id: "open-history" });
  open.addEventListener("click", () => void app.go({ name: "history" }));
  return el("div", { class: "utrecht-button-group rs-actions" }, open);
}

async function askWelcome(app: App): Promise<WelcomeView> {
  const [scan, results] = await Promise.all([app.backend.currentScan(), app.backend.results()]);
  return { scan, results };
}

export async function welcomeScreen(app: App): Promise<void> {
  const { scan, results } = app.takeWelcome() ?? (await askWelcome(app));
  // A scan in progress keeps the list it was started with.
  const total = (scan?.statements ?? app.statements).length;

  const actions = el("div", { class: "utrecht-button-group rs-actions" });
  if (scan) {
    const answered = countAnswered(scan.statements, scan.answers);
    const resume = button(t("welcome-resume"), "primary", { id: "resume-scan" });
    resume.addEventListener("click", () => void app.go({ name: "scan", scan }));
    const restart = button(t("welcome-restart"), "secondary", { id: "restart-scan" });
    // Asks before answers are thrown away; "no" is the safe, focused choice.
    const confirm = confirmBox(
      "restart",
      t("welcome-restart-confirm"),
      t("welcome-restart-yes"),
      t("welcome-restart-no"),
      () => void startNewScan(app, restart, scan.assessmentId),
      () => {
        confirm.hidden = true;
        restart.focus();
      },
    );
    confirm.hidden = true;
    restart.addEventListener("click", () => {
      confirm.hidden = false;
      confirm.querySelector<HTMLButtonElement>("#restart-no")?.focus();
    });
    append(
      actions,
      el(
        "p",
        { class: "utrecht-paragraph rs-resume-detail", id: "resume-detail" },
        t("welcome-resume-detail", { answered, total }),
      ),
      resume,
      restart,
      confirm,
    );
  } else {
    const start = button(t("welcome-start"), "primary", { id: "start-scan" });
    start.addEventListener("click", () => void startNewScan(app, start));
    actions.append(start);
  }

  const section = el(
    "section",
    { class: "rs-welcome", "aria-labelledby": "welcome-heading" },
    el("h1", { class: "utrecht-heading-1", id: "welcome-heading" }, t("welcome-heading")),
    el("p", { class: "utrecht-paragraph utrecht-paragraph--lead" }, t("welcome-intro")),
    el("p", { class: "utrecht-paragraph" }, t("welcome-no-best")),
    el(
      "ul",
      { class: "utrecht-unordered-list rs-facts" },
      el("li", { class: "utrecht-unordered-list__item" }, t("welcome-duration", { count: total })),
      el("li", { class: "utrecht-unordered-list__item" }, t("welcome-privacy")),
    ),
    actions,
  );
  append(app.main, section);

  if (results.length > 0) {
    const list = el("ul", { class: "rs-results", id: "earlier-results" });
    for (const result of results.slice(0, RECENT)) {
      const date = formatDateTime(result.completedAt);
      const open = button(t("welcome-result-item", { date, mix: mixShort(result.mix) }), "secondary", {
        "data-result-id": result.id,
      });
      open.addEventListener("click", () => void app.go({ name: "result", id: result.id }));
      list.append(el("li", { class: "rs-results__item" }, open));
    }
    append(
      app.main,
      el(
        "section",
        { class: "rs-section", "aria-labelledby": "results-heading" },
        el("h2", { class: "utrecht-heading-2", id: "results-heading" }, t("welcome-results-heading")),
        list,
        allResults(app, results.length),
      ),
    );
  } else {
    // On a new computer: the way to read back a backup or an export.
    const restore = button(t("welcome-restore-button"), "secondary", { id: "open-data" });
    restore.addEventListener("click", () => void app.go({ name: "history" }));
    append(
      app.main,
      el(
        "section",
        { class: "rs-section", "aria-labelledby": "restore-heading" },
        el("h2", { class: "utrecht-heading-2", id: "restore-heading" }, t("welcome-restore-heading")),
        el("p", { class: "utrecht-paragraph" }, t("welcome-restore")),
        el("div", { class: "utrecht-button-group rs-actions" }, restore),
      ),
    );
  }

  const groups = button(t("welcome-groups"), "secondary", { id: "open-groups" });
  groups.addEventListener("click", () => void app.go({ name: "groups" }));
  const situations = button(t("welcome-situations"), "secondary", { id: "open-situations" });
  situations.addEventListener("click", () => void app.go({ name: "situations" }));
  append(
    app.main,
    el(
      "section",
      { class: "rs-section", "aria-labelledby": "situations-welcome-heading" },
      el("h2", { class: "utrecht-heading-2", id: "situations-welcome-heading" }, t("welcome-situations-heading")),
      el("p", { class: "utrecht-paragraph" }, t("welcome-situations-text")),
      el("div", { class: "utrecht-button-group rs-actions" }, situations),
    ),
    el(
      "section",
      { class: "rs-section", "aria-labelledby": "facilitator-heading" },
      el("h2", { class: "utrecht-heading-2", id: "facilitator-heading" }, t("welcome-facilitator-heading")),
      el("p", { class: "utrecht-paragraph" }, t("welcome-facilitator")),
      el("div", { class: "utrecht-button-group rs-actions" }, groups),
    ),
    el("p", { class: "utrecht-paragraph utrecht-paragraph--small rs-credit" }, t("welcome-credit")),
  );
}
