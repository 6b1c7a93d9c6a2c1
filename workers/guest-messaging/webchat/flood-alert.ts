import type { Database } from "../../platform/db/client";
import type { Env } from "../../platform/env";
import { raiseAlert } from "../../alerts/alerts";

const HOUR_MS = 3_600_000;

/** Which web chat limit a visitor ran into. */
export type WebChatLimit = "sessions" | "messages" | "holds";

const WHAT: Record<WebChatLimit, string> = {
  sessions: "one address opened too many chat sessions in a minute",
  messages: "one chat session sent too many messages in a minute",
  holds: "one address asked for too many holds in an hour",
};

/**
 * Hours this isolate has already alerted for, per tenant: a flood is thousands of rejected
 * requests, and each one must not cost a D1 write. The alert's dedupe key is what makes it
 * one per tenant per hour across isolates; this only spares the repeated inserts.
 */
const alertedHours = new Map<string, number>();

/**
 * Tells staff once per tenant per hour that web chat limits are being hit, so a flood of
 * anonymous visitors (the slug is public) is seen by a person, not only absorbed by 429s.
 */
export async function alertWebChatFlood(db: Database, env: Env, tenantId: string, limit: WebChatLimit, now = Date.now()): Promise<void> {
  const hour = Math.floor(now / HOUR_MS) * HOUR_MS;
  if (alertedHours.get(tenantId) === hour) return;
  await raiseAlert(db, env, tenantId, {
    kind: "webchat_flood",
    severity: "warning",
    subjectType: "tenant",
    subjectId: tenantId,
    message: `Web chat limits are being hit: ${WHAT[limit]}. Someone may be flooding the chat or holding nights.`,
    params: { limit },
    dedupeKey: `webchat_flood:${hour}`,
  });
  alertedHours.set(tenantId, hour);
}
