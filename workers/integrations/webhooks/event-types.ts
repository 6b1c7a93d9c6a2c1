/**
 * What a partner may subscribe to. Payloads are small and versioned (`version`): ids, statuses and
 * dates, with a `url` the partner reads the whole resource from with an API key.
 */
export const WEBHOOK_EVENT_TYPES = [
  "reservation.held",
  "reservation.confirmed",
  "reservation.cancelled",
  "reservation.expired",
  "reservation.changed",
  "payment.received",
  "payment.refunded",
  "conversation.handed_over",
  "checkin.completed",
  "feed.failed",
  "alert.raised",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Sent only by `POST /v1/webhook-subscriptions/:id/ping`; nobody subscribes to it. */
export const PING_EVENT = "webhook.ping";

/** The payload format's version: a partner can tell a future shape from this one. */
export const PAYLOAD_VERSION = 1;

export function envelope(type: string, data: Record<string, unknown>, now: number): string {
  return JSON.stringify({ type, version: PAYLOAD_VERSION, timestamp: new Date(now).toISOString(), data });
}
