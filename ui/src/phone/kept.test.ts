// What a phone keeps: answers survive a reload and a lost connection, and
// only what the laptop confirmed leaves the outbox.
import { describe, expect, it } from "vitest";
import type { ParticipantState } from "../backend";
import {
  carried,
  confirmed,
  give,
  joined,
  load,
  loadCarried,
  nextToSend,
  pendingCount,
  resumed,
  startLanguage,
  store,
  storeCarried,
  toCarry,
  pairingCode,
  shownPairing,
  typedPairing,
} from "./kept";

const state = (answers: Record<string, number | null>, seq: number, finished = false): ParticipantState => ({
  resultId: "r1",
  name: "",
  instrument: { version: 1, statements: ["b01", "o01", "v01"] },
  situation: null,
  answers,
  seq,
  finished,
});

/** A phone's storage in memory: the map behind it, and the Storage face. */
function memoryStorage(): [Map<string, string>, Storage] {
  const storage = new Map<string, string>();
  const fake = {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v),
    removeItem: (k: string) => void storage.delete(k),
  } as unknown as Storage;
  return [storage, fake];
}

describe("a phone's kept answers", () => {
  it("keeps every answer at once and sends the oldest first", () => {
    let kept = joined("t", state({}, 0));
    kept = give(kept, "b01", 4);
    kept = give(kept, "o01", null);
    expect(kept.answers).toEqual({ b01: 4, o01: null });
    expect(nextToSend(kept)).toEqual({ statement: "b01", value: 4, seq: 1 });
    kept = confirmed(kept, { statement: "b01", value: 4, seq: 1 });
    expect(pendingCount(kept)).toBe(1);
    expect(nextToSend(kept)?.statement).toBe("o01");
  });

  it("keeps a newer answer pending when an older one is confirmed", () => {
    let kept = give(joined("t", state({}, 0)), "b01", 2);
    const first = nextToSend(kept);
    kept = give(kept, "b01", 5);
    if (first) kept = confirmed(kept, first);
    expect(nextToSend(kept)).toEqual({ statement: "b01", value: 5, seq: 2 });
  });

  it("after a reload takes what the laptop has and sends again what it lacks", () => {
    let kept = joined("t", state({}, 0));
    kept = give(kept, "b01", 3);
    kept = confirmed(kept, { statement: "b01", value: 3, seq: 1 });
    kept = give(kept, "o01", 1);
    // The laptop lost b01 (it never arrived after all) and has v01 from before.
    const back = resumed(kept, state({ v01: 5 }, 7));
    expect(back.answers).toEqual({ b01: 3, o01: 1, v01: 5 });
    expect(Object.keys(back.pending).sort()).toEqual(["b01", "o01"]);
    expect(back.seq).toBeGreaterThan(7);
    expect(back.pending["b01"]?.seq).toBeGreaterThan(7);
  });

  it("survives the page being closed: what is stored is read back", () => {
    const [storage, fake] = memoryStorage();
    const kept = give(joined("t", state({}, 0)), "v01", 2);
    store(fake, kept);
    expect(load(fake)).toEqual(kept);
    storage.set("rolspiegel-live", "{not json");
    expect(load(fake)).toBeNull();
  });

  it("carries unfinished answers into a new session, but never over the laptop's", () => {
    let lost = joined("old", state({}, 0));
    lost = give(lost, "b01", 4);
    lost = give(lost, "o01", null);
    const carry = toCarry(lost);
    expect(carry).toEqual({ b01: 4, o01: null });
    // The new session already has o01 (answered again on this phone's new
    // token before the carry): that answer stays; b01 comes along.
    const fresh = joined("new", state({ o01: 2 }, 1));
    const next = carried(fresh, carry ?? {});
    expect(next.token).toBe("new");
    expect(next.answers).toEqual({ o01: 2, b01: 4 });
    expect(nextToSend(next)).toEqual({ statement: "b01", value: 4, seq: 2 });
    expect(pendingCount(next)).toBe(1);
    // A finished scan is already in the group: nothing to carry.
    expect(toCarry({ ...lost, finished: true })).toBeNull();
    expect(toCarry(joined("t", state({}, 0)))).toBeNull();
  });

  it("keeps the answers to carry across a reload of the join form", () => {
    const [storage, fake] = memoryStorage();
    storeCarried(fake, { v01: 5, b02: null });
    expect(loadCarried(fake)).toEqual({ v01: 5, b02: null });
    storeCarried(fake, null);
    expect(loadCarried(fake)).toBeNull();
    storage.set("rolspiegel-live-carried", "[broken");
    expect(loadCarried(fake)).toBeNull();
  });

  it("speaks the phone's language unless another was chosen", () => {
    const empty = { getItem: () => null } as unknown as Storage;
    expect(startLanguage(empty, ["nl-BE", "fr"])).toBe("nl");
    expect(startLanguage(empty, ["en-US"])).toBe("en");
    expect(startLanguage(empty, ["de-DE", "en"])).toBe("en");
    expect(startLanguage(empty, ["fr-FR"])).toBe("nl");
    const chosen = { getItem: () => "en" } as unknown as Storage;
    expect(startLanguage(chosen, ["nl-NL"])).toBe("en");
  });
});

describe("the retest pairing code", () => {
  const memory = (): Storage => {
    const items = new Map<string, string>();
    return {
      get length() {
        return items.size;
      },
      clear: () => items.clear(),
      getItem: (k) => items.get(k) ?? null,
      key: (i) => [...items.keys()][i] ?? null,
      removeItem: (k) => void items.delete(k),
      setItem: (k, v) => void items.set(k, v),
    };
  };

  it("is made once at random from Crockford's alphabet and kept on the phone", () => {
    const storage = memory();
    const bytes = (b: Uint8Array) => b.map((_, i) => [0, 8, 18, 31, 32, 255, 100, 7][i] ?? 0);
    const code = pairingCode(storage, bytes);
    expect(code).toBe("08JZ0Z47");
    expect(pairingCode(storage, () => new Uint8Array(8))).toBe(code);
    expect(shownPairing(code)).toBe("08JZ-0Z47");
  });

  it("reads a typed code as the laptop does", () => {
    expect(typedPairing(" k7p4-qx2m ")).toBe("K7P4QX2M");
    expect(typedPairing("oil4qx2m")).toBe("0114QX2M");
    expect(typedPairing("K7P4-QX2")).toBeNull();
    expect(typedPairing("K7P4-QX2U")).toBeNull();
  });
});
