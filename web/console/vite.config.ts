import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { apiReferenceBundle } from "../../scripts/api-reference-bundle";

// The console is built to web/dist and served by the Worker as static assets
// (wrangler.toml [assets], SPA fallback). The web chat widget builds beside it, and so does
// the API reference's script (web/dist/docs/scalar.js), so /docs works offline.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), apiReferenceBundle()],
  build: {
    outDir: "../dist",
    // A watching rebuild (npm run dev) must not delete the widget built beside the console.
    emptyOutDir: !process.argv.includes("--watch"),
    target: "es2022",
    sourcemap: false,
    reportCompressedSize: true,
  },
});
