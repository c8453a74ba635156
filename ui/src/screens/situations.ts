// What a situation asks: the person's situations (name one, rate it, rate
// it again, remove it), the rating itself on the scan's statement pages, and
// one rating beside a result with the gap per role in words. Everything the
// person typed is shown as text.
import type { App, Screen } from "../app";
import type { GapView, RatingSheet, RoleKey, SituationSummary, SituationView } from "../backend";
import { changeSentence, chartFigure, noiseText } from "../charts";
import { append, button, confirmOnPress, el } from "../dom";
import { resultReportOffer } from "../files";
import { roleCardWith } from "../result-parts";
import { CELL, dataTable, NUMBER_CELL, roleHead } from "../table";
import { formatDateTime, formatScore, roleName, t } from "../i18n";
import type { ScanHost } from "../scan-host";

/** The person's situations, and a form to name a new one. */
export const situationsScreen: Screen = async (app: App) => {
  const situations = await app.backend.situations();
  const name = el("input", {
    class: "utrecht-textbox utrecht-textbox--html-input",
    id: "situation-name",
    type: "text",
    maxlength: 80,
    autocomplete: "off",
    required: true,
    "aria-describedby": "situation-name-hint",
  });
  const note = el("textarea", {
    class: "utrecht-textarea utrecht-textarea--html-textarea rs-note",
    id: "situation-note",
    rows: 2,
    maxlength: 4000,
  });
  const form = el(
    "form",
    { class: "rs-section rs-goal", id: "new-situation", "aria-labelledby": "new-situation-heading", novalidate: true },
    el("h2", { class: "utrecht-heading-2", id: "new-situation-heading" }, t("situations-new-heading")),
    el(
      "div",
      { class: "rs-field" },
      el("label", { for: "situation-name", class: "utrecht-form-label rs-field__label" }, t("situations-name")),
      el("p", { class: "utrecht-paragraph utrecht-paragraph--small", id: "situation-name-hint" }, t("situations-name-hint")),
      name,
    ),
    el(
      "div",
      { class: "rs-field" },
      el("label", { for: "situation-note", class: "utrecht-form-label rs-field__label" }, t("situations-note")),
      note,
    ),
    el("div", { class: "utrecht-button-group rs-actions" }, button(t("situations-add"), "primary", { type: "submit", id: "add-situation" })),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void (async () => {
      try {
        const added = await app.backend.addSituation(name.value, note.value);
        await rate(app, added.id);
      } catch (error) {
        app.showError(error);
      }
    })();
  });

  const home = button(t("result-home"), "secondary", { id: "situations-home" });
  home.addEventListener("click", () => void app.go({ name: "welcome" }));
  append(
    app.main,
    el("h1", { class: "utrecht-heading-1", id: "situations-heading" }, t("situations-heading")),
    el("p", { class: "utrecht-paragraph" }, t("situations-intro")),
    el(
      "section",
      { class: "rs-section", "aria-labelledby": "situations-list-heading" },
      el("h2", { class: "utrecht-heading-2", id: "situations-list-heading" }, t("situations-list-heading")),
      situations.length === 0
        ? el("p", { class: "utrecht-paragraph", id: "situations-empty" }, t("situations-empty"))
        : el("ul", { class: "rs-situations", id: "situations-list" }, ...situations.map((s) => situationItem(app, s))),
    ),
    form,
    el("div", { class: "utrecht-button-group rs-actions" }, home),
  );
};

/** Begins (or resumes) rating a situation and shows its statements. */
async function rate(app: App, situationId: string): Promise<void> {
  const sheet = await app.backend.startRating(situationId);
  await app.go({ name: "rating", sheet });
}

function situationItem(app: App, situation: SituationSummary): HTMLElement {
  const latest = situation.ratings[0];
  const actions = el("div", { class: "utrecht-button-group rs-actions rs-actions--tight" });
  const id = situation.id;
  if (situation.draft) {
    const resume = button(t("situations-resume", { answered: situation.draft.answered, total: situation.draft.total }), "primary", {
      id: `situation-resume-${id}`,
    });
    resume.addEventListener("click", () => void rate(app, id).catch((e: unknown) => app.showError(e)));
    actions.append(resume);
  } else {
    const again = button(t(latest ? "situations-rate-again" : "situations-rate"), latest ? "secondary" : "primary", {
      id: `situation-rate-${id}`,
    });
    again.addEventListener("click", () => void rate(app, id).catch((e: unknown) => app.showError(e)));
    actions.append(again);
  }
  if (latest) {
    const open = button(t("situations-open"), "primary", { id: `situation-open-${id}` });
    open.addEventListener("click", () => void app.go({ name: "situation", ratingId: latest.id }));
    actions.prepend(open);
  }
  const remove = button(t("situations-delete"), "subtle", { id: `situation-delete-${id}` });
  actions.append(remove);
  const entry = el(
    "li",
    { class: "rs-situation", "data-situation": id },
    el("h3", { class: "utrecht-heading-3 rs-situation__name" }, situation.name),
    situation.note ? el("p", { class: "utrecht-paragraph rs-situation__note" }, situation.note) : null,
    el(
      "p",
      { class: "utrecht-paragraph utrecht-paragraph--small" },
      latest
        ? t("situations-rated", { count: situation.ratings.length, date: formatDateTime(latest.completedAt) })
        : t(situation.draft ? "situations-started" : "situations-not-rated"),
    ),
    actions,
  );
  confirmOnPress(
    entry,
    remove,
    `situation-delete-${id}-confirm`,
    { question: t("situations-delete-confirm", { name: situation.name }), yes: t("situations-delete-yes"), no: t("situations-delete-no") },
    async () => {
      await app.backend.deleteSituation(id);
      await app.go({ name: "situations" });
    },
    (error) => app.showError(error),
  );
  return entry;
}

