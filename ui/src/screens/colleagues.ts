// How colleagues see you: make a request, save its answer form to send,
// add the codes that come back (pasted or as files), and, from three
// colleagues on, see their view beside your own. Everything colleagues wrote
// is shown as text.
import type { App, Screen } from "../app";
import type { CodesReport, ColleagueRole, ColleagueView, LiveStatus, RequestSummary, RoleKey } from "../backend";
import { chartFigure } from "../charts";
import { append, button, confirmOnPress, el } from "../dom";
import { LIMITS } from "../backend";
import { onDroppedFiles, readDropped } from "../drop";
import { drawQr, joinPanel, networkChoice } from "../live-door";
import { resultReportOffer, save, statusLine } from "../files";
import { roleCardWith, type RolePart } from "../result-parts";
import { CELL, dataTable, NUMBER_CELL, roleHead } from "../table";
import { formatDateTime, formatScore, language, roleName, t } from "../i18n";

/** The person's requests, and a form to make a new one. */
export const colleaguesScreen: Screen = async (app: App) => {
  const requests = await app.backend.requests();
  const knownAs = el("input", {
    class: "utrecht-textbox utrecht-textbox--html-input",
    id: "request-known-as",
    type: "text",
    maxlength: 80,
    autocomplete: "off",
    "aria-describedby": "request-known-as-hint",
  });
  const formLanguage = el(
    "select",
    { class: "utrecht-textbox utrecht-textbox--html-input rs-select", id: "request-language" },
    el("option", { value: "nl" }, t("colleagues-language-nl")),
    el("option", { value: "en" }, t("colleagues-language-en")),
  );
  formLanguage.value = language();
  const questions = [1, 2, 3].map((n) => {
    const area = el("textarea", {
      class: "utrecht-textarea utrecht-textarea--html-textarea rs-note",
      id: `request-question-${n}`,
      rows: 2,
      maxlength: 300,
    });
    area.value = t(`colleague-question-${n}`);
    return area;
  });
  const form = el(
    "form",
    { class: "rs-section rs-goal", id: "new-request", "aria-labelledby": "new-request-heading", novalidate: true },
    el("h2", { class: "utrecht-heading-2", id: "new-request-heading" }, t("colleagues-new-heading")),
    el(
      "div",
      { class: "rs-field" },
      el("label", { for: "request-known-as", class: "utrecht-form-label rs-field__label" }, t("colleagues-known-as")),
      el("p", { class: "utrecht-paragraph utrecht-paragraph--small", id: "request-known-as-hint" }, t("colleagues-known-as-hint")),
      knownAs,
    ),
    el(
      "div",
      { class: "rs-field" },
      el("label", { for: "request-language", class: "utrecht-form-label rs-field__label" }, t("colleagues-form-language")),
      formLanguage,
    ),
    el(
      "fieldset",
      { class: "utrecht-form-fieldset rs-field" },
      el("legend", { class: "utrecht-form-label" }, t("colleagues-questions")),
      el("p", { class: "utrecht-paragraph utrecht-paragraph--small" }, t("colleagues-questions-hint")),
      ...questions.map((area, i) =>
        el(
          "div",
          { class: "rs-field" },
          el("label", { for: area.id, class: "utrecht-form-label rs-field__label" }, t("colleagues-question-label", { n: i + 1 })),
          area,
        ),
      ),
    ),
    el("div", { class: "utrecht-button-group rs-actions" }, button(t("colleagues-make"), "primary", { type: "submit", id: "make-request" })),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void (async () => {
      try {
        const made = await app.backend.createRequest(
          knownAs.value,
          formLanguage.value,
          questions.map((q) => q.value),
        );
        await app.show(colleagueScreen(made.id));
      } catch (error) {
        app.showError(error);
      }
    })();
  });
  const home = button(t("result-home"), "secondary", { id: "colleagues-home" });
  home.addEventListener("click", () => void app.go({ name: "welcome" }));
  append(
    app.main,
    el("h1", { class: "utrecht-heading-1", id: "colleagues-heading" }, t("colleagues-heading")),
    el("p", { class: "utrecht-paragraph" }, t("colleagues-intro")),
    el("p", { class: "utrecht-paragraph" }, t("colleagues-privacy")),
    requests.length === 0
      ? null
      : el(
          "section",
          { class: "rs-section", "aria-labelledby": "requests-heading" },
          el("h2", { class: "utrecht-heading-2", id: "requests-heading" }, t("colleagues-requests-heading")),
          el("ul", { class: "utrecht-unordered-list", id: "requests-list" }, ...requests.map((r) => requestItem(app, r))),
        ),
    form,
    el("div", { class: "utrecht-button-group rs-actions" }, home),
  );
};

