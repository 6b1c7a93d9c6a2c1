import { eq } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { lodgingInfo } from "../platform/db/schema";

export interface LodgingInfo {
  address: string | null;
  cancellationPolicy: string | null;
  houseRules: string | null;
}

const EMPTY: LodgingInfo = { address: null, cancellationPolicy: null, houseRules: null };

/** The tenant's address, cancellation policy and house rules; all null until set. */
export async function lodgingInfoOf(db: Database, tenantId: string): Promise<LodgingInfo> {
  const row = await db.select().from(lodgingInfo).where(eq(lodgingInfo.tenantId, tenantId)).get();
  return row ? { address: row.address, cancellationPolicy: row.cancellationPolicy, houseRules: row.houseRules } : EMPTY;
}

/** Replaces the tenant's lodging info; an empty text clears its field. */
export async function saveLodgingInfo(db: Database, tenantId: string, input: LodgingInfo): Promise<LodgingInfo> {
  const clean = (value: string | null) => (value && value.trim() !== "" ? value.trim() : null);
  const values = { address: clean(input.address), cancellationPolicy: clean(input.cancellationPolicy), houseRules: clean(input.houseRules) };
  await db
    .insert(lodgingInfo)
    .values({ tenantId, ...values, updatedAt: Date.now() })
    .onConflictDoUpdate({ target: lodgingInfo.tenantId, set: { ...values, updatedAt: Date.now() } });
  return values;
}
