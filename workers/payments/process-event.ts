import { eq, sql } from "drizzle-orm";
import type { Database } from "../platform/db/client";
import { webhookEvents } from "../platform/db/schema";
import type { Config, Env } from "../platform/env";
import { findWebhookEvent } from "../webhook-events/store";
import { applyPayment, type PaymentOutcome } from "./apply-payment";
import { providerFor } from "./providers";
import type { ProviderName, ProviderPayment } from "./provider";

/** Applies a payment whose metadata names a group quotation (the quotations domain's, handed in by the caller). */
export type QuotationPaymentHandler = (provider: ProviderName, payment: ProviderPayment & { quotationId: string }) => Promise<PaymentOutcome>;

export { recordEventFailure } from "../webhook-events/store";

export type EventOutcome = PaymentOutcome | "not_a_payment" | "not_found";

const PAYMENT_PROVIDERS: ReadonlySet<string> = new Set<ProviderName>(["mercadopago", "stripe"]);
const isPaymentProvider = (provider: string): provider is ProviderName => PAYMENT_PROVIDERS.has(provider);

/**
 * Processes one stored payment provider notification: find the payment it names, fetch that
 * payment from the provider (the notification body is never trusted), and apply it to the
 * reservation or the group quotation its metadata names. Provider
 * failures throw, so the queue retries; the event row records the outcome either way.
 * Events of other providers (WhatsApp) are guest messaging's and are left untouched here.
 */
export async function processWebhookEvent(
  db: Database,
  env: Env,
  config: Config,
  tenantId: string,
  eventId: string,
  { replay = false, applyQuotationPayment }: { replay?: boolean; applyQuotationPayment: QuotationPaymentHandler },
): Promise<EventOutcome> {
  const event = await findWebhookEvent(db, tenantId, eventId);
  if (!event) return "not_found";
  if (!isPaymentProvider(event.provider)) return "not_a_payment";
  // A redelivery queues the event again while the first message may already have done the work.
  if (event.processedAt !== null && !replay) return (event.outcome as EventOutcome | null) ?? "not_found";
  const provider = await providerFor(db, config, tenantId, event.provider);
  const ref = provider.paymentRefOf(event);
  const payment = ref ? await provider.fetchPayment(ref) : null;
  const outcome: EventOutcome = !payment
    ? "not_a_payment"
    : payment.quotationId
      ? await applyQuotationPayment(provider.name, { ...payment, quotationId: payment.quotationId })
      : await applyPayment(db, env, tenantId, provider.name, payment, { production: config.environment === "production" });
  await db
    .update(webhookEvents)
    .set({
      processedAt: Date.now(),
      // Two messages for one event can race; the one that confirmed keeps its word in the record.
      outcome: sql`CASE WHEN ${webhookEvents.outcome} = 'confirmed' AND ${outcome} = 'already_confirmed' THEN 'confirmed' ELSE ${outcome} END`,
      lastError: null,
    })
    .where(eq(webhookEvents.id, eventId));
  return outcome;
}
