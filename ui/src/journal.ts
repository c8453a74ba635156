// What a person writes beside a result: a label, answers to the book's
// questions, and a development goal. Everything they type is shown as text.
import type { App } from "./app";
import type { QuestionKey, ResultView, RoleKey } from "./backend";
import type { GoalDraft } from "./routes";
import { QUESTIONS, ROLES } from "./backend";
import { changeSentence, noiseText } from "./charts";
import { announce, button, el } from "./dom";
import { save } from "./files";
import { locale, roleName, t } from "./i18n";

/** Saves with feedback in `status`; errors go to the app's alert. */
async function saving(app: App, status: HTMLElement, run: () => Promise<unknown>): Promise<boolean> {
  status.textContent = "";
  try {
    await run();
    status.textContent = t("journal-saved");
    announce(t("journal-saved"));
    return true;
  } catch (error) {
    app.showError(error);
    return false;
  }
}

export function labelEditor(app: App, result: ResultView): HTMLElement {
  const status = el("p", { class: "utrecht-paragraph rs-status", role: "status", id: "label-status" });
  const input = el("input", {
    class: "utrecht-textbox utrecht-textbox--html-input rs-label-input",
    id: "label-input",
    type: "text",
    maxlength: 80,
    autocomplete: "off",
    "aria-describedby": "label-hint",
  });
  input.value = result.label;
  const saveButton = button(t("label-save"), "secondary", { id: "label-save", type: "submit" });
  const form = el(
    "form",
    { class: "rs-label-form", id: "label-form" },
    el("label", { for: "label-input", class: "utrecht-form-label" }, t("label-label")),
    el("p", { class: "utrecht-paragraph utrecht-paragraph--small", id: "label-hint" }, t("label-hint")),
    el("div", { class: "rs-inline" }, input, saveButton),
    status,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void saving(app, status, async () => {
      input.value = await app.backend.setLabel(result.id, input.value);
    });
  });
  return form;
}

function reflectionField(result: ResultView, question: QuestionKey): HTMLElement {
  const id = `reflection-${question}`;
  const area = el("textarea", {
    class: "utrecht-textarea utrecht-textarea--html-textarea rs-note",
    id,
    rows: 3,
    maxlength: 4000,
  });
  area.value = result.reflections[question] ?? "";
  return el(
    "div",
    { class: "rs-field" },
    // The book's questions, in its order: result-reflect-1 … -4.
    el("label", { for: id, class: "utrecht-form-label rs-field__label" }, t(`result-reflect-${QUESTIONS.indexOf(question) + 1}`)),
    area,
  );
}

export function reflectionSection(app: App, result: ResultView): HTMLElement {
  const status = el("p", { class: "utrecht-paragraph rs-status", role: "status", id: "reflection-status" });
  const form = el(
    "form",
    { class: "rs-section rs-reflect", id: "reflection-form", "aria-labelledby": "reflect-heading" },
    el("h2", { class: "utrecht-heading-2", id: "reflect-heading" }, t("result-reflect-heading")),
    el("p", { class: "utrecht-paragraph" }, t("reflection-intro")),
    ...QUESTIONS.map((q) => reflectionField(result, q)),
    el("p", { class: "utrecht-paragraph" }, t("result-reflect-tip")),
    el("div", { class: "utrecht-button-group rs-actions" }, button(t("reflection-save"), "secondary", { type: "submit", id: "reflection-save" })),
    status,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void saving(app, status, async () => {
      for (const q of QUESTIONS) {
        const area = form.querySelector<HTMLTextAreaElement>(`#reflection-${q}`);
        const value = area?.value ?? "";
        if (value !== (result.reflections[q] ?? "")) {
          await app.backend.saveReflection(result.id, q, value);
          result.reflections[q] = value;
        }
      }
    });
  });
  return form;
}

