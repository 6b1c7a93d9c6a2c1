import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { loyaltyTiers, upsells, type LoyaltyTier } from "../platform/db/schema";
import { AppError } from "../platform/errors";

/** A welcome text fits one message beside the confirmation it goes in. */
export const WELCOME_TEXT_MAX = 500;

/** A tier as the lodging's tiers are read: every field present, whenever the tiers were saved. */
export type Tier = LoyaltyTier & { welcomeText: string | null; freeExtras: string[] };

/** Tiers saved before a field existed read it as its empty value, so no stored JSON has to be rewritten. */
export const completeTier = (tier: LoyaltyTier): Tier => ({ ...tier, benefits: tier.benefits ?? [], welcomeText: tier.welcomeText ?? null, freeExtras: tier.freeExtras ?? [] });

/** The tenant's tiers, lowest first; none when the lodging runs no programme. */
export async function readTiers(db: Database, tenantId: string): Promise<Tier[]> {
  const row = await db.select({ tiers: loyaltyTiers.tiers }).from(loyaltyTiers).where(eq(loyaltyTiers.tenantId, tenantId)).get();
  return (row?.tiers ?? []).map(completeTier);
}

/** Replaces the tenant's tiers whole (the request was validated: names unique, each with a threshold); answers when. */
export async function saveTiers(db: Database, tenantId: string, tiers: Tier[]): Promise<{ tiers: Tier[]; updatedAt: number }> {
  checkWelcomeTexts(tiers);
  await checkFreeExtras(db, tenantId, tiers);
  const updatedAt = Date.now();
  await db.insert(loyaltyTiers).values({ tenantId, tiers, updatedAt }).onConflictDoUpdate({ target: loyaltyTiers.tenantId, set: { tiers, updatedAt } });
  return { tiers, updatedAt };
}

/** Refuses, naming each tier and its length, welcome texts longer than one message should carry. */
function checkWelcomeTexts(tiers: readonly Tier[]): void {
  const errors = tiers.flatMap((tier, index) =>
    tier.welcomeText && [...tier.welcomeText].length > WELCOME_TEXT_MAX
      ? [{ path: `tiers.${index}.welcomeText`, message: `the welcome text of ${tier.name} is ${[...tier.welcomeText].length} characters long; at most ${WELCOME_TEXT_MAX}` }]
      : [],
  );
  if (errors.length > 0) throw new AppError(422, "welcome_text_too_long", `A welcome text may be at most ${WELCOME_TEXT_MAX} characters long`, { errors, max: WELCOME_TEXT_MAX });
}

/** A tier gives for free only a late check-out or early check-in of the lodging's own catalog. */
async function checkFreeExtras(db: Database, tenantId: string, tiers: readonly Tier[]): Promise<void> {
  const named = [...new Set(tiers.flatMap((t) => t.freeExtras))];
  if (named.length === 0) return;
  const found = await db
    .select({ id: upsells.id, kind: upsells.kind })
    .from(upsells)
    .where(and(eq(upsells.tenantId, tenantId), inArray(upsells.id, named.slice(0, 90))))
    .all();
  const dayUse = new Set(found.filter((u) => u.kind === "late_checkout" || u.kind === "early_checkin").map((u) => u.id));
  const errors = tiers.flatMap((tier, index) =>
    tier.freeExtras.flatMap((id, at) => (dayUse.has(id) ? [] : [{ path: `tiers.${index}.freeExtras.${at}`, message: "not a late check-out or early check-in extra of yours" }])),
  );
  if (errors.length > 0) throw new AppError(422, "invalid_free_extras", "A tier may give for free only a late check-out or early check-in of the catalog", { errors });
}
