import type { Hono } from "hono";
import { Webhook } from "standardwebhooks";
import { z } from "zod";
import type { AppEnv } from "../../platform/env";
import { AppError } from "../../platform/errors";
import { resendWebhookSecret } from "../../guest-messaging/email/settings";
import { applyResendEvent } from "../../guest-messaging/email/provider-events";
import { markEventProcessed, storeWebhookEvent } from "../../webhook-events/store";
import { rawBody, webhookBodyLimit } from "./intake";

const MAX_WEBHOOK_BYTES = 64 * 1024;
const TENANT_ID = /^ten_[0-9A-Z]{26}$/;

const resendEvent = z.object({
  type: z.string().min(1).max(64),
  data: z
    .object({
      email_id: z.string().max(128).optional(),
      to: z.array(z.string().max(254)).max(50).optional(),
      bounce: z.object({ message: z.string().max(1000).optional(), type: z.string().max(64).optional() }).passthrough().optional(),
    })
    .passthrough(),
});

const invalidSignature = () => new AppError(401, "invalid_signature", "The webhook signature does not match this body");

/**
 * POST /webhooks/resend/:tenantId: Resend's delivery events (delivered, bounced, complained, opened).
 * Resend signs with Standard Webhooks (Svix): HMAC-SHA256 over `id.timestamp.body`, checked by the
 * `standardwebhooks` library in constant time on the raw body, with a 5-minute timestamp window. A
 * replay of a signed request is stored once by its id and applied once.
 */
export function registerResendWebhook(app: Hono<AppEnv>) {
  app.post("/webhooks/resend/:tenantId", webhookBodyLimit(MAX_WEBHOOK_BYTES), async (c) => {
    const tenantId = c.req.param("tenantId");
    const raw = await rawBody(c, MAX_WEBHOOK_BYTES);
    const secret = TENANT_ID.test(tenantId) ? await resendWebhookSecret(c.var.db, c.get("config").secretsKey, tenantId) : null;
    if (!secret) throw invalidSignature();
    const header = (name: string) => c.req.header(`webhook-${name}`) ?? c.req.header(`svix-${name}`) ?? "";
    const headers = { "webhook-id": header("id"), "webhook-timestamp": header("timestamp"), "webhook-signature": header("signature") };
    const text = new TextDecoder().decode(raw);
    try {
      new Webhook(secret).verify(text, headers);
    } catch {
      throw invalidSignature();
    }
    let event: z.infer<typeof resendEvent>;
    try {
      event = resendEvent.parse(JSON.parse(text));
    } catch {
      throw new AppError(400, "malformed_event", "The body is not a Resend event");
    }
    const stored = await storeWebhookEvent(c.var.db, { tenantId, provider: "resend", providerEventId: headers["webhook-id"].slice(0, 255), eventType: event.type, rawBody: text });
    // Applied once; an event whose first delivery crashed before it was applied is applied now (every step is idempotent).
    if (stored.settled) return c.json({ received: true, duplicate: true }, 200);
    const outcome = await applyResendEvent(c.var.db, c.env, tenantId, event);
    await markEventProcessed(c.var.db, stored.id, outcome);
    return c.json({ received: true, duplicate: false }, 200);
  });
}
