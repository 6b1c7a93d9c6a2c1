import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { openContext, screenshot, useBrowser } from "./support/browser";
import { signIn } from "./support/console";
import { addDays, confirmViaApi, holdViaApi, todayIn } from "./support/reservations-helpers";
import { createUnit, signUpTenant } from "./support/tenant";

const browser = useBrowser();

describe("Reportes on a phone", () => {
  it("shows the month's KPIs, the chart and the channels at 360 px, and downloads the CSV for Excel", { timeout: 120_000 }, async () => {
    const tenant = await signUpTenant("Reportes del Lago");
    const unit = await createUnit(tenant, "Cabaña Lenga", { minStay: 1 });
    await createUnit(tenant, "Cabaña Ñire", { minStay: 1 });
    const today = todayIn();
    await confirmViaApi(tenant, await holdViaApi(tenant, { accommodationId: unit.id, checkIn: today, checkOut: addDays(today, 2), guestName: "Pérez, \"Toto\"" }));

    const context = await openContext(browser(), { viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await signIn(page, tenant, "/reports?range=last30");
    await page.getByRole("heading", { name: "Reportes", level: 1 }).waitFor();
    await page.getByText("Ocupación", { exact: true }).first().waitFor();
    // The chart's chunk arrives after the numbers and draws on a canvas.
    await page.locator("section canvas").first().waitFor();
    await page.getByRole("heading", { name: "Ingresos por canal" }).waitFor();
    // Tonight is the one night of the stay inside the last 30 days, out of two units × 30 days.
    await page.getByText("1 de 60 noches disponibles").waitFor();
    await page.locator("section", { has: page.getByRole("heading", { name: "Ingresos por canal" }) }).getByText("Directa", { exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, "reports-360");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Descargar reservas (CSV)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^reservations-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    expect(text.split("\r\n")[0]).toContain("code;status;source;");
    expect(text).toContain('"Pérez, ""Toto"""');
    await context.close();
  });
});
