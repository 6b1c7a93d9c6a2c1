import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openContext, PHONE, screenshot, useBrowser } from "./support/browser";
import { signIn } from "./support/console";
import { addDays, countdownSeconds, holdViaApi, reservationViaApi, todayIn } from "./support/reservations-helpers";
import { api, createUnit, signUpTenant } from "./support/tenant";

// expect.poll gives up after 1 s by default; a cold dev server can take longer.
const eventually = { timeout: 10_000 };

const browser = useBrowser();

const countdownIn = async (scope: Locator) => countdownSeconds(await scope.getByLabel("Tiempo que queda de la pre-reserva").innerText());

describe("reservations screen", () => {
  it("holds a stay from the form the calendar links to, extends it 15 minutes and confirms it by hand", async () => {
    const tenant = await signUpTenant();
    const unit = await createUnit(tenant, "Cabaña Arrayán");
    const checkIn = addDays(todayIn(), 20);
    const checkOut = addDays(checkIn, 2);
    const context = await openContext(browser());
    const page = await context.newPage();

    // The calendar's "new hold" link: unit and dates arrive prefilled.
    await signIn(page, tenant, `/reservations?new=1&accommodationId=${unit.id}&checkIn=${checkIn}&checkOut=${checkOut}`);
    await expect.poll(() => page.getByLabel("Unidad").inputValue(), eventually).toBe(unit.id);
    expect(await page.getByLabel("Entrada").inputValue()).toBe(checkIn);
    expect(await page.getByLabel("Salida").inputValue()).toBe(checkOut);
    await page.getByLabel("Huéspedes").fill("3");
    await page.getByLabel("Nombre del huésped").fill("Ana Prueba");
    await page.getByLabel("Teléfono (opcional)").fill("+54 9 294 555 1234");
    await page.getByLabel("Email (opcional)").fill("ana@example.test");
    // The price is shown before holding.
    await expect.poll(() => page.getByRole("status", { name: "Precio" }).innerText(), eventually).toContain("2 noches");
    await page.getByRole("button", { name: "Pre-reservar 30 minutos" }).click();

    const detail = page.getByRole("region", { name: "Ana Prueba" });
    await detail.getByText("Pre-reserva · seña pendiente").waitFor();
    const id = new URL(page.url()).searchParams.get("id")!;
    expect(id).toMatch(/^res_/);
    const held = await reservationViaApi(tenant, id);
    expect(held).toMatchObject({ status: "held", checkIn, checkOut, guest: { name: "Ana Prueba", phone: "+54 9 294 555 1234", email: "ana@example.test" } });
    await detail.getByText(held.code).waitFor();
    const before = await countdownIn(detail);
    expect(before).toBeGreaterThan(28 * 60);
    expect(before).toBeLessThanOrEqual(30 * 60);
    await screenshot(page, "reservations-held-desktop");

    // Extend: the API moves the expiry exactly 15 minutes and the countdown follows.
    await detail.getByRole("button", { name: "Extender 15 min" }).click();
    await detail.getByRole("button", { name: "Ya extendida" }).waitFor();
    const extended = await reservationViaApi(tenant, id);
    expect(Date.parse(extended.expiresAt!) - Date.parse(held.expiresAt!)).toBe(15 * 60_000);
    expect(extended.extensionUsed).toBe(true);
    await expect.poll(() => countdownIn(detail), eventually).toBeGreaterThan(before + 14 * 60);
    expect(await detail.getByRole("button", { name: "Ya extendida" }).isDisabled()).toBe(true);

    // Confirm by hand: the amount starts at the deposit.
    await detail.getByRole("button", { name: "Confirmar pago a mano" }).click();
    const dialog = page.getByRole("dialog", { name: "Confirmar con un pago recibido" });
    // Written the es-AR way, grouped, with centavos only when there are any.
    const depositText = new Intl.NumberFormat("es-AR", { minimumFractionDigits: held.deposit.amount % 100 ? 2 : 0 }).format(held.deposit.amount / 100);
    expect(await dialog.getByLabel("Monto recibido (ARS)").inputValue()).toBe(depositText);
    await dialog.getByLabel("Medio de pago").selectOption("transfer");
    await dialog.getByLabel("Referencia").fill("TRF-2231");
    await dialog.getByRole("button", { name: "Confirmar reserva" }).click();
    // The status badge: the guest's journey below names its step "Confirmada" too, once it loads.
    await detail.locator(".badge").getByText("Confirmada", { exact: true }).waitFor();
    await dialog.waitFor({ state: "hidden" });
    const confirmed = await reservationViaApi(tenant, id);
    expect(confirmed.status).toBe("confirmed");
    expect(confirmed.payments).toEqual([expect.objectContaining({ amount: held.deposit, method: "transfer", reference: "TRF-2231" })]);
    await detail.getByText("TRF-2231").waitFor();
    // A confirmed stay can only be cancelled: the hold actions are gone.
    expect(await detail.getByRole("button", { name: "Extender 15 min" }).count()).toBe(0);
    await screenshot(page, "reservations-confirmed-desktop");
    await context.close();
  });

  it("cancels only after a second, explicit yes, frees the nights and filters by status and unit", async () => {
    const tenant = await signUpTenant();
    const coihue = await createUnit(tenant, "Cabaña Coihue");
    const lenga = await createUnit(tenant, "Cabaña Lenga");
    const checkIn = addDays(todayIn(), 30);
    const checkOut = addDays(checkIn, 3);
    const leaving = await holdViaApi(tenant, { accommodationId: coihue.id, checkIn, checkOut, guestName: "Bruno Cancela" });
    await holdViaApi(tenant, { accommodationId: lenga.id, checkIn, checkOut, guestName: "Carla Sigue" });
    const context = await openContext(browser());
    const page = await context.newPage();
    await signIn(page, tenant, `/reservations?id=${leaving.id}`);

    const detail = page.getByRole("region", { name: "Bruno Cancela" });
    await detail.getByText("Pre-reserva · seña pendiente").waitFor();
    await detail.getByRole("button", { name: "Cancelar reserva" }).click();
    const dialog = page.getByRole("dialog", { name: `¿Cancelar la reserva ${leaving.code}?` });
    await dialog.waitFor();
    // "No" leaves it untouched.
    await dialog.getByRole("button", { name: "No, volver" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect((await reservationViaApi(tenant, leaving.id)).status).toBe("held");

    await detail.getByRole("button", { name: "Cancelar reserva" }).click();
    await dialog.getByLabel("Motivo").fill("Cambió de planes");
    await dialog.getByRole("button", { name: "Sí, cancelar" }).click();
    // The status badge, and the guest's journey once it has reloaded, both say it.
    await detail.getByText("Cancelada", { exact: true }).first().waitFor();
    expect((await reservationViaApi(tenant, leaving.id)).status).toBe("cancelled");
    const calendar = await api(`/v1/accommodations/${coihue.id}/calendar?from=${checkIn}&to=${checkOut}`, { token: tenant.token });
    expect(calendar.json.days.filter((day: { date: string }) => day.date < checkOut).map((day: { status: string }) => day.status)).toEqual(["free", "free", "free"]);

    // Status chips and the unit picker narrow the list, and live in the URL.
    const list = page.getByRole("region", { name: "Lista de reservas" });
    await list.getByRole("button", { name: "Canceladas" }).click();
    await expect.poll(() => list.getByRole("link").allInnerTexts(), eventually).toEqual([expect.stringContaining("Bruno Cancela")]);
    expect(new URL(page.url()).searchParams.get("status")).toBe("cancelled");
    await list.getByRole("button", { name: "Pre-reservas (seña pendiente)" }).click();
    await expect.poll(() => list.getByRole("link").allInnerTexts(), eventually).toEqual([expect.stringContaining("Carla Sigue")]);
    await list.getByRole("button", { name: "Todas" }).click();
    await expect.poll(() => list.getByRole("link").count(), eventually).toBe(2);
    await list.getByLabel("Unidad").selectOption(coihue.id);
    await expect.poll(() => list.getByRole("link").allInnerTexts(), eventually).toEqual([expect.stringContaining("Bruno Cancela")]);
    expect(new URL(page.url()).searchParams.get("accommodationId")).toBe(coihue.id);
    await context.close();
  });

  it("works on a phone: the open reservation replaces the list and a payment link needs a provider", async () => {
    const tenant = await signUpTenant();
    const unit = await createUnit(tenant, "Depto Centro", { type: "apartment" });
    const checkIn = addDays(todayIn(), 7);
    const hold = await holdViaApi(tenant, { accommodationId: unit.id, checkIn, checkOut: addDays(checkIn, 2), guestName: "Diego Móvil" });
    const context = await openContext(browser(), { viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, tenant, "/reservations");

    const list = page.getByRole("region", { name: "Lista de reservas" });
    const row = list.getByRole("link", { name: /Diego Móvil/ });
    await row.waitFor();
    await screenshot(page, "reservations-list-phone");
    await row.click();
    const detail = page.getByRole("region", { name: "Diego Móvil" });
    await detail.getByText(hold.code).waitFor();
    expect(await list.isVisible()).toBe(false);

    await detail.getByRole("button", { name: "Enviar link de pago" }).click();
    await detail.getByText("conectá Mercado Pago o Stripe en Ajustes").waitFor();
    expect(await detail.getByRole("link", { name: "Ir a Ajustes" }).getAttribute("href")).toBe("/settings");
    await screenshot(page, "reservations-detail-phone");

    await detail.getByRole("link", { name: "← Volver a la lista" }).click();
    await row.waitFor();

    await page.goto("/reservations?new=1");
    await page.getByRole("heading", { name: "Nueva reserva" }).waitFor();
    // Only one unit: it is chosen already.
    expect(await page.getByLabel("Unidad").inputValue()).toBe(unit.id);
    // The nights are held by Diego: the API's 409 comes back as a sentence.
    await page.getByLabel("Entrada").fill(checkIn);
    await page.getByLabel("Nombre del huésped").fill("Elena Choque");
    // Submitted from the phone keyboard's "Go" key.
    await page.getByLabel("Nombre del huésped").press("Enter");
    await page.getByRole("alert").getByText("Esas noches ya están ocupadas").waitFor();
    await screenshot(page, "reservations-new-phone");
    await context.close();
  });
});
