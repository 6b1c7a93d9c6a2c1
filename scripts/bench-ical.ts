// iCal benchmark.
//  1. CPU: parse + merge a 500-event feed in-process (the work the queue consumer does per feed).
//  2. CPU: render an export of two years of stays.
//  3. Against a running `npm run dev` (BASE_URL, default http://127.0.0.1:8787): upload the
//     500-event feed end to end (parse + atomic apply in the calendar object), then export
//     latency uncached (first request after each change) and cached under concurrent load.
// Requests go to loopback only and are bounded in number.
import { importedRanges, renderCalendar } from "../shared/ical";

const base = process.env.BASE_URL ?? `http://127.0.0.1:${process.env.PORT ?? 8787}`;
const ITERATIONS = Number(process.env.ITERATIONS ?? 200);
const CLIENTS = Number(process.env.CLIENTS ?? 50);
const TODAY = "2027-01-01";

const pad = (n: number) => String(n).padStart(2, "0");
const dayAfter = (days: number) => new Date(Date.UTC(2027, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
const compact = (iso: string) => iso.replace(/-/g, "");

/** 500 events the way real feeds mix them: all-day stays, TZID and UTC stays, a few weekly rules, some cancelled. */
function feed500(): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Bench//EN"];
  for (let i = 0; i < 500; i++) {
    const start = dayAfter(i * 2);
    const end = dayAfter(i * 2 + 1 + (i % 3));
    lines.push("BEGIN:VEVENT", `UID:bench-${i}@ota.example`, "DTSTAMP:20261122T120000Z");
    if (i % 5 === 0) lines.push(`DTSTART;TZID=Europe/Madrid:${compact(start)}T160000`, `DTEND;TZID=Europe/Madrid:${compact(end)}T110000`);
    else if (i % 7 === 0) lines.push(`DTSTART:${compact(start)}T180000Z`, `DTEND:${compact(end)}T140000Z`);
    else lines.push(`DTSTART;VALUE=DATE:${compact(start)}`, `DTEND;VALUE=DATE:${compact(end)}`);
    if (i % 50 === 0) lines.push("RRULE:FREQ=WEEKLY;COUNT=10");
    if (i % 40 === 0) lines.push("STATUS:CANCELLED");
    lines.push(`SUMMARY:Reserved - guest ${i}`, `DESCRIPTION:Reservation URL: https://www.example.com/hosting/reservations/details/HM${1000 + i}\\nPhone Number (Last 4 Digits): ${pad(i % 100)}${pad(i % 97)}`, "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return `${lines.join("\r\n")}\r\n`;
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  const mean = sorted.reduce((s, v) => s + v, 0) / sorted.length;
  return `mean ${mean.toFixed(2)} ms, p50 ${at(50).toFixed(2)} ms, p95 ${at(95).toFixed(2)} ms, p99 ${at(99).toFixed(2)} ms`;
}

function cpuBenchmarks(text: string) {
  const bytes = new TextEncoder().encode(text);
  const options = { timeZone: "America/Argentina/Buenos_Aires", today: TODAY };
  for (let i = 0; i < 20; i++) importedRanges(bytes, options); // warm-up
  const parse: number[] = [];
  let result = importedRanges(bytes, options);
  for (let i = 0; i < ITERATIONS; i++) {
    const t = performance.now();
    result = importedRanges(bytes, options);
    parse.push(performance.now() - t);
  }
  console.log(`parse + merge, 500-event feed (${(bytes.length / 1024).toFixed(0)} kB, ${result.ranges.length} ranges, ${result.skipped.length} skipped): ${stats(parse)}`);

  // Two years of stays: a 3-night stay every 4 days.
  const events = Array.from({ length: 182 }, (_, i) => ({ uid: `acc-${i}@posada.app`, start: dayAfter(i * 4), end: dayAfter(i * 4 + 3), summary: "Not available" }));
  const render: number[] = [];
  let size = 0;
  for (let i = 0; i < ITERATIONS + 20; i++) {
    const t = performance.now();
    size = renderCalendar({ prodId: "-//Posada//Availability 1.0//ES", calendarName: "Bench", accommodationId: "acc_bench", stamp: new Date(), events }).length;
    if (i >= 20) render.push(performance.now() - t);
  }
  console.log(`render export, 2 years (${events.length} stays, ${(size / 1024).toFixed(0)} kB): ${stats(render)}`);
  const heap = process.memoryUsage().heapUsed / 1024 / 1024;
  console.log(`heap after CPU runs: ${heap.toFixed(1)} MB`);
}

async function api(method: string, path: string, { token, body, raw, headers = {} }: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {}) {
  const t = performance.now();
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...(body !== undefined ? { "content-type": "application/json" } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: /json/.test(response.headers.get("content-type") ?? "") && text ? JSON.parse(text) : undefined, ms: performance.now() - t };
}

async function serverBenchmarks(text: string) {
  const reachable = await fetch(`${base}/healthz`).then((r) => r.ok).catch(() => false);
  if (!reachable) {
    console.log(`(server part skipped: start \`npm run dev\` first; nothing answers at ${base})`);
    return;
  }
  const unique = Date.now().toString(36);
  const signup = await api("POST", "/v1/signup", {
    body: { tenant: { name: `iCal bench ${unique}`, country: "AR", timezone: "America/Argentina/Buenos_Aires", currency: "ARS" }, owner: { name: "Bench", email: `ical-${unique}@posada.local`, password: "benchmark-password" } },
  });
  const token = signup.json.token as string;
  const unit = (await api("POST", "/v1/accommodations", { token, body: { name: "Bench unit", type: "cabin", capacity: 4, basePrice: { amount: 5_000_000, currency: "ARS" } } })).json;
  const feed = (await api("POST", `/v1/accommodations/${unit.id}/ical-feeds`, { token, body: { url: "https://calendar.example.com/bench.ics", source: "airbnb" } })).json;

  const uploads: number[] = [];
  for (let i = 0; i < 10; i++) {
    const r = await api("POST", `/v1/ical-feeds/${feed.id}/import`, { token, raw: text, headers: { "content-type": "text/calendar" } });
    if (r.status !== 200) throw new Error(`import failed: ${r.status} ${r.text}`);
    uploads.push(r.ms);
  }
  console.log(`import 500-event upload end to end (HTTP + parse + atomic apply): ${stats(uploads)}`);

  const exportPath = new URL(unit.icalExportUrl).pathname;
  const uncached: number[] = [];
  for (let i = 0; i < 30; i++) {
    await api("POST", `/v1/accommodations/${unit.id}/blocks`, { token, body: { checkIn: dayAfter(1500 + i * 2), checkOut: dayAfter(1501 + i * 2) } });
    const r = await api("GET", exportPath);
    if (r.headers.get("x-cache") !== "MISS") throw new Error("expected a cache miss after a change");
    uncached.push(r.ms);
  }
  console.log(`export uncached (first request after a change, ${(uncached.length)} samples): ${stats(uncached)}`);

  const cached: number[] = [];
  let hits = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let i = 0; i < 20; i++) {
        const r = await api("GET", exportPath);
        if (r.headers.get("x-cache") === "HIT") hits++;
        cached.push(r.ms);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(`export cached under load (${CLIENTS} clients × 20): ${(cached.length / seconds).toFixed(0)} req/s, ${hits} hits; ${stats(cached)}`);
  const revalidated = await api("GET", exportPath, { headers: { "if-none-match": (await api("GET", exportPath)).headers.get("etag")! } });
  console.log(`conditional request: ${revalidated.status} in ${revalidated.ms.toFixed(1)} ms`);
}

const text = feed500();
cpuBenchmarks(text);
await serverBenchmarks(text);
