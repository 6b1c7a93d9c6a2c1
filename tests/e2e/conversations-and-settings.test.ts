import { describe, expect, it } from "vitest";
import { baseUrl, openContext, PHONE, screenshot, useBrowser } from "./support/browser";
import { signIn } from "./support/console";
import { api, createUnit, signUpTenant } from "./support/tenant";

const browser = useBrowser();

async function guestChat(slug: string, text: string, session?: { sessionId: string; token: string }) {
  const opened = session ?? (await api(`/chat/${slug}/sessions`, { body: { name: "Lucía Web" } })).json;
  await fetch(`${baseUrl()}/chat/${slug}/sessions/${opened.sessionId}/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${opened.token}` },
    body: JSON.stringify({ text }),
  });
  return opened as { sessionId: string; token: string };
}

describe("conversations", () => {
  it("replies to a guest (taking the thread over), hands it back, and shows new guest messages live", async () => {
    const tenant = await signUpTenant();
    const chat = await guestChat(tenant.slug, "hola! una consulta");
    const context = await openContext(browser(), { viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, tenant, "/conversations");
    await page.getByRole("link", { name: /Lucía Web/ }).click();
    const thread = page.getByRole("list", { name: "Conversaciones" });
    await expect.poll(() => thread.innerText(), { timeout: 15_000 }).toContain("hola! una consulta");

    await page.getByLabel("Tu respuesta").fill("Hola Lucía, soy Marta de recepción");
    await page.getByRole("button", { name: "Enviar" }).click();
    await expect.poll(() => thread.innerText(), { timeout: 15_000 }).toContain("soy Marta de recepción");
    const status = async () => (await api("/v1/conversations", { token: tenant.token })).json.data[0].status;
    await expect.poll(status).toBe("human");

    await page.getByRole("button", { name: "Devolver al asistente" }).click();
    await expect.poll(status).toBe("assistant");

    // The guest writes again: the open thread shows it without a reload.
    await guestChat(tenant.slug, "tienen cochera?", chat);
    await expect.poll(() => thread.innerText(), { timeout: 15_000 }).toContain("tienen cochera?");
    await screenshot(page, "conversation-phone");
    await context.close();
  });
});

describe("settings", () => {
  it("creates an API key shown once that works, and revokes it", async () => {
    const tenant = await signUpTenant();
    const context = await openContext(browser());
    const page = await context.newPage();
    page.on("dialog", (dialog) => void dialog.accept());
    await signIn(page, tenant, "/settings");
    await page.getByLabel("Nombre de la clave").fill("Channel manager");
    await page.getByRole("button", { name: "Crear clave" }).click();
    const key = (await page.getByTestId("new-api-key").innerText()).trim();
    expect(key).toMatch(/^psk_/);
    expect((await api("/v1/accommodations", { token: key })).status).toBe(403);
    expect((await api("/v1/reservations", { token: key })).status).toBe(200);
    await page.getByRole("button", { name: "Listo, la guardé" }).click();
    await expect.poll(() => page.getByTestId("new-api-key").count()).toBe(0);
    expect(await page.content()).not.toContain(key);

    await page.getByRole("button", { name: "Revocar Channel manager" }).click();
    await expect.poll(async () => (await api("/v1/reservations", { token: key })).status, { timeout: 15_000 }).toBe(401);
    await screenshot(page, "settings-desktop");
    await context.close();
  });

  it("saves payment credentials without ever showing them back", async () => {
    const tenant = await signUpTenant();
    const context = await openContext(browser(), { viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, tenant, "/settings");
    await page.getByLabel("Access token de producción de Mercado Pago").fill("APP_USR-secret-token-123456");
    await page.getByLabel("Clave secreta de las notificaciones (webhooks) de Mercado Pago").fill("mp-webhook-secret-123");
    await page.getByRole("button", { name: "Guardar" }).first().click();
    await expect.poll(async () => (await api("/v1/settings/payments", { token: tenant.token })).json.mercadopago.configured, { timeout: 15_000 }).toBe(true);
    await page.reload();
    await page.getByRole("heading", { name: /Mercado Pago/ }).waitFor();
    expect(await page.content()).not.toContain("APP_USR-secret-token-123456");
    expect(await page.getByLabel("Access token de producción de Mercado Pago").inputValue()).toBe("");
    await screenshot(page, "settings-phone");
    await context.close();
  });
});

describe("channels", () => {
  it("imports an uploaded calendar and rotates the export URL so the old one stops working", async () => {
    const tenant = await signUpTenant();
    const unit = await createUnit(tenant, "Cabaña Coihue");
    const feed = await api(`/v1/accommodations/${unit.id}/ical-feeds`, { token: tenant.token, body: { url: "https://calendar.example.com/airbnb.ics", source: "airbnb", name: "Airbnb" } });
    expect(feed.status).toBe(201);
    const context = await openContext(browser());
    const page = await context.newPage();
    page.on("dialog", (dialog) => void dialog.accept());
    await signIn(page, tenant, "/channels");
    const oldUrl = (await page.getByTestId("export-url").innerText()).trim();

    const year = new Date().getUTCFullYear() + 1;
    const ics = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Airbnb Inc//Hosting Calendar//EN", "BEGIN:VEVENT", `DTSTART;VALUE=DATE:${year}0310`, `DTEND;VALUE=DATE:${year}0313`, "UID:e2e-1@airbnb.com", "SUMMARY:Reserved", "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");
    await page.locator('input[type="file"]').setInputFiles({ name: "airbnb.ics", mimeType: "text/calendar", buffer: Buffer.from(ics) });
    await expect.poll(async () => (await api(`/v1/accommodations/${unit.id}/calendar?from=${year}-03-10&to=${year}-03-13`, { token: tenant.token })).json.days.map((d: { status: string }) => d.status), { timeout: 15_000 }).toEqual(["blocked", "blocked", "blocked"]);
    await expect.poll(() => page.getByRole("article", { name: "Airbnb" }).innerText(), { timeout: 15_000 }).toMatch(/Noches bloqueadas\s*3/);

    await page.getByRole("button", { name: "Cambiar enlace" }).click();
    await expect.poll(async () => (await page.getByTestId("export-url").innerText()).trim(), { timeout: 15_000 }).not.toBe(oldUrl);
    expect((await fetch(oldUrl)).status).toBe(404);
    expect((await fetch((await page.getByTestId("export-url").innerText()).trim())).status).toBe(200);
    await screenshot(page, "channels-desktop");
    await context.close();
  });
});
