// The one module that talks to Rust. Screens receive a `Backend`, so unit
// tests can pass a fake one; the app and the end-to-end tests use `tauriBackend`.
// Every shape that crosses is generated from the Rust types into ./wire.ts,
// and every call from the Rust commands into ./commands.ts.
import { listen } from "@tauri-apps/api/event";
import { commands } from "./commands";
import type { AppError, LiveStatus, Startup } from "./wire";

export type * from "./wire";

export type Language = Startup["language"];
// Facts Rust decides, generated into wire.ts with the types.
export { LIMITS, QUESTIONS, ROLES } from "./wire";

/** True for an error from Rust: `{ code }`, put into words by `errorText`. */
export function isAppError(value: unknown): value is AppError {
  return typeof value === "object" && value !== null && typeof (value as AppError).code === "string";
}

/**
 * The app's commands, generated from their one declaration in
 * src-tauri/src/commands.rs (./commands.ts), and the app's one event.
 */
export const tauriBackend = {
  ...commands,
  /** Calls `handler` when the live session changes (throttled by Rust); resolves to "stop listening". */
  onLiveChange: (handler: (status: LiveStatus) => void): Promise<() => void> =>
    listen<LiveStatus>("live-changed", (event) => handler(event.payload)),
};

/** What screens talk to: the app's commands, or a fake one in unit tests. */
export type Backend = typeof tauriBackend;
