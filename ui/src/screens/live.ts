import type { App, Screen } from "../app";
import type { DeviceView, LiveStatus } from "../backend";
import { append, button, confirmBox, el } from "../dom";
import { drawQr, joinPanel } from "../live-door";
import { t } from "../i18n";
import { CELL, dataTable, NUMBER_CELL } from "../table";

/**
 * The devices that ask more than one phone does, each with a button that
 * blocks it (or lets it in again); `act` runs the facilitator's choice.
 */
function deviceTable(devices: readonly DeviceView[], act: (address: string, blocked: boolean) => void): HTMLElement {
  if (devices.length === 0) {
    return el("p", { class: "utrecht-paragraph", id: "live-devices-none" }, t("live-devices-none"));
  }
  const rows = devices.map((d) => {
    const choice = button(
      t(d.blocked ? "live-device-unblock" : "live-device-block", { address: d.address }),
      "secondary",
      { "data-address": d.address, class: d.blocked ? "" : "rs-danger" },
    );
    choice.addEventListener("click", () => act(d.address, !d.blocked));
    return el(
      "tr",
      { class: "utrecht-table__row" },
      el(
        "th",
        { scope: "row", class: "utrecht-table__header-cell" },
        d.blocked ? t("live-device-blocked", { address: d.address }) : d.address,
      ),
      el("td", { class: NUMBER_CELL }, String(d.participants)),
      el("td", { class: NUMBER_CELL }, String(d.waiting)),
      el("td", { class: NUMBER_CELL }, String(d.connections)),
      el("td", { class: NUMBER_CELL }, String(d.refused)),
      el("td", { class: CELL }, choice),
    );
  });
  return dataTable(
    "live-device-table",
    t("live-devices-caption"),
    [
      { head: t("live-device-address") },
      { head: t("live-device-participants"), numeric: true },
      { head: t("live-device-waiting"), numeric: true },
      { head: t("live-device-connections"), numeric: true },
      { head: t("live-device-refused"), numeric: true },
      { head: t("live-device-action") },
    ],
    rows,
  );
}

/**
 * The join screen of a live session, for the projector: the QR code, the
 * address and the code, large; how far the room is, kept up to date as
 * phones join, answer and finish; and the facilitator's controls.
 */
