// The shape of the UI code: no import cycles, and screens never import each
// other (they name routes; router.ts is the one place that knows them all).
import { describe, expect, it } from "vitest";
import page from "../index.html?raw";
import { COMMAND_NAMES } from "./commands";

const sources = import.meta.glob(["./**/*.ts", "!./**/*.test.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** Module path → the local modules it imports at run time (not `import type`). */
function graph(includeTypes: boolean): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const [path, text] of Object.entries(sources)) {
    const targets: string[] = [];
    const pattern = /^import\s+(type\s+)?[^;]*?from\s+"(\.{1,2}\/[^"]+)";/gms;
    for (const match of text.matchAll(pattern)) {
      if (match[1] && !includeTypes) continue;
      targets.push(resolve(path, match[2] ?? ""));
    }
    // Screens the router loads on first use: `import("./screens/…")`.
    for (const match of text.matchAll(/\bimport\(\s*"(\.{1,2}\/[^"]+)"\s*\)/g)) {
      targets.push(resolve(path, match[1] ?? ""));
    }
    edges.set(path, targets);
  }
  return edges;
}

function resolve(from: string, relative: string): string {
  const parts = from.split("/").slice(0, -1);
  for (const part of relative.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return `${parts.join("/")}.ts`;
}

/** The first cycle found, as a list of modules, or null. */
function findCycle(edges: Map<string, string[]>): string[] | null {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === "done") return null;
    if (state.get(node) === "open") return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, "open");
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, "done");
    return null;
  };
  for (const node of edges.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe("UI architecture", () => {
  it("reads every module", () => {
    expect(Object.keys(sources)).toContain("./router.ts");
    expect(Object.keys(sources).filter((p) => p.startsWith("./screens/")).length).toBeGreaterThanOrEqual(8);
    // The parser sees imports: the router reaches every screen.
    expect(graph(false).get("./router.ts")).toContain("./screens/welcome.ts");
    expect(graph(false).get("./router.ts")).toContain("./screens/projection.ts");
    expect(graph(true).get("./screens/history.ts")).toContain("./app.ts");
  });

  it("has no import cycle in ui/src", () => {
    expect(findCycle(graph(false))).toBeNull();
  });

  it("finds a cycle when there is one", () => {
    const edges = new Map([
      ["./a.ts", ["./b.ts"]],
      ["./b.ts", ["./c.ts"]],
      ["./c.ts", ["./a.ts"]],
    ]);
    expect(findCycle(edges)).toEqual(["./a.ts", "./b.ts", "./c.ts", "./a.ts"]);
  });

  it("lets no screen import another screen, not even for types", () => {
    const offending: string[] = [];
    for (const [path, targets] of graph(true)) {
      if (!path.startsWith("./screens/")) continue;
      for (const target of targets) {
        if (target.startsWith("./screens/")) offending.push(`${path} → ${target}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it("asks Rust from the page's inline script only for commands Rust has", () => {
    const asked = [...page.matchAll(/invoke\("([a-z_]+)"/g)].map((m) => m[1]);
    expect(asked).toEqual(["startup"]);
    expect(asked.filter((name) => !(COMMAND_NAMES as readonly string[]).includes(name ?? ""))).toEqual([]);
  });
});
