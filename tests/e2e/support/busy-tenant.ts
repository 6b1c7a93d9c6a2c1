// A tenant with the data that strains a layout: a long business name, units with long names and
// six-digit prices, a busy month, a channel conflict and guests asking for a person (alerts), and a
// long list of conversations. The layout and language sweeps run every screen against it.
import { expect } from "vitest";
import { baseUrl } from "./browser";
import { addDays, confirmViaApi, holdViaApi, todayIn } from "./reservations-helpers";
import { api, createUnit, signUpTenant, type E2eTenant } from "./tenant";

export interface BusyTenant {
  tenant: E2eTenant;
  units: { id: string; name: string }[];
  /** A conversation whose guest never gave a name (web chat), to open in the thread view. */
  namelessConversationId: string;
  /** A reservation id with a paid deposit, to open in the reservation view. */
  reservationId: string;
}

const LONG_TENANT = "Complejo de Cabañas y Departamentos Turísticos Orillas del Lago Nahuel Huapi";
const LONG_UNITS = ["Cabaña Familiar Grande con Vista al Lago y Hidromasaje", "Departamento Céntrico Luminoso Frente a la Costanera", "Suite"];

async function guestChat(tenant: E2eTenant, name: string | undefined, text: string): Promise<string> {
  const session = await api(`/chat/${tenant.slug}/sessions`, { body: { ...(name ? { name } : {}), lang: "es" } });
  expect(session.status).toBe(201);
  const reply = await fetch(`${baseUrl()}/chat/${tenant.slug}/sessions/${session.json.sessionId}/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${session.json.token}` },
    body: JSON.stringify({ text }),
  });
  expect(reply.status).toBe(200);
  return session.json.sessionId;
}

async function importConflict(tenant: E2eTenant, accommodationId: string, checkIn: string, checkOut: string) {
  const feed = await api(`/v1/accommodations/${accommodationId}/ical-feeds`, {
    token: tenant.token,
    body: { url: "https://calendar.example.com/a-very-long-path/that/keeps/going/airbnb-calendar-export-for-this-listing.ics", source: "airbnb", name: "Airbnb (anuncio principal de la cabaña grande)" },
  });
  expect(feed.status).toBe(201);
  const ics = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Airbnb Inc//Hosting Calendar//EN", "BEGIN:VEVENT", "UID:busy-conflict@airbnb.com", `DTSTART;VALUE=DATE:${checkIn.replaceAll("-", "")}`, `DTEND;VALUE=DATE:${checkOut.replaceAll("-", "")}`, "SUMMARY:Reserved", "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");
  const response = await fetch(`${baseUrl()}/v1/ical-feeds/${feed.json.id}/import`, { method: "POST", headers: { "content-type": "text/calendar", authorization: `Bearer ${tenant.token}` }, body: ics });
  expect(response.status).toBe(200);
}

/** A channel calendar whose uploads are not calendars, three times: its card shows the miss and staff get an alert. */
async function failingFeed(tenant: E2eTenant, accommodationId: string) {
  const feed = await api(`/v1/accommodations/${accommodationId}/ical-feeds`, { token: tenant.token, body: { url: "https://calendar.example.com/booking.ics", source: "booking" } });
  expect(feed.status).toBe(201);
  for (let i = 0; i < 3; i++) {
    const response = await fetch(`${baseUrl()}/v1/ical-feeds/${feed.json.id}/import`, { method: "POST", headers: { "content-type": "text/calendar", authorization: `Bearer ${tenant.token}` }, body: "<html>Iniciá sesión</html>" });
    expect(response.status).toBe(422);
  }
}

export async function busyTenant(): Promise<BusyTenant> {
  const tenant = await signUpTenant(LONG_TENANT);
  const units = [
    await createUnit(tenant, LONG_UNITS[0], { basePrice: { amount: 9_500_000, currency: "ARS" }, capacity: 8 }),
    await createUnit(tenant, LONG_UNITS[1], { basePrice: { amount: 125_000_000, currency: "ARS" } }),
    await createUnit(tenant, LONG_UNITS[2]),
  ];
  const today = todayIn();
  // A busy month: stays back to back on the first unit, holds and a block on the others.
  const confirmed = await confirmViaApi(tenant, await holdViaApi(tenant, { accommodationId: units[0]!.id, checkIn: today, checkOut: addDays(today, 3), guestName: "María de los Ángeles Fernández Goicoechea" }));
  await confirmViaApi(tenant, await holdViaApi(tenant, { accommodationId: units[0]!.id, checkIn: addDays(today, 4), checkOut: addDays(today, 9), guestName: "Juan Pablo Rodríguez" }));
  await holdViaApi(tenant, { accommodationId: units[0]!.id, checkIn: addDays(today, 10), checkOut: addDays(today, 12), guestName: "Familia Schwarzenberger-Villanueva" });
  await holdViaApi(tenant, { accommodationId: units[1]!.id, checkIn: addDays(today, 1), checkOut: addDays(today, 6), guestName: "Ana" });
  await api(`/v1/accommodations/${units[2]!.id}/blocks`, { token: tenant.token, body: { checkIn: addDays(today, 2), checkOut: addDays(today, 8), note: "Pintura" } });
  await importConflict(tenant, units[0]!.id, today, addDays(today, 2));
  await failingFeed(tenant, units[1]!.id);
  // A long list of conversations, two of them asking for a person (alerts), one without a name.
  for (let i = 0; i < 10; i++) {
    await guestChat(tenant, `Huésped con un nombre bastante largo número ${i + 1}`, `Hola, quería saber si tienen disponibilidad para el fin de semana largo, somos ${i + 2} personas https://example.com/una/direccion/muy/larga/sin/espacios/que/no/se/corta/${"x".repeat(40)}`);
  }
  await guestChat(tenant, "Bartolomé Mitre Sarmiento", "Quiero hablar con una persona, por favor");
  const namelessConversationId = await guestChat(tenant, undefined, "Quiero hablar con una persona");
  return { tenant, units, namelessConversationId, reservationId: confirmed.id };
}
