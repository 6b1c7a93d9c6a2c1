import type { Hono } from "hono";
import { z } from "zod";
import { verifyStripeSignature } from "../../../shared/webhooks/stripe-signature";
import type { AppEnv } from "../../platform/env";
import { AppError } from "../../platform/errors";
import { acceptEvent, rawBody, webhookBodyLimit, webhookSecretOf } from "./intake";

const MAX_WEBHOOK_BYTES = 256 * 1024;
const stripeEvent = z.object({ id: z.string().min(1).max(255), type: z.string().max(255) });

/** POST /webhooks/stripe/:tenantId: verify on the raw bytes, store once, queue, then acknowledge. */
export function registerStripeWebhook(app: Hono<AppEnv>) {
  app.post("/webhooks/stripe/:tenantId", webhookBodyLimit(MAX_WEBHOOK_BYTES), async (c) => {
    const tenantId = c.req.param("tenantId");
    const raw = await rawBody(c, MAX_WEBHOOK_BYTES);
    const secret = await webhookSecretOf(c, tenantId, "stripe.webhookSecret");
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
    return acceptEvent(c, { tenantId, provider: "stripe", providerEventId: parsed.id, eventType: parsed.type, rawBody: text });
  });
}
