// The one shell of both pages, the desktop window (app.ts) and the phone
// page (phone/page.ts): which screen is showing, the busy state while it
// draws, where focus goes, the error box and the language switch. Each page
// adds only what is its own: how a language choice is kept, how an error is
// put into words, and what stands above every screen.
import type { Language } from "./backend";
import { button, el } from "./dom";
import { language, loadLanguage, setLanguage, t } from "./i18n";

/** What a screen undoes when it is left: a key handler, a drop target. */
export type Leave = () => void;

/** The page's own words in the header, each a message id. */
export interface Chrome {
  /** The document's title. */
  readonly title: string;
  /** The name of the language switch's group. */
  readonly switchLabel: string;
  /** Each language button's message: `<prefix>-nl`, `<prefix>-en`. */
  readonly switchPrefix: string;
  /** The brand in the header (`#brand`), if the page words it. */
  readonly brand?: string;
  /** The skip link (`#skip-link`), if the page has one. */
  readonly skipLink?: string;
}

export abstract class Shell {
  private screen: ((host: this) => Promise<void | Leave> | void) | null = null;
  private leaving: Leave | null = null;

  protected constructor(
    readonly main: HTMLElement,
    private readonly chrome: Chrome,
  ) {}

  /** Shows a screen and moves focus to its main heading. */
  async show(screen: (host: this) => Promise<void | Leave> | void): Promise<void> {
    this.screen = screen;
    await this.redraw(true);
  }

  /** Draws the screen on show again, in the language now chosen. */
  protected async redraw(moveFocus: boolean): Promise<void> {
    const screen = this.screen;
    if (!screen) return;
    this.applyLanguage();
    this.main.setAttribute("aria-busy", "true");
    // The screen on show undoes what it set up before the next one draws.
    const leave = this.leaving;
    this.leaving = null;
    leave?.();
    this.main.replaceChildren();
    this.frame();
    try {
      const next = await screen(this);
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

  /** Switches the language: kept, loaded, and the screen drawn again. */
  async switchLanguage(next: Language): Promise<void> {
    if (next === language()) return;
    try {
      await Promise.all([this.keepLanguage(next), loadLanguage(next)]);
    } catch (error) {
      this.showError(error);
      return;
    }
    setLanguage(next);
    await this.redraw(false);
    document.getElementById(`language-${next}`)?.focus();
  }

  /** Shows an error, in words, at the top of the screen. */
  showError(error: unknown): void {
    console.error(error);
    this.main.querySelector(".rs-error")?.remove();
    this.main.prepend(
      el(
        "div",
        { class: "utrecht-alert utrecht-alert--error rs-error", role: "alert" },
        el("p", { class: "utrecht-paragraph" }, this.errorMessage(error)),
      ),
    );
  }

  /** Keeps a language chosen, for the next start. */
  protected abstract keepLanguage(next: Language): Promise<void> | void;

  /** An error in words the person can act on. */
  protected abstract errorMessage(error: unknown): string;

  /** What stands above every screen (notices, the connection); nothing by default. */
  protected frame(): void {}

  private applyLanguage(): void {
    const { title, switchLabel, switchPrefix, brand, skipLink } = this.chrome;
    document.documentElement.lang = language();
    document.title = t(title);
    const words = (id: string, message?: string) => {
      const node = document.getElementById(id);
      if (node && message) node.textContent = t(message);
    };
    words("brand", brand);
    words("skip-link", skipLink);
    renderLanguageSwitch(switchLabel, switchPrefix, (next) => void this.switchLanguage(next));
  }
}

/**
 * Fills `#language-switch` afresh: its group is named by the message
 * `label`, each button by `<prefix>-<language>`; choosing one calls `choose`.
 */
function renderLanguageSwitch(label: string, prefix: string, choose: (next: Language) => void): void {
  const group = document.getElementById("language-switch");
  if (!group) return;
  const current = language();
  group.setAttribute("aria-label", t(label));
  group.replaceChildren();
  for (const option of ["nl", "en"] as const) {
    const choice = button(t(`${prefix}-${option}`), "subtle", {
      id: `language-${option}`,
      class: "rs-language__option",
      lang: option,
      "aria-pressed": option === current ? "true" : "false",
    });
    choice.addEventListener("click", () => choose(option));
    group.append(choice);
  }
}
