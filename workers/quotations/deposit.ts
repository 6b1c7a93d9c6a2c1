import { log } from "../../shared/log";
import type { PaymentRecord, RoomState } from "../../shared/quotations/model";
import { raiseAlert } from "../alerts/alerts";
import { payuCheckoutForm } from "../payments/payu";
import { payuCredentials } from "../payments/payu-settings";
import type { Database } from "../platform/db/client";
import type { Config, Env } from "../platform/env";
import { emailPartners, sendQuotationEmail } from "./emails";
import { mirrorQuotation, paramsOf } from "./quotations";
import { roomOf } from "./room-client";
import { takeOwnNights } from "./take-own-nights";

/** How the client pays the deposit: a form to post to the provider's hosted checkout, or why there is none. */
export type DepositCheckout =
  | { provider: "payu"; action: string; fields: Record<string, string>; amount: { amount: number; currency: string } }
  | { provider: null; reason: "no_provider_for_country" };

/**
 * The deposit's checkout with the tenant's provider for the client's country. PayU serves the
 * countries the tenant chose for it; Mercado Pago and Stripe checkouts are made for reservations
 * only so far, so other countries get no checkout and the operator takes the deposit by hand.
 */
export async function depositCheckout(db: Database, config: Config, state: RoomState, clientToken: string): Promise<DepositCheckout> {
  const payu = await payuCredentials(db, config.secretsKey, state.tenantId);
  const country = state.request.country;
  if (!payu || !state.composition || (country && !payu.countries.includes(country)) || (!country && payu.countries.length > 0)) {
    return { provider: null, reason: "no_provider_for_country" };
  }
  const amount = state.composition.clientPackage.deposit;
  const form = await payuCheckoutForm(payu, {
    referenceCode: state.id,
    description: `${state.tenantName}: ${state.request.groupName}`,
    amount,
    buyerEmail: state.request.contact.email,
    responseUrl: `${config.publicBaseUrl}/c/${clientToken}`,
    confirmationUrl: `${config.publicBaseUrl}/webhooks/payu/${state.tenantId}`,
    tenantId: state.tenantId,
    sandbox: config.environment !== "production",
  });
  return { provider: "payu", ...form, amount };
}

/**
 * A verified deposit payment: recorded by the room once per provider payment, then the own units'
 * nights are taken all or nothing and everyone hears. A repeat of the same payment changes nothing;
 * a repeat after a crash half-way finishes the job (holds are idempotent per quotation and unit).
 */
export async function applyDepositPayment(env: Env, db: Database, config: Config, tenantId: string, quotationId: string, payment: PaymentRecord) {
  const room = roomOf(env, quotationId);
  const recorded = await room.recordPayment({ tenantId, payment });
  if (!recorded.ok) return recorded;
  await mirrorQuotation(db, recorded.value.summary);
  const state = await room.internalState({ tenantId });
  if (!state) return { ok: false as const, code: "not_found" as const, detail: "No such quotation" };
  const params = paramsOf(state.tenantName, state.request);
  if (recorded.value.fresh && state.request.contact.email) {
    await sendQuotationEmail(db, env, config, tenantId, { kind: "payment_received", to: state.request.contact.email, lang: state.request.language, key: `paid:${quotationId}:${payment.providerPaymentId}`, params: { ...params, amount: payment.amount } });
  }
  if (state.status !== "paid" || state.booking || !(await room.claimBooking({ tenantId }))) return { ok: true as const, state };

  const outcome = await takeOwnNights(env, state);
  const booked = await room.recordBooking({ tenantId, outcome });
  if (booked.ok) await mirrorQuotation(db, booked.value.summary);
  if (!outcome.ok) {
    log("warn", "quotation_nights_unavailable", { tenantId, quotationId, code: outcome.code });
    await raiseAlert(db, env, tenantId, {
      kind: "quotation_nights_unavailable",
      severity: "critical",
      subjectType: "quotation",
      subjectId: quotationId,
      message: "A group paid its deposit but one of your units was no longer free; no unit was kept for the group.",
      params: { group: state.request.groupName },
      dedupeKey: `quotation_nights_unavailable:${quotationId}`,
    });
    return { ok: true as const, state };
  }
  if (state.request.contact.email) {
    await sendQuotationEmail(db, env, config, tenantId, { kind: "booking_confirmed", to: state.request.contact.email, lang: state.request.language, key: `confirmed:${quotationId}`, params });
  }
  // Each partner hears of its own lines only.
  await emailPartners(db, env, config, state, "booking_confirmed", (partnerId) => ({
    ...params,
    lines: (state.composition?.lines ?? []).filter((line) => line.partnerId === partnerId).map((line) => ({ roomType: line.roomType, count: line.count, total: line.cost })),
  }));
  return { ok: true as const, state };
}
