// The one shell under the desktop window and the phone page, and the one
// result summary both show.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "./app";
import { errorText, setLanguage, t } from "./i18n";
import { liveClient, Refused } from "./phone/client";
import { PhonePage } from "./phone/page";
import { resultSummary, type Summary } from "./result-parts";
import { screenFor } from "./router";
import type { Shell } from "./shell";
import { backendFrom, FakeBackend } from "./testing/fake-backend";

const HEADER = `<a id="skip-link" href="#main"></a><p id="brand"></p><div id="language-switch"></div>`;

async function windowShell(): Promise<{ shell: App; kept: () => string | null }> {
  const backend = new FakeBackend();
  const startup = { ...(await backend.startup()), notices: [] };
  const app = new App(backendFrom(backend), startup, main(), screenFor);
  return { shell: app, kept: () => backend.language };
}

async function phoneShell(): Promise<{ shell: PhonePage; kept: () => string | null }> {
  localStorage.clear();
  // The phone's client is never called here: the screens below draw only.
  const page = new PhonePage(main(), liveClient, localStorage, "");
  return { shell: page, kept: () => localStorage.getItem("rolspiegel-language") };
}

const main = () => document.getElementById("main") as HTMLElement;
const pages = [
  ["the desktop window", windowShell],
  ["the phone page", phoneShell],
] as const;

beforeEach(() => {
  document.body.innerHTML = `${HEADER}<main id="main"></main><div id="announcer"></div>`;
  setLanguage("nl");
});

afterEach(() => {
  vi.restoreAllMocks();
  setLanguage("nl");
});

describe.each(pages)("%s", (_, open) => {
  it("draws a screen, then moves focus to its heading and is no longer busy", async () => {
    const { shell } = await open();
    await (shell as Shell).show(async (host) => {
      host.main.append(Object.assign(document.createElement("h1"), { textContent: "Kop" }));
    });
    expect(document.activeElement?.textContent).toBe("Kop");
    expect(main().getAttribute("aria-busy")).toBe("false");
    expect(document.documentElement.lang).toBe("nl");
    expect(document.querySelector("#language-nl")?.getAttribute("aria-pressed")).toBe("true");
  });

  it("shows a refusal from Rust in words in one alert, above the screen", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { shell } = await open();
    const refusal = shell instanceof App ? { code: "answer-out-of-range" } : new Refused(400, "answer-out-of-range");
    await (shell as Shell).show(async (host) => {
      host.main.append(Object.assign(document.createElement("h1"), { textContent: "Kop" }));
      throw refusal;
    });
    shell.showError(refusal);
    const alerts = main().querySelectorAll("[role='alert']");
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.textContent).toBe(errorText("answer-out-of-range"));
    expect(main().firstElementChild).toBe(alerts[0]);
  });

  it("switches language: keeps the choice, draws the screen again and keeps focus on the switch", async () => {
    const { shell, kept } = await open();
    let drawn = 0;
    await (shell as Shell).show(async (host) => {
      drawn += 1;
      host.main.append(Object.assign(document.createElement("h1"), { textContent: t("result-heading") }));
    });
    document.querySelector<HTMLButtonElement>("#language-en")?.click();
    await vi.waitFor(() => expect(document.documentElement.lang).toBe("en"));
    await vi.waitFor(() => expect(document.activeElement?.id).toBe("language-en"));
    expect(drawn).toBe(2);
    expect(kept()).toBe("en");
    expect(main().querySelector("h1")?.textContent).toBe("Your mix");
    expect(document.querySelector("#language-en")?.getAttribute("aria-pressed")).toBe("true");
  });
});

describe("a result's summary", () => {
  const result: Summary = {
    roles: [
      { role: "bureaucraat", score: 80, share: 0.4, percent: 40, answered: 8, total: 8, margin: { low: 68.2, high: 91.8 } },
      { role: "ondernemer", score: 60, share: 0.3, percent: 30, answered: 8, total: 8, margin: { low: 48.2, high: 71.8 } },
      { role: "verbinder", score: 60, share: 0.3, percent: 30, answered: 7, total: 8, margin: null },
    ],
    chartSvg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>',
    mix: { kind: "highest", role: "bureaucraat", sure: "probably" },
    basis: { kind: "centred", results: 41 },
    level: "high",
    meanScore: 66.7,
  };
  const ids = (node: HTMLElement) => [...node.querySelectorAll("[id]")].map((e) => e.id).sort();

  it("is the same on the desktop and a phone, apart from a table or a list of the scores", () => {
    const window = ids(resultSummary(result, { scores: "table" })).filter((id) => id !== "score-table");
    const phone = ids(resultSummary(result, { scores: "list" })).filter((id) => id !== "score-list");
    expect(window).toEqual(phone);
    expect(window).toEqual(
      expect.arrayContaining(["mix-sentence", "level-sentence", "result-chart", "result-scores", "mix-advice"]),
    );
  });

  it("names the same scores per role both ways", () => {
    for (const scores of ["table", "list"] as const) {
      const node = resultSummary(result, { scores });
      const said = [...node.querySelectorAll("#result-scores [data-role] .rs-score")].map((e) => e.textContent);
      expect(said, scores).toEqual(["80,0", "60,0", "60,0"]);
      const margins = [...node.querySelectorAll("#result-scores [data-role] .rs-margin")].map((e) => e.textContent);
      expect(margins, scores).toEqual(["68 tot 92", "48 tot 72", "–"]);
      expect(node.querySelector("#mix-sentence")?.textContent).toMatch(/^De Bureaucraat is waarschijnlijk je sterkste rol\./);
      expect(node.querySelector("#margin-note")?.textContent).toContain("41 uitslagen op deze computer");
      expect(node.querySelector("#result-chart")?.getAttribute("aria-label")).toContain(
        "Bureaucraat: 80,0, met een marge van 68 tot 92.",
      );
    }
  });
});
