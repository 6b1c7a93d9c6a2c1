// Mercado Pago as far as Posada talks to it, on a local port for `npm run dev` in the browser tests:
// Checkout Pro preferences, payment lookups and refunds (once per X-Idempotency-Key). Tests drive it
// over HTTP from their own processes: `POST /__test/pay` makes the guest pay a preference,
// `GET /__test/refunds` lists what was refunded.
import { createServer, type IncomingMessage, type Server } from "node:http";

interface Payment {
  id: number;
  status: string;
  external_reference: string;
  transaction_amount: number;
  currency_id: string;
  live_mode: boolean;
  payment_type_id: string;
  metadata: Record<string, unknown>;
}

interface Refund {
  id: number;
  paymentId: string;
  amount: number;
  idempotencyKey: string | null;
}

const readBody = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => resolve(body));
  });

export function startFakeMercadoPago(): Promise<{ server: Server; base: string }> {
  const preferences: Array<{ id: string; body: { external_reference: string; items: Array<{ unit_price: number; currency_id: string }>; metadata: Record<string, unknown> } }> = [];
  const payments = new Map<string, Payment>();
  const refunds: Refund[] = [];
  let sequence = 0;

  const server = createServer(async (request, response) => {
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    const url = new URL(request.url ?? "/", "http://fake");
    const raw = await readBody(request);
    if (request.method === "POST" && url.pathname === "/checkout/preferences") {
      const id = `pref_e2e_${++sequence}`;
      preferences.push({ id, body: JSON.parse(raw) });
      return send(201, { id, init_point: `http://fake-mercadopago.test/checkout?pref_id=${id}` });
    }
    const refund = url.pathname.match(/^\/v1\/payments\/(\w+)\/refunds$/);
    if (request.method === "POST" && refund) {
      const payment = payments.get(refund[1]!);
      if (!payment) return send(404, { message: "Payment not found" });
      const key = (request.headers["x-idempotency-key"] as string | undefined) ?? null;
      const earlier = key ? refunds.find((r) => r.idempotencyKey === key) : undefined;
      if (earlier) return send(201, { id: earlier.id, payment_id: payment.id, amount: earlier.amount, status: "approved" });
      const amount = (JSON.parse(raw || "{}") as { amount?: number }).amount ?? payment.transaction_amount;
      const made = { id: 800_000 + ++sequence, paymentId: refund[1]!, amount, idempotencyKey: key };
      refunds.push(made);
      return send(201, { id: made.id, payment_id: payment.id, amount, status: "approved" });
    }
    const lookup = url.pathname.match(/^\/v1\/payments\/(\w+)$/);
    if (request.method === "GET" && lookup) {
      const payment = payments.get(lookup[1]!);
      return payment ? send(200, payment) : send(404, { message: "Payment not found" });
    }
    if (request.method === "POST" && url.pathname === "/__test/pay") {
      const code = url.searchParams.get("code");
      const preference = [...preferences].reverse().find((p) => p.body.external_reference === code);
      if (!preference) return send(404, { message: `no preference for ${code}` });
      const item = preference.body.items[0]!;
      const id = 950_000_000 + ++sequence;
      payments.set(String(id), {
        id,
        status: "approved",
        external_reference: code!,
        transaction_amount: item.unit_price,
        currency_id: item.currency_id,
        live_mode: false,
        payment_type_id: "credit_card",
        metadata: preference.body.metadata,
      });
      return send(201, { paymentId: String(id) });
    }
    if (request.method === "GET" && url.pathname === "/__test/refunds") return send(200, { refunds });
    return send(404, { message: `fake Mercado Pago has no route ${request.method} ${url.pathname}` });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    resolve({ server, base: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}` });
  }));
}
