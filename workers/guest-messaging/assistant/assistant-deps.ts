/**
 * What the assistant needs from other domains that depend on guest messaging themselves.
 * Payments tells guests about confirmed stays (so it imports guest messaging); the assistant
 * asks payments for checkout links through this port instead of importing payments back, and
 * the entry points (jobs/, http/) plug payments in.
 */
export interface AssistantDeps {
  /** A checkout link for a held reservation's deposit (the same live link when asked again). */
  paymentLinkFor(tenantId: string, reservationId: string): Promise<{ url: string; amount: number; currency: string }>;
}
