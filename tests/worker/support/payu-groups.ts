import { expect } from "vitest";
import { call } from "./api";
import type { FakePaymentProviders } from "./fake-payment-providers";
import { PAYU, PAYU_API_LOGIN, payuConfirmation } from "./fake-payu";
import { approvedGroup, quotationOf } from "./group-deposits";
import type { TestTenant } from "./tenant";

/**
 * A group of one own cabin whose deposit a Colombian client paid through PayU: confirmed. The
 * confirmation carries the order id PayU gave the payment unless `orderId` is null.
 */
export async function confirmedPayuGroup(fake: FakePaymentProviders, owner: TestTenant, { apiLogin = PAYU_API_LOGIN as string | null, withOrderId = true } = {}) {
  const saved = await call("PUT", "/v1/settings/payments/payu", { token: owner.token, body: { ...PAYU, ...(apiLogin ? { apiLogin } : {}), countries: ["CO"] } });
  expect(saved.status).toBe(200);
  const group = await approvedGroup(owner, "CO");
  expect(group.payment.provider).toBe("payu");
  const paid = fake.payu.pay();
  const value = (group.payment.amount.amount / 100).toFixed(2);
  const body = await payuConfirmation({ referenceSale: group.id, value, newValue: value.endsWith("0") ? value.slice(0, -1) : value, tenantId: owner.tenantId, transactionId: paid.transactionId, orderId: withOrderId ? paid.orderId : null });
  const confirmation = await call("POST", `/webhooks/payu/${owner.tenantId}`, { rawBody: body, headers: { "content-type": "application/x-www-form-urlencoded" } });
  expect(confirmation.json).toEqual({ received: true, applied: true });
  const confirmed = await quotationOf(owner, group.id);
  expect(confirmed.status).toBe("confirmed");
  return { ...group, ...paid, confirmed };
}
