import { SELF } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importedRanges } from "../../../shared/ical";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { allDayFeed, FakeOta } from "../support/fake-ota";
import { futureDate, hold } from "../support/reservations";
import { createTenant } from "../support/tenant";

let ota: FakeOta;
beforeEach(() => {
  ota = new FakeOta().install();
});
afterEach(() => ota.uninstall());

const path = (url: string) => new URL(url).pathname;
const get = (url: string, headers: Record<string, string> = {}) => SELF.fetch(`http://posada.test${path(url)}`, { headers });

async function unit() {
  const tenant = await createTenant();
  const acc = await createAccommodation(tenant, { minStay: 1 });
  const exportUrl: string = (await call("GET", `/v1/accommodations/${acc}`, { token: tenant.token })).json.icalExportUrl;
  return { tenant, acc, exportUrl };
}

describe("GET /ical/:accommodationId/:token.ics", () => {
  it("exports held, confirmed and blocked nights merged, without guest data, as RFC 5545", async () => {
    const { tenant, acc, exportUrl } = await unit();
    const held = await hold(tenant, acc, futureDate("03-01"), futureDate("03-03"), { guest: { name: "Ana Pérez", phone: "+54 9 294 555-0101" } });
    const confirmed = await hold(tenant, acc, futureDate("03-03"), futureDate("03-05"));
    await call("POST", `/v1/reservations/${confirmed.json.id}/confirm`, { token: tenant.token, body: { payment: { amount: { amount: 1000, currency: "ARS" }, method: "cash" } } });
    const blocked = await call("POST", `/v1/accommodations/${acc}/blocks`, { token: tenant.token, body: { checkIn: futureDate("03-10"), checkOut: futureDate("03-12"), note: "Pintura" } });
    expect(blocked.status).toBe(201);

    const response = await get(exportUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(text).not.toContain("Ana");
    expect(text).not.toContain("555");
    expect(text).not.toContain("Pintura");
    expect(text).toContain(`DTSTART;VALUE=DATE:${futureDate("03-01").replace(/-/g, "")}\r\nDTEND;VALUE=DATE:${futureDate("03-05").replace(/-/g, "")}`);
    expect(text).toContain(`UID:${acc}-${futureDate("03-01").replace(/-/g, "")}@posada.app`);
    expect(importedRanges(text, { timeZone: "America/Argentina/Buenos_Aires", today: futureDate("01-01") }).ranges).toEqual([
      { start: futureDate("03-01"), end: futureDate("03-05") },
      { start: futureDate("03-10"), end: futureDate("03-12") },
    ]);
    expect(held.status).toBe(201);
  });

  it("serves from the edge cache, answers 304 to the same ETag, and changes the ETag exactly when nights change", async () => {
    const { tenant, acc, exportUrl } = await unit();
    const first = await get(exportUrl);
    const etag = first.headers.get("etag")!;
    expect(first.headers.get("x-cache")).toBe("MISS");
    await first.text();
    const second = await get(exportUrl);
    expect(second.headers.get("x-cache")).toBe("HIT");
    expect(second.headers.get("etag")).toBe(etag);
    await second.text();
    expect((await get(exportUrl, { "if-none-match": etag })).status).toBe(304);

    // A read or a refused hold changes no night: same ETag.
    await call("GET", `/v1/accommodations/${acc}/calendar?from=${futureDate("05-01")}&to=${futureDate("05-10")}`, { token: tenant.token });
    expect((await get(exportUrl, { "if-none-match": etag })).status).toBe(304);

    await hold(tenant, acc, futureDate("05-01"), futureDate("05-03"));
    const changed = await get(exportUrl, { "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(changed.headers.get("x-cache")).toBe("MISS");
    expect(await changed.text()).toContain(futureDate("05-01").replace(/-/g, ""));
  });

  it("rotation kills the old URL at once, cached copy included, and the new URL works", async () => {
    const { tenant, acc, exportUrl } = await unit();
    await (await get(exportUrl)).text();
    await (await get(exportUrl)).text();
    const rotated = await call("POST", `/v1/accommodations/${acc}/ical/rotate`, { token: tenant.token });
    expect(rotated.status).toBe(200);
    expect(rotated.json.icalExportUrl).not.toBe(exportUrl);
    const old = await get(exportUrl);
    expect(old.status).toBe(404);
    expect(old.headers.get("content-type")).toContain("application/problem+json");
    expect((await get(rotated.json.icalExportUrl)).status).toBe(200);
  });

  it("answers 404 for a wrong token, a token of another unit, or a path that is not .ics", async () => {
    const a = await unit();
    const b = await unit();
    const tokenOfB = path(b.exportUrl).split("/").pop()!;
    expect((await get(`http://x/ical/${a.acc}/${tokenOfB}`)).status).toBe(404);
    expect((await get(`http://x/ical/${a.acc}/AAAAAAAAAAAAAAAAAAAAAAAA.ics`)).status).toBe(404);
    expect((await get(`http://x/ical/${a.acc}/${path(a.exportUrl).split("/").pop()!.replace(".ics", ".txt")}`)).status).toBe(404);
  });

  it("gives each channel a URL that leaves out the nights it sent, so nothing is echoed back", async () => {
    const { tenant, acc, exportUrl } = await unit();
    const airbnbUrl = ota.serve("/x/airbnb.ics", allDayFeed([{ start: futureDate("09-01"), end: futureDate("09-04") }]));
    const feed = (await call("POST", `/v1/accommodations/${acc}/ical-feeds`, { token: tenant.token, body: { url: airbnbUrl, source: "airbnb" } })).json;
    await call("POST", `/v1/ical-feeds/${feed.id}/sync`, { token: tenant.token });
    await hold(tenant, acc, futureDate("09-10"), futureDate("09-12"));

    const everything = await (await get(exportUrl)).text();
    expect(everything).toContain(futureDate("09-01").replace(/-/g, ""));
    const forAirbnb = await (await get(feed.exportUrl)).text();
    expect(forAirbnb).not.toContain(futureDate("09-01").replace(/-/g, ""));
    expect(forAirbnb).toContain(futureDate("09-10").replace(/-/g, ""));

    // Round trip: Booking.com importing the main URL gets the same nights Posada has.
    const bookingUrl = ota.serve("/x/posada-echo.ics", everything);
    const other = await unit();
    const echo = (await call("POST", `/v1/accommodations/${other.acc}/ical-feeds`, { token: other.tenant.token, body: { url: bookingUrl, source: "other" } })).json;
    const synced = await call("POST", `/v1/ical-feeds/${echo.id}/sync`, { token: other.tenant.token });
    expect(synced.json.blocks).toEqual([
      { start: futureDate("09-01"), end: futureDate("09-04") },
      { start: futureDate("09-10"), end: futureDate("09-12") },
    ]);
  });
});
