/** One email to one guest, in both forms every client can read. */
export interface OutgoingEmail {
  from: { address: string; name: string | null };
  to: string;
  subject: string;
  text: string;
  html: string;
  /** `reply+<token>@<inbound domain>`: a reply files itself into the thread it answers. */
  replyTo: string | null;
  /** Our RFC 5322 Message-ID, `<…@domain>`, so a reply's In-Reply-To names this message. */
  messageId: string;
  /** The guest's message this answers, if any: mail clients then keep the thread together. */
  inReplyTo: string | null;
  /** Sent with the provider call, so a retried send is not sent twice where the provider supports it. */
  idempotencyKey: string;
}

/** What the provider called the message (Resend's id, or our Message-ID when the provider has none). */
export interface SentEmail {
  providerMessageId: string;
}

/** Every way Posada sends email: the tenant's provider in production, the local outbox in development. */
export interface EmailSender {
  send(email: OutgoingEmail): Promise<SentEmail>;
}

/**
 * A send that failed. `retryable` failures (outages, throttling) go back to the queue with backoff;
 * the others (a refused sender, a malformed address) are final: the message is failed at once.
 */
export class EmailSendError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = "EmailSendError";
  }
}
