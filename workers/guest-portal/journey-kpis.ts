import { and, asc, eq, gte, inArray, lt, lte } from "drizzle-orm";
import { addDays } from "../../shared/domain/dates";
import type { Database } from "../platform/db/client";
import { conversations, guestCheckIns, guestRatings, messages, reservations, tenants, upsellOffers, upsellPurchases } from "../platform/db/schema";

/** The runbook's targets for the guest journey. */
export const JOURNEY_TARGETS = { ratingOutOf5: 4.5, firstResponseMinutes: 10, upsellConversion: 0.18 } as const;

export interface JourneyKpis {
  from: string;
  to: string;
  ratings: number;
  /** Mean score on the guests' 0–10 scale, and the same out of 5 (the runbook's scale); null without ratings. */
  averageRating: number | null;
  averageRatingOutOf5: number | null;
  /** % promoters (9–10) minus % detractors (0–6), -100..100; null without ratings. */
  nps: number | null;
  /** From a guest's message that waited for us to our next message in that thread, in seconds. */
  firstResponse: { count: number; meanSeconds: number | null; p95Seconds: number | null };
  /** Confirmed stays arriving in the range that the guest checked in online before their arrival day ended. */
  checkIn: { arrivals: number; completedBeforeArrival: number; rate: number | null };
  /** Extras offered to stays arriving in the range, and how many of those were bought (paid). */
  upsells: { offered: number; bought: number; conversion: number | null; revenue: Array<{ currency: string; amount: number }> };
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The nearest-rank 95th percentile. */
function p95(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)]!;
}

/** Midnight at the start of a local day, as epoch ms, in a zone (Intl only: the offset of that instant). */
function startOfDay(date: string, timeZone: string): number {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).formatToParts(new Date(utcMidnight));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asLocal = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return utcMidnight - (asLocal - utcMidnight);
}

/**
 * The guest journey's KPIs for from..to (the tenant's days, both included). Per-stay figures
 * (rating, check-in, extras) count stays arriving in the range, as the reports count a stay on
 * its check-in day; response times count guest messages written in the range.
 */
