import { createHmac } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { openContext, PHONE, screenshot, useBrowser } from "./support/browser";
import { signIn } from "./support/console";
import { addDays, holdViaApi, reservationViaApi, todayIn } from "./support/reservations-helpers";
import { api, createUnit, signUpTenant, type E2eTenant } from "./support/tenant";
import { baseUrl } from "./support/browser";

const eventually = { timeout: 15_000 };
const browser = useBrowser();

const MP_WEBHOOK_SECRET = "mp_e2e_secret_NOT_REAL_7c1d";

/** A guest pays the deposit at (fake) Mercado Pago, and Mercado Pago notifies Posada, signed. */
async function payDepositAtMercadoPago(tenant: E2eTenant, reservation: { id: string; code: string }) {
  const link = await api(`/v1/reservations/${reservation.id}/payment-link`, { token: tenant.token, body: { provider: "mercadopago" } });
  expect(link.status).toBe(201);
  const paid = await fetch(`${inject("mercadoPagoBase")}/__test/pay?code=${reservation.code}`, { method: "POST" });
  const { paymentId } = (await paid.json()) as { paymentId: string };
  const requestId = crypto.randomUUID();
  const ts = String(Math.floor(Date.now() / 1000));
  const v1 = createHmac("sha256", MP_WEBHOOK_SECRET).update(`id:${paymentId};request-id:${requestId};ts:${ts};`).digest("hex");
  const notified = await fetch(`${baseUrl()}/webhooks/mercadopago/${tenant.tenantId}?data.id=${paymentId}&type=payment`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-signature": `ts=${ts},v1=${v1}`, "x-request-id": requestId },
    body: JSON.stringify({ action: "payment.updated", data: { id: paymentId }, type: "payment" }),
  });
  expect(notified.status).toBe(200);
  await expect.poll(async () => (await reservationViaApi(tenant, reservation.id)).status, eventually).toBe("confirmed");
  return paymentId;
}

