import type { LiveEvent } from "../../shared/live/events";
import { log } from "../../shared/log";
import type { TenantLiveHub } from "../live/tenant-live-hub";
import type { StayState } from "./ledger";

interface LiveBinding {
  LIVE: DurableObjectNamespace<TenantLiveHub>;
}

/**
 * Tells the tenant's consoles about stays that just reached the read model, so a console that
 * refetches sees them. Best effort: the change is committed and mirrored already, and a console
 * that misses an event refetches when it reconnects.
 */
export async function announce(env: LiveBinding, tenantId: string, accommodationId: string, states: StayState[]): Promise<void> {
  if (states.length === 0) return;
  const events: LiveEvent[] = states
    .filter((s) => s.kind === "reservation")
    .map((s) => ({ type: "reservation.changed" as const, reservationId: s.id, accommodationId, status: s.status }));
  events.push({ type: "calendar.changed", accommodationId });
  try {
    await env.LIVE.get(env.LIVE.idFromName(tenantId)).publish(events);
  } catch (error) {
    log("warn", "live_publish_failed", { tenantId, error: String(error) });
  }
}
