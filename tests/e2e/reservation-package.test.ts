import { describe, expect, it } from "vitest";
import { openContext, screenshot, useBrowser } from "./support/browser";
import { signIn } from "./support/console";
import { addDays, confirmViaApi, holdViaApi, reservationViaApi, todayIn } from "./support/reservations-helpers";
import { guestTier } from "./support/loyalty";
import { api, createUnit, signUpTenant } from "./support/tenant";

const browser = useBrowser();
const NARROW_PHONE = { width: 360, height: 800 } as const;
// expect.poll gives up after 1 s by default; a cold dev server can take longer.
const eventually = { timeout: 15_000 };
// Intl writes es-AR pesos with a no-break space after the sign: "$ 150.000".
const pesos = (text: string) => new RegExp(`\\$\\s${text.replace(/\./g, "\\.")}(?![\\d,])`);

// Issue #21: packages sell through the console's reservation form too.
describe("the new reservation form offers a package the stay fits", () => {
  it("shows it with what it includes and both prices on a 360 px phone, drops the choice when the stay stops fitting, and holds with it", async () => {
    const tenant = await signUpTenant();
    // 80.000 a night every night, 30 % deposit: two nights are 160.000 without the package.
    const unit = await createUnit(tenant, "Cabaña Coihue", { minStay: 1, depositPercent: 30, pricing: { weekendMultiplier: 1, holidayMultiplier: 1, holidays: "AR" } });
    const breakfast = await api("/v1/upsells", { token: tenant.token, body: { kind: "other", title: { es: "Desayuno", en: "Breakfast" }, price: 500_000, currency: "ARS" } });
    expect(breakfast.status).toBe(201);
    const created = await api("/v1/packages", {
      token: tenant.token,
      body: { name: "Escapada romántica", accommodationIds: [unit.id], minNights: 2, maxNights: 2, price: { amount: 15_000_000, currency: "ARS" }, extras: [breakfast.json.id] },
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const checkIn = addDays(todayIn(), 30);

    const context = await openContext(browser(), { viewport: NARROW_PHONE });
    const page = await context.newPage();
    await signIn(page, tenant, `/reservations?new=1&accommodationId=${unit.id}&checkIn=${checkIn}&checkOut=${addDays(checkIn, 2)}`);
    const offer = page.getByRole("group", { name: "Esta estadía entra en un paquete" });
    await expect.poll(() => offer.innerText(), eventually).toContain("Escapada romántica");
    const shown = await offer.innerText();
    expect(shown).toContain("Incluye 2 noches y Desayuno");
    expect(shown).toMatch(new RegExp(`Con el paquete: ${pesos("150.000").source}`));
    expect(shown).toMatch(new RegExp(`Solo las noches: ${pesos("160.000").source}`));
    const box = offer.getByLabel("Reservar con el paquete Escapada romántica");
    expect(await box.isChecked()).toBe(false);
    // Until it is chosen, the price the hold gets is the nights'.
    const price = page.getByRole("status", { name: "Precio" });
    await expect.poll(() => price.innerText(), eventually).toMatch(pesos("160.000,00"));
    await box.check();
    await expect.poll(() => price.innerText(), eventually).toMatch(pesos("150.000,00"));
    expect(await price.innerText()).toMatch(pesos("45.000,00"));
    const overflow = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "reservation-package-phone");

    // Three nights do not fit the package: it goes, and so does the choice, even back at two nights.
    await page.getByLabel("Salida").fill(addDays(checkIn, 3));
    await expect.poll(() => price.innerText(), eventually).toMatch(pesos("240.000,00"));
    expect(await offer.count()).toBe(0);
    await page.getByLabel("Salida").fill(addDays(checkIn, 2));
    await expect.poll(() => offer.count(), eventually).toBe(1);
    expect(await box.isChecked()).toBe(false);
    await expect.poll(() => price.innerText(), eventually).toMatch(pesos("160.000,00"));

    await box.check();
    await page.getByLabel("Nombre del huésped").fill("Marta Paquete");
    await page.getByRole("button", { name: "Pre-reservar 30 minutos" }).click();
    await page.getByRole("region", { name: "Marta Paquete" }).getByText("Pre-reserva · seña pendiente").waitFor({ timeout: 15_000 });
    const id = new URL(page.url()).searchParams.get("id")!;
    const held = await reservationViaApi(tenant, id);
    expect(held).toMatchObject({ status: "held", total: { amount: 15_000_000 }, deposit: { amount: 4_500_000 }, package: { id: created.json.id, name: "Escapada romántica" } });
    await context.close();
  });

  it("holds the nights alone when the box is left empty", async () => {
    const tenant = await signUpTenant();
    const unit = await createUnit(tenant, "Cabaña Lenga", { minStay: 1, depositPercent: 30, pricing: { weekendMultiplier: 1, holidayMultiplier: 1, holidays: "AR" } });
    expect((await api("/v1/packages", { token: tenant.token, body: { name: "Finde largo", accommodationIds: [unit.id], minNights: 2, maxNights: 3, discountPercent: 10 } })).status).toBe(201);
    const checkIn = addDays(todayIn(), 40);
    const context = await openContext(browser(), { viewport: NARROW_PHONE });
    const page = await context.newPage();
    await signIn(page, tenant, `/reservations?new=1&accommodationId=${unit.id}&checkIn=${checkIn}&checkOut=${addDays(checkIn, 2)}`);
    const offer = page.getByRole("group", { name: "Esta estadía entra en un paquete" });
    await expect.poll(() => offer.innerText(), eventually).toMatch(new RegExp(`Con el paquete: ${pesos("144.000").source}`));
    await page.getByLabel("Nombre del huésped").fill("Nico Noches");
    await page.getByRole("button", { name: "Pre-reservar 30 minutos" }).click();
    await page.getByRole("region", { name: "Nico Noches" }).getByText("Pre-reserva · seña pendiente").waitFor({ timeout: 15_000 });
    const held = await reservationViaApi(tenant, new URL(page.url()).searchParams.get("id")!);
    expect(held).toMatchObject({ total: { amount: 16_000_000 }, deposit: { amount: 4_800_000 } });
    expect((held as { package?: unknown }).package ?? null).toBeNull();
    await context.close();
  });

  it("prices a known guest's stay with their tier's discount once staff pick them, both with and without the package", async () => {
    const tenant = await signUpTenant();
    const unit = await createUnit(tenant, "Cabaña Ñire", { minStay: 1, depositPercent: 30, pricing: { weekendMultiplier: 1, holidayMultiplier: 1, holidays: "AR" } });
    expect((await api("/v1/loyalty/tiers", { method: "PUT", token: tenant.token, body: { tiers: [{ name: "Plata", minStays: 1, discountPercent: 5 }] } })).status).toBe(200);
    expect((await api("/v1/packages", { token: tenant.token, body: { name: "Escapada", accommodationIds: [unit.id], minNights: 2, maxNights: 2, price: { amount: 15_000_000, currency: "ARS" } } })).status).toBe(201);
    // A first confirmed stay makes Irene a Plata guest (worked out behind the stay, by the bookings queue).
    const first = await holdViaApi(tenant, { accommodationId: unit.id, checkIn: addDays(todayIn(), 5), checkOut: addDays(todayIn(), 6), guestName: "Irene Plata", phone: "+54 9 11 4100-0001" });
    await confirmViaApi(tenant, first);
    await expect.poll(() => guestTier(tenant, "Irene"), eventually).toBe("Plata");

    const checkIn = addDays(todayIn(), 50);
    const context = await openContext(browser(), { viewport: NARROW_PHONE });
    const page = await context.newPage();
    await signIn(page, tenant, `/reservations?new=1&accommodationId=${unit.id}&checkIn=${checkIn}&checkOut=${addDays(checkIn, 2)}`);
    const price = page.getByRole("status", { name: "Precio" });
    await expect.poll(() => price.innerText(), eventually).toMatch(pesos("160.000,00"));
    // Staff choose the package first, then recognise the guest: the choice stays and is priced for her.
    const offer = page.getByRole("group", { name: "Esta estadía entra en un paquete" });
    const box = offer.getByLabel("Reservar con el paquete Escapada");
    await box.check();
    await expect.poll(() => price.innerText(), eventually).toMatch(pesos("150.000,00"));
    await page.getByLabel("Nombre del huésped").fill("irene");
    await page.getByRole("list", { name: "Huéspedes conocidos" }).getByRole("button", { name: "Usar los datos de Irene Plata" }).click();
    // The package, 150.000 less 5 %; the nights, 160.000 less 5 %: 152.000, said with the tier's line.
    await expect.poll(() => price.innerText(), eventually).toMatch(pesos("142.500,00"));
    expect(await box.isChecked()).toBe(true);
    await box.uncheck();
    await expect.poll(() => price.innerText(), eventually).toMatch(pesos("152.000,00"));
    expect(await price.innerText()).toContain("Plata −5%");
    await expect.poll(() => offer.innerText(), eventually).toMatch(new RegExp(`Con el paquete: ${pesos("142.500").source}`));
    expect(await offer.innerText()).toMatch(new RegExp(`Solo las noches: ${pesos("152.000").source}`));
    await screenshot(page, "reservation-known-guest-discount-phone");

    await page.getByRole("button", { name: "Pre-reservar 30 minutos" }).click();
    await page.getByRole("region", { name: "Irene Plata" }).getByText("Pre-reserva · seña pendiente").waitFor({ timeout: 15_000 });
    const held = await reservationViaApi(tenant, new URL(page.url()).searchParams.get("id")!);
    expect(held).toMatchObject({ total: { amount: 15_200_000 }, deposit: { amount: 4_560_000 } });
    await context.close();
  });
});
