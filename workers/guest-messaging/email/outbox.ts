import { desc, eq } from "drizzle-orm";
import { newId } from "../../../shared/ids";
import type { Database } from "../../platform/db/client";
import { emailOutbox, messages } from "../../platform/db/schema";
import { toMime } from "./mime";
import type { EmailSender, OutgoingEmail } from "./sender";

/**
 * Development and tests: the email is written in full (the same MIME a provider would get) to a
 * local table instead of leaving the machine. Its row names the message it carries.
 */
export function outboxSender(db: Database, tenantId: string, messageId: string | null): EmailSender {
  return {
    async send(email: OutgoingEmail) {
      await db.insert(emailOutbox).values({
        id: newId("msg").replace("msg_", "eml_"),
        tenantId,
        messageId,
        fromAddress: email.from.address,
        toAddress: email.to,
        replyTo: email.replyTo,
        subject: email.subject,
        text: email.text,
        html: email.html,
        raw: toMime(email),
      });
      return { providerMessageId: email.messageId };
    },
  };
}

/** The tenant's local outbox, newest first, each email with the delivery state of the message it carries. */
export async function listOutbox(db: Database, tenantId: string, limit = 100) {
  return db
    .select({ email: emailOutbox, status: messages.status })
    .from(emailOutbox)
    .leftJoin(messages, eq(messages.id, emailOutbox.messageId))
    .where(eq(emailOutbox.tenantId, tenantId))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(limit)
    .all();
}
