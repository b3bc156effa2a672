import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  worker: { format: "es" },
  build: {
    target: "es2022",
    // Monaco alone is a few megabytes; it is one cacheable chunk, not a mistake.
    chunkSizeWarningLimit: 4096,
  },
  preview: { port: 4173, strictPort: true },
});