export function goalSection(app: App, result: ResultView, draft?: GoalDraft): HTMLElement {
  const status = el("p", { class: "utrecht-paragraph rs-status", role: "status", id: "goal-status" });
  const chosen: RoleKey = draft?.role ?? result.goal?.role ?? "verbinder";
  const roles = el(
    "fieldset",
    { class: "utrecht-form-fieldset rs-goal-roles" },
    el("legend", { class: "utrecht-form-fieldset__legend utrecht-form-label" }, t("goal-role")),
    ...ROLES.map((role) => {
      const input = el("input", {
        type: "radio",
        name: "goal-role",
        value: role,
        id: `goal-role-${role}`,
        class: "utrecht-radio-button utrecht-radio-button--html-input",
      });
      input.checked = role === chosen;
      return el(
        "div",
        { class: "rs-check" },
        input,
        el("label", { for: `goal-role-${role}`, class: "rs-check__label" }, el("span", { class: `rs-swatch rs-swatch--${role}`, "aria-hidden": "true" }), t(`role-${role}-name`)),
      );
    }),
  );
  const assignment = el("textarea", {
    class: "utrecht-textarea utrecht-textarea--html-textarea rs-note",
    id: "goal-assignment",
    rows: 3,
    maxlength: 4000,
    "aria-describedby": "goal-assignment-hint",
  });
  assignment.value = draft?.assignment ?? result.goal?.assignment ?? "";
  const review = el("input", {
    class: "utrecht-textbox utrecht-textbox--html-input rs-date-input",
    type: "date",
    id: "goal-review",
  });
  review.value = result.goal?.reviewOn ?? "";
  // The date field's own format follows the system; say the date in words
  // too, so 03/01 can never be misread.
  const inWords = el("p", { class: "utrecht-paragraph utrecht-paragraph--small rs-date-words", id: "goal-review-words", "aria-live": "polite" });
  const echo = (): void => {
    const [y, m, d] = review.value.split("-").map(Number);
    inWords.textContent =
      y && m && d ? new Intl.DateTimeFormat(locale(), { dateStyle: "full" }).format(new Date(y, m - 1, d)) : "";
  };
  review.addEventListener("input", echo);
  review.addEventListener("change", echo);
  echo();
  const remove = button(t("goal-remove"), "subtle", { id: "goal-remove", hidden: !result.goal });
  const form = el(
    "form",
    { class: "rs-section rs-goal", id: "goal-form", "aria-labelledby": "goal-heading" },
    el("h2", { class: "utrecht-heading-2", id: "goal-heading" }, t("goal-heading")),
    el("p", { class: "utrecht-paragraph" }, t("goal-intro")),
    // Filled in from a situation: said, so nobody thinks it is saved.
    draft
      ? el("p", { class: "utrecht-alert utrecht-alert--info rs-notice", id: "goal-draft" }, t(result.goal ? "goal-draft-replaces" : "goal-draft"))
      : null,
    roles,
    el(
      "div",
      { class: "rs-field" },
      el("label", { for: "goal-assignment", class: "utrecht-form-label rs-field__label" }, t("goal-assignment")),
      el("p", { class: "utrecht-paragraph utrecht-paragraph--small", id: "goal-assignment-hint" }, t("goal-assignment-hint")),
      assignment,
    ),
    el(
      "div",
      { class: "rs-field" },
      el("label", { for: "goal-review", class: "utrecht-form-label rs-field__label" }, t("goal-review")),
      review,
      inWords,
    ),
    el("div", { class: "utrecht-button-group rs-actions" }, button(t("goal-save"), "secondary", { type: "submit", id: "goal-save" }), remove),
    status,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const role = (form.querySelector<HTMLInputElement>("input[name=goal-role]:checked")?.value ?? chosen) as RoleKey;
    void (async () => {
      const ok = await saving(app, status, async () => {
        result.goal = await app.backend.saveGoal(result.id, role, assignment.value, review.value || null);
        assignment.value = result.goal.assignment;
      });
      if (ok) remove.hidden = false;
    })();
  });
  remove.addEventListener("click", () => {
    void (async () => {
      const ok = await saving(app, status, () => app.backend.clearGoal(result.id));
      if (ok) {
        result.goal = null;
        assignment.value = "";
        review.value = "";
        remove.hidden = true;
        assignment.focus();
      }
    })();
  });
  return form;
}

/** The goal this result follows up, with how that role moved since. */
export function followUpBox(result: ResultView): HTMLElement | null {
  const follow = result.followsUp;
  if (!follow) return null;
  return el(
    "section",
    { class: "utrecht-alert utrecht-alert--info rs-follow-up", id: "follow-up", "aria-labelledby": "follow-up-heading" },
    el("h2", { class: "utrecht-heading-3", id: "follow-up-heading" }, t("follow-up-heading", { date: follow.fromDateText })),
    el("p", { class: "utrecht-paragraph" }, t("follow-up-goal", { role: roleName(follow.goal.role) })),
    el("blockquote", { class: "rs-quote" }, follow.goal.assignment),
    el("p", { class: "utrecht-paragraph", id: "follow-up-change" }, changeSentence(follow.change), " ", noiseText(follow.change.noise)),
  );
}

/** Saving the small file for a workshop facilitator, with an optional name. */
export function participantSection(app: App, result: ResultView): HTMLElement {
  const status = el("p", { class: "utrecht-paragraph rs-status", role: "status", id: "participant-status" });
  const name = el("input", {
    class: "utrecht-textbox utrecht-textbox--html-input rs-label-input",
    id: "participant-name",
    type: "text",
    maxlength: 80,
    autocomplete: "off",
    "aria-describedby": "participant-name-hint",
  });
  const form = el(
    "form",
    { class: "rs-section rs-goal", id: "participant-form", "aria-labelledby": "participant-heading" },
    el("h2", { class: "utrecht-heading-2", id: "participant-heading" }, t("participant-heading")),
    el("p", { class: "utrecht-paragraph" }, t("participant-intro")),
    el("label", { for: "participant-name", class: "utrecht-form-label rs-field__label" }, t("participant-name")),
    el("p", { class: "utrecht-paragraph utrecht-paragraph--small", id: "participant-name-hint" }, t("participant-name-hint")),
    el("div", { class: "rs-inline" }, name, button(t("participant-save"), "secondary", { type: "submit", id: "participant-save" })),
    status,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void save(app, status, () => app.backend.saveParticipantFile(result.id, name.value));
  });
  return form;
}
