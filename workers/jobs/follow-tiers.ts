import { todayIn } from "../../shared/domain/dates";
import { publishLive } from "../../durable-objects/live/publish";
import type { Database } from "../platform/db/client";
import type { Env } from "../platform/env";
import { tenantTimeZone } from "../tenancy/tenants";
import { refreshTiersAfterChanges } from "../loyalty/guest-tier";
import { isUpgrade, sendUpgradeMessage } from "../communications/loyalty-upgrade";

/**
 * On a batch of one tenant's reservation changes, once their stays are linked to guests: each
 * guest whose stays changed gets their tier worked out again (in the lodging's today), open
 * consoles hear of the profiles whose tier moved, and a guest who went up is told (once per tier).
 */
export async function followTiers(db: Database, env: Env, tenantId: string, reservationIds: string[]): Promise<void> {
  const { tiers, changes } = await refreshTiersAfterChanges(db, tenantId, reservationIds, async () => todayIn(await tenantTimeZone(db, tenantId), new Date()));
  for (const change of changes) {
    await publishLive(env, tenantId, { type: "guest.changed", guestId: change.guestId });
    if (isUpgrade(tiers, change)) await sendUpgradeMessage(db, env, tenantId, change, tiers);
  }
}
