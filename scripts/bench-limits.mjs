#!/usr/bin/env node
// How close a hold gets to what this machine can serve at all, under the same load shape
// (CLIENTS concurrent clients × ROUNDS requests each) against a running `npm run dev`:
//  (a) a trivial route: `GET /v1/reservations` without credentials, answered 401 by the auth
//      middleware with no I/O (routing, middleware, problem+json, the dev server's own cost);
//  (b) an authenticated read: `GET /v1/me` (the session check plus one D1 read);
//  (c) a hold on disjoint nights, one unit per client: the session check plus one calendar object write;
//  (d) a hold where every client of a round races for the same nights of one unit.
// Bounded in count and time, loopback only.
import { api, base, percentile } from "./bench-http.mjs";

const CLIENTS = Number(process.env.CLIENTS ?? 50);
const ROUNDS = Number(process.env.ROUNDS ?? 20);
const DEADLINE = Date.now() + 10 * 60_000;



/** Runs ROUNDS rounds of CLIENTS concurrent requests; `request(client, round)` makes one. */
async function load(label, request) {
  const results = [];
  const started = performance.now();
  for (let round = 0; round < ROUNDS && Date.now() < DEADLINE; round++) {
    results.push(...(await Promise.all(Array.from({ length: CLIENTS }, (_, client) => request(client, round)))));
  }
  const elapsed = (performance.now() - started) / 1000;
  const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
  const statuses = {};
  for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  const row = { label, requests: results.length, perSecond: results.length / elapsed, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), statuses };
  console.log(
    `${label.padEnd(44)} ${row.perSecond.toFixed(0).padStart(6)} req/s   p50 ${row.p50.toFixed(1).padStart(6)} ms   p95 ${row.p95.toFixed(1).padStart(6)} ms   p99 ${row.p99.toFixed(1).padStart(6)} ms   ${JSON.stringify(statuses)}`,
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
  const parallel = await load("(c) hold, one unit per client", (client, round) => hold(units[client], night(round * 2), night(round * 2 + 1)));
  const hot = await load("(d) hold, every client on one hot unit", (client, round) => hold(units[CLIENTS], night(round * 3 + (client % 3)), night(round * 3 + (client % 3) + 3)));
  console.log(
    `hold / trivial: parallel ${(parallel.perSecond / trivial.perSecond).toFixed(2)}, hot ${(hot.perSecond / trivial.perSecond).toFixed(2)}; ` +
      `hold / authenticated read: parallel ${(parallel.perSecond / read.perSecond).toFixed(2)}, hot ${(hot.perSecond / read.perSecond).toFixed(2)}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
