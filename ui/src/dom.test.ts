import { describe, expect, it } from "vitest";
import { button, el, svgNode } from "./dom";

describe("el", () => {
  it("puts text in as text, never as markup", () => {
    const node = el("p", {}, "<img src=x onerror=alert(1)>");
    expect(node.children).toHaveLength(0);
    expect(node.textContent).toBe("<img src=x onerror=alert(1)>");
  });

  it("sets attributes and skips empty ones", () => {
    const node = el("button", { type: "button", disabled: false, "aria-pressed": "true" });
    expect(node.getAttribute("type")).toBe("button");
    expect(node.hasAttribute("disabled")).toBe(false);
    expect(node.getAttribute("aria-pressed")).toBe("true");
  });
});

describe("svgNode", () => {
  const ok = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text x="1" y="1">&lt;b&gt;</text></svg>';

  it("accepts a chart and keeps escaped text as text", () => {
    const svg = svgNode(ok);
    expect(svg?.nodeName).toBe("svg");
    expect(svg?.querySelector("text")?.textContent).toBe("<b>");
    expect(svg?.querySelector("b")).toBeNull();
  });

  it("refuses scripts, event handlers, foreign objects and broken XML", () => {
    const bad = [
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><rect onclick="alert(1)"/></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>x</p></foreignObject></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><text>x</text></a></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href=" JavaScript:alert(1)"><text>x</text></a></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><g><circle ONLOAD="alert(1)"/></g></svg>',
      "<svg><text>unclosed",
      "<html><body>not svg</body></html>",
    ];
    for (const text of bad) expect(svgNode(text), text).toBeNull();
  });
});

describe("button", () => {
  it("is a plain button of the chosen NL Design System variant", () => {
    const b = button("Volgende", "primary", { id: "next" });
    expect(b.type).toBe("button");
    expect(b.id).toBe("next");
    expect(b.className).toBe("utrecht-button utrecht-button--primary-action");
    expect(b.textContent).toBe("Volgende");
  });

  it("keeps extra classes and lets the type be overridden", () => {
    const b = button("Nederlands", "subtle", { class: "rs-language__option", type: "submit" });
    expect(b.className).toBe("utrecht-button utrecht-button--subtle rs-language__option");
    expect(b.type).toBe("submit");
  });
});
