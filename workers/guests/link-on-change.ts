import { publishLive } from "../../durable-objects/live/publish";
import type { Database } from "../platform/db/client";
import type { Env } from "../platform/env";
import { linkReservationGuest } from "./link-subjects";

/** On a reservation's change: link it to its guest, and tell open consoles when a stay joined a profile. */
export async function linkGuest(db: Database, env: Env, event: { tenantId: string; reservationId: string }): Promise<void> {
  const result = await linkReservationGuest(db, event.tenantId, event.reservationId);
  if (result?.linked) await publishLive(env, event.tenantId, { type: "guest.changed", guestId: result.guestId });
}
