import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The console is built to web/dist and served by the Worker as static assets
// (wrangler.toml [assets], SPA fallback). The web chat widget builds beside it.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: "../dist",
    // A watching rebuild (npm run dev) must not delete the widget built beside the console.
    emptyOutDir: !process.argv.includes("--watch"),
    target: "es2022",
    sourcemap: false,
    reportCompressedSize: true,
  },
});
