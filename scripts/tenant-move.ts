// Copies one tenant's rows from D1 to Postgres and proves the copy: per table, the row count and a
// SHA-256 over every row (columns in order, rows sorted) must be equal on both sides.
//
//   npm run tenant:move -- --tenant ten_… --to postgres                  local D1 of `npm run dev` (POSADA_STATE_DIR) → local PostgreSQL
//                                        [--into <database>]             (database `posada` of `npm run dev:postgres` unless named)
//   npm run tenant:move -- --tenant ten_… --to postgres --remote         deployed D1 → DATABASE_URL (a Neon connection string)
//
// The copy is one transaction on Postgres (all tables or none) and refuses a tenant Postgres already has.
// The calendar objects stay where they are (they are the source of truth and do not live in either
// database); once the deployment reads Postgres, their outboxes keep it current, version-guarded.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { getTableName, is } from "drizzle-orm";
import { getTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import * as schema from "../workers/platform/db/schema";
import { postgresD1 } from "../shared/database/postgres-d1";
import { startLocalPostgres } from "./postgres/local-cluster.mjs";
import { startSqlOverHttp } from "./postgres/sql-over-http.mjs";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
};
const tenant = option("tenant");
const remote = args.includes("--remote");
if (!tenant || !/^ten_[A-Za-z0-9_-]+$/.test(tenant) || option("to") !== "postgres") {
  console.error("usage: npm run tenant:move -- --tenant ten_… --to postgres [--remote]");
  process.exit(2);
}

const root = path.join(import.meta.dirname, "..");
const tables = inInsertOrder((Object.values(schema) as unknown[]).filter((t): t is SQLiteTable => is(t, SQLiteTable)));

/** Tables whose rows belong to a tenant: by tenant_id, or the tenant row itself. */
function ownerColumn(table: SQLiteTable): string | null {
  if (getTableName(table) === "tenants") return "id";
  return getTableConfig(table).columns.some((c) => c.name === "tenant_id") ? "tenant_id" : null;
}

/** Referenced tables first, so foreign keys hold while rows go in. */
function inInsertOrder(all: SQLiteTable[]): SQLiteTable[] {
  const done = new Set<string>();
  const ordered: SQLiteTable[] = [];
  const visit = (t: SQLiteTable) => {
    const name = getTableName(t);
    if (done.has(name)) return;
    done.add(name);
    for (const fk of getTableConfig(t).foreignKeys) visit(fk.reference().foreignTable as SQLiteTable);
    ordered.push(t);
  };
  all.forEach(visit);
  return ordered;
}

/**
 * The local D1 of `npm run dev`, read straight from its SQLite file (wrangler would take seconds per
 * table); POSADA_STATE_DIR names the state folder when dev was started with one.
 */
function localD1(): DatabaseSync {
  const state = process.env.POSADA_STATE_DIR ? path.resolve(process.env.POSADA_STATE_DIR) : path.join(root, ".wrangler", "state");
  const dir = path.join(state, "v3", "d1", "miniflare-D1DatabaseObject");
  const file = readdirSync(dir).find((f) => f.endsWith(".sqlite") && f !== "metadata.sqlite");
  if (!file) throw new Error(`no local D1 database in ${dir}: run npm run dev first`);
  return new DatabaseSync(path.join(dir, file), { readOnly: true });
}
const local = remote ? null : localD1();

function d1Rows(table: string, column: string): Record<string, unknown>[] {
  if (local) return local.prepare(`SELECT * FROM "${table}" WHERE "${column}" = ?`).all(tenant!) as Record<string, unknown>[];
  // `wrangler d1 execute` binds no parameters; the id was checked above to hold only its own characters.
  const out = execFileSync(
    path.join(root, "node_modules", ".bin", "wrangler"),
    ["d1", "execute", "posada", remote ? "--remote" : "--local", "--json", "--command", `SELECT * FROM "${table}" WHERE "${column}" = '${tenant}'`],
    { cwd: root, encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "inherit"] },
  );
  return (JSON.parse(out) as { results: Record<string, unknown>[] }[])[0]!.results;
}

/** Count and SHA-256 of a table's rows, independent of row order and of how each database types numbers. */
function fingerprint(rows: Record<string, unknown>[], columns: string[]): { count: number; sha256: string } {
  const lines = rows.map((row) => JSON.stringify(columns.map((c) => (row[c] === undefined ? null : row[c])))).sort();
  return { count: rows.length, sha256: createHash("sha256").update(lines.join("\n")).digest("hex") };
}

