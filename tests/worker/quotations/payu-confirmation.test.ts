import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { PAYU, PAYU_API_LOGIN, payuConfirmation } from "../support/fake-payu";
import { ars, openQuotation } from "../support/quotations";
import { createTenant, type TestTenant } from "../support/tenant";

/** A quotation of one own cabin, sent and approved by the client, waiting for its deposit through PayU. */
async function approvedQuotation(owner: TestTenant) {
  await createAccommodation(owner, { minStay: 1 });
  const quotation = await openQuotation(owner, { country: "CO" });
  const own = quotation.offers[0]!;
  await call("POST", `/v1/quotations/${quotation.id}/compose`, { token: owner.token, body: { lines: [{ offerId: own.id, lineIndex: 0 }], markup: { kind: "per_room_night", amount: ars(500_000) }, depositPercent: 50 } });
  const sent = await call("POST", `/v1/quotations/${quotation.id}/send`, { token: owner.token });
  const approved = await call("POST", `/c-api/${sent.json.clientToken}/approve`);
  const deposit = approved.json.payment.amount.amount as number;
  const value = (deposit / 100).toFixed(2);
  return { id: quotation.id, deposit, value, newValue: value.endsWith("0") ? value.slice(0, -1) : value };
}

const post = (owner: TestTenant, body: string) => call("POST", `/webhooks/payu/${owner.tenantId}`, { rawBody: body, headers: { "content-type": "application/x-www-form-urlencoded" } });
const quotationOf = async (owner: TestTenant, id: string) => (await call("GET", `/v1/quotations/${id}`, { token: owner.token })).json;

