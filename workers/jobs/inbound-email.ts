import { log } from "../../shared/log";
import { database } from "../platform/db/client";
import { parseConfig, type Env } from "../platform/env";
import { assistantPaymentLinks } from "../payments/assistant-links";
import { receiveEmail, type ReceiveOutcome } from "../guest-messaging/email/receive-email";

/**
 * The Email Worker's entry (`email()`): every message to a tenant's inbound domain. Nothing is
 * rejected back to the sender (a bounce would tell a spammer the address exists, and a guest's
 * mail that fails here is logged for a person instead).
 */
export async function handleInboundEmail(message: ForwardableEmailMessage, env: Env): Promise<ReceiveOutcome | null> {
  const db = database(env.DB);
  const config = parseConfig(env);
  try {
    const outcome = await receiveEmail(db, env, config, assistantPaymentLinks(db, env, config), { envelopeFrom: message.from, envelopeTo: message.to, raw: message.raw, rawSize: message.rawSize });
    log("info", "email_received", { outcome: outcome.outcome, ...("tenantId" in outcome ? { tenantId: outcome.tenantId } : {}) });
    return outcome;
  } catch (error) {
    log("error", "email_receive_failed", { to: message.to.slice(0, 200), error: String(error) });
    return null;
  }
}
