// The live join screen's panel for a device that spoils the room, in jsdom
// with a fake backend: the counts tell the silent apart, and the
// facilitator's choices reach the backend. The workshop crate's tests run
// the same choices against the real server.
import { beforeEach, describe, expect, it } from "vitest";
import { App } from "../app";
import type { LiveStatus } from "../backend";
import { screenFor } from "../router";
import { backendFrom, FakeBackend } from "../testing/fake-backend";
import { liveScreen } from "./live";

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function status(): LiveStatus {
  return {
    groupId: "g",
    requestId: null,
    url: "http://10.0.0.2:8765/",
    joinUrl: "http://10.0.0.2:8765/?code=ACEFGH",
    qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
    code: "ACEFGH",
    joining: true,
    revealed: false,
    counts: { joined: 15, waiting: 12, answering: 2, finished: 1 },
    devices: [
      { address: "10.0.0.66", participants: 12, waiting: 12, connections: 32, refused: 140, blocked: false },
      { address: "10.0.0.7", participants: 2, waiting: 0, connections: 3, refused: 0, blocked: false },
    ],
  };
}

describe("live screen", () => {
  let backend: FakeBackend;
  const main = () => document.getElementById("main") as HTMLElement;

  beforeEach(async () => {
    document.body.innerHTML = '<main id="main"></main><div id="announcer"></div>';
    backend = new FakeBackend();
    backend.live = status();
    const app = new App(backendFrom(backend), await backend.startup(), main(), screenFor);
    await app.show(liveScreen("g"));
  });

  it("tells those who joined and never answered apart from the others", () => {
    expect(main().querySelector("#live-joined")?.textContent).toBe("15");
    expect(main().querySelector("#live-waiting")?.textContent).toBe("12");
    expect(main().querySelector("#live-answering")?.textContent).toBe("2");
  });

  it("lists the devices that ask more than a phone, and removes the silent", async () => {
    const rows = [...main().querySelectorAll("#live-device-table tbody tr")].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    );
    expect(rows[0]).toEqual(["10.0.0.66", "12", "12", "32", "140", "Blokkeer 10.0.0.66"]);
    const remove = main().querySelector<HTMLButtonElement>("#live-remove-waiting")!;
    expect(remove.textContent).toBe("Haal 12 deelnemers die nog niets hebben ingevuld uit de sessie");
    remove.click();
    await tick();
    expect(backend.calls).toContain("liveRemoveWaiting");
    expect(main().querySelector("#live-waiting")?.textContent).toBe("0");
    expect(remove.disabled).toBe(true);
  });

  it("blocks a device and lets it in again, keeping focus on its button", async () => {
    const block = main().querySelector<HTMLButtonElement>('button[data-address="10.0.0.66"]')!;
    block.focus();
    block.click();
    await tick();
    expect(backend.calls).toContain("liveBlock 10.0.0.66 true");
    const again = main().querySelector<HTMLButtonElement>('button[data-address="10.0.0.66"]')!;
    expect(again.textContent).toBe("Laat 10.0.0.66 weer toe");
    expect(document.activeElement).toBe(again);
    expect(main().querySelector("#live-device-table tbody th")?.textContent).toBe("10.0.0.66 (geblokkeerd)");
    again.click();
    await tick();
    expect(backend.calls).toContain("liveBlock 10.0.0.66 false");
  });
});
