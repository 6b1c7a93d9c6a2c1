import type { Hono } from "hono";
import { z } from "zod";
import { verifyStripeSignature } from "../../shared/webhooks/stripe-signature";
import { database } from "../db/client";
import type { AppEnv } from "../env";
import { AppError } from "../errors";
import { providerSecret } from "../services/payment-settings";
import { storeWebhookEvent } from "../services/webhook-events";

const MAX_WEBHOOK_BYTES = 256 * 1024;
const stripeEvent = z.object({ id: z.string().min(1).max(255), type: z.string().max(255) });

/** POST /webhooks/stripe/:tenantId: verify on the raw bytes, store once, then acknowledge. */
export function registerStripeWebhook(app: Hono<AppEnv>) {
  app.post("/webhooks/stripe/:tenantId", async (c) => {
    const tenantId = c.req.param("tenantId");
    const raw = new Uint8Array(await c.req.arrayBuffer());
    if (raw.length > MAX_WEBHOOK_BYTES) throw new AppError(413, "payload_too_large", "Webhook body too large");
    const db = database(c.env.DB);
    // An unknown tenant or one without Stripe answers exactly like a bad signature.
    const secret = /^ten_[0-9A-Z]{26}$/.test(tenantId) ? await providerSecret(db, c.get("config").secretsKey, tenantId, "stripe.webhookSecret") : null;
    const check = secret
      ? await verifyStripeSignature(raw, c.req.header("stripe-signature"), secret, Math.floor(Date.now() / 1000))
      : ({ ok: false, reason: "signature_mismatch" } as const);
    if (!check.ok) throw new AppError(401, "invalid_signature", "The Stripe-Signature header does not match this body");

    const text = new TextDecoder().decode(raw);
    let parsed: z.infer<typeof stripeEvent>;
    try {
      parsed = stripeEvent.parse(JSON.parse(text));
    } catch {
      throw new AppError(400, "malformed_event", "The body is not a Stripe event");
    }
    const stored = await storeWebhookEvent(db, { tenantId, provider: "stripe", providerEventId: parsed.id, eventType: parsed.type, rawBody: text });
    return c.json({ received: true, eventId: stored.id, duplicate: !stored.firstDelivery }, 200);
  });
}
