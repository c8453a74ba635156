// Loads both languages' messages before the unit tests, from the window's
// own texts, as main.ts does for the window's language before the first
// screen.
import { desktopTexts } from "../desktop-texts";
import { loadLanguage, useTexts } from "../i18n";

useTexts(desktopTexts);
await Promise.all([loadLanguage("nl"), loadLanguage("en")]);
