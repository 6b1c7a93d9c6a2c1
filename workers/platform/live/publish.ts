import type { LiveEvent } from "../../../shared/live/events";
import type { Env } from "../env";
import { log } from "../log";

export type LiveEnv = Pick<Env, "LIVE">;

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
