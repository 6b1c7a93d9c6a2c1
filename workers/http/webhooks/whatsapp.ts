import type { Hono } from "hono";
import { z } from "zod";
import { verifyWhatsAppSignature } from "../../../shared/webhooks/whatsapp-signature";
import type { AppEnv } from "../../platform/env";
import { AppError } from "../../platform/errors";
import { isKnownVerifyToken, whatsAppRoute } from "../../guest-messaging/whatsapp/settings";
import { recordDeliveryStatus } from "../../guest-messaging/delivery-status";
import { markEventProcessed, storeWebhookEvent } from "../../webhook-events/store";
import { queueEvent, rawBody, webhookBodyLimit } from "./intake";

const MAX_WEBHOOK_BYTES = 256 * 1024;

const change = z.object({
  field: z.string().optional(),
  value: z
    .object({
      metadata: z.object({ phone_number_id: z.string().max(64) }).passthrough().optional(),
      contacts: z.array(z.object({ wa_id: z.string().optional() }).passthrough()).optional(),
      messages: z.array(z.object({ id: z.string().min(1).max(255), type: z.string().max(64), from: z.string().max(32) }).passthrough()).optional(),
      statuses: z
        .array(
          z
            .object({
              id: z.string().min(1).max(255),
              status: z.string().max(32),
              errors: z.array(z.object({ code: z.number().optional(), title: z.string().optional(), message: z.string().optional() }).passthrough()).optional(),
            })
            .passthrough(),
        )
        .optional(),
    })
    .passthrough(),
});
const envelope = z.object({ object: z.string(), entry: z.array(z.object({ changes: z.array(change) }).passthrough()) });

const invalidSignature = () => new AppError(401, "invalid_signature", "The X-Hub-Signature-256 header does not match this body");

/**
 * Meta's one webhook for every tenant: GET is the subscription handshake, POST carries messages
 * and delivery statuses routed by `metadata.phone_number_id`. Each message and each status is
 * stored once (by its id), after the signature of every tenant it names has been checked.
 */
export function registerWhatsAppWebhook(app: Hono<AppEnv>) {
  app.get("/webhooks/whatsapp", async (c) => {
    const mode = c.req.query("hub.mode");
    const token = c.req.query("hub.verify_token");
    const challenge = c.req.query("hub.challenge") ?? "";
    if (mode !== "subscribe" || !token || !(await isKnownVerifyToken(c.var.db, token))) {
      throw new AppError(403, "verification_failed", "Unknown verify token");
    }
    return c.text(challenge.slice(0, 256), 200);
  });

  app.post("/webhooks/whatsapp", webhookBodyLimit(MAX_WEBHOOK_BYTES), async (c) => {
    const raw = await rawBody(c, MAX_WEBHOOK_BYTES);
    let parsed: z.infer<typeof envelope>;
    try {
      parsed = envelope.parse(JSON.parse(new TextDecoder().decode(raw)));
    } catch {
      // Without a readable body there is no tenant to check the signature against.
      throw invalidSignature();
    }
    const db = c.var.db;
    const changes = parsed.entry.flatMap((e) => e.changes).filter((ch) => ch.value.metadata?.phone_number_id);
    const routes = new Map<string, { tenantId: string }>();
    for (const phoneNumberId of new Set(changes.map((ch) => ch.value.metadata!.phone_number_id))) {
      const route = await whatsAppRoute(db, c.get("config").secretsKey, phoneNumberId);
      // An unknown number, or a body one of its tenants did not sign, stores nothing at all.
      if (!route || !(await verifyWhatsAppSignature(raw, c.req.header("x-hub-signature-256"), route.appSecret))) throw invalidSignature();
      routes.set(phoneNumberId, route);
    }
    if (routes.size === 0) throw invalidSignature();

    let stored = 0;
    for (const ch of changes) {
      const { tenantId } = routes.get(ch.value.metadata!.phone_number_id)!;
      const { metadata, contacts } = ch.value;
      for (const message of ch.value.messages ?? []) {
        const contact = contacts?.find((ct) => ct.wa_id === message.from) ?? null;
        const event = await storeWebhookEvent(db, { tenantId, provider: "whatsapp", providerEventId: message.id, eventType: `message.${message.type}`, rawBody: JSON.stringify({ metadata, contact, message }) });
        if (!event.settled) await queueEvent(c.env, tenantId, event.id);
        stored++;
      }
      for (const status of ch.value.statuses ?? []) {
        const event = await storeWebhookEvent(db, { tenantId, provider: "whatsapp", providerEventId: `status:${status.id}:${status.status}`, eventType: `status.${status.status}`, rawBody: JSON.stringify({ metadata, status }) });
        // A status is one guarded update, safe to apply as it arrives (in any order, any number of times).
        const firstError = status.errors?.[0];
        await recordDeliveryStatus(db, c.env, tenantId, status.id, status.status, firstError ? `${firstError.code ?? ""} ${firstError.title ?? firstError.message ?? ""}`.trim() : null);
        await markEventProcessed(db, event.id, "status_recorded");
        stored++;
      }
    }
    return c.json({ received: true, events: stored }, 200);
  });
}
