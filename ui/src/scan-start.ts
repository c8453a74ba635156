// Starting a new scan from anywhere (the welcome and result screens): the
// backend discards a scan in progress and the scan screen shows page one.
import type { App } from "./app";

export async function startNewScan(app: App): Promise<void> {
  try {
    await app.go({ name: "scan", scan: await app.backend.startScan() });
  } catch (error) {
    app.showError(error);
  }
}
