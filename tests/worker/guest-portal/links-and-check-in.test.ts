import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { deleteExpiredIdPhotos } from "../../../workers/guest-portal/id-photos";
import { database } from "../../../workers/platform/db/client";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { futureDate, hold } from "../support/reservations";
import { addMember, createTenant } from "../support/tenant";
import { confirmedStay, day, guestToken, portal, THREE_GUESTS } from "./helpers";

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);

describe("guest links", () => {
  it("open one reservation only, and die when revoked", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const first = await confirmedStay(tenant, acc, futureDate("03-01"), futureDate("03-04"));
    const second = await confirmedStay(tenant, acc, futureDate("03-10"), futureDate("03-12"));
    const token = await guestToken(tenant, first.id);
    const link = await call("GET", `/v1/reservations/${first.id}/guest-link`, { token: tenant.token });
    expect(link.json.url).toBe(`http://127.0.0.1:8787/guest/${token}`);
    expect(Date.parse(link.json.expiresAt)).toBeGreaterThan(Date.parse(`${first.checkOut}T00:00:00Z`));

    const stay = await portal("GET", token);
    expect(stay.status).toBe(200);
    expect(stay.json.reservation).toMatchObject({ code: first.code, checkIn: first.checkIn, nights: 3 });
    expect(stay.json.lang).toBe("es");
    // Nothing in the token can be bent to the other reservation: a changed payload breaks the signature.
    const [header, payload, signature] = token.split(".");
    const claims = JSON.parse(atob(payload!.replace(/-/g, "+").replace(/_/g, "/")));
    const forged = btoa(JSON.stringify({ ...claims, rid: second.id })).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
    expect((await portal("GET", `${header}.${forged}.${signature}`)).status).toBe(401);
    // A console session is no guest token either.
    expect((await portal("GET", tenant.token)).status).toBe(401);

    const revoked = await call("POST", `/v1/reservations/${first.id}/guest-link/revoke`, { token: tenant.token });
    expect(revoked.json).toEqual({ revoked: 1 });
    const after = await portal("GET", token);
    expect(after.status).toBe(401);
    expect(after.json.code).toBe("invalid_guest_link");
    expect((await portal("POST", token, "/check-in", THREE_GUESTS)).status).toBe(401);
    const page = await call("GET", `/guest/${token}`);
    expect(page.status).toBe(401);
    expect(page.text).toContain("ya no es válido");

    // A new link works; the old token stays dead.
    const fresh = await guestToken(tenant, first.id);
    expect(fresh).not.toBe(token);
    expect((await portal("GET", fresh)).status).toBe(200);
    expect((await portal("GET", token)).status).toBe(401);
  });

  it("is not given for another tenant's reservation", async () => {
    const owner = await createTenant();
    const other = await createTenant();
    const acc = await createAccommodation(owner, { minStay: 1 });
    const stay = await confirmedStay(owner, acc, futureDate("04-01"), futureDate("04-03"));
    expect((await call("GET", `/v1/reservations/${stay.id}/guest-link`, { token: other.token })).status).toBe(404);
    expect((await call("POST", `/v1/reservations/${stay.id}/guest-link/revoke`, { token: other.token })).status).toBe(404);
  });

  it("serves the portal page with the stay inside it, in the guest's language", async () => {
    const tenant = await createTenant({ country: "BR", timezone: "America/Sao_Paulo", currency: "BRL" });
    const acc = await createAccommodation(tenant, { minStay: 1, currency: "BRL", timezone: "America/Sao_Paulo" });
    const stay = await confirmedStay(tenant, acc, futureDate("05-01"), futureDate("05-03"));
    const page = await call("GET", `/guest/${await guestToken(tenant, stay.id)}`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.text).toContain('<html lang="pt">');
    expect(page.text).toContain(stay.code);
    expect(page.text).toContain("/guest-portal.js");
    expect(page.text).not.toMatch(/<\/script>[^<]*<\/script>[^]*portal-data/);
  });

  it("is rate-limited per link", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const stay = await confirmedStay(tenant, acc, futureDate("06-01"), futureDate("06-03"));
    const token = await guestToken(tenant, stay.id);
    const linkId = JSON.parse(atob(token.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/"))).sub as string;
    while ((await env.GUEST_PORTAL_LIMITER.limit({ key: linkId })).success);
    const limited = await portal("GET", token);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("60");
  });
});

