import { SELF } from "cloudflare:test";
import { expect } from "vitest";
import { hmacSha256Hex } from "../../../shared/webhooks/hmac";
import { call } from "./api";
import type { TestTenant } from "./tenant";

export const STRIPE_WEBHOOK_SECRET = "whsec_test_NOT_REAL_3b8f0d6a2c4e";
export const MP_WEBHOOK_SECRET = "mp_test_secret_NOT_REAL_4f2b9c1e";

export async function configurePayments(tenant: TestTenant, defaultProvider: "mercadopago" | "stripe" = "mercadopago") {
  const response = await call("PUT", "/v1/settings/payments", {
    token: tenant.token,
    body: {
      mercadopago: { accessToken: "APP_USR-test-token-123", webhookSecret: MP_WEBHOOK_SECRET },
      stripe: { secretKey: "sk_test_fake_123456", webhookSecret: STRIPE_WEBHOOK_SECRET },
      defaultProvider,
      depositPercent: 30,
    },
  });
  expect(response.status).toBe(200);
}

/** A Mercado Pago notification for one payment, signed the way Mercado Pago signs it. */
export async function notifyMercadoPago(tenantId: string, paymentId: string, { action = "payment.updated", requestId = crypto.randomUUID() } = {}) {
  const ts = String(Math.floor(Date.now() / 1000));
  const v1 = await hmacSha256Hex(MP_WEBHOOK_SECRET, `id:${paymentId};request-id:${requestId};ts:${ts};`);
  const body = JSON.stringify({ action, api_version: "v1", data: { id: paymentId }, date_created: new Date().toISOString(), id: Date.now(), live_mode: false, type: "payment", user_id: "123" });
  return SELF.fetch(`http://posada.test/webhooks/mercadopago/${tenantId}?data.id=${paymentId}&type=payment`, {
    method: "POST",
    headers: { "x-signature": `ts=${ts},v1=${v1}`, "x-request-id": requestId, "content-type": "application/json" },
    body,
  });
}

/** A Stripe event about one object, signed over its exact bytes. */
export async function notifyStripe(tenantId: string, event: { id: string; type: string; object: Record<string, unknown> }) {
  const body = JSON.stringify({ id: event.id, object: "event", api_version: "2024-06-20", created: Math.floor(Date.now() / 1000), type: event.type, livemode: false, data: { object: event.object } });
  const t = Math.floor(Date.now() / 1000);
  const v1 = await hmacSha256Hex(STRIPE_WEBHOOK_SECRET, `${t}.${body}`);
  return SELF.fetch(`http://posada.test/webhooks/stripe/${tenantId}`, { method: "POST", headers: { "stripe-signature": `t=${t},v1=${v1}`, "content-type": "application/json" }, body });
}
