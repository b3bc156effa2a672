import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";

export default defineConfig({
  // Relative URLs: the build works from any static host under any path (https://host/any/path/).
  base: "./",
  plugins: [
    react(),
    // No modulepreload of Monaco's chunk in the HTML: on two cores its download and compilation
    // competed with the page's own script and held the first screen back (about 1.5 s against 1.0 s
    // to take typing, at load 8). It is fetched after the first paint (firstScreen.ts).
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
