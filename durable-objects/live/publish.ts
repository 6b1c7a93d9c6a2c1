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
