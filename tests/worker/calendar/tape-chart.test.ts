import { describe, expect, it } from "vitest";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { eventually, settleReadModel } from "../support/calendar";
import { futureDate, hold } from "../support/reservations";
import { createTenant } from "../support/tenant";

const ics = (start: string, end: string) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Airbnb Inc//Hosting Calendar//EN", "BEGIN:VEVENT", "UID:tape@airbnb.com", `DTSTART;VALUE=DATE:${start.replaceAll("-", "")}`, `DTEND;VALUE=DATE:${end.replaceAll("-", "")}`, "SUMMARY:Reserved", "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");

describe("the multi-unit calendar's stays (GET /v1/calendar/stays)", () => {
  it("lists every unit's holds, confirmed stays, manual and imported blocks in the range, with guest, source and channel", async () => {
    const tenant = await createTenant();
    const cabin = await createAccommodation(tenant, { minStay: 1 });
    const flat = await createAccommodation(tenant, { minStay: 1 });
    const held = (await hold(tenant, cabin, futureDate("03-02"), futureDate("03-05"))).json;
    const confirmedHold = (await hold(tenant, flat, futureDate("03-10"), futureDate("03-12"), { guest: { name: "Bruno Díaz" } })).json;
    expect((await call("POST", `/v1/reservations/${confirmedHold.id}/confirm`, { token: tenant.token, body: { payment: { amount: confirmedHold.deposit, method: "cash" } } })).status).toBe(200);
    const block = (await call("POST", `/v1/accommodations/${cabin}/blocks`, { token: tenant.token, body: { checkIn: futureDate("03-20"), checkOut: futureDate("03-22"), note: "Pintura" } })).json;
    const feed = (await call("POST", `/v1/accommodations/${flat}/ical-feeds`, { token: tenant.token, body: { url: "https://calendar.ota.fake/tape.ics", source: "airbnb", name: "Airbnb principal" } })).json;
    expect((await call("POST", `/v1/ical-feeds/${feed.id}/import`, { token: tenant.token, rawBody: ics(futureDate("03-25"), futureDate("03-28")), headers: { "content-type": "text/calendar" } })).status).toBe(200);
    // Outside the range: not listed.
    await hold(tenant, cabin, futureDate("05-01"), futureDate("05-03"));
    await settleReadModel(cabin);
    await settleReadModel(flat);

    const stays = await eventually(async () => {
      const answer = await call("GET", `/v1/calendar/stays?from=${futureDate("03-01")}&to=${futureDate("04-01")}`, { token: tenant.token });
      expect(answer.status).toBe(200);
      expect(answer.json.data).toHaveLength(4);
      return answer.json.data;
    });
    expect(stays).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: held.id, accommodationId: cabin, kind: "reservation", status: "held", checkIn: futureDate("03-02"), checkOut: futureDate("03-05"), guestName: "Ana Pérez", code: held.code, source: "direct", expiresAt: expect.any(String), channel: null }),
        expect.objectContaining({ id: confirmedHold.id, accommodationId: flat, status: "confirmed", guestName: "Bruno Díaz", expiresAt: null }),
        expect.objectContaining({ id: block.id, accommodationId: cabin, kind: "block", status: "blocked", note: "Pintura", guestName: null, channel: null }),
        expect.objectContaining({ accommodationId: flat, kind: "imported", status: "blocked", checkIn: futureDate("03-25"), checkOut: futureDate("03-28"), channel: "airbnb", feedName: "Airbnb principal", guestName: null }),
      ]),
    );

    // A stay that only overlaps the range's edge is in it; a cancelled one is not.
    expect((await call("POST", `/v1/reservations/${held.id}/cancel`, { token: tenant.token, body: {} })).status).toBe(200);
    await settleReadModel(cabin);
    const edge = await call("GET", `/v1/calendar/stays?from=${futureDate("03-11")}&to=${futureDate("03-21")}`, { token: tenant.token });
    expect(edge.json.data.map((stay: { id: string }) => stay.id).sort()).toEqual([confirmedHold.id, block.id].sort());
  });

  it("shows one tenant nothing of another's", async () => {
    const owner = await createTenant();
    const other = await createTenant();
    const unit = await createAccommodation(owner, { minStay: 1 });
    await hold(owner, unit, futureDate("06-02"), futureDate("06-05"));
    await settleReadModel(unit);
    const seen = await call("GET", `/v1/calendar/stays?from=${futureDate("06-01")}&to=${futureDate("07-01")}`, { token: other.token });
    expect(seen.status).toBe(200);
    expect(seen.json.data).toEqual([]);
  });

  it("answers a clear problem for impossible or too long ranges", async () => {
    const tenant = await createTenant();
    for (const [query, status] of [
      [`from=${futureDate("03-10")}&to=${futureDate("03-01")}`, 422],
      [`from=${futureDate("01-01")}&to=${futureDate("12-31")}`, 422],
      [`from=${futureDate("02-30")}&to=${futureDate("03-10")}`, 400],
      ["from=tomorrow&to=later", 400],
    ] as const) {
      const answer = await call("GET", `/v1/calendar/stays?${query}`, { token: tenant.token });
      expect(answer.status, query).toBe(status);
      expect(answer.headers.get("content-type")).toContain("application/problem+json");
    }
  });
});