function requestItem(app: App, request: RequestSummary): HTMLElement {
  const open = button(t("colleagues-open"), "secondary", { id: `request-open-${request.id}` });
  open.addEventListener("click", () => void app.show(colleagueScreen(request.id)));
  return el(
    "li",
    { class: "utrecht-unordered-list__item", "data-request": request.id },
    t("colleagues-request-line", { date: formatDateTime(request.createdAt), count: request.answered }),
    " ",
    open,
  );
}

/** What adding codes did, each refused code with its reason. */
function codesReport(report: CodesReport): HTMLElement {
  const lines = [
    t("colleague-codes-added", { added: report.added }),
    ...(report.already > 0 ? [t("colleague-codes-already", { count: report.already })] : []),
    ...report.problems.map((p) => t(`colleague-code-${p.reason}`, { number: p.number })),
    ...(report.notRead > 0 ? [t("colleague-codes-not-read", { count: report.notRead, limit: LIMITS.maxCodesAtOnce })] : []),
    ...(report.filesUnread > 0 ? [t("colleague-codes-files-unread", { count: report.filesUnread })] : []),
  ];
  return el(
    "div",
    { class: "utrecht-alert utrecht-alert--info rs-import", id: "codes-report", role: "status" },
    el("ul", { class: "utrecht-unordered-list" }, ...lines.map((line) => el("li", { class: "utrecht-unordered-list__item" }, line))),
  );
}

function seenText(role: ColleagueRole): string {
  return t(`colleague-seen-${role.seen ?? "unknown"}`, { role: roleName(role.role) });
}

function viewTable(roles: readonly ColleagueRole[]): HTMLElement {
  const rows = roles.map((r) =>
    el(
      "tr",
      { class: "utrecht-table__row", "data-role": r.role },
      roleHead(r.role),
      el("td", { class: NUMBER_CELL }, formatScore(r.own)),
      el("td", { class: NUMBER_CELL }, formatScore(r.mean)),
      el("td", { class: NUMBER_CELL }, t("colleague-range", { low: formatScore(r.lowest), high: formatScore(r.highest) })),
      el("td", { class: CELL }, t(`colleague-verdict-${r.seen ?? "unknown"}`)),
    ),
  );
  return dataTable(
    "colleague-table",
    t("colleague-table-caption"),
    [
      { head: t("colleague-table-role") },
      { head: t("colleague-table-own"), numeric: true },
      { head: t("colleague-table-mean"), numeric: true },
      { head: t("colleague-table-range"), numeric: true },
      { head: t("colleague-table-verdict") },
    ],
    rows,
  );
}

/**
 * Hidden strength and blind spot in plain words, each with the role texts
 * of the roles it is about: for a role colleagues see more of, what makes
 * it strong and where it fits; for one they see less of, what it stands for
 * (what others would see if you showed it).
 */
function meaning(roles: readonly ColleagueRole[]): HTMLElement {
  const seen = (verdict: "more" | "less") => roles.filter((r) => r.seen === verdict).map((r) => r.role);
  const cards = (id: string, list: RoleKey[], parts: readonly RolePart[]) =>
    list.length === 0 ? null : el("div", { class: "rs-roles", id }, ...list.map((role) => roleCardWith(role, parts, `${id}-${role}`, "h4")));
  const more = seen("more");
  const less = seen("less");
  return el(
    "div",
    { class: "rs-advice", id: "colleague-meaning" },
    el("h3", { class: "utrecht-heading-3" }, t("colleague-meaning-heading")),
    el("p", { class: "utrecht-paragraph" }, t("colleague-hidden-strength")),
    cards("colleague-more", more, [
      ["result-role-strengths", "strengths"],
      ["result-role-situations", "situations"],
    ]),
    el("p", { class: "utrecht-paragraph" }, t("colleague-blind-spot")),
    cards("colleague-less", less, [["result-role-stands-for", "stands-for"]]),
    more.length + less.length === 0 ? el("p", { class: "utrecht-paragraph", id: "colleague-meaning-none" }, t("colleague-meaning-none")) : null,
  );
}

