// Starts `npm run dev` once for the browser tests, on its own port and a fresh local database,
// and stops it afterwards. Tests read the address from the PROVIDED context (`inject("baseUrl")`).
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Server } from "node:http";
import type { TestProject } from "vitest/node";
import { startFakeMercadoPago } from "./fake-mercadopago";
import { startFakeResend } from "./fake-resend";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The fake Mercado Pago the dev server pays and refunds through (support/fake-mercadopago.ts). */
    mercadoPagoBase: string;
  }
}

const SERVER_LOG = path.join(import.meta.dirname, "../../../test-results/e2e-server.log");

let server: ChildProcess | undefined;
let mercadoPago: Server | undefined;
let resend: Server | undefined;
let stateDir: string | undefined;

export async function setup(project: TestProject) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  stateDir = await mkdtemp(path.join(tmpdir(), "posada-e2e-"));
  const fake = await startFakeMercadoPago();
  mercadoPago = fake.server;
  const fakeResend = await startFakeResend();
  resend = fakeResend.server;
  server = spawn("node", ["scripts/dev.mjs"], {
    cwd: path.join(import.meta.dirname, "../../.."),
    env: { ...process.env, PORT: String(port), POSADA_STATE_DIR: stateDir, POSADA_NO_WATCH: "1", POSADA_DEMO_SEASON: "off", MERCADOPAGO_API_BASE: fake.base, RESEND_API_BASE: fakeResend.base },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  // The server's whole output is kept as a test artifact: when a browser test fails, this says why.
  await mkdir(path.dirname(SERVER_LOG), { recursive: true });
  const log = createWriteStream(SERVER_LOG);
  server.stdout!.pipe(log);
  server.stderr!.pipe(log);
  server.on("exit", (code, signal) => log.write(`\n[e2e] npm run dev exited: code ${code}, signal ${signal}\n`));
  await new Promise<void>((resolve, reject) => {
    let output = "";
    // Generous: on a machine shared with other test runs, the build and wrangler's start alone can take minutes.
    const timer = setTimeout(() => reject(new Error(`npm run dev did not seed within 240 s:\n${output}`)), 240_000);
    server!.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Demo owner login")) {
        clearTimeout(timer);
        resolve();
      }
    });
    server!.on("exit", (code) => reject(new Error(`npm run dev exited with ${code}:\n${output}`)));
  });
  project.provide("baseUrl", baseUrl);
  project.provide("mercadoPagoBase", fake.base);
}

export async function teardown() {
  if (server?.pid) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  mercadoPago?.close();
  resend?.close();
  if (stateDir) await rm(stateDir, { recursive: true, force: true });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
