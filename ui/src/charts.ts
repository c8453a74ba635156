// Charts on screen: SVG drawn by Rust (parsed safely by svgNode) inside a
// figure with a text alternative, plus the small history chart drawn here.
import type { Margin, Noise, RoleChangeView } from "./backend";
import { ROLES } from "./backend";
import { el, svgNode } from "./dom";
import { roleName, t } from "./i18n";

const SVG_NS = "http://www.w3.org/2000/svg";

/** A figure holding a Rust-drawn chart; `label` says in words what it shows. */
export function chartFigure(svgText: string | null, label: string, id: string): HTMLElement {
  const figure = el("figure", { class: "rs-chart", role: "img", "aria-label": label, id });
  const svg = svgText ? svgNode(svgText) : null;
  if (svg) {
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    svg.removeAttribute("width");
    svg.removeAttribute("height");
    figure.append(svg);
  } else {
    figure.removeAttribute("role");
    figure.removeAttribute("aria-label");
    figure.append(el("p", { class: "utrecht-paragraph" }, t("error-chart")));
  }
  return figure;
}

/**
 * A small triangle with the three scores, for lists. Decorative: the list
 * item says the mix and scores in words.
 */
export function miniChart(scores: readonly number[]): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("viewBox", "0 0 60 56");
  svg.setAttribute("class", "rs-mini");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  const centre = [30, 32];
  const radius = 24;
  const point = (index: number, value: number): string => {
    const angle = ((-90 + 120 * index) * Math.PI) / 180;
    const r = (radius * value) / 100;
    return `${(centre[0]! + r * Math.cos(angle)).toFixed(1)},${(centre[1]! + r * Math.sin(angle)).toFixed(1)}`;
  };
  const frame = document.createElementNS(SVG_NS, "polygon");
  frame.setAttribute("points", ROLES.map((_, i) => point(i, 100)).join(" "));
  frame.setAttribute("class", "rs-mini__frame");
  const shape = document.createElementNS(SVG_NS, "polygon");
  shape.setAttribute("points", ROLES.map((_, i) => point(i, Math.max(0, Math.min(100, scores[i] ?? 0)))).join(" "));
  shape.setAttribute("class", "rs-mini__shape");
  svg.append(frame, shape);
  return svg;
}

/** "+12,5" / "−3,0" / "0,0": a change in points with its sign. */
export function deltaText(delta: number): string {
  const rounded = Math.round(delta * 10) / 10;
  const sign = rounded > 0 ? "+" : rounded < 0 ? "−" : "";
  return sign + t("result-score", { score: Math.abs(rounded) });
}

/** Whether a change is larger than the measurement noise, in plain words. */
export function noiseText(noise: Noise): string {
  switch (noise.kind) {
    case "beyond":
      return t("noise-beyond", { band: noise.band, sure: noise.sure });
    case "within":
      return t("noise-within", { band: noise.band });
    case "unknown":
      switch (noise.reason) {
        case "noSpread":
          return t("noise-unknown-no-spread");
        case "differentVersions":
          return t("noise-unknown-versions");
        case "notKnown":
          return t("noise-unknown-not-known");
      }
  }
}

/** A score's margin: "54 tot 70". */
export const marginText = (margin: Margin): string => t("result-margin", { low: margin.low, high: margin.high });

/** A change's range: "tussen +1,0 en +23,5". */
export const changeRangeText = (range: Margin): string =>
  t("change-range", { low: deltaText(range.low), high: deltaText(range.high) });

/** One change as a sentence with its range, for the follow-up of a goal. */
export function changeSentence(change: RoleChangeView): string {
  const args = { role: roleName(change.role), from: change.from, to: change.to, delta: deltaText(change.delta) };
  return change.range
    ? t("change-sentence-range", { ...args, range: changeRangeText(change.range) })
    : t("change-sentence", args);
}

/** A change in a comparison: "Bureaucraat: +12,0 punten, tussen +1,0 en +23,0." */
export function changeVerdict(change: RoleChangeView): string {
  const args = { role: roleName(change.role), delta: deltaText(change.delta) };
  return change.range
    ? t("compare-verdict-range", { ...args, range: changeRangeText(change.range) })
    : t("compare-verdict", args);
}
