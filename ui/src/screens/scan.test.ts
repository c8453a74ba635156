// The scan screen in jsdom with a fake backend: the screen's own behaviour
// (keys, saving order, page checks), not Rust's; the e2e tests use the real one.
import { beforeEach, describe, expect, it } from "vitest";
import { App } from "../app";
import { screenFor } from "../router";
import { backendFrom, FakeBackend } from "../testing/fake-backend";
import { onDesktop, type ScanHost, scanScreen } from "./scan";

const statements = ["b01", "o08", "v01", "o09", "v02", "b08", "v03", "b09"];

/** A key press as the browser delivers it; Enter on a button also clicks it, as browsers do. */
function press(key: string): void {
  const target = (document.activeElement ?? document.body) as HTMLElement;
  const unhandled = target.dispatchEvent(
    new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }),
  );
  if (unhandled && key === "Enter" && target instanceof HTMLButtonElement) target.click();
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("scan screen", () => {
  let backend: FakeBackend;
  let app: App;

  beforeEach(async () => {
    document.body.innerHTML = '<main id="main"></main><div id="announcer"></div>';
    backend = new FakeBackend(statements);
    app = new App(backendFrom(backend), await backend.startup(), document.getElementById("main") as HTMLElement, screenFor);
    const scan = { assessmentId: "a", instrumentVersion: 2, statements, answers: {} };
    await app.show(onDesktop(scanScreen(scan), scan));
  });

  it("shows six statements per page with their wording from the Fluent files", () => {
    const legends = [...document.querySelectorAll("fieldset legend")].map((l) => l.textContent);
    expect(legends).toHaveLength(6);
    expect(legends[0]).toContain("Stelling 1 van 8");
    expect(legends[0]).toContain("Ik vind het belangrijk dat iedereen");
  });

  it("answers with number keys, moves focus on, and saves in the order given", async () => {
    expect(document.activeElement?.tagName).toBe("H1");
    press("5");
    press("0");
    press("2");
    await tick();
    expect(backend.saved).toEqual([
      ["b01", 5],
      ["o08", null],
      ["v01", 2],
    ]);
    const focusedSet = document.activeElement?.closest("fieldset")?.getAttribute("data-statement");
    expect(focusedSet).toBe("o09");
    expect(document.getElementById("scan-progress-label")?.textContent).toBe(
      "3 van 8 stellingen beantwoord",
    );
  });

  it("keeps the page and names the open statements when Enter comes too early", async () => {
    press("4");
    press("Enter");
    await tick();
    expect(document.getElementById("page-error")?.textContent).toContain(
      "5 stellingen op deze pagina hebben nog geen antwoord",
    );
    expect(document.querySelector("h1")?.textContent).toContain("Pagina 1 van 2");
    expect(document.querySelectorAll(".rs-statement--missing")).toHaveLength(5);
  });

  it("goes to the next page once every statement has an answer", async () => {
    for (let i = 0; i < 6; i++) press("3");
    press("Enter");
    await tick();
    await tick();
    expect(document.querySelector("h1")?.textContent).toContain("Pagina 2 van 2");
    expect(document.querySelectorAll("fieldset")).toHaveLength(2);
    expect((document.getElementById("scan-next") as HTMLButtonElement).textContent).toBe(
      "Bekijk je uitslag",
    );
  });

  it("keeps answers and page when the language changes", async () => {
    press("1");
    await app.switchLanguage("en");
    expect(backend.language).toBe("en");
    expect(document.querySelector("h1")?.textContent).toContain("Page 1 of 2");
    const checked = document.querySelector<HTMLInputElement>('input[name="answer-b01"]:checked');
    expect(checked?.value).toBe("1");
  });
});

describe("scan screen without the desktop shell", () => {
  it("runs in any host that saves answers, finishes and goes on (as a phone page will)", async () => {
    document.body.innerHTML = '<main id="main"></main><div id="announcer"></div>';
    const main = document.getElementById("main") as HTMLElement;
    const saved: [string, unknown][] = [];
    const routes: string[] = [];
    const host: ScanHost = {
      statements: ["b01", "o08"],
      main,
      saveAnswer: async (statement, value) => {
        saved.push([statement, value]);
      },
      finishScan: async () => [{ role: "verbinder", missing: 1, required: 1, total: 1 }],
      leaveScan: async () => {
        routes.push("left");
      },
      show: async (screen) => {
        main.replaceChildren();
        await screen(host);
      },
      showError: (error) => {
        throw error;
      },
    };
    await host.show(scanScreen({ assessmentId: "p", answers: {} }));
    const heading = document.querySelector("h1") as HTMLElement;
    heading.tabIndex = -1;
    heading.focus();
    press("4");
    press("0");
    await tick();
    expect(saved).toEqual([
      ["b01", 4],
      ["o08", null],
    ]);
    document.querySelector<HTMLFormElement>("#scan-form")?.requestSubmit();
    await tick();
    await tick();
    expect(document.getElementById("shortfalls")?.textContent).toContain("Verbinder");
    document.getElementById("incomplete-back")?.click();
    await tick();
    document.getElementById("scan-stop")?.click();
    await tick();
    expect(routes).toEqual(["left"]);
  });
});
