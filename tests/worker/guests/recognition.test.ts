import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { eventually, settleReadModel } from "../support/calendar";
import type { FakeWhatsApp } from "../support/fake-whatsapp";
import { installFakeServices } from "../support/fake-services";
import { configurePayments } from "../support/payments";
import { futureDate, hold } from "../support/reservations";
import { createTenant, type TestTenant } from "../support/tenant";
import { connectedTenant, guestWrites } from "../support/whatsapp-guest";
import { confirmedStay, stayUnderWay } from "../guest-portal/helpers";

let graph: FakeWhatsApp;
beforeEach(() => {
  ({ graph } = installFakeServices());
});
afterEach(() => vi.restoreAllMocks());

/** The assistant's answers on WhatsApp (a booking confirmation goes out as a template, and is not one). */
const texts = () => graph.sent.filter((s) => s.body.type === "text").map((s) => s.body.text.body as string);

/** The guest a reservation is linked to, once the bookings queue has linked it. */
async function guestOf(tenant: TestTenant, reservationId: string): Promise<string> {
  return eventually(async () => {
    const read = await call("GET", `/v1/reservations/${reservationId}`, { token: tenant.token });
    expect(read.json.guestId).toMatch(/^gst_/);
    return read.json.guestId as string;
  });
}

const chat = (tenant: TestTenant, sessionId: string, token: string, text: string) =>
  call("POST", `/chat/${tenant.slug}/sessions/${sessionId}/messages`, { body: { text }, headers: { authorization: `Bearer ${token}` } });

