#!/usr/bin/env node
// Hold benchmark against a running `npm run dev` (BASE_URL, default http://127.0.0.1:8787):
//  (a) one hot accommodation, many clients racing for the same nights,
//  (b) 50 accommodations in parallel, each client on its own unit,
//  then counts double-booked nights (must be 0) and times an availability search over 300 units.
// Requests are bounded in number and go to loopback only.
// DATABASE=d1|postgres: on a server of its own on that database (bench-target.mjs), which must be
// up before bench-http.mjs reads its address: hence the import after it, not beside it.
import { startBenchTarget } from "./bench-target.mjs";

await startBenchTarget();
const { api, base, percentile } = await import("./bench-http.mjs");

const CLIENTS = Number(process.env.CLIENTS ?? 50);
const ROUNDS = Number(process.env.ROUNDS ?? 20);



function report(label, results, elapsedMs) {
  const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
  const won = results.filter((r) => r.status === 201).length;
  const lost = results.filter((r) => r.status === 409).length;
  const other = results.length - won - lost;
  console.log(
    `${label}: ${results.length} requests in ${(elapsedMs / 1000).toFixed(2)} s → ${(results.length / (elapsedMs / 1000)).toFixed(1)} req/s; ` +
      `201=${won} 409=${lost} other=${other}; p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`,
  );
}

function dateAfter(days) {
  const d = new Date(Date.UTC(2027, 2, 1) + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

async function main() {
  const unique = Date.now().toString(36);
  const signup = await api("POST", "/v1/signup", {
    body: {
      tenant: { name: `Bench ${unique}`, country: "AR", timezone: "America/Argentina/Buenos_Aires", currency: "ARS" },
      owner: { name: "Bench", email: `bench-${unique}@posada.local`, password: "benchmark-password" },
    },
  });
  if (signup.status !== 201) throw new Error(`signup failed: ${signup.status} ${JSON.stringify(signup.json)}`);
  const token = signup.json.token;
  const unit = (i) => ({ name: `Unit ${i}`, type: "cabin", capacity: 4, basePrice: { amount: 5_000_000, currency: "ARS" } });

  // (a) one hot accommodation: every round, CLIENTS clients race for the same two nights.
  const hot = (await api("POST", "/v1/accommodations", { token, body: unit("hot") })).json.id;
  const raceResults = [];
  let started = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    const checkIn = dateAfter(round * 3);
    const checkOut = dateAfter(round * 3 + 2);
    const batch = await Promise.all(
      Array.from({ length: CLIENTS }, (_, i) =>
        api("POST", "/v1/reservations", { token, body: { accommodationId: hot, checkIn, checkOut, guests: 2, guest: { name: `Guest ${i}` } } }),
      ),
    );
    raceResults.push(...batch);
  }
  report(`(a) hot unit, ${CLIENTS} clients × ${ROUNDS} rounds`, raceResults, performance.now() - started);

  // (b) 50 accommodations in parallel, each client holding consecutive stays on its own unit.
  const units = [];
  for (let i = 0; i < 50; i++) units.push((await api("POST", "/v1/accommodations", { token, body: unit(i) })).json.id);
  const parallelResults = [];
  started = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    const checkIn = dateAfter(round * 3);
    const checkOut = dateAfter(round * 3 + 2);
    const batch = await Promise.all(
      units.map((accommodationId, i) =>
        api("POST", "/v1/reservations", { token, body: { accommodationId, checkIn, checkOut, guests: 2, guest: { name: `Guest ${i}` } } }),
      ),
    );
    parallelResults.push(...batch);
  }
  report(`(b) 50 units in parallel × ${ROUNDS} rounds`, parallelResults, performance.now() - started);

  // Double-booked nights: over every held or confirmed reservation, any night counted twice per unit.
  const listed = [];
  for (const accommodationId of [hot, ...units]) {
    listed.push(...(await api("GET", `/v1/reservations?accommodationId=${accommodationId}`, { token })).json.data);
  }
  const seen = new Set();
  let doubleBooked = 0;
  for (const r of listed.filter((x) => x.status === "held" || x.status === "confirmed")) {
    for (let d = new Date(r.checkIn); d < new Date(r.checkOut); d = new Date(d.getTime() + 86_400_000)) {
      const key = `${r.accommodationId}:${d.toISOString().slice(0, 10)}`;
      if (seen.has(key)) doubleBooked++;
      seen.add(key);
    }
  }
  console.log(`double-booked nights found afterwards: ${doubleBooked} (over ${listed.length} reservations listed)`);

  // Availability search over 300 units.
  for (let i = units.length + 1; i < 300; i++) await api("POST", "/v1/accommodations", { token, body: unit(`s${i}`) });
  const searches = [];
  for (let i = 0; i < 30; i++) searches.push(await api("GET", `/v1/availability?checkIn=${dateAfter(1)}&checkOut=${dateAfter(4)}&guests=2`, { token }));
  const latencies = searches.map((s) => s.ms).sort((a, b) => a - b);
  console.log(
    `availability over 300 units: ${searches[0].json.data.length} free; p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
