import { z } from "zod";
import type { BookingEvent } from "../../durable-objects/calendar/results";

/**
 * Every message our queues carry, as a schema: the consumer parses each body before acting on
 * it. Messages hold ids only: the consumer reloads the current state, so a message delivered
 * twice or late acts on the truth, not on a stale copy (the provider of a stored event, too).
 */
const id = z.string().min(1).max(64);

export const webhookMessage = z.object({ kind: z.literal("webhook_event"), tenantId: id, eventId: id });
export const icalSyncMessage = z.object({ kind: z.literal("ical_sync"), tenantId: id, feedId: id });
export const outboundMessage = z.object({ kind: z.literal("outbound"), tenantId: id, messageId: id });
/** What the calendar objects' outboxes send (see durable-objects/calendar/results.ts). */
export const stayConfirmedMessage = z.object({ kind: z.literal("stay_confirmed"), tenantId: id, accommodationId: id, reservationId: z.string().min(1).max(80) });
export const reservationChangedMessage = z.object({ kind: z.literal("reservation_changed"), tenantId: id, accommodationId: id, reservationId: z.string().min(1).max(80) });
export const calendarOutboxStuckMessage = z.object({ kind: z.literal("calendar_outbox_stuck"), tenantId: id, accommodationId: id, attempts: z.number().int(), error: z.string().max(1000) });
export const calendarOutboxRecoveredMessage = z.object({ kind: z.literal("calendar_outbox_recovered"), tenantId: id, accommodationId: id });
/** One signed delivery to a partner's endpoint (workers/integrations/webhooks); the row decides whether it is still due. */
export const webhookDeliveryMessage = z.object({ kind: z.literal("webhook_delivery"), tenantId: id, deliveryId: id });
/** Send a tenant's pending guest contacts to its CRM (workers/integrations/crm); the rows say what is still owed. */
export const crmSyncMessage = z.object({ kind: z.literal("crm_sync"), tenantId: id });
/** One tenant export to build into the private bucket (workers/portability); its row says whether it is still due. */
export const tenantExportMessage = z.object({ kind: z.literal("tenant_export"), tenantId: id, exportId: id });
export const bookingEventMessage = z.discriminatedUnion("kind", [stayConfirmedMessage, reservationChangedMessage, calendarOutboxStuckMessage, calendarOutboxRecoveredMessage]) satisfies z.ZodType<BookingEvent>;

export const queueMessage = z.discriminatedUnion("kind", [webhookMessage, icalSyncMessage, outboundMessage, stayConfirmedMessage, reservationChangedMessage, calendarOutboxStuckMessage, calendarOutboxRecoveredMessage, webhookDeliveryMessage, tenantExportMessage, crmSyncMessage]);

export type TenantExportMessage = z.infer<typeof tenantExportMessage>;
export type CrmSyncMessage = z.infer<typeof crmSyncMessage>;
export type WebhookDeliveryMessage = z.infer<typeof webhookDeliveryMessage>;
export type WebhookMessage = z.infer<typeof webhookMessage>;
export type IcalSyncMessage = z.infer<typeof icalSyncMessage>;
export type OutboundMessage = z.infer<typeof outboundMessage>;
export type QueueMessage = z.infer<typeof queueMessage>;
