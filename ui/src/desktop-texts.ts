// The desktop window's texts. Dutch is in the main bundle: the first screen
// waits for it, and fetching it as a chunk per file cost the start more in
// requests than the bytes cost in parsing (bench/launch.py). English comes
// as one chunk on first use. The phone page keeps its own few files apart.
import type { TextSource } from "./i18n";

const dutch = Object.entries(
  // Not the form for colleagues: Rust makes that.
  import.meta.glob(["../../locales/nl/*.ftl", "!../../locales/nl/colleague-form.ftl"], {
    query: "?raw",
    import: "default",
    eager: true,
  }) as Record<string, string>,
);

export const desktopTexts: TextSource = async (language) =>
  language === "nl" ? dutch : (await import("./english-texts")).texts;