describe("recognising a returning guest", () => {
  it("on WhatsApp: welcomes them by name ahead of the first answer and holds in their name without asking who they are", async () => {
    const { tenant, phone, acc } = await connectedTenant();
    // Their first stay was booked by phone with the number written the Argentine way.
    const past = await stayUnderWay(tenant, acc, 20, 3);
    await call("PATCH", `/v1/guests/${await guestOf(tenant, past.id)}`, { token: tenant.token, body: { phone: "011 15 0000-0001" } }).then((r) => expect(r.status, r.text).toBe(200));

    await guestWrites(phone, "tienen lugar para 2 del 5 al 8/1?");
    await eventually(async () => expect(texts()).toHaveLength(1));
    expect(texts()[0]).toMatch(/^¡Hola Lucía! 👋 Qué bueno tenerte de vuelta\. Del 5 al 8\/1 tenemos Cabaña Coihue/);

    await guestWrites(phone, "dale");
    await eventually(async () => expect(texts()).toHaveLength(2));
    // Welcomed once; the name and number came from the profile, so nothing was asked.
    expect(texts()[1]).toMatch(/^¡Listo! Te guardo Cabaña Coihue/);
    const held = (await call("GET", `/v1/reservations?accommodationId=${acc}&status=held`, { token: tenant.token })).json.data;
    expect(held).toHaveLength(1);
    expect(held[0].guest).toMatchObject({ name: "Lucía Gómez", phone: "+5491100000001" });
    const guestId = await guestOf(tenant, past.id);
    expect(await guestOf(tenant, held[0].id)).toBe(guestId);

    // A greeting later in the same session is answered by name, as before.
    await guestWrites(phone, "hola!");
    await eventually(async () => expect(texts()).toHaveLength(3));
    expect(texts()[2]).toBe("¡Hola Lucía! 👋 Qué bueno tenerte de vuelta. ¿Para qué fechas y cuántas personas?");
  });

  it("on WhatsApp: a guest without a confirmed stay is not welcomed back", async () => {
    const { tenant, phone, acc } = await connectedTenant();
    const cancelled = await hold(tenant, acc, futureDate("03-01"), futureDate("03-03"), { guest: { name: "Lucía Gómez", phone: "+54 9 11 0000-0001" } });
    await guestOf(tenant, cancelled.json.id);
    await guestWrites(phone, "hola");
    await eventually(async () => expect(texts()).toHaveLength(1));
    expect(texts()[0]).toMatch(/^¡Hola! 👋 Soy el asistente de reservas/);
  });

  it("on web chat: welcomes a visitor once they give their name and a contact their profile holds, and never says a profile's name to a number alone", async () => {
    const tenant = await createTenant();
    await configurePayments(tenant);
    const acc = await createAccommodation(tenant, { name: "Depto Lago", minStay: 1 });
    await guestOf(tenant, (await stayUnderWay(tenant, acc, 20, 3)).id);

    const session = (await call("POST", `/chat/${tenant.slug}/sessions`, { body: {} })).json;
    expect((await chat(tenant, session.sessionId, session.token, "tenes lugar del 10 al 13/2 para 2?")).json.replies[0].text).toMatch(/^Del 10 al 13\/2 tenemos Depto Lago/);
    expect((await chat(tenant, session.sessionId, session.token, "dale")).json.replies[0].text).toMatch(/¿A nombre de quién/);
    const held = await chat(tenant, session.sessionId, session.token, "Lucia, 0294 15 555-0199");
    expect(held.json.replies[0].text).toMatch(/^¡Hola Lucía! 👋 Qué bueno tenerte de vuelta\. ¡Listo! Te guardo Depto Lago/);
    // The thread now belongs to her profile, and the console reads which stay this one is.
    const listed = (await call("GET", "/v1/conversations", { token: tenant.token })).json.data.find((c: { id: string }) => c.id === session.sessionId);
    expect(listed).toMatchObject({ guestId: expect.stringMatching(/^gst_/), stayNumber: 2 });

    // Someone else typing the same number alone is asked who they are; the profile's name is never said.
    const other = (await call("POST", `/chat/${tenant.slug}/sessions`, { body: {} })).json;
    await chat(tenant, other.sessionId, other.token, "tenes lugar del 20 al 23/2 para 2?");
    await chat(tenant, other.sessionId, other.token, "dale");
    const asked = await chat(tenant, other.sessionId, other.token, "0294 15 555-0199");
    expect(asked.json.replies[0].text).not.toMatch(/Lucía|Lucia|Te guardo/);
  });

  it("numbers each stay among the guest's confirmed ones, on the list and on one reservation", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const guest = (phone: string) => ({ guest: { name: "Marta Ríos", phone } });
    const first = await confirmedStay(tenant, acc, futureDate("02-01"), futureDate("02-03"), guest("+54 9 351 400-1000"));
    const second = await confirmedStay(tenant, acc, futureDate("03-01"), futureDate("03-03"), guest("0351 15 400-1000"));
    const cancelled = await hold(tenant, acc, futureDate("03-10"), futureDate("03-12"), guest("351 400 1000"));
    expect((await call("POST", `/v1/reservations/${cancelled.json.id}/cancel`, { token: tenant.token, body: {} })).status).toBe(200);
    const third = await confirmedStay(tenant, acc, futureDate("04-01"), futureDate("04-03"), guest("3514001000"));
    const next = await hold(tenant, acc, futureDate("05-01"), futureDate("05-03"), guest("+5493514001000"));
    await settleReadModel(acc);
    for (const id of [first.id, second.id, cancelled.json.id, third.id, next.json.id]) await guestOf(tenant, id);

    const list = (await call("GET", `/v1/reservations?accommodationId=${acc}`, { token: tenant.token })).json.data as { id: string; stayNumber: number; guestId: string }[];
    const numberOf = (id: string) => list.find((r) => r.id === id)?.stayNumber;
    // The cancelled stay is not counted: the third confirmed one is the third, the hold after it the fourth.
    expect([first.id, second.id, third.id, next.json.id].map(numberOf)).toEqual([1, 2, 3, 4]);
    expect(new Set(list.map((r) => r.guestId)).size).toBe(1);
    expect((await call("GET", `/v1/reservations/${third.id}`, { token: tenant.token })).json).toMatchObject({ stayNumber: 3 });

    // Another guest's first stay is their first, whatever the lodging's history.
    const stranger = await hold(tenant, acc, futureDate("06-01"), futureDate("06-02"), { guest: { name: "Otro", email: "otro@example.test" } });
    await guestOf(tenant, stranger.json.id);
    expect((await call("GET", `/v1/reservations/${stranger.json.id}`, { token: tenant.token })).json.stayNumber).toBe(1);
  });
});
