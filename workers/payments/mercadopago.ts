import { z } from "zod";
import { majorToMinor, minorToMajor } from "../../shared/domain/currency-units";
import { checkoutMetadata, decodeSettledExtras, providerFetch, ProviderError, type CheckoutRequest, type PaymentProvider, type PaymentStatus, type RefundRequest, type StoredEvent } from "./provider";

const preferenceResponse = z.object({ id: z.string(), init_point: z.string().url() });

const paymentResponse = z.object({
  id: z.union([z.number(), z.string()]),
  status: z.string(),
  external_reference: z.string().nullable().optional(),
  transaction_amount: z.number(),
  currency_id: z.string(),
  live_mode: z.boolean().optional(),
  payment_type_id: z.string().optional(),
  // Mercado Pago copies the preference's metadata onto its payments.
  metadata: z.record(z.string(), z.unknown()).nullable().optional(),
});

const refundResponse = z.object({ id: z.union([z.number(), z.string()]), status: z.string().optional() });

const notificationBody = z.object({ type: z.string().optional(), data: z.object({ id: z.union([z.string(), z.number()]) }).optional() }).passthrough();

/** Mercado Pago's many payment states, folded. `in_mediation` keeps the money in limbo: pending. */
const STATUS: Record<string, PaymentStatus> = {
  approved: "approved",
  authorized: "pending",
  pending: "pending",
  in_process: "pending",
  in_mediation: "pending",
  rejected: "rejected",
  cancelled: "cancelled",
  refunded: "refunded",
  charged_back: "refunded",
};

/** Checkout Pro preferences and the payments API, with the tenant's own access token. */
export function mercadoPago(apiBase: string, accessToken: string): PaymentProvider {
  const headers = { authorization: `Bearer ${accessToken}`, "content-type": "application/json" };
  return {
    name: "mercadopago",

    async createCheckout(request: CheckoutRequest) {
      const body = {
        items: [
          {
            id: request.reservation.code,
            title: request.title,
            quantity: 1,
            currency_id: request.amount.currency,
            unit_price: minorToMajor(request.amount.amount, request.amount.currency),
          },
        ],
        payer: { name: request.reservation.guestName, ...(request.reservation.guestEmail ? { email: request.reservation.guestEmail } : {}) },
        external_reference: request.reservation.code,
        notification_url: request.notificationUrl,
        back_urls: { success: request.returnUrl, pending: request.returnUrl, failure: request.returnUrl },
        auto_return: "approved",
        expires: true,
        expiration_date_from: new Date(request.now).toISOString(),
        expiration_date_to: new Date(request.holdExpiresAt).toISOString(),
        metadata: checkoutMetadata(request),
      };
      const raw = await providerFetch("mercadopago", `${apiBase}/checkout/preferences`, {
        method: "POST",
        // The same link id never creates a second preference, even if our answer was lost.
        headers: { ...headers, "x-idempotency-key": request.linkId },
        body: JSON.stringify(body),
      });
      const preference = preferenceResponse.parse(raw);
      return { providerRef: preference.id, url: preference.init_point, expiresAt: request.holdExpiresAt };
    },

    paymentRefOf(event: StoredEvent) {
      const query = new URLSearchParams(event.query ?? "");
      let body: z.infer<typeof notificationBody> = {};
      try {
        body = notificationBody.parse(event.rawBody ? JSON.parse(event.rawBody) : {});
      } catch {
        // The signature covered the query string only; an odd body still names the payment there.
      }
      const type = query.get("type") ?? query.get("topic") ?? body.type;
      if (type !== "payment") return null;
      const id = query.get("data.id") ?? query.get("id") ?? (body.data ? String(body.data.id) : null);
      return id && /^[0-9A-Za-z_-]{1,64}$/.test(id) ? id : null;
    },

    async fetchPayment(ref: string) {
      const raw = await providerFetch("mercadopago", `${apiBase}/v1/payments/${encodeURIComponent(ref)}`, { headers });
      const parsed = paymentResponse.safeParse(raw);
      if (!parsed.success) throw new ProviderError("mercadopago", 200, "Mercado Pago payment has an unexpected shape", false);
      const payment = parsed.data;
      const currency = payment.currency_id.toUpperCase();
      return {
        providerPaymentId: String(payment.id),
        status: STATUS[payment.status] ?? "pending",
        amount: majorToMinor(payment.transaction_amount, currency),
        currency,
        reference: payment.external_reference ?? null,
        tenantId: typeof payment.metadata?.tenant_id === "string" ? payment.metadata.tenant_id : null,
        reservationId: typeof payment.metadata?.reservation_id === "string" ? payment.metadata.reservation_id : null,
        upsellPurchaseId: typeof payment.metadata?.upsell_purchase_id === "string" ? payment.metadata.upsell_purchase_id : null,
        settlesPurchaseIds: decodeSettledExtras(payment.metadata?.settles_extras),
        quotationId: typeof payment.metadata?.quotation_id === "string" ? payment.metadata.quotation_id : null,
        live: payment.live_mode ?? true,
        method: payment.payment_type_id ?? "mercadopago",
      };
    },

    async refund(request: RefundRequest) {
      const raw = await providerFetch("mercadopago", `${apiBase}/v1/payments/${encodeURIComponent(request.providerPaymentId)}/refunds`, {
        method: "POST",
        headers: { ...headers, "x-idempotency-key": request.idempotencyKey },
        body: JSON.stringify({ amount: minorToMajor(request.amount.amount, request.amount.currency) }),
      });
      const parsed = refundResponse.safeParse(raw);
      if (!parsed.success) throw new ProviderError("mercadopago", 200, "Mercado Pago refund has an unexpected shape", false);
      const refused = parsed.data.status === "rejected" || parsed.data.status === "cancelled";
      return { providerRefundId: String(parsed.data.id), status: refused ? "failed" : "refunded" };
    },
  };
}
