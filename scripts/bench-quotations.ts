// npm run bench:quotations: one quotation room with 150 sockets (the operator, 20 partner lodgings and
// 129 more consoles watching), then bursts of offers from every partner at once. Prints the fan-out
// latency (from sending an offer to each socket that may see it receiving it), whether every socket
// was served, and workerd's resident memory before and at peak. Starts its own Worker on a fresh
// database in a temporary folder (in memory unless ON_DISK=1); PARTNERS, WATCHERS and ROUNDS size it.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
// @ts-expect-error: plain ESM helper of the dev server, without types.
import { startWorkerServer } from "./dev/worker-server.mjs";
import { api, cpuMs, freePort, residentKb, workerdPids } from "./bench/own-worker";

const root = path.join(import.meta.dirname, "..");
const PARTNERS = Number(process.env.PARTNERS ?? 20);
const WATCHERS = Number(process.env.WATCHERS ?? 129);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;

interface Listener {
  role: "operator" | "watcher" | "partner";
  partner?: number;
  socket: WebSocket;
  /** Receipt time of each offer marker this socket saw. */
  seen: Map<string, number>;
  /** Per marker: wall-clock ms from the room committing the offer (the frame's `at`) to this socket receiving it. */
  fromCommit: Map<string, number>;
  hello: Promise<void>;
  /** WebSocket messages this socket received after its hello. */
  messages: number;
}

function listen(url: string, role: Listener["role"], partner?: number): Listener {
  const socket = new WebSocket(url);
  const seen = new Map<string, number>();
  const fromCommit = new Map<string, number>();
  let greeted: () => void = () => {};
  const hello = new Promise<void>((resolve, reject) => {
    greeted = resolve;
    socket.addEventListener("error", () => reject(new Error(`socket failed: ${role}`)));
  });
  const listener: Listener = { role, partner, socket, seen, fromCommit, hello: Promise.resolve(), messages: 0 };
  socket.addEventListener("message", (message) => {
    const at = performance.now();
    listener.messages++;
    const wall = Date.now();
    type BenchEvent = { at: number; item: { kind: string; offer?: { lines: Array<{ conditions?: string }> } } };
    const frame = JSON.parse(String(message.data)) as { type: string; events?: BenchEvent[] };
    if (frame.type === "hello") greeted();
    for (const event of frame.events ?? []) {
      const marker = event.item.kind === "offer" ? event.item.offer?.lines[0]?.conditions : undefined;
      if (marker?.startsWith("bench-") && !seen.has(marker)) {
        seen.set(marker, at);
        fromCommit.set(marker, wall - event.at);
      }
    }
  });
  listener.hello = hello;
  return listener;
}

