import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  schema: "./workers/platform/db/schema/index.ts",
  out: "./migrations",
});
