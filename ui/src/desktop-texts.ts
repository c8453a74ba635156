// The desktop window's texts. Dutch is in the main bundle: the first screen
// waits for it, and fetching it as a chunk per file cost the start more in
// requests than the bytes cost in parsing (bench/launch.py). English comes
// as one chunk on first use. The phone page keeps its own few files apart.
import { firstScreenFirst, type TextSource } from "./i18n";

/**
 * The welcome screen's files, in the order it needs them (the footer's
 * about link, then earlier results' mixes): each is parsed when a message
 * is not in the ones before it, so a first start parses two.
 */
export const FIRST_SCREEN = ["app.ftl", "about.ftl", "scan.ftl", "roles.ftl"];

const dutch = firstScreenFirst(
  Object.entries(
    // Not the form for colleagues: Rust makes that.
    import.meta.glob(["../../locales/nl/*.ftl", "!../../locales/nl/colleague-form.ftl"], {
      query: "?raw",
      import: "default",
      eager: true,
    }) as Record<string, string>,
  ),
  FIRST_SCREEN,
);

export const desktopTexts: TextSource = async (language) =>
  language === "nl" ? dutch : firstScreenFirst((await import("./english-texts")).texts, FIRST_SCREEN);