function viewSection(app: App, view: ColleagueView): HTMLElement {
  const section = el(
    "section",
    { class: "rs-section", id: "colleague-view", "aria-labelledby": "colleague-view-heading" },
    el("h2", { class: "utrecht-heading-2", id: "colleague-view-heading" }, t("colleague-view-heading")),
  );
  if (view.counted < view.needed) {
    append(
      section,
      el("p", { class: "utrecht-paragraph", id: "colleague-waiting" }, t("colleague-waiting", { counted: view.counted, needed: view.needed, more: view.needed - view.counted })),
    );
    if (view.tooFewAnswers > 0) append(section, el("p", { class: "utrecht-paragraph" }, t("colleague-too-few", { count: view.tooFewAnswers })));
    return section;
  }
  if (!view.result || view.roles.length === 0) {
    append(section, el("p", { class: "utrecht-paragraph", id: "colleague-no-result" }, t("colleague-no-result")));
    return section;
  }
  const choose = el("select", { class: "utrecht-textbox utrecht-textbox--html-input rs-select", id: "colleague-result" });
  for (const r of view.results) {
    choose.append(el("option", { value: r.id }, r.label ? `${formatDateTime(r.completedAt)} – ${r.label}` : formatDateTime(r.completedAt)));
  }
  choose.value = view.result.id;
  choose.addEventListener("change", () => void app.show(colleagueScreen(view.request.id, choose.value)));
  const label = t("colleague-chart-label", {
    own: view.roles.map((r) => t("result-chart-role", { role: roleName(r.role), score: r.own })).join(" "),
    mean: view.roles.map((r) => t("result-chart-role", { role: roleName(r.role), score: r.mean })).join(" "),
  });
  append(
    section,
    el("p", { class: "utrecht-paragraph" }, t("colleague-counted", { count: view.counted })),
    el("div", { class: "rs-field" }, el("label", { for: "colleague-result", class: "utrecht-form-label rs-field__label" }, t("colleague-result-label")), choose),
    el("ul", { class: "utrecht-unordered-list", id: "colleague-verdicts" }, ...view.roles.map((r) => el("li", { class: "utrecht-unordered-list__item", "data-role": r.role }, seenText(r)))),
    chartFigure(view.chartSvg, label, "colleague-chart"),
    viewTable(view.roles),
    el("p", { class: "utrecht-paragraph utrecht-paragraph--small" }, t("colleague-how")),
    meaning(view.roles),
    resultReportOffer(app, view.result.id, "colleague-report", t("colleague-report"), t("colleague-report-hint")),
  );
  if (view.open.some((o) => o.answers.length > 0)) {
    append(
      section,
      el("h3", { class: "utrecht-heading-3" }, t("colleague-open-heading")),
      el("p", { class: "utrecht-paragraph utrecht-paragraph--small" }, t("colleague-open-hint")),
      ...view.open.map((o, i) =>
        el(
          "div",
          { class: "rs-open", id: `colleague-open-${i + 1}` },
          el("h4", { class: "utrecht-heading-4 rs-open__question" }, o.question),
          o.answers.length === 0
            ? el("p", { class: "utrecht-paragraph" }, t("colleague-open-none"))
            : el("ul", { class: "utrecht-unordered-list" }, ...o.answers.map((a) => el("li", { class: "utrecht-unordered-list__item rs-quote" }, a))),
        ),
      ),
    );
  }
  return section;
}

/** The room for one request, as `roomSection` made it. */
interface RoomPart {
  section: HTMLElement;
  /** A session for this request is open. */
  open: boolean;
  /** Stops following the room. */
  stop: () => void;
}

/**
 * Colleagues in the same room answer on their phones: the laptop serves the
 * form over the live-session door, and their answers come in without codes.
 * While it is open only their number shows (`answered` runs when it
 * changes): the view waits until the form is closed, so nobody in the room
 * sees whose answers just came in.
 */
