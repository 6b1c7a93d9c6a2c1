// Which server an HTTP benchmark measures. By default, one already running (`npm run dev`, or BASE_URL).
// With DATABASE=d1 or DATABASE=postgres, the benchmark starts a server of its own on that database
// (`scripts/dev.mjs` on a free port, a fresh D1 state folder or the local PostgreSQL of
// `npm run dev:postgres`, no demo season, no file watcher), points BASE_URL at it and stops it on
// exit, so the same benchmark runs on both databases with one command each.
// Call startBenchTarget() before loading bench-http.mjs, whose target is read when it loads.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export async function startBenchTarget() {
  const database = process.env.DATABASE;
  if (database !== undefined && database !== "d1" && database !== "postgres") throw new Error(`DATABASE=${database}: d1 or postgres`);
  if (!database || process.env.BASE_URL) return;

  const port = await freePort();
  const stateDir = mkdtempSync(path.join(tmpdir(), "posada-bench-"));
  const started = performance.now();
  const server = spawn("node", [path.join(import.meta.dirname, "dev.mjs")], {
    env: { ...process.env, PORT: String(port), POSADA_DATABASE: database, POSADA_STATE_DIR: stateDir, POSADA_NO_WATCH: "1", POSADA_DEMO_SEASON: "off", POSADA_QUIET: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
    rmSync(stateDir, { recursive: true, force: true });
  };
  process.on("exit", stop);
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));
  await new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`the server on ${database} did not start within 300 s:\n${output}`)), 300_000);
    const read = (chunk) => {
      output += chunk.toString();
      if (output.includes("Demo owner login")) {
        clearTimeout(timer);
        resolve();
      }
    };
    server.stdout.on("data", read);
    server.stderr.on("data", read);
    server.on("exit", (code) => reject(new Error(`the server on ${database} exited with ${code}:\n${output}`)));
  });
  // The server lives as long as the benchmark, without keeping it from ending.
  server.unref();
  server.stdout.unref();
  server.stderr.unref();
  process.env.BASE_URL = `http://127.0.0.1:${port}`;
  console.log(`database: ${database} (own server on port ${port}, started in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
