import { describe, expect, it } from "vitest";
import { openContext, PHONE, screenshot, useBrowser } from "./support/browser";
import { signIn } from "./support/console";
import { api, signUpTenant } from "./support/tenant";

const browser = useBrowser();

// Issue #22: "120.000" typed the Argentine way was saved as $120, and "1,2" was refused in English.
describe("money and numbers typed the es-AR way", () => {
  it("saves 120.000 as a hundred and twenty thousand pesos and 1,2 as a 1.2 multiplier, and says so beside the fields", async () => {
    const tenant = await signUpTenant();
    const context = await openContext(browser(), { viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, tenant, "/units");
    await page.getByRole("link", { name: "+ Nueva unidad" }).click();
    await page.getByLabel("Nombre").fill("Cabaña Ñire");

    const price = page.getByLabel("Precio base por noche (ARS)");
    await price.fill("120.000");
    // The read value is the field's description, so a screen reader hears it too.
    const description = async (field: typeof price) => {
      const id = (await field.getAttribute("aria-describedby"))!;
      return (await page.locator(`[id="${id}"]`).innerText()).replace(/\s/g, " ");
    };
    await expect.poll(() => description(price)).toBe("= $ 120.000 por noche");

    const weekend = page.getByLabel("Multiplicador de fin de semana");
    await weekend.fill("1,2");
    await expect.poll(() => description(weekend)).toBe("= 1,2 × el precio base");

    // Text it cannot read is an error in Spanish, and nothing is sent while it is there.
    await page.getByLabel("Multiplicador de feriados").fill("1,2,3");
    await page.getByRole("button", { name: "Guardar" }).click();
    expect(await page.getByLabel("Multiplicador de feriados").getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => description(page.getByLabel("Multiplicador de feriados"))).toContain("No se entiende el número");
    expect((await api("/v1/accommodations", { token: tenant.token })).json.data).toEqual([]);
    await screenshot(page, "money-input-error-phone");

    await page.getByLabel("Multiplicador de feriados").fill("1.5");
    await expect.poll(() => description(page.getByLabel("Multiplicador de feriados"))).toBe("= 1,5 × el precio base");
    await page.getByRole("button", { name: "Guardar" }).click();

    await page.getByTestId("quote").waitFor({ timeout: 15_000 });
    const units = (await api("/v1/accommodations", { token: tenant.token })).json.data;
    expect(units).toHaveLength(1);
    expect(units[0].basePrice).toEqual({ amount: 12_000_000, currency: "ARS" });
    expect(units[0].pricing.weekendMultiplier).toBe(1.2);
    expect(units[0].pricing.holidayMultiplier).toBe(1.5);

    // The list and the edit form show the saved values the es-AR way.
    await expect.poll(() => page.getByRole("listitem").filter({ hasText: "Cabaña Ñire" }).innerText(), { timeout: 15_000 }).toMatch(/\$\s120\.000 por noche/);
    expect(await page.getByLabel("Precio base por noche (ARS)").inputValue()).toBe("120.000");
    expect(await page.getByLabel("Multiplicador de fin de semana").inputValue()).toBe("1,2");
    await screenshot(page, "money-input-saved-phone");
    await context.close();
  });
});
