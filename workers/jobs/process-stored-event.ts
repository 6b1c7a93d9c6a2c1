import type { Database } from "../platform/db/client";
import { takeAsRating } from "../guest-portal/whatsapp-rating";
import type { Config, Env } from "../platform/env";
import { processWhatsAppEvent } from "../guest-messaging/whatsapp/process-event";
import { assistantPaymentLinks } from "../payments/assistant-links";
import { processWebhookEvent } from "../payments/process-event";
import { applyQuotationPayment } from "../quotations/provider-payment";
import { findWebhookEvent, markEventProcessed, type WebhookEventRow } from "../webhook-events/store";
import { applyResendEvent, type ResendEvent } from "../guest-messaging/email/provider-events";

/** What a stored event is, in words staff read in alerts. */
export function describeEvent(provider: WebhookEventRow["provider"] | null): string {
  if (provider === "whatsapp") return "A WhatsApp message";
  if (provider === "stripe" || provider === "mercadopago") return "A payment notification";
  if (provider === "resend") return "An email delivery notification";
  return "A stored provider event";
}

/**
 * Processes one stored provider event by who sent it: a WhatsApp message goes to guest
 * messaging, a payment notification to payments (a group's deposit on to its quotation). A message delivered again after the event was
 * processed does nothing, unless staff asked for a replay.
 */
export async function processStoredEvent(db: Database, env: Env, config: Config, tenantId: string, eventId: string, { replay = false } = {}): Promise<string> {
  const event = await findWebhookEvent(db, tenantId, eventId);
  if (!event) return "not_found";
  if (event.provider === "resend") {
    // Verified and applied on arrival; a replay applies it again, which changes nothing already applied.
    if (event.processedAt !== null && !replay) return event.outcome ?? "not_found";
    const outcome = await applyResendEvent(db, env, tenantId, JSON.parse(event.rawBody) as ResendEvent);
    await markEventProcessed(db, event.id, outcome);
    return outcome;
  }
  if (event.provider !== "whatsapp") {
    return processWebhookEvent(db, env, config, tenantId, eventId, { replay, applyQuotationPayment: (provider, payment) => applyQuotationPayment(db, env, config, tenantId, provider, payment) });
  }
  if (event.processedAt !== null && !replay) return event.outcome ?? "not_found";
  return processWhatsAppEvent(db, env, config, assistantPaymentLinks(db, env, config), event, { takeAsRating: (conversation, message) => takeAsRating(db, env, conversation, message) });
}
