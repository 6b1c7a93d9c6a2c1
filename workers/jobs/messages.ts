/**
 * Every message our queues carry. Messages hold ids only: the consumer reloads the current
 * state, so a message delivered twice or late acts on the truth, not on a stale copy.
 */
export type WebhookMessage = { kind: "webhook_event"; tenantId: string; eventId: string };
export type IcalSyncMessage = { kind: "ical_sync"; tenantId: string; feedId: string };
export type OutboundMessage = { kind: "outbound"; tenantId: string; messageId: string };
export type { BookingEvent } from "../../durable-objects/calendar/results";
import type { BookingEvent } from "../../durable-objects/calendar/results";
export type QueueMessage = WebhookMessage | IcalSyncMessage | OutboundMessage | BookingEvent;
