import "./styles/index.css";

import { App } from "./app";
import { tauriBackend } from "./backend";
import { catchDrops } from "./drop";
import { screenFor } from "./router";

async function boot(): Promise<void> {
  const main = document.getElementById("main");
  if (!main) return;
  catchDrops();
  const startup = await tauriBackend.startup();
  const app = new App(tauriBackend, startup, main, screenFor);
  await app.go({ name: "welcome" });
}

void boot();