export async function journeyKpis(db: Database, tenantId: string, from: string, to: string): Promise<JourneyKpis> {
  const tenant = await db.select({ timezone: tenants.timezone }).from(tenants).where(eq(tenants.id, tenantId)).get();
  const zone = tenant?.timezone ?? "America/Argentina/Buenos_Aires";
  const stays = await db
    .select({ id: reservations.id, checkIn: reservations.checkIn })
    .from(reservations)
    .where(and(eq(reservations.tenantId, tenantId), eq(reservations.status, "confirmed"), gte(reservations.checkIn, from), lte(reservations.checkIn, to)))
    .all();
  const ids = stays.map((s) => s.id);
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += 90) chunks.push(ids.slice(i, i + 90));
  const perChunk = await Promise.all(
    chunks.map(async (chunk) => {
      const [ratings, checkIns, offers, bought] = await Promise.all([
        db.select({ score: guestRatings.score }).from(guestRatings).where(and(eq(guestRatings.tenantId, tenantId), inArray(guestRatings.reservationId, chunk))).all(),
        db.select().from(guestCheckIns).where(and(eq(guestCheckIns.tenantId, tenantId), inArray(guestCheckIns.reservationId, chunk))).all(),
        db.select({ reservationId: upsellOffers.reservationId, upsellId: upsellOffers.upsellId }).from(upsellOffers).where(and(eq(upsellOffers.tenantId, tenantId), inArray(upsellOffers.reservationId, chunk))).all(),
        db
          .select({ reservationId: upsellPurchases.reservationId, upsellId: upsellPurchases.upsellId, amount: upsellPurchases.amount, currency: upsellPurchases.currency })
          .from(upsellPurchases)
          .where(and(eq(upsellPurchases.tenantId, tenantId), eq(upsellPurchases.status, "paid"), inArray(upsellPurchases.reservationId, chunk)))
          .all(),
      ]);
      return { ratings, checkIns, offers, bought };
    }),
  );
  const ratings = perChunk.flatMap((c) => c.ratings).map((r) => r.score);
  const checkIns = new Map(perChunk.flatMap((c) => c.checkIns).map((c) => [c.reservationId, c]));
  const offers = new Set(perChunk.flatMap((c) => c.offers).map((o) => `${o.reservationId}:${o.upsellId}`));
  const paid = perChunk.flatMap((c) => c.bought);

  const promoters = ratings.filter((s) => s >= 9).length;
  const detractors = ratings.filter((s) => s <= 6).length;
  const average = ratings.length ? ratings.reduce((a, b) => a + b, 0) / ratings.length : null;

  const completedBeforeArrival = stays.filter((s) => {
    const c = checkIns.get(s.id);
    return c?.status === "completed" && c.completedBy === "guest" && c.completedAt !== null && c.completedAt < startOfDay(addDays(s.checkIn, 1), zone);
  }).length;

  // An extra bought without being recorded as offered (staff sold it) still counts as offered once.
  const boughtKeys = new Set(paid.map((p) => `${p.reservationId}:${p.upsellId}`));
  const offeredCount = new Set([...offers, ...boughtKeys]).size;
  const revenue = new Map<string, number>();
  for (const p of paid) revenue.set(p.currency, (revenue.get(p.currency) ?? 0) + p.amount);

  const response = await firstResponseTimes(db, tenantId, startOfDay(from, zone), startOfDay(addDays(to, 1), zone));
  const sorted = [...response].sort((a, b) => a - b);
  return {
    from,
    to,
    ratings: ratings.length,
    averageRating: average === null ? null : round(average, 2),
    averageRatingOutOf5: average === null ? null : round(average / 2, 2),
    nps: ratings.length ? round(((promoters - detractors) / ratings.length) * 100, 1) : null,
    firstResponse: { count: sorted.length, meanSeconds: sorted.length ? Math.round(sorted.reduce((a, b) => a + b, 0) / sorted.length) : null, p95Seconds: p95(sorted) },
    checkIn: { arrivals: stays.length, completedBeforeArrival, rate: stays.length ? round(completedBeforeArrival / stays.length, 4) : null },
    upsells: { offered: offeredCount, bought: boughtKeys.size, conversion: offeredCount ? round(boughtKeys.size / offeredCount, 4) : null, revenue: [...revenue].map(([currency, amount]) => ({ currency, amount })) },
  };
}

/**
 * Seconds from each guest message that found the thread waiting on us (the first of a run of
 * guest messages) to our next message, for runs that began in [fromMs, toMs). Messages the
 * scheduled steps sent are not answers. A run still unanswered is left out.
 */
async function firstResponseTimes(db: Database, tenantId: string, fromMs: number, toMs: number): Promise<number[]> {
  const rows = await db
    .select({ conversationId: messages.conversationId, direction: messages.direction, createdAt: messages.createdAt, dedupeKey: messages.dedupeKey })
    .from(messages)
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    .where(and(eq(messages.tenantId, tenantId), gte(messages.createdAt, fromMs), lt(messages.createdAt, toMs + 7 * 86_400_000)))
    .orderBy(asc(messages.conversationId), asc(messages.createdAt))
    .all();
  const times: number[] = [];
  let waitingSince: number | null = null;
  let thread = "";
  for (const row of rows) {
    if (row.conversationId !== thread) {
      thread = row.conversationId;
      waitingSince = null;
    }
    if (row.direction === "in") {
      if (waitingSince === null && row.createdAt < toMs) waitingSince = row.createdAt;
    } else if (!(row.dedupeKey ?? "").startsWith("step:") && waitingSince !== null) {
      times.push(Math.round((row.createdAt - waitingSince) / 1000));
      waitingSince = null;
    }
  }
  return times;
}
