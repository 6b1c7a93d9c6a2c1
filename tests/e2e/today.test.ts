import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { baseUrl, openContext, PHONE, screenshot, useBrowser } from "./support/browser";
import { signIn } from "./support/console";
import { addDays, confirmViaApi, countdownSeconds, holdViaApi, reservationViaApi, todayIn } from "./support/reservations-helpers";
import { api, createUnit, signUpTenant, type E2eTenant } from "./support/tenant";

// expect.poll gives up after 1 s by default; a cold dev server can take longer.
const eventually = { timeout: 10_000 };

const browser = useBrowser();

const section = (page: Page, title: RegExp) => page.getByRole("region", { name: title });
const holdCountdown = async (item: Locator, guest: string) => countdownSeconds(await item.getByLabel(`Tiempo que queda de la pre-reserva de ${guest}`).innerText());

/** A channel's calendar that also sold the nights of a Posada stay: the iCal import raises an `ical_conflict` alert. */
async function importConflictingCalendar(tenant: E2eTenant, accommodationId: string, checkIn: string, checkOut: string) {
  const feed = await api(`/v1/accommodations/${accommodationId}/ical-feeds`, {
    token: tenant.token,
    body: { url: "https://calendar.example.com/airbnb-e2e.ics", source: "airbnb", name: "Airbnb" },
  });
  expect(feed.status).toBe(201);
  const ics = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Airbnb Inc//Hosting Calendar//EN",
    "BEGIN:VEVENT",
    "UID:e2e-conflict@airbnb.com",
    `DTSTART;VALUE=DATE:${checkIn.replaceAll("-", "")}`,
    `DTEND;VALUE=DATE:${checkOut.replaceAll("-", "")}`,
    "SUMMARY:Reserved",
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");
  const response = await fetch(`${baseUrl()}/v1/ical-feeds/${feed.json.id}/import`, {
    method: "POST",
    headers: { "content-type": "text/calendar", authorization: `Bearer ${tenant.token}` },
    body: ics,
  });
  const result = (await response.json()) as { conflicts: unknown[] };
  expect(response.status).toBe(200);
  expect(result.conflicts.length).toBeGreaterThan(0);
}

/** A guest on the web chat asking for a person: an escalated conversation (and its alert). */
async function guestAsksForAPerson(tenant: E2eTenant, name: string): Promise<string> {
  const session = await api(`/chat/${tenant.slug}/sessions`, { body: { name, lang: "es" } });
  expect(session.status).toBe(201);
  const reply = await fetch(`${baseUrl()}/chat/${tenant.slug}/sessions/${session.json.sessionId}/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${session.json.token}` },
    body: JSON.stringify({ text: "Quiero hablar con una persona, por favor" }),
  });
  expect(reply.status).toBe(200);
  return session.json.sessionId;
}

