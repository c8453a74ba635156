// The English texts of the desktop window, one chunk loaded on first use
// (see desktop-texts.ts).
export const texts = Object.entries(
  import.meta.glob(["../../locales/en/*.ftl", "!../../locales/en/colleague-form.ftl"], {
    query: "?raw",
    import: "default",
    eager: true,
  }) as Record<string, string>,
);
