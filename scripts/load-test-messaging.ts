/**
 * npm run load-test:messaging -- --dry-run [--reservations 2000] [--tenants 20] [--days 40]
 *
 * Schedules every step for M confirmed reservations across T tenants and lets a virtual clock run
 * the 5-minute sweep over the whole season, against fakes: the Worker's own code and queries on
 * an in-memory SQLite with the real migrations, a fake outbound queue and live hub. Along the way
 * it redelivers events, runs overlapping sweeps, moves and cancels stays and simulates workers
 * that die between handing a message over and recording it. It reports throughput, the lag from
 * each step's time to its send, and anything sent twice (must be 0).
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import { database } from "../workers/platform/db/client";
import { accommodations, reservations, tenants, whatsappSettings } from "../workers/platform/db/schema";
import type { Env } from "../workers/platform/env";
import { ensureDefaultSteps } from "../workers/communications/steps";
import { followReservation } from "../workers/communications/follow-reservation";
import { runDueSteps } from "../workers/communications/due-steps";
import { addDays } from "../shared/domain/dates";
import { applyMigrations, sqliteD1 } from "./load-test/sqlite-d1";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
if (!args.includes("--dry-run")) {
  console.error("Only --dry-run is supported: it runs the scheduling code against fakes and sends nothing.");
  process.exit(2);
}
const RESERVATIONS = option("reservations", 2000);
const TENANTS = option("tenants", 20);
const DAYS = option("days", 40);
const TICK_MS = 5 * 60_000;

// Quiet: the code under test logs every sweep as JSON lines.
const realLog = console.log;
console.log = () => undefined;
const print = (...line: unknown[]) => realLog(...line);

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!);
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

async function main() {
  const d1 = sqliteD1();
  await applyMigrations(d1, path.join(import.meta.dirname, "..", "migrations"));
  const queued = new Map<string, number>();
  const env = {
    DB: d1,
    OUTBOUND_QUEUE: { send: async (body: { messageId: string }) => void queued.set(body.messageId, (queued.get(body.messageId) ?? 0) + 1) },
    LIVE: { idFromName: (name: string) => name, get: () => ({ publish: async () => undefined }) },
  } as unknown as Env;
  const db = database(d1);

  const start = Date.parse(`${new Date().toISOString().slice(0, 10)}T12:00:00Z`);
  const today = new Date(start).toISOString().slice(0, 10);
  const tenantIds: string[] = [];
  const units = new Map<string, string>();
  for (let t = 0; t < TENANTS; t++) {
    const id = `ten_LOAD${String(t).padStart(22, "0")}`;
    tenantIds.push(id);
    await db.insert(tenants).values({ id, slug: `load-${t}`, name: `Lodging ${t}`, country: t % 5 === 4 ? "BR" : "AR", timezone: t % 5 === 4 ? "America/Sao_Paulo" : "America/Argentina/Buenos_Aires", currency: "ARS" });
    await db.insert(whatsappSettings).values({ tenantId: id, phoneNumberId: `pn${t}`, accessTokenSealed: "x", appSecretSealed: "x", verifyTokenHash: `h${t}`, updatedAt: start });
    const unit = `acc_LOAD${String(t).padStart(22, "0")}`;
    await db.insert(accommodations).values({ id: unit, tenantId: id, name: `Cabaña ${t}`, type: "cabin", capacity: 4, basePriceAmount: 10_000_000, currency: "ARS", amenities: [], pricing: {}, timezone: t % 5 === 4 ? "America/Sao_Paulo" : "America/Argentina/Buenos_Aires", unitNumber: 1, icalTokenSealed: "x", doorCode: "1234" });
    units.set(id, unit);
    await ensureDefaultSteps(db, id);
  }

  const stays: { id: string; tenantId: string; checkIn: string; version: number }[] = [];
  for (let r = 0; r < RESERVATIONS; r++) {
    const tenantId = tenantIds[r % TENANTS]!;
    const checkIn = addDays(today, 1 + Math.floor(random() * (DAYS - 10)));
    const nights = 1 + Math.floor(random() * 6);
    const id = `res_LOAD${String(r).padStart(22, "0")}`;
    const total = nights * 10_000_000;
    await db.insert(reservations).values({
      id,
      tenantId,
      accommodationId: units.get(tenantId)!,
      code: `RES${r}`,
      status: r % 10 === 9 ? "held" : "confirmed",
      expiresAt: r % 10 === 9 ? start + 15 * 60_000 + Math.floor(random() * 86_400_000) : null,
      checkIn,
      checkOut: addDays(checkIn, nights),
      guests: 2,
      guestName: `Guest ${r}`,
      guestPhone: `+54 9 11 ${String(40_000_000 + r)}`,
      source: "direct",
      // Every tenth is still a hold (its payment reminder goes at any minute); the rest pay only the deposit.
      totalAmount: total,
      depositAmount: Math.round(total * 0.3),
      currency: "ARS",
      version: 1,
    });
    stays.push({ id, tenantId, checkIn, version: 1 });
  }

  const firstLag = new Map<string, number>();
  const firstSentAt = new Map<string, number>();
  // Planning: every confirmation event, a fifth of them delivered twice.
  let planned = performance.now();
  // As the queue consumer does: plan, then send at once what is already due (the confirmation).
  for (const stay of stays) await followReservation(db, env, { tenantId: stay.tenantId, reservationId: stay.id }, { justConfirmed: true, now: start });
  for (const stay of stays) if (random() < 0.2) await followReservation(db, env, { tenantId: stay.tenantId, reservationId: stay.id }, { justConfirmed: true, now: start });
  planned = performance.now() - planned;
  const scheduledRows = (await d1.prepare("SELECT count(*) AS n FROM step_schedule").first<{ n: number }>())!.n;
  // Confirmations went from the event itself: their lag is the planning's.
  for (const row of (await d1.prepare("SELECT id, due_at, fired_at FROM step_schedule WHERE status = 'sent'").all<{ id: string; due_at: number; fired_at: number }>()).results) {
    firstLag.set(row.id, row.fired_at - row.due_at);
    firstSentAt.set(row.id, row.fired_at);
  }

  // The season runs on a virtual clock, one sweep per 5 minutes.
  let sweepMs = 0;
  let busyMs = 0;
  let busySent = 0;
  let sweeps = 0;
  let crashes = 0;
  const cancelled = new Map<string, number>();
  let moved = 0;
  for (let now = start; now <= start + DAYS * 86_400_000; now += TICK_MS) {
    const tick = (now - start) / TICK_MS;
    if (tick % 288 === 100) {
      // Once a day some stays move two days later and some are cancelled; their events are delivered twice.
      for (const stay of stays) {
        if (cancelled.has(stay.id) || stay.checkIn <= new Date(now).toISOString().slice(0, 10)) continue;
        const roll = random();
        if (roll < 0.01) {
          stay.version += 1;
          stay.checkIn = addDays(stay.checkIn, 2);
          await d1.prepare("UPDATE reservations SET check_in = date(check_in, '+2 days'), check_out = date(check_out, '+2 days'), version = ? WHERE id = ?").bind(stay.version, stay.id).run();
          moved++;
        } else if (roll < 0.015) {
          stay.version += 1;
          cancelled.set(stay.id, now);
          await d1.prepare("UPDATE reservations SET status = 'cancelled', version = ? WHERE id = ?").bind(stay.version, stay.id).run();
        } else continue;
        for (let i = 0; i < 2; i++) await followReservation(db, env, { tenantId: stay.tenantId, reservationId: stay.id }, { now });
      }
    }
    const began = performance.now();
    // Rows are stamped with the sweep's clock; the wall time the sweep took is added to their lag below.
    // Every tenth run two sweeps overlap (a slow cron run meeting the next one).
    const reports = await Promise.all(tick % 10 === 0 ? [runDueSteps(db, env, { now }), runDueSteps(db, env, { now })] : [runDueSteps(db, env, { now })]);
    const took = performance.now() - began;
    sweepMs += took;
    const claimed = reports.reduce((sum, r) => sum + r.claimed, 0);
    if (claimed > 0) {
      busyMs += took;
      busySent += reports.reduce((sum, r) => sum + r.sent, 0);
    }
    // Each step's lag is taken when it is first sent (a re-run after a lost record keeps the first).
    for (const row of (await d1.prepare("SELECT id, due_at FROM step_schedule WHERE status = 'sent' AND fired_at = ?").bind(now).all<{ id: string; due_at: number }>()).results) {
      if (!firstLag.has(row.id)) {
        firstLag.set(row.id, now - row.due_at + took);
        firstSentAt.set(row.id, now);
      }
    }
    sweeps++;
    if (tick % 50 === 25) {
      // A worker died after handing this run's messages over but before recording them: its claims lapse.
      const lost = await d1
        .prepare("UPDATE step_schedule SET status = 'sending', claimed_until = ?1, fired_at = NULL WHERE id IN (SELECT id FROM step_schedule WHERE status = 'sent' AND fired_at > ?1 - 86400000 ORDER BY random() LIMIT 5) RETURNING id")
        .bind(now)
        .all();
      crashes += lost.results.length;
    }
  }

  const sent = (await d1.prepare("SELECT id FROM step_schedule WHERE status = 'sent'").all<{ id: string }>()).results;
  // From the step's time to the end of the sweep that sent it (the cron's wait plus the sweep's own time).
  const lags = [...firstLag.values()].sort((a, b) => a - b);
  const byStatus = (await d1.prepare("SELECT status, coalesce(reason, '') AS reason, count(*) AS n FROM step_schedule GROUP BY status, reason ORDER BY n DESC").all<{ status: string; reason: string; n: number }>()).results;
  const duplicateKeys = (await d1.prepare("SELECT count(*) AS n FROM (SELECT dedupe_key FROM messages WHERE dedupe_key IS NOT NULL GROUP BY tenant_id, dedupe_key HAVING count(*) > 1)").first<{ n: number }>())!.n;
  const perStep = (await d1.prepare("SELECT count(*) AS n FROM (SELECT reservation_id, step_id FROM step_schedule GROUP BY reservation_id, step_id HAVING count(*) > 1)").first<{ n: number }>())!.n;
  const messages = (await d1.prepare("SELECT count(*) AS n FROM messages").first<{ n: number }>())!.n;
  const queuedTwice = [...queued.values()].filter((n) => n > 1).length;
  let lateAfterCancel = 0;
  for (const [id, at] of cancelled) {
    const rows = (await d1.prepare("SELECT id FROM step_schedule WHERE reservation_id = ?").bind(id).all<{ id: string }>()).results;
    lateAfterCancel += rows.filter((r) => (firstSentAt.get(r.id) ?? 0) > at).length;
  }
  const minutes = (ms: number) => (ms < 60_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 60_000).toFixed(1)} min`);

  print(`Scheduled messages, dry run against fakes (${TENANTS} tenants, ${RESERVATIONS} reservations, ${DAYS} days, a sweep every 5 minutes)`);
  print(`  planned:     ${scheduledRows} steps for ${RESERVATIONS} reservations in ${planned.toFixed(0)} ms, confirmations sent with it (${((RESERVATIONS * 1.2) / (planned / 1000)).toFixed(0)} events/s, a fifth delivered twice)`);
  print(`  sent:        ${sent.length} steps → ${messages} messages in ${sweeps} sweeps, ${(sweepMs / 1000).toFixed(1)} s of sweep time`);
  print(`  throughput:  ${(busySent / (busyMs / 1000)).toFixed(0)} sends/s in sweeps that sent; an idle sweep costs ${((sweepMs - busyMs) / Math.max(1, sweeps - [...new Set(firstSentAt.values())].length)).toFixed(2)} ms`);
  print(`  lag due→sent: p50 ${minutes(percentile(lags, 50))}, p95 ${minutes(percentile(lags, 95))}, max ${minutes(lags.at(-1) ?? 0)} (within 5 min of the step's time)`);
  print(`  disturbances: ${moved} stays moved, ${cancelled.size} cancelled (events twice each), ${crashes} sends whose record was lost and re-run, overlapping sweeps every 10th run`);
  print(`  outcomes:    ${byStatus.map((s) => `${s.status}${s.reason ? `/${s.reason}` : ""} ${s.n}`).join(", ")}`);
  print(`  duplicates:  ${duplicateKeys + perStep + queuedTwice} (messages sharing a step key ${duplicateKeys}, rows per reservation×step ${perStep}, queue nudges twice ${queuedTwice}); sent after cancellation ${lateAfterCancel}`);
  const failed = duplicateKeys + perStep + queuedTwice + lateAfterCancel > 0 || (lags.at(-1) ?? 0) > TICK_MS + 60_000;
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
