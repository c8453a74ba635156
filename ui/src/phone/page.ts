// The phone page of a live workshop: join with the code on the projector,
// answer the statements with the same scan screen as the desktop window,
// see your own result and keep your participant file. Every answer is kept
// on the phone first (kept.ts) and sent in the background, one at a time,
// until the laptop has confirmed it.
import type { AnswerValue, Language, LiveResultView, LiveSituationState, ShortfallView } from "../backend";
import { announce, append, button, el } from "../dom";
import { errorText, language, t } from "../i18n";
import { type Leave, Shell } from "../shell";
import { resultSummary, roleSection } from "../result-parts";
import { type ScanHost, scanScreen } from "../screens/scan";
import type { LiveClient } from "./client";
import { Offline, Refused } from "./client";
import * as keep from "./kept";
import type { Kept } from "./kept";

type PhoneScreen = (page: PhonePage) => Promise<void | Leave> | void;

/** Waits before sending again after the connection dropped: 1, 2, 4 … 10 s. */
const backoff = (attempt: number) => Math.min(10_000, 1000 * 2 ** attempt);

export class PhonePage extends Shell {
  private kept: Kept | null;
  private sending = false;
  private offline = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private flushed: (() => void)[] = [];
  private carry: Record<string, AnswerValue> | null;
  /** This phone's retest pairing code (kept.ts). */
  private pairingCode: string;

  constructor(
    main: HTMLElement,
    private readonly client: LiveClient,
    private readonly storage: Storage,
    private readonly codeFromAddress: string,
  ) {
    super(main, { title: "phone-title", switchLabel: "phone-language-switch", switchPrefix: "phone-language" });
    this.kept = keep.load(storage);
    this.carry = keep.loadCarried(storage);
    this.pairingCode = keep.pairingCode(storage, (bytes) => crypto.getRandomValues(bytes));
  }

