import { renderQuotationEmail, type EmailLang, type QuotationEmail, type QuotationEmailParams } from "../../shared/quotations/email-templates";
import type { RoomState } from "../../shared/quotations/model";
import { log } from "../../shared/log";
import { cloudflareSender } from "../guest-messaging/email/cloudflare-binding";
import { outboxSender } from "../guest-messaging/email/outbox";
import { resendSender } from "../guest-messaging/email/resend";
import { EmailSendError, type EmailSender } from "../guest-messaging/email/sender";
import { emailIdentity } from "../guest-messaging/email/settings";
import type { Database } from "../platform/db/client";
import type { Config, Env } from "../platform/env";

const ATTEMPTS = 3;

export interface QuotationEmailRequest {
  kind: QuotationEmail;
  to: string;
  lang: EmailLang;
  /** The same key is the same email: a retried send is not sent twice where the provider supports it. */
  key: string;
  params: QuotationEmailParams;
}

/**
 * Sends one quotation email through the tenant's email channel (the local outbox outside
 * production), trying again on outages. A failure is logged and never fails the change that
 * caused it: the room already holds the state, and the operator sees it live.
 */
export async function sendQuotationEmail(db: Database, env: Env, config: Config, tenantId: string, request: QuotationEmailRequest): Promise<boolean> {
  const identity = await emailIdentity(db, config.secretsKey, tenantId, { allowLocal: config.emailDelivery === "outbox" });
  if (!identity) return false;
  let sender: EmailSender | null = null;
  if (config.emailDelivery === "outbox") sender = outboxSender(db, tenantId, null);
  else if (identity.provider === "resend" && identity.resendApiKey) sender = resendSender(config.apiBases.resend, identity.resendApiKey);
  else if (identity.provider === "cloudflare" && env.SEND_EMAIL) sender = cloudflareSender(env.SEND_EMAIL);
  if (!sender) return false;
  const { subject, text, html } = renderQuotationEmail(request.kind, request.lang, request.params);
  const messageId = `<${request.key.replace(/[^\w.-]/g, "-")}@${identity.inboundDomain}>`;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      await sender.send({ from: { address: identity.fromAddress, name: identity.fromName }, to: request.to, subject, text, html, replyTo: null, messageId, inReplyTo: null, idempotencyKey: request.key });
      return true;
    } catch (error) {
      const retryable = !(error instanceof EmailSendError) || error.retryable;
      if (!retryable || attempt === ATTEMPTS) {
        log("error", "quotation_email_failed", { tenantId, kind: request.kind, error: String(error) });
        return false;
      }
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
    }
  }
  return false;
}

/** One email to each partner of the room, each with its own parameters (its own lines, never another's). */
export async function emailPartners(db: Database, env: Env, config: Config, state: RoomState, kind: QuotationEmail, paramsFor: (partnerId: string) => QuotationEmailParams) {
  for (const partner of state.partners) {
    await sendQuotationEmail(db, env, config, state.tenantId, { kind, to: partner.email, lang: partner.language, key: `${kind}:${state.id}:${partner.id}`, params: paramsFor(partner.id) });
  }
}
