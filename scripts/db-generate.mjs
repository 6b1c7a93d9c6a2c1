#!/usr/bin/env node
// `npm run db:generate -- --name <name>`: one migration per database from the one set of tables,
// D1's in migrations/ (drizzle.config.ts) and Postgres's in migrations-postgres/ (drizzle.postgres.config.ts).
import { spawnSync } from "node:child_process";

const args = process.argv.slice(2);
for (const config of ["drizzle.config.ts", "drizzle.postgres.config.ts"]) {
  const run = spawnSync("drizzle-kit", ["generate", "--config", config, ...args], { stdio: "inherit", shell: process.platform === "win32" });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
