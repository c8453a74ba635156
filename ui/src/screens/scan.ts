import type { App, Screen } from "../app";
import type { ScanHost, SheetWords } from "../scan-host";
import type { AnswerValue, ScanView, ShortfallView } from "../backend";

export type { ScanHost } from "../scan-host";
import { announce, append, button, el } from "../dom";
import { t } from "../i18n";
import {
  type Answers,
  countAnswered,
  isAnswered,
  keyAction,
  nextStatement,
  paginate,
  resumePage,
  targetStatement,
  unanswered,
} from "../scan-logic";

const SCALE: readonly { value: AnswerValue; key: string; label: string }[] = [
  { value: 1, key: "1", label: "scale-1" },
  { value: 2, key: "2", label: "scale-2" },
  { value: 3, key: "3", label: "scale-3" },
  { value: 4, key: "4", label: "scale-4" },
  { value: 5, key: "5", label: "scale-5" },
  { value: null, key: "0", label: "scale-dont-know" },
];

const radioValue = (value: AnswerValue): string => (value === null ? "dont-know" : String(value));

const SELF_SCAN: SheetWords = { statementPrefix: "statement-", heading: "scan-heading", instructions: "scan-instructions" };

/**
 * A scan screen in the desktop window: answers and finishing go to Rust over
 * IPC; the statements are those of the list the scan was started with.
 */
export function onDesktop(screen: Screen<ScanHost>, scan: ScanView): Screen<App> {
  const assessmentId = scan.assessmentId;
  return (app: App) => {
    const host: ScanHost = {
      statements: scan.statements,
      main: app.main,
      saveAnswer: (statement, value) => app.backend.saveAnswer(assessmentId, statement, value),
      finishScan: async () => {
        const outcome = await app.backend.finishScan(assessmentId);
        if (outcome.kind === "incomplete") return outcome.shortfalls;
        await app.go({ name: "result", id: outcome.result.id, first: outcome.result });
        return null;
      },
      leaveScan: () => app.go({ name: "welcome" }),
      show: (next) => app.show(onDesktop(next, scan)),
      showError: (error) => app.showError(error),
    };
    return screen(host);
  };
}

/** What the statement pages need of a scan; the statements come from the host. */
export type ScanState = Pick<ScanView, "assessmentId" | "answers">;