  /** Where to start: a kept participation is resumed, else the join form. */
  async start(): Promise<void> {
    window.addEventListener("online", () => this.sendSoon(0));
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "visible") this.sendSoon(0);
    });
    const kept = this.kept;
    if (!kept) return this.show(joinScreen(this.codeFromAddress, null));
    try {
      this.update(keep.resumed(kept, await this.client.me(kept.token)));
    } catch (error) {
      if (error instanceof Refused && error.status === 401) {
        // Finished in a session that is over: this is a new one (a retest),
        // so straight to joining; unfinished answers are offered to carry.
        if (kept.finished) {
          this.joinAgain();
          return this.show(joinScreen(this.codeFromAddress, null));
        }
        return this.show(goneScreen);
      }
      // Offline: go on with what the phone kept; answers go out later.
      this.offline = error instanceof Offline;
    }
    const now = this.kept ?? kept;
    if (now.finished) return this.show(resultScreen);
    this.sendSoon(0);
    return this.show(this.scan());
  }

  protected keepLanguage(next: Language): void {
    keep.storeLanguage(this.storage, next);
  }

  /** The laptop's refusal in words; anything else means it cannot be reached. */
  protected errorMessage(error: unknown): string {
    return error instanceof Refused ? errorText(error.code) : t("phone-offline");
  }

  /** The connection line above every screen. */
  protected frame(): void {
    this.main.append(el("div", { class: "rs-phone-status", id: "connection", role: "status" }));
    this.renderStatus();
  }

  get participant(): Kept | null {
    return this.kept;
  }

  get liveClient(): LiveClient {
    return this.client;
  }

  /** The pairing code this phone sends when it joins. */
  get pairing(): string {
    return this.pairingCode;
  }

  /** A code typed at joining (from another phone) becomes this phone's. */
  usePairing(code: string): void {
    this.pairingCode = code;
    keep.storePairing(this.storage, code);
  }

  update(kept: Kept): void {
    this.kept = kept;
    keep.store(this.storage, kept);
    this.renderStatus();
  }

  /** The answers that would come along if this phone joined again. */
  get carriedCount(): number {
    const carry = keep.toCarry(this.kept) ?? this.carry;
    return carry ? Object.keys(carry).length : 0;
  }

  /** The session is gone: stop sending (there is no one to send to). */
  stopSending(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.offline = false;
    this.renderStatus();
  }

  /** The session is gone: join the next one, taking unfinished answers along. */
  joinAgain(): void {
    this.carry = keep.toCarry(this.kept) ?? this.carry;
    keep.storeCarried(this.storage, this.carry);
    this.kept = null;
    keep.forget(this.storage);
  }

  /** Joined: the answers carried from a lost session are given again. */
  joinedAs(kept: Kept): void {
    const carry = this.carry;
    this.carry = null;
    keep.storeCarried(this.storage, null);
    this.update(carry ? keep.carried(kept, carry) : kept);
    this.sendSoon(0);
  }

  /** The scan screen, hosted by this page. */
  scan(page?: number): PhoneScreen {
    const kept = this.kept;
    if (!kept) return joinScreen(this.codeFromAddress, null);
    const screen = scanScreen({ assessmentId: kept.resultId, answers: { ...kept.answers } }, page);
    return () => screen(this.scanHost());
  }

  private scanHost(): ScanHost {
    const host: ScanHost = {
      statements: [...(this.kept?.statements ?? [])],
      main: this.main,
      saveAnswer: async (statement: string, value: AnswerValue) => {
        if (!this.kept) return;
        this.update(keep.give(this.kept, statement, value));
        this.sendSoon(0);
      },
      finishScan: () => this.finish(),
      leaveScan: () => this.show(pausedScreen),
      show: (screen) => this.show(() => screen(host)),
      showError: (error) => this.showError(error),
    };
    return host;
  }

  private async finish(): Promise<ShortfallView[] | null> {
    const status = this.main.querySelector("#connection");
    if (status && this.kept && keep.pendingCount(this.kept) > 0) status.textContent = t("phone-finishing");
    await this.allSent();
    const kept = this.kept;
    if (!kept) return null;
    try {
      const outcome = await this.client.finish(kept.token, language());
      if (outcome.kind === "incomplete") return outcome.shortfalls;
      this.update({ ...kept, finished: true, result: outcome.result });
      await this.show(resultScreen);
      return null;
    } catch (error) {
      if (error instanceof Refused && error.status === 401) {
        await this.show(goneScreen);
        return null;
      }
      throw error;
    }
  }

  /** Resolves once every kept answer has reached the laptop. */
  private allSent(): Promise<void> {
    if (!this.kept || keep.pendingCount(this.kept) === 0) return Promise.resolve();
    return new Promise((resolve) => {
      this.flushed.push(resolve);
      this.sendSoon(0);
    });
  }

  private sendSoon(delay: number): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.send();
    }, delay);
  }

  /** Sends pending answers one at a time, oldest first, until none is left. */
  private async send(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    try {
      for (;;) {
        const kept = this.kept;
        const next = kept ? keep.nextToSend(kept) : null;
        if (!kept || !next) break;
        try {
          await this.client.answer(kept.token, next);
        } catch (error) {
          if (error instanceof Offline) {
            this.setOffline(true);
            this.sendSoon(backoff(this.attempt++));
            return;
          }
          if (error instanceof Refused && error.status === 401) {
            await this.show(goneScreen);
            return;
          }
          // Refused for good (the laptop will never take it): drop it, say why.
          this.showError(error);
        }
        this.attempt = 0;
        this.setOffline(false);
        if (this.kept) this.update(keep.confirmed(this.kept, next));
      }
      const waiting = this.flushed;
      this.flushed = [];
      for (const resolve of waiting) resolve();
    } finally {
      this.sending = false;
    }
  }

  private setOffline(offline: boolean): void {
    if (this.offline === offline) return;
    this.offline = offline;
    this.renderStatus();
    announce(offline ? t("phone-offline") : t("phone-all-sent"));
  }

  private renderStatus(): void {
    const status = this.main.querySelector("#connection");
    if (!status) return;
    const count = this.kept ? keep.pendingCount(this.kept) : 0;
    if (!this.offline) {
      status.replaceChildren();
      return;
    }
    status.replaceChildren(
      el(
        "div",
        { class: "utrecht-alert utrecht-alert--warning" },
        el("p", { class: "utrecht-paragraph" }, t("phone-offline")),
        count > 0 ? el("p", { class: "utrecht-paragraph" }, t("phone-unsent", { count })) : null,
      ),
    );
  }
}