describe("online check-in", () => {
  it("records three guests with their documents; staff see it completed on the reservation and in the register", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const stay = await confirmedStay(tenant, acc, futureDate("07-01"), futureDate("07-04"), { guests: 3 });
    const token = await guestToken(tenant, stay.id);
    const before = (await call("GET", `/v1/reservations/${stay.id}`, { token: tenant.token })).json;
    expect(before.onlineCheckIn).toEqual({ status: "not_started", completedAt: null, guests: [] });

    const done = await portal("POST", token, "/check-in", THREE_GUESTS);
    expect(done.status, done.text).toBe(200);
    // The reservation itself answers the check-in to staff, beside its arrival date.
    const reservation = (await call("GET", `/v1/reservations/${stay.id}`, { token: tenant.token })).json;
    expect(reservation.checkIn).toBe(stay.checkIn);
    expect(reservation.onlineCheckIn).toEqual({ status: "completed", completedAt: done.json.checkIn.completedAt, guests: THREE_GUESTS.guests });
    expect(done.json.checkIn).toMatchObject({ status: "completed", completedBy: "guest", guests: THREE_GUESTS.guests, arrivalTime: "15:30", vehiclePlate: "AB 123 CD" });

    const staff = await call("GET", `/v1/reservations/${stay.id}/check-in`, { token: tenant.token });
    expect(staff.json.checkIn).toMatchObject({ status: "completed", guests: THREE_GUESTS.guests, holderBirthDate: "1988-04-12" });
    expect(Date.parse(staff.json.checkIn.completedAt)).toBeGreaterThan(Date.now() - 60_000);

    const today = await call("GET", `/v1/check-ins?from=${stay.checkIn}&to=${stay.checkIn}`, { token: tenant.token });
    expect(today.json.data).toEqual([expect.objectContaining({ reservationId: stay.id, status: "completed", guestsRegistered: 3, arrivalTime: "15:30" })]);

    const csv = await call("GET", `/v1/check-ins/register.csv?from=${stay.checkIn}&to=${stay.checkIn}&delimiter=semicolon`, { token: tenant.token });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const lines = csv.text.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain("document_number");
    expect(lines[1]).toContain(";Lucía Gómez;dni;30.123.456;Argentina;1988-04-12;15:30;AB 123 CD;completed;");
    expect(lines[2]).toContain(";João Silva;passport;FX123456;Brasil;;;;completed;");
  });

  it("refuses bad input with a clear 4xx and writes nothing", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const stay = await confirmedStay(tenant, acc, futureDate("08-01"), futureDate("08-03"));
    const token = await guestToken(tenant, stay.id);
    const cases: Array<[unknown, number, string]> = [
      [{ ...THREE_GUESTS, acceptRules: false }, 400, "validation_failed"],
      [{ ...THREE_GUESTS, guests: [{ ...THREE_GUESTS.guests[0], documentType: "cuit" }] }, 400, "validation_failed"],
      [{ ...THREE_GUESTS, guests: [] }, 400, "validation_failed"],
      [{ ...THREE_GUESTS, holderBirthDate: "1988-02-30" }, 400, "validation_failed"],
      [{ ...THREE_GUESTS, arrivalTime: "25:00" }, 400, "validation_failed"],
      [{ ...THREE_GUESTS, guests: THREE_GUESTS.guests.slice(0, 1), holderBirthDate: day(2) }, 400, "validation_failed"],
      // Booked for two: three guests are more than the stay.
      [THREE_GUESTS, 422, "too_many_guests"],
    ];
    for (const [body, status, code] of cases) {
      const answer = await portal("POST", token, "/check-in", body);
      expect(answer.status, JSON.stringify(body)).toBe(status);
      expect(answer.headers.get("content-type")).toContain("application/problem+json");
      expect(answer.json.code).toBe(code);
    }
    const notJson = await call("POST", `/guest-api/${token}/check-in`, { rawBody: "guests=1", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(notJson.status).toBe(400);
    expect((await call("GET", `/v1/reservations/${stay.id}/check-in`, { token: tenant.token })).json.checkIn.status).toBe("not_started");
  });

  it("is only for confirmed stays", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const held = await hold(tenant, acc, futureDate("09-01"), futureDate("09-03"));
    const answer = await portal("POST", await guestToken(tenant, held.json.id), "/check-in", { ...THREE_GUESTS, guests: THREE_GUESTS.guests.slice(0, 1) });
    expect(answer.status).toBe(409);
    expect(answer.json.code).toBe("not_confirmed");
  });

  it("can be completed at the desk by staff", async () => {
    const tenant = await createTenant();
    const staff = await addMember(tenant, "staff");
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const stay = await confirmedStay(tenant, acc, futureDate("10-01"), futureDate("10-03"));
    const body = { ...THREE_GUESTS, guests: THREE_GUESTS.guests.slice(0, 2) };
    const done = await call("POST", `/v1/reservations/${stay.id}/check-in`, { token: staff.token, body });
    expect(done.status, done.text).toBe(200);
    expect(done.json.checkIn).toMatchObject({ status: "completed", completedBy: "staff" });
    // Another tenant cannot read or write it.
    const other = await createTenant();
    expect((await call("GET", `/v1/reservations/${stay.id}/check-in`, { token: other.token })).status).toBe(404);
    expect((await call("POST", `/v1/reservations/${stay.id}/check-in`, { token: other.token, body })).status).toBe(404);
  });
});

