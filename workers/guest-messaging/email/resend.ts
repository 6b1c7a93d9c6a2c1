import { EmailSendError, type EmailSender, type OutgoingEmail } from "./sender";

const SEND_TIMEOUT_MS = 15_000;

/**
 * Resend's HTTP API (`POST /emails`). Chosen over Postmark because Resend signs its webhooks
 * (Standard Webhooks: HMAC-SHA256 over id, timestamp and the raw body), so bounce and complaint
 * notifications can be verified; Postmark's webhooks carry no signature, only basic auth.
 * Resend writes the MIME itself from the text and HTML parts; the threading headers go along.
 */
export function resendSender(apiBase: string, apiKey: string): EmailSender {
  return {
    async send(email: OutgoingEmail) {
      let response: Response;
      try {
        response = await fetch(`${apiBase}/emails`, {
          method: "POST",
          headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json", "idempotency-key": email.idempotencyKey },
          body: JSON.stringify({
            from: email.from.name ? `${email.from.name.replaceAll('"', "")} <${email.from.address}>` : email.from.address,
            to: [email.to],
            subject: email.subject,
            text: email.text,
            html: email.html,
            ...(email.replyTo ? { reply_to: [email.replyTo] } : {}),
            headers: { "Message-ID": email.messageId, ...(email.inReplyTo ? { "In-Reply-To": email.inReplyTo, References: email.inReplyTo } : {}) },
          }),
          signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
        });
      } catch (error) {
        throw new EmailSendError(`Resend could not be reached: ${String(error)}`, true);
      }
      if (!response.ok) {
        const detail = (await response.text().catch(() => "")).slice(0, 300);
        // Throttling, a concurrent request with the same idempotency key, and outages pass; the rest is a refusal.
        const retryable = response.status === 429 || response.status === 409 || response.status >= 500;
        throw new EmailSendError(`Resend answered ${response.status}: ${detail}`, retryable, response.status);
      }
      const body = (await response.json().catch(() => ({}))) as { id?: unknown };
      if (typeof body.id !== "string") throw new EmailSendError("Resend accepted the email without an id", true, response.status);
      return { providerMessageId: body.id };
    },
  };
}
