import { z } from "zod";
import type { PricingRules } from "../../shared/domain/pricing";

/**
 * The object's copy of its accommodation: what it needs to price a stay, check capacity and make
 * codes without asking the database on a hold. The Worker pushes it on every change
 * (`configure`); the object also loads it once when it has none and refreshes it in the
 * background now and then, so a push that was lost heals by itself.
 */
export const unitConfigSchema = z.object({
  tenantId: z.string().min(1),
  accommodationId: z.string().min(1),
  unitNumber: z.number().int().min(1),
  name: z.string(),
  timezone: z.string().min(1),
  capacity: z.number().int().min(1),
  minStay: z.number().int().min(1),
  basePrice: z.object({ amount: z.number().int().nonnegative(), currency: z.string().length(3) }),
  // Checked when the accommodation was saved; bounds tightened since must not lock older units out of holds.
  pricing: z.custom<PricingRules>((value) => typeof value === "object" && value !== null && !Array.isArray(value), "pricing rules"),
  depositPercent: z.number().min(0).max(100),
  deleted: z.boolean(),
  /** The accommodation row's updated_at: an older copy never replaces a newer one. */
  updatedAt: z.number().int(),
});

export type UnitConfig = z.infer<typeof unitConfigSchema>;

/** How often the copy is refreshed from the database in the background. */
export const UNIT_REFRESH_MS = 10 * 60_000;

interface AccommodationRecord {
  id: string;
  tenant_id: string;
  unit_number: number;
  name: string;
  timezone: string;
  capacity: number;
  min_stay: number;
  base_price_amount: number;
  currency: string;
  pricing: string;
  deposit_percent: number;
  deleted_at: number | null;
  updated_at: number;
  loyalty_tiers: string | null;
  loyalty_updated_at: number | null;
}

/**
 * Reads the accommodation and its tenant's loyalty copy from the tenant database, in one query
 * (once, or in the background).
 */
export async function loadUnitConfig(db: D1Database, accommodationId: string): Promise<{ unit: UnitConfig; loyalty: LoyaltyCopy } | null> {
  const row = await db
    .prepare(
      `SELECT a.id, a.tenant_id, a.unit_number, a.name, a.timezone, a.capacity, a.min_stay, a.base_price_amount, a.currency, a.pricing, a.deposit_percent,
         a.deleted_at, a.updated_at, t.tiers AS loyalty_tiers, t.updated_at AS loyalty_updated_at
       FROM accommodations a LEFT JOIN loyalty_tiers t ON t.tenant_id = a.tenant_id WHERE a.id = ?`,
    )
    .bind(accommodationId)
    .first<AccommodationRecord>();
  if (!row) return null;
  const loyalty = loyaltyCopyOf(row.tenant_id, row.loyalty_tiers ? (JSON.parse(row.loyalty_tiers) as TierDiscounts) : null, row.loyalty_updated_at);
  return { loyalty, unit: unitConfigSchema.parse({
    tenantId: row.tenant_id,
    accommodationId: row.id,
    unitNumber: Math.max(1, row.unit_number),
    name: row.name,
    timezone: row.timezone,
    capacity: row.capacity,
    minStay: row.min_stay,
    basePrice: { amount: row.base_price_amount, currency: row.currency },
    pricing: JSON.parse(row.pricing) as unknown,
    depositPercent: row.deposit_percent,
    deleted: row.deleted_at !== null,
    updatedAt: row.updated_at,
  }) };
}

/**
 * What the object knows of its tenant's loyalty programme: only whether some tier takes money off
 * a stay. A hold that names a guest's contact is then sent back for the Worker to find the guest's
 * discount (one D1 read); without such a tier, the common case, the hold asks the database nothing.
 * Pushed to every unit's object when the tiers are saved, read with the accommodation otherwise.
 */
export const loyaltyCopySchema = z.object({
  tenantId: z.string().min(1),
  discounts: z.boolean(),
  /** The tiers' updated_at (0: never saved): an older copy never replaces a newer one. */
  updatedAt: z.number().int().nonnegative(),
});

export type LoyaltyCopy = z.infer<typeof loyaltyCopySchema>;

type TierDiscounts = ReadonlyArray<{ discountPercent?: number | null }>;

/** The copy of a tenant's saved tiers (null: never saved): whether some tier takes money off a stay. */
export function loyaltyCopyOf(tenantId: string, tiers: TierDiscounts | null, updatedAt: number | null): LoyaltyCopy {
  return { tenantId, discounts: (tiers ?? []).some((tier) => (tier.discountPercent ?? 0) > 0), updatedAt: updatedAt ?? 0 };
}
