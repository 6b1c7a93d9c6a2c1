import { createHmac } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { baseUrl, openContext, PHONE, screenshot, useBrowser } from "./support/browser";
import { signIn } from "./support/console";
import { addDays, confirmViaApi, holdViaApi, todayIn } from "./support/reservations-helpers";
import { guestTier } from "./support/loyalty";
import { api, createUnit, signUpTenant, type E2eTenant } from "./support/tenant";

const eventually = { timeout: 15_000 };
const browser = useBrowser();
const MP_WEBHOOK_SECRET = "mp_e2e_secret_NOT_REAL_7c1d";

async function portalUrl(tenant: E2eTenant, reservationId: string): Promise<string> {
  const link = await api(`/v1/reservations/${reservationId}/guest-link`, { token: tenant.token });
  expect(link.status).toBe(200);
  return link.json.url.replace(/^https?:\/\/[^/]+/, baseUrl());
}

/** Mercado Pago tells Posada about a payment, signed as it signs. */
async function notifyMercadoPago(tenant: E2eTenant, paymentId: string) {
  const requestId = crypto.randomUUID();
  const ts = String(Math.floor(Date.now() / 1000));
  const v1 = createHmac("sha256", MP_WEBHOOK_SECRET).update(`id:${paymentId};request-id:${requestId};ts:${ts};`).digest("hex");
  const notified = await fetch(`${baseUrl()}/webhooks/mercadopago/${tenant.tenantId}?data.id=${paymentId}&type=payment`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-signature": `ts=${ts},v1=${v1}`, "x-request-id": requestId },
    body: JSON.stringify({ action: "payment.updated", data: { id: paymentId }, type: "payment" }),
  });
  expect(notified.status).toBe(200);
}

