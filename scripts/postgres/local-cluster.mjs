// A PostgreSQL of the machine's own (Debian's package, installed when missing), with its data under
// .wrangler/postgres and listening on loopback only, for `npm run dev:postgres` and `npm run test:postgres`.
// A cluster already on the machine (another project's, on 5432) is never touched: this one has its own
// data directory, port and socket directory.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, chownSync } from "node:fs";
import path from "node:path";


const ROOT = path.resolve(import.meta.dirname, "../..");
export const DEFAULT_PORT = 54329;
const DATABASE = "posada";

function binDir() {
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base) ? readdirSync(base).filter((v) => existsSync(path.join(base, v, "bin", "initdb"))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  return newest ? path.join(base, newest, "bin") : null;
}

/** Debian's PostgreSQL server binaries, installed with apt when missing. */
export function ensurePostgresInstalled() {
  let bin = binDir();
  if (bin) return bin;
  console.log("PostgreSQL is not installed: installing Debian's package (apt-get install postgresql)…");
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const run = (args) => {
    const r = spawnSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (r.status !== 0) throw new Error(`${args.join(" ")} failed`);
  };
  run(["apt-get", "update", "-qq"]);
  run(["apt-get", "install", "-y", "-qq", "postgresql", "postgresql-contrib"]);
  bin = binDir();
  if (!bin) throw new Error("apt-get installed postgresql but no initdb was found under /usr/lib/postgresql");
  return bin;
}

// PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
const asRoot = process.getuid?.() === 0;
function runPg(bin, tool, args, options = {}) {
  const command = asRoot ? "runuser" : path.join(bin, tool);
  const fullArgs = asRoot ? ["-u", "postgres", "--", path.join(bin, tool), ...args] : args;
  return execFileSync(command, fullArgs, { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", ...options });
}

/**
 * Starts (initialising on first use) the cluster in `dir` on `port`, creates the database and applies
 * migrations-postgres/. Returns the connection string. Idempotent: a running cluster is reused.
 */
export function startLocalPostgres({ dir = path.join(ROOT, ".wrangler", "postgres"), port = DEFAULT_PORT, database = DATABASE } = {}) {
  const bin = ensurePostgresInstalled();
  const data = path.join(dir, "data");
  const sockets = path.join(dir, "run");
  mkdirSync(sockets, { recursive: true });
  if (asRoot) {
    const { uid, gid } = postgresUser();
    for (const d of [dir, sockets]) chownSync(d, uid, gid);
  }
  if (!existsSync(path.join(data, "PG_VERSION"))) {
    mkdirSync(data, { recursive: true, mode: 0o700 });
    if (asRoot) chownSync(data, postgresUser().uid, postgresUser().gid);
    runPg(bin, "initdb", ["-D", data, "-U", "posada", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]);
  }
  if (!isRunning(bin, data)) {
    const options = `-p ${port} -k ${sockets} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200`;
    runPg(bin, "pg_ctl", ["start", "-w", "-D", data, "-l", path.join(dir, "postgres.log"), "-o", options]);
  }
  const psql = (db, args, opts) => execFileSync("psql", ["-h", "127.0.0.1", "-p", String(port), "-U", "posada", "-d", db, "-v", "ON_ERROR_STOP=1", "-qAt", ...args], { encoding: "utf8", ...opts });
  const exists = psql("postgres", ["-c", `SELECT 1 FROM pg_database WHERE datname = '${database}'`]).trim() === "1";
  if (!exists) psql("postgres", ["-c", `CREATE DATABASE "${database}"`]);
  const url = `postgres://posada@127.0.0.1:${port}/${database}`;
  applyPostgresMigrations(url);
  return { url, port, database, stop: () => runPg(bin, "pg_ctl", ["stop", "-m", "fast", "-D", data]) };
}

/** Whether the cluster in `data` is up (pg_ctl status). */
function isRunning(bin, data) {
  return spawnSync(asRoot ? "runuser" : path.join(bin, "pg_ctl"), [...(asRoot ? ["-u", "postgres", "--", path.join(bin, "pg_ctl")] : []), "status", "-D", data], { stdio: "ignore" }).status === 0;
}

/** Stops the cluster in `dir` if it runs; one that is down (or was never made) is left as it is. */
export function stopLocalPostgres({ dir = path.join(ROOT, ".wrangler", "postgres") } = {}) {
  const data = path.join(dir, "data");
  if (!existsSync(path.join(data, "PG_VERSION"))) return false;
  const bin = ensurePostgresInstalled();
  if (!isRunning(bin, data)) return false;
  runPg(bin, "pg_ctl", ["stop", "-m", "fast", "-D", data]);
  return true;
}

function postgresUser() {
  const [, , uid, gid] = readFileSync("/etc/passwd", "utf8").split("\n").find((l) => l.startsWith("postgres:"))?.split(":") ?? [];
  if (!uid) throw new Error("no postgres user (Debian's postgresql package creates it)");
  return { uid: Number(uid), gid: Number(gid) };
}

/** Applies migrations-postgres/ in the journal's order, each once, each in one transaction. */
export function applyPostgresMigrations(url, migrationsDir = path.join(ROOT, "migrations-postgres")) {
  const psql = (args, input) => execFileSync("psql", [url, "-v", "ON_ERROR_STOP=1", "-qAt", ...args], { encoding: "utf8", input });
  psql(["-c", "SET client_min_messages = warning; CREATE TABLE IF NOT EXISTS __posada_migrations (tag text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"]);
  const applied = new Set(psql(["-c", "SELECT tag FROM __posada_migrations"]).split("\n").filter(Boolean));
  const journal = JSON.parse(readFileSync(path.join(migrationsDir, "meta", "_journal.json"), "utf8"));
  const done = [];
  for (const { tag } of journal.entries) {
    if (applied.has(tag)) continue;
    const body = readFileSync(path.join(migrationsDir, `${tag}.sql`), "utf8").replaceAll("--> statement-breakpoint", "");
    psql(["-1", "-f", "-"], `${body}\n;INSERT INTO __posada_migrations (tag) VALUES ('${tag}');\n`);
    done.push(tag);
  }
  return done;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const command = process.argv[2] ?? "start";
  const port = Number(process.env.POSADA_POSTGRES_PORT ?? DEFAULT_PORT);
  if (command === "stop") console.log(stopLocalPostgres() ? "stopped" : "not running");
  else console.log(startLocalPostgres({ port }).url);
}
