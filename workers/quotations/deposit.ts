import { log } from "../../shared/log";
import type { PaymentRecord, RoomState } from "../../shared/quotations/model";
import { raiseAlert } from "../alerts/alerts";
import { payuCheckoutForm } from "../payments/payu";
import { payuCredentials } from "../payments/payu-settings";
import type { ProviderName } from "../payments/provider";
import { providerFor } from "../payments/providers";
import { paymentSettingsOf } from "../payments/settings";
import { tenantCountry } from "../tenancy/tenants";
import { AppError } from "../platform/errors";
import { newId } from "../../shared/ids";
import { liveDepositLink } from "../../shared/quotations/deposit-link";
import type { Database } from "../platform/db/client";
import type { Config, Env } from "../platform/env";
import { emailPartners, sendQuotationEmail } from "./emails";
import { mirrorQuotation, paramsOf } from "./quotations";
import { roomOf } from "./room-client";
import { releaseOwnNights, takeOwnNights } from "./take-own-nights";

/** How the client pays the deposit: a hosted checkout to open or a form to post to one, or why there is none. */
export type DepositCheckout =
  | { provider: "payu"; action: string; fields: Record<string, string>; amount: { amount: number; currency: string } }
  | { provider: "mercadopago" | "stripe"; url: string; expiresAt: number; amount: { amount: number; currency: string } }
  | { provider: null; reason: "no_provider_for_country" };

/** A hosted checkout is made to last this long: the client may pay the next day. */
const CHECKOUT_LIFETIME_MS = 23 * 3_600_000;

/**
 * The providers that may take a deposit from a client of `country`, in order of preference:
 * Mercado Pago first in Argentina, Stripe first elsewhere (PayU is chosen before both, by the
 * countries the tenant gave it).
 */
export function cardProvidersFor(country: string): ProviderName[] {
  return country === "AR" ? ["mercadopago", "stripe"] : ["stripe", "mercadopago"];
}

/**
 * The deposit's checkout with the tenant's provider for the client's country (the request's, or
 * the tenant's own when the operator did not write one down): PayU for the countries the tenant
 * chose for it, then Mercado Pago or Stripe among those connected. With none connected the
 * operator takes the deposit by hand. Approving again hands out the same checkout while it lasts.
 */
export async function depositCheckout(db: Database, config: Config, env: Env, state: RoomState, clientToken: string): Promise<DepositCheckout> {
  if (!state.composition) return { provider: null, reason: "no_provider_for_country" };
  const amount = state.composition.clientPackage.deposit;
  const payu = await payuCredentials(db, config.secretsKey, state.tenantId);
  const requested = state.request.country;
  if (payu && (requested ? payu.countries.includes(requested) : payu.countries.length === 0)) {
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

  const now = Date.now();
  const kept = liveDepositLink(state, now);
  if (kept) return { provider: kept.provider, url: kept.url, expiresAt: kept.expiresAt, amount };
  const settings = await paymentSettingsOf(db, state.tenantId);
  const country = requested ?? (await tenantCountry(db, state.tenantId));
  const name = cardProvidersFor(country).find((candidate) => settings[candidate].configured);
  if (!name) return { provider: null, reason: "no_provider_for_country" };
  const provider = await providerFor(db, config, state.tenantId, name);
  const checkout = await provider
    .createCheckout({
      linkId: newId("pay"),
      tenantId: state.tenantId,
      quotationId: state.id,
      reservation: { id: state.id, code: state.id, checkIn: state.request.checkIn, checkOut: state.request.checkOut, guestName: state.request.contact.name, guestEmail: state.request.contact.email ?? null },
      title: `${state.tenantName}: ${state.request.groupName} (${state.request.checkIn} → ${state.request.checkOut})`.slice(0, 250),
      amount,
      holdExpiresAt: now + CHECKOUT_LIFETIME_MS,
      notificationUrl: `${config.publicBaseUrl}/webhooks/${name}/${state.tenantId}`,
      returnUrl: `${config.publicBaseUrl}/c/${clientToken}`,
      now,
    })
    .catch((error: unknown) => {
      // The client is waiting on this page: a provider failure is a clear 502, not an opaque 500.
      if (error instanceof AppError) throw error;
      throw new AppError(502, "provider_unavailable", `${name} could not create the checkout: ${(error as Error).message}`.slice(0, 300));
    });
  const link = await roomOf(env, state.id).keepDepositLink({ tenantId: state.tenantId, link: { provider: name, providerRef: checkout.providerRef, url: checkout.url, amount, expiresAt: checkout.expiresAt }, now });
  if (!link) throw new AppError(404, "not_found", "No such link");
  return { provider: link.provider, url: link.url, expiresAt: link.expiresAt, amount };
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
  const fresh = recorded.value.fresh;
  if (state.status !== "paid" || state.booking || !(await room.claimBooking({ tenantId }))) return { ok: true as const, state, fresh };

  const outcome = await takeOwnNights(env, state);
  const booked = await room.recordBooking({ tenantId, outcome });
  if (booked.ok) await mirrorQuotation(db, booked.value.summary);
  else if (outcome.ok) {
    // Cancelled while its nights were being taken: the cancellation found no booking to undo, so undo it here.
    await releaseOwnNights(env, tenantId, outcome.reservationIds);
    return { ok: true as const, state, fresh };
  }
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
    return { ok: true as const, state, fresh };
  }
  if (state.request.contact.email) {
    await sendQuotationEmail(db, env, config, tenantId, { kind: "booking_confirmed", to: state.request.contact.email, lang: state.request.language, key: `confirmed:${quotationId}`, params });
  }
  // Each partner hears of its own lines only.
  await emailPartners(db, env, config, state, "booking_confirmed", (partnerId) => ({
    ...params,
    lines: (state.composition?.lines ?? []).filter((line) => line.partnerId === partnerId).map((line) => ({ roomType: line.roomType, count: line.count, total: line.cost })),
  }));
  return { ok: true as const, state, fresh };
}
