#!/usr/bin/env node
// Availability benchmark against a running `npm run dev` (BASE_URL, default http://127.0.0.1:8787):
// signs a fresh tenant up, creates UNITS units (a third of them with pricing rules: weekend and AR holiday
// multipliers, a season, an extra-guest fee), holds a few of them over the searched nights, then times
// SEARCHES sequential `GET /v1/availability` for 3 nights (the shape of race-bench.mjs's phase (c)).
// It also checks that every answer lists exactly the free units, and times two reference requests interleaved
// with the searches (same noise): one refused before authentication, one authenticated 404, so the search's
// own share can be told from the dev stack's and the auth middleware's.
// TOKEN=… reuses a tenant that already has its units (skips signup and creation). Loopback only.
// DATABASE=d1|postgres: on a server of its own on that database (bench-target.mjs), which must be
// up before bench-http.mjs reads its address: hence the import after it, not beside it.
import { startBenchTarget } from "./bench-target.mjs";

await startBenchTarget();
const { api, base, percentile } = await import("./bench-http.mjs");

const UNITS = Number(process.env.UNITS ?? 300);
const SEARCHES = Number(process.env.SEARCHES ?? 30);
const WARMUP = Number(process.env.WARMUP ?? 3);



const dateAfter = (days) => new Date(Date.UTC(2027, 2, 1) + days * 86_400_000).toISOString().slice(0, 10);

const priced = {
  weekendMultiplier: 1.2,
  holidayMultiplier: 1.5,
  holidays: "AR",
  seasons: [{ from: "2027-03-01", to: "2027-03-31", multiplier: 1.1 }],
  extraGuestFee: { fromGuest: 2, amount: { amount: 333_333, currency: "ARS" } },
};
const unit = (i) => ({
  name: `Unit ${i}`,
  type: "cabin",
  capacity: 4,
  basePrice: { amount: 4_500_000, currency: "ARS" },
  amenities: ["wifi", "parrilla"],
  ...(i % 3 === 0 ? { pricing: priced } : {}),
});

async function mapLimited(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i], i);
      }
    }),
  );
  return out;
}

async function main() {
  const checkIn = dateAfter(1);
  const checkOut = dateAfter(4);
  let token = process.env.TOKEN;
  let expectedFree;
  if (!token) {
    const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const signup = await api("POST", "/v1/signup", {
      body: {
        tenant: { name: `Bench ${unique}`, country: "AR", timezone: "America/Argentina/Buenos_Aires", currency: "ARS" },
        owner: { name: "Bench", email: `bench-avail-${unique}@posada.local`, password: "benchmark-password" },
      },
    });
    if (signup.status !== 201) throw new Error(`signup failed: ${signup.status} ${JSON.stringify(signup.json)}`);
    token = signup.json.token;
    const ids = await mapLimited(Array.from({ length: UNITS }, (_, i) => i), 4, async (i) => {
      const r = await api("POST", "/v1/accommodations", { token, body: unit(i) });
      if (r.status !== 201) throw new Error(`create failed: ${r.status} ${JSON.stringify(r.json)}`);
      return r.json.id;
    });
    // Every tenth unit is held over the searched nights (sequentially: this measures searches, not holds).
    let held = 0;
    for (const id of ids.filter((_, i) => i % 10 === 5)) {
      const r = await api("POST", "/v1/reservations", {
        token,
        body: { accommodationId: id, checkIn: dateAfter(2), checkOut: dateAfter(3), guests: 2, guest: { name: "Bench" } },
      });
      if (r.status === 201) held++;
    }
    expectedFree = UNITS - held;
    console.log(`tenant ready: ${UNITS} units, ${held} held over ${checkIn}..${checkOut}; TOKEN=${token}`);
  }

  const path = `/v1/availability?checkIn=${checkIn}&checkOut=${checkOut}&guests=2`;
  const references = [
    ["no credentials → 401", path, undefined],
    ["session, unknown unit → 404", `/v1/accommodations/acc_none/quote?checkIn=${checkIn}&checkOut=${checkOut}&guests=2`, token],
  ];
  for (let i = 0; i < WARMUP; i++) await api("GET", path, { token });
  const searches = [];
  const referenceMs = references.map(() => []);
  for (let i = 0; i < SEARCHES; i++) {
    searches.push(await api("GET", path, { token }));
    for (const [j, [, refPath, refToken]] of references.entries()) referenceMs[j].push((await api("GET", refPath, { token: refToken })).ms);
  }
  const bad = searches.filter((s) => s.status !== 200);
  if (bad.length) throw new Error(`${bad.length} searches failed: ${bad[0].status} ${JSON.stringify(bad[0].json)}`);
  const counts = [...new Set(searches.map((s) => s.json.data.length))];
  const line = (label, values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `  ${label.padEnd(34)} p50 ${percentile(sorted, 50).toFixed(1).padStart(6)} ms, p95 ${percentile(sorted, 95).toFixed(1).padStart(6)} ms, max ${sorted.at(-1).toFixed(1).padStart(6)} ms`;
  };
  console.log(
    `availability over ${UNITS} units, 3 nights, ${SEARCHES} sequential searches: free ${counts.join("/")}` +
      `${expectedFree === undefined ? "" : ` (expected ${expectedFree})`}, ${(searches[0].bytes / 1024).toFixed(0)} KiB per answer`,
  );
  console.log(line("search", searches.map((s) => s.ms)));
  for (const [j, [label]] of references.entries()) console.log(line(label, referenceMs[j]));
  if (expectedFree !== undefined && (counts.length !== 1 || counts[0] !== expectedFree)) {
    console.error("wrong free count");
    process.exitCode = 1;
  }
}

await main();
