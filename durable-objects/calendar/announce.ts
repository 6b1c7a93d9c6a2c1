import type { LiveEvent } from "../../shared/live/events";
import { publishLive, type LiveEnv } from "../live/publish";
import type { StayState } from "./ledger";

/**
 * Tells the tenant's consoles about stays that just reached the read model, so a console that
 * refetches sees them. Best effort (see publishLive): the change is committed and mirrored
 * already, and a console that misses an event refetches when it reconnects.
 */
export async function announce(env: LiveEnv, tenantId: string, accommodationId: string, states: StayState[]): Promise<void> {
  if (states.length === 0) return;
  const events: LiveEvent[] = states
    .filter((s) => s.kind === "reservation")
    .map((s) => ({ type: "reservation.changed" as const, reservationId: s.id, accommodationId, status: s.status }));
  events.push({ type: "calendar.changed", accommodationId });
  await publishLive(env, tenantId, ...events);
}
