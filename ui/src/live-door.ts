// The parts of opening a live session that the group screen and a request
// to colleagues share: choosing the room's network and starting, and the
// QR code of the address phones open.
import type { App } from "./app";
import type { LiveStatus } from "./backend";
import { button, el, svgNode } from "./dom";
import { t } from "./i18n";

/**
 * The room's network to choose and a button that starts the session on it
 * (`start` runs with the address chosen); or, when this computer has no
 * network, a note that says what to do. Ids start with `prefix`.
 */
export async function networkChoice(app: App, prefix: string, label: string, start: (address: string) => Promise<void>): Promise<HTMLElement[]> {
  const addresses = await app.backend.liveAddresses();
  if (addresses.length === 0) {
    return [
      el("div", { class: "utrecht-alert utrecht-alert--warning", id: `${prefix}-no-network`, role: "status" }, el("p", { class: "utrecht-paragraph" }, t("live-no-network"))),
    ];
  }
  const select = el("select", { id: `${prefix}-address`, class: "utrecht-textbox utrecht-textbox--html-input rs-select" });
  for (const a of addresses) {
    select.append(
      el("option", { value: a.address }, t(a.isDefault ? "live-address-default" : "live-address-option", { interface: a.interface, address: a.address })),
    );
  }
  const go = button(label, "primary", { id: `${prefix}-start` });
  go.addEventListener("click", () => {
    void (async () => {
      try {
        await start(select.value);
      } catch (error) {
        app.showError(error);
      }
    })();
  });
  return [
    el("div", { class: "rs-field" }, el("label", { class: "utrecht-form-label", for: `${prefix}-address` }, t("live-address-label")), select),
    el("div", { class: "utrecht-button-group rs-actions" }, go),
  ];
}

/** Draws the QR code of `status`'s join address into `figure`, when it changed. */
export function drawQr(figure: HTMLElement, status: LiveStatus): void {
  if (figure.dataset["url"] === status.joinUrl) return;
  figure.dataset["url"] = status.joinUrl;
  const svg = svgNode(status.qrSvg);
  if (svg) {
    svg.setAttribute("aria-hidden", "true");
    svg.removeAttribute("width");
    svg.removeAttribute("height");
  }
  figure.replaceChildren(...(svg ? [svg] : []));
  figure.setAttribute("aria-label", t("live-qr-label", { url: status.joinUrl }));
}

/**
 * How phones join, as the projector and a request's room show it: the QR
 * code beside the address to type and the code, large (`more` after).
 */
export function joinPanel(qr: HTMLElement, url: HTMLElement, code: HTMLElement, ...more: HTMLElement[]): HTMLElement {
  return el(
    "div",
    { class: "rs-live" },
    qr,
    el(
      "div",
      { class: "rs-live__how" },
      el("p", { class: "utrecht-paragraph" }, t("live-join-scan")),
      url,
      el("p", { class: "utrecht-paragraph rs-live__code-label" }, t("live-code-label")),
      code,
      ...more,
    ),
  );
}
