// Files dropped anywhere on the window. With Tauri's own drag-and-drop off,
// WebKit would open a dropped file in place of the app; every drop is caught
// here, and only a screen that asked for files (the group screen) gets them.

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
