import { SELF } from "cloudflare:test";
import { expect } from "vitest";
import { hmacSha256Hex } from "../../../shared/webhooks/hmac";
import stripeEvent from "../../fixtures/stripe/checkout.session.completed.json";
import mpNotification from "../../fixtures/mercadopago/payment.updated.json";
import { call } from "./api";
import { createAccommodation } from "./accommodations";
import { eventually } from "./calendar";
import { MP_WEBHOOK_SECRET, STRIPE_WEBHOOK_SECRET } from "./payments";
import { ars, openQuotation } from "./quotations";
import type { TestTenant } from "./tenant";

/** A quotation of one own cabin, composed, sent and approved by a client of `country`: answers the approval. */
export async function approvedGroup(owner: TestTenant, country: string) {
  await createAccommodation(owner, { minStay: 1 });
  const quotation = await openQuotation(owner, { country });
  const own = quotation.offers[0]!;
  const composed = await call("POST", `/v1/quotations/${quotation.id}/compose`, { token: owner.token, body: { lines: [{ offerId: own.id, lineIndex: 0 }], markup: { kind: "percent", percent: 20 }, depositPercent: 40 } });
  expect(composed.status).toBe(200);
  const sent = await call("POST", `/v1/quotations/${quotation.id}/send`, { token: owner.token });
  const approved = await call("POST", `/c-api/${sent.json.clientToken}/approve`);
  expect(approved.status).toBe(200);
  return { id: quotation.id, clientToken: sent.json.clientToken as string, payment: approved.json.payment as { provider: string; url: string; amount: { amount: number; currency: string } } };
}

/** Mercado Pago's notification (the fixture's body, naming our payment), signed as its worked example shows. */
export async function deliverMercadoPago(tenantId: string, paymentId: string, requestId = crypto.randomUUID()) {
  const ts = String(Math.floor(Date.now() / 1000));
  const v1 = await hmacSha256Hex(MP_WEBHOOK_SECRET, `id:${paymentId};request-id:${requestId};ts:${ts};`);
  const body = JSON.stringify({ ...mpNotification, data: { id: paymentId } });
  return SELF.fetch(`http://posada.test/webhooks/mercadopago/${tenantId}?data.id=${paymentId}&type=payment`, {
    method: "POST",
    headers: { "x-signature": `ts=${ts},v1=${v1}`, "x-request-id": requestId, "content-type": "application/json" },
    body,
  });
}

/** Stripe's checkout.session.completed (the fixture's event, about our session), signed over its exact bytes. */
export async function deliverStripe(tenantId: string, eventId: string, object: { id: string; object: string }) {
  const body = JSON.stringify({ ...stripeEvent, id: eventId, created: Math.floor(Date.now() / 1000), data: { object: { ...stripeEvent.data.object, ...object } } });
  const t = Math.floor(Date.now() / 1000);
  const v1 = await hmacSha256Hex(STRIPE_WEBHOOK_SECRET, `${t}.${body}`);
  return SELF.fetch(`http://posada.test/webhooks/stripe/${tenantId}`, { method: "POST", headers: { "stripe-signature": `t=${t},v1=${v1}`, "content-type": "application/json" }, body });
}

/** The outcomes of the tenant's stored webhook events once every one is processed. */
export async function settledOutcomes(tenant: TestTenant, expectedEvents: number): Promise<string[]> {
  return eventually(async () => {
    const { json } = await call("GET", "/v1/webhook-events", { token: tenant.token });
    expect(json.data).toHaveLength(expectedEvents);
    for (const event of json.data) expect(event.processedAt, `event ${event.id}: ${event.lastError}`).not.toBeNull();
    return json.data.map((e: { outcome: string }) => e.outcome).sort();
  });
}

export const quotationOf = async (owner: TestTenant, id: string) => (await call("GET", `/v1/quotations/${id}`, { token: owner.token })).json;
export const outboxOf = async (owner: TestTenant) => (await call("GET", "/v1/communications/outbox", { token: owner.token })).json.data as Array<{ to: string; subject: string; text: string }>;
export { ars };
