import { defineConfig } from "drizzle-kit";

// The same tables as drizzle.config.ts, made for Postgres from the D1 definitions (see README, "Two databases").
export default defineConfig({
  dialect: "postgresql",
  schema: "./workers/platform/db/postgres/schema.ts",
  out: "./migrations-postgres",
});