describe("PayU confirmations", () => {
  it("are applied once whatever PayU repeats, signed with SHA-256, SHA-1 or MD5, also when two copies race", async () => {
    for (const algorithm of ["SHA-256", "SHA-1", "MD5"] as const) {
      const owner = await createTenant();
      await call("PUT", "/v1/settings/payments/payu", { token: owner.token, body: { ...PAYU, countries: ["CO"] } });
      const quotation = await approvedQuotation(owner);
      const body = await payuConfirmation({ referenceSale: quotation.id, value: quotation.value, newValue: quotation.newValue, tenantId: owner.tenantId, algorithm, transactionId: `tx-${algorithm}` });
      const answers = await Promise.all([post(owner, body), post(owner, body), post(owner, body)]);
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
      const after = await quotationOf(owner, quotation.id);
      expect(after.status, algorithm).toBe("confirmed");
      expect(after.payments).toEqual([expect.objectContaining({ provider: "payu", providerPaymentId: `tx-${algorithm}`, amount: ars(quotation.deposit) })]);
      expect(after.booking.reservationIds).toHaveLength(1);
      const outbox = (await call("GET", "/v1/communications/outbox", { token: owner.token })).json.data as Array<{ subject: string }>;
      expect(outbox.filter((m) => m.subject.startsWith("Recibimos la seña"))).toHaveLength(1);
    }
  });

  it("refuses a wrong signature, another key, a changed amount or an unknown tenant with 401 and applies nothing", async () => {
    const owner = await createTenant();
    await call("PUT", "/v1/settings/payments/payu", { token: owner.token, body: { ...PAYU, countries: ["CO"] } });
    const quotation = await approvedQuotation(owner);
    const otherKey = await payuConfirmation({ referenceSale: quotation.id, value: quotation.value, newValue: quotation.newValue, tenantId: owner.tenantId, apiKey: "not-the-merchant-key" });
    expect((await post(owner, otherKey)).status).toBe(401);
    const signed = new URLSearchParams(await payuConfirmation({ referenceSale: quotation.id, value: quotation.value, newValue: quotation.newValue, tenantId: owner.tenantId }));
    signed.set("value", "999999.00");
    expect((await post(owner, signed.toString())).status).toBe(401);
    const good = await payuConfirmation({ referenceSale: quotation.id, value: quotation.value, newValue: quotation.newValue, tenantId: owner.tenantId });
    expect((await call("POST", "/webhooks/payu/ten_01JZZZZZZZZZZZZZZZZZZZZZZZ", { rawBody: good, headers: { "content-type": "application/x-www-form-urlencoded" } })).status).toBe(401);
    expect((await post(owner, "not a form")).status).toBe(401);
    expect((await quotationOf(owner, quotation.id)).status).toBe("approved");
  });

  it("records nothing for a declined transaction or less than the deposit", async () => {
    const owner = await createTenant();
    await call("PUT", "/v1/settings/payments/payu", { token: owner.token, body: { ...PAYU, countries: ["CO"] } });
    const quotation = await approvedQuotation(owner);
    const declined = await payuConfirmation({ referenceSale: quotation.id, value: quotation.value, newValue: quotation.newValue, tenantId: owner.tenantId, statePol: "6" });
    expect((await post(owner, declined)).json.applied).toBe(false);
    const short = ((quotation.deposit - 100) / 100).toFixed(2);
    const tooLittle = await payuConfirmation({ referenceSale: quotation.id, value: short, newValue: short.endsWith("0") ? short.slice(0, -1) : short, tenantId: owner.tenantId });
    expect((await post(owner, tooLittle)).json.applied).toBe(false);
    const after = await quotationOf(owner, quotation.id);
    expect(after.status).toBe("approved");
    expect(after.payments).toEqual([]);
  });

  it("stores the key and the API login sealed and never returns them, only whether the login is set", async () => {
    const owner = await createTenant();
    const saved = await call("PUT", "/v1/settings/payments/payu", { token: owner.token, body: { ...PAYU, countries: ["CO", "PE"] } });
    expect(saved.json).toEqual({ configured: true, merchantId: PAYU.merchantId, accountId: PAYU.accountId, countries: ["CO", "PE"], apiLoginSet: false });
    expect((await call("GET", "/v1/settings/payments/payu", { token: owner.token })).text).not.toContain(PAYU.apiKey);

    const withLogin = await call("PUT", "/v1/settings/payments/payu", { token: owner.token, body: { ...PAYU, apiLogin: PAYU_API_LOGIN, countries: ["CO"] } });
    expect(withLogin.json).toEqual({ configured: true, merchantId: PAYU.merchantId, accountId: PAYU.accountId, countries: ["CO"], apiLoginSet: true });
    expect(withLogin.text).not.toContain(PAYU_API_LOGIN);
    const read = await call("GET", "/v1/settings/payments/payu", { token: owner.token });
    expect(read.json.apiLoginSet).toBe(true);
    expect(read.text).not.toContain(PAYU_API_LOGIN);
    expect(read.text).not.toContain(PAYU.apiKey);
    // Saving again without the login (a new key, other countries) keeps the stored one.
    const resaved = await call("PUT", "/v1/settings/payments/payu", { token: owner.token, body: { ...PAYU, countries: ["MX"] } });
    expect(resaved.json).toMatchObject({ countries: ["MX"], apiLoginSet: true });
    // Sealed at rest: the row holds neither secret in clear.
    const row = await env.DB.prepare("SELECT api_key_sealed, api_login_sealed FROM payu_settings WHERE tenant_id = ?").bind(owner.tenantId).first<Record<string, string>>();
    expect(row!.api_login_sealed).toBeTruthy();
    expect(JSON.stringify(row)).not.toContain(PAYU_API_LOGIN);
    expect(JSON.stringify(row)).not.toContain(PAYU.apiKey);
  });

  it("refuses a bad settings body with a 400 problem and changes nothing", async () => {
    const owner = await createTenant();
    await call("PUT", "/v1/settings/payments/payu", { token: owner.token, body: { ...PAYU, apiLogin: PAYU_API_LOGIN, countries: ["CO"] } });
    const bad = [
      { ...PAYU, merchantId: "abc", countries: ["CO"] },
      { ...PAYU, apiLogin: 12345, countries: ["CO"] },
      { ...PAYU, apiLogin: "", countries: ["CO"] },
      { ...PAYU, apiLogin: "x".repeat(201), countries: ["CO"] },
      { ...PAYU, apiLogin: "other-login", countries: [] },
    ];
    for (const body of bad) {
      const answer = await call("PUT", "/v1/settings/payments/payu", { token: owner.token, body });
      expect(answer.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(answer.headers.get("content-type")).toContain("application/problem+json");
    }
    expect((await call("GET", "/v1/settings/payments/payu", { token: owner.token })).json).toMatchObject({ countries: ["CO"], apiLoginSet: true });
  });
});
