import "../styles/phone.css";

import { loadLanguage, setLanguage, useTexts } from "../i18n";
import { liveClient } from "./client";
import { startLanguage } from "./kept";
import { PhonePage } from "./page";
import { phoneTexts } from "./texts";

async function boot(): Promise<void> {
  const main = document.getElementById("main");
  if (!main) return;
  useTexts(phoneTexts);
  const language = startLanguage(localStorage, navigator.languages ?? [navigator.language]);
  await loadLanguage(language);
  setLanguage(language);
  const code = new URLSearchParams(window.location.search).get("code") ?? "";
  await new PhonePage(main, liveClient, localStorage, code.slice(0, 12)).start();
}

void boot();
