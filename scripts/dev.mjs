#!/usr/bin/env node
// Starts the whole product locally: builds the console, applies D1 migrations to the embedded
// database, serves the Worker in workerd (API and console on one origin; scripts/dev/worker-server.mjs),
// seeds the demo tenant through the public API, prints the login. The console is rebuilt on every change while it runs.
// POSADA_STATE_DIR keeps the local database elsewhere (the browser tests use a fresh one).
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { startDemoSite } from "./demo-site.mjs";
import { seedDemo } from "./seed-demo.mjs";
import { startWorkerServer } from "./dev/worker-server.mjs";

// The tools are started directly, not through npx, so a signal to this script reaches them.
const bin = (name) => path.join(import.meta.dirname, "..", "node_modules", ".bin", name);

const port = Number(process.env.PORT ?? 8787);
const host = "127.0.0.1";
const base = `http://${host}:${port}`;
const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CI: process.env.CI ?? "1" };

const persist = process.env.POSADA_STATE_DIR ? ["--persist-to", process.env.POSADA_STATE_DIR] : [];
const quiet = process.env.POSADA_QUIET === "1";

// Always a production build: a NODE_ENV inherited from a test runner would bundle React's development build.
const buildEnv = { ...env, NODE_ENV: "production" };
for (const config of ["web/console/vite.config.ts", "web/widget/vite.config.ts", "web/guest/vite.config.ts"]) {
  const build = spawnSync(bin("vite"), ["build", "--config", config, "--logLevel", "warn"], { stdio: "inherit", env: buildEnv });
  if (build.status !== 0) {
    console.error(`Could not build ${config}; see the output above.`);
    process.exit(build.status ?? 1);
  }
}

// `npm run dev:postgres` (POSADA_DATABASE=postgres): the tenant database is a local PostgreSQL under
// .wrangler/postgres (Debian's package, installed if missing), reached through Neon's driver as in production.
const postgres = process.env.POSADA_DATABASE === "postgres" ? await startDevPostgres() : null;
if (!postgres) {
  const migrate = spawnSync(bin("wrangler"), ["d1", "migrations", "apply", "DB", "--local", ...persist], { stdio: quiet ? "ignore" : "inherit", env });
  if (migrate.status !== 0) {
    console.error("Could not apply D1 migrations; see the output above.");
    process.exit(migrate.status ?? 1);
  }
}

// The demo's surroundings: a lodging's website embedding the chat widget, an Airbnb feed, and a
// stand-in for WhatsApp's send API so the assistant's replies never reach Meta from a laptop.
const demoSite = await startDemoSite({ posadaBase: base, port: port + 1 });
process.env.WHATSAPP_API_BASE ??= `${demoSite.base}/graph/v21.0`;
// Provider API bases can point at local fakes (the browser tests pay and refund through one).
const providerBases = Object.fromEntries(["MERCADOPAGO_API_BASE", "STRIPE_API_BASE", "PAYU_API_BASE", "WHATSAPP_API_BASE", "RESEND_API_BASE"].filter((name) => process.env[name]).map((name) => [name, process.env[name]]));

const server = await startWorkerServer({
  host,
  port,
  // On Postgres the Durable Objects keep their storage apart: their outboxes name rows of that database only.
  stateDir: path.resolve(process.env.POSADA_STATE_DIR ?? path.join(import.meta.dirname, "..", ".wrangler", postgres ? "state-postgres" : "state")),
  vars: { PUBLIC_BASE_URL: base, ...providerBases, ...postgres?.vars },
  watch: process.env.POSADA_NO_WATCH !== "1",
  quiet,
  env,
});

// Rebuilds web/dist on change; the server picks up the new files.
const watcher = process.env.POSADA_NO_WATCH === "1"
  ? undefined
  : spawn(bin("vite"), ["build", "--watch", "--config", "web/console/vite.config.ts", "--logLevel", "warn"], { stdio: ["ignore", "ignore", "inherit"], env: buildEnv });
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    watcher?.kill(signal);
    demoSite.server.close();
    await server.stop();
    await postgres?.close();
    process.exit(0);
  });
}

try {
  await waitForHealth(base);
  const started = Date.now();
  // The browser tests sign up tenants of their own and seed the season themselves when they need it.
  const login = await seedDemo(base, demoSite, { season: process.env.POSADA_DEMO_SEASON !== "off" });
  console.log(
    [
      "",
      "──────────────────────────────────────────────",
      ` Posada (console and API) is running at ${base}${postgres ? ` on PostgreSQL (${postgres.vars.DATABASE_URL})` : ""}`,
      ` API reference: ${base}/docs`,
      ` Demo owner login:  ${login.owner.email} / ${login.owner.password}`,
      ` Demo staff login:  ${login.staff.email} / ${login.staff.password}`,
      ` Web chat slug:     ${login.slug}`,
      ` Sample site with the chat widget: ${demoSite.base}/`,
      ` Cron jobs on demand: ${new URL("/cdn-cgi/local/scheduled", server.entryUrl)}`,
      ` (demo seeded in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
      "──────────────────────────────────────────────",
      "",
    ].join("\n"),
  );
} catch (error) {
  console.error(`Seeding the demo tenant failed: ${error instanceof Error ? error.message : error}`);
}

async function waitForHealth(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`the server did not answer ${url}/healthz within ${timeoutMs / 1000} s`);
}

async function startDevPostgres() {
  const { startLocalPostgres } = await import("./postgres/local-cluster.mjs");
  const { startSqlOverHttp } = await import("./postgres/sql-over-http.mjs");
  const cluster = startLocalPostgres();
  const endpoint = await startSqlOverHttp({ postgresPort: cluster.port });
  return {
    vars: { DATABASE: "postgres", DATABASE_URL: cluster.url, POSTGRES_HTTP_ENDPOINT: endpoint.endpoint },
    close: endpoint.close,
  };
}
