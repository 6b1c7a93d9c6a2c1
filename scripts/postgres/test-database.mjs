// For `npm run test:postgres`: the local cluster, a template database migrated from migrations-postgres/
// (rebuilt on every run, so it always matches the migrations) and the WebSocket proxy the Worker's
// driver connects through. Each worker test file then copies the template into a database of its own
// (tests/worker/setup/apply-migrations.ts), as each file gets a fresh D1.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { applyPostgresMigrations, startLocalPostgres } from "./local-cluster.mjs";
import { startSqlOverHttp } from "./sql-over-http.mjs";

export const TEMPLATE = "posada_template";
export const FILE_DATABASE_PREFIX = "posada_file_";

export async function startTestPostgres() {
  const cluster = startLocalPostgres({ database: "postgres" });
  const base = cluster.url.replace(/\/postgres$/, "");
  const psql = (sql) => execFileSync("psql", [`${base}/postgres`, "-v", "ON_ERROR_STOP=1", "-qAt", "-c", sql], { encoding: "utf8" });
  // Databases left by an earlier run (files' copies and the template) go first.
  const stale = psql(`SELECT datname FROM pg_database WHERE datname LIKE '${FILE_DATABASE_PREFIX}%' OR datname = '${TEMPLATE}'`).split("\n").filter(Boolean);
  for (const name of stale) psql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  psql(`CREATE DATABASE "${TEMPLATE}"`);
  applyPostgresMigrations(`${base}/${TEMPLATE}`);
  const endpoint = await startSqlOverHttp({ postgresPort: cluster.port });
  const started = {
    bindings: {
      DATABASE: "postgres",
      // Each test file replaces this with its own copy of the template (see the setup file).
      DATABASE_URL: `${base}/${TEMPLATE}`,
      POSTGRES_SERVER_URL: base,
      POSTGRES_HTTP_ENDPOINT: endpoint.endpoint,
      // What TEST_MIGRATIONS is for D1: a test of a data migration runs the one this database gets.
      TEST_POSTGRES_MIGRATIONS: postgresMigrations(),
    },
    close: endpoint.close,
  };
  // The test run's global teardown closes it (tests/worker/setup/postgres-teardown.ts).
  globalThis.__posadaTestPostgres = started;
  return started;
}

/** migrations-postgres/ as `{ name, queries }` in the journal's order, the shape of D1's TEST_MIGRATIONS. */
function postgresMigrations() {
  const dir = path.resolve(import.meta.dirname, "../../migrations-postgres");
  const journal = JSON.parse(readFileSync(path.join(dir, "meta", "_journal.json"), "utf8"));
  return journal.entries.map(({ tag }) => ({
    name: `${tag}.sql`,
    queries: readFileSync(path.join(dir, `${tag}.sql`), "utf8").split("--> statement-breakpoint").map((q) => q.trim()).filter(Boolean),
  }));
}

export async function stopTestPostgres() {
  await globalThis.__posadaTestPostgres?.close();
}
