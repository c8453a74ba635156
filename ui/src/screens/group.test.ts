// The group screen in jsdom with a fake backend: showing names draws again
// only what depends on them. The end-to-end tests run it against Rust.
import { beforeEach, describe, expect, it } from "vitest";
import { App } from "../app";
import type { GroupView, NetworkAddress } from "../backend";
import { screenFor } from "../router";
import { backendFrom, FakeBackend } from "../testing/fake-backend";
import { groupScreen } from "./group";

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

const svg = (text: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>${text}</text></svg>`;

class GroupBackend extends FakeBackend {
  /** When set, answers wait here until the test lets them go. */
  held: (() => void)[] | null = null;
  async groupView(id: string, showNames: boolean): Promise<GroupView> {
    this.calls.push(`groupView ${id} ${showNames}`);
    if (this.held) {
      const held = this.held;
      await new Promise<void>((resolve) => held.push(resolve));
    }
    const names = ["Sam", "Noor", ""];
    return {
      group: { id, name: "Noord", heldOn: null, heldText: null, notes: "", members: 3 },
      enough: true,
      shape: false,
      shapeFrom: 200,
      minSize: 3,
      minQuality: 30,
      stats: [],
      centre: [40, 30, 30],
      participants: names.map((name, i) => ({
        number: i + 1,
        name: showNames && name ? name : null,
        scores: [50, 50, 50],
        shares: [33, 33, 34],
      })),
      radarSvg: svg("radar"),
      mixMapSvg: svg(showNames ? "triangle with names" : "triangle"),
      spreadSvg: svg("spread"),
      situation: null,
    };
  }
  async liveAddresses(): Promise<NetworkAddress[]> {
    this.calls.push("liveAddresses");
    return [];
  }
}

describe("group screen", () => {
  let backend: GroupBackend;
  let app: App;
  const main = () => document.getElementById("main") as HTMLElement;

  beforeEach(async () => {
    document.body.innerHTML = '<main id="main"></main><div id="announcer"></div>';
    backend = new GroupBackend();
    app = new App(backendFrom(backend), await backend.startup(), main(), screenFor);
    await app.show(groupScreen("g1"));
  });

  it("shows names by drawing again only the triangle and the table, in place", async () => {
    const radar = main().querySelector("#group-radar-chart");
    const spread = main().querySelector("#group-spread-chart");
    const triangle = main().querySelector("#group-mixmap-chart");
    expect(triangle?.textContent).toBe("triangle");
    const details = main().querySelector<HTMLDetailsElement>("#group-participants-details")!;
    details.open = true;
    details.dispatchEvent(new Event("toggle"));
    expect(main().querySelector("#group-participants")?.textContent).not.toContain("Sam");
    backend.calls = [];
    const toggle = main().querySelector<HTMLInputElement>("#group-show-names")!;
    const drawnBefore = main().querySelector<HTMLElement>("#group-figures")!.dataset.drawn;
    toggle.focus();
    toggle.click();
    await tick();
    await tick();
    // One question to Rust; the rest of the screen (live section, own
    // results) is not built again.
    expect(backend.calls).toEqual(["groupView g1 true"]);
    expect(main().querySelector<HTMLElement>("#group-figures")!.dataset.drawn).not.toBe(drawnBefore);
    expect(main().querySelector("#group-mixmap-chart")?.textContent).toBe("triangle with names");
    expect(main().querySelector("#group-mixmap-chart")).not.toBe(triangle);
    expect(main().querySelector("#group-radar-chart")).toBe(radar);
    expect(main().querySelector("#group-spread-chart")).toBe(spread);
    // The open table stays open, now with the names; focus stays on the box.
    expect(main().querySelector<HTMLDetailsElement>("#group-participants-details")!.open).toBe(true);
    expect(main().querySelector("#group-participants")?.textContent).toContain("Sam");
    expect(document.activeElement).toBe(main().querySelector("#group-show-names"));
    expect(main().querySelector("#group-figures")?.getAttribute("aria-busy")).toBe("false");
    // Exports follow what is shown now.
    backend.calls = [];
    toggle.click();
    await tick();
    await tick();
    expect(backend.calls).toEqual(["groupView g1 false"]);
    expect(main().querySelector("#group-mixmap-chart")?.textContent).toBe("triangle");
  });

  it("draws only the view asked for last, when answers come back out of order", async () => {
    const toggle = main().querySelector<HTMLInputElement>("#group-show-names")!;
    backend.held = [];
    toggle.click(); // names on
    toggle.click(); // and off again before the first answer
    await tick();
    expect(backend.calls.slice(-2)).toEqual(["groupView g1 true", "groupView g1 false"]);
    const [first, second] = backend.held;
    second!();
    await tick();
    await tick();
    first!();
    await tick();
    await tick();
    expect(toggle.checked).toBe(false);
    expect(main().querySelector("#group-mixmap-chart")?.textContent).toBe("triangle");
    expect(main().querySelector("#group-figures")?.getAttribute("aria-busy")).toBe("false");
  });

  it("keeps the keyboard's place when the figures are drawn again", async () => {
    const csv = main().querySelector<HTMLButtonElement>("#group-csv")!;
    csv.focus();
    main().querySelector<HTMLInputElement>("#group-show-names")!.click();
    await tick();
    await tick();
    const now = main().querySelector<HTMLButtonElement>("#group-csv");
    expect(now).not.toBe(csv);
    expect(document.activeElement).toBe(now);
  });
});
