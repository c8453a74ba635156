import "./styles/index.css";

import { App } from "./app";
import { tauriBackend } from "./backend";
import { catchDrops } from "./drop";
import { desktopTexts } from "./desktop-texts";
import { loadLanguage, useTexts } from "./i18n";
import { screenFor } from "./router";
import type { Startup } from "./wire";

declare global {
  interface Window {
    /** The `startup` answer index.html asked for before this script loaded. */
    rolspiegelStartup?: Promise<Startup>;
  }
}

async function boot(): Promise<void> {
  const main = document.getElementById("main");
  if (!main) return;
  catchDrops();
  useTexts(desktopTexts);
  // Marks for bench/launch.py: where the time to the first screen goes.
  performance.mark("rolspiegel:boot");
  // Dutch first: it is read while Rust answers (loadLanguage loads a
  // language once); the first screen waits only for its own. Rust was asked
  // by index.html, before this script was in; asked here when it was not.
  void loadLanguage("nl");
  const startup = await (window.rolspiegelStartup ?? tauriBackend.startup());
  performance.mark("rolspiegel:ipc");
  await loadLanguage(startup.language);
  performance.mark("rolspiegel:startup");
  const app = new App(tauriBackend, startup, main, screenFor);
  await app.go({ name: "welcome" });
  performance.mark("rolspiegel:first-screen");
}

void boot();
