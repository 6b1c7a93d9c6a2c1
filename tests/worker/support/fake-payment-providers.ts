import { vi } from "vitest";
import { FakePayuApi, PAYU_API_BASE } from "./fake-payu";

export const MP_BASE = "https://api.mercadopago.fake";
export const STRIPE_BASE = "https://api.stripe.fake";

interface MpPayment {
  id: number;
  status: string;
  status_detail: string;
  external_reference: string | null;
  transaction_amount: number;
  currency_id: string;
  live_mode: boolean;
  payment_type_id: string;
  /** Copied from the preference, as Mercado Pago does. */
  metadata: Record<string, unknown>;
}

interface StripeSession {
  id: string;
  object: "checkout.session";
  status: string;
  payment_status: string;
  amount_total: number;
  currency: string;
  client_reference_id: string | null;
  metadata: Record<string, string>;
  payment_intent: string | null;
  livemode: boolean;
  url: string;
  expires_at: number;
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

/**
 * Mercado Pago and Stripe as far as Posada talks to them, answering on fake hosts through a
 * fetch mock: preferences, checkout sessions, and the payment lookups that decide confirmation.
 * Tests move payments through their states and count what the Worker asked for.
 */
export class FakePaymentProviders {
  readonly preferences: Array<{ id: string; body: any; idempotencyKey: string | null }> = [];
  readonly sessions = new Map<string, StripeSession>();
  readonly sessionRequests: Array<{ form: URLSearchParams; idempotencyKey: string | null }> = [];
  readonly mpPayments = new Map<string, MpPayment>();
  readonly intents = new Map<string, { id: string; object: "payment_intent"; status: string; amount: number; amount_received: number; currency: string; metadata: Record<string, string>; livemode: boolean }>();
  readonly lookups: string[] = [];
  /** Refunds the providers made, one per idempotency key (a repeated key answers the first refund). */
  readonly refunds: Array<{ provider: "mercadopago" | "stripe"; id: string; paymentId: string; amount: number; idempotencyKey: string | null }> = [];
  /** Every refund request, repeats included, with the key it carried. */
  readonly refundRequests: Array<{ provider: "mercadopago" | "stripe"; idempotencyKey: string | null }> = [];
  /** PayU's API (refunds), on its own fake host. */
  readonly payu = new FakePayuApi();
  /** Answer this many next provider calls with a 500, as a provider outage would. */
  failNext = 0;
  private sequence = 0;
  private spy: ReturnType<typeof vi.spyOn> | null = null;

  constructor(readonly mpToken = "APP_USR-test-token-123", readonly stripeKey = "sk_test_fake_123456") {}

