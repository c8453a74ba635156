import { createHash } from "node:crypto";
import { defineConfig, type Plugin } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";

/**
 * The page's own Content-Security-Policy, as a meta tag first in <head>:
 * nothing may load or connect, and only this page's one script and one
 * style (by their SHA-256) may run. The request's data is a JSON block,
 * which no browser runs.
 */
function strictPolicy(): Plugin {
  const hash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
  const withPolicy = (html: string): string => {
    const scripts = [...html.matchAll(/<script type="module"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => hash(m[1] ?? ""));
    const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1] ?? ""));
    if (scripts.length !== 1 || styles.length !== 1) {
      throw new Error(`the form must have one inline script and one style, not ${scripts.length} and ${styles.length}`);
    }
    const policy = [
      "default-src 'none'",
      `script-src ${scripts.join(" ")}`,
      `style-src ${styles.join(" ")}`,
      "img-src 'none'",
      "connect-src 'none'",
      "form-action 'none'",
      "base-uri 'none'",
    ].join("; ");
    return html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
  };
  return {
    name: "rolspiegel-form-csp",
    enforce: "post",
    // After the single-file plugin has put the script and the style inline.
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === "asset" && file.fileName.endsWith(".html")) {
            file.source = withPolicy(String(file.source));
          }
        }
      },
    },
  };
}

// The colleagues' answer form: one self-contained HTML file (script and
// style inline, no fonts, no requests), built into ui/dist-form, which
// crates/app fills with a request's texts and writes for the person to send.
export default defineConfig({
  root: ".",
  base: "./",
  clearScreen: false,
  plugins: [viteSingleFile({ removeViteModuleLoader: true }), strictPolicy()],
  build: {
    outDir: "dist-form",
    emptyOutDir: true,
    // Browsers a few years old, on laptops and phones.
    target: ["safari15", "chrome100", "firefox100"],
    modulePreload: { polyfill: false },
    rollupOptions: { input: "colleague-form.html" },
  },
});
