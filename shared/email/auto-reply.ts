/**
 * Mail Posada must never answer: auto-replies (RFC 3834 `Auto-Submitted`), vacation notices,
 * bulk and list mail, delivery reports (bounces) and anything from a mailer daemon or from the
 * tenant's own addresses. Answering any of them risks a loop of machines writing to each other.
 */
export interface MailFacts {
  /** Header names in lower case. */
  headers: ReadonlyArray<{ key: string; value: string }>;
  /** The envelope sender (empty for a bounce: `MAIL FROM:<>`). */
  envelopeFrom: string;
  /** The From header's address. */
  from: string;
  /** Addresses that are ours: the tenant's sender address and everything at its inbound domain. */
  ownAddress: (address: string) => boolean;
}

const MAILER_DAEMON = /^(mailer-daemon|postmaster|mail-daemon)@/i;
const MACHINE_SENDERS = /^(mailer-daemon|postmaster|bounces?|mail-daemon|auto-?reply|autoresponder)([+@.-]|$)/i;

export function whyNotToAnswer(mail: MailFacts): string | null {
  const header = (name: string) => mail.headers.filter((h) => h.key === name).map((h) => h.value.trim().toLowerCase());
  const autoSubmitted = header("auto-submitted")[0];
  if (autoSubmitted && autoSubmitted !== "no") return "auto_submitted";
  if (header("precedence").some((v) => ["bulk", "junk", "list", "auto_reply"].includes(v))) return "precedence";
  if (header("x-autoreply").length > 0 || header("x-autorespond").length > 0 || header("x-auto-response-suppress").some((v) => /\b(all|oof|autoreply)\b/.test(v))) return "auto_reply";
  if (header("list-id").length > 0 || header("list-unsubscribe").length > 0) return "mailing_list";
  if (header("content-type").some((v) => v.startsWith("multipart/report"))) return "delivery_report";
  if (mail.envelopeFrom.trim() === "" || mail.envelopeFrom.trim() === "<>") return "bounce";
  // Senders' envelopes are often bounce-handling addresses (bounces+…@) even for a person's mail,
  // so only a daemon's envelope counts there; the From header is read for machines of every kind.
  if (MAILER_DAEMON.test(mail.envelopeFrom.trim())) return "mailer_daemon";
  if (MACHINE_SENDERS.test(mail.from)) return "mailer_daemon";
  for (const address of [mail.envelopeFrom, mail.from]) if (address && mail.ownAddress(address)) return "own_address";
  return null;
}
