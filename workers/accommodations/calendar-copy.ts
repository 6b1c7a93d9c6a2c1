import { eq } from "drizzle-orm";
import { loyaltyCopyOf, type UnitConfig } from "../../durable-objects/calendar/unit-config";
import { database } from "../platform/db/client";
import { loyaltyTiers } from "../platform/db/schema";
import { calendarOf } from "../bookings/calendar";
import type { Env } from "../platform/env";
import type { AccommodationRow } from "./accommodations";

/** What the calendar object keeps of an accommodation to price and check stays on its own. */
export function calendarCopyOf(row: AccommodationRow): UnitConfig {
  return {
    tenantId: row.tenantId,
    accommodationId: row.id,
    unitNumber: Math.max(1, row.unitNumber),
    name: row.name,
    timezone: row.timezone,
    capacity: row.capacity,
    minStay: row.minStay,
    basePrice: { amount: row.basePriceAmount, currency: row.currency },
    pricing: row.pricing,
    depositPercent: row.depositPercent,
    deleted: row.deletedAt !== null,
    updatedAt: row.updatedAt,
  };
}

/**
 * Hands the calendar object the accommodation's new state right after the database took it, so
 * the next hold is priced by the new rules. Should this call fail, the object refreshes its copy
 * from the database on its own within minutes, and loads it when it has none.
 */
export async function pushCalendarCopy(env: Env, row: AccommodationRow): Promise<void> {
  // The tenant's loyalty copy goes along, so a new unit's first hold already knows whether to send a contact back.
  const tiers = await database(env.DB).select({ tiers: loyaltyTiers.tiers, updatedAt: loyaltyTiers.updatedAt }).from(loyaltyTiers).where(eq(loyaltyTiers.tenantId, row.tenantId)).get();
  const loyalty = loyaltyCopyOf(row.tenantId, tiers?.tiers ?? null, tiers?.updatedAt ?? null);
  await calendarOf(env, row.id).configure({ ...calendarCopyOf(row), loyalty });
}
