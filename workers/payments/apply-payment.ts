import { recordPayment } from "../bookings/confirm-stay";
import { getReservation } from "../bookings/reservations";
import type { Database } from "../platform/db/client";
import type { Env } from "../platform/env";
import { AppError } from "../platform/errors";
import { handPaymentTroubleToStaff } from "../guest-messaging/assistant/confirmation";
import { raiseAlert } from "../alerts/alerts";
import type { ProviderName, ProviderPayment } from "./provider";
import { applyUpsellPayment, settleExtrasWithStayPayment } from "./upsell-payments";

export type PaymentOutcome =
  | "confirmed"
  | "already_confirmed"
  | "pending"
  | "rejected"
  | "refunded"
  | "amount_mismatch"
  | "needs_refund"
  | "unknown_reference"
  | "test_payment_ignored";

/**
 * Applies one payment, as fetched from the provider, to its reservation. The payment must name
 * the tenant whose endpoint received it and one of its reservations (by id, set when the link
 * was made); a code alone never matches, since codes restart per tenant. The calendar object
 * records the payment and decides, from its stored state, what it does: every step is safe to
 * repeat, so five deliveries (or a crash and a retry) confirm exactly once. The alerts raised
 * here are deduplicated and follow from the object's answer, so a retry raises them too.
 */
export async function applyPayment(
  db: Database,
  env: Env,
  tenantId: string,
  provider: ProviderName,
  payment: ProviderPayment,
  { production }: { production: boolean },
): Promise<PaymentOutcome> {
  const unmatched = async (why: string) => {
    await raiseAlert(db, env, tenantId, {
      kind: "payment_unmatched",
      severity: "critical",
      subjectType: "payment",
      subjectId: payment.providerPaymentId,
      message: `A ${provider} payment (${payment.providerPaymentId}, reference ${payment.reference ?? "missing"}) ${why}; check it in ${provider}.`,
      params: { provider, paymentId: payment.providerPaymentId, reference: payment.reference ?? "" },
      dedupeKey: `payment_unmatched:${provider}:${payment.providerPaymentId}`,
    });
    return "unknown_reference" as const;
  };
  if (payment.tenantId !== tenantId) return unmatched(payment.tenantId ? "was made for another account" : "names no reservation of yours");
  const reservation = payment.reservationId ? await getReservation(db, env, tenantId, payment.reservationId).catch(notFoundAsNull) : null;
  if (!reservation) return unmatched("names no reservation of yours");
  if (production && !payment.live) return "test_payment_ignored";
  // An extra's payment pays that extra only; the stay's own money and status are left alone.
  if (payment.upsellPurchaseId) {
    const outcome = await applyUpsellPayment(db, tenantId, { ...payment, upsellPurchaseId: payment.upsellPurchaseId });
    return outcome === "unknown_reference" ? unmatched("names no extra of yours") : outcome;
  }

  const result = await recordPayment(env, tenantId, reservation.id, {
    source: "provider",
    provider,
    providerPaymentId: payment.providerPaymentId,
    status: payment.status,
    amount: payment.amount,
    currency: payment.currency,
    method: payment.method,
    reference: payment.reference,
  });
  if (!result.ok) return unmatched("names no reservation of yours");
  const recorded = result.outcome === "confirmed" || result.outcome === "already_confirmed";
  if (recorded && payment.status === "approved" && payment.settlesPurchaseIds?.length) {
    await settleExtrasWithStayPayment(db, tenantId, reservation.id, payment.settlesPurchaseIds, provider, payment.providerPaymentId);
  }
  const subject = { subjectType: "reservation", subjectId: reservation.id };

  switch (result.outcome) {
    case "rejected":
      if (result.rejectedPayments >= 2) {
        await raiseAlert(db, env, tenantId, {
          kind: "payment_rejected_twice",
          severity: "warning",
          ...subject,
          message: `Two payments for ${reservation.code} were rejected; the guest may need help paying.`,
        params: { code: reservation.code },
          dedupeKey: `payment_rejected_twice:${reservation.id}`,
        });
        await handPaymentTroubleToStaff(db, env, result.reservation);
      }
      break;
    case "amount_mismatch":
      await raiseAlert(db, env, tenantId, {
        kind: "payment_amount_mismatch",
        severity: "critical",
        ...subject,
        message: `${reservation.code} expected ${reservation.depositAmount} ${reservation.currency} (minor units) but ${provider} reports ${payment.amount ?? "an unreadable amount"} ${payment.currency}; it was not confirmed.`,
        params: { code: reservation.code, provider, expected: reservation.depositAmount, currency: reservation.currency, ...(payment.amount != null ? { received: payment.amount, receivedCurrency: payment.currency } : {}) },
        dedupeKey: `payment_amount_mismatch:${provider}:${payment.providerPaymentId}`,
      });
      break;
    case "needs_refund":
      // The money is here but the nights are not (taken after the hold lapsed, or the stay was
      // cancelled): never dropped silently.
      await raiseAlert(db, env, tenantId, {
        kind: "payment_needs_refund",
        severity: "critical",
        ...subject,
        message: `${reservation.code} was paid through ${provider} (${payment.providerPaymentId}) after its nights were no longer available; refund or rebook the guest.`,
        params: { code: reservation.code, provider, paymentId: payment.providerPaymentId },
        dedupeKey: `payment_needs_refund:${provider}:${payment.providerPaymentId}`,
      });
      break;
    default:
      break;
  }
  return result.outcome;
}

function notFoundAsNull(error: unknown): null {
  if (error instanceof AppError && error.status === 404) return null;
  throw error;
}
