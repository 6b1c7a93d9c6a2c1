import type { Hono } from "hono";
import { z } from "zod";
import { verifyMercadoPagoSignature } from "../../shared/webhooks/mercadopago-signature";
import { database } from "../db/client";
import type { AppEnv } from "../env";
import { AppError } from "../errors";
import { providerSecret } from "../services/payment-settings";
import { storeWebhookEvent } from "../services/webhook-events";

const MAX_WEBHOOK_BYTES = 64 * 1024;
const notification = z.object({ type: z.string().max(64).optional(), action: z.string().max(64).optional(), data: z.object({ id: z.union([z.string(), z.number()]) }).optional() });

/**
 * POST /webhooks/mercadopago/:tenantId. The signature covers data.id from the query string,
 * x-request-id and ts, not the body; the body is stored as received.
 */
export function registerMercadoPagoWebhook(app: Hono<AppEnv>) {
  app.post("/webhooks/mercadopago/:tenantId", async (c) => {
    const tenantId = c.req.param("tenantId");
    const raw = new Uint8Array(await c.req.arrayBuffer());
    if (raw.length > MAX_WEBHOOK_BYTES) throw new AppError(413, "payload_too_large", "Webhook body too large");
    const db = database(c.env.DB);
    const dataId = c.req.query("data.id") ?? null;
    const requestId = c.req.header("x-request-id") ?? null;
    const secret = /^ten_[0-9A-Z]{26}$/.test(tenantId) ? await providerSecret(db, c.get("config").secretsKey, tenantId, "mercadopago.webhookSecret") : null;
    const check = secret
      ? await verifyMercadoPagoSignature({ signatureHeader: c.req.header("x-signature"), requestId, dataIdFromQuery: dataId }, secret, Math.floor(Date.now() / 1000))
      : ({ ok: false, reason: "signature_mismatch" } as const);
    if (!check.ok) throw new AppError(401, "invalid_signature", "The x-signature header does not match this notification");

    const text = new TextDecoder().decode(raw);
    let body: z.infer<typeof notification> = {};
    try {
      body = notification.parse(text ? JSON.parse(text) : {});
    } catch {
      throw new AppError(400, "malformed_event", "The body is not a Mercado Pago notification");
    }
    const type = c.req.query("type") ?? body.type ?? "unknown";
    // Mercado Pago notifies one payment many times; (type, data.id, action, x-request-id) names one delivery.
    const providerEventId = [type, dataId ?? String(body.data?.id ?? ""), body.action ?? "", requestId ?? ""].join(":");
    const stored = await storeWebhookEvent(db, { tenantId, provider: "mercadopago", providerEventId, eventType: body.action ?? type, rawBody: text, query: new URL(c.req.url).search });
    return c.json({ received: true, eventId: stored.id, duplicate: !stored.firstDelivery }, 200);
  });
}
