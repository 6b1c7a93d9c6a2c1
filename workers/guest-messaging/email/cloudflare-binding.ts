import { toMime } from "./mime";
import { EmailSendError, type EmailSender, type OutgoingEmail } from "./sender";

/**
 * Cloudflare's `send_email` binding (wrangler.toml `[[send_email]]`): the raw MIME message goes
 * out from the tenant's Email Routing domain. It answers nothing to track delivery by, so the
 * message is known by our own Message-ID and bounces come back as inbound mail.
 */
export function cloudflareSender(binding: SendEmail): EmailSender {
  return {
    async send(email: OutgoingEmail) {
      // Loaded on use: the module exists only inside workerd, and the OpenAPI generator loads the app in Node.
      const { EmailMessage } = await import("cloudflare:email");
      try {
        await binding.send(new EmailMessage(email.from.address, email.to, toMime(email)));
      } catch (error) {
        throw new EmailSendError(`The send_email binding refused the message: ${String(error)}`, true);
      }
      return { providerMessageId: email.messageId };
    },
  };
}
