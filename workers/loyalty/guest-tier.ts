import { and, desc, eq, gte, inArray } from "drizzle-orm";
import { newId } from "../../shared/ids";
import { tierFor, windowStart, type LoyaltyFigures } from "../../shared/loyalty/tiers";
import type { Database } from "../platform/db/client";
import { guestSubjects, guestTierChanges, reservations, type LoyaltyTier, type TierChangeReason } from "../platform/db/schema";
import { profileIds } from "../guests/guest-profiles";
import { guestsOfSubjects } from "../guests/stay-numbers";
import { readTiers } from "./tier-settings";

const nightsBetween = (checkIn: string, checkOut: string) => Math.round((Date.parse(`${checkOut}T00:00:00Z`) - Date.parse(`${checkIn}T00:00:00Z`)) / 86_400_000);

/** The reservations linked to any of a guest's profiles (guest_subjects joined to reservations on the subject). */
const staysOfProfiles = (tenantId: string, profiles: string[]) =>
  and(eq(guestSubjects.tenantId, tenantId), eq(guestSubjects.subjectType, "reservation"), inArray(guestSubjects.guestId, profiles), eq(reservations.tenantId, tenantId));

/**
 * A guest's confirmed stays and nights checking in from two years before `today` on (their merged
 * profiles' included). Confirmed stays ahead count too: they are paid for. Holds, lapsed and
 * cancelled stays never count.
 */
export async function loyaltyFigures(db: Database, tenantId: string, guestId: string, today: string): Promise<LoyaltyFigures> {
  const ids = await profileIds(db, tenantId, guestId);
  const stays = await db
    .select({ checkIn: reservations.checkIn, checkOut: reservations.checkOut })
    .from(guestSubjects)
    .innerJoin(reservations, eq(reservations.id, guestSubjects.subjectId))
    .where(and(staysOfProfiles(tenantId, ids), eq(reservations.status, "confirmed"), gte(reservations.checkIn, windowStart(today))))
    .all();
  return { stays: stays.length, nights: stays.reduce((sum, s) => sum + nightsBetween(s.checkIn, s.checkOut), 0) };
}

/** The tier a guest has reached now under the tenant's tiers, with the figures it rests on. */
export async function guestTier(db: Database, tenantId: string, guestId: string, today: string, tiers?: LoyaltyTier[]): Promise<{ tier: LoyaltyTier | null; figures: LoyaltyFigures }> {
  const rules = tiers ?? (await readTiers(db, tenantId));
  if (rules.length === 0) return { tier: null, figures: { stays: 0, nights: 0 } };
  const figures = await loyaltyFigures(db, tenantId, guestId, today);
  return { tier: tierFor(rules, figures), figures };
}

/** The tier recorded last for a guest (null: none yet, or they lost it). */
async function recordedTier(db: Database, tenantId: string, guestId: string): Promise<string | null> {
  const row = await db
    .select({ toTier: guestTierChanges.toTier })
    .from(guestTierChanges)
    .where(and(eq(guestTierChanges.tenantId, tenantId), eq(guestTierChanges.guestId, guestId)))
    .orderBy(desc(guestTierChanges.createdAt), desc(guestTierChanges.id))
    .limit(1)
    .get();
  return row?.toTier ?? null;
}

export interface TierChange {
  guestId: string;
  from: string | null;
  to: string | null;
  figures: LoyaltyFigures;
}

/**
 * Works a guest's tier out again and records the change, with its reason, when it differs from the
 * one recorded last; nothing is written when it is the same, so running it again changes nothing.
 */
export async function refreshGuestTier(
  db: Database,
  tenantId: string,
  guestId: string,
  cause: Cause | ((move: { from: string | null; to: string | null }) => Promise<Cause>),
  options: { today: string; tiers?: LoyaltyTier[]; dryRun?: boolean; now?: number },
): Promise<TierChange | null> {
  const { tier, figures } = await guestTier(db, tenantId, guestId, options.today, options.tiers);
  const to = tier?.name ?? null;
  const from = await recordedTier(db, tenantId, guestId);
  if (from === to) return null;
  if (!options.dryRun) {
    const now = options.now ?? Date.now();
    const reason = typeof cause === "function" ? await cause({ from, to }) : cause;
    await db.insert(guestTierChanges).values({ id: newId("gtc", now), tenantId, guestId, fromTier: from, toTier: to, reason: { ...reason, ...figures }, createdAt: now });
  }
  return { guestId, from, to, figures };
}

