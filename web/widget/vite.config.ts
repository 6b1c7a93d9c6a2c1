import { defineConfig } from "vite";

// The guest chat widget: one small script a lodging embeds on its own website,
// built beside the console into web/dist/chat-widget.js.
export default defineConfig({
  root: import.meta.dirname,
  build: {
    outDir: "../dist",
    emptyOutDir: false,
    target: "es2020",
    lib: { entry: "src/widget.ts", name: "PosadaChat", formats: ["iife"], fileName: () => "chat-widget.js" },
  },
});