  install() {
    const original = globalThis.fetch.bind(globalThis);
    this.spy = vi.spyOn(globalThis, "fetch").mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (request.url.startsWith(MP_BASE) || request.url.startsWith(STRIPE_BASE)) return this.handle(request);
      if (request.url.startsWith(PAYU_API_BASE)) return this.payu.handle(request);
      return original(input, init);
    });
    return this;
  }

  uninstall() {
    this.spy?.mockRestore();
  }

  /** The guest pays the latest Mercado Pago preference for `code`; answers the payment id. */
  mpPay(code: string, { status = "approved", amount, currency }: { status?: string; amount?: number; currency?: string } = {}): string {
    const preference = [...this.preferences].reverse().find((p) => p.body.external_reference === code);
    const item = preference?.body.items[0];
    const id = 900_000_000_000 + ++this.sequence;
    this.mpPayments.set(String(id), {
      id,
      status,
      status_detail: status === "approved" ? "accredited" : "cc_rejected_other_reason",
      external_reference: code,
      transaction_amount: amount ?? item?.unit_price ?? 0,
      currency_id: currency ?? item?.currency_id ?? "ARS",
      live_mode: false,
      payment_type_id: "credit_card",
      metadata: preference?.body.metadata ?? {},
    });
    return String(id);
  }

  mpSetStatus(paymentId: string, status: string) {
    const payment = this.mpPayments.get(paymentId);
    if (!payment) throw new Error(`no payment ${paymentId}`);
    payment.status = status;
  }

  /** The guest completes a Stripe Checkout Session; answers the payment intent id. */
  stripeComplete(sessionId: string, { amount }: { amount?: number } = {}): string {
    const session = this.sessions.get(sessionId);
    if (!session) throw new Error(`no session ${sessionId}`);
    const intentId = `pi_fake_${++this.sequence}`;
    const paid = amount ?? session.amount_total;
    Object.assign(session, { status: "complete", payment_status: "paid", payment_intent: intentId, amount_total: paid });
    this.intents.set(intentId, { id: intentId, object: "payment_intent", status: "succeeded", amount: paid, amount_received: paid, currency: session.currency, metadata: session.metadata, livemode: false });
    return intentId;
  }

  private refundedOf(paymentId: string): number {
    return this.refunds.filter((r) => r.paymentId === paymentId).reduce((sum, r) => sum + r.amount, 0);
  }

  /** A refund as both providers make one: once per idempotency key, never past what was paid. */
  private refund(provider: "mercadopago" | "stripe", paymentId: string, amount: number, paid: number, request: Request, answer: (id: string) => Response): Response {
    const idempotencyKey = request.headers.get(provider === "mercadopago" ? "x-idempotency-key" : "idempotency-key");
    this.refundRequests.push({ provider, idempotencyKey });
    const earlier = idempotencyKey ? this.refunds.find((r) => r.provider === provider && r.idempotencyKey === idempotencyKey) : undefined;
    if (earlier) return answer(earlier.id);
    if (amount <= 0 || this.refundedOf(paymentId) + amount > paid) return json({ message: "refund amount exceeds what is left", error: "bad_request" }, 400);
    const id = provider === "mercadopago" ? `${++this.sequence + 700_000}` : `re_fake_${++this.sequence}`;
    this.refunds.push({ provider, id, paymentId, amount, idempotencyKey });
    return answer(id);
  }

  async handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    this.lookups.push(`${request.method} ${url.host}${url.pathname}`);
    if (this.failNext > 0) {
      this.failNext--;
      return json({ message: "internal error" }, 500);
    }
    const auth = request.headers.get("authorization");
    if (url.origin === MP_BASE) {
      if (auth !== `Bearer ${this.mpToken}`) return json({ message: "invalid access token" }, 401);
      if (request.method === "GET" && url.pathname === "/users/me") return json({ id: 123456789, nickname: "CABANAS_DEL_LAGO", email: "cobros@cabanas.example", site_id: "MLA" });
      if (request.method === "POST" && url.pathname === "/checkout/preferences") {
        const body = await request.json<any>();
        const id = `pref_fake_${++this.sequence}`;
        this.preferences.push({ id, body, idempotencyKey: request.headers.get("x-idempotency-key") });
        return json({ id, init_point: `${MP_BASE}/checkout/v1/redirect?pref_id=${id}`, sandbox_init_point: `${MP_BASE}/sandbox?pref_id=${id}` }, 201);
      }
      const refund = url.pathname.match(/^\/v1\/payments\/(\w+)\/refunds$/);
      if (request.method === "POST" && refund) {
        const found = this.mpPayments.get(refund[1]!);
        if (!found) return json({ message: "Payment not found", status: 404 }, 404);
        const body = await request.json<{ amount?: number }>();
        const amount = Math.round((body.amount ?? found.transaction_amount) * 100);
        return this.refund("mercadopago", refund[1]!, amount, Math.round(found.transaction_amount * 100), request, (id) => {
          if (this.refundedOf(refund[1]!) >= Math.round(found.transaction_amount * 100)) found.status = "refunded";
          return json({ id: Number(id.replace(/\D/g, "")), payment_id: found.id, amount: amount / 100, status: "approved" }, 201);
        });
      }
      const payment = url.pathname.match(/^\/v1\/payments\/(\w+)$/);
      if (request.method === "GET" && payment) {
        const found = this.mpPayments.get(payment[1]!);
        return found ? json(found) : json({ message: "Payment not found", status: 404 }, 404);
      }
    }
    if (url.origin === STRIPE_BASE) {
      if (auth !== `Bearer ${this.stripeKey}`) return json({ error: { message: "Invalid API Key provided" } }, 401);
      if (request.method === "GET" && url.pathname === "/v1/account") return json({ id: "acct_fake_1", object: "account", email: "cobros@cabanas.example", settings: { dashboard: { display_name: "Cabañas del Lago" } } });
      if (request.method === "POST" && url.pathname === "/v1/checkout/sessions") {
        const form = new URLSearchParams(new TextDecoder().decode(await request.arrayBuffer()));
        this.sessionRequests.push({ form, idempotencyKey: request.headers.get("idempotency-key") });
        const id = `cs_fake_${++this.sequence}`;
        const session: StripeSession = {
          id,
          object: "checkout.session",
          status: "open",
          payment_status: "unpaid",
          amount_total: Number(form.get("line_items[0][price_data][unit_amount]")),
          currency: form.get("line_items[0][price_data][currency]") ?? "",
          client_reference_id: form.get("client_reference_id"),
          // Every metadata key the Worker set, as Stripe keeps them (a reservation's or a quotation's).
          metadata: Object.fromEntries([...form].flatMap(([key, value]) => (key.match(/^metadata\[(\w+)\]$/) ? [[key.slice(9, -1), value]] : []))),
          payment_intent: null,
          livemode: false,
          url: `https://checkout.stripe.fake/c/pay/${id}`,
          expires_at: Number(form.get("expires_at")),
        };
        this.sessions.set(id, session);
        return json(session);
      }
      if (request.method === "POST" && url.pathname === "/v1/refunds") {
        const form = new URLSearchParams(new TextDecoder().decode(await request.arrayBuffer()));
        const intent = this.intents.get(form.get("payment_intent") ?? "");
        if (!intent) return json({ error: { message: "No such payment_intent" } }, 404);
        const amount = Number(form.get("amount") ?? intent.amount_received);
        return this.refund("stripe", intent.id, amount, intent.amount_received, request, (id) => json({ id, object: "refund", amount, payment_intent: intent.id, status: "succeeded" }));
      }
      const sessionMatch = url.pathname.match(/^\/v1\/checkout\/sessions\/(\w+)$/);
      if (request.method === "GET" && sessionMatch) {
        const found = this.sessions.get(sessionMatch[1]!);
        return found ? json(found) : json({ error: { message: "No such checkout.session" } }, 404);
      }
      const intentMatch = url.pathname.match(/^\/v1\/payment_intents\/(\w+)$/);
      if (request.method === "GET" && intentMatch) {
        const found = this.intents.get(intentMatch[1]!);
        return found ? json(found) : json({ error: { message: "No such payment_intent" } }, 404);
      }
    }
    return json({ message: `fake provider has no route ${request.method} ${url.pathname}` }, 404);
  }
}
