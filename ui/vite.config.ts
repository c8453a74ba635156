import pruneVar from "postcss-prune-var";
import { defineConfig } from "vitest/config";

// The UI is served by Tauri from ui/dist; Fluent files are imported from
// ../locales as raw text, so the folder above the UI root must be readable.
export default defineConfig({
  root: ".",
  base: "./",
  clearScreen: false,
  server: { fs: { allow: [".."] } },
  // styles/index.css pulls in the design tokens and the components in one
  // sheet; the tokens nothing in that sheet uses are dropped.
  css: { postcss: { plugins: [pruneVar()] } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "safari15",
    // Keep fonts as files: the CSP allows fonts from 'self' only, not data: URLs.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
    // Both languages' messages, loaded once before every test file.
    setupFiles: ["src/testing/setup.ts"],
  },
});