describe("today screen", () => {
  it("shows today's arrival, a hold counting down, a guest waiting and an open alert, each one tap from acting", async () => {
    const tenant = await signUpTenant();
    const coihue = await createUnit(tenant, "Cabaña Coihue");
    const lenga = await createUnit(tenant, "Cabaña Lenga");
    const today = todayIn();
    const arrival = await confirmViaApi(tenant, await holdViaApi(tenant, { accommodationId: coihue.id, checkIn: today, checkOut: addDays(today, 2), guestName: "Ana Llega" }));
    await importConflictingCalendar(tenant, coihue.id, today, addDays(today, 2));
    const hold = await holdViaApi(tenant, { accommodationId: lenga.id, checkIn: addDays(today, 5), checkOut: addDays(today, 7), guestName: "Hugo Espera" });
    const conversationId = await guestAsksForAPerson(tenant, "Lucía Chat");

    const context = await openContext(browser());
    const page = await context.newPage();
    await signIn(page, tenant, "/");

    const arrivals = section(page, /Llegan hoy/);
    await arrivals.getByText("Ana Llega").waitFor();
    expect(await arrivals.getByRole("link", { name: /Ana Llega/ }).getAttribute("href")).toBe(`/reservations?id=${arrival.id}`);
    await arrivals.getByText("Cabaña Coihue").waitFor();

    const holdItem = section(page, /Pre-reservas por vencer/).getByRole("listitem").filter({ hasText: "Hugo Espera" });
    await holdItem.waitFor();
    const first = await holdCountdown(holdItem, "Hugo Espera");
    expect(first).toBeGreaterThan(27 * 60);
    expect(first).toBeLessThanOrEqual(30 * 60);
    // It is a live countdown, not a printed time.
    await expect.poll(() => holdCountdown(holdItem, "Hugo Espera"), { timeout: 5_000 }).toBeLessThan(first);

    const waiting = section(page, /Conversaciones sin responder/);
    await waiting.getByText("Lucía Chat").waitFor();
    await waiting.getByText("Pide una persona").waitFor();
    expect(await waiting.getByRole("link", { name: /Lucía Chat/ }).getAttribute("href")).toBe(`/conversations?id=${conversationId}`);

    const alerts = section(page, /Alertas/);
    const conflict = alerts.getByRole("listitem").filter({ hasText: "Un canal vendió noches que ya tiene un huésped de Posada" });
    await conflict.waitFor();
    // Its detail counts nights the way people write them: "1 noche", "3 noches", never "noche(s)".
    expect(await conflict.textContent()).toMatch(/Airbnb muestra (?:1 noche|[2-9]\d* noches) desde el/);
    expect(await conflict.textContent()).not.toContain("(s)");
    expect(await conflict.getByRole("link", { name: "Ver" }).getAttribute("href")).toBe(`/reservations?id=${arrival.id}`);
    await alerts.getByText("Un huésped pide hablar con una persona").waitFor();
    await screenshot(page, "today-desktop");

    // One tap extends the hold: the countdown jumps by 15 minutes and so does the API's expiry.
    const beforeExtend = await holdCountdown(holdItem, "Hugo Espera");
    await holdItem.getByRole("button", { name: "Extender 15 min" }).click();
    await expect.poll(() => holdCountdown(holdItem, "Hugo Espera"), eventually).toBeGreaterThan(beforeExtend + 14 * 60);
    expect(Date.parse((await reservationViaApi(tenant, hold.id)).expiresAt!) - Date.parse(hold.expiresAt!)).toBe(15 * 60_000);
    await holdItem.getByRole("button", { name: "Ya extendida" }).waitFor();

    // Resolving the alert removes it here and in the API.
    await conflict.getByRole("button", { name: "Marcar resuelta" }).click();
    await conflict.waitFor({ state: "detached" });
    // The screen hides it at the tap; the API follows once the request lands.
    const openKinds = async () => (await api("/v1/alerts", { token: tenant.token })).json.data.map((alert: { kind: string }) => alert.kind);
    await expect.poll(openKinds, eventually).toEqual(["conversation_escalated"]);

    // Confirm from Today: the dialog starts at the deposit; the hold leaves the list.
    await holdItem.getByRole("button", { name: "Confirmar pago" }).click();
    const dialog = page.getByRole("dialog", { name: "Confirmar con un pago recibido" });
    await dialog.getByRole("button", { name: "Confirmar reserva" }).click();
    await holdItem.waitFor({ state: "detached" });
    expect((await reservationViaApi(tenant, hold.id)).status).toBe("confirmed");

    // Each item opens its screen.
    await arrivals.getByRole("link", { name: /Ana Llega/ }).click();
    await page.waitForURL(`**/reservations?id=${arrival.id}`);
    await page.getByRole("region", { name: "Ana Llega" }).getByText(arrival.code).waitFor();
    await context.close();
  });

  it("updates without a reload when a hold is created, cancelled or a guest writes in the background", async () => {
    const tenant = await signUpTenant();
    const unit = await createUnit(tenant, "Cabaña Ñire");
    const context = await openContext(browser());
    const page = await context.newPage();
    await signIn(page, tenant, "/");
    await page.getByRole("status").filter({ hasText: /^En vivo$/ }).waitFor();
    const holds = section(page, /Pre-reservas por vencer/);
    await holds.getByText("No hay pre-reservas esperando la seña.").waitFor();
    // A reload would wipe this marker.
    await page.evaluate(() => Object.assign(globalThis, { __stillTheSamePage: true }));

    const today = todayIn();
    const hold = await holdViaApi(tenant, { accommodationId: unit.id, checkIn: today, checkOut: addDays(today, 1), guestName: "Iván Vivo" });
    await holds.getByText("Iván Vivo").waitFor({ timeout: 10_000 });
    // The held stay starts today, so it is also an arrival.
    await section(page, /Llegan hoy/).getByText("Iván Vivo").waitFor();

    await api(`/v1/reservations/${hold.id}/cancel`, { token: tenant.token, body: {} });
    await holds.getByText("Iván Vivo").waitFor({ state: "detached", timeout: 10_000 });

    await guestAsksForAPerson(tenant, "Marta Escribe");
    await section(page, /Conversaciones sin responder/).getByText("Marta Escribe").waitFor({ timeout: 10_000 });
    await section(page, /Alertas/).getByText("Un huésped pide hablar con una persona").waitFor({ timeout: 10_000 });

    expect(await page.evaluate(() => (globalThis as { __stillTheSamePage?: boolean }).__stillTheSamePage)).toBe(true);
    await context.close();
  });

  it("fits a phone", async () => {
    const tenant = await signUpTenant();
    const unit = await createUnit(tenant, "Cabaña Maitén");
    const today = todayIn();
    await confirmViaApi(tenant, await holdViaApi(tenant, { accommodationId: unit.id, checkIn: today, checkOut: addDays(today, 3), guestName: "Rosa Llega" }));
    await holdViaApi(tenant, { accommodationId: unit.id, checkIn: addDays(today, 10), checkOut: addDays(today, 12), guestName: "Pedro Duda" });
    const context = await openContext(browser(), { viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, tenant, "/");
    const holdItem = section(page, /Pre-reservas por vencer/).getByRole("listitem").filter({ hasText: "Pedro Duda" });
    await holdItem.waitFor();
    await section(page, /Llegan hoy/).getByText("Rosa Llega").waitFor();
    // The two actions are full-size touch targets.
    for (const name of ["Confirmar pago", "Extender 15 min"]) {
      const box = await holdItem.getByRole("button", { name }).boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
    }
    await screenshot(page, "today-phone");

    await page.goto("/account");
    await page.getByRole("heading", { name: "Verificación en dos pasos" }).waitFor();
    await screenshot(page, "account-phone");
    await context.close();
  });
});
