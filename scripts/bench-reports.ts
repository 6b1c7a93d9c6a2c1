// Reports benchmark: a tenant of 50 units with two years of realistic bookings, then
//   (a) p50/p95 of GET /v1/reports/kpis for a year (and for two years, and a year of one source),
//   (b) the CSV exports of that year: time to the last byte, size, and the Worker's peak memory.
//
//   npm run bench:reports          (RUNS=50 by default; UNITS=50, YEARS=2 size the tenant)
//
// Self-contained: it starts its own Worker in workerd (the dev server's setup, on a fresh database
// in a temporary folder), so nothing else may be running and no demo data gets in the way. The
// bookings are written straight into the read model (the fast path: one JSON batch per table, not
// 10,000 holds through HTTP), then the report rows are rebuilt with the same SQL the calendars'
// outbox runs, which is timed too. Memory is the workerd process's resident set, sampled every 5 ms.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { REBUILD_TENANT_SQL } from "../workers/reports/rebuild";
// @ts-expect-error: plain ESM helper of the dev server, without types.
import { startWorkerServer } from "./dev/worker-server.mjs";
import { api, freePort, residentKb, workerdPids } from "./bench/own-worker";

const root = path.join(import.meta.dirname, "..");
const RUNS = Number(process.env.RUNS ?? 50);
const UNITS = Number(process.env.UNITS ?? 50);
const YEARS = Number(process.env.YEARS ?? 2);
const DAY_MS = 86_400_000;
const SOURCES = ["direct", "whatsapp", "webchat", "airbnb", "booking", "phone", "instagram", "walk_in"];
const SOURCE_WEIGHTS = [18, 30, 12, 15, 12, 6, 5, 2];

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;

/** A deterministic generator, so two runs bench the same season. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(rand: () => number, values: T[], weights: number[]): T {
  let r = rand() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < values.length; i++) if ((r -= weights[i]!) < 0) return values[i]!;
  return values[values.length - 1]!;
}

interface SeedRow {
  [key: string]: string | number | null;
}

/** Two years of bookings per unit, as the read model would hold them after the calendars' outboxes. */
function season(tenantId: string, units: string[], today: number) {
  const rand = random(20261201);
  const reservations: SeedRow[] = [];
  const payments: SeedRow[] = [];
  const start = today - Math.round((YEARS / 2) * 365) * DAY_MS;
  const end = today + Math.round((YEARS / 2) * 365) * DAY_MS;
  let n = 0;
  for (const unit of units) {
    let day = start + Math.floor(rand() * 3) * DAY_MS;
    while (day < end) {
      const nights = 1 + Math.floor(rand() * rand() * 10);
      const checkIn = isoDay(day);
      const checkOut = isoDay(day + nights * DAY_MS);
      const past = day < today;
      const roll = rand();
      const status = roll < 0.84 ? "confirmed" : roll < 0.91 ? "cancelled" : past ? "expired" : roll < 0.96 ? "expired" : "held";
      const total = nights * (90_000 + Math.floor(rand() * 60) * 1_000) * 100;
      const deposit = Math.round(total * 0.3);
      const createdAt = day - Math.floor(1 + rand() * 90) * DAY_MS;
      const id = `res_bench_${(n++).toString(36).padStart(6, "0")}`;
      reservations.push({
        id,
        tenant_id: tenantId,
        accommodation_id: unit,
        code: `B${n}`,
        status,
        check_in: checkIn,
        check_out: checkOut,
        guests: 2,
        guest_name: rand() < 0.1 ? `Pérez, "Toto" ${n}` : `Huésped ${n}`,
        source: pick(rand, SOURCES, SOURCE_WEIGHTS),
        total_amount: total,
        deposit_amount: deposit,
        currency: "ARS",
        created_at: createdAt,
        occupies: status === "confirmed" || status === "held" ? 1 : 0,
      });
      if (status === "confirmed" || status === "cancelled") {
        const paidInFull = past && rand() < 0.7;
        payments.push({ id: `pay_bench_${n}`, tenant_id: tenantId, reservation_id: id, amount: paidInFull ? total : deposit, created_at: createdAt + 600_000 });
      }
      // Stays that lapse or get cancelled leave their nights free for the next guest.
      day += (status === "confirmed" || status === "held" ? nights : 0) * DAY_MS + Math.floor(rand() * rand() * 6) * DAY_MS;
    }
  }
  return { reservations, payments };
}

