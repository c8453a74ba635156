import pruneVar from "postcss-prune-var";
import { defineConfig } from "vite";

// The phone page of a live workshop: a second entry, built into
// ui/dist-phone, which crates/workshop embeds and serves to phones. It
// shares the scan screen, i18n and the Fluent files with the desktop UI,
// but none of the desktop's screens, fonts or Tauri code.
export default defineConfig({
  root: ".",
  base: "/",
  clearScreen: false,
  server: { fs: { allow: [".."] } },
  css: { postcss: { plugins: [pruneVar()] } },
  build: {
    outDir: "dist-phone",
    emptyOutDir: true,
    // Phones a few years old: Safari 15 and Chrome of the same age.
    target: ["safari15", "chrome100"],
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rollupOptions: { input: "phone.html" },
  },
});
