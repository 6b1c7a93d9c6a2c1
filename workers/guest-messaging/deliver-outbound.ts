import { and, eq, inArray, lt, or } from "drizzle-orm";
import { quietUntil } from "../../shared/messaging/quiet-hours";
import type { Database } from "../platform/db/client";
import { conversations, messages } from "../platform/db/schema";
import type { Config, Env } from "../platform/env";
import { raiseAlert } from "../alerts/alerts";
import { tenantTimeZone } from "../tenancy/tenants";
import { whatsAppSender } from "./whatsapp/settings";
import { whatsAppApi } from "./whatsapp/api";
import { deliveryQueue } from "./delivery-queue";
import { deliverEmail } from "./email/deliver-email";
import { alertUndelivered } from "./undelivered-alert";

export { alertUndelivered };

/** WhatsApp only allows free text within 24 hours of the guest's last message. */
export const SERVICE_WINDOW_MS = 24 * 3_600_000;
/** A send claimed this long ago by a worker that never finished may be tried again. */
export const CLAIM_TIMEOUT_MS = 2 * 60_000;
/** Slack after a claim's end, so the re-queued message finds it expired rather than just alive. */
const CLAIM_MARGIN_SECONDS = 5;

export type DeliveryOutcome = "accepted" | "deferred" | "needs_template" | "not_configured" | "suppressed" | "already_handled" | "claimed_elsewhere";

/**
 * Sends one queued message to its guest. The message row is claimed first, so a queue message
 * delivered twice sends once. Non-urgent messages wait out quiet hours (re-queued with a delay),
 * and, on WhatsApp, outside the 24-hour window only an approved template goes. Email has no such
 * window: it goes to the guest's address through the tenant's email provider.
 */
export async function deliverOutbound(db: Database, env: Env, config: Config, messageId: string, now = Date.now()): Promise<DeliveryOutcome> {
  const message = await db.select().from(messages).where(eq(messages.id, messageId)).get();
  if (!message || message.direction !== "out") return "already_handled";
  const conversation = await db.select().from(conversations).where(eq(conversations.id, message.conversationId)).get();
  if (!conversation) return "already_handled";

  if (!message.urgent && (message.status === "queued" || message.status === "deferred")) {
    const until = quietUntil(new Date(now), await tenantTimeZone(db, message.tenantId));
    if (until) {
      await db.update(messages).set({ status: "deferred", deferredUntil: until.getTime(), updatedAt: now }).where(eq(messages.id, messageId));
      await deliveryQueue(env, conversation.channel).send({ kind: "outbound", tenantId: message.tenantId, messageId }, { delaySeconds: Math.ceil((until.getTime() - now) / 1000) });
      return "deferred";
    }
  }

  const claimed = await db
    .update(messages)
    .set({ status: "sending", updatedAt: now })
    .where(
      and(
        eq(messages.id, messageId),
        or(inArray(messages.status, ["queued", "deferred"]), and(eq(messages.status, "sending"), lt(messages.updatedAt, now - CLAIM_TIMEOUT_MS))),
      ),
    )
    .returning({ id: messages.id })
    .all();
  if (claimed.length === 0) return comeBackAfterLiveClaim(db, env, message.tenantId, messageId, conversation.channel, now);
  if (conversation.channel === "email") return deliverEmail(db, env, config, message, conversation);

  const windowOpen = conversation.lastInboundAt !== null && now - conversation.lastInboundAt < SERVICE_WINDOW_MS;
  if (!windowOpen && !message.template) {
    await db.update(messages).set({ status: "needs_template", error: "The guest's 24-hour window is closed; only an approved template can be sent", updatedAt: now }).where(eq(messages.id, messageId));
    return "needs_template";
  }
  const sender = await whatsAppSender(db, config.secretsKey, message.tenantId);
  if (!sender) {
    await db.update(messages).set({ status: "failed", error: "WhatsApp is not connected", updatedAt: now }).where(eq(messages.id, messageId));
    await raiseAlert(db, env, message.tenantId, {
      kind: "whatsapp_not_connected",
      severity: "warning",
      subjectType: "conversation",
      subjectId: conversation.id,
      message: "A message to a guest could not be sent because WhatsApp is not connected (Settings → WhatsApp).",
      params: { guest: conversation.guestName ?? `+${conversation.guestAddress}` },
      dedupeKey: `whatsapp_not_connected:${conversation.id}`,
    });
    return "not_configured";
  }
  const api = whatsAppApi(config.apiBases.whatsapp, sender.phoneNumberId, sender.accessToken);
  try {
    const providerMessageId = windowOpen ? await api.sendText(conversation.guestAddress, message.text) : await api.sendTemplate(conversation.guestAddress, message.template!);
    await db.update(messages).set({ status: "accepted", providerMessageId, error: null, updatedAt: Date.now() }).where(eq(messages.id, messageId));
    return "accepted";
  } catch (error) {
    // Hand the message back so the retry can claim it again.
    await db.update(messages).set({ status: "queued", error: String((error as Error).message).slice(0, 500), updatedAt: Date.now() }).where(eq(messages.id, messageId));
    throw error;
  }
}

/**
 * Someone else holds the send. If that worker died, acknowledging would lose the message for good
 * (the claim outlives the first queue retries), so the message comes back once the claim has
 * ended: then it is either sent already, or free to claim.
 */
async function comeBackAfterLiveClaim(db: Database, env: Env, tenantId: string, messageId: string, channel: typeof conversations.$inferSelect.channel, now: number): Promise<DeliveryOutcome> {
  const current = await db.select({ status: messages.status, updatedAt: messages.updatedAt }).from(messages).where(eq(messages.id, messageId)).get();
  if (current?.status !== "sending") return "already_handled";
  const claimEndsInMs = (current.updatedAt ?? now) + CLAIM_TIMEOUT_MS - now;
  const delaySeconds = Math.max(0, Math.ceil(claimEndsInMs / 1000)) + CLAIM_MARGIN_SECONDS;
  await deliveryQueue(env, channel).send({ kind: "outbound", tenantId, messageId }, { delaySeconds });
  return "claimed_elsewhere";
}

/**
 * A message that ran out of retries: marked failed, and staff told, since the guest heard nothing.
 * Only while still pending: with the sweep, another queue message may have sent it meanwhile.
 */
export async function giveUpOutbound(db: Database, env: Env, messageId: string) {
  const message = await db
    .update(messages)
    .set({ status: "failed", updatedAt: Date.now() })
    .where(and(eq(messages.id, messageId), inArray(messages.status, ["queued", "deferred", "sending"])))
    .returning()
    .get();
  if (message) await alertUndelivered(db, env, message);
}