async function seed(d1: D1Database, tenantId: string, units: string[]) {
  const { reservations, payments } = season(tenantId, units, Date.parse(`${isoDay(Date.now())}T00:00:00Z`));
  const chunks = <T>(rows: T[], size = 1000) => Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));
  const value = (column: string) => `json_extract(value, '$.${column}')`;
  for (const chunk of chunks(reservations)) {
    const json = JSON.stringify(chunk);
    await d1.batch([
      d1
        .prepare(
          `INSERT INTO reservations (id, tenant_id, accommodation_id, code, status, check_in, check_out, guests, guest_name, source, total_amount, deposit_amount, currency, version, created_at, updated_at)
           SELECT ${["id", "tenant_id", "accommodation_id", "code", "status", "check_in", "check_out", "guests", "guest_name", "source", "total_amount", "deposit_amount", "currency"].map(value).join(", ")}, 1, ${value("created_at")}, ${value("created_at")}
           FROM json_each(?1)`,
        )
        .bind(json),
      d1
        .prepare(
          `INSERT INTO calendar_stays (id, tenant_id, accommodation_id, kind, status, check_in, check_out, version, updated_at)
           SELECT ${value("id")}, ${value("tenant_id")}, ${value("accommodation_id")}, 'reservation', ${value("status")}, ${value("check_in")}, ${value("check_out")}, 1, ${value("created_at")} FROM json_each(?1)`,
        )
        .bind(json),
      d1
        .prepare(
          `WITH RECURSIVE stays AS (SELECT ${value("id")} AS id, ${value("tenant_id")} AS tenant_id, ${value("accommodation_id")} AS accommodation_id, ${value("check_in")} AS check_in, ${value("check_out")} AS check_out FROM json_each(?1) WHERE ${value("occupies")} = 1),
           nights(id, tenant_id, accommodation_id, night, check_out) AS (SELECT id, tenant_id, accommodation_id, check_in, check_out FROM stays UNION ALL SELECT id, tenant_id, accommodation_id, date(night, '+1 day'), check_out FROM nights WHERE date(night, '+1 day') < check_out)
           INSERT INTO calendar_nights (tenant_id, accommodation_id, night, stay_id, exclusive) SELECT tenant_id, accommodation_id, night, id, 1 FROM nights`,
        )
        .bind(json),
    ]);
  }
  for (const chunk of chunks(payments)) {
    await d1
      .prepare(
        `INSERT INTO payments (id, tenant_id, reservation_id, provider, method, amount, currency, status, created_at, version, kind)
         SELECT ${value("id")}, ${value("tenant_id")}, ${value("reservation_id")}, 'manual', 'transfer', ${value("amount")}, 'ARS', 'approved', ${value("created_at")}, 1, 'payment' FROM json_each(?1)`,
      )
      .bind(JSON.stringify(chunk))
      .run();
  }
  return { reservations: reservations.length, payments: payments.length };
}

async function timeKpis(base: string, token: string, label: string, query: Record<string, string>) {
  const url = `${base}/v1/reports/kpis?${new URLSearchParams(query)}`;
  for (let i = 0; i < 5; i++) await (await fetch(url, { headers: { authorization: `Bearer ${token}` } })).arrayBuffer();
  const times: number[] = [];
  let body: { soldNights?: number; occupancy?: number } = {};
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    body = (await response.json()) as typeof body;
    times.push(performance.now() - started);
    if (!response.ok) throw new Error(`${label}: ${response.status} ${JSON.stringify(body)}`);
  }
  times.sort((a, b) => a - b);
  console.log(`  ${label.padEnd(34)} p50 ${percentile(times, 0.5).toFixed(1).padStart(6)} ms   p95 ${percentile(times, 0.95).toFixed(1).padStart(6)} ms   (${body.soldNights} sold nights, occupancy ${body.occupancy})`);
  return percentile(times, 0.95);
}

/** A signed-in read of one small table: the floor any authenticated route pays on this machine. */
async function timeRoute(base: string, token: string, label: string, route: string) {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 5; i++) {
    const started = performance.now();
    await (await fetch(`${base}${route}`, { headers: { authorization: `Bearer ${token}` } })).arrayBuffer();
    if (i >= 5) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`  ${label.padEnd(34)} p50 ${percentile(times, 0.5).toFixed(1).padStart(6)} ms   p95 ${percentile(times, 0.95).toFixed(1).padStart(6)} ms`);
}

async function timeCsv(base: string, token: string, label: string, route: string, query: Record<string, string>) {
  const pids = workerdPids();
  await new Promise((resolve) => setTimeout(resolve, 200));
  const baseline = residentKb(pids);
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, residentKb(pids))), 5);
  const started = performance.now();
  const response = await fetch(`${base}${route}?${new URLSearchParams(query)}`, { headers: { authorization: `Bearer ${token}` } });
  let firstByte = 0;
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response.body!) {
    if (!firstByte) firstByte = performance.now() - started;
    bytes += chunk.length;
    for (const byte of chunk as Uint8Array) if (byte === 10) lines++;
  }
  const total = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, residentKb(pids));
  console.log(
    `  ${label.padEnd(34)} ${total.toFixed(0).padStart(6)} ms (first byte ${firstByte.toFixed(0)} ms), ${(bytes / 1024).toFixed(0)} kB, ${lines} lines; workerd RSS ${(baseline / 1024).toFixed(0)} → peak ${(peak / 1024).toFixed(0)} MB (+${((peak - baseline) / 1024).toFixed(1)} MB)`,
  );
}

