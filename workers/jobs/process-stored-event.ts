import type { Database } from "../platform/db/client";
import type { Config, Env } from "../platform/env";
import { processWhatsAppEvent } from "../guest-messaging/whatsapp/process-event";
import { assistantPaymentLinks } from "../payments/assistant-links";
import { processWebhookEvent } from "../payments/process-event";
import { findWebhookEvent, type WebhookEventRow } from "../webhook-events/store";

/** What a stored event is, in words staff read in alerts. */
export function describeEvent(provider: WebhookEventRow["provider"] | null): string {
  if (provider === "whatsapp") return "A WhatsApp message";
  if (provider === "stripe" || provider === "mercadopago") return "A payment notification";
  return "A stored provider event";
}

/**
 * Processes one stored provider event by who sent it: a WhatsApp message goes to guest
 * messaging, a payment notification to payments. A message delivered again after the event was
 * processed does nothing, unless staff asked for a replay.
 */
export async function processStoredEvent(db: Database, env: Env, config: Config, tenantId: string, eventId: string, { replay = false } = {}): Promise<string> {
  const event = await findWebhookEvent(db, tenantId, eventId);
  if (!event) return "not_found";
  if (event.provider !== "whatsapp") return processWebhookEvent(db, env, config, tenantId, eventId, { replay });
  if (event.processedAt !== null && !replay) return event.outcome ?? "not_found";
  return processWhatsAppEvent(db, env, config, assistantPaymentLinks(db, env, config), event);
}
