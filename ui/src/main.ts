import "@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css";
import "@utrecht/component-library-css/dist/index.css";
import "./styles/tokens.css";
import "./styles/app.css";

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
