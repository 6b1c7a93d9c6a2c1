import { z } from "@hono/zod-openapi";
import { WEBHOOK_EVENT_TYPES } from "../../../integrations/webhooks/event-types";
import type { SubscriptionRow } from "../../../integrations/webhooks/subscriptions";
import type { DeliveryRow } from "../../../integrations/webhooks/deliveries";
import { isoTime } from "../../common";

export const eventTypeSchema = z.enum(WEBHOOK_EVENT_TYPES);

const urlSchema = z.string().trim().min(1).max(2048).openapi({ description: "https on port 443 and a public host (checked again, with DNS, before every delivery)" });

export const createSubscriptionRequest = z
  .object({ url: urlSchema, events: z.array(eventTypeSchema).min(1).max(WEBHOOK_EVENT_TYPES.length), description: z.string().trim().max(200).nullish() })
  .openapi("CreateWebhookSubscriptionRequest");

export const updateSubscriptionRequest = z
  .object({
    url: urlSchema.optional(),
    events: z.array(eventTypeSchema).min(1).max(WEBHOOK_EVENT_TYPES.length).optional(),
    description: z.string().trim().max(200).nullish(),
    enabled: z.boolean().optional().openapi({ description: "true brings a subscription disabled after days of failures back (replay its failed deliveries after)" }),
  })
  .openapi("UpdateWebhookSubscriptionRequest");

export const rotateSecretRequest = z
  .object({ overlapSeconds: z.number().int().min(0).max(7 * 24 * 3600).optional().openapi({ description: "How long the old secret keeps signing beside the new one (default 24 h; 0 ends it now)" }) })
  .openapi("RotateWebhookSecretRequest");

export const subscriptionSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    events: z.array(z.string()),
    description: z.string().nullable(),
    status: z.enum(["active", "disabled"]),
    disabledReason: z.string().nullable(),
    previousSecretExpiresAt: z.string().nullable(),
    lastSuccessAt: z.string().nullable(),
    lastFailureAt: z.string().nullable(),
    failingSince: z.string().nullable(),
    failureStreak: z.number().int(),
    createdAt: z.string(),
  })
  .openapi("WebhookSubscription");

export const createdSubscriptionSchema = subscriptionSchema.extend({ secret: z.string().openapi({ description: "whsec_…: shown only in this answer" }) }).openapi("CreatedWebhookSubscription");

export const deliverySchema = z
  .object({
    id: z.string().openapi({ description: "The webhook-id header of every attempt" }),
    subscriptionId: z.string(),
    eventType: z.string(),
    status: z.enum(["pending", "succeeded", "failed"]),
    attempts: z.number().int(),
    nextAttemptAt: z.string().nullable(),
    lastAttemptAt: z.string().nullable(),
    responseStatus: z.number().int().nullable(),
    latencyMs: z.number().int().nullable(),
    responseExcerpt: z.string().nullable(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    succeededAt: z.string().nullable(),
    payload: z.string(),
  })
  .openapi("WebhookDelivery");

export const subscriptionIdParam = z.object({ id: z.string().min(1).max(64) });

export function presentSubscription(row: SubscriptionRow) {
  return {
    id: row.id,
    url: row.url,
    events: row.events,
    description: row.description,
    status: row.status,
    disabledReason: row.disabledReason,
    previousSecretExpiresAt: row.previousSecretSealed ? isoTime(row.previousSecretExpiresAt) : null,
    lastSuccessAt: isoTime(row.lastSuccessAt),
    lastFailureAt: isoTime(row.lastFailureAt),
    failingSince: isoTime(row.failingSince),
    failureStreak: row.failureStreak,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

export function presentDelivery(row: DeliveryRow) {
  return {
    id: row.id,
    subscriptionId: row.subscriptionId,
    eventType: row.eventType,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: isoTime(row.nextAttemptAt),
    lastAttemptAt: isoTime(row.lastAttemptAt),
    responseStatus: row.responseStatus,
    latencyMs: row.latencyMs,
    responseExcerpt: row.responseExcerpt,
    lastError: row.lastError,
    createdAt: new Date(row.createdAt).toISOString(),
    succeededAt: isoTime(row.succeededAt),
    payload: row.payload,
  };
}
