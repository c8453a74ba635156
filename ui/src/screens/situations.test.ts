// The situations screen in jsdom with a fake backend: names and notes stay
// text, a situation in progress is offered to resume, and removing one asks
// first. The end-to-end tests run it against Rust.
import { beforeEach, describe, expect, it } from "vitest";
import { App } from "../app";
import type { SituationSummary } from "../backend";
import { screenFor } from "../router";
import { backendFrom, FakeBackend } from "../testing/fake-backend";
import { situationsScreen } from "./situations";

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function situation(id: string, name: string, draft: boolean): SituationSummary {
  return {
    id,
    name,
    note: "<b>vet</b>",
    createdAt: 0,
    ratings: [],
    draft: draft ? { ratingId: `r-${id}`, answered: 12, total: 30 } : null,
  };
}

describe("situations screen", () => {
  let backend: FakeBackend;
  let app: App;
  const main = () => document.getElementById("main") as HTMLElement;
  const click = (css: string) => (main().querySelector(css) as HTMLElement).click();

  beforeEach(async () => {
    document.body.innerHTML = '<main id="main"></main><div id="announcer"></div>';
    backend = new FakeBackend();
    backend.situationList = [situation("a", "<img src=x onerror=alert(1)>", true), situation("b", "Crisisteam", false)];
    app = new App(backendFrom(backend), await backend.startup(), main(), screenFor);
    await app.show(situationsScreen);
  });

  it("shows names and notes as text, and offers to resume a rating in progress", () => {
    const names = [...main().querySelectorAll(".rs-situation__name")].map((h) => h.textContent);
    expect(names).toEqual(["<img src=x onerror=alert(1)>", "Crisisteam"]);
    expect(main().querySelector("img, b")).toBeNull();
    expect(main().querySelector("#situation-resume-a")?.textContent).toBe("Ga verder (12 van 30 ingevuld)");
    expect(main().querySelector("#situation-rate-b")?.textContent).toBe("Geef aan wat deze situatie vraagt");
  });

  it("asks before removing a situation, and removes only on yes", async () => {
    click("#situation-delete-b");
    expect(document.activeElement?.id).toBe("situation-delete-b-confirm-no");
    expect(main().querySelector("#situation-delete-b-confirm-question")?.textContent).toContain("'Crisisteam'");
    click("#situation-delete-b-confirm-no");
    expect(backend.calls).not.toContain("deleteSituation b");
    expect(document.activeElement?.id).toBe("situation-delete-b");
    click("#situation-delete-b");
    click("#situation-delete-b-confirm-yes");
    await tick();
    await tick();
    expect(backend.calls).toContain("deleteSituation b");
    expect(main().querySelectorAll(".rs-situation")).toHaveLength(1);
  });
});
