// The desktop window: its start-up data, its notices and its routes, on the
// shell it shares with the phone page (shell.ts).
import type { Backend, Language, Notice, Startup, WelcomeView } from "./backend";
import { isAppError } from "./backend";
import { append, button, el } from "./dom";
import { errorText, setLanguage, t } from "./i18n";
import type { Route } from "./routes";
import { type Leave, Shell } from "./shell";

export type { Leave } from "./shell";

/**
 * A screen draws itself into <main>; it is called again after a language
 * switch. It may return what to undo when it is left (or redrawn).
 */
export type Screen<Host = App> = (app: Host) => Promise<void | Leave>;

/** Maps a route to its screen, loading its code when needed (router.ts). */
export type Router = (route: Route) => Promise<Screen>;

export class App extends Shell {
  private notices: Notice[];
  private welcome: WelcomeView | null;

  constructor(
    readonly backend: Backend,
    readonly startup: Startup,
    main: HTMLElement,
    private readonly router: Router,
  ) {
    super(main, {
      title: "app-title",
      brand: "app-title",
      skipLink: "app-skip-link",
      switchLabel: "app-language-label",
      switchPrefix: "app-language",
    });
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

  protected keepLanguage(next: Language): Promise<void> {
    return this.backend.setLanguage(next);
  }

  /** A translated error from Rust, or a generic one. */
  protected errorMessage(error: unknown): string {
    return isAppError(error) ? errorText(error.code) : t("error-bad-request");
  }

  protected frame(): void {
    this.renderNotices();
    // The footer's way to the About screen, in the language now chosen.
    const about = document.getElementById("open-about");
    if (about) {
      about.textContent = t("about-open");
      about.onclick = () => void this.go({ name: "about" });
    }
  }

  private renderNotices(): void {
    for (const notice of this.notices) {
      const text = noticeText(notice);
      // A damaged copy is told on every start until the person says they
      // have seen it; other notices hold for as long as the cause does.
      const seen = notice.kind === "setAside" || notice.kind === "earlier";
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
    case "earlier":
      return t("notice-earlier", { file: notice.file, folder: notice.folder });
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