async function main() {
  if (!existsSync(path.join(root, "web", "dist", "index.html"))) {
    console.log("building the console first (the Worker serves it as its assets)…");
    execFileSync(path.join(root, "node_modules", ".bin", "vite"), ["build", "--config", "web/console/vite.config.ts", "--logLevel", "warn"], { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  }
  const stateDir = mkdtempSync(path.join(tmpdir(), "posada-bench-reports-"));
  const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "1" };
  execFileSync(path.join(root, "node_modules", ".bin", "wrangler"), ["d1", "migrations", "apply", "DB", "--local", "--persist-to", stateDir], { cwd: root, stdio: "ignore", env });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startWorkerServer({ host: "127.0.0.1", port, stateDir, vars: { PUBLIC_BASE_URL: base }, quiet: true, env });
  try {
    const signup = await api<{ token: string; tenant: { id: string } }>(base, "POST", "/v1/signup", undefined, {
      tenant: { name: "Complejo Bench", country: "AR", timezone: "America/Argentina/Buenos_Aires", currency: "ARS" },
      owner: { name: "Bench", email: `bench-${Date.now()}@posada.local`, password: "bench-password-2026" },
    });
    const token = signup.token;
    const tenantId = signup.tenant.id;
    const units: string[] = [];
    for (let i = 0; i < UNITS; i++) {
      const unit = await api<{ id: string }>(base, "POST", "/v1/accommodations", token, { name: `Unidad ${i + 1}`, type: "cabin", capacity: 4, basePrice: { amount: 10_000_000, currency: "ARS" }, minStay: 1 });
      units.push(unit.id);
    }
    const d1 = (await server.miniflare.getD1Database("DB")) as D1Database;
    let started = performance.now();
    const seeded = await seed(d1, tenantId, units);
    console.log(`seeded ${UNITS} units × ${YEARS} years: ${seeded.reservations} reservations, ${seeded.payments} payments in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    started = performance.now();
    await d1.batch(REBUILD_TENANT_SQL.map((sql) => d1.prepare(sql).bind(tenantId)));
    const rows = await d1.prepare(`SELECT count(*) AS n FROM report_daily WHERE tenant_id = ?1`).bind(tenantId).first<{ n: number }>();
    console.log(`rebuilt the daily report rows from scratch: ${rows?.n} rows in ${((performance.now() - started) / 1000).toFixed(2)} s`);

    const today = isoDay(Date.now());
    const yearAgo = isoDay(Date.now() - 364 * DAY_MS);
    const year = { from: yearAgo, to: today };
    const sqlMs = async (sql: string, args: unknown[]) => {
      const durations: number[] = [];
      for (let i = 0; i < 20; i++) durations.push((await d1.prepare(sql).bind(...args).all()).meta.duration);
      return durations.sort((a, b) => a - b)[10]!.toFixed(1);
    };
    const grouped = await sqlMs(`SELECT accommodation_id, source, currency, sum(sold_nights), sum(room_revenue), sum(blocked_nights), sum(arrivals) FROM report_daily WHERE tenant_id = ?1 AND day >= ?2 AND day <= ?3 GROUP BY accommodation_id, source, currency`, [tenantId, isoDay(Date.now() - 364 * DAY_MS), isoDay(Date.now())]);
    console.log(`a year's grouped sum inside SQLite: median ${grouped} ms`);
    console.log(`\nGET /v1/reports/kpis (${RUNS} sequential calls after 5 warm-ups)`);
    const p95 = await timeKpis(base, token, "a year, every unit", year);
    await timeRoute(base, token, "beside it: GET /v1/accommodations", "/v1/accommodations");
    await timeKpis(base, token, "a year, source whatsapp", { ...year, source: "whatsapp" });
    await timeKpis(base, token, "a year, one unit", { ...year, accommodationId: units[0]! });
    await timeKpis(base, token, "two years, every unit", { from: isoDay(Date.now() - 364 * DAY_MS), to: isoDay(Date.now() + 365 * DAY_MS) });
    await timeKpis(base, token, "a week (the default)", {});
    console.log(`\nCSV exports of that year`);
    await timeCsv(base, token, "kpis.csv (day × unit)", "/v1/reports/kpis.csv", year);
    await timeCsv(base, token, "reservations.csv", "/v1/reports/reservations.csv", { ...year, delimiter: "semicolon" });
    console.log(`\ntarget: p95 ≤ 100 ms for a year's KPIs: ${p95 <= 100 ? "met" : "NOT met"} (${p95.toFixed(1)} ms)`);
  } finally {
    await server.stop();
    rmSync(stateDir, { recursive: true, force: true });
  }
}

await main();
