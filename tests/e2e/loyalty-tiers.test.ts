import { describe, expect, it } from "vitest";
import { openContext, screenshot, useBrowser } from "./support/browser";
import { signIn } from "./support/console";
import { addDays, todayIn } from "./support/reservations-helpers";
import { api, createUnit, signUpTenant } from "./support/tenant";

const eventually = { timeout: 15_000 };
const browser = useBrowser();
const PHONE_360 = { width: 360, height: 740 };

describe("loyalty tiers in the console", () => {
  it("at 360 px: an owner writes two tiers, is told in words what is missing, saves them, and a guest who reaches one wears its badge", async () => {
    const tenant = await signUpTenant();
    const unit = await createUnit(tenant, "Cabaña Lenga", { minStay: 1 });
    const late = await api("/v1/upsells", { token: tenant.token, body: { kind: "late_checkout", title: { es: "Salida tardía" }, price: 1_500_000, currency: "ARS" } });
    expect(late.status).toBe(201);
    const context = await openContext(browser(), { viewport: PHONE_360 });
    const page = await context.newPage();
    await signIn(page, tenant, "/settings");
    const section = page.getByRole("region", { name: "Programa de fidelidad" });
    await section.getByText("Sin niveles: el programa está apagado.").waitFor();

    await section.getByRole("button", { name: "Agregar nivel" }).click();
    const first = section.getByRole("group", { name: "Nivel 1" });
    await first.getByLabel("Nombre").fill("Bronce");
    await first.getByLabel("Estadías mínimas").fill("1");
    await section.getByRole("button", { name: "Agregar nivel" }).click();
    const second = section.getByRole("group", { name: "Nivel 2" });
    await second.getByLabel("Nombre").fill("bronce");
    await second.getByLabel("Descuento en reservas directas").fill("12,5");
    await second.getByLabel("Beneficios", { exact: true }).fill("Late check-out sin cargo\nBotella de vino al llegar");
    // The welcome text is its own field, counted as it is written and refused past 500 characters in words.
    await second.getByLabel("Texto de bienvenida").fill("¡Qué bueno tenerte de vuelta!".padEnd(520, "."));

    // Same name, no threshold and a welcome too long: each is said in words, and nothing is saved.
    await section.getByRole("button", { name: "Guardar niveles" }).click();
    await second.getByText("Ya hay otro nivel con ese nombre.").waitFor();
    await second.getByText("Indicá estadías o noches mínimas.").waitFor();
    await second.getByText("El texto de bienvenida tiene 520 caracteres; el máximo es 500.").waitFor();
    expect((await api("/v1/loyalty/tiers", { token: tenant.token })).json.tiers).toEqual([]);

    await second.getByLabel("Nombre").fill("Plata");
    await second.getByLabel("Noches mínimas").fill("3");
    await second.getByLabel("Texto de bienvenida").fill("¡Qué bueno tenerte de vuelta! 🍷");
    // A late check-out of the catalog, given free by the tier.
    await second.getByRole("group", { name: "Extras sin cargo" }).getByLabel("Salida tardía").check();
    await section.getByRole("button", { name: "Guardar niveles" }).click();
    await page.getByText("Niveles guardados").waitFor();
    // The saved tiers are summarised with the percent written the Argentine way.
    await section.getByText(/Plata: 3 noches · 12,5\s?% de descuento/).waitFor();
    await section.getByText("Bronce: 1 estadía", { exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, "loyalty-tiers-360");

    expect((await api("/v1/loyalty/tiers", { token: tenant.token })).json.tiers).toEqual([
      { name: "Bronce", minStays: 1, minNights: null, discountPercent: null, benefits: [], welcomeText: null, freeExtras: [] },
      { name: "Plata", minStays: null, minNights: 3, discountPercent: 12.5, benefits: ["Late check-out sin cargo", "Botella de vino al llegar"], welcomeText: "¡Qué bueno tenerte de vuelta! 🍷", freeExtras: [late.json.id] },
    ]);

    // A reload reads them back into the form.
    await page.reload();
    await section.getByRole("group", { name: "Nivel 2" }).getByLabel("Descuento en reservas directas").waitFor();
    expect(await section.getByRole("group", { name: "Nivel 2" }).getByLabel("Descuento en reservas directas").inputValue()).toBe("12,5");
    expect(await section.getByRole("group", { name: "Nivel 2" }).getByLabel("Texto de bienvenida").inputValue()).toBe("¡Qué bueno tenerte de vuelta! 🍷");
    expect(await section.getByRole("group", { name: "Nivel 2" }).getByLabel("Salida tardía").isChecked()).toBe(true);

    // A three-night stay over reaches Plata; her profile wears the badge.
    const today = todayIn();
    const made = await api("/dev/past-stays", {
      token: tenant.token,
      body: { accommodationId: unit.id, checkIn: addDays(today, -20), checkOut: addDays(today, -17), guests: 2, guest: { name: "Julia Sosa", phone: "+54 9 294 411-0002" }, source: "whatsapp", bookedDaysBefore: 30, paid: { method: "cash" } },
    });
    expect(made.status, JSON.stringify(made.json)).toBe(201);
    const guestId = await expect
      .poll(async () => (await api("/v1/guests?q=Julia", { token: tenant.token })).json.data[0]?.id, eventually)
      .toBeTruthy()
      .then(async () => (await api("/v1/guests?q=Julia", { token: tenant.token })).json.data[0].id as string);
    await expect.poll(async () => (await api(`/v1/guests/${guestId}`, { token: tenant.token })).json.tier?.name, eventually).toBe("Plata");
    await page.goto(`/guests?id=${guestId}`);
    await page.getByText("Nivel Plata").waitFor();
    await page.getByText(/Plata · −12,5\s?%/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, "loyalty-guest-badge-360");
    await context.close();
  });
});
