// Exports the D1 database to backups/posada-<time>.sql (schema and data, `wrangler d1 export`).
//
//   npm run backup                the local database of `npm run dev` (.wrangler/state)
//   npm run backup -- --remote    the deployed database
//
// D1 only: a deployment on Postgres (DATABASE=postgres) is backed up by Neon (point-in-time restore)
// or `pg_dump "$DATABASE_URL"`. Restoring: docs/runbooks/backup-y-restauracion.md.
import { execFileSync } from "node:child_process";
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";

const remote = process.argv.includes("--remote");
const root = path.join(import.meta.dirname, "..");
const folder = path.join(root, "backups");
mkdirSync(folder, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const file = path.join(folder, `posada-${remote ? "remote" : "local"}-${stamp}.sql`);
execFileSync(path.join(root, "node_modules", ".bin", "wrangler"), ["d1", "export", "posada", remote ? "--remote" : "--local", "--output", file], { cwd: root, stdio: "inherit" });
console.log(`${file} (${Math.round(statSync(file).size / 1024)} kB)`);
