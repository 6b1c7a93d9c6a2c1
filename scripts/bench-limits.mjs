#!/usr/bin/env node
// How close a hold gets to what this machine can serve at all, under the same load shape
// (CLIENTS concurrent clients × ROUNDS requests each) against a running `npm run dev`:
//  (a) a trivial route: `GET /v1/reservations` without credentials, answered 401 by the auth
//      middleware with no I/O (routing, middleware, problem+json, the dev server's own cost);
//  (b) an authenticated read: `GET /v1/me` (the session check plus one D1 read);
//  (c) a hold refused by validation (400): the session check and the body's schema, no I/O after;
//  (d) a hold on nights already taken (409): the session check plus one calendar object call that
//      reads and writes nothing;
//  (e) a hold on disjoint nights, one unit per client: the session check plus one calendar object write,
//      and what each hold leaves behind (the read model, the bookings queue's follow-ups);
//  (f) a hold where every client of a round races for the same nights of one unit.
// When the server is a local workerd (`npm run dev` on this machine), each row also gives the CPU time
// workerd spent per request, counted until it is idle again, and how busy its one thread was.
// Bounded in count and time, loopback only.
import { api, base, percentile } from "./bench-http.mjs";
import { runtimeCpu } from "./bench/runtime-cpu.mjs";

const CLIENTS = Number(process.env.CLIENTS ?? 50);
const ROUNDS = Number(process.env.ROUNDS ?? 20);
const DEADLINE = Date.now() + 10 * 60_000;



/** Runs ROUNDS rounds of CLIENTS concurrent requests; `request(client, round)` makes one. */
async function load(label, request) {
  const results = [];
  const cpu = await runtimeCpu.start();
  const started = performance.now();
  for (let round = 0; round < ROUNDS && Date.now() < DEADLINE; round++) {
    results.push(...(await Promise.all(Array.from({ length: CLIENTS }, (_, client) => request(client, round)))));
  }
  const elapsedMs = performance.now() - started;
  const used = await cpu.untilIdle(elapsedMs);
  const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
  const statuses = {};
  for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  const row = { label, requests: results.length, perSecond: (results.length * 1000) / elapsedMs, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), statuses };
  const cpuColumns = used ? `   workerd ${(used.totalMs / results.length).toFixed(2).padStart(5)} ms CPU/req, ${used.busyPercent.toFixed(0).padStart(3)}% busy` : "";
  console.log(
    `${label.padEnd(44)} ${row.perSecond.toFixed(0).padStart(6)} req/s   p50 ${row.p50.toFixed(1).padStart(6)} ms   p95 ${row.p95.toFixed(1).padStart(6)} ms   p99 ${row.p99.toFixed(1).padStart(6)} ms${cpuColumns}   ${JSON.stringify(statuses)}`,
  );
  return row;
}

const night = (days) => new Date(Date.UTC(2028, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);

async function main() {
  const unique = Date.now().toString(36);
  const signup = await api("POST", "/v1/signup", {
    body: {
      tenant: { name: `Limits ${unique}`, country: "AR", timezone: "America/Argentina/Buenos_Aires", currency: "ARS" },
      owner: { name: "Bench", email: `limits-${unique}@posada.local`, password: "benchmark-password" },
    },
  });
  if (signup.status !== 201) throw new Error(`signup failed: ${signup.status}`);
  const token = signup.json.token;
  const units = [];
  for (let i = 0; i < CLIENTS + 1; i++) {
    units.push((await api("POST", "/v1/accommodations", { token, body: { name: `Unit ${i}`, type: "cabin", capacity: 4, basePrice: { amount: 5_000_000, currency: "ARS" } } })).json.id);
  }
  const hold = (accommodationId, checkIn, checkOut) =>
    api("POST", "/v1/reservations", { token, body: { accommodationId, checkIn, checkOut, guests: 2, guest: { name: "Bench" } } });

  console.log(`${CLIENTS} clients × ${ROUNDS} rounds against ${base}`);
  const trivial = await load("(a) trivial route, 401 without I/O", () => api("GET", "/v1/reservations"));
  const read = await load("(b) session + one D1 read (GET /v1/me)", () => api("GET", "/v1/me", { token }));
  await load("(c) hold refused by its schema (400)", (client) => api("POST", "/v1/reservations", { token, body: { accommodationId: units[client], checkIn: night(0), guests: 2 } }));
  // Every client's own unit, held once here on nights no other row asks for.
  await Promise.all(units.slice(0, CLIENTS).map((unit) => hold(unit, night(100), night(101))));
  await load("(d) hold on nights already taken (409)", (client) => hold(units[client], night(100), night(101)));
  const parallel = await load("(e) hold, one unit per client", (client, round) => hold(units[client], night(round * 2), night(round * 2 + 1)));
  const hot = await load("(f) hold, every client on one hot unit", (client, round) => hold(units[CLIENTS], night(round * 3 + (client % 3)), night(round * 3 + (client % 3) + 3)));
  console.log(
    `hold / trivial: parallel ${(parallel.perSecond / trivial.perSecond).toFixed(2)}, hot ${(hot.perSecond / trivial.perSecond).toFixed(2)}; ` +
      `hold / authenticated read: parallel ${(parallel.perSecond / read.perSecond).toFixed(2)}, hot ${(hot.perSecond / read.perSecond).toFixed(2)}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
