// The colleagues' answer form: one self-contained page a colleague opens
// from a mail or a file, in any browser, without a network. It reads the
// request from the JSON block Rolspiegel wrote into the page, asks the
// colleagues' list and the open questions, keeps the answers while the page
// is open, and gives the answers back as a short code (to paste) and as a
// small file (to attach). Opened from a file, it never sends anything
// anywhere; served by the person's own laptop in a live session, it sends
// the same code to that laptop only (its policy allows nothing else), and
// the code stays the fallback when that fails. Every text comes
// from the request (Rolspiegel's Fluent files) and is set as text, never as
// markup.
import "./form.css";
import { answerCode, DONT_KNOW, MAX_OPEN_CHARS } from "./code";

type Lang = "nl" | "en";

/** The form's words in one language, formatted by Rolspiegel. */
export interface FormTexts {
  languageName: string;
  languageLabel: string;
  title: string;
  intro: string;
  privacy: string;
  /** "Uitspraak {n} van {total}", for screen readers. */
  statementOf: string;
  scale: string[];
  statements: Record<string, string>;
  openHeading: string;
  openHint: string;
  make: string;
  missingHeading: string;
  /** "Uitspraak {n}: nog geen antwoord". */
  missingItem: string;
  doneHeading: string;
  doneIntro: string;
  codeLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  download: string;
  fileName: string;
  fileIntro: string;
  changed: string;
  /** Only when the laptop serves the form in a live session. */
  privacyLive: string;
  roomCode: string;
  roomCodeHint: string;
  send: string;
  sentHeading: string;
  sent: string;
  sendFailed: string;
  wrongCode: string;
  closed: string;
  tooManyTries: string;
}

/** What Rolspiegel writes into the page. */
export interface RequestData {
  /** The request's key, 16 hexadecimal digits. */
  key: string;
  list: number;
  lang: Lang;
  statements: string[];
  questions: string[];
  texts: Record<Lang, FormTexts>;
  /** Served by the person's laptop in the same room: the answers are sent
   * to it instead of given as a code (which stays the fallback). */
  live: boolean;
}

const state = {
  lang: "nl" as Lang,
  answers: new Map<string, number>(),
  open: [] as string[],
  /** This answer set's random key: one per page, so a code made again
   * after a change replaces nothing and counts once. */
  key: crypto.getRandomValues(new Uint8Array(8)),
  code: null as string | null,
  /** The code on the laptop's screen (a live session), from the QR code's
   * address or typed. */
  roomCode: new URLSearchParams(location.search).get("code") ?? "",
  /** The answers reached the laptop; the page only thanks. */
  sent: false,
};

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string | null)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child !== null) node.append(child);
  return node;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

function hexKey(hex: string): Uint8Array {
  const bytes = new Uint8Array(8);
  for (let i = 0; i < 8; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16) || 0;
  return bytes;
}

function languageSwitch(data: RequestData, render: () => void): HTMLElement {
  const texts = data.texts[state.lang];
  const group = el("div", { class: "rs-lang", role: "group", "aria-label": texts.languageLabel });
  for (const lang of ["nl", "en"] as const) {
    const button = el("button", { type: "button", lang, "aria-pressed": String(lang === state.lang) }, data.texts[lang].languageName);
    button.addEventListener("click", () => {
      if (state.lang === lang) return;
      state.lang = lang;
      render();
      document.querySelector<HTMLButtonElement>(`.rs-lang button[lang="${lang}"]`)?.focus();
    });
    group.append(button);
  }
  return group;
}

function statementField(data: RequestData, id: string, n: number): HTMLElement {
  const texts = data.texts[state.lang];
  const values = [1, 2, 3, 4, 5, DONT_KNOW];
  const options = el("div", { class: "rs-options" });
  values.forEach((value, i) => {
    const input = el("input", { type: "radio", name: `a-${id}`, id: `a-${id}-${value}`, value: String(value) });
    input.checked = state.answers.get(id) === value;
    input.addEventListener("change", () => {
      state.answers.set(id, value);
      document.getElementById(`s-${id}`)?.classList.remove("rs-missing");
      markChanged(data);
    });
    options.append(el("label", { for: `a-${id}-${value}`, class: value === DONT_KNOW ? "rs-dont-know" : "" }, input, texts.scale[i] ?? ""));
  });
  return el(
    "li",
    {},
    el(
      "fieldset",
      { id: `s-${id}`, class: "rs-statement" },
      el(
        "legend",
        {},
        el("span", { class: "rs-visually-hidden" }, fill(texts.statementOf, { n, total: data.statements.length }) + ": "),
        texts.statements[id] ?? id,
      ),
      options,
    ),
  );
}