/**
 * The statement pages of a rating in the desktop window: the scan's pages
 * with the situation list's words; finishing shows the rating beside the
 * latest result.
 */
export function onRating(screen: Screen<ScanHost>, sheet: RatingSheet): Screen {
  return (app: App) => {
    const host: ScanHost = {
      statements: sheet.statements,
      main: app.main,
      words: {
        statementPrefix: "situation-statement-",
        heading: "rating-heading",
        headingArgs: { name: sheet.situationName },
        instructions: "rating-instructions",
        finish: "rating-finish",
        incomplete: "rating-incomplete",
      },
      saveAnswer: (statement, value) => app.backend.saveRatingAnswer(sheet.ratingId, statement, value),
      finishScan: async () => {
        const outcome = await app.backend.finishRating(sheet.ratingId);
        if (outcome.kind === "incomplete") return outcome.shortfalls;
        await app.go({ name: "situation", ratingId: outcome.ratingId });
        return null;
      },
      leaveScan: () => app.go({ name: "situations" }),
      show: (next) => app.show(onRating(next, sheet)),
      showError: (error) => app.showError(error),
    };
    return screen(host);
  };
}

const verdictText = (gap: GapView): string =>
  t(`situation-asks-${gap.asks ?? "unknown"}`, { role: roleName(gap.role) });

const gapText = (gap: GapView): string =>
  gap.band === null
    ? t("situation-gap", { gap: signed(gap.gap) })
    : t("situation-gap-band", { gap: signed(gap.gap), band: formatScore(gap.band) });

const signed = (value: number): string => (value > 0 ? `+${formatScore(value)}` : formatScore(value));

/** One rating beside a result: the radar, the gap per role, and what to do. */
export function situationScreen(ratingId: string, resultId?: string): Screen {
  return async (app: App) => {
    const view = await app.backend.situationView(ratingId, resultId ?? null);
    const name = view.situation.name;
    const back = button(t("situation-back"), "secondary", { id: "situation-back" });
    back.addEventListener("click", () => void app.go({ name: "situations" }));
    append(
      app.main,
      el("h1", { class: "utrecht-heading-1", id: "situation-heading" }, t("situation-heading", { name })),
      el("p", { class: "utrecht-paragraph rs-date" }, t("situation-rated-on", { date: formatDateTime(view.rating.completedAt) })),
      view.situation.note ? el("p", { class: "utrecht-paragraph rs-situation__note" }, view.situation.note) : null,
      resultChooser(app, view),
      ...body(app, view),
      sinceSection(view),
      el("div", { class: "utrecht-button-group rs-actions" }, back),
    );
  };
}

/** How the situation changed since it was rated before, as two results are compared. */
function sinceSection(view: SituationView): HTMLElement | null {
  if (!view.since) return null;
  return el(
    "section",
    { class: "rs-section", "aria-labelledby": "situation-since-heading", id: "situation-since" },
    el("h2", { class: "utrecht-heading-2", id: "situation-since-heading" }, t("situation-since-heading")),
    el("p", { class: "utrecht-paragraph" }, t("situation-since-intro", { date: formatDateTime(view.since.earlierCompletedAt) })),
    el(
      "ul",
      { class: "utrecht-unordered-list" },
      ...view.since.changes.map((c) => el("li", { class: "utrecht-unordered-list__item", "data-role": c.role }, `${changeSentence(c)} ${noiseText(c.noise)}`)),
    ),
  );
}

/** Which result the situation is set beside; another can be chosen. */
function resultChooser(app: App, view: SituationView): HTMLElement | null {
  if (!view.result) return null;
  const select = el("select", { id: "situation-result", class: "utrecht-textbox utrecht-textbox--html-input rs-select" });
  for (const result of view.results) {
    const option = el(
      "option",
      { value: result.id },
      result.label ? `${formatDateTime(result.completedAt)} – ${result.label}` : formatDateTime(result.completedAt),
    );
    option.selected = result.id === view.result.id;
    select.append(option);
  }
  select.addEventListener("change", () => void app.go({ name: "situation", ratingId: view.rating.id, resultId: select.value }));
  return el(
    "div",
    { class: "rs-field" },
    el("label", { for: "situation-result", class: "utrecht-form-label rs-field__label" }, t("situation-beside")),
    select,
  );
}

