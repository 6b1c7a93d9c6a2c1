import { describe, expect, it } from "vitest";
import { openContext, screenshot, useBrowser } from "./support/browser";
import { signIn } from "./support/console";
import { api, signUpTenant } from "./support/tenant";

const browser = useBrowser();

describe("HubSpot in Operación on a phone", () => {
  it("says it is not connected, takes a token it never shows again, and says the adapter's mode in words, at 360 px", { timeout: 120_000 }, async () => {
    const tenant = await signUpTenant("CRM del Lago");
    const context = await openContext(browser(), { viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await signIn(page, tenant, "/operations");
    await page.getByRole("heading", { name: "HubSpot (CRM)", level: 2 }).waitFor();
    await page.getByText("HubSpot no está conectado.").waitFor();

    const token = `pat-na1-${crypto.randomUUID()}`;
    await page.getByLabel("Clave de acceso de la app privada").fill(token);
    await page.getByRole("button", { name: "Conectar HubSpot" }).click();
    await page.getByText("Hay una clave guardada; dejalo vacío para conservarla.").waitFor();
    // Whatever HubSpot answers from this machine, the mode is a sentence, not a code.
    expect(await page.getByTestId("crm-mode").textContent()).toMatch(/Conectado|HubSpot falló|En pausa|HubSpot rechazó/);
    expect(await page.getByLabel("Clave de acceso de la app privada").inputValue()).toBe("");
    expect(await page.content()).not.toContain(token);
    await page.getByRole("button", { name: "Desconectar" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, "operations-crm-360");

    const crm = await api("/v1/integrations/crm", { token: tenant.token });
    expect(crm.json).toMatchObject({ provider: "hubspot", tokenStored: true });
    expect(JSON.stringify(crm.json)).not.toContain(token);
    await context.close();
  });
});
