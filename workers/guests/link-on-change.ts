import { todayIn } from "../../shared/domain/dates";
import { publishLive } from "../../durable-objects/live/publish";
import type { Database } from "../platform/db/client";
import type { Env } from "../platform/env";
import { refreshTiersAfterChanges } from "../loyalty/guest-tier";
import { tenantTimeZone } from "../tenancy/tenants";
import { linkReservationGuests } from "./link-subjects";

/**
 * On a batch of one tenant's reservation changes: link each stay to its guest, work out again the
 * loyalty tier of each guest whose stays changed, and tell open consoles which profiles changed.
 */
export async function linkGuests(db: Database, env: Env, tenantId: string, reservationIds: string[]): Promise<void> {
  const gained = await linkReservationGuests(db, tenantId, reservationIds);
  const tierChanges = await refreshTiersAfterChanges(db, tenantId, reservationIds, async () => todayIn(await tenantTimeZone(db, tenantId), new Date()));
  for (const guestId of new Set([...gained, ...tierChanges.map((c) => c.guestId)])) await publishLive(env, tenantId, { type: "guest.changed", guestId });
}
