// The history screen in jsdom with a fake backend: selection, confirmations
// and that labels stay text. The end-to-end tests run it against Rust.
import { beforeEach, describe, expect, it } from "vitest";
import { App } from "../app";
import type { HistoryItem } from "../backend";
import type { KeptCopyView } from "../wire";
import { screenFor } from "../router";
import { backendFrom, FakeBackend } from "../testing/fake-backend";
import { historyScreen } from "./history";

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function item(id: string, label: string, goal = false): HistoryItem {
  return {
    id,
    completedAt: 0,
    dateText: "22 nov 2026",
    label,
    scores: [50, 60, 70],
    mix: { kind: "highest", role: "verbinder", sure: "clearly" },
    goal: goal ? { role: "ondernemer", assignment: "Een pilot <i>starten</i>", reviewOn: null, reviewText: null } : null,
    instrumentVersion: 2,
    goalOpen: goal,
    reflections: 0,
  };
}

describe("history screen", () => {
  let backend: FakeBackend;
  let app: App;
  const main = () => document.getElementById("main") as HTMLElement;
  const click = (css: string) => (main().querySelector(css) as HTMLElement).click();

  beforeEach(async () => {
    document.body.innerHTML = '<main id="main"></main><div id="announcer"></div>';
    backend = new FakeBackend();
    backend.items = [item("c", "<img src=x onerror=alert(1)>", true), item("b", "na workshop"), item("a", "")];
    app = new App(backendFrom(backend), await backend.startup(), main(), screenFor);
    await app.show(historyScreen());
  });

  it("shows labels and goals as text, never as markup", () => {
    expect(main().querySelector("img")).toBeNull();
    expect(main().querySelector("#history-list i")).toBeNull();
    const titles = [...main().querySelectorAll(".rs-history__title")].map((h) => h.textContent);
    expect(titles).toEqual(["22 nov 2026 – <img src=x onerror=alert(1)>", "22 nov 2026 – na workshop", "22 nov 2026"]);
    expect(main().querySelector("#open-goals")?.textContent).toContain("Een pilot <i>starten</i>");
  });

  it("allows comparing two to five chosen results", () => {
    const compare = main().querySelector<HTMLButtonElement>("#compare-chosen")!;
    expect(compare.disabled).toBe(true);
    click("#choose-a");
    expect(compare.disabled).toBe(true);
    expect(main().querySelector("#compare-hint")?.textContent).toContain("één uitslag gekozen");
    click("#choose-b");
    expect(compare.disabled).toBe(false);
    expect(main().querySelector("#compare-hint")?.textContent).toContain("2 uitslagen gekozen");
  });

  it("deletes only after a confirmation whose safe choice has focus", async () => {
    click("[data-result-id='b'] .rs-delete");
    expect(document.activeElement?.id).toBe("delete-b-no");
    click("#delete-b-no");
    expect(backend.calls).not.toContain("deleteResult b");
    click("[data-result-id='b'] .rs-delete");
    click("#delete-b-yes");
    await tick();
    await tick();
    expect(backend.calls).toContain("deleteResult b");
    expect(main().querySelectorAll(".rs-history__item")).toHaveLength(2);
  });

  it("names everything a wipe removes, offers a backup first, then shows an empty history", async () => {
    backend.wipeContents = {
      results: 3,
      reflections: 2,
      goals: 1,
      scanInProgress: true,
      groups: [
        { name: "Traineeship Noord", members: 12 },
        { name: "<b>Zuid</b>", members: 1 },
      ],
      situations: ["Crisisteam", "<i>Wijk</i>"],
      requests: 2,
      copies: 2,
      saved: 1,
      folder: "/home/sam/.local/share/nl.rolspiegel.Rolspiegel",
    };
    click("#wipe");
    await tick();
    expect(backend.calls).toContain("wipeSummary");
    expect(document.activeElement?.id).toBe("wipe-confirm-no");
    const listed = [...main().querySelectorAll("#wipe-list > li")].map((li) => li.textContent);
    expect(listed[0]).toBe("3 eigen uitslagen, met 2 antwoorden op reflectievragen en 1 doel");
    expect(listed[1]).toBe("de scan die je nog niet af hebt");
    const groups = [...main().querySelectorAll("#wipe-groups > li")].map((li) => li.textContent);
    expect(groups).toEqual(["Traineeship Noord (12 deelnemers)", "<b>Zuid</b> (1 deelnemer)"]);
    expect(main().querySelector("#wipe-list b")).toBeNull();
    const situations = [...main().querySelectorAll("#wipe-situations > li")].map((li) => li.textContent);
    expect(situations).toEqual(["Crisisteam", "<i>Wijk</i>"]);
    expect(main().querySelector("#wipe-list i")).toBeNull();
    expect(listed[4]).toBe("2 vragen aan collega's, met hun antwoorden");
    expect(listed[5]).toBe(
      "2 oude kopieën van je gegevens die Rolspiegel zelf heeft bewaard, in de map /home/sam/.local/share/nl.rolspiegel.Rolspiegel",
    );
    // A backup the person saved there is theirs: it stays, and they are told.
    expect(main().querySelector("#wipe-saved-stay")?.textContent).toBe(
      "1 reservekopie die je zelf in de map /home/sam/.local/share/nl.rolspiegel.Rolspiegel hebt gezet, blijft staan. Wil je die ook weg? Verwijder het bestand dan zelf.",
    );
    expect(listed[5]).toContain("2 oude kopieën");
    expect(listed[5]).toContain("/home/sam/.local/share/nl.rolspiegel.Rolspiegel");

    click("#wipe-backup");
    await tick();
    expect(backend.calls).toContain("exportBackup");
    expect(main().querySelector("#wipe-status")?.textContent).toBe("Bewaard als rolspiegel-reservekopie.json.");

    click("#wipe-confirm-yes");
    await tick();
    await tick();
    expect(backend.calls).toContain("wipe");
    expect(main().querySelector("#history-empty")).not.toBeNull();
    expect(main().querySelector("#wipe-done")?.textContent).toBe("Alles is gewist, ook 2 oude kopieën.");
    expect(main().querySelector<HTMLButtonElement>("#export-json")?.disabled).toBe(true);
  });

  it("says plainly when the backup before a wipe was not saved, and wipes nothing while saving", async () => {
    let finish: (outcome: never) => void = () => {};
    backend.exportBackup = () =>
      new Promise((_, reject) => {
        finish = () => reject({ code: "export-too-large" });
      });
    click("#wipe");
    await tick();
    click("#wipe-backup");
    await tick();
    expect(main().querySelector<HTMLButtonElement>("#wipe-confirm-yes")?.disabled).toBe(true);
    finish(undefined as never);
    await tick();
    await tick();
    expect(main().querySelector("#wipe-status")?.textContent).toContain("De reservekopie is niet bewaard");
    expect(main().querySelector<HTMLButtonElement>("#wipe-confirm-yes")?.disabled).toBe(false);
    expect(backend.calls).not.toContain("wipe");
  });

  it("lists the first problems of an import and counts the rest", async () => {
    await app.show(
      historyScreen(new Set(), {
        file: "nullen.json",
        added: 1,
        alreadyPresent: 0,
        problems: [{ position: 2, problem: { code: "shape" } }],
        moreProblems: 9998,
        notRead: 5,
        cleaned: 2,
        groups: [
          {
            position: 1,
            name: "Noord",
            added: 3,
            alreadyPresent: 1,
            problems: 0,
            ratingsAdded: 4,
            ratingsRefused: 1,
            notRead: 7,
            cleaned: 1,
            refused: null,
          },
          {
            position: 2,
            name: "",
            added: 0,
            alreadyPresent: 0,
            problems: 0,
            ratingsAdded: 0,
            ratingsRefused: 0,
            notRead: 0,
            cleaned: 0,
            refused: "group-file-bad-details",
          },
        ],
        groupsNotRead: 4,
        situationsAdded: 0,
        situationsAlreadyPresent: 0,
        situationProblems: [],
        moreSituationProblems: 0,
        requestsAdded: 1,
        answersAdded: 3,
        requestsNotAdded: 0,
      }),
    );
    const lines = [...main().querySelectorAll("#import-problems li")].map((li) => li.textContent);
    expect(lines).toEqual([
      "Uitslag 2: Deze uitslag mist gegevens of is beschadigd.",
      "En nog 9.998 uitslagen zijn niet ingelezen.",
      "5 uitslagen aan het eind van het bestand zijn niet gelezen: een bestand kan er hoogstens 10.000 bevatten.",
      "In 2 uitslagen stonden onzichtbare tekens die een oudere versie van Rolspiegel bewaarde, zoals tekens die de leesrichting omdraaien. Die tekens zijn weggehaald; de rest van de tekst is hetzelfde.",
      "Groep Noord: 3 deelnemers teruggezet, 1 stond er al.",
      "Groep Noord: 7 deelnemers aan het eind zijn niet gelezen. Een groep kan er hoogstens 10.000 hebben.",
      "Groep Noord: bij 1 deelnemer of in de gegevens van de groep zijn onzichtbare tekens weggehaald.",
      "Groep Noord, over de opdracht: 4 keer ingevuld teruggezet, 1 niet ingelezen.",
      "Groep 2 is niet ingelezen: De naam, datum of notities van deze groep kloppen niet. Vraag om een nieuw bestand.",
      "4 groepen aan het eind van het bestand zijn niet gelezen: een reservekopie kan er hoogstens 1.000 bevatten.",
      "Vragen aan collega's: 1 vraag teruggezet, 3 antwoorden van collega's erbij.",
    ]);
  });

  it("says where an export was saved", async () => {
    click("#export-csv");
    await tick();
    expect(main().querySelector("#data-status")?.textContent).toBe("Bewaard als rolspiegel.csv.");
  });

  it("lists every kind of kept copy, a saved backup by its own name as text", async () => {
    const at = Date.UTC(2026, 11, 2, 12, 0);
    const copy = (kind: KeptCopyView["kind"], file: string, readable = true, name = file): KeptCopyView => ({
      file,
      name,
      kind,
      madeAt: at,
      readable,
      results: readable ? 2 : 0,
      groups: readable ? 1 : 0,
      situations: 0,
    });
    backend.copies = [
      copy("saved", "<b>mijn</b> kopie\u202E.json", true, "<b>mijn</b> kopie.json"),
      copy("saved", "nieuwer.json", false),
      copy("earlier", "rolspiegel-earlier-1.db"),
      copy("backup", "rolspiegel-backup-v5-1.db"),
      copy("damaged", "rolspiegel-damaged-1.db", false),
    ];
    await app.show(historyScreen());
    const items = [...main().querySelectorAll("#copies-list > li")];
    const texts = items.map((li) => li.textContent ?? "");
    expect(texts[0]).toMatch(/^Reservekopie <b>mijn<\/b> kopie\.json, bewaard op .*: 2 uitslagen, 1 groep, 0 situaties\./);
    expect(main().querySelector("#copies-list b")).toBeNull();
    // Shown by its name as people see it, found by its file name.
    expect(items[0]?.getAttribute("data-file")).toBe("<b>mijn</b> kopie\u202E.json");
    expect(texts[1]).toContain("Rolspiegel kan er niets uit lezen. Misschien is het bestand gemaakt met een nieuwere versie.");
    expect(texts[2]).toMatch(/^Gegevens uit de map van een eerdere versie van Rolspiegel/);
    expect(texts[3]).toMatch(/gemaakt voor een update/);
    expect(texts[4]).toMatch(/^Beschadigd bestand/);
    // Only what can be read offers to bring it back.
    expect(items.map((li) => li.querySelector("button") !== null)).toEqual([true, false, true, true, false]);
  });

  it("lists the requests to colleagues with how many answered", async () => {
    backend.requestList = [
      { id: "r1", knownAs: "Sam", language: "nl", questions: [], createdAt: Date.UTC(2026, 11, 2, 12, 0), answered: 3 },
    ];
    await app.show(historyScreen());
    const items = [...main().querySelectorAll("#history-requests > li")].map((li) => li.textContent ?? "");
    expect(items).toHaveLength(1);
    expect(items[0]).toMatch(/^Vraag van .*: 3 collega's hebben geantwoord\.$/);
  });
});
