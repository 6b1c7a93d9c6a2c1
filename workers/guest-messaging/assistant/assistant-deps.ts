/**
 * What the assistant needs from other domains that depend on guest messaging themselves.
 * Payments tells guests about confirmed stays (so it imports guest messaging); the assistant
 * asks payments for checkout links through this port instead of importing payments back, and
 * the entry points (jobs/, http/) plug payments in.
 */
export interface AssistantDeps {
  /** A checkout link for a held reservation's deposit (the same live link when asked again). */
  paymentLinkFor(tenantId: string, reservationId: string): Promise<{ url: string; amount: number; currency: string }>;
  /**
   * How to pay a fresh hold's deposit by bank transfer, when the tenant takes transfers (else null):
   * `only` when no checkout link can be made, so the text is the whole hold message.
   */
  transferInstructionsFor?(tenantId: string, reservationId: string, lang: "es" | "pt" | "en"): Promise<{ text: string; only: boolean } | null>;
  /** Takes a file the guest sent as the transfer receipt of the thread's hold; false when it is not one. */
  receiveTransferReceipt?(receipt: {
    tenantId: string;
    conversationId: string;
    messageId: string;
    /** Fetched only once the message is known to be a receipt. */
    file: () => Promise<{ bytes: Uint8Array; contentType: string | null }>;
  }): Promise<boolean>;
}
