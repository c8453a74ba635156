// The app shell's notices: what the person hears at start-up about their data.
import { beforeEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { App } from "./app";
import type { Notice } from "./backend";
import { screenFor } from "./router";
import { backendFrom, FakeBackend } from "./testing/fake-backend";
import { t } from "./i18n";

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("start-up notices", () => {
  let backend: FakeBackend;
  const main = () => document.getElementById("main") as HTMLElement;

  async function showWith(notices: Notice[]): Promise<App> {
    const startup = { ...(await backend.startup()), notices };
    const app = new App(backendFrom(backend), startup, main(), screenFor);
    await app.show(async (a) => {
      a.main.append(Object.assign(document.createElement("h1"), { textContent: "Welkom" }));
    });
    return app;
  }

  beforeEach(() => {
    document.body.innerHTML = '<main id="main"></main><div id="announcer"></div>';
    backend = new FakeBackend();
  });

  it("names the kept file and its folder, and remembers when the person has seen it", async () => {
    await showWith([{ kind: "setAside", file: "rolspiegel-damaged-17.db", folder: "/home/sam/.local/share/nl.rolspiegel.Rolspiegel" }]);
    const notice = main().querySelector<HTMLElement>("[data-notice='setAside']")!;
    expect(notice.textContent).toContain("rolspiegel-damaged-17.db");
    expect(notice.textContent).toContain("/home/sam/.local/share/nl.rolspiegel.Rolspiegel");
    const seen = notice.querySelector<HTMLButtonElement>(".rs-notice__close")!;
    expect(seen.textContent).toBe("Gezien, niet meer melden");
    seen.click();
    await tick();
    expect(backend.calls).toContain("dismissNotice rolspiegel-damaged-17.db");
    expect(main().querySelector(".rs-notice")).toBeNull();
    expect(document.activeElement?.textContent).toBe("Welkom");
  });

  it("tells where the database of the earlier folder went, until the person has seen it", async () => {
    const folder = "/home/sam/.local/share/nl.rolspiegel.Rolspiegel";
    await showWith([{ kind: "earlier", file: "rolspiegel-earlier-1763800000000.db", folder }]);
    const notice = main().querySelector<HTMLElement>("[data-notice='earlier']")!;
    expect(notice.textContent).toContain("rolspiegel-earlier-1763800000000.db");
    expect(notice.textContent).toContain(folder);
    expect(notice.textContent).toContain("Oude kopieën van je gegevens");
    notice.querySelector<HTMLButtonElement>(".rs-notice__close")!.click();
    await tick();
    expect(backend.calls).toContain("dismissNotice rolspiegel-earlier-1763800000000.db");
  });

  it("says a newer version's data is left alone, and why nothing is saved", async () => {
    await showWith([
      { kind: "newerVersion", folder: "/data" },
      { kind: "memoryOnly", reason: "disk-full" },
    ]);
    const texts = [...main().querySelectorAll(".rs-notice p")].map((p) => p.textContent);
    expect(texts[0]).toContain("nieuwere versie van Rolspiegel");
    expect(texts[0]).toContain("/data");
    expect(texts[1]).toBe(t("notice-memory-only", { reason: "disk-full" }));
    expect(texts[1]).toContain("De schijf is vol");
    main().querySelector<HTMLButtonElement>(".rs-notice__close")!.click();
    await tick();
    expect(backend.calls.filter((c) => c.startsWith("dismissNotice"))).toHaveLength(0);
  });

  it("shows a name that would reorder a line with a visible mark instead", () => {
    expect(t("import-heading", { file: "deelnemer\u202Enosj.exe" })).toBe("Ingelezen uit deelnemer\uFFFDnosj.exe");
  });
});

describe("the first screen", () => {
  beforeEach(() => {
    // The footer's link to the about screen takes its words from about.ftl.
    document.body.innerHTML =
      '<main id="main"></main><footer><button id="open-about"></button></footer><div id="announcer"></div>';
  });

  it.each([
    ["a first start", false, ["app", "about"]],
    ["earlier results", true, ["app", "about", "scan", "roles"]],
  ] as const)("draws the welcome screen from the first screen's files only, on %s", async (_, withResult, files) => {
    vi.resetModules();
    const { FluentBundle } = await import("@fluent/bundle");
    const parsed = vi.spyOn(FluentBundle.prototype, "addResource");
    onTestFinished(() => parsed.mockRestore());
    const i18n = await import("./i18n");
    const { desktopTexts, FIRST_SCREEN } = await import("./desktop-texts");
    const fresh = {
      app: await import("./app"),
      router: await import("./router"),
      fake: await import("./testing/fake-backend"),
    };
    i18n.useTexts(desktopTexts);
    await i18n.loadLanguage("nl");
    const backend = new fresh.fake.FakeBackend();
    const startup = await backend.startup();
    const result = { id: "r1", completedAt: 1_764_000_000_000, mix: { kind: "highest", role: "verbinder", sure: "clearly" } as const };
    const welcome = withResult ? { scan: null, results: [result] } : null;
    const main = document.getElementById("main") as HTMLElement;
    const app = new fresh.app.App(fresh.fake.backendFrom(backend), { ...startup, welcome }, main, fresh.router.screenFor);
    await app.go({ name: "welcome" });
    expect(main.querySelector("h1")?.textContent).toBe("Welkom bij Rolspiegel");
    expect(document.getElementById("open-about")?.textContent).toBe("Over Rolspiegel");
    expect(main.querySelector("#earlier-results") !== null).toBe(withResult);
    expect(main.textContent).not.toMatch(/welcome-|role-|result-/);
    // The files parsed, in the order FIRST_SCREEN names them.
    expect(parsed).toHaveBeenCalledTimes(files.length);
    expect(FIRST_SCREEN.slice(0, files.length)).toEqual(files.map((f) => `${f}.ftl`));
  });
});
