import { z } from "zod";
import { checkoutMetadata, decodeSettledExtras, providerFetch, ProviderError, type CheckoutRequest, type PaymentProvider, type PaymentStatus, type RefundRequest, type StoredEvent } from "./provider";
import { formEncode } from "./form-encoding";

/** Stripe refuses Checkout Sessions that expire sooner than 30 minutes after creation. */
const STRIPE_MIN_SESSION_SECONDS = 30 * 60 + 60;

const sessionResponse = z.object({ id: z.string(), url: z.string().url(), expires_at: z.number() });

const session = z.object({
  id: z.string(),
  object: z.literal("checkout.session"),
  status: z.string().nullable(),
  payment_status: z.string(),
  amount_total: z.number().nullable(),
  currency: z.string().nullable(),
  client_reference_id: z.string().nullable().optional(),
  metadata: z.record(z.string(), z.string()).nullable().optional(),
  payment_intent: z.union([z.string(), z.object({ id: z.string() })]).nullable().optional(),
  livemode: z.boolean(),
});

const paymentIntent = z.object({
  id: z.string(),
  object: z.literal("payment_intent"),
  status: z.string(),
  amount: z.number(),
  amount_received: z.number().optional(),
  currency: z.string(),
  metadata: z.record(z.string(), z.string()).nullable().optional(),
  livemode: z.boolean(),
});

const refundResponse = z.object({ id: z.string(), object: z.literal("refund"), status: z.string().nullable() });

const eventBody = z.object({ type: z.string(), data: z.object({ object: z.object({ id: z.string(), object: z.string() }) }) });

const INTENT_STATUS: Record<string, PaymentStatus> = {
  succeeded: "approved",
  processing: "pending",
  requires_action: "pending",
  requires_confirmation: "pending",
  requires_capture: "pending",
  // A failed attempt sends the intent back to requires_payment_method.
  requires_payment_method: "rejected",
  canceled: "cancelled",
};

/** Checkout Sessions and the objects their events name, with the tenant's secret key. */
export function stripe(apiBase: string, secretKey: string): PaymentProvider {
  const headers = { authorization: `Bearer ${secretKey}` };
  return {
    name: "stripe",

    async createCheckout(request: CheckoutRequest) {
      const reservationMetadata = { ...checkoutMetadata(request), reservation_code: request.reservation.code };
      const expiresAt = Math.max(Math.ceil(request.holdExpiresAt / 1000), Math.ceil(request.now / 1000) + STRIPE_MIN_SESSION_SECONDS);
      const form = formEncode({
        mode: "payment",
        client_reference_id: request.reservation.code,
        customer_email: request.reservation.guestEmail ?? undefined,
        success_url: request.returnUrl,
        cancel_url: request.returnUrl,
        expires_at: expiresAt,
        metadata: reservationMetadata,
        payment_intent_data: { metadata: reservationMetadata },
        line_items: [
          {
            quantity: 1,
            price_data: { currency: request.amount.currency.toLowerCase(), unit_amount: request.amount.amount, product_data: { name: request.title } },
          },
        ],
      });
      const raw = await providerFetch("stripe", `${apiBase}/v1/checkout/sessions`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/x-www-form-urlencoded", "idempotency-key": request.linkId },
        body: form.toString(),
      });
      const created = sessionResponse.parse(raw);
      return { providerRef: created.id, url: created.url, expiresAt: created.expires_at * 1000 };
    },

    paymentRefOf(event: StoredEvent) {
      let parsed: z.infer<typeof eventBody>;
      try {
        parsed = eventBody.parse(JSON.parse(event.rawBody));
      } catch {
        return null;
      }
      const object = parsed.data.object;
      if (object.object === "checkout.session" || object.object === "payment_intent") return object.id;
      return null;
    },

    async fetchPayment(ref: string) {
      if (ref.startsWith("pi_")) {
        const raw = await providerFetch("stripe", `${apiBase}/v1/payment_intents/${encodeURIComponent(ref)}`, { headers });
        const parsed = paymentIntent.safeParse(raw);
        if (!parsed.success) throw new ProviderError("stripe", 200, "Stripe payment intent has an unexpected shape", false);
        const intent = parsed.data;
        const status = INTENT_STATUS[intent.status] ?? "pending";
        return {
          providerPaymentId: intent.id,
          status,
          amount: status === "approved" ? (intent.amount_received ?? intent.amount) : intent.amount,
          currency: intent.currency.toUpperCase(),
          reference: intent.metadata?.reservation_code ?? null,
          tenantId: intent.metadata?.tenant_id ?? null,
          reservationId: intent.metadata?.reservation_id ?? null,
          upsellPurchaseId: intent.metadata?.upsell_purchase_id ?? null,
          settlesPurchaseIds: decodeSettledExtras(intent.metadata?.settles_extras),
          quotationId: intent.metadata?.quotation_id ?? null,
          live: intent.livemode,
          method: "card",
        };
      }
      const raw = await providerFetch("stripe", `${apiBase}/v1/checkout/sessions/${encodeURIComponent(ref)}`, { headers });
      const parsed = session.safeParse(raw);
      if (!parsed.success) throw new ProviderError("stripe", 200, "Stripe checkout session has an unexpected shape", false);
      const s = parsed.data;
      const intentId = typeof s.payment_intent === "string" ? s.payment_intent : (s.payment_intent?.id ?? null);
      const status: PaymentStatus = s.payment_status === "paid" ? "approved" : s.status === "expired" ? "cancelled" : "pending";
      return {
        // The intent id, when there is one, so the session's and the intent's events land on one payment.
        providerPaymentId: intentId ?? s.id,
        status,
        amount: s.amount_total,
        currency: (s.currency ?? "").toUpperCase(),
        reference: s.client_reference_id ?? s.metadata?.reservation_code ?? null,
        tenantId: s.metadata?.tenant_id ?? null,
        reservationId: s.metadata?.reservation_id ?? null,
        upsellPurchaseId: s.metadata?.upsell_purchase_id ?? null,
        settlesPurchaseIds: decodeSettledExtras(s.metadata?.settles_extras),
        quotationId: s.metadata?.quotation_id ?? null,
        live: s.livemode,
        method: "card",
      };
    },

    async refund(request: RefundRequest) {
      // A session that never created a payment intent took no money to give back.
      if (!request.providerPaymentId.startsWith("pi_")) throw new ProviderError("stripe", 0, "Only a Stripe payment intent can be refunded", false);
      const raw = await providerFetch("stripe", `${apiBase}/v1/refunds`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/x-www-form-urlencoded", "idempotency-key": request.idempotencyKey },
        body: formEncode({ payment_intent: request.providerPaymentId, amount: request.amount.amount }).toString(),
      });
      const parsed = refundResponse.safeParse(raw);
      if (!parsed.success) throw new ProviderError("stripe", 200, "Stripe refund has an unexpected shape", false);
      const refused = parsed.data.status === "failed" || parsed.data.status === "canceled";
      return { providerRefundId: parsed.data.id, status: refused ? "failed" : "refunded" };
    },
  };
}