type Cause = Pick<TierChangeReason, "cause" | "reservationId">;

/** Whether a move goes up the tiers (they are listed from the lowest). */
const rising = (tiers: LoyaltyTier[], move: { from: string | null; to: string | null }) => {
  const rank = (name: string | null) => (name === null ? -1 : tiers.findIndex((tier) => tier.name === name));
  return rank(move.to) > rank(move.from);
};

/**
 * The stay that explains a tier's move: the batch's own stay when its status does (a confirmation
 * lifts, a cancellation lowers), else the guest's latest stay that does. Batches can be handled out
 * of order: a cancellation's batch handled after a confirmation finds the tier already higher, and
 * that rise is the confirmation's, not the cancellation's.
 */
async function causeOfMove(db: Database, tenantId: string, guestId: string, trigger: { reservationId: string; status: string | undefined }, up: boolean): Promise<Cause> {
  const explaining: Array<"confirmed" | "cancelled" | "needs_refund"> = up ? ["confirmed"] : ["cancelled", "needs_refund"];
  const cause = up ? "stay_confirmed" : "stay_cancelled";
  if ((explaining as string[]).includes(trigger.status ?? "")) return { cause, reservationId: trigger.reservationId };
  const latest = await db
    .select({ id: reservations.id })
    .from(guestSubjects)
    .innerJoin(reservations, eq(reservations.id, guestSubjects.subjectId))
    .where(and(staysOfProfiles(tenantId, await profileIds(db, tenantId, guestId)), inArray(reservations.status, explaining)))
    .orderBy(desc(reservations.updatedAt))
    .get();
  return latest ? { cause, reservationId: latest.id } : { cause: "stays_changed", reservationId: trigger.reservationId };
}

/**
 * After a batch of reservation changes: the tier of each guest whose stays changed, worked out
 * again (a confirmation may lift it, a cancellation lower it). Nothing is read beyond the tiers
 * when the lodging runs no programme.
 */
export async function refreshTiersAfterChanges(
  db: Database,
  tenantId: string,
  reservationIds: readonly string[],
  lodgingToday: () => Promise<string>,
): Promise<{ tiers: LoyaltyTier[]; changes: Array<TierChange & { reservationId: string }> }> {
  const tiers = await readTiers(db, tenantId);
  if (tiers.length === 0 || reservationIds.length === 0) return { tiers, changes: [] };
  const today = await lodgingToday();
  const { guestOf } = await guestsOfSubjects(db, tenantId, "reservation", reservationIds);
  const statuses = new Map<string, string>();
  const ids = [...guestOf.keys()];
  for (let i = 0; i < ids.length; i += 90) {
    const rows = await db.select({ id: reservations.id, status: reservations.status }).from(reservations).where(and(eq(reservations.tenantId, tenantId), inArray(reservations.id, ids.slice(i, i + 90)))).all();
    for (const row of rows) statuses.set(row.id, row.status);
  }
  const byGuest = new Map<string, string>();
  for (const [reservationId, guestId] of guestOf) byGuest.set(guestId, reservationId);
  const changes: Array<TierChange & { reservationId: string }> = [];
  for (const [guestId, reservationId] of byGuest) {
    const status = statuses.get(reservationId);
    const cause = (move: { from: string | null; to: string | null }) => causeOfMove(db, tenantId, guestId, { reservationId, status }, rising(tiers, move));
    const change = await refreshGuestTier(db, tenantId, guestId, cause, { today, tiers });
    if (change) changes.push({ ...change, reservationId });
  }
  return { tiers, changes };
}

/** A guest's tier history, newest first. */
export async function tierHistory(db: Database, tenantId: string, guestId: string) {
  const ids = await profileIds(db, tenantId, guestId);
  return db
    .select()
    .from(guestTierChanges)
    .where(and(eq(guestTierChanges.tenantId, tenantId), inArray(guestTierChanges.guestId, ids)))
    .orderBy(desc(guestTierChanges.createdAt), desc(guestTierChanges.id))
    .limit(100)
    .all();
}

/** What a profile shows of loyalty: the tier reached now (in the lodging's today), its figures, and how it got there. */
export async function guestLoyalty(db: Database, tenantId: string, guestId: string, today: string) {
  const [{ tier, figures }, history] = await Promise.all([guestTier(db, tenantId, guestId, today), tierHistory(db, tenantId, guestId)]);
  return { tier, figures, history };
}
