// Screens that show a group during a live session (the group screen and
// projection) follow the room through this one helper.
import type { App } from "./app";
import type { LiveStatus } from "./backend";

/**
 * While a live session runs on this group: `redraw` when results are
 * revealed or hidden, or when more have come in while shown — at most once a
 * second, however many phones finish. Resolves to "stop".
 */
export async function whileLive(
  app: App,
  groupId: string,
  first: LiveStatus,
  redraw: (status: LiveStatus) => Promise<void>,
): Promise<() => void> {
  let shown = first;
  let latest = first;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const changed = (s: LiveStatus) =>
    s.revealed !== shown.revealed || (s.revealed && s.counts.finished !== shown.counts.finished);
  const refresh = async (): Promise<void> => {
    const status = latest;
    if (changed(status)) {
      shown = status;
      try {
        await redraw(status);
      } catch (error) {
        app.showError(error);
      }
    }
    timer = setTimeout(() => {
      timer = null;
      if (changed(latest)) void refresh();
    }, 1000);
  };
  const stop = await app.backend.onLiveChange((status) => {
    if (status.groupId !== groupId) return;
    latest = status;
    if (!timer) void refresh();
  });
  return () => {
    stop();
    if (timer) clearTimeout(timer);
  };
}
