import { describe, expect, it } from "vitest";
import { openContext, screenshot, useBrowser } from "./support/browser";
import { signIn } from "./support/console";
import { api, createUnit, signUpTenant } from "./support/tenant";

const browser = useBrowser();
const NARROW_PHONE = { width: 360, height: 800 } as const;

// Issue #21: packages sell through the console too, so the owner builds them where the extras live.
describe("service packages in the console", () => {
  it("creates a package priced '150.000' on a 360 px phone, lists it, edits it to a percent and archives it after asking", async () => {
    const tenant = await signUpTenant();
    const coihue = await createUnit(tenant, "Cabaña Coihue");
    await createUnit(tenant, "Cabaña Lenga");
    const breakfast = await api("/v1/upsells", { token: tenant.token, body: { kind: "other", title: { es: "Desayuno en la cabaña" }, price: 500_000, currency: "ARS" } });
    expect(breakfast.status).toBe(201);

    const context = await openContext(browser(), { viewport: NARROW_PHONE });
    const page = await context.newPage();
    await signIn(page, tenant, "/settings");
    const section = page.getByRole("region", { name: "Paquetes" });
    await expect.poll(() => section.innerText(), { timeout: 15_000 }).toContain("Todavía no hay paquetes.");

    await section.getByLabel("Nombre del paquete").fill("Escapada romántica");
    await section.getByLabel("Noches mínimas").fill("2");
    await section.getByLabel("Noches máximas").fill("1");
    await section.getByLabel("Precio del paquete (ARS)").fill("150.000");
    // No unit chosen, then fewer maximum than minimum nights: said in Spanish, nothing sent.
    await section.getByRole("button", { name: "Crear paquete" }).click();
    await expect.poll(() => section.getByRole("alert").innerText()).toBe("Elegí al menos una unidad.");
    await section.getByLabel("Cabaña Coihue").check();
    await section.getByRole("button", { name: "Crear paquete" }).click();
    await expect.poll(() => section.getByRole("alert").innerText()).toBe("Las noches máximas no pueden ser menos que las mínimas.");
    expect((await api("/v1/packages", { token: tenant.token })).json.data).toEqual([]);

    await section.getByLabel("Noches máximas").fill("3");
    await section.getByLabel("Desayuno en la cabaña").check();
    await section.getByLabel("Válido desde (opcional)").fill("2027-03-01");
    await section.getByLabel("Válido hasta (opcional)").fill("2027-03-31");
    await section.getByRole("button", { name: "Crear paquete" }).click();

    const listed = section.getByTestId("packages").getByRole("listitem").filter({ hasText: "Escapada romántica" });
    await expect.poll(() => listed.innerText(), { timeout: 15_000 }).toMatch(/Cabaña Coihue · 2–3 noches · \$\s150\.000,00 · desde .*1.*mar.* hasta .*31.*mar.* · Desayuno en la cabaña/s);
    const [saved] = (await api("/v1/packages", { token: tenant.token })).json.data;
    // The API keeps money in minor units: "150.000" pesos is 15.000.000 centavos, never 150.
    expect(saved).toMatchObject({
      name: "Escapada romántica",
      accommodationIds: [coihue.id],
      minNights: 2,
      maxNights: 3,
      price: { amount: 15_000_000, currency: "ARS" },
      discountPercent: null,
      validFrom: "2027-03-01",
      validTo: "2027-03-31",
      extras: [breakfast.json.id],
      archived: false,
    });
    const overflow = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "packages-phone");

    // Editing reads the price back the es-AR way and can switch it to a percent off.
    await listed.getByRole("button", { name: "Editar" }).click();
    expect(await section.getByLabel("Precio del paquete (ARS)").inputValue()).toBe("150.000");
    await section.getByLabel("Descuento sobre las noches").check();
    await section.getByLabel("Descuento (%)").fill("15");
    await section.getByRole("button", { name: "Guardar cambios" }).click();
    await expect.poll(() => listed.innerText(), { timeout: 15_000 }).toContain("15 % de descuento");
    const edited = (await api(`/v1/packages/${saved.id}`, { token: tenant.token })).json;
    expect(edited).toMatchObject({ price: null, discountPercent: 15 });

    // Archiving asks first; "No" keeps it.
    await listed.getByRole("button", { name: "Archivar" }).click();
    const dialog = page.getByRole("dialog", { name: "¿Archivar el paquete?" });
    await dialog.getByRole("button", { name: "No, mantener" }).click();
    expect((await api(`/v1/packages/${saved.id}`, { token: tenant.token })).json.archived).toBe(false);
    await listed.getByRole("button", { name: "Archivar" }).click();
    await dialog.getByRole("button", { name: "Sí, archivar" }).click();
    await expect.poll(() => section.innerText(), { timeout: 15_000 }).toContain("Todavía no hay paquetes.");
    expect((await api(`/v1/packages/${saved.id}`, { token: tenant.token })).json.archived).toBe(true);
    await section.getByLabel("Mostrar archivados").check();
    await expect.poll(() => listed.innerText(), { timeout: 15_000 }).toContain("Archivado");
    await context.close();
  });

  it("says in words when the API refuses the package (a unit deleted meanwhile)", async () => {
    const tenant = await signUpTenant();
    const unit = await createUnit(tenant, "Cabaña Ñire");
    const context = await openContext(browser(), { viewport: NARROW_PHONE });
    const page = await context.newPage();
    await signIn(page, tenant, "/settings");
    const section = page.getByRole("region", { name: "Paquetes" });
    await section.getByLabel("Cabaña Ñire").check();
    expect((await api(`/v1/accommodations/${unit.id}`, { method: "DELETE", token: tenant.token })).status).toBeLessThan(300);
    await section.getByLabel("Nombre del paquete").fill("Semana larga");
    await section.getByLabel("Precio del paquete (ARS)").fill("400.000");
    await section.getByRole("button", { name: "Crear paquete" }).click();
    await expect.poll(() => section.getByRole("alert").innerText(), { timeout: 15_000 }).toBe("Alguna unidad o extra ya no existe: recargá la página y elegí de nuevo.");
    expect((await api("/v1/packages", { token: tenant.token })).json.data).toEqual([]);
    await context.close();
  });
});
