// Loads both languages' messages before the unit tests, as main.ts does for
// the window's language before the first screen.
import { loadLanguage } from "../i18n";

await Promise.all([loadLanguage("nl"), loadLanguage("en")]);