describe("ID photos", () => {
  it("are stored privately and deleted once the retention after check-out has passed", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const stay = await confirmedStay(tenant, acc, futureDate("11-01"), futureDate("11-03"));
    const token = await guestToken(tenant, stay.id);
    const saved = await call("PUT", "/v1/settings/guest-portal", { token: tenant.token, body: { idPhotoRetentionDays: 10, reviewLinks: {}, kpiWindowDays: 7 } });
    expect(saved.status, saved.text).toBe(200);

    const refused = await call("POST", `/guest-api/${token}/check-in/id-photos`, { rawBody: new TextEncoder().encode("%PDF-1.4"), headers: { "content-type": "image/jpeg" } });
    expect(refused.status).toBe(415);
    const uploaded = await call("POST", `/guest-api/${token}/check-in/id-photos`, { rawBody: JPEG, headers: { "content-type": "image/jpeg" } });
    expect(uploaded.status, uploaded.text).toBe(201);
    expect(uploaded.json.deleteAfterDays).toBe(10);

    const view = await call("GET", `/v1/reservations/${stay.id}/check-in`, { token: tenant.token });
    expect(view.json.checkIn.status).toBe("started");
    expect((await call("GET", `/v1/reservations/${stay.id}`, { token: tenant.token })).json.onlineCheckIn).toEqual({ status: "started", completedAt: null, guests: [] });
    const [photo] = view.json.checkIn.idPhotos;
    const file = await call("GET", photo.url, { token: tenant.token });
    expect(file.status).toBe(200);
    expect((await call("GET", photo.url, { token: (await createTenant()).token })).status).toBe(404);
    const key = `tenants/${tenant.tenantId}/id-photos/${stay.id}/${photo.id}`;
    expect(await env.RECEIPTS.head(key)).not.toBeNull();

    const db = database(env.DB);
    const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    // Nine days after check-out it is kept; on the tenth it goes.
    await deleteExpiredIdPhotos(db, env, addDays(stay.checkOut, 9));
    expect(await env.RECEIPTS.head(key)).not.toBeNull();
    await deleteExpiredIdPhotos(db, env, addDays(stay.checkOut, 10));
    expect(await env.RECEIPTS.head(key)).toBeNull();
    const after = await call("GET", `/v1/reservations/${stay.id}/check-in`, { token: tenant.token });
    expect(after.json.checkIn.idPhotos).toEqual([expect.objectContaining({ id: photo.id, deleted: true, url: null })]);
    expect((await call("GET", photo.url, { token: tenant.token })).status).toBe(404);
    // Running again is harmless.
    expect(await deleteExpiredIdPhotos(db, env, addDays(stay.checkOut, 11))).toBe(0);
  });
});
