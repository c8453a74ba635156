// Starting a new scan from anywhere (the welcome and result screens). A scan
// in progress is never thrown away unasked: the backend starts a new scan
// only when told which scan in progress it replaces, and otherwise says
// which one is in progress, so the person is asked here first.
import type { App } from "./app";
import type { StartOutcome } from "./backend";
import { button, confirmBox } from "./dom";
import { t } from "./i18n";

/**
 * Starts a new scan. `replacing` names the scan in progress the person has
 * already agreed to throw away (the welcome screen asks before it calls);
 * when another scan is in progress, the question appears after `near`.
 */
export async function startNewScan(app: App, near: HTMLElement, replacing: string | null = null): Promise<void> {
  try {
    const outcome = await app.backend.startScan(replacing);
    if (outcome.kind === "started") {
      await app.go({ name: "scan", scan: outcome.scan });
    } else {
      askBeforeReplacing(app, near, outcome);
    }
  } catch (error) {
    app.showError(error);
  }
}

type InProgress = Extract<StartOutcome, { kind: "inProgress" }>;

/** Asks what to do with the scan in progress; going on with it is the focused choice. */
function askBeforeReplacing(app: App, near: HTMLElement, pending: InProgress): void {
  document.getElementById("replace-scan")?.remove();
  const scan = pending.scan;
  const close = (): void => {
    box.remove();
    near.focus();
  };
  const box = confirmBox(
    "replace-scan",
    scan
      ? t("scan-replace-question", { answered: pending.answered, total: scan.statements.length })
      : t("scan-replace-question-other", { answered: pending.answered }),
    t("scan-replace-yes"),
    t(scan ? "scan-replace-resume" : "scan-replace-keep"),
    () => void startNewScan(app, near, pending.assessmentId),
    () => (scan ? void app.go({ name: "scan", scan }) : close()),
  );
  if (scan) {
    const cancel = button(t("scan-replace-cancel"), "subtle", { id: "replace-scan-cancel" });
    cancel.addEventListener("click", close);
    box.querySelector(".rs-actions")?.append(cancel);
  }
  near.insertAdjacentElement("afterend", box);
  box.querySelector<HTMLButtonElement>("#replace-scan-no")?.focus();
}