let target: { connectionString: string; httpEndpoint?: string };
let close = async () => {};
if (remote) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("--remote copies into DATABASE_URL: set it to the Neon connection string");
  target = { connectionString: url };
} else {
  const cluster = startLocalPostgres({ database: option("into") ?? "posada" });
  const endpoint = await startSqlOverHttp({ postgresPort: cluster.port });
  target = { connectionString: cluster.url, httpEndpoint: endpoint.endpoint };
  close = endpoint.close;
}
const pg = postgresD1(target);

try {
  const already = await pg.prepare(`SELECT count(*) AS n FROM tenants WHERE id = ?`).bind(tenant).first<{ n: number }>();
  if (already && already.n > 0) throw new Error(`${tenant} is already in Postgres; nothing was copied`);

  const source = new Map<string, { rows: Record<string, unknown>[]; columns: string[]; owner: string }>();
  const statements: D1PreparedStatement[] = [];
  for (const table of tables) {
    const name = getTableName(table);
    const owner = ownerColumn(table);
    if (!owner) {
      console.log(`  ${name}: no tenant column (shared or transient rows), not copied`);
      continue;
    }
    const columns = getTableConfig(table).columns.map((c) => c.name);
    const rows = d1Rows(name, owner);
    source.set(name, { rows, columns, owner });
    const list = columns.map((c) => `"${c}"`).join(", ");
    const slots = columns.map((_, i) => `?${i + 1}`).join(", ");
    for (const row of rows) statements.push(pg.prepare(`INSERT INTO "${name}" (${list}) VALUES (${slots})`).bind(...columns.map((c) => row[c] ?? null)));
  }
  // Ids copied into an autoincrement column (migrations-postgres/0006_autoincrement_ids.sql) move its
  // sequence past them, so the next row inserted without an id does not take one of theirs.
  const counters: D1PreparedStatement[] = [];
  for (const table of tables) {
    const name = getTableName(table);
    const counter = getTableConfig(table).columns.find((c) => (c as unknown as { autoIncrement?: boolean }).autoIncrement);
    if (!counter || !source.has(name)) continue;
    const seq = `${name}_${counter.name}_seq`;
    counters.push(
      pg.prepare(`SELECT setval('${seq}', (SELECT max("${counter.name}") FROM "${name}")) WHERE (SELECT max("${counter.name}") FROM "${name}") >= (SELECT last_value FROM ${seq})`),
    );
  }
  // Inserting units fires the trigger that bumps the tenant's units version (a search cache key), so
  // the tenant's row, inserted first for the foreign keys, is set back to D1's values last.
  const tenants = source.get("tenants");
  const restoreTenant = tenants?.rows[0]
    ? [pg.prepare(`UPDATE "tenants" SET ${tenants.columns.map((c, i) => `"${c}" = ?${i + 1}`).join(", ")} WHERE "id" = ?${tenants.columns.length + 1}`).bind(...tenants.columns.map((c) => tenants.rows[0]![c] ?? null), tenant)]
    : [];
  // Every table in one transaction: a failed copy leaves Postgres as it was.
  await pg.batch([...statements, ...restoreTenant, ...counters]);

  let mismatches = 0;
  for (const [name, { rows, columns, owner }] of source) {
    const copied = (await pg.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(", ")} FROM "${name}" WHERE "${owner}" = ?`).bind(tenant).all<Record<string, unknown>>()).results;
    const before = fingerprint(rows, columns);
    const after = fingerprint(copied, columns);
    const same = before.count === after.count && before.sha256 === after.sha256;
    if (!same) mismatches++;
    console.log(`  ${same ? "ok " : "BAD"} ${name}: ${before.count} rows${same ? "" : ` → ${after.count}`}, sha256 ${before.sha256.slice(0, 16)}${same ? "" : ` ≠ ${after.sha256.slice(0, 16)}`}`);
  }
  if (mismatches > 0) {
    console.error(`${mismatches} table(s) differ after the copy`);
    process.exitCode = 1;
  } else console.log(`${tenant}: ${statements.length} rows copied to Postgres, counts and checksums equal on both sides`);
} finally {
  await close();
}
