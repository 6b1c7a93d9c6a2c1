// Rebuilds one tenant's daily report rows from the read model, with the same SQL the calendars'
// outbox runs for each change (workers/reports/rebuild.ts), in one transaction.
//
//   npm run reports:rebuild -- --tenant=ten_…            the local database of `npm run dev`
//   npm run reports:rebuild -- --tenant=ten_… --remote   the deployed D1 database
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { REBUILD_TENANT_SQL } from "../workers/reports/rebuild";

const args = process.argv.slice(2);
const tenant = args.find((a) => a.startsWith("--tenant="))?.slice("--tenant=".length);
const remote = args.includes("--remote");
// Inlined into the SQL below, so only an id's own characters are accepted.
if (!tenant || !/^ten_[A-Za-z0-9_-]+$/.test(tenant)) {
  console.error("usage: npm run reports:rebuild -- --tenant=ten_… [--remote]");
  process.exit(2);
}

// `wrangler d1 execute` binds no parameters; the file runs as one batch, in one transaction.
const sql = REBUILD_TENANT_SQL.map((statement) => `${statement.replaceAll("?1", `'${tenant}'`)};`).join("\n");
const file = path.join(mkdtempSync(path.join(tmpdir(), "posada-reports-")), "rebuild.sql");
writeFileSync(file, sql);
const root = path.join(import.meta.dirname, "..");
execFileSync(path.join(root, "node_modules", ".bin", "wrangler"), ["d1", "execute", "posada", remote ? "--remote" : "--local", "--file", file, "--yes"], { cwd: root, stdio: "inherit" });
const count = `SELECT count(*) AS rows, min(day) AS first_day, max(day) AS last_day FROM report_daily WHERE tenant_id = '${tenant}'`;
execFileSync(path.join(root, "node_modules", ".bin", "wrangler"), ["d1", "execute", "posada", remote ? "--remote" : "--local", "--command", count], { cwd: root, stdio: "inherit" });