/** A code made before an answer changed no longer holds the answers. */
function markChanged(data: RequestData): void {
  if (state.code === null) return;
  state.code = null;
  const done = document.getElementById("rs-done");
  if (done) {
    done.replaceChildren(el("p", { class: "rs-note", role: "status" }, data.texts[state.lang].changed));
  }
}

function missing(data: RequestData): string[] {
  return data.statements.filter((id) => !state.answers.has(id));
}

function errorSummary(data: RequestData, ids: string[]): HTMLElement {
  const texts = data.texts[state.lang];
  const list = el("ul", {});
  for (const id of ids) {
    const n = data.statements.indexOf(id) + 1;
    const link = el("a", { href: `#a-${id}-1` }, fill(texts.missingItem, { n }));
    link.addEventListener("click", (event) => {
      event.preventDefault();
      document.getElementById(`a-${id}-1`)?.focus();
    });
    list.append(el("li", {}, link));
  }
  return el("div", { class: "rs-errors", id: "rs-errors", tabindex: "-1", role: "alert" }, el("h2", {}, texts.missingHeading), list);
}

function fileText(data: RequestData, code: string): string {
  return `${data.texts[state.lang].fileIntro}\n\n${code}\n`;
}

function doneSection(data: RequestData, code: string): HTMLElement {
  const texts = data.texts[state.lang];
  const status = el("p", { class: "rs-note", id: "rs-copy-status", role: "status" });
  const area = el("textarea", { id: "rs-code", readonly: "", rows: "4", spellcheck: "false" });
  area.value = code;
  const copy = el("button", { type: "button", id: "rs-copy" }, texts.copy);
  copy.addEventListener("click", () => {
    void (async () => {
      try {
        await navigator.clipboard.writeText(code);
        status.textContent = texts.copied;
      } catch {
        // A page from a file may not write the clipboard: select it, so
        // Ctrl+C or the menu does.
        area.focus();
        area.select();
        status.textContent = texts.copyFailed;
      }
    })();
  });
  const download = el("button", { type: "button", id: "rs-download", class: "rs-secondary" }, texts.download);
  download.addEventListener("click", () => {
    const url = URL.createObjectURL(new Blob([fileText(data, code)], { type: "text/plain;charset=utf-8" }));
    const link = el("a", { href: url, download: texts.fileName });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  return el(
    "section",
    { "aria-labelledby": "rs-done-heading" },
    el("h2", { id: "rs-done-heading", tabindex: "-1" }, texts.doneHeading),
    el("p", {}, texts.doneIntro),
    el("label", { for: "rs-code" }, texts.codeLabel),
    area,
    el("div", { class: "rs-actions" }, copy, download),
    status,
  );
}

/** Why a send did not go through, as one of the form's texts; `retype`
 * when the code on the screen is what to fix. */
interface Problem {
  text: string;
  retype: boolean;
}

/** What the laptop answered to a send, as one of the form's texts. */
async function refusal(response: Response, texts: FormTexts): Promise<Problem> {
  let code = "";
  try {
    code = String(((await response.json()) as { code?: unknown }).code ?? "");
  } catch {
    // No JSON: said as a failed send.
  }
  if (code === "live-wrong-code") return { text: texts.wrongCode, retype: true };
  if (code === "live-too-many-tries") return { text: texts.tooManyTries, retype: true };
  if (code === "live-joining-closed") return { text: texts.closed, retype: false };
  return { text: texts.sendFailed, retype: false };
}

/** Tries a busy laptop again this often, after the wait it asks for. */
const BUSY_TRIES = 3;

/** Sends the answer code to the laptop that served this page: `null` when
 * it is in, else why not. */
async function post(code: string, texts: FormTexts): Promise<Problem | null> {
  for (let attempt = 1; ; attempt++) {
    let response: Response;
    try {
      response = await fetch("/api/colleague/answer", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ code: state.roomCode.trim(), answer: code }),
        credentials: "omit",
        cache: "no-store",
      });
    } catch {
      return { text: texts.sendFailed, retype: false };
    }
    if (response.ok) return null;
    const wait = Number(response.headers.get("retry-after") ?? "1");
    if (response.status === 503 && attempt < BUSY_TRIES && wait <= 10) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(1, wait) * 1000));
      continue;
    }
    return refusal(response, texts);
  }
}