/** The statement pages of one scan. Its state survives language switches. */
export function scanScreen(scan: ScanState, startPage?: number): Screen<ScanHost> {
  const answers: Answers = { ...scan.answers };
  let pages: string[][] = [];
  let pageIndex = startPage ?? -1;
  // Saves run one after another, so the last answer given is the one stored,
  // and finishing waits until every answer has reached the database.
  let saving: Promise<unknown> = Promise.resolve();

  return async function draw(app: ScanHost): Promise<void> {
    pages = paginate(app.statements);
    if (pageIndex < 0) pageIndex = resumePage(pages, answers);
    pageIndex = Math.min(pageIndex, pages.length - 1);
    const page = pages[pageIndex] ?? [];
    const total = app.statements.length;
    const words = app.words ?? SELF_SCAN;
    const isLast = pageIndex === pages.length - 1;

    const progress = el("progress", {
      id: "scan-progress",
      max: total,
      value: countAnswered(app.statements, answers),
      "aria-labelledby": "scan-progress-label",
    });
    const progressLabel = el("p", { class: "utrecht-paragraph rs-progress__label", id: "scan-progress-label" });
    const updateProgress = (): void => {
      const answered = countAnswered(app.statements, answers);
      progress.value = answered;
      progressLabel.textContent = t("scan-progress", { answered, total });
    };
    updateProgress();

    const pageError = el("div", { id: "page-error", class: "rs-page-error" });
    const form = el("form", { id: "scan-form", class: "rs-scan", novalidate: true });

    const fieldset = (id: string): HTMLFieldSetElement | null =>
      form.querySelector<HTMLFieldSetElement>(`fieldset[data-statement="${id}"]`);
    const focusStatement = (id: string): void => {
      const set = fieldset(id);
      const radio =
        set?.querySelector<HTMLInputElement>("input:checked") ??
        set?.querySelector<HTMLInputElement>("input");
      radio?.focus();
    };

    const save = (id: string, value: AnswerValue): void => {
      const before = isAnswered(answers, id) ? answers[id] : undefined;
      answers[id] = value;
      fieldset(id)?.classList.remove("rs-statement--missing");
      fieldset(id)?.removeAttribute("aria-describedby");
      updateProgress();
      saving = saving
        .then(() => app.saveAnswer(id, value))
        .catch((error: unknown) => {
          if (before === undefined) delete answers[id];
          else answers[id] = before;
          const radio = fieldset(id)?.querySelector<HTMLInputElement>(
            `input[value="${before === undefined ? "" : radioValue(before)}"]`,
          );
          fieldset(id)
            ?.querySelectorAll<HTMLInputElement>("input")
            .forEach((input) => (input.checked = input === radio));
          updateProgress();
          app.showError(error);
        });
    };

    page.forEach((id) => {
      const number = app.statements.indexOf(id) + 1;
      const options = el("div", { class: "rs-scale" });
      for (const option of SCALE) {
        const input = el("input", {
          type: "radio",
          class: "utrecht-radio-button utrecht-radio-button--html-input",
          name: `answer-${id}`,
          value: radioValue(option.value),
          "data-key": option.key,
        });
        if (isAnswered(answers, id) && answers[id] === option.value) input.checked = true;
        input.addEventListener("change", () => {
          if (input.checked) save(id, option.value);
        });
        options.append(
          el(
            "label",
            { class: `rs-option${option.value === null ? " rs-option--dont-know" : ""}` },
            input,
            el("span", { class: "rs-option__key", "aria-hidden": "true" }, option.key),
            el("span", { class: "rs-option__label" }, t(option.label)),
          ),
        );
      }
      form.append(
        el(
          "fieldset",
          { class: "utrecht-form-fieldset rs-statement", "data-statement": id },
          el(
            "legend",
            { class: "utrecht-form-fieldset__legend rs-statement__legend" },
            el("span", { class: "rs-statement__number" }, t("scan-statement-number", { number, total })),
            el("span", { class: "rs-statement__text" }, t(`${words.statementPrefix}${id}`)),
          ),
          options,
        ),
      );
    });

    const back = button(t("scan-back"), "secondary", { id: "scan-back" });
    back.disabled = pageIndex === 0;
    const next = button(t(isLast ? (words.finish ?? "scan-finish") : "scan-next"), "primary", {
      type: "submit",
      id: "scan-next",
    });
    const stop = button(t("scan-stop"), "subtle", { id: "scan-stop" });
    form.append(el("div", { class: "utrecht-button-group rs-actions" }, back, next, stop));

    const goTo = async (index: number): Promise<void> => {
      pageIndex = index;
      await app.show(draw);
      announce(t("scan-page", { page: index + 1, pages: pages.length }));
    };

    const finish = async (): Promise<void> => {
      await saving;
      const shortfalls = await app.finishScan();
      if (shortfalls) await app.show(incompleteScreen(shortfalls, scan, answers));
    };

    const goNext = async (): Promise<void> => {
      const missing = unanswered(page, answers);
      if (missing.length > 0) {
        pageError.replaceChildren(
          el(
            "div",
            { class: "utrecht-alert utrecht-alert--error", role: "alert", id: "page-error-text" },
            el("p", { class: "utrecht-paragraph" }, t("scan-unanswered", { count: missing.length })),
          ),
        );
        for (const id of missing) {
          fieldset(id)?.classList.add("rs-statement--missing");
          fieldset(id)?.setAttribute("aria-describedby", "page-error-text");
        }
        const first = missing[0];
        if (first) focusStatement(first);
        return;
      }
      try {
        if (isLast) await finish();
        else await goTo(pageIndex + 1);
      } catch (error) {
        app.showError(error);
      }
    };

    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void goNext();
    });
    back.addEventListener("click", () => void goTo(pageIndex - 1));
    stop.addEventListener("click", () => {
      void saving.then(() => app.leaveScan());
    });
    // Keys are handled for the whole screen, so they also work right after a
    // page change, when focus is on the heading.
    const screen = el("div", { class: "rs-scan-screen" });
    screen.addEventListener("keydown", (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const action = keyAction(event.key);
      if (!action) return;
      const target = event.target as HTMLElement;
      if (target instanceof HTMLButtonElement) return; // Enter on a button presses it.
      event.preventDefault();
      if (action.kind === "next") {
        void goNext();
        return;
      }
      const focused = target.closest("fieldset")?.getAttribute("data-statement") ?? null;
      const id = targetStatement(page, answers, focused);
      if (!id) return;
      const input = fieldset(id)?.querySelector<HTMLInputElement>(
        `input[value="${radioValue(action.value)}"]`,
      );
      if (!input) return;
      input.checked = true;
      save(id, action.value);
      const following = nextStatement(page, id);
      if (following) focusStatement(following);
      else next.focus();
    });

    append(
      screen,
      el(
        "h1",
        { class: "utrecht-heading-1", id: "scan-heading" },
        t(words.heading, words.headingArgs),
        el("span", { class: "rs-page" }, t("scan-page", { page: pageIndex + 1, pages: pages.length })),
      ),
      el("p", { class: "utrecht-paragraph" }, t(words.instructions)),
      el("p", { class: "utrecht-paragraph utrecht-paragraph--small rs-keys" }, t("scan-keys")),
      el("div", { class: "rs-progress" }, progressLabel, progress),
      pageError,
      form,
      el("p", { class: "utrecht-paragraph utrecht-paragraph--small" }, t("scan-saved-hint")),
    );
    app.main.append(screen);
  };
}

/** Too few answers: say per role how many are missing, and go back. */
function incompleteScreen(shortfalls: ShortfallView[], scan: ScanState, answers: Answers): Screen<ScanHost> {
  return async (app: ScanHost) => {
    const back = button(t("result-incomplete-back"), "primary", { id: "incomplete-back" });
    back.addEventListener("click", () => void app.show(scanScreen({ ...scan, answers }, 0)));
    append(
      app.main,
      el("h1", { class: "utrecht-heading-1" }, t("result-incomplete-heading")),
      el(
        "p",
        { class: "utrecht-paragraph" },
        t(app.words?.incomplete ?? "result-incomplete"),
      ),
      el(
        "ul",
        { class: "utrecht-unordered-list", id: "shortfalls" },
        ...shortfalls.map((s) =>
          el("li", { class: "utrecht-unordered-list__item" }, t("result-incomplete-role", { role: s.role, missing: s.missing })),
        ),
      ),
      el("div", { class: "utrecht-button-group rs-actions" }, back),
    );
  };
}
