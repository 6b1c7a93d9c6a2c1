import { and, desc, eq, inArray } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { guestTierChanges } from "../platform/db/schema";
import { guestsOfSubjects } from "../guests/stay-numbers";
import { guestDiscount } from "./guest-discount";
import { readTiers, type Tier } from "./tier-settings";

export interface StayTier {
  guestId: string;
  tier: Tier;
}

/** D1 binds at most 100 values per query. */
const IDS_PER_QUERY = 90;

/**
 * The tier each stay's guest holds now: the profile the stay counts in (merges followed) and the
 * tier recorded for it last, the one its discount is priced with. Stays of guests without a tier
 * (or of a lodging without a programme, which costs one read) are left out.
 */
export async function tiersOfReservations(db: Database, tenantId: string, reservationIds: readonly string[]): Promise<{ tiers: Tier[]; byReservation: Map<string, StayTier> }> {
  const byReservation = new Map<string, StayTier>();
  const tiers = await readTiers(db, tenantId);
  if (tiers.length === 0 || reservationIds.length === 0) return { tiers, byReservation };
  const { guestOf } = await guestsOfSubjects(db, tenantId, "reservation", reservationIds);
  const guestIds = [...new Set(guestOf.values())];
  const recorded = new Map<string, string | null>();
  for (let i = 0; i < guestIds.length; i += IDS_PER_QUERY) {
    const rows = await db
      .select({ guestId: guestTierChanges.guestId, toTier: guestTierChanges.toTier })
      .from(guestTierChanges)
      .where(and(eq(guestTierChanges.tenantId, tenantId), inArray(guestTierChanges.guestId, guestIds.slice(i, i + IDS_PER_QUERY))))
      .orderBy(desc(guestTierChanges.createdAt), desc(guestTierChanges.id))
      .all();
    // Newest first: the first row of each guest is their tier now.
    for (const row of rows) if (!recorded.has(row.guestId)) recorded.set(row.guestId, row.toTier);
  }
  for (const [reservationId, guestId] of guestOf) {
    const tier = tiers.find((t) => t.name === recorded.get(guestId));
    if (tier) byReservation.set(reservationId, { guestId, tier });
  }
  return { tiers, byReservation };
}

export interface StayContact {
  id: string;
  guestPhone: string | null;
  guestEmail: string | null;
}

/**
 * The tier of one stay's guest. A stay is linked to its guest a moment after it changes (with the
 * batch that follows it), and its confirmation may be told before: then the guest is found by the
 * stay's contact, as its hold was priced.
 */
export async function tierOfStay(db: Database, tenantId: string, stay: StayContact): Promise<Tier | null> {
  const { tiers, byReservation } = await tiersOfReservations(db, tenantId, [stay.id]);
  const linked = byReservation.get(stay.id);
  if (linked || tiers.length === 0) return linked?.tier ?? null;
  if (!stay.guestPhone && !stay.guestEmail) return null;
  return (await guestDiscount(db, tenantId, { phone: stay.guestPhone, email: stay.guestEmail })).tier;
}

/** The welcome text owed to a stay's guest by their tier; empty for a guest without one (or a tier without a text). */
export async function welcomeTextFor(db: Database, tenantId: string, stay: StayContact): Promise<string> {
  return (await tierOfStay(db, tenantId, stay))?.welcomeText ?? "";
}
