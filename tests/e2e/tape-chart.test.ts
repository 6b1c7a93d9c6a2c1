import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openContext, PHONE, screenshot, useBrowser } from "./support/browser";
import { signIn } from "./support/console";
import { addDays, confirmViaApi, holdViaApi, todayIn } from "./support/reservations-helpers";
import { api, createUnit, signUpTenant } from "./support/tenant";

const browser = useBrowser();

const box = async (locator: Locator) => {
  const found = await locator.boundingBox();
  if (!found) throw new Error("not on screen");
  return found;
};
const cell = (page: Page, unitId: string, date: string) => page.locator(`[data-unit="${unitId}"][data-date="${date}"]`);

describe("the tape chart (every unit by day)", () => {
  it("draws each stay over its own nights, on its unit's row, and opens it with a tap", async () => {
    const tenant = await signUpTenant();
    const coihue = await createUnit(tenant, "Cabaña Coihue");
    const lenga = await createUnit(tenant, "Cabaña Lenga");
    const today = todayIn();
    const held = await holdViaApi(tenant, { accommodationId: coihue.id, checkIn: addDays(today, 3), checkOut: addDays(today, 6), guestName: "Inés Cinta" });
    const confirmed = await confirmViaApi(tenant, await holdViaApi(tenant, { accommodationId: lenga.id, checkIn: addDays(today, 1), checkOut: addDays(today, 3), guestName: "Tomás Barra" }));

    const context = await openContext(browser());
    const page = await context.newPage();
    await signIn(page, tenant, "/calendar");
    const bar = page.locator(`[data-stay-id="${held.id}"]`);
    await bar.waitFor();
    expect(await bar.getAttribute("data-status")).toBe("held");
    // The bar covers the nights checkIn … checkOut − 1 of its own unit's row, not the day of departure.
    const [barBox, firstNight, lastNight, departure] = await Promise.all([box(bar), box(cell(page, coihue.id, addDays(today, 3))), box(cell(page, coihue.id, addDays(today, 5))), box(cell(page, coihue.id, addDays(today, 6)))]);
    expect(Math.abs(barBox.x - firstNight.x)).toBeLessThanOrEqual(3);
    expect(Math.abs(barBox.x + barBox.width - (lastNight.x + lastNight.width))).toBeLessThanOrEqual(3);
    expect(barBox.x + barBox.width).toBeLessThanOrEqual(departure.x + 3);
    expect(barBox.y).toBeGreaterThanOrEqual(firstNight.y - 1);
    expect(barBox.y + barBox.height).toBeLessThanOrEqual(firstNight.y + firstNight.height + 1);
    // The departure day is free to sell again; the taken nights are not offered.
    expect(await cell(page, coihue.id, addDays(today, 6)).evaluate((element) => element.tagName)).toBe("BUTTON");
    expect(await cell(page, coihue.id, addDays(today, 4)).evaluate((element) => element.tagName)).toBe("DIV");
    const lengaBar = page.locator(`[data-stay-id="${confirmed.id}"]`);
    expect(await lengaBar.getAttribute("data-status")).toBe("confirmed");
    expect(Math.abs((await box(lengaBar)).y - (await box(cell(page, lenga.id, addDays(today, 1)))).y)).toBeLessThanOrEqual(8);

    // Month labels and today are marked.
    const monthName = new Intl.DateTimeFormat("es-AR", { month: "long", timeZone: "UTC" }).format(new Date(`${today}T00:00:00Z`));
    await page.getByText(new RegExp(monthName, "i")).first().waitFor();
    await page.locator('[data-day-index]').filter({ hasText: "hoy" }).waitFor();

    await bar.click();
    await expect.poll(() => page.getByRole("region", { name: "Estadía" }).innerText(), { timeout: 15_000 }).toContain(held.code);
    await screenshot(page, "tape-chart-desktop");

    // Wider spans ask for more days in one request.
    await page.getByRole("button", { name: "3 meses" }).click();
    await expect.poll(() => page.locator("[data-day-index]").count()).toBe(92);
    await context.close();
  });

  it("blocks free nights picked with two taps on a phone", async () => {
    const tenant = await signUpTenant();
    const unit = await createUnit(tenant, "Cabaña Arrayán");
    const today = todayIn();
    const context = await openContext(browser(), { viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, tenant, "/calendar");
    await cell(page, unit.id, addDays(today, 8)).click();
    await page.getByText("Tocá la última noche en la misma unidad").waitFor();
    await cell(page, unit.id, addDays(today, 9)).click();
    await page.getByRole("button", { name: "Bloquear fechas" }).click();
    await page.getByLabel("Nota (opcional)").fill("Arreglo del techo");
    await page.getByRole("button", { name: "Bloquear", exact: true }).click();
    const nights = async () => (await api(`/v1/accommodations/${unit.id}/calendar?from=${addDays(today, 7)}&to=${addDays(today, 11)}`, { token: tenant.token })).json.days.map((d: { status: string }) => d.status);
    await expect.poll(nights, { timeout: 15_000 }).toEqual(["free", "blocked", "blocked", "free"]);
    const blockBar = page.locator('[data-status="blocked"]');
    await blockBar.waitFor();
    expect(await blockBar.getAttribute("data-check-in")).toBe(addDays(today, 8));
    expect(await blockBar.getAttribute("data-check-out")).toBe(addDays(today, 10));
    expect(await blockBar.innerText()).toContain("Arreglo del techo");
    await screenshot(page, "tape-chart-phone");
    await context.close();
  });
});
