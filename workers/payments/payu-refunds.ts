import { ProviderError, providerFetch } from "./provider";

/**
 * Refunds through PayU Latam's Payments API, as its developer documentation ("Refunds", Payments
 * API 4.0) describes them; what this module relies on:
 *
 * - `POST {host}/payments-api/4.0/service.cgi`, JSON `{ language, command: "SUBMIT_TRANSACTION",
 *   merchant: { apiKey, apiLogin }, transaction: { order: { id }, type: "REFUND", reason,
 *   parentTransactionId }, test }`, with `Accept: application/json` (PayU answers XML otherwise).
 *   No amount: the whole transaction is given back.
 * - The answer is HTTP 200 whatever happened: `{ code: "SUCCESS" | "ERROR", error,
 *   transactionResponse: { orderId, transactionId, state, responseCode, … } }`. `state` is
 *   `PENDING` while PayU reviews the refund (the usual answer: PayU accepted the request and pays
 *   it back within days), `APPROVED`, `DECLINED` or `ERROR`.
 * - `POST {host}/reports-api/4.0/service.cgi` with `command: "ORDER_DETAIL"` and `details: { orderId }`
 *   answers `{ code, error, result: { payload: { id, transactions: [{ id, type, transactionResponse:
 *   { state } }] } } }`: the order's transactions, refunds included, each with its current state;
 *   it is how Posada learns the end of a refund PayU is still reviewing (see payu-refund-review.ts).
 *
 * PayU takes no idempotency key, so a refund is never asked for blindly twice: before each request
 * the order's transactions are read, and a refund PayU already holds (a request whose answer was
 * lost, or one staff made from PayU's panel) is taken as the answer instead of asking again.
 */
export interface PayuApiCredentials {
  apiKey: string;
  apiLogin: string;
}

export type PayuRefundAnswer =
  | { status: "refunded"; refundTransactionId: string; state: "PENDING" | "APPROVED" }
  | { status: "failed"; reason: string };

const PAYMENTS_PATH = "/payments-api/4.0/service.cgi";
const REPORTS_PATH = "/reports-api/4.0/service.cgi";
/** Refund states that mean PayU holds the refund: accepted for review, or already paid back. */
const HELD_STATES = new Set(["PENDING", "APPROVED"]);

interface PayuTransactionResponse {
  orderId?: number | string;
  transactionId?: string;
  state?: string;
  responseCode?: string;
}

function post(base: string, path: string, body: unknown) {
  return providerFetch("payu", `${base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json; charset=utf-8", accept: "application/json" },
    body: JSON.stringify(body),
  });
}

const record = (value: unknown): Record<string, unknown> => (value && typeof value === "object" ? (value as Record<string, unknown>) : {});

/** The order's transactions as ORDER_DETAIL answers them; throws as `findPayuRefund` says. */
async function orderTransactions(base: string, credentials: PayuApiCredentials, input: { orderId: string; test: boolean }) {
  const answer = record(
    await post(base, REPORTS_PATH, { test: input.test, language: "es", command: "ORDER_DETAIL", merchant: { apiLogin: credentials.apiLogin, apiKey: credentials.apiKey }, details: { orderId: Number(input.orderId) } }),
  );
  if (answer.code !== "SUCCESS") throw new ProviderError("payu", 200, `PayU could not read order ${input.orderId}: ${String(answer.error ?? "no detail").slice(0, 160)}`, false);
  const transactions = record(record(answer.result).payload).transactions;
  if (!Array.isArray(transactions)) throw new ProviderError("payu", 200, `PayU answered order ${input.orderId} without its transactions`, false);
  return transactions.map(record).map((tx) => ({ id: String(tx.id ?? ""), type: String(tx.type ?? ""), state: String(record(tx.transactionResponse).state ?? tx.state ?? "") }));
}

/**
 * The refund PayU already holds for this payment (pending review or approved), or null when the
 * order has none. Nothing is asked for while the order's state is unknown: an outage throws a
 * retryable ProviderError, a refusal to read the order (wrong login, unknown order) one that is
 * not; either way the next attempt reads the order again before asking.
 */
export async function findPayuRefund(base: string, credentials: PayuApiCredentials, input: { orderId: string; test: boolean }): Promise<{ id: string; state: "PENDING" | "APPROVED" } | null> {
  const held = (await orderTransactions(base, credentials, input)).find((tx) => tx.type === "REFUND" && HELD_STATES.has(tx.state));
  return held ? { id: held.id, state: held.state as "PENDING" | "APPROVED" } : null;
}

/**
 * Where PayU's review of a refund stands, read from its order: `PENDING` while PayU reviews it,
 * `APPROVED`, or a final refusal (`DECLINED`, `EXPIRED`, `ERROR`…); null when the order does not
 * hold that refund transaction. Throws as `findPayuRefund` does.
 */
export async function readPayuRefundState(base: string, credentials: PayuApiCredentials, input: { orderId: string; refundTransactionId: string; test: boolean }): Promise<string | null> {
  const refund = (await orderTransactions(base, credentials, input)).find((tx) => tx.type === "REFUND" && tx.id === input.refundTransactionId);
  return refund ? refund.state || null : null;
}

/**
 * Asks PayU to give back the whole transaction. A SUCCESS whose state is PENDING or APPROVED is a
 * refund PayU accepted; ERROR, DECLINED or an HTTP 4xx is a refusal; an outage throws a retryable
 * ProviderError and the request's fate is then read back with `findPayuRefund`.
 */
export async function submitPayuRefund(
  base: string,
  credentials: PayuApiCredentials,
  input: { orderId: string; transactionId: string; reason: string; test: boolean },
): Promise<PayuRefundAnswer> {
  const answer = record(
    await post(base, PAYMENTS_PATH, {
      language: "es",
      command: "SUBMIT_TRANSACTION",
      merchant: { apiKey: credentials.apiKey, apiLogin: credentials.apiLogin },
      transaction: { order: { id: Number(input.orderId) }, type: "REFUND", reason: input.reason.slice(0, 255), parentTransactionId: input.transactionId },
      test: input.test,
    }),
  );
  const response = record(answer.transactionResponse) as PayuTransactionResponse;
  if (answer.code !== "SUCCESS") return { status: "failed", reason: `PayU refused the refund: ${String(answer.error ?? "no detail").slice(0, 160)}` };
  const state = String(response.state ?? "");
  if (HELD_STATES.has(state) && response.transactionId) return { status: "refunded", refundTransactionId: String(response.transactionId), state: state as "PENDING" | "APPROVED" };
  return { status: "failed", reason: `PayU declined the refund (${state || "no state"}, ${String(response.responseCode ?? "no code")})` };
}