async function roomSection(app: App, requestId: string, answered: (more: number) => void): Promise<RoomPart> {
  const section = el(
    "section",
    { class: "rs-section", id: "colleague-room", "aria-labelledby": "colleague-room-heading" },
    el("h2", { class: "utrecht-heading-2", id: "colleague-room-heading" }, t("colleague-room-heading")),
    el("p", { class: "utrecht-paragraph" }, t("colleague-room-intro")),
  );
  const live = await app.backend.liveStatus();
  const again = () => void app.show(colleagueScreen(requestId));
  const none = () => undefined;
  if (live && live.requestId !== requestId) {
    append(section, el("p", { class: "utrecht-paragraph", id: "colleague-room-busy" }, t("colleague-room-busy")));
    return { section, open: false, stop: none };
  }
  if (!live) {
    append(
      section,
      ...(await networkChoice(app, "colleague-room", t("colleague-room-start"), async (address) => {
        await app.backend.liveStartColleagues(requestId, address);
        again();
      })),
    );
    return { section, open: false, stop: none };
  }
  const qr = el("figure", { class: "rs-live__qr", id: "colleague-room-qr", role: "img" });
  const code = el("p", { class: "rs-live__code", id: "colleague-room-code" });
  const url = el("p", { class: "utrecht-paragraph", id: "colleague-room-url" });
  const count = el("p", { class: "utrecht-paragraph", id: "colleague-room-count", "aria-live": "polite" });
  const start = live.counts.finished;
  let shown = -1;
  const render = (status: LiveStatus) => {
    drawQr(qr, status);
    url.textContent = t("live-join-type", { url: status.url });
    code.textContent = status.code;
    // Said again only when it changed, so it is read out once.
    if (status.counts.finished !== shown) {
      shown = status.counts.finished;
      count.textContent = t("colleague-room-count", { count: shown });
      answered(shown - start);
    }
  };
  render(live);
  const stop = await app.backend.onLiveChange((status) => {
    if (status.requestId === requestId) render(status);
  });
  const end = button(t("colleague-room-end"), "primary", { id: "colleague-room-end" });
  end.addEventListener("click", () => {
    void (async () => {
      try {
        await app.backend.liveEnd();
        again();
      } catch (error) {
        app.showError(error);
      }
    })();
  });
  append(
    section,
    joinPanel(qr, url, code),
    count,
    el("p", { class: "utrecht-paragraph" }, t("colleague-room-privacy")),
    el("div", { class: "utrecht-button-group rs-actions" }, end),
  );
  return { section, open: true, stop };
}

/** In place of the view while the form is open in the room. */
function waitingForTheRoom(): HTMLElement {
  return el(
    "section",
    { class: "rs-section", id: "colleague-view", "aria-labelledby": "colleague-view-heading" },
    el("h2", { class: "utrecht-heading-2", id: "colleague-view-heading" }, t("colleague-view-heading")),
    el("p", { class: "utrecht-paragraph", id: "colleague-view-later" }, t("colleague-room-view-later")),
  );
}

