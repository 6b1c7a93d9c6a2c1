import { createMimeMessage, Mailbox } from "mimetext/browser";
import type { OutgoingEmail } from "./sender";

/**
 * The email as one multipart/alternative MIME message (text and HTML), with the threading
 * headers. mimetext's browser build is used: it needs no Node built-ins, so it runs on Workers.
 */
export function toMime(email: OutgoingEmail): string {
  const message = createMimeMessage();
  message.setSender(email.from.name ? { name: email.from.name, addr: email.from.address } : email.from.address);
  message.setRecipient(email.to);
  message.setSubject(email.subject);
  message.setHeader("Message-ID", email.messageId);
  if (email.replyTo) message.setHeader("Reply-To", new Mailbox(email.replyTo));
  if (email.inReplyTo) {
    message.setHeader("In-Reply-To", email.inReplyTo);
    message.setHeader("References", email.inReplyTo);
  }
  message.addMessage({ contentType: "text/plain", data: email.text });
  message.addMessage({ contentType: "text/html", data: email.html });
  return message.asRaw();
}