export function liveScreen(groupId: string): Screen {
  return async (app: App) => {
    const first = await app.backend.liveStatus();
    if (!first || first.groupId !== groupId) {
      await app.go({ name: "group", id: groupId });
      return;
    }
    const qr = el("figure", { class: "rs-live__qr", id: "live-qr", role: "img" });
    const url = el("p", { class: "rs-live__url", id: "live-url" });
    const code = el("p", { class: "rs-live__code", id: "live-code" });
    const joined = el("dd", { id: "live-joined" });
    const waiting = el("dd", { id: "live-waiting" });
    const answering = el("dd", { id: "live-answering" });
    const finished = el("dd", { id: "live-finished", "aria-live": "polite" });
    const closedNote = el("p", { class: "utrecht-paragraph", id: "live-closed", role: "status" });
    const joining = button("", "secondary", { id: "live-joining" });
    const renew = button(t("live-renew-code"), "secondary", { id: "live-renew" });
    const reveal = button("", "primary", { id: "live-reveal" });
    const end = button(t("live-end"), "secondary", { id: "live-end", class: "rs-danger" });
    const toGroup = button(t("live-to-group"), "secondary", { id: "live-to-group" });
    const removeWaiting = button("", "secondary", { id: "live-remove-waiting" });
    const devices = el("div", { id: "live-devices" });
    let current = first;

    const render = (status: LiveStatus): void => {
      current = status;
      drawQr(qr, status);
      url.textContent = t("live-join-type", { url: status.url });
      code.textContent = status.code;
      joined.textContent = String(status.counts.joined);
      waiting.textContent = String(status.counts.waiting);
      removeWaiting.textContent = t("live-remove-waiting", { count: status.counts.waiting });
      removeWaiting.disabled = status.counts.waiting === 0;
      // Redrawn only when it changed, so a focused button keeps its focus.
      const shown = JSON.stringify(status.devices);
      if (devices.dataset["shown"] !== shown) {
        const focused = (document.activeElement as HTMLElement | null)?.dataset?.["address"];
        devices.dataset["shown"] = shown;
        devices.replaceChildren(deviceTable(status.devices, blockDevice));
        if (focused) {
          [...devices.querySelectorAll<HTMLButtonElement>("button[data-address]")]
            .find((b) => b.dataset["address"] === focused)
            ?.focus();
        }
      }
      answering.textContent = String(status.counts.answering);
      finished.textContent = String(status.counts.finished);
      closedNote.textContent = status.joining ? "" : t("live-joining-closed");
      joining.textContent = t(status.joining ? "live-close-joining" : "live-open-joining");
      reveal.textContent = t(status.revealed ? "live-hide" : "live-reveal");
    };
    const act = (work: () => Promise<LiveStatus>) => async () => {
      try {
        render(await work());
      } catch (error) {
        app.showError(error);
      }
    };
    function blockDevice(address: string, blocked: boolean): void {
      void act(() => app.backend.liveBlock(address, blocked))();
    }
    removeWaiting.addEventListener("click", () => void act(() => app.backend.liveRemoveWaiting())());
    joining.addEventListener("click", () => void act(() => app.backend.liveSetJoining(!current.joining))());
    renew.addEventListener("click", () => void act(() => app.backend.liveRenewCode())());
    reveal.addEventListener("click", () => void act(() => app.backend.liveReveal(!current.revealed))());
    toGroup.addEventListener("click", () => void app.go({ name: "group", id: groupId }));
    end.addEventListener("click", () => {
      app.main.querySelector("#live-end-confirm")?.remove();
      const box = confirmBox(
        "live-end-confirm",
        t("live-end-confirm"),
        t("live-end-yes"),
        t("live-end-no"),
        () =>
          void (async () => {
            try {
              await app.backend.liveEnd();
              await app.go({ name: "group", id: groupId });
            } catch (error) {
              app.showError(error);
            }
          })(),
        () => {
          box.remove();
          end.focus();
        },
      );
      controls.after(box);
      box.querySelector<HTMLButtonElement>("#live-end-confirm-no")?.focus();
    });
    render(first);

    const count = (label: string, value: HTMLElement) =>
      el("div", { class: "rs-live__count" }, el("dt", {}, t(label)), value);
    const controls = el("div", { class: "utrecht-button-group rs-actions" }, reveal, joining, renew, toGroup, end);
    append(
      app.main,
      el("h1", { class: "utrecht-heading-1", id: "live-heading" }, t("live-join-heading")),
      joinPanel(qr, url, code, closedNote),
      el(
        "section",
        { class: "rs-section", "aria-labelledby": "live-counts-heading" },
        el("h2", { class: "utrecht-heading-2", id: "live-counts-heading" }, t("live-counts-heading")),
        el(
          "dl",
          { class: "rs-live__counts", id: "live-counts" },
          count("live-count-joined", joined),
          count("live-count-waiting", waiting),
          count("live-count-answering", answering),
          count("live-count-finished", finished),
        ),
      ),
      el("p", { class: "utrecht-paragraph", id: "live-hidden-note" }, t("live-hidden")),
      controls,
      el(
        "details",
        { class: "rs-section rs-live__devices", id: "live-device-panel" },
        el("summary", { class: "utrecht-heading-3" }, t("live-devices-heading")),
        el("p", { class: "utrecht-paragraph" }, t("live-devices-intro")),
        el("div", { class: "utrecht-button-group rs-actions" }, removeWaiting),
        devices,
      ),
      el(
        "section",
        { class: "rs-section", "aria-labelledby": "live-checklist-heading" },
        el("p", { class: "utrecht-paragraph" }, t("live-test-hint")),
        el("h2", { class: "utrecht-heading-2", id: "live-checklist-heading" }, t("live-checklist-heading")),
        el(
          "ul",
          { class: "utrecht-unordered-list" },
          ...["live-check-same-network", "live-check-guest", "live-check-mobile-data", "live-check-plain"].map((id) =>
            el("li", { class: "utrecht-unordered-list__item" }, t(id)),
          ),
        ),
      ),
    );
    // Live counts while this screen is on show; Rust throttles the events.
    const stop = await app.backend.onLiveChange((status) => {
      if (status.groupId === groupId) render(status);
    });
    return stop;
  };
}