/** The join form: the code from the projector (filled in from the QR code) and an optional name. */
function joinScreen(code: string, error: string | null): PhoneScreen {
  return (page) => {
    const codeInput = el("input", {
      id: "join-code",
      class: "utrecht-textbox utrecht-textbox--html-input",
      name: "code",
      autocomplete: "off",
      autocapitalize: "characters",
      spellcheck: "false",
      maxlength: 12,
      required: true,
      "aria-describedby": "join-code-hint",
      value: code,
    });
    const nameInput = el("input", {
      id: "join-name",
      class: "utrecht-textbox utrecht-textbox--html-input",
      name: "name",
      autocomplete: "off",
      maxlength: 200,
      "aria-describedby": "join-name-hint",
    });
    const pairingInput = el("input", {
      id: "join-pairing",
      class: "utrecht-textbox utrecht-textbox--html-input",
      name: "pairing",
      autocomplete: "off",
      autocapitalize: "characters",
      spellcheck: "false",
      maxlength: 12,
      "aria-describedby": "join-pairing-hint",
    });
    const submit = button(t("phone-join"), "primary", { type: "submit", id: "join-submit" });
    const form = el(
      "form",
      { id: "join-form", novalidate: true },
      el(
        "div",
        { class: "rs-phone-field" },
        el("label", { class: "utrecht-form-label", for: "join-code" }, t("phone-code-label")),
        el("p", { class: "utrecht-paragraph utrecht-paragraph--small", id: "join-code-hint" }, t("phone-code-hint")),
        codeInput,
      ),
      el(
        "div",
        { class: "rs-phone-field" },
        el("label", { class: "utrecht-form-label", for: "join-name" }, t("phone-name-label")),
        el("p", { class: "utrecht-paragraph utrecht-paragraph--small", id: "join-name-hint" }, t("phone-name-hint")),
        nameInput,
      ),
      el(
        "details",
        { class: "rs-phone-field rs-phone-pairing" },
        el("summary", {}, t("phone-pairing-summary")),
        el("label", { class: "utrecht-form-label", for: "join-pairing" }, t("phone-pairing-label")),
        el("p", { class: "utrecht-paragraph utrecht-paragraph--small", id: "join-pairing-hint" }, t("phone-pairing-hint")),
        pairingInput,
      ),
      el("div", { class: "utrecht-button-group rs-actions" }, submit),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      submit.disabled = true;
      submit.textContent = t("phone-busy");
      void (async () => {
        try {
          // A code typed here (from another phone) is sent as typed, so a
          // mistake gets the laptop's words; a good one becomes this phone's.
          const typed = pairingInput.value.trim();
          const pairing = typed === "" ? page.pairing : typed;
          const joined = await page.liveClient.join(codeInput.value, nameInput.value, pairing);
          const kept = keep.typedPairing(pairing);
          if (kept) page.usePairing(kept);
          page.joinedAs(keep.joined(joined.token, joined.participant));
          await page.show(page.scan());
        } catch (error) {
          const message = error instanceof Refused ? errorText(error.code) : t("phone-offline");
          await page.show(joinScreen(codeInput.value, message));
        }
      })();
    });
    append(
      page.main,
      el("h1", { class: "utrecht-heading-1" }, t("phone-join-heading")),
      error
        ? el(
            "div",
            { class: "utrecht-alert utrecht-alert--error", role: "alert", id: "join-error" },
            el("p", { class: "utrecht-paragraph" }, error),
          )
        : null,
      el("p", { class: "utrecht-paragraph" }, t("phone-join-intro")),
      form,
      el("p", { class: "utrecht-paragraph utrecht-paragraph--small" }, t("phone-privacy")),
    );
  };
}

/** "Stop and continue later" on a phone. */
const pausedScreen: PhoneScreen = (page) => {
  const go = button(t("phone-continue"), "primary", { id: "phone-continue" });
  go.addEventListener("click", () => void page.show(page.scan()));
  append(
    page.main,
    el("h1", { class: "utrecht-heading-1" }, t("phone-paused-heading")),
    el("p", { class: "utrecht-paragraph" }, t("phone-paused")),
    el("div", { class: "utrecht-button-group rs-actions" }, go),
  );
};

/** The session is over, or no longer knows this phone. */
const goneScreen: PhoneScreen = (page) => {
  const retry = button(t("phone-try-again"), "primary", { id: "phone-retry" });
  retry.addEventListener("click", () => window.location.reload());
  const again = button(t("phone-join-again"), "secondary", { id: "phone-join-again" });
  again.addEventListener("click", () => {
    page.joinAgain();
    void page.show(joinScreen("", null));
  });
  page.stopSending();
  const carried = page.carriedCount;
  append(
    page.main,
    el("h1", { class: "utrecht-heading-1" }, t("phone-session-gone-heading")),
    el("p", { class: "utrecht-paragraph" }, t("phone-session-gone")),
    carried > 0
      ? el("p", { class: "utrecht-paragraph", id: "phone-carried" }, t("phone-answers-come-along", { count: carried }))
      : null,
    el("div", { class: "utrecht-button-group rs-actions" }, retry, again),
  );
};

