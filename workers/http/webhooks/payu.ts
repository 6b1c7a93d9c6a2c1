import type { Hono } from "hono";
import { log } from "../../../shared/log";
import { minorUnitsOf, PAYU_APPROVED, readPayuConfirmation, verifyPayuConfirmation } from "../../payments/payu";
import { payuCredentials } from "../../payments/payu-settings";
import type { AppEnv } from "../../platform/env";
import { AppError } from "../../platform/errors";
import { applyDepositPayment } from "../../quotations/deposit";
import { applyPayuRefundConfirmation } from "../../quotations/payu-refund-review";
import { rawBody, webhookBodyLimit } from "./intake";

const MAX_WEBHOOK_BYTES = 64 * 1024;
const TENANT_ID = /^ten_[0-9A-Z]{26}$/;
const QUOTATION_ID = /^qtn_[0-9A-Z]{26}$/;

/**
 * POST /webhooks/payu/:tenantId, PayU's confirmation page: the form is checked against the
 * tenant's API key before anything is read from it. An approved deposit is applied to the
 * quotation its reference names, once per PayU transaction; the final state of a refund PayU was
 * reviewing is applied to that refund (payu-refund-review.ts). Anything but a 200 makes PayU send
 * it again, so a failure half-way is retried and finished.
 */
export function registerPayuWebhook(app: Hono<AppEnv>) {
  app.post("/webhooks/payu/:tenantId", webhookBodyLimit(MAX_WEBHOOK_BYTES), async (c) => {
    const tenantId = c.req.param("tenantId");
    const raw = await rawBody(c, MAX_WEBHOOK_BYTES);
    const confirmation = readPayuConfirmation(new URLSearchParams(new TextDecoder().decode(raw)));
    const credentials = TENANT_ID.test(tenantId) ? await payuCredentials(c.var.db, c.get("config").secretsKey, tenantId) : null;
    if (!confirmation || !credentials || !(await verifyPayuConfirmation(confirmation, credentials))) {
      throw new AppError(401, "invalid_signature", "The sign field does not match this confirmation");
    }
    // A refund PayU reviewed is a transaction of the deposit's order: its decision, not a payment.
    if (QUOTATION_ID.test(confirmation.referenceSale)) {
      const refund = await applyPayuRefundConfirmation(c.env, c.var.db, tenantId, confirmation);
      if (refund) return c.json({ received: true, ...refund }, 200);
    }
    if (confirmation.statePol !== PAYU_APPROVED) return c.json({ received: true, applied: false }, 200);
    const amount = minorUnitsOf(confirmation.value, confirmation.currency);
    if (amount === null || !QUOTATION_ID.test(confirmation.referenceSale)) {
      log("warn", "payu_unmatched", { tenantId, reference: confirmation.referenceSale });
      return c.json({ received: true, applied: false }, 200);
    }
    const applied = await applyDepositPayment(c.env, c.var.db, c.get("config"), tenantId, confirmation.referenceSale, {
      provider: "payu",
      providerPaymentId: confirmation.transactionId,
      ...(confirmation.orderId ? { providerOrderId: confirmation.orderId } : {}),
      amount: { amount, currency: confirmation.currency },
      at: Date.now(),
    });
    if (!applied.ok) log("warn", "payu_not_applied", { tenantId, reference: confirmation.referenceSale, code: applied.code });
    return c.json({ received: true, applied: applied.ok }, 200);
  });
}
