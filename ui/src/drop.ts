// Files dropped anywhere on the window. With Tauri's own drag-and-drop off,
// WebKit would open a dropped file in place of the app; every drop is caught
// here, and only a screen that asked for files (the group screen) gets them.

import type { DroppedFile } from "./backend";

type DropHandler = (files: FileList) => void;

let handler: DropHandler | null = null;

/** The screen on show decides what a drop means; `null` ignores drops. */
export function onDroppedFiles(next: DropHandler | null): void {
  handler = next;
}

/** Installs the window-wide listeners once, at start-up. */
export function catchDrops(target: Document = document): void {
  target.addEventListener("dragover", (event) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = handler ? "copy" : "none";
  });
  target.addEventListener("drop", (event) => {
    event.preventDefault();
    const files = event.dataTransfer?.files;
    if (handler && files && files.length > 0) handler(files);
  });
}

/**
 * Reads dropped files in the web view (only what the person dropped) so
 * their bytes go to Rust, which decodes them exactly as files picked in the
 * dialog. A file over `limit` bytes is not read, and none once `total`
 * bytes are read; Rust counts those as not read.
 */
export async function readDropped(list: FileList, limit: number, total = Number.POSITIVE_INFINITY): Promise<DroppedFile[]> {
  let left = total;
  const read: DroppedFile[] = [];
  for (const file of Array.from(list)) {
    const fits = file.size <= limit && file.size <= left;
    if (fits) left -= file.size;
    read.push({ name: file.name, size: file.size, bytes: fits ? Array.from(new Uint8Array(await file.arrayBuffer())) : [] });
  }
  return read;
}