/** One request: send its form, add what comes back, see the view. */
export function colleagueScreen(id: string, resultId?: string, report: CodesReport | null = null): Screen {
  return async (app: App) => {
    const view = await app.backend.colleagueView(id, resultId ?? null);
    const request = view.request;
    const formStatus = statusLine("request-form-status");
    const saveForm = button(t("colleague-save-form"), "primary", { id: "save-answer-form" });
    saveForm.addEventListener("click", () => void save(app, formStatus, () => app.backend.saveAnswerForm(id)));
    const codes = el("textarea", {
      class: "utrecht-textarea utrecht-textarea--html-textarea rs-note",
      id: "codes-input",
      rows: 4,
      spellcheck: "false",
      "aria-describedby": "codes-hint",
    });
    const reload = (next: CodesReport) => void app.show(colleagueScreen(id, resultId, next));
    const addForm = el(
      "form",
      { id: "add-codes", novalidate: true },
      el("label", { for: "codes-input", class: "utrecht-form-label rs-field__label" }, t("colleague-codes-label")),
      el("p", { class: "utrecht-paragraph utrecht-paragraph--small", id: "codes-hint" }, t("colleague-codes-hint")),
      codes,
      el("div", { class: "utrecht-button-group rs-actions" }, button(t("colleague-codes-add"), "primary", { type: "submit", id: "add-codes-button" })),
    );
    addForm.addEventListener("submit", (event) => {
      event.preventDefault();
      void (async () => {
        try {
          reload(await app.backend.addCodes(id, codes.value));
        } catch (error) {
          app.showError(error);
        }
      })();
    });
    const files = button(t("colleague-codes-files"), "secondary", { id: "add-code-files" });
    files.addEventListener("click", () => {
      void (async () => {
        try {
          const added = await app.backend.addCodeFiles(id);
          if (added) reload(added);
        } catch (error) {
          app.showError(error);
        }
      })();
    });
    // Files with codes dropped anywhere on the window land in this request.
    const drop = el("div", { class: "rs-drop", id: "codes-drop" }, el("p", { class: "utrecht-paragraph" }, t("colleague-codes-drop")));
    drop.addEventListener("dragover", (event) => {
      event.preventDefault();
      drop.classList.add("rs-drop--over");
    });
    drop.addEventListener("dragleave", () => drop.classList.remove("rs-drop--over"));
    drop.addEventListener("drop", () => drop.classList.remove("rs-drop--over"));
    onDroppedFiles((dropped) => {
      void (async () => {
        try {
          reload(await app.backend.addDroppedCodeFiles(id, await readDropped(dropped, LIMITS.maxCodeFileBytes, LIMITS.maxCodeFileBytes)));
        } catch (error) {
          app.showError(error);
        }
      })();
    });
    // Answers that came in over the room's network: the summary and the
    // view are drawn again, the rest of the screen stays as it is.
    const summary = el("p", { class: "utrecht-paragraph", id: "colleague-summary" });
    const summarise = (r: RequestSummary) => {
      summary.textContent = r.knownAs ? t("colleague-summary-named", { name: r.knownAs, count: r.answered }) : t("colleague-summary", { count: r.answered });
    };
    summarise(request);
    const room = await roomSection(app, id, (more) => summarise({ ...request, answered: request.answered + more }));
    const back = button(t("colleagues-back"), "secondary", { id: "colleague-back" });
    back.addEventListener("click", () => void app.go({ name: "colleagues" }));
    const remove = button(t("colleague-delete"), "subtle", { id: "colleague-delete", class: "rs-danger" });
    const actions = el("div", { class: "utrecht-button-group rs-actions" }, back, remove);
    const page = el("div", {});
    confirmOnPress(
      page,
      remove,
      "colleague-delete-confirm",
      { question: t("colleague-delete-confirm"), yes: t("colleague-delete-yes"), no: t("colleague-delete-no") },
      async () => {
        await app.backend.deleteRequest(id);
        await app.go({ name: "colleagues" });
      },
      (error) => app.showError(error),
    );
    append(
      app.main,
      el("h1", { class: "utrecht-heading-1", id: "colleague-heading" }, t("colleague-heading", { date: formatDateTime(request.createdAt) })),
      summary,
      el(
        "section",
        { class: "rs-section", "aria-labelledby": "colleague-send-heading" },
        el("h2", { class: "utrecht-heading-2", id: "colleague-send-heading" }, t("colleague-send-heading")),
        el("p", { class: "utrecht-paragraph" }, t("colleague-send-intro")),
        el("div", { class: "utrecht-button-group rs-actions" }, saveForm),
        formStatus,
      ),
      room.section,
      el(
        "section",
        { class: "rs-section", "aria-labelledby": "colleague-add-heading" },
        el("h2", { class: "utrecht-heading-2", id: "colleague-add-heading" }, t("colleague-add-heading")),
        report ? codesReport(report) : null,
        addForm,
        el("div", { class: "utrecht-button-group rs-actions" }, files),
        drop,
      ),
      room.open ? waitingForTheRoom() : viewSection(app, view),
      page,
      actions,
    );
    // Drops and the room's news go to this request only while it is on show.
    return () => {
      onDroppedFiles(null);
      room.stop();
    };
  };
}