describe("the guest portal on a phone", () => {
  it("checks in three guests with their documents, and staff see it done", async () => {
    const tenant = await signUpTenant();
    await api("/v1/settings/lodging", { method: "PUT", token: tenant.token, body: { address: "Ruta 40 km 2, Villa La Angostura", cancellationPolicy: null, houseRules: "No se fuma adentro. Silencio desde las 23 h." } });
    const unit = await createUnit(tenant, "Cabaña Arrayán", { minStay: 1 });
    const today = todayIn();
    const held = await holdViaApi(tenant, { accommodationId: unit.id, checkIn: addDays(today, 5), checkOut: addDays(today, 8), guestName: "Lucía Gómez", guests: 3 });
    await confirmViaApi(tenant, held);

    const context = await openContext(browser(), { viewport: PHONE });
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(await portalUrl(tenant, held.id));
    await page.getByRole("heading", { name: "¡Hola, Lucía!" }).waitFor();
    expect(Date.now() - started).toBeLessThan(5_000);
    await page.getByText(held.code).waitFor();
    await page.getByText("No se fuma adentro.").waitFor();

    const form = page.locator("#check-in");
    await form.getByLabel("Nombre y apellido").first().fill("Lucía Gómez");
    await form.getByLabel("Número de documento").first().fill("30.123.456");
    await form.getByLabel("Nacionalidad").first().fill("Argentina");
    await form.getByRole("button", { name: "Agregar huésped" }).click();
    const second = form.getByRole("group", { name: "Huésped 2" });
    await second.getByLabel("Nombre y apellido").fill("João Silva");
    await second.getByLabel("Documento", { exact: true }).selectOption("passport");
    await second.getByLabel("Número de documento").fill("FX123456");
    await second.getByLabel("Nacionalidad").fill("Brasil");
    await form.getByRole("button", { name: "Agregar huésped" }).click();
    const third = form.getByRole("group", { name: "Huésped 3" });
    await third.getByLabel("Nombre y apellido").fill("Emma Brown");
    await third.getByLabel("Documento", { exact: true }).selectOption("other");
    await third.getByLabel("Número de documento").fill("C-998877");
    await third.getByLabel("Nacionalidad").fill("Reino Unido");
    // A stay for three has room for no fourth.
    expect(await form.getByRole("button", { name: "Agregar huésped" }).isVisible()).toBe(false);
    await form.getByLabel("Fecha de nacimiento del titular").fill("1988-04-12");
    await form.getByLabel("Hora estimada de llegada").fill("16:30");
    await form.getByLabel("Patente del vehículo (opcional)").fill("AB 123 CD");
    await form.getByRole("button", { name: "Enviar check-in" }).click();
    await form.getByText("Completá este dato").waitFor();
    await form.getByLabel("Leí y acepto las normas de la casa").check();
    await screenshot(page, "guest-portal-check-in-phone");
    await form.getByRole("button", { name: "Enviar check-in" }).click();
    await page.getByText("Check-in completo. ¡Gracias!").waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    expect(overflow).toBe(false);

    const staff = await api(`/v1/reservations/${held.id}/check-in`, { token: tenant.token });
    expect(staff.json.checkIn).toMatchObject({
      status: "completed",
      arrivalTime: "16:30",
      holderBirthDate: "1988-04-12",
      guests: [
        { fullName: "Lucía Gómez", documentType: "dni", documentNumber: "30.123.456", nationality: "Argentina" },
        { fullName: "João Silva", documentType: "passport", documentNumber: "FX123456", nationality: "Brasil" },
        { fullName: "Emma Brown", documentType: "other", documentNumber: "C-998877", nationality: "Reino Unido" },
      ],
    });
    await context.close();
  });

  it("buys a late check-out and pays it through Mercado Pago", async () => {
    const tenant = await signUpTenant();
    const settings = await api("/v1/settings/payments", {
      method: "PUT",
      token: tenant.token,
      body: { mercadopago: { accessToken: "APP_USR-e2e-token", webhookSecret: MP_WEBHOOK_SECRET }, defaultProvider: "mercadopago", depositPercent: 30 },
    });
    expect(settings.status).toBe(200);
    const upsell = await api("/v1/upsells", { token: tenant.token, body: { kind: "late_checkout", title: { es: "Salida tardía hasta las 14", en: "Late check-out until 2 pm" }, price: 1_500_000, currency: "ARS" } });
    expect(upsell.status).toBe(201);
    const unit = await createUnit(tenant, "Cabaña Ñire", { minStay: 1 });
    const today = todayIn();
    const held = await holdViaApi(tenant, { accommodationId: unit.id, checkIn: addDays(today, 6), checkOut: addDays(today, 8), guestName: "Martín Ruiz" });
    await confirmViaApi(tenant, held);

    const context = await openContext(browser(), { viewport: PHONE });
    const page = await context.newPage();
    await page.goto(await portalUrl(tenant, held.id));
    const extras = page.locator("#extras");
    await extras.getByText("Salida tardía hasta las 14").waitFor();
    await extras.getByText("$15.000").waitFor();
    // The checkout page is Mercado Pago's; the fake one is not reachable, so only the navigation is checked.
    const navigation = page.waitForRequest((request) => request.url().startsWith("http://fake-mercadopago.test/checkout"));
    await extras.getByRole("button", { name: "Comprar" }).click();
    await navigation;

    const paid = await fetch(`${inject("mercadoPagoBase")}/__test/pay?code=${held.code}`, { method: "POST" });
    const { paymentId } = (await paid.json()) as { paymentId: string };
    await notifyMercadoPago(tenant, paymentId);
    await expect.poll(async () => (await api(`/v1/reservations/${held.id}/upsells`, { token: tenant.token })).json.data[0]?.status, eventually).toBe("paid");

    await page.goto(await portalUrl(tenant, held.id));
    await page.locator("#extras").getByText("Pagado ✓").waitFor();
    await page.getByTestId("extras-total").getByText("$15.000").waitFor();
    await screenshot(page, "guest-portal-extra-paid-phone");

    // The rest of the stay is paid from the portal too, for exactly the balance, and then nothing is due.
    const balance = await api(`/v1/reservations/${held.id}`, { token: tenant.token });
    expect(balance.json.balanceDue.amount).toBeGreaterThan(0);
    const balanceCheckout = page.waitForRequest((request) => request.url().startsWith("http://fake-mercadopago.test/checkout"));
    await page.getByRole("button", { name: "Pagar el saldo" }).click();
    await balanceCheckout;
    const settled = await fetch(`${inject("mercadoPagoBase")}/__test/pay?code=${held.code}`, { method: "POST" });
    await notifyMercadoPago(tenant, ((await settled.json()) as { paymentId: string }).paymentId);
    await expect.poll(async () => (await api(`/v1/reservations/${held.id}`, { token: tenant.token })).json.balanceDue.amount, eventually).toBe(0);
    await page.goto(await portalUrl(tenant, held.id));
    await page.getByTestId("balance").getByText("$0").waitFor();
    expect(await page.getByRole("button", { name: "Pagar el saldo" }).count()).toBe(0);
    await screenshot(page, "guest-portal-balance-paid-phone");
    await context.close();
  });

  it("offers a tier's free late check-out as free, and takes it without a payment", async () => {
    const tenant = await signUpTenant();
    const upsell = await api("/v1/upsells", { token: tenant.token, body: { kind: "late_checkout", title: { es: "Salida tardía hasta las 14" }, price: 1_500_000, currency: "ARS" } });
    expect(upsell.status).toBe(201);
    expect((await api("/v1/loyalty/tiers", { method: "PUT", token: tenant.token, body: { tiers: [{ name: "Oro", minStays: 1, discountPercent: 10, freeExtras: [upsell.json.id] }] } })).status).toBe(200);
    const unit = await createUnit(tenant, "Cabaña Maitén", { minStay: 1 });
    const today = todayIn();
    const held = await holdViaApi(tenant, { accommodationId: unit.id, checkIn: addDays(today, 12), checkOut: addDays(today, 14), guestName: "Olga Oro", phone: "+54 9 11 4200-0001" });
    await confirmViaApi(tenant, held);
    // Her confirmed stay makes her an Oro guest (worked out behind it, by the bookings queue).
    await expect.poll(() => guestTier(tenant, "Olga"), eventually).toBe("Oro");

    const context = await openContext(browser(), { viewport: PHONE });
    const page = await context.newPage();
    await page.goto(await portalUrl(tenant, held.id));
    const extras = page.locator("#extras");
    await extras.getByText("Salida tardía hasta las 14").waitFor();
    await extras.getByText("Sin cargo para vos 🎁").waitFor();
    expect(await extras.getByText("$15.000").count()).toBe(0);
    await screenshot(page, "guest-portal-free-extra-phone");
    await extras.getByRole("button", { name: "Pedir" }).click();
    await expect.poll(async () => (await api(`/v1/reservations/${held.id}/upsells`, { token: tenant.token })).json.data[0]?.status, eventually).toBe("paid");
    const bought = (await api(`/v1/reservations/${held.id}/upsells`, { token: tenant.token })).json.data[0];
    expect(bought.amount).toBe(0);
    await context.close();
  });

  it("rates the stay 5 and staff see the alert at once", async () => {
    const tenant = await signUpTenant();
    const unit = await createUnit(tenant, "Cabaña Lenga", { minStay: 1 });
    const today = todayIn();
    const stay = await api("/dev/past-stays", {
      token: tenant.token,
      body: { accommodationId: unit.id, checkIn: addDays(today, -2), checkOut: addDays(today, 1), guests: 2, guest: { name: "Sofía Díaz" }, source: "direct", bookedDaysBefore: 10, paid: { method: "cash" } },
    });
    expect(stay.status).toBe(201);

    const context = await openContext(browser(), { viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${await portalUrl(tenant, stay.json.id)}#rating`);
    const rating = page.locator("#rating");
    await rating.getByRole("button", { name: "5", exact: true }).click();
    await rating.getByLabel("Comentario (opcional)").fill("El agua caliente no alcanzaba");
    await rating.getByRole("button", { name: "Enviar puntuación" }).click();
    await rating.getByText("¡Gracias por tu puntuación!").waitFor();
    await screenshot(page, "guest-portal-rating-phone");

    const console = await context.newPage();
    await signIn(console, tenant, "/");
    await console.getByText("Sofía Díaz puntuó la estadía con 5/10", { exact: false }).waitFor();
    await context.close();
  });
});
