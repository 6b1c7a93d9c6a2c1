import { describe, expect, it } from "vitest";
import { openContext, screenshot, useBrowser } from "./support/browser";
import { signIn } from "./support/console";
import { addDays, holdViaApi, todayIn } from "./support/reservations-helpers";
import { api, createUnit, signUpTenant, type E2eTenant } from "./support/tenant";

const eventually = { timeout: 15_000 };
const browser = useBrowser();
const PHONE_360 = { width: 360, height: 740 };

/** A stay of Julia's already over, booked as on the day it was (development only). */
async function pastStay(tenant: E2eTenant, accommodationId: string, from: number, to: number) {
  const today = todayIn();
  const made = await api("/dev/past-stays", {
    token: tenant.token,
    body: { accommodationId, checkIn: addDays(today, from), checkOut: addDays(today, to), guests: 2, guest: { name: "Julia Sosa", phone: "+54 9 294 411-0001" }, source: "whatsapp", bookedDaysBefore: 30, paid: { method: "cash" } },
  });
  expect(made.status, JSON.stringify(made.json)).toBe(201);
}

describe("a returning guest in the console", () => {
  it("at 360 px: marks her third stay on the reservation and on her chat, in each language, and suggests her as staff type", async () => {
    const tenant = await signUpTenant();
    const unit = await createUnit(tenant, "Cabaña Maitén", { minStay: 1 });
    const today = todayIn();
    await pastStay(tenant, unit.id, -40, -37);
    await pastStay(tenant, unit.id, -20, -18);
    const third = await holdViaApi(tenant, { accommodationId: unit.id, checkIn: addDays(today, 10), checkOut: addDays(today, 12), guestName: "Julia Sosa", phone: "0294 15 411-0001" });
    await expect.poll(async () => (await api(`/v1/reservations/${third.id}`, { token: tenant.token })).json.stayNumber, eventually).toBe(3);

    // She writes on the web chat and leaves her name and number: the thread is hers.
    const session = (await api(`/chat/${tenant.slug}/sessions`, { body: {} })).json;
    const chat = (text: string) => api(`/chat/${tenant.slug}/sessions/${session.sessionId}/messages`, { body: { text }, token: session.token });
    await chat(`tenes lugar del ${Number(addDays(today, 30).slice(8))}/${Number(addDays(today, 30).slice(5, 7))} al ${Number(addDays(today, 32).slice(8))}/${Number(addDays(today, 32).slice(5, 7))} para 2?`);
    await chat("dale");
    await chat("Julia, 0294 15 411-0001");
    await expect.poll(async () => (await api("/v1/conversations", { token: tenant.token })).json.data.find((c: { id: string }) => c.id === session.sessionId)?.stayNumber, eventually).toBe(3);

    const context = await openContext(browser(), { viewport: PHONE_360 });
    const page = await context.newPage();
    await signIn(page, tenant, `/reservations?id=${third.id}`);
    const detail = page.getByRole("region", { name: "Julia Sosa" });
    await detail.getByText("3.ª estadía").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, "returning-guest-reservation-360");

    await page.goto(`/conversations?id=${session.sessionId}`);
    await page.getByRole("heading", { name: /Julia/ }).getByText("3.ª estadía").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    for (const [locale, mark] of [["pt-BR", "3.ª estadia"], ["en", "3rd stay"]] as const) {
      await page.evaluate((value) => localStorage.setItem("posada.locale", value), locale);
      await page.goto(`/reservations?id=${third.id}`);
      await page.getByRole("region", { name: "Julia Sosa" }).getByText(mark).waitFor();
    }
    await page.evaluate(() => localStorage.setItem("posada.locale", "es-AR"));

    // A new booking by phone: typing part of her name offers her profile, which fills the form.
    await page.goto(`/reservations?new=1&accommodationId=${unit.id}&checkIn=${addDays(today, 40)}&checkOut=${addDays(today, 42)}`);
    await page.getByLabel("Nombre del huésped").fill("juli");
    const known = page.getByRole("list", { name: "Huéspedes conocidos" });
    await known.getByText("2 estadías").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, "returning-guest-suggestion-360");
    await known.getByRole("button", { name: "Usar los datos de Julia Sosa" }).click();
    expect(await page.getByLabel("Nombre del huésped").inputValue()).toBe("Julia Sosa");
    expect(await page.getByLabel("Teléfono (opcional)").inputValue()).toBe("+5492944110001");
    await expect.poll(() => known.count(), eventually).toBe(0);
    // Someone nobody knows is offered nothing.
    await page.getByLabel("Nombre del huésped").fill("Zoe Desconocida");
    await page.waitForTimeout(600);
    expect(await known.count()).toBe(0);
    await context.close();
  });
});
