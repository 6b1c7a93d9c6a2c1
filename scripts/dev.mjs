#!/usr/bin/env node
// Starts the whole product locally: applies D1 migrations to the embedded database,
// runs `wrangler dev`, seeds the demo tenant through the public API, prints the login.
import { spawn, spawnSync } from "node:child_process";
import { seedDemo } from "./seed-demo.mjs";

const port = Number(process.env.PORT ?? 8787);
const host = "127.0.0.1";
const base = `http://${host}:${port}`;
const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CI: process.env.CI ?? "1" };

const migrate = spawnSync("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--local"], { stdio: "inherit", env });
if (migrate.status !== 0) {
  console.error("Could not apply D1 migrations; see the output above.");
  process.exit(migrate.status ?? 1);
}

const server = spawn(
  "npx",
  ["wrangler", "dev", "--ip", host, "--port", String(port), "--var", `PUBLIC_BASE_URL:${base}`, "--show-interactive-dev-session=false"],
  { stdio: ["ignore", "inherit", "inherit"], env },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

try {
  await waitForHealth(base);
  const login = await seedDemo(base);
  console.log(
    [
      "",
      "──────────────────────────────────────────────",
      ` Posada is running at ${base}`,
      ` API reference: ${base}/docs`,
      ` Demo owner login:  ${login.owner.email} / ${login.owner.password}`,
      ` Demo staff login:  ${login.staff.email} / ${login.staff.password}`,
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
