import type { Money } from "../../shared/domain/money";

export type ProviderName = "mercadopago" | "stripe";

/** What Posada asks a provider for: a hosted checkout for one reservation's deposit. */
export interface CheckoutRequest {
  linkId: string;
  tenantId: string;
  reservation: { id: string; code: string; checkIn: string; checkOut: string; guestName: string; guestEmail: string | null };
  /** Set when the checkout sells an extra (an upsell purchase) rather than the stay's deposit. */
  upsellPurchaseId?: string;
  /** Extras awaiting payment that a stay's balance checkout pays too (their ids, in the metadata). */
  settlesPurchaseIds?: string[];
  /**
   * Set when the checkout takes a group quotation's deposit: the metadata then names the quotation
   * instead of a reservation (`reservation` describes the group's stay, its id is the quotation's).
   */
  quotationId?: string;
  title: string;
  amount: Money;
  /** When the hold lapses; the link should not outlive it by much. */
  holdExpiresAt: number;
  notificationUrl: string;
  returnUrl: string;
  now: number;
}

export interface CheckoutLink {
  providerRef: string;
  url: string;
  expiresAt: number;
}

/** Metadata value naming the extras a balance checkout covers (comma-separated ids; Stripe caps a value at 500 characters). */
export const encodeSettledExtras = (ids: string[] | undefined): Record<string, string> => (ids && ids.length > 0 ? { settles_extras: ids.join(",") } : {});
export const decodeSettledExtras = (value: unknown): string[] => (typeof value === "string" && value ? value.split(",").filter((id) => /^upp_[0-9A-Za-z]+$/.test(id)) : []);

/** A provider's payment states folded into the few that change what Posada does. */
export type PaymentStatus = "approved" | "pending" | "rejected" | "cancelled" | "refunded";

/** A payment as the provider's own API reports it, never as a webhook body claims it. */
export interface ProviderPayment {
  providerPaymentId: string;
  status: PaymentStatus;
  /** Integer minor units, or null when the provider's figure cannot be represented exactly. */
  amount: number | null;
  currency: string;
  /** The reservation code set when the link was created (what people see in the provider's dashboard). */
  reference: string | null;
  /** The tenant and reservation the link was made for, from the metadata set when it was created. */
  tenantId: string | null;
  reservationId: string | null;
  /** The extra the payment is for, when the link sold one (metadata); null for the stay's own money. */
  upsellPurchaseId: string | null;
  /** The extras a balance checkout covered besides the stay's own money (metadata); empty otherwise. */
  settlesPurchaseIds?: string[];
  /** The group quotation whose deposit the payment is (metadata); null for a reservation's money. */
  quotationId: string | null;
  live: boolean;
  method: string;
}

/** Money given back against one of the provider's payments. */
export interface RefundRequest {
  providerPaymentId: string;
  amount: Money;
  /** The same key never refunds twice, even when our answer from the provider was lost. */
  idempotencyKey: string;
}

export interface ProviderRefund {
  providerRefundId: string;
  /** Accepted by the provider (it may still be on its way to the guest's card), or refused. */
  status: "refunded" | "failed";
}

export interface StoredEvent {
  rawBody: string;
  query: string | null;
}

/** What a checkout's metadata names: the tenant, and the reservation, the extra or the group quotation paid. */
export function checkoutMetadata(request: CheckoutRequest): Record<string, string> {
  if (request.quotationId) return { tenant_id: request.tenantId, quotation_id: request.quotationId };
  return { tenant_id: request.tenantId, reservation_id: request.reservation.id, ...(request.upsellPurchaseId ? { upsell_purchase_id: request.upsellPurchaseId } : {}), ...encodeSettledExtras(request.settlesPurchaseIds) };
}

export interface PaymentProvider {
  readonly name: ProviderName;
  createCheckout(request: CheckoutRequest): Promise<CheckoutLink>;
  /** The provider object a stored notification is about, or null when it is not about a payment. */
  paymentRefOf(event: StoredEvent): string | null;
  fetchPayment(ref: string): Promise<ProviderPayment>;
  refund(request: RefundRequest): Promise<ProviderRefund>;
}

/**
 * A provider call that failed. `retryable` says whether trying again later can help (network,
 * 5xx, 429) or not (bad credentials, unknown payment).
 */
export class ProviderError extends Error {
  override name = "ProviderError";
  constructor(
    readonly provider: ProviderName | "payu",
    readonly status: number,
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

const PROVIDER_TIMEOUT_MS = 10_000;

/** One provider HTTP call with a deadline; errors become ProviderError with a retry verdict. */
export async function providerFetch(provider: ProviderName | "payu", url: string, init: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS) });
  } catch (error) {
    throw new ProviderError(provider, 0, `${provider} unreachable: ${(error as Error).message}`, true);
  }
  const text = await response.text();
  if (!response.ok) {
    const retryable = response.status >= 500 || response.status === 429;
    throw new ProviderError(provider, response.status, `${provider} answered ${response.status}: ${text.slice(0, 200)}`, retryable);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ProviderError(provider, response.status, `${provider} answered something that is not JSON`, true);
  }
}