/** Sends the answer code to the laptop that served this page. */
async function send(data: RequestData, code: string, button: HTMLButtonElement): Promise<void> {
  const texts = data.texts[state.lang];
  const problem = document.getElementById("rs-send-problem");
  const input = document.getElementById("rs-room-code");
  const done = document.getElementById("rs-done");
  button.disabled = true;
  const outcome: Problem | null = state.roomCode.trim() === "" ? { text: texts.wrongCode, retype: true } : await post(code, texts);
  button.disabled = false;
  if (outcome === null) {
    state.sent = true;
    render(data);
    document.getElementById("rs-sent-heading")?.focus();
    return;
  }
  problem?.replaceChildren(el("p", {}, outcome.text));
  if (outcome.retype) {
    input?.setAttribute("aria-invalid", "true");
    input?.focus();
    return;
  }
  input?.removeAttribute("aria-invalid");
  // The code is the way left: shown as when the form came by mail.
  done?.replaceChildren(doneSection(data, code));
  problem?.focus();
}

/** A live form's last part: the code on the laptop's screen, and where a
 * failed send says why. */
function roomCodeField(data: RequestData): HTMLElement {
  const texts = data.texts[state.lang];
  const input = el("input", {
    id: "rs-room-code",
    type: "text",
    autocomplete: "off",
    autocapitalize: "characters",
    spellcheck: "false",
    maxlength: "12",
    "aria-describedby": "rs-room-code-hint rs-send-problem",
  });
  input.value = state.roomCode;
  input.addEventListener("input", () => {
    state.roomCode = input.value;
    input.removeAttribute("aria-invalid");
  });
  return el(
    "div",
    { class: "rs-question" },
    el("label", { for: "rs-room-code" }, texts.roomCode),
    el("p", { class: "rs-note", id: "rs-room-code-hint" }, texts.roomCodeHint),
    input,
    el("div", { id: "rs-send-problem", class: "rs-errors", tabindex: "-1", role: "alert" }),
  );
}

function render(data: RequestData): void {
  const texts = data.texts[state.lang];
  const main = document.getElementById("main");
  if (!main) return;
  document.documentElement.lang = state.lang;
  document.title = texts.title;
  const form = el("form", { novalidate: "", id: "rs-form" });
  const items = el("ol", { class: "rs-statements" });
  data.statements.forEach((id, i) => items.append(statementField(data, id, i + 1)));
  form.append(el("div", { id: "rs-error-slot" }), items);
  if (data.questions.length > 0) {
    form.append(el("h2", {}, texts.openHeading), el("p", { class: "rs-note" }, texts.openHint));
    data.questions.forEach((question, i) => {
      const area = el("textarea", { id: `q-${i + 1}`, rows: "4", maxlength: String(MAX_OPEN_CHARS) });
      area.value = state.open[i] ?? "";
      area.addEventListener("input", () => {
        state.open[i] = area.value;
        markChanged(data);
      });
      form.append(el("div", { class: "rs-question" }, el("label", { for: `q-${i + 1}` }, question), area));
    });
  }
  if (data.live) form.append(roomCodeField(data));
  const make = el("button", { type: "submit", id: "rs-make" }, data.live ? texts.send : texts.make);
  form.append(el("div", { class: "rs-actions" }, make));
  const done = el("div", { id: "rs-done" }, state.code ? doneSection(data, state.code) : null);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const slot = document.getElementById("rs-error-slot");
    const open = missing(data);
    for (const id of data.statements) document.getElementById(`s-${id}`)?.classList.toggle("rs-missing", open.includes(id));
    if (open.length > 0) {
      const summary = errorSummary(data, open);
      slot?.replaceChildren(summary);
      summary.focus();
      return;
    }
    slot?.replaceChildren();
    state.code = answerCode({
      request: hexKey(data.key),
      answer: state.key,
      listVersion: data.list,
      answers: data.statements.map((id) => state.answers.get(id) ?? DONT_KNOW),
      open: data.questions.map((_, i) => (state.open[i] ?? "").trim()),
    });
    if (data.live) {
      void send(data, state.code, make);
      return;
    }
    done.replaceChildren(doneSection(data, state.code));
    document.getElementById("rs-done-heading")?.focus();
  });
  if (state.sent) {
    main.replaceChildren(
      el("p", { class: "rs-brand" }, "Rolspiegel"),
      languageSwitch(data, () => render(data)),
      el("h1", { id: "rs-sent-heading", tabindex: "-1" }, texts.sentHeading),
      el("p", { id: "rs-sent", role: "status" }, texts.sent),
    );
    return;
  }
  main.replaceChildren(
    el("p", { class: "rs-brand" }, "Rolspiegel"),
    languageSwitch(data, () => render(data)),
    el("h1", {}, texts.title),
    el("p", {}, texts.intro),
    el("p", { class: "rs-privacy" }, data.live ? texts.privacyLive : texts.privacy),
    form,
    done,
  );
}

function start(): void {
  const block = document.getElementById("rs-request");
  let data: RequestData;
  try {
    data = JSON.parse(block?.textContent ?? "") as RequestData;
  } catch {
    return;
  }
  state.lang = data.lang;
  state.open = data.questions.map(() => "");
  render(data);
}

start();
