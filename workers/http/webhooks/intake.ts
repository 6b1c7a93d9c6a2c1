import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv, Env } from "../../platform/env";
import { AppError } from "../../platform/errors";
import { log } from "../../../shared/log";
import { providerSecret } from "../../payments/settings";
import { storeWebhookEvent, type IncomingEvent } from "../../webhook-events/store";

const TENANT_ID = /^ten_[0-9A-Z]{26}$/;

/** Queues a stored event; a failure is logged, not thrown: the row is safe and the cron sweep re-queues it. */
export async function queueEvent(env: Env, tenantId: string, eventId: string) {
  try {
    await env.WEBHOOK_QUEUE.send({ kind: "webhook_event", tenantId, eventId });
  } catch (error) {
    log("error", "webhook_enqueue_failed", { tenantId, eventId, error: String(error) });
  }
}

/**
 * Caps a webhook body while it streams in. A chunked body has no Content-Length to refuse up
 * front, and reading it whole first would let one request buffer megabytes before the size check;
 * Hono's bodyLimit counts bytes as they arrive and stops reading at the first byte past the cap.
 */
export const webhookBodyLimit = (maxBytes: number) =>
  bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new AppError(413, "payload_too_large", "Webhook body too large");
    },
  });

/** The body exactly as sent (already capped by webhookBodyLimit): signatures are computed over these bytes, never over re-serialized JSON. */
export async function rawBody(c: Context<AppEnv>, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(c.req.header("content-length") ?? 0);
  if (declared > maxBytes) throw new AppError(413, "payload_too_large", "Webhook body too large");
  const raw = new Uint8Array(await c.req.arrayBuffer());
  if (raw.length > maxBytes) throw new AppError(413, "payload_too_large", "Webhook body too large");
  return raw;
}

/** The tenant's webhook secret; an unknown tenant answers null, exactly like a tenant without that provider. */
export async function webhookSecretOf(c: Context<AppEnv>, tenantId: string, name: "stripe.webhookSecret" | "mercadopago.webhookSecret") {
  if (!TENANT_ID.test(tenantId)) return null;
  return providerSecret(c.var.db, c.get("config").secretsKey, tenantId, name);
}

/**
 * Stores a verified event, then queues it for processing. The 200 goes out only after the row
 * is written; if queueing fails the event is still stored and the cron sweep queues it later.
 */
export async function acceptEvent(c: Context<AppEnv>, event: IncomingEvent) {
  const stored = await storeWebhookEvent(c.var.db, event);
  if (!stored.settled) await queueEvent(c.env, event.tenantId, stored.id);
  return c.json({ received: true, eventId: stored.id, duplicate: !stored.firstDelivery }, 200);
}
