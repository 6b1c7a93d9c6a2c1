import type { Hono } from "hono";
import { z } from "zod";
import { mercadoPagoDeliveryKey, verifyMercadoPagoSignature } from "../../../shared/webhooks/mercadopago-signature";
import type { AppEnv } from "../../platform/env";
import { AppError } from "../../platform/errors";
import { acceptEvent, rawBody, webhookBodyLimit, webhookSecretOf } from "./intake";

const MAX_WEBHOOK_BYTES = 64 * 1024;
const notification = z.object({ type: z.string().max(64).optional(), action: z.string().max(64).optional(), data: z.object({ id: z.union([z.string(), z.number()]) }).optional() });

/**
 * POST /webhooks/mercadopago/:tenantId. The signature covers data.id from the query string,
 * x-request-id and ts, not the body; the body is stored as received.
 */
export function registerMercadoPagoWebhook(app: Hono<AppEnv>) {
  app.post("/webhooks/mercadopago/:tenantId", webhookBodyLimit(MAX_WEBHOOK_BYTES), async (c) => {
    const tenantId = c.req.param("tenantId");
    const raw = await rawBody(c, MAX_WEBHOOK_BYTES);
    const dataId = c.req.query("data.id") ?? null;
    const requestId = c.req.header("x-request-id") ?? null;
    const secret = await webhookSecretOf(c, tenantId, "mercadopago.webhookSecret");
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
    // De-duplicate on signed parts only (see mercadoPagoDeliveryKey): the body's `action` and
    // `data.id` are unsigned, and keying on them let a replay with an edited body pass as a new event.
    const providerEventId = mercadoPagoDeliveryKey({ dataIdFromQuery: dataId, requestId, signatureHeader: c.req.header("x-signature") });
    return acceptEvent(c, { tenantId, provider: "mercadopago", providerEventId, eventType: body.action ?? type, rawBody: text, query: new URL(c.req.url).search });
  });
}
