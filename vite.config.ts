import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import type { Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";

/**
 * The editor (Monaco) is the first screen and most of the download, but it is a dynamic import,
 * which the browser would only find after running the page's script: a modulepreload in the HTML
 * starts its download at once, beside the page's own script.
 */
function preloadEditor(): Plugin {
  return {
    name: "bpfplay:preload-editor",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === "chunk" && c.facadeModuleId?.endsWith("/src/ui/monaco/CodeEditor.tsx"));
        if (!chunk || chunk.type !== "chunk") return [];
        return [chunk.fileName, ...chunk.imports].filter((f) => !html.includes(f)).map((f) => ({ tag: "link", attrs: { rel: "modulepreload", crossorigin: true, href: `./${f}` }, injectTo: "head" as const }));
      },
    },
  };
}

export default defineConfig({
  // Relative URLs: the build works from any static host under any path (https://host/any/path/).
  base: "./",
  plugins: [
    react(),
    preloadEditor(),
    // Offline once loaded: a generated service worker precaches every file of the build (workbox,
    // through vite-plugin-pwa). A new build's worker installs on the next visit and takes over once
    // every tab of the old build has closed (no skipWaiting): an open tab keeps the files it loaded
    // with, its lazy chunks included.
    VitePWA({
      registerType: "autoUpdate",
      injectRegister: "script-defer",
      manifest: false,
      workbox: {
        globPatterns: ["**/*.{html,js,css,svg,ttf,woff2,wasm}"],
        // Monaco's chunk is 3.4 MB before compression; workbox skips files over 2 MB by default.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: "index.html",
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  worker: { format: "es" },
  build: {
    target: "es2022",
    // Monaco's editor core is one chunk of about 3.4 MB (0.9 MB gzipped) that loads in parallel with
    // the page and is then cached; every other chunk is under 500 kB. The limit sits just above
    // Monaco so that any other chunk growing past it is reported.
    chunkSizeWarningLimit: 3600,
  },
  preview: { port: 4173, strictPort: true },
});
