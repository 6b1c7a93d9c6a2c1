import { describe, expect, it } from "vitest";
import { openContext, PHONE, screenshot, useBrowser } from "./support/browser";
import { signIn } from "./support/console";
import { addDays, holdViaApi, todayIn } from "./support/reservations-helpers";
import { api, createUnit, signUpTenant } from "./support/tenant";

const eventually = { timeout: 10_000 };
const browser = useBrowser();

describe("the owner's team controls", () => {
  it("changes a member's role and removes them; their session stops working at once", async () => {
    const tenant = await signUpTenant();
    const email = `recepcion-${Date.now().toString(36)}@example.test`;
    const invited = await api("/v1/invitations", { token: tenant.token, body: { email, role: "staff" } });
    const accepted = await api("/v1/invitations/accept", { body: { token: invited.json.token, name: "Rocío Recepción", password: "another long password" } });
    const member = { id: accepted.json.user.id as string, token: accepted.json.token as string };

    const context = await openContext(browser());
    const page = await context.newPage();
    await signIn(page, tenant, "/settings");
    const role = page.getByLabel("Rol de Rocío Recepción");
    await role.selectOption("admin");
    await page.getByText("Rocío Recepción ahora es administrador.").waitFor();
    await expect.poll(async () => (await api("/v1/users", { token: tenant.token })).json.data.find((u: { id: string }) => u.id === member.id)?.role, eventually).toBe("admin");
    // The member's own session is an admin's now: the team list opens for them.
    expect((await api("/v1/users", { token: member.token })).status).toBe(200);

    // The only owner cannot step down.
    await page.getByLabel("Rol de Dueña").selectOption("staff");
    await page.getByText("El equipo necesita al menos un dueño: primero hacé dueño a otra persona.").waitFor();
    expect(await page.getByLabel("Rol de Dueña").inputValue()).toBe("owner");

    await page.getByRole("listitem").filter({ hasText: "Rocío Recepción" }).getByRole("button", { name: "Quitar del equipo" }).click();
    const dialog = page.getByRole("dialog", { name: "¿Quitar a Rocío Recepción del equipo?" });
    await screenshot(page, "team-remove-member-desktop");
    await dialog.getByRole("button", { name: "Sí, quitar" }).click();
    await page.getByText("Rocío Recepción ya no es parte del equipo.").waitFor();
    await expect.poll(() => page.getByText(email).count(), eventually).toBe(0);
    expect((await api("/v1/reservations", { token: member.token })).status).toBe(401);
    expect((await api("/v1/live/tickets", { token: member.token, body: {} })).status).toBe(401);
    await context.close();
  });
});

describe("guest profiles", () => {
  it("finds a guest by part of a name, opens their profile and their stay", async () => {
    const tenant = await signUpTenant();
    const unit = await createUnit(tenant, "Cabaña Lenga", { minStay: 1 });
    const today = todayIn();
    const julia = await holdViaApi(tenant, { accommodationId: unit.id, checkIn: addDays(today, 5), checkOut: addDays(today, 7), guestName: "Julia Sosa", phone: "+54 9 294 411-0001" });
    // The same person booking again, her number written the Argentine way: one profile, two stays.
    const again = await holdViaApi(tenant, { accommodationId: unit.id, checkIn: addDays(today, 20), checkOut: addDays(today, 22), guestName: "Julia Sosa", phone: "0294 15 411-0001" });
    await holdViaApi(tenant, { accommodationId: unit.id, checkIn: addDays(today, 9), checkOut: addDays(today, 11), guestName: "Pedro Gómez", phone: "+54 9 294 411-0002" });
    const context = await openContext(browser(), { viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, tenant, "/guests");
    const results = page.getByRole("list", { name: "Huéspedes encontrados" });
    await results.getByText("Pedro Gómez").waitFor();
    await page.getByLabel("Buscar").fill("sosa");
    await expect.poll(() => results.getByText("Pedro Gómez").count(), eventually).toBe(0);
    await results.getByText("Julia Sosa").waitFor();
    expect(new URL(page.url()).searchParams.get("q")).toBe("sosa");
    await screenshot(page, "guests-search-phone");
    await results.getByRole("link", { name: "Julia Sosa" }).click();
    const stays = page.getByRole("list", { name: "Estadías" });
    await stays.getByText(julia.code).waitFor();
    await stays.getByText(again.code).waitFor();
    // Her phone, kept as +5492944110001, reads the way people write it and still dials.
    const phone = page.getByRole("link", { name: "+54 9 294 411 0001" });
    await phone.waitFor();
    expect(await phone.getAttribute("href")).toBe("tel:+5492944110001");
    await stays.getByRole("link", { name: new RegExp(julia.code) }).click();
    await page.getByRole("region", { name: "Julia Sosa" }).getByText(julia.code).waitFor();
    expect(new URL(page.url()).searchParams.get("id")).toBe(julia.id);
    await context.close();
  });

  it("at 360 px: tags a guest, merges a second profile and undoes it, without sideways scrolling", async () => {
    const tenant = await signUpTenant();
    const unit = await createUnit(tenant, "Cabaña Ñire", { minStay: 1 });
    const today = todayIn();
    await holdViaApi(tenant, { accommodationId: unit.id, checkIn: addDays(today, 5), checkOut: addDays(today, 7), guestName: "Rosario Benítez", phone: "+54 9 11 4000-0001" });
    await holdViaApi(tenant, { accommodationId: unit.id, checkIn: addDays(today, 9), checkOut: addDays(today, 11), guestName: "Rosario B.", phone: "+54 9 11 4000-0002" });
    await expect.poll(async () => (await api("/v1/guests?q=rosario", { token: tenant.token })).json.data.length, eventually).toBe(2);
    const guests = (await api("/v1/guests?q=rosario", { token: tenant.token })).json.data as { id: string; name: string }[];
    const main = guests.find((g) => g.name === "Rosario Benítez")!;
    const context = await openContext(browser(), { viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await signIn(page, tenant, `/guests?id=${main.id}`);
    await page.getByRole("heading", { name: "Rosario Benítez" }).waitFor();
    const details = page.getByRole("form", { name: "Datos del huésped" });
    await details.getByLabel("Etiquetas").fill("VIP, familia");
    await details.getByRole("button", { name: "Guardar" }).click();
    await page.getByText("Perfil guardado").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, "guest-profile-360");

    await page.getByRole("button", { name: "Unir con otro perfil" }).click();
    const dialog = page.getByRole("dialog", { name: "Unir perfiles" });
    await dialog.getByLabel("Buscar").fill("Rosario B");
    await dialog.getByRole("button", { name: "Unir a este perfil" }).click();
    await page.getByText("Perfiles unidos").waitFor();
    const stays = page.getByRole("list", { name: "Estadías" });
    await expect.poll(() => stays.getByRole("listitem").count(), eventually).toBe(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByRole("button", { name: "↶" }).click();
    await page.getByText("Unión deshecha").waitFor();
    await expect.poll(() => stays.getByRole("listitem").count(), eventually).toBe(1);
    await context.close();
  });
});
