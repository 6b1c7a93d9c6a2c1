import type { LiveEvent } from "../../shared/live/events";
import { log } from "../../shared/log";
import type { TenantLiveHub } from "./tenant-live-hub";

/** The one binding publishing needs; the Worker's Env and the calendar object's both have it. */
export interface LiveEnv {
  LIVE: DurableObjectNamespace<TenantLiveHub>;
}

/**
 * Tells the tenant's open consoles what changed. Best effort by design: the change itself is
 * already committed, and a console that misses an event refetches when it reconnects, so a
 * failure here is logged and never fails the caller.
 */
export async function publishLive(env: LiveEnv, tenantId: string, ...events: LiveEvent[]): Promise<void> {
  if (events.length === 0) return;
  try {
    await env.LIVE.get(env.LIVE.idFromName(tenantId)).publish(events);
  } catch (error) {
    log("warn", "live_publish_failed", { tenantId, error: String(error) });
  }
}

/** The header the Worker names a console's user with when it hands its socket to the hub (after checking the ticket). */
export const LIVE_USER_HEADER = "x-posada-live-user";

/** Closes every console a member has open: an owner removed them from the team. */
export async function disconnectLiveUser(env: LiveEnv, tenantId: string, userId: string): Promise<void> {
  try {
    await env.LIVE.get(env.LIVE.idFromName(tenantId)).disconnectUser(userId);
  } catch (error) {
    // Their tickets are already refused; a socket left open only hears "something changed" events.
    log("error", "live_disconnect_failed", { tenantId, userId, error: String(error) });
  }
}
