import { and, eq } from "drizzle-orm";
import type { Database } from "../../platform/db/client";
import { messages } from "../../platform/db/schema";
import type { Env } from "../../platform/env";
import { recordDeliveryStatus } from "../delivery-status";
import { alertUndelivered } from "../undelivered-alert";
import { suppressAddress } from "./suppressions";

/** What Resend tells about one email it sent (the fields Posada reads). */
export interface ResendEvent {
  type: string;
  data: { email_id?: string; to?: string[]; bounce?: { message?: string; type?: string } };
}

/**
 * Applies a verified Resend event to the message it is about: delivered and opened move it forward
 * (never back); a bounce fails it, tells staff and suppresses the address; a complaint suppresses
 * the address and notes it on the message. Events about email Posada never sent change nothing.
 */
export async function applyResendEvent(db: Database, env: Env, tenantId: string, event: ResendEvent): Promise<string> {
  const providerMessageId = event.data.email_id;
  const recipients = event.data.to ?? [];
  switch (event.type) {
    case "email.delivered":
      return (providerMessageId && (await recordDeliveryStatus(db, env, tenantId, providerMessageId, "delivered", null))) ? "delivered" : "ignored";
    case "email.opened":
      return (providerMessageId && (await recordDeliveryStatus(db, env, tenantId, providerMessageId, "read", null))) ? "read" : "ignored";
    case "email.bounced": {
      const detail = [event.data.bounce?.type, event.data.bounce?.message].filter(Boolean).join(": ") || "bounced";
      for (const address of recipients) await suppressAddress(db, tenantId, address, "bounce", detail);
      if (providerMessageId && (await recordDeliveryStatus(db, env, tenantId, providerMessageId, "failed", `bounce: ${detail}`))) {
        const message = await messageOf(db, tenantId, providerMessageId);
        if (message) await alertUndelivered(db, env, message);
      }
      return "bounced";
    }
    case "email.complained": {
      for (const address of recipients) await suppressAddress(db, tenantId, address, "complaint", "marked as spam");
      if (providerMessageId) await db.update(messages).set({ error: "complaint: the guest marked it as spam", updatedAt: Date.now() }).where(and(eq(messages.tenantId, tenantId), eq(messages.providerMessageId, providerMessageId)));
      return "complained";
    }
    default:
      return "ignored";
  }
}

const messageOf = (db: Database, tenantId: string, providerMessageId: string) =>
  db.select().from(messages).where(and(eq(messages.tenantId, tenantId), eq(messages.providerMessageId, providerMessageId), eq(messages.direction, "out"))).get();
