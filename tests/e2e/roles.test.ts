import { describe, expect, it } from "vitest";
import { openContext, PHONE, useBrowser } from "./support/browser";
import { signIn } from "./support/console";
import { addDays, todayIn } from "./support/reservations-helpers";
import { api, createUnit, signUpTenant, type E2eTenant } from "./support/tenant";

const browser = useBrowser();

async function staffOf(tenant: E2eTenant) {
  const email = `staff-${Date.now().toString(36)}@example.test`;
  const invited = await api("/v1/invitations", { token: tenant.token, body: { email, role: "staff" } });
  expect(invited.status).toBe(201);
  const password = "front desk password 2026";
  const accepted = await api("/v1/invitations/accept", { body: { token: invited.json.token, name: "Recepción", password } });
  expect(accepted.status).toBe(201);
  return { email, password };
}

describe("a staff member's console", () => {
  it("offers only what staff may do: no unit editing, no blocking, no channel changes, no settings forms", async () => {
    const tenant = await signUpTenant();
    const unit = await createUnit(tenant, "Cabaña Maitén");
    await api(`/v1/accommodations/${unit.id}/ical-feeds`, { token: tenant.token, body: { url: "https://calendar.example.com/roles.ics", source: "airbnb" } });
    const staff = await staffOf(tenant);
    const context = await openContext(browser(), { viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, staff, "/units");

    await page.getByText("Cabaña Maitén").waitFor();
    await page.waitForLoadState("networkidle");
    for (const name of [/Editar/, /Eliminar/, /Nueva unidad/]) expect(await page.getByRole("link", { name }).or(page.getByRole("button", { name })).count(), String(name)).toBe(0);

    // Picking free nights still starts a reservation, but blocking them is not offered.
    await page.goto("/calendar");
    const today = todayIn();
    await page.locator(`[data-unit="${unit.id}"][data-date="${addDays(today, 3)}"]`).click();
    await page.locator(`[data-unit="${unit.id}"][data-date="${addDays(today, 4)}"]`).click();
    await page.getByRole("button", { name: "Crear reserva" }).waitFor();
    expect(await page.getByRole("button", { name: "Bloquear fechas" }).count()).toBe(0);

    await page.goto("/channels");
    await page.getByRole("heading", { name: "Cabaña Maitén" }).waitFor();
    await page.waitForLoadState("networkidle");
    for (const name of ["Cambiar enlace", "Agregar", "Quitar", "Sincronizar ahora"]) expect(await page.getByRole("button", { name, exact: true }).count(), name).toBe(0);
    expect(await page.getByText("Subir archivo .ics").count()).toBe(0);
    await page.getByRole("button", { name: "Copiar" }).first().waitFor();

    await page.goto("/settings");
    await page.getByText("Solo un dueño o un administrador puede cambiar los ajustes.").waitFor();
    expect(await page.getByRole("button", { name: /Guardar|Probar conexión/ }).count()).toBe(0);
    await context.close();
  });
});