function body(app: App, view: SituationView): (HTMLElement | null)[] {
  if (!view.rating.known) return [el("p", { class: "utrecht-paragraph", id: "situation-unknown-list" }, t("situation-unknown-list"))];
  if (!view.result || view.gaps.length === 0) {
    return [el("p", { class: "utrecht-paragraph", id: "situation-no-result" }, t("situation-no-result"))];
  }
  const parts = (pick: (g: GapView) => number): string =>
    view.gaps.map((g) => t("result-chart-role", { role: roleName(g.role), score: pick(g) })).join(" ");
  const label = t("situation-chart-label", { own: parts((g) => g.own), asked: parts((g) => g.asked) });
  return [
    el(
      "section",
      { class: "rs-section", "aria-labelledby": "situation-gaps-heading" },
      el("h2", { class: "utrecht-heading-2", id: "situation-gaps-heading" }, t("situation-gaps-heading")),
      el("ul", { class: "utrecht-unordered-list", id: "situation-verdicts" }, ...view.gaps.map((g) => el("li", { class: "utrecht-unordered-list__item", "data-role": g.role }, verdictText(g)))),
      chartFigure(view.chartSvg, label, "situation-chart"),
      gapTable(view.gaps),
      el("p", { class: "utrecht-paragraph utrecht-paragraph--small" }, t("situation-how")),
    ),
    advice(view),
    goalOffer(app, view),
    // The result's PDF report, which holds this situation beside it.
    resultReportOffer(app, view.result.id, "situation-report", t("situation-report")),
  ];
}

function gapTable(gaps: readonly GapView[]): HTMLElement {
  const rows = gaps.map((g) => {
    return el(
      "tr",
      { class: "utrecht-table__row", "data-role": g.role },
      roleHead(g.role),
      el("td", { class: NUMBER_CELL }, formatScore(g.own)),
      el("td", { class: NUMBER_CELL }, formatScore(g.asked)),
      el("td", { class: NUMBER_CELL }, gapText(g)),
      el("td", { class: CELL }, t(`situation-verdict-${g.asks ?? "unknown"}`)),
    );
  });
  return dataTable(
    "situation-table",
    t("situation-table-caption"),
    [
      { head: t("situation-table-role") },
      { head: t("situation-table-own"), numeric: true },
      { head: t("situation-table-asked"), numeric: true },
      { head: t("situation-table-gap"), numeric: true },
      { head: t("situation-table-verdict") },
    ],
    rows,
  );
}

/** Strengths and fitting situations of the roles asked more; pitfalls of those asked less. */
function advice(view: SituationView): HTMLElement {
  const more = view.gaps.filter((g) => g.asks === "more").map((g) => g.role);
  const less = view.gaps.filter((g) => g.asks === "less").map((g) => g.role);
  const card = (role: RoleKey, keys: ("strengths" | "situations" | "pitfalls")[]): HTMLElement =>
    roleCardWith(
      role,
      keys.map((key) => [`situation-${key}-label`, key] as const),
      `situation-role-${role}`,
      "h3",
    );
  return el(
    "section",
    { class: "rs-section", "aria-labelledby": "situation-advice-heading", id: "situation-advice" },
    el("h2", { class: "utrecht-heading-2", id: "situation-advice-heading" }, t("situation-advice-heading")),
    more.length > 0
      ? el("div", { id: "situation-more", class: "rs-advice" }, el("p", { class: "utrecht-paragraph" }, t("situation-more-intro")), el("div", { class: "rs-roles" }, ...more.map((r) => card(r, ["strengths", "situations"]))))
      : el("p", { class: "utrecht-paragraph", id: "situation-none-more" }, t("situation-none-more")),
    less.length > 0
      ? el("div", { id: "situation-less", class: "rs-advice" }, el("p", { class: "utrecht-paragraph" }, t("situation-less-intro")), el("div", { class: "rs-roles" }, ...less.map((r) => card(r, ["pitfalls"]))))
      : null,
  );
}

/** "Maak hier een ontwikkeldoel van": the result's goal form, filled in for the role asked most more of. */
function goalOffer(app: App, view: SituationView): HTMLElement | null {
  const role = view.largest;
  const result = view.result;
  if (!role || !result) return null;
  const make = button(t("situation-goal"), "primary", { id: "situation-goal" });
  make.addEventListener("click", () =>
    void app.go({
      name: "result",
      id: result.id,
      goal: { role, assignment: t("situation-goal-text", { name: view.situation.name, role: roleName(role) }) },
    }),
  );
  return el(
    "section",
    { class: "rs-section", "aria-labelledby": "situation-goal-heading" },
    el("h2", { class: "utrecht-heading-2", id: "situation-goal-heading" }, t("situation-goal-heading")),
    el("p", { class: "utrecht-paragraph" }, t("situation-goal-intro", { role: roleName(role) })),
    el("div", { class: "utrecht-button-group rs-actions" }, make),
  );
}
