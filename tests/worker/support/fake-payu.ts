/**
 * What PayU's servers post to a confirmation URL, signed as PayU signs it:
 * `ApiKey~merchant_id~reference_sale~new_value~currency~state_pol` (MD5, SHA1 or SHA256 hex).
 * Written here from PayU's documentation, independently of the Worker's own code.
 */
export const PAYU = { merchantId: "508029", accountId: "512321", apiKey: "4Vj8eK4rloUd272L48hsrarnUA" };

async function hex(algorithm: "MD5" | "SHA-1" | "SHA-256", text: string) {
  const digest = await crypto.subtle.digest(algorithm, new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export async function payuConfirmation(input: {
  referenceSale: string;
  value: string;
  newValue: string;
  currency?: string;
  statePol?: string;
  transactionId?: string;
  /** `reference_pol`, PayU's order id; `null` leaves it out as older confirmations were read. */
  orderId?: string | null;
  tenantId: string;
  algorithm?: "MD5" | "SHA-1" | "SHA-256";
  apiKey?: string;
}) {
  const currency = input.currency ?? "ARS";
  const statePol = input.statePol ?? "4";
  const sign = await hex(input.algorithm ?? "SHA-256", `${input.apiKey ?? PAYU.apiKey}~${PAYU.merchantId}~${input.referenceSale}~${input.newValue}~${currency}~${statePol}`);
  const form = new URLSearchParams({
    merchant_id: PAYU.merchantId,
    state_pol: statePol,
    response_code_pol: statePol === "4" ? "1" : "5",
    reference_sale: input.referenceSale,
    reference_pol: input.orderId ?? String(Math.floor(Math.random() * 1e9)),
    sign,
    extra1: input.tenantId,
    payment_method_type: "2",
    value: input.value,
    currency,
    transaction_id: input.transactionId ?? crypto.randomUUID(),
    email_buyer: "laura@colegio.test",
  });
  if (input.orderId === null) form.delete("reference_pol");
  return form.toString();
}

export const PAYU_API_BASE = "https://api.payulatam.fake";
export const PAYU_API_LOGIN = "pRRXKOl8ikMmt9u";

interface PayuTransaction {
  id: string;
  type: "AUTHORIZATION_AND_CAPTURE" | "REFUND";
  state: string;
  parentTransactionId?: string;
}

/** A refund PayU holds: under review or approved; a declined or expired one no longer counts. */
const HELD = new Set(["PENDING", "APPROVED"]);

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

/**
 * PayU Latam's Payments and Reports APIs as far as refunds go (SUBMIT_TRANSACTION of type REFUND,
 * ORDER_DETAIL), written from PayU's documentation: HTTP 200 with `code` SUCCESS or ERROR, and a
 * second refund of an order that already has one in process is refused, as PayU does.
 */
export class FakePayuApi {
  readonly orders = new Map<string, PayuTransaction[]>();
  /** Every refund request that reached PayU, refused ones included. */
  readonly refundRequests: any[] = [];
  readonly orderDetailRequests: string[] = [];
  /** The state PayU gives a refund it accepts (it reviews refunds, so usually PENDING). */
  refundState: "PENDING" | "APPROVED" | "DECLINED" = "PENDING";
  /** Refuse the next refunds with this error (code ERROR), as PayU does past the refund window. */
  refuseWith: string | null = null;
  /** Answer this many next calls with a 503, as an outage would. */
  failNext = 0;
  /** Make the next refund, then answer 502 as if the answer were lost on the way back. */
  loseNextRefundAnswer = false;
  /** Order ids start anywhere: quotations of earlier tests in the same storage never name this fake's orders. */
  private sequence = Math.floor(Math.random() * 1_000_000) * 100;

  constructor(readonly apiKey = PAYU.apiKey, readonly apiLogin = PAYU_API_LOGIN) {}

  /** A payment PayU approved: its order id (`reference_pol`) and transaction id. */
  pay(): { orderId: string; transactionId: string } {
    const orderId = String(850_000_000 + ++this.sequence);
    const transactionId = crypto.randomUUID();
    this.orders.set(orderId, [{ id: transactionId, type: "AUTHORIZATION_AND_CAPTURE", state: "APPROVED" }]);
    return { orderId, transactionId };
  }

  /** Refunds PayU holds (pending review or approved). */
  get refunds() {
    return [...this.orders.entries()].flatMap(([orderId, txs]) => txs.filter((tx) => tx.type === "REFUND" && HELD.has(tx.state)).map((tx) => ({ orderId, ...tx })));
  }

  /** PayU ends its review of a refund, as it does days after accepting it. */
  decideRefund(refundId: string, state: "APPROVED" | "DECLINED" | "EXPIRED") {
    const refund = [...this.orders.values()].flat().find((tx) => tx.type === "REFUND" && tx.id === refundId);
    if (!refund) throw new Error(`fake PayU holds no refund ${refundId}`);
    refund.state = state;
  }

  async handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (this.failNext > 0) {
      this.failNext--;
      return new Response("Service Unavailable", { status: 503 });
    }
    if (request.method !== "POST" || request.headers.get("accept") !== "application/json") return new Response("<error>xml</error>", { status: 200, headers: { "content-type": "application/xml" } });
    const body = await request.json<any>();
    if (body.merchant?.apiKey !== this.apiKey || body.merchant?.apiLogin !== this.apiLogin) return json({ code: "ERROR", error: "Invalid credentials", transactionResponse: null });
    if (url.pathname === "/reports-api/4.0/service.cgi" && body.command === "ORDER_DETAIL") {
      const orderId = String(body.details?.orderId);
      this.orderDetailRequests.push(orderId);
      const txs = this.orders.get(orderId);
      if (!txs) return json({ code: "ERROR", error: "Order not found", result: null });
      return json({ code: "SUCCESS", error: null, result: { payload: { id: Number(orderId), transactions: txs.map((tx) => ({ id: tx.id, type: tx.type, parentTransactionId: tx.parentTransactionId ?? null, transactionResponse: { state: tx.state } })) } } });
    }
    if (url.pathname === "/payments-api/4.0/service.cgi" && body.command === "SUBMIT_TRANSACTION" && body.transaction?.type === "REFUND") {
      this.refundRequests.push(body);
      const orderId = String(body.transaction.order?.id);
      const txs = this.orders.get(orderId);
      const parent = txs?.find((tx) => tx.id === body.transaction.parentTransactionId && tx.type === "AUTHORIZATION_AND_CAPTURE");
      if (!txs || !parent) return json({ code: "ERROR", error: "The order or its transaction does not exist", transactionResponse: null });
      if (!body.transaction.reason) return json({ code: "ERROR", error: "The refund reason is required", transactionResponse: null });
      if (this.refuseWith) return json({ code: "ERROR", error: this.refuseWith, transactionResponse: null });
      if (txs.some((tx) => tx.type === "REFUND" && HELD.has(tx.state))) return json({ code: "ERROR", error: "There is already a refund request in process for this order", transactionResponse: null });
      const refund: PayuTransaction = { id: crypto.randomUUID(), type: "REFUND", state: this.refundState, parentTransactionId: parent.id };
      txs.push(refund);
      if (this.loseNextRefundAnswer) {
        this.loseNextRefundAnswer = false;
        return new Response("Bad Gateway", { status: 502 });
      }
      return json({ code: "SUCCESS", error: null, transactionResponse: { orderId: Number(orderId), transactionId: refund.id, state: refund.state, responseCode: refund.state === "DECLINED" ? "ANTIFRAUD_REJECTED" : null } });
    }
    return json({ code: "ERROR", error: `fake PayU has no command ${body.command} at ${url.pathname}` });
  }
}
