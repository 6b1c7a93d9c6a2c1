import { publishLive } from "../../durable-objects/live/publish";
import type { Database } from "../platform/db/client";
import type { Env } from "../platform/env";
import { linkReservationGuests } from "./link-subjects";

/** On a batch of one tenant's reservation changes: link each stay to its guest, and tell open consoles which profiles gained a stay. */
export async function linkGuests(db: Database, env: Env, tenantId: string, reservationIds: string[]): Promise<void> {
  const gained = await linkReservationGuests(db, tenantId, reservationIds);
  if (gained.length > 0) await publishLive(env, tenantId, ...gained.map((guestId) => ({ type: "guest.changed" as const, guestId })));
}
