import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { allDayFeed, FakeOta } from "../support/fake-ota";
import { futureDate } from "../support/reservations";
import { createTenant, type TestTenant } from "../support/tenant";

let ota: FakeOta;
beforeEach(() => {
  ota = new FakeOta().install();
});
afterEach(() => ota.uninstall());

const HORIZON_DAYS = 550;
const isoPlusDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function unitWithFeed(path: string, body: string) {
  const tenant = await createTenant();
  const acc = await createAccommodation(tenant, { minStay: 1 });
  const url = ota.serve(path, body);
  const feed = (await call("POST", `/v1/accommodations/${acc}/ical-feeds`, { token: tenant.token, body: { url, source: "other" } })).json;
  return { tenant, acc, feed };
}

const feedStatus = async (tenant: TestTenant, acc: string) => (await call("GET", `/v1/accommodations/${acc}/ical-feeds`, { token: tenant.token })).json.data[0];
const blockedNights = async (tenant: TestTenant, acc: string, from: string, to: string) =>
  (await call("GET", `/v1/accommodations/${acc}/calendar?from=${from}&to=${to}`, { token: tenant.token })).json.days.filter((d: { status: string }) => d.status === "blocked").length;

/** 40 daily series: under 3 kB of iCalendar that would expand to ~22,000 occurrences. */
function dailySeriesFeed(count = 40): string {
  const start = isoPlusDays(1).replace(/-/g, "");
  const events = Array.from({ length: count }, (_, i) => ["BEGIN:VEVENT", `UID:daily${i}@ota.fake`, "DTSTAMP:20261122T120000Z", `DTSTART;VALUE=DATE:${start}`, "RRULE:FREQ=DAILY", "END:VEVENT"].join("\r\n"));
  return ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Posada tests//EN", ...events, "END:VCALENDAR", ""].join("\r\n");
}

describe("iCal import costs", () => {
  it("clips a one-off event spanning 50 years to the 550 days the calendar serves", async () => {
    const { tenant, feed } = await unitWithFeed("/l/fifty-years.ics", allDayFeed([{ start: isoPlusDays(-1), end: isoPlusDays(365 * 50) }]));
    const synced = await call("POST", `/v1/ical-feeds/${feed.id}/sync`, { token: tenant.token });
    expect(synced.status).toBe(200);
    expect(synced.json.blocks).toHaveLength(1);
    // Today is the accommodation's, which may be a day behind UTC.
    expect(synced.json.blockedNights).toBeGreaterThanOrEqual(HORIZON_DAYS - 1);
    expect(synced.json.blockedNights).toBeLessThanOrEqual(HORIZON_DAYS);
  });

  it("imports a feed of more than 2,000 separate stays within the horizon instead of failing", async () => {
    const stays = Array.from({ length: 2_001 }, (_, i) => ({ start: isoPlusDays(2 + 2 * i), end: isoPlusDays(3 + 2 * i) }));
    const { tenant, acc, feed } = await unitWithFeed("/l/many.ics", allDayFeed(stays));
    const synced = await call("POST", `/v1/ical-feeds/${feed.id}/sync`, { token: tenant.token });
    expect(synced.status).toBe(200);
    expect(synced.json.blocks.length).toBeLessThanOrEqual(HORIZON_DAYS / 2);
    expect(synced.json.blocks.at(-1).end <= isoPlusDays(HORIZON_DAYS + 1)).toBe(true);
    expect(await feedStatus(tenant, acc)).toMatchObject({ lastStatus: "ok", eventCount: 2_001 });
  });

  it("answers 422 feed_too_large to a feed past the caps, by sync and by upload, and keeps the last good blocks", async () => {
    const { tenant, acc, feed } = await unitWithFeed("/l/amplified.ics", allDayFeed([{ start: futureDate("02-01"), end: futureDate("02-03") }]));
    expect((await call("POST", `/v1/ical-feeds/${feed.id}/sync`, { token: tenant.token })).status).toBe(200);
    const nights = () => blockedNights(tenant, acc, futureDate("01-31"), futureDate("02-04"));
    expect(await nights()).toBe(2);

    ota.serve("/l/amplified.ics", dailySeriesFeed());
    const synced = await call("POST", `/v1/ical-feeds/${feed.id}/sync`, { token: tenant.token });
    expect(synced.status).toBe(422);
    expect(synced.headers.get("content-type")).toContain("application/problem+json");
    expect(synced.json.code).toBe("feed_too_large");

    const uploaded = await call("POST", `/v1/ical-feeds/${feed.id}/import`, { token: tenant.token, rawBody: dailySeriesFeed(), headers: { "content-type": "text/calendar" } });
    expect(uploaded.status).toBe(422);
    expect(uploaded.json.code).toBe("feed_too_large");

    expect(await nights()).toBe(2);
    expect(await feedStatus(tenant, acc)).toMatchObject({ lastStatus: "error", consecutiveFailures: 2, lastError: expect.stringContaining("more than") });
  });
});
