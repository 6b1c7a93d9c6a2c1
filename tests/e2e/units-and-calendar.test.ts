import { describe, expect, it } from "vitest";
import { openContext, PHONE, screenshot, useBrowser } from "./support/browser";
import { signIn } from "./support/console";
import { addDays, holdViaApi, todayIn } from "./support/reservations-helpers";
import { api, createUnit, signUpTenant } from "./support/tenant";

const browser = useBrowser();

describe("units and prices", () => {
  it("creates a unit from the form, and its live quote follows a price change", async () => {
    const tenant = await signUpTenant();
    const context = await openContext(browser(), { viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, tenant, "/units");
    await page.getByRole("link", { name: "+ Nueva unidad" }).click();
    await page.getByLabel("Nombre").fill("Cabaña Arrayán");
    await page.getByLabel("Capacidad (personas)").fill("5");
    await page.getByLabel("Precio base por noche (ARS)").fill("90000");
    await page.getByLabel("Pileta").check();
    await page.getByRole("button", { name: "Guardar" }).click();

    const quote = page.getByTestId("quote");
    await expect.poll(() => quote.innerText(), { timeout: 15_000 }).toMatch(/3 noches/);
    const units = (await api("/v1/accommodations", { token: tenant.token })).json.data;
    expect(units).toEqual([expect.objectContaining({ name: "Cabaña Arrayán", capacity: 5, basePrice: { amount: 9_000_000, currency: "ARS" }, amenities: ["pileta"] })]);
    const before = await quote.innerText();

    await page.getByLabel("Precio base por noche (ARS)").fill("120000");
    await page.getByRole("button", { name: "Guardar" }).click();
    await expect.poll(() => quote.innerText(), { timeout: 15_000 }).not.toBe(before);
    expect((await api(`/v1/accommodations/${units[0].id}`, { token: tenant.token })).json.basePrice.amount).toBe(12_000_000);

    // The API's reasons come back in words.
    await page.getByLabel("Personas", { exact: true }).fill("9");
    await expect.poll(() => quote.innerText(), { timeout: 15_000 }).toContain("Son más personas que la capacidad");
    await screenshot(page, "units-phone");
    await context.close();
  });
});

describe("calendar", () => {
  it("blocks a range with two taps in a unit's month, shows a hold there, and unblocks with undo", async () => {
    const tenant = await signUpTenant();
    const unit = await createUnit(tenant, "Cabaña Coihue");
    const today = todayIn();
    const nextMonth = `${addDays(`${today.slice(0, 7)}-01`, 40).slice(0, 7)}`;
    const held = await holdViaApi(tenant, { accommodationId: unit.id, checkIn: `${nextMonth}-20`, checkOut: `${nextMonth}-23`, guestName: "Inés Calendario" });

    const context = await openContext(browser());
    const page = await context.newPage();
    await signIn(page, tenant, `/calendar?unit=${unit.id}&month=${nextMonth}`);
    const day = (date: string) => page.locator(`button[data-date="${date}"]`);
    await expect.poll(() => day(`${nextMonth}-21`).getAttribute("data-status"), { timeout: 15_000 }).toBe("held");

    // Tapping the hold shows who holds it.
    await day(`${nextMonth}-21`).click();
    await expect.poll(() => page.getByRole("region", { name: "Estadía" }).innerText()).toContain("Inés Calendario");
    expect(await page.getByRole("region", { name: "Estadía" }).innerText()).toContain(held.code);

    // Two taps select nights 10 and 11; blocking takes checkOut = the 12th.
    await day(`${nextMonth}-10`).click();
    await day(`${nextMonth}-11`).click();
    await page.getByRole("button", { name: "Bloquear fechas" }).click();
    await page.getByLabel("Nota (opcional)").fill("Pintura");
    await page.getByRole("button", { name: "Bloquear", exact: true }).click();
    await expect.poll(() => day(`${nextMonth}-11`).getAttribute("data-status"), { timeout: 15_000 }).toBe("blocked");
    const calendar = async () => (await api(`/v1/accommodations/${unit.id}/calendar?from=${nextMonth}-10&to=${nextMonth}-13`, { token: tenant.token })).json.days.map((d: { status: string }) => d.status);
    expect(await calendar()).toEqual(["blocked", "blocked", "free"]);
    await screenshot(page, "calendar-desktop");

    await day(`${nextMonth}-10`).click();
    await page.getByRole("button", { name: "Desbloquear" }).click();
    await expect.poll(calendar, { timeout: 15_000 }).toEqual(["free", "free", "free"]);
    await page.getByRole("button", { name: "↶" }).click();
    await expect.poll(calendar, { timeout: 15_000 }).toEqual(["blocked", "blocked", "free"]);

    // A block made elsewhere shows up without a reload.
    await api(`/v1/accommodations/${unit.id}/blocks`, { token: tenant.token, body: { checkIn: `${nextMonth}-15`, checkOut: `${nextMonth}-16` } });
    await expect.poll(() => day(`${nextMonth}-15`).getAttribute("data-status"), { timeout: 15_000 }).toBe("blocked");
    await context.close();
  });

  it("starts a reservation from a selected range, on a phone", async () => {
    const tenant = await signUpTenant();
    const unit = await createUnit(tenant, "Depto Lago");
    const nextMonth = `${addDays(`${todayIn().slice(0, 7)}-01`, 40).slice(0, 7)}`;
    const context = await openContext(browser(), { viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, tenant, `/calendar?unit=${unit.id}&month=${nextMonth}`);
    await page.locator(`button[data-date="${nextMonth}-05"]`).click();
    await page.locator(`button[data-date="${nextMonth}-07"]`).click();
    await page.getByRole("button", { name: "Crear reserva" }).click();
    await expect.poll(() => page.url()).toContain(`checkIn=${nextMonth}-05&checkOut=${nextMonth}-08`);
    await screenshot(page, "calendar-to-reservation-phone");
    await context.close();
  });
});
