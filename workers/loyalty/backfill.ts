import { and, eq, isNull } from "drizzle-orm";
import { todayIn } from "../../shared/domain/dates";
import type { Database } from "../platform/db/client";
import { guestSubjects, guests, reservations } from "../platform/db/schema";
import { linkReservationGuests } from "../guests/link-subjects";
import { tenantTimeZone } from "../tenancy/tenants";
import { refreshGuestTier, type TierChange } from "./guest-tier";
import { readTiers } from "./tier-settings";

export interface BackfillReport {
  dryRun: boolean;
  /** Reservations that had no guest yet (linked now, unless a dry run). */
  unlinkedReservations: number;
  guests: number;
  tierChanges: TierChange[];
}

/**
 * `npm run loyalty:backfill`: every reservation of the tenant gets its guest (profiles are made
 * from the stays' phones and emails, as when they are booked), then every guest's tier is worked out
 * and recorded where it changed. Run twice, the second run finds nothing to do; a dry run writes
 * nothing and tells what the run would change.
 */
export async function backfillLoyalty(db: Database, tenantId: string, options: { dryRun: boolean }): Promise<BackfillReport> {
  const unlinked = await db
    .select({ id: reservations.id })
    .from(reservations)
    .leftJoin(guestSubjects, and(eq(guestSubjects.subjectType, "reservation"), eq(guestSubjects.subjectId, reservations.id)))
    .where(and(eq(reservations.tenantId, tenantId), isNull(guestSubjects.subjectId)))
    .all();
  if (!options.dryRun) {
    for (let i = 0; i < unlinked.length; i += 90) await linkReservationGuests(db, tenantId, unlinked.slice(i, i + 90).map((r) => r.id));
  }
  const tiers = await readTiers(db, tenantId);
  const today = todayIn(await tenantTimeZone(db, tenantId), new Date());
  const live = await db
    .select({ id: guests.id })
    .from(guests)
    .where(and(eq(guests.tenantId, tenantId), isNull(guests.mergedInto), isNull(guests.anonymisedAt)))
    .all();
  const tierChanges: TierChange[] = [];
  for (const guest of live) {
    const change = await refreshGuestTier(db, tenantId, guest.id, { cause: "backfill", reservationId: null }, { today, tiers, dryRun: options.dryRun });
    if (change) tierChanges.push(change);
  }
  return { dryRun: options.dryRun, unlinkedReservations: unlinked.length, guests: live.length, tierChanges };
}
