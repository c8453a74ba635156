import type { App, Screen } from "../app";
import { chartFigure } from "../charts";
import { announce, append, el } from "../dom";
import { t } from "../i18n";
import { whileLive } from "../live-updates";

/**
 * Full screen for the back of a room: the group's name and size, one chart
 * per step, no controls. → / Space / Enter next, ← previous, Esc leaves.
 */
export function projectionScreen(groupId: string, showNames: boolean, start = 0): Screen {
  let step = start;
  return async (app: App) => {
    const live = await app.backend.liveStatus();
    const hidden = live !== null && live.groupId === groupId && !live.revealed;
    const shown = await app.backend.projectionStep(groupId, step);
    document.body.classList.add("rs-projecting");
    void app.backend.setFullscreen(true);
    append(
      app.main,
      el(
        "div",
        { class: "rs-projection", id: "projection" },
        el("h1", { class: "rs-projection__title", id: "projection-heading" }, t("projection-title", { name: shown.name, count: shown.count })),
        hidden ? null : chartFigure(shown.svg, shown.caption, "projection-chart"),
        el("p", { class: "rs-projection__caption", id: "projection-caption" }, hidden ? t("live-hidden") : shown.caption),
        el("p", { class: "rs-visually-hidden" }, t("projection-keys", { step: shown.step + 1, steps: shown.steps })),
      ),
    );
    const leave = (): void => {
      document.body.classList.remove("rs-projecting");
      void app.backend.setFullscreen(false);
      void app.go({ name: "group", id: groupId, showNames });
    };
    const go = (next: number): void => {
      if (next < 0 || next >= shown.steps || next === step) return;
      step = next;
      void app.show(projectionScreen(groupId, showNames, step)).then(() => announce(document.getElementById("projection-caption")?.textContent ?? ""));
    };
    function onKey(event: KeyboardEvent): void {
      if (event.key === "Escape") {
        event.preventDefault();
        leave();
      } else if (["ArrowRight", "ArrowDown", "PageDown", " ", "Enter"].includes(event.key)) {
        event.preventDefault();
        go(step + 1);
      } else if (["ArrowLeft", "ArrowUp", "PageUp", "Backspace"].includes(event.key)) {
        event.preventDefault();
        go(step - 1);
      }
    }
    document.addEventListener("keydown", onKey);
    // During a live session the chart follows the room: drawn again (at
    // most once a second) as results come in or are revealed.
    const stopLive =
      live && live.groupId === groupId
        ? await whileLive(app, groupId, live, () => app.show(projectionScreen(groupId, showNames, step)))
        : null;
    // Leaving (or the next step drawing) removes this step's key handler.
    return () => {
      document.removeEventListener("keydown", onKey);
      stopLive?.();
    };
  };
}
