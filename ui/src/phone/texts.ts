// The phone page's texts: only the messages a phone shows (statements, scan
// and result, situations, the role texts, errors and the phone's own), one
// small chunk per file, fetched for the phone's language only.
import { firstScreenFirst, type TextSource } from "../i18n";

const sources = import.meta.glob(
  [
    "../../../locales/*/phone.ftl",
    "../../../locales/*/scan.ftl",
    "../../../locales/*/statements.ftl",
    "../../../locales/*/situation.ftl",
    "../../../locales/*/roles.ftl",
    "../../../locales/*/errors.ftl",
  ],
  { query: "?raw", import: "default" },
) as Record<string, () => Promise<string>>;

export const phoneTexts: TextSource = async (language) =>
  firstScreenFirst(
    await Promise.all(
      Object.entries(sources)
        .filter(([path]) => path.includes(`/locales/${language}/`))
        .map(async ([path, load]) => [path, await load()] as const),
    ),
    ["phone.ftl"],
  );
