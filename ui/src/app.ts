// The app shell: language switch, notices, and which screen is showing.
import type { Backend, Language, Notice, Startup, WelcomeView } from "./backend";
import { isAppError } from "./backend";
import { append, button, el } from "./dom";
import { errorText, language, loadLanguage, setLanguage, t } from "./i18n";
import { renderLanguageSwitch } from "./language-switch";
import type { Route } from "./routes";

/** What a screen undoes when it is left: a key handler, a drop target. */
export type Leave = () => void;

/**
 * A screen draws itself into <main>; it is called again after a language
 * switch. It may return what to undo when it is left (or redrawn).
 */
export type Screen<Host = App> = (app: Host) => Promise<void | Leave>;

/** Maps a route to its screen, loading its code when needed (router.ts). */
export type Router = (route: Route) => Promise<Screen>;

export class App {
  private screen: Screen | null = null;
  private leaving: Leave | null = null;
  private notices: Notice[];
  private welcome: WelcomeView | null;

  constructor(
    readonly backend: Backend,
    readonly startup: Startup,
    readonly main: HTMLElement,
    private readonly router: Router,
  ) {
    this.notices = [...startup.notices];
    this.welcome = startup.welcome;
    setLanguage(startup.language);
  }

  get statements(): string[] {
    return this.startup.instrument.statements;
  }

  /**
   * The welcome screen's data read at start, handed out once: the first
   * screen needs no further round trip, later visits ask afresh.
   */
  takeWelcome(): WelcomeView | null {
    const welcome = this.welcome;
    this.welcome = null;
    return welcome;
  }

  /** Goes to a route: its screen is shown and focus moves to its heading. */
  async go(route: Route): Promise<void> {
    await this.show(await this.router(route));
  }

  /** Shows a screen and moves focus to its main heading. */
  async show(screen: Screen): Promise<void> {
    this.screen = screen;
    await this.redraw(true);
  }

  private async redraw(moveFocus: boolean): Promise<void> {
    if (!this.screen) return;
    this.applyLanguage();
    this.main.setAttribute("aria-busy", "true");
    // The screen on show undoes what it set up before the next one draws.
    const leave = this.leaving;
    this.leaving = null;
    leave?.();
    this.main.replaceChildren();
    this.renderNotices();
    try {
      const next = await this.screen(this);
      if (next) this.leaving = next;
    } catch (error) {
      this.showError(error);
    }
    // Focus first, then mark the screen ready: whoever waits for "ready"
    // (a person or a test) finds the keyboard already in the right place.
    if (moveFocus) {
      const heading = this.main.querySelector<HTMLElement>("h1");
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      }
    }
    this.main.setAttribute("aria-busy", "false");
  }

  async switchLanguage(next: Language): Promise<void> {
    if (next === language()) return;
    try {
      await Promise.all([this.backend.setLanguage(next), loadLanguage(next)]);
    } catch (error) {
      this.showError(error);
      return;
    }
    setLanguage(next);
    await this.redraw(false);
    document.getElementById(`language-${next}`)?.focus();
  }

  /** Shows a translated error from Rust (or a generic one) at the top of the screen. */
  showError(error: unknown): void {
    console.error(error);
    const message = isAppError(error) ? errorText(error.code) : t("error-bad-request");
    this.main.querySelector(".rs-error")?.remove();
    const alert = el(
      "div",
      { class: "utrecht-alert utrecht-alert--error rs-error", role: "alert" },
      el("p", { class: "utrecht-paragraph" }, message),
    );
    this.main.prepend(alert);
  }

  private applyLanguage(): void {
    const lang = language();
    document.documentElement.lang = lang;
    document.title = t("app-title");
    const skip = document.getElementById("skip-link");
    if (skip) skip.textContent = t("app-skip-link");
    const brand = document.getElementById("brand");
    if (brand) brand.textContent = t("app-title");
    renderLanguageSwitch("app-language-label", "app-language", (next) => void this.switchLanguage(next));
  }

  private renderNotices(): void {
    for (const notice of this.notices) {
      const text = noticeText(notice);
      // A damaged copy is told on every start until the person says they
      // have seen it; other notices hold for as long as the cause does.
      const seen = notice.kind === "setAside";
      const close = button(t(seen ? "notice-set-aside-seen" : "notice-close"), "secondary", {
        class: "rs-notice__close",
      });
      const box = el(
        "div",
        { class: "utrecht-alert utrecht-alert--warning rs-notice", role: "status", "data-notice": notice.kind },
        el("p", { class: "utrecht-paragraph" }, text),
        close,
      );
      close.addEventListener("click", () => {
        void (async () => {
          // "Seen" is stored first, so the box only goes once that is sure.
          if (seen) {
            try {
              await this.backend.dismissNotice(notice.file);
            } catch (error) {
              this.showError(error);
              return;
            }
          }
          this.notices = this.notices.filter((n) => n !== notice);
          box.remove();
          this.main.querySelector<HTMLElement>("h1")?.focus();
        })();
      });
      append(this.main, box);
    }
  }
}

/** A start-up notice in words. */
function noticeText(notice: Notice): string {
  switch (notice.kind) {
    case "setAside":
      return t("notice-set-aside", { file: notice.file, folder: notice.folder });
    case "newerVersion":
      return t("notice-newer-version", { folder: notice.folder });
    case "memoryOnly":
      return t("notice-memory-only", { reason: notice.reason });
    case "readOnly":
      return t("notice-read-only", { folder: notice.folder });
    case "wipeFinished":
      return t("notice-wipe-finished");
  }
}
