import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { call } from "../support/api";
import type { FakePaymentProviders } from "../support/fake-payment-providers";
import { installFakeServices } from "../support/fake-services";
import type { FakeWhatsApp } from "../support/fake-whatsapp";
import { configurePayments } from "../support/payments";
import { addMember, createTenant } from "../support/tenant";
import { connectWhatsApp } from "../support/whatsapp-guest";

const test = (token: string, provider: string) => call("POST", `/v1/settings/${provider}/test`, { token });

describe("testing a stored credential against its provider", () => {
  let providers: FakePaymentProviders;
  let graph: FakeWhatsApp;
  beforeEach(() => {
    ({ graph, payments: providers } = installFakeServices());
  });
  afterEach(() => vi.restoreAllMocks());

  it("says who the stored Mercado Pago, Stripe and WhatsApp credentials belong to", async () => {
    const tenant = await createTenant();
    await configurePayments(tenant);
    await connectWhatsApp(tenant);
    expect((await test(tenant.token, "mercadopago")).json).toEqual({ provider: "mercadopago", ok: true, account: "CABANAS_DEL_LAGO", problem: null });
    expect((await test(tenant.token, "stripe")).json).toEqual({ provider: "stripe", ok: true, account: "Cabañas del Lago", problem: null });
    expect((await test(tenant.token, "whatsapp")).json).toEqual({ provider: "whatsapp", ok: true, account: "Cabañas del Lago · +54 9 294 555-0100", problem: null });
    expect(providers.lookups).toEqual(expect.arrayContaining(["GET api.mercadopago.fake/users/me", "GET api.stripe.fake/v1/account"]));
  });

  it("answers what is wrong, without an error, when nothing is stored, the provider refuses the key or cannot be reached", async () => {
    const tenant = await createTenant();
    for (const provider of ["mercadopago", "stripe", "whatsapp"]) expect((await test(tenant.token, provider)).json).toMatchObject({ ok: false, problem: "not_configured", account: null });

    await configurePayments(tenant);
    await connectWhatsApp(tenant);
    graph.acceptedToken = "EAAG-another-token";
    expect((await test(tenant.token, "whatsapp")).json).toMatchObject({ ok: false, problem: "rejected" });

    const replaced = await call("PUT", "/v1/settings/payments", { token: tenant.token, body: { mercadopago: { accessToken: "APP_USR-revoked-token", webhookSecret: "mp_secret_revoked" }, defaultProvider: "mercadopago", depositPercent: 30 } });
    expect(replaced.status).toBe(200);
    expect((await test(tenant.token, "mercadopago")).json).toMatchObject({ ok: false, problem: "rejected" });
    providers.failNext = 1;
    expect((await test(tenant.token, "stripe")).json).toMatchObject({ ok: false, problem: "unreachable" });
  });

  it("is for owners and admins only, and refuses an unknown provider with a problem", async () => {
    const tenant = await createTenant();
    const staff = await addMember(tenant, "staff");
    expect((await test(staff.token, "stripe")).status).toBe(403);
    const unknown = await test(tenant.token, "paypal");
    expect(unknown.status).toBe(400);
    expect(unknown.headers.get("content-type")).toContain("application/problem+json");
  });
});
