import type { RefundRecord } from "../../shared/quotations/model";
import { findPayuRefund, submitPayuRefund } from "../payments/payu-refunds";
import { payuCredentials } from "../payments/payu-settings";
import type { Database } from "../platform/db/client";
import type { Config } from "../platform/env";

export type PayuDepositRefund =
  | { status: "refunded"; providerRefundId: string; underReview: boolean }
  | { status: "failed"; error: string }
  /** Posada cannot ask PayU itself: staff give the deposit back from PayU's panel. */
  | { status: "manual"; error: string };

/**
 * A group deposit paid through PayU given back through PayU's Payments API. The order is read
 * first: a refund PayU already holds for it (an earlier request whose answer was lost, or one made
 * from PayU's panel) is the answer, so a payment is never refunded twice. An outage throws.
 */
export async function refundPayuDeposit(db: Database, config: Config, tenantId: string, refund: RefundRecord, reason: string): Promise<PayuDepositRefund> {
  const credentials = await payuCredentials(db, config.secretsKey, tenantId);
  if (!credentials?.apiLogin) return { status: "manual", error: "PayU's API login is not set in the PayU settings, so PayU refunds are made from PayU's own panel" };
  if (!refund.providerOrderId) return { status: "manual", error: "PayU did not send the payment's order id, so this refund is made from PayU's own panel" };
  const api = { apiKey: credentials.apiKey, apiLogin: credentials.apiLogin };
  const test = config.environment !== "production";
  const held = await findPayuRefund(config.apiBases.payu, api, { orderId: refund.providerOrderId, test });
  if (held) return { status: "refunded", providerRefundId: held.id, underReview: held.state === "PENDING" };
  const answer = await submitPayuRefund(config.apiBases.payu, api, { orderId: refund.providerOrderId, transactionId: refund.providerPaymentId, reason, test });
  return answer.status === "refunded"
    ? { status: "refunded", providerRefundId: answer.refundTransactionId, underReview: answer.state === "PENDING" }
    : { status: "failed", error: answer.reason };
}
