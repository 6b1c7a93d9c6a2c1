import { defineConfig } from "vite";

// The guest portal's script: plain DOM, no framework, so a phone on a slow network shows the stay
// at once. Built beside the console into web/dist/guest-portal.js; the Worker's /guest/:token page
// carries the stay's data and loads it.
export default defineConfig({
  root: import.meta.dirname,
  build: {
    outDir: "../dist",
    emptyOutDir: false,
    target: "es2020",
    lib: { entry: "src/portal.ts", name: "PosadaGuestPortal", formats: ["iife"], fileName: () => "guest-portal.js" },
  },
});
