import "../styles/phone.css";

import { loadLanguage, setLanguage, useFiles } from "../i18n";
import { liveClient } from "./client";
import { startLanguage } from "./kept";
import { PhonePage } from "./page";

async function boot(): Promise<void> {
  const main = document.getElementById("main");
  if (!main) return;
  // Only the messages a phone shows: statements, scan and result, the role
  // texts, errors and the phone's own.
  useFiles(["phone", "scan", "statements", "situation", "roles", "errors"]);
  const language = startLanguage(localStorage, navigator.languages ?? [navigator.language]);
  await loadLanguage(language);
  setLanguage(language);
  const code = new URLSearchParams(window.location.search).get("code") ?? "";
  await new PhonePage(main, liveClient, localStorage, code.slice(0, 12)).start();
}

void boot();