describe("changing and cancelling a reservation", () => {
  it("moves a stay to other dates from its edit form, and says so plainly when the nights are taken", async () => {
    const tenant = await signUpTenant();
    const unit = await createUnit(tenant, "Cabaña Radal", { minStay: 1 });
    const today = todayIn();
    const mine = await holdViaApi(tenant, { accommodationId: unit.id, checkIn: addDays(today, 10), checkOut: addDays(today, 12), guestName: "Julia Sosa", phone: "+5491155550101" });
    const other = await holdViaApi(tenant, { accommodationId: unit.id, checkIn: addDays(today, 20), checkOut: addDays(today, 23), guestName: "Pedro Gómez" });
    const context = await openContext(browser(), { viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, tenant, `/reservations?id=${mine.id}`);
    const detail = page.getByRole("region", { name: "Julia Sosa" });
    await detail.getByText(mine.code).waitFor();

    // Onto Pedro's nights: refused, in words, and nothing changes.
    await detail.getByRole("button", { name: "Editar" }).click();
    const form = page.getByRole("dialog", { name: `Editar la reserva ${mine.code}` });
    // The phone as people read it, not as it is stored.
    expect(await form.getByLabel("Teléfono (opcional)").inputValue()).toBe("+54 9 11 5555 0101");
    await form.getByLabel("Salida").fill(addDays(today, 21));
    await form.getByRole("button", { name: "Guardar cambios" }).click();
    await form.getByText("Esas noches ya están ocupadas por otra reserva o un bloqueo. La reserva quedó como estaba.").waitFor();
    await screenshot(page, "reservation-edit-dates-taken-phone");
    expect(await reservationViaApi(tenant, mine.id)).toMatchObject({ checkIn: addDays(today, 10), checkOut: addDays(today, 12) });
    expect((await reservationViaApi(tenant, other.id)).status).toBe("held");

    // Onto free nights, with where the booking came from and a note for the team.
    await form.getByLabel("Entrada").fill(addDays(today, 14));
    await form.getByLabel("Salida").fill(addDays(today, 17));
    await form.getByLabel("Cómo llegó la reserva").selectOption("instagram");
    await form.getByLabel("Notas (opcional)").fill("Llega 23 h, deja el auto en la cochera");
    await form.getByRole("button", { name: "Guardar cambios" }).click();
    await form.waitFor({ state: "hidden" });
    await page.getByText(`Reserva ${mine.code} actualizada.`).waitFor();
    const moved = await reservationViaApi(tenant, mine.id);
    expect(moved).toMatchObject({ checkIn: addDays(today, 14), checkOut: addDays(today, 17), status: "held" });
    expect(moved.total.amount).toBe(mine.total.amount * 1.5);
    // Left as shown, the phone was not sent as a change.
    expect(moved.guest.phone).toBe("+5491155550101");
    await expect.poll(() => detail.innerText(), eventually).toContain("Instagram");
    expect(await detail.innerText()).toContain("Llega 23 h, deja el auto en la cochera");
    expect(await detail.innerText()).toContain("3");
    await screenshot(page, "reservation-edited-phone");
    // The nights it left are free again: a new hold on them goes through.
    await holdViaApi(tenant, { accommodationId: unit.id, checkIn: addDays(today, 10), checkOut: addDays(today, 12), guestName: "Otra Persona" });
    await context.close();
  });

  it("cancels a stay paid through Mercado Pago with part of the deposit refunded there, and shows what happened", async () => {
    const tenant = await signUpTenant();
    const settings = await api("/v1/settings/payments", {
      method: "PUT",
      token: tenant.token,
      body: { mercadopago: { accessToken: "APP_USR-e2e-token", webhookSecret: MP_WEBHOOK_SECRET }, defaultProvider: "mercadopago", depositPercent: 30 },
    });
    expect(settings.status).toBe(200);
    const unit = await createUnit(tenant, "Cabaña Maitén", { minStay: 1 });
    const today = todayIn();
    const held = await holdViaApi(tenant, { accommodationId: unit.id, checkIn: addDays(today, 30), checkOut: addDays(today, 32), guestName: "Lucas Herrera" });
    const paymentId = await payDepositAtMercadoPago(tenant, held);

    const context = await openContext(browser());
    const page = await context.newPage();
    await signIn(page, tenant, `/reservations?id=${held.id}`);
    const detail = page.getByRole("region", { name: "Lucas Herrera" });
    // The status badge; the journey below also names the step "Confirmada".
    await detail.locator(".badge").getByText("Confirmada", { exact: true }).waitFor();
    await detail.getByRole("button", { name: "Cancelar reserva" }).click();
    const dialog = page.getByRole("dialog", { name: `¿Cancelar la reserva ${held.code}?` });
    await dialog.getByText("¿Qué hacemos con la plata que pagó?").waitFor();
    await dialog.getByLabel("Devolver una parte").check();
    // Typed the Argentine way: 20.000 is twenty thousand pesos.
    await dialog.getByLabel("Monto a devolver (ARS)").fill("20.000");
    expect(await dialog.getByTestId("number-preview").innerText()).toMatch(/^= \$\s20\.000/);
    expect(await dialog.getByLabel("Por Mercado Pago, automáticamente").isChecked()).toBe(true);
    await dialog.getByLabel("Motivo").fill("Se enfermó, le devolvemos parte de la seña");
    await screenshot(page, "cancel-with-refund-desktop");
    await dialog.getByRole("button", { name: "Sí, cancelar" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByText(/Devolución de \$\s20\.000,00 registrada\./).waitFor();

    // Mercado Pago refunded exactly that, once, keyed by Posada's refund record.
    const { refunds } = (await (await fetch(`${inject("mercadoPagoBase")}/__test/refunds`)).json()) as { refunds: Array<{ paymentId: string; amount: number; idempotencyKey: string }> };
    const mine = refunds.filter((r) => r.paymentId === paymentId);
    expect(mine).toEqual([expect.objectContaining({ amount: 20_000, idempotencyKey: expect.stringMatching(/^rfd_/) })]);
    await expect
      .poll(async () => {
        const after = (await api(`/v1/reservations/${held.id}`, { token: tenant.token })).json;
        return { status: after.status, decision: after.refundDecision, reason: after.cancelReason, refunds: after.payments.filter((p: { kind: string }) => p.kind === "refund").map((p: { status: string; amount: { amount: number } }) => [p.status, p.amount.amount]) };
      }, eventually)
      .toEqual({ status: "cancelled", decision: "partial", reason: "Se enfermó, le devolvemos parte de la seña", refunds: [["refunded", 2_000_000]] });
    await expect.poll(() => detail.innerText(), eventually).toContain("Se devolvió una parte");
    expect(await detail.innerText()).toMatch(/Devolución de \$\s20\.000,00/);
    expect(await detail.innerText()).toContain("Se enfermó, le devolvemos parte de la seña");
    await screenshot(page, "cancelled-with-refund-desktop");
    await context.close();
  });
});
