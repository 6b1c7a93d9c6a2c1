import { describe, expect, it } from "vitest";
import { openContext, screenshot, useBrowser } from "./support/browser";
import { signIn } from "./support/console";
import { addDays, confirmViaApi, holdViaApi, todayIn } from "./support/reservations-helpers";
import { api, createUnit, signUpTenant } from "./support/tenant";

const eventually = { timeout: 15_000 };
const browser = useBrowser();
const PHONE_360 = { width: 360, height: 740 };

describe("the week's loyalty benefits on Today", () => {
  it("at 360 px: a Plata guest arriving this week shows what she is owed; the welcome is marked given, with who, and the mark undone", async () => {
    const tenant = await signUpTenant();
    const unit = await createUnit(tenant, "Cabaña Lenga", { minStay: 1 });
    const tiers = [{ name: "Plata", minNights: 3, discountPercent: 10, welcomeText: "¡Qué bueno tenerte de vuelta!", benefits: ["Vino de la casa"] }];
    expect((await api("/v1/loyalty/tiers", { method: "PUT", token: tenant.token, body: { tiers } })).status).toBe(200);
    const today = todayIn();
    const phone = "+54 9 294 411-0003";
    const past = await api("/dev/past-stays", {
      token: tenant.token,
      body: { accommodationId: unit.id, checkIn: addDays(today, -20), checkOut: addDays(today, -17), guests: 2, guest: { name: "Julia Sosa", phone }, source: "whatsapp", bookedDaysBefore: 30, paid: { method: "cash" } },
    });
    expect(past.status, JSON.stringify(past.json)).toBe(201);
    await expect.poll(async () => (await api("/v1/guests?q=Julia", { token: tenant.token })).json.data[0]?.id, eventually).toBeTruthy();
    const guestId = (await api("/v1/guests?q=Julia", { token: tenant.token })).json.data[0].id as string;
    await expect.poll(async () => (await api(`/v1/guests/${guestId}`, { token: tenant.token })).json.tier?.name, eventually).toBe("Plata");
    const stay = await confirmViaApi(tenant, await holdViaApi(tenant, { accommodationId: unit.id, checkIn: addDays(today, 2), checkOut: addDays(today, 4), guestName: "Julia Sosa", phone }));
    await expect.poll(async () => (await api("/v1/loyalty/benefits", { token: tenant.token })).json.data?.[0]?.reservationId, eventually).toBe(stay.id);

    const context = await openContext(browser(), { viewport: PHONE_360 });
    const page = await context.newPage();
    await signIn(page, tenant, "/");
    const section = page.getByRole("region", { name: /Beneficios de la semana/ });
    const julia = section.getByRole("list", { name: "Julia Sosa" });
    // The hold was priced with her tier: the discount shows as given by itself, with no button.
    await julia.getByText(/10\s?% de descuento/).waitFor();
    await julia.getByText(/aplicado en el precio \(.*\$/).waitFor();
    await julia.getByText("Bienvenida: «¡Qué bueno tenerte de vuelta!»").waitFor();
    await julia.getByText("Vino de la casa").waitFor();
    expect(await julia.getByRole("button").count()).toBe(2);
    await screenshot(page, "loyalty-benefits-360");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await julia.getByRole("button", { name: "Marcar entregado: Bienvenida: «¡Qué bueno tenerte de vuelta!» para Julia Sosa" }).click();
    await page.getByText("Beneficio marcado como entregado").waitFor();
    await julia.getByText(/Entregado por .+, /).waitFor();
    const welcome = async () => ((await api("/v1/loyalty/benefits", { token: tenant.token })).json.data[0].benefits as Array<{ kind: string; state: string }>).find((b) => b.kind === "welcome")!.state;
    expect(await welcome()).toBe("delivered");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, "loyalty-benefits-delivered-360");

    await julia.getByRole("button", { name: /^Deshacer la entrega: Bienvenida/ }).click();
    await page.getByText("Entrega deshecha").waitFor();
    await julia.getByRole("button", { name: /^Marcar entregado: Bienvenida/ }).waitFor();
    expect(await welcome()).toBe("pending");
    await context.close();
  });
});
