import { and, eq, isNull } from "drizzle-orm";
import { loyaltyCopyOf } from "../../durable-objects/calendar/unit-config";
import { log } from "../../shared/log";
import { calendarOf } from "./calendar";
import type { Database } from "../platform/db/client";
import { accommodations } from "../platform/db/schema";
import type { Env } from "../platform/env";
import type { Tier } from "../loyalty/tier-settings";

/**
 * Tells every unit's calendar object whether the tiers just saved take money off a stay, so the
 * next hold naming a contact is sent back for the guest's discount (or no longer is). A push that
 * fails is logged and healed by the object's own refresh within minutes (UNIT_REFRESH_MS).
 */
export async function pushLoyaltyCopy(db: Database, env: Env, tenantId: string, tiers: readonly Tier[], updatedAt: number): Promise<void> {
  const units = await db
    .select({ id: accommodations.id })
    .from(accommodations)
    .where(and(eq(accommodations.tenantId, tenantId), isNull(accommodations.deletedAt)))
    .all();
  const copy = loyaltyCopyOf(tenantId, tiers, updatedAt);
  await Promise.all(
    units.map((unit) =>
      calendarOf(env, unit.id)
        .configureLoyalty(copy)
        .catch((error: unknown) => log("warn", "calendar_loyalty_push_failed", { tenantId, accommodationId: unit.id, error: String(error) })),
    ),
  );
}
