import { raiseAlert } from "../alerts/alerts";
import type { PaymentOutcome } from "../payments/apply-payment";
import type { ProviderName, ProviderPayment } from "../payments/provider";
import type { Database } from "../platform/db/client";
import type { Config, Env } from "../platform/env";
import { applyDepositPayment } from "./deposit";

const QUOTATION_ID = /^qtn_[0-9A-Z]{26}$/;

/**
 * A Mercado Pago or Stripe payment (as fetched from the provider, never as a notification claims
 * it) whose metadata names a group quotation: an approved one pays the deposit through the room,
 * which records each provider payment once, so every repeated or racing delivery after the first
 * answers `already_confirmed`. The payment must name the tenant whose endpoint received it.
 */
export async function applyQuotationPayment(db: Database, env: Env, config: Config, tenantId: string, provider: ProviderName, payment: ProviderPayment & { quotationId: string }): Promise<PaymentOutcome> {
  const alert = (kind: string, message: string) =>
    raiseAlert(db, env, tenantId, {
      kind,
      severity: "critical",
      subjectType: "payment",
      subjectId: payment.providerPaymentId,
      message,
      params: { provider, paymentId: payment.providerPaymentId, reference: payment.quotationId },
      dedupeKey: `${kind}:${provider}:${payment.providerPaymentId}`,
    });
  if (payment.tenantId !== tenantId || !QUOTATION_ID.test(payment.quotationId)) {
    await alert("payment_unmatched", `A ${provider} payment (${payment.providerPaymentId}) names no group quotation of yours; check it in ${provider}.`);
    return "unknown_reference";
  }
  if (config.environment === "production" && !payment.live) return "test_payment_ignored";
  if (payment.status === "pending") return "pending";
  if (payment.status === "rejected" || payment.status === "cancelled") return "rejected";
  // A refund the quotation's cancellation asked for comes back as a notification too: nothing to do.
  if (payment.status === "refunded") return "refunded";
  if (payment.amount === null) {
    await alert("payment_amount_mismatch", `A ${provider} payment (${payment.providerPaymentId}) for a group deposit has an amount that cannot be read; it was not applied.`);
    return "amount_mismatch";
  }
  const applied = await applyDepositPayment(env, db, config, tenantId, payment.quotationId, {
    provider,
    providerPaymentId: payment.providerPaymentId,
    amount: { amount: payment.amount, currency: payment.currency },
    at: Date.now(),
  });
  if (applied.ok) return applied.fresh ? "confirmed" : "already_confirmed";
  switch (applied.code) {
    case "not_found":
      await alert("payment_unmatched", `A ${provider} payment (${payment.providerPaymentId}) names a group quotation that does not exist; check it in ${provider}.`);
      return "unknown_reference";
    case "below_deposit":
    case "currency_mismatch":
      await alert("payment_amount_mismatch", `A ${provider} payment (${payment.providerPaymentId}) for a group deposit is not the deposit (${payment.amount} ${payment.currency}, minor units); it was not applied.`);
      return "amount_mismatch";
    default:
      // Paid after the quotation was cancelled or expired: the money is here and nothing is sold for it.
      await raiseAlert(db, env, tenantId, {
        kind: "quotation_refund_due",
        severity: "critical",
        subjectType: "quotation",
        subjectId: payment.quotationId,
        message: `A group deposit arrived through ${provider} (${payment.providerPaymentId}) after the quotation had ended; give it back from ${provider}.`,
        params: { provider, paymentId: payment.providerPaymentId },
        dedupeKey: `quotation_refund_due:${provider}:${payment.providerPaymentId}`,
      });
      return "needs_refund";
  }
}
