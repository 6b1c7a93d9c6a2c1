import { eq } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { loyaltyTiers, type LoyaltyTier } from "../platform/db/schema";

/** The tenant's tiers, lowest first; none when the lodging runs no programme. */
export async function readTiers(db: Database, tenantId: string): Promise<LoyaltyTier[]> {
  const row = await db.select({ tiers: loyaltyTiers.tiers }).from(loyaltyTiers).where(eq(loyaltyTiers.tenantId, tenantId)).get();
  return row?.tiers ?? [];
}

/** Replaces the tenant's tiers whole (the request was validated: names unique, each with a threshold). */
export async function saveTiers(db: Database, tenantId: string, tiers: LoyaltyTier[]): Promise<LoyaltyTier[]> {
  const updatedAt = Date.now();
  await db.insert(loyaltyTiers).values({ tenantId, tiers, updatedAt }).onConflictDoUpdate({ target: loyaltyTiers.tenantId, set: { tiers, updatedAt } });
  return tiers;
}