async function main() {
  if (!existsSync(path.join(root, "web", "dist", "index.html"))) {
    console.log("building the console first (the Worker serves it as its assets)…");
    execFileSync(path.join(root, "node_modules", ".bin", "vite"), ["build", "--config", "web/console/vite.config.ts", "--logLevel", "warn"], { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  }
  // The database in memory when the machine has a tmpfs: every offer commits the room (and Miniflare's
  // rate limiter) with an fsync that stops workerd's one thread, and on a disk shared with other test
  // suites those waits, not the room, made the fan-out figures. Cloudflare's storage blocks no thread.
  const inMemory = existsSync("/dev/shm") && !process.env.ON_DISK;
  const stateDir = mkdtempSync(path.join(inMemory ? "/dev/shm" : tmpdir(), "posada-bench-quotations-"));
  const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "1" };
  execFileSync(path.join(root, "node_modules", ".bin", "wrangler"), ["d1", "migrations", "apply", "DB", "--local", "--persist-to", stateDir], { cwd: root, stdio: "ignore", env });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startWorkerServer({ host: "127.0.0.1", port, stateDir, vars: { PUBLIC_BASE_URL: base }, quiet: true, env });
  const listeners: Listener[] = [];
  try {
    const signup = await api<{ token: string }>(base, "POST", "/v1/signup", undefined, {
      tenant: { name: "Complejo Bench", country: "AR", timezone: "America/Argentina/Buenos_Aires", currency: "ARS" },
      owner: { name: "Bench", email: `bench-${Date.now()}@posada.local`, password: "bench-password-2026" },
    });
    const token = signup.token;
    const checkIn = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    const checkOut = new Date(Date.now() + 63 * 86_400_000).toISOString().slice(0, 10);
    const quotation = await api<{ id: string }>(base, "POST", "/v1/quotations", token, {
      groupName: "Grupo Bench",
      contact: { name: "Bench" },
      checkIn,
      checkOut,
      people: 40,
      rooms: [{ type: "double", count: 20 }],
      deadline: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    });
    const partners: string[] = [];
    for (let i = 0; i < PARTNERS; i++) {
      partners.push((await api<{ token: string }>(base, "POST", `/v1/quotations/${quotation.id}/partners`, token, { name: `Hostería ${i + 1}`, email: `p${i + 1}@bench.local` })).token);
    }
    const pids = workerdPids();
    const before = residentKb(pids);
    const { url: ticketUrl } = await api<{ url: string }>(base, "POST", "/v1/live/tickets", token);
    const ticket = new URL(ticketUrl).searchParams.get("ticket")!;
    const wsBase = base.replace("http", "ws");
    const operatorUrl = `${wsBase}/v1/quotations/${quotation.id}/live?ticket=${encodeURIComponent(ticket)}&after=999999`;
    listeners.push(listen(operatorUrl, "operator"));
    partners.forEach((partnerToken, index) => listeners.push(listen(`${wsBase}/q-api/${partnerToken}/live?after=999999`, "partner", index)));
    for (let i = 0; i < WATCHERS; i++) listeners.push(listen(operatorUrl, "watcher"));
    const started = performance.now();
    await Promise.all(listeners.map((l) => l.hello));
    console.log(`${listeners.length} sockets open in one room (1 operator, ${PARTNERS} partners, ${WATCHERS} watchers) in ${(performance.now() - started).toFixed(0)} ms; extensions agreed: ${listeners[0]!.socket.extensions || "none"}; database in ${path.dirname(stateDir)}`);

    let peak = residentKb(pids);
    const cpuBefore = { workerd: cpuMs(pids), client: process.cpuUsage() };
    const sent = new Map<string, { at: number; partner: number }>();
    const requestMs: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await Promise.all(
        partners.map(async (partnerToken, index) => {
          const marker = `bench-${round}-${index}`;
          const at = performance.now();
          sent.set(marker, { at, partner: index });
          await api(base, "POST", `/q-api/${partnerToken}/offers`, undefined, { lines: [{ roomType: "double", count: 2, nightlyPrice: { amount: 4_000_000 + round * 1000 + index, currency: "ARS" }, conditions: marker }] });
          requestMs.push(performance.now() - at);
        }),
      );
      peak = Math.max(peak, residentKb(pids));
    }
    // Let the last frames arrive.
    const deadline = performance.now() + 10_000;
    const expected = (l: Listener) => [...sent].filter(([, s]) => l.role !== "partner" || s.partner === l.partner).length;
    while (performance.now() < deadline && listeners.some((l) => l.seen.size < expected(l))) await new Promise((r) => setTimeout(r, 50));
    peak = Math.max(peak, residentKb(pids));
    const clientCpu = process.cpuUsage(cpuBefore.client);
    const cpu = { workerd: cpuMs(pids) - cpuBefore.workerd, client: (clientCpu.user + clientCpu.system) / 1000 };

    const latencies: number[] = [];
    const fanOut = listeners.flatMap((l) => [...l.fromCommit.values()]).sort((a, b) => a - b);
    let leaks = 0;
    for (const listener of listeners) {
      for (const [marker, at] of listener.seen) {
        const origin = sent.get(marker)!;
        if (listener.role === "partner" && origin.partner !== listener.partner) leaks++;
        latencies.push(at - origin.at);
      }
    }
    latencies.sort((a, b) => a - b);
    const served = listeners.filter((l) => l.seen.size === expected(l)).length;
    const frames = listeners.reduce((n, l) => n + expected(l), 0);
    requestMs.sort((a, b) => a - b);
    const messages = listeners.reduce((n, l) => n + l.messages - 1, 0);
    console.log(`${sent.size} offers in ${ROUNDS} bursts of ${PARTNERS}: ${latencies.length}/${frames} offers delivered to the sockets that may see them, in ${messages} WebSocket messages; ${served}/${listeners.length} sockets served in full`);
    console.log(`fan-out (the room commits the offer → each socket receives it): p50 ${percentile(fanOut, 0.5)} ms, p95 ${percentile(fanOut, 0.95)} ms, p99 ${percentile(fanOut, 0.99)} ms, max ${fanOut.at(-1)} ms`);
    console.log(`end to end (the partner sends the offer → each socket receives it, 20 partners at once): p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p95 ${percentile(latencies, 0.95).toFixed(1)} ms, p99 ${percentile(latencies, 0.99).toFixed(1)} ms`);
    console.log(`POST /q-api/{token}/offers: p50 ${percentile(requestMs, 0.5).toFixed(1)} ms, p95 ${percentile(requestMs, 0.95).toFixed(1)} ms`);
    console.log(`frames a partner received about another partner's offer: ${leaks} (must be 0)`);
    console.log(`workerd RSS: ${(before / 1024).toFixed(0)} MB before the sockets → peak ${(peak / 1024).toFixed(0)} MB (+${((peak - before) / 1024).toFixed(1)} MB for ${listeners.length} sockets and ${sent.size} offers)`);
    console.log(`CPU from the first offer to the last frame: workerd ${cpu.workerd.toFixed(0)} ms (${(cpu.workerd / sent.size).toFixed(1)} ms per offer), this process (${listeners.length} clients and the server's Node side) ${cpu.client.toFixed(0)} ms`);
    const p95 = percentile(fanOut, 0.95);
    console.log(`target: every socket served and p95 fan-out ≤ 100 ms: ${served === listeners.length && p95 <= 100 ? "met" : "NOT met"} (load average now ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")})`);
  } finally {
    for (const listener of listeners) listener.socket.close();
    await server.stop();
    rmSync(stateDir, { recursive: true, force: true });
  }
}

await main();
