// Small helpers to build DOM nodes. Text always goes in as text nodes: no
// string from a file, a user or Rust is ever parsed as HTML.

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | null>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** How prominent a button is (NL Design System button variants). */
export type ButtonKind = "primary" | "secondary" | "subtle";

/** A `type="button"` NL Design System button; `attrs` may override the type or add classes. */
export function button(label: string, kind: ButtonKind, attrs: Attrs = {}): HTMLButtonElement {
  const variant = kind === "subtle" ? "subtle" : `${kind}-action`;
  const extra = typeof attrs["class"] === "string" ? ` ${attrs["class"]}` : "";
  return el(
    "button",
    { type: "button", ...attrs, class: `utrecht-button utrecht-button--${variant}${extra}` },
    label,
  );
}

/** An in-page "are you sure?" with the safe choice focused first. */
export function confirmBox(
  id: string,
  question: string,
  yesLabel: string,
  noLabel: string,
  onYes: () => void,
  onNo: () => void,
  ...details: Child[]
): HTMLElement {
  const yes = button(yesLabel, "secondary", { id: `${id}-yes` });
  const no = button(noLabel, "primary", { id: `${id}-no` });
  yes.addEventListener("click", onYes);
  no.addEventListener("click", onNo);
  return el(
    "div",
    { class: "utrecht-alert utrecht-alert--warning rs-confirm", role: "group", "aria-labelledby": `${id}-question`, id },
    el("p", { class: "utrecht-paragraph", id: `${id}-question` }, question),
    ...details,
    el("div", { class: "utrecht-button-group rs-actions" }, no, yes),
  );
}

/**
 * Asks under `entry` whether to go on, when `trigger` is pressed: "no"
 * (focused first) takes the question away and gives focus back to the
 * trigger; "yes" runs `onYes`, whose failure goes to `showError`.
 */
export function confirmOnPress(
  entry: HTMLElement,
  trigger: HTMLButtonElement,
  id: string,
  words: { question: string; yes: string; no: string },
  onYes: () => Promise<void>,
  showError: (error: unknown) => void,
): void {
  trigger.addEventListener("click", () => {
    const box = confirmBox(
      id,
      words.question,
      words.yes,
      words.no,
      () => void onYes().catch(showError),
      () => {
        box.remove();
        trigger.focus();
      },
    );
    entry.querySelector(".rs-confirm")?.remove();
    entry.append(box);
    box.querySelector<HTMLButtonElement>("button")?.focus();
  });
}

/**
 * Parses SVG made by our Rust chart code into a node. It is parsed as XML, in
 * an inert document, and only an <svg> root without scripts or event handler
 * attributes is accepted; the CSP forbids inline script besides.
 */
export function svgNode(svgText: string): SVGSVGElement | null {
  const doc = new DOMParser().parseFromString(svgText, "image/svg+xml");
  const root = doc.documentElement;
  if (root.nodeName !== "svg" || doc.getElementsByTagName("parsererror").length > 0) return null;
  // One pass over every element and attribute, without copying lists: group
  // charts hold thousands of elements.
  const all = doc.getElementsByTagName("*");
  for (let i = 0; i < all.length; i++) {
    const node = all[i] as Element;
    const name = node.localName.toLowerCase();
    if (name === "script" || name === "foreignobject") return null;
    const attributes = node.attributes;
    for (let j = 0; j < attributes.length; j++) {
      const attr = attributes[j] as Attr;
      const attrName = attr.name.toLowerCase();
      if (attrName.startsWith("on")) return null;
      if ((attrName === "href" || attrName.endsWith(":href") || attrName === "src") && /javascript:/i.test(attr.value)) {
        return null;
      }
    }
  }
  return document.importNode(root, true) as unknown as SVGSVGElement;
}

/** Says something to screen-reader users through the polite live region. */
export function announce(text: string): void {
  const region = document.getElementById("announcer");
  if (!region) return;
  region.textContent = "";
  // A new text node after clearing makes screen readers read it again.
  window.setTimeout(() => {
    region.textContent = text;
  }, 50);
}