/**
 * The group's shared situation, rated on the scan's pages with the
 * situation list. Each answer goes to the laptop at once (a failure is shown
 * and the answer taken back, as in the window); the laptop keeps them, so a
 * reload resumes where it was.
 */
function ratingScreen(situation: LiveSituationState): PhoneScreen {
  let seq = situation.seq;
  const screen = scanScreen({ assessmentId: "situation", answers: { ...situation.answers } as Record<string, AnswerValue> });
  return (page) => {
    const kept = page.participant;
    if (!kept) return;
    const host: ScanHost = {
      statements: situation.statements,
      main: page.main,
      words: {
        statementPrefix: "situation-statement-",
        heading: "rating-heading",
        headingArgs: { name: situation.name },
        instructions: "phone-rating-instructions",
        finish: "rating-finish",
        incomplete: "rating-incomplete",
      },
      saveAnswer: (statement, value) => page.liveClient.situationAnswer(kept.token, statement, value, ++seq),
      finishScan: async () => {
        const outcome = await page.liveClient.situationFinish(kept.token);
        if (outcome.kind === "incomplete") return outcome.shortfalls;
        await page.show(resultScreen);
        return null;
      },
      leaveScan: () => page.show(resultScreen),
      show: (next) => page.show(() => next(host)),
      showError: (error) => page.showError(error),
    };
    return screen(host);
  };
}

/** After the scan: the group's situation to rate, or thanks for rating it. */
async function situationOffer(page: PhonePage, token: string): Promise<HTMLElement | null> {
  let situation: LiveSituationState | null = null;
  try {
    situation = (await page.liveClient.me(token)).situation;
  } catch {
    // Offline or gone: the result still shows; the offer comes back later.
    return null;
  }
  if (!situation) return null;
  if (situation.finished) {
    return el("p", { class: "utrecht-alert utrecht-alert--info rs-notice", id: "phone-situation-done" }, t("phone-situation-done", { name: situation.name }));
  }
  const rate = button(t("phone-situation-rate", { name: situation.name }), "primary", { id: "phone-rate-situation" });
  const chosen = situation;
  rate.addEventListener("click", () => void page.show(ratingScreen(chosen)));
  return el(
    "section",
    { class: "rs-section", id: "phone-situation", "aria-labelledby": "phone-situation-heading" },
    el("h2", { class: "utrecht-heading-2", id: "phone-situation-heading" }, t("phone-situation-heading")),
    el("p", { class: "utrecht-paragraph" }, t("phone-situation-intro", { name: situation.name })),
    el("div", { class: "utrecht-button-group rs-actions" }, rate),
  );
}

/** The participant's own result: chart, scores, mix and the role texts. */
const resultScreen: PhoneScreen = async (page) => {
  const kept = page.participant;
  if (!kept) return;
  let result: LiveResultView | null = kept.result;
  try {
    // The chart's labels follow the language chosen now.
    result = await page.liveClient.result(kept.token, language());
    page.update({ ...kept, result });
  } catch (error) {
    if (!result) {
      page.showError(error);
      return;
    }
  }
  const save = button(t("phone-save-file"), "primary", { id: "phone-save-file" });
  save.addEventListener("click", () => {
    void (async () => {
      try {
        const blob = await page.liveClient.participantFile(kept.token);
        const url = URL.createObjectURL(blob);
        const link = el("a", { href: url, download: t("phone-file-name") });
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      } catch (error) {
        page.showError(error);
      }
    })();
  });
  const offer = await situationOffer(page, kept.token);
  append(
    page.main,
    el("h1", { class: "utrecht-heading-1", id: "result-heading" }, t("result-heading")),
    offer,
    resultSummary(result, { scores: "list" }),
    el("p", { class: "utrecht-paragraph" }, t("phone-result-in-group")),
    el(
      "p",
      { class: "utrecht-paragraph", id: "phone-pairing" },
      t("phone-pairing-yours", { code: keep.shownPairing(page.pairing) }),
    ),
    el(
      "div",
      { class: "rs-phone-file" },
      el("p", { class: "utrecht-paragraph utrecht-paragraph--small" }, t("phone-save-file-hint")),
      el("div", { class: "utrecht-button-group rs-actions" }, save),
    ),
    roleSection(),
  );
};
