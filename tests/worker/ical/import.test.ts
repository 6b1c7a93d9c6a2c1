import { createScheduledController, env } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import worker from "../../../workers/index";
import booking from "../../fixtures/ical/booking-com-crlf.ics?raw";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { eventually } from "../support/calendar";
import { allDayFeed, FakeOta } from "../support/fake-ota";
import { futureDate, hold } from "../support/reservations";
import { createTenant, type TestTenant } from "../support/tenant";

let ota: FakeOta;
beforeEach(() => {
  ota = new FakeOta().install();
});
afterEach(() => ota.uninstall());

async function unitWithFeed(path: string, body: string, source = "airbnb") {
  const tenant = await createTenant();
  const acc = await createAccommodation(tenant, { minStay: 1 });
  const url = ota.serve(path, body);
  const created = await call("POST", `/v1/accommodations/${acc}/ical-feeds`, { token: tenant.token, body: { url, source, name: "Airbnb Coihue" } });
  expect(created.status).toBe(201);
  return { tenant, acc, feed: created.json };
}

const blockedNights = async (tenant: TestTenant, acc: string, from: string, to: string) =>
  (await call("GET", `/v1/accommodations/${acc}/calendar?from=${from}&to=${to}`, { token: tenant.token })).json.days.filter((d: { status: string }) => d.status === "blocked").map((d: { date: string }) => d.date);

const feedStatus = async (tenant: TestTenant, acc: string) => (await call("GET", `/v1/accommodations/${acc}/ical-feeds`, { token: tenant.token })).json.data[0];

describe("iCal import", () => {
  it("syncs a feed, then asks again with If-None-Match and keeps the blocks on 304", async () => {
    const { tenant, acc, feed } = await unitWithFeed("/a/1.ics", allDayFeed([{ start: futureDate("04-10"), end: futureDate("04-13") }, { start: futureDate("04-13"), end: futureDate("04-15") }]));
    const synced = await call("POST", `/v1/ical-feeds/${feed.id}/sync`, { token: tenant.token });
    expect(synced.status).toBe(200);
    expect(synced.json).toMatchObject({ status: "ok", blocks: [{ start: futureDate("04-10"), end: futureDate("04-15") }], blockedNights: 5, conflicts: [], eventCount: 2 });
    expect(await blockedNights(tenant, acc, futureDate("04-09"), futureDate("04-16"))).toEqual(["04-10", "04-11", "04-12", "04-13", "04-14"].map((d) => futureDate(d)));

    const again = await call("POST", `/v1/ical-feeds/${feed.id}/sync`, { token: tenant.token });
    expect(again.json.status).toBe("not_modified");
    expect(ota.requests.at(-1)!.ifNoneMatch).toBe('"v1"');
    expect(await blockedNights(tenant, acc, futureDate("04-09"), futureDate("04-16"))).toHaveLength(5);
    expect(await feedStatus(tenant, acc)).toMatchObject({ lastStatus: "not_modified", lastError: null, eventCount: 2, consecutiveFailures: 0, lastSyncAt: expect.any(String) });
  });

  it("keeps the last good blocks when the feed errors, is not iCalendar, or comes back empty; alerts after three misses", async () => {
    const { tenant, acc, feed } = await unitWithFeed("/a/2.ics", allDayFeed([{ start: futureDate("05-01"), end: futureDate("05-04") }]));
    await call("POST", `/v1/ical-feeds/${feed.id}/sync`, { token: tenant.token });
    const nights = () => blockedNights(tenant, acc, futureDate("04-30"), futureDate("05-05"));
    expect(await nights()).toHaveLength(3);

    ota.fail("/a/2.ics", { status: 500, body: "oops" });
    const failed = await call("POST", `/v1/ical-feeds/${feed.id}/sync`, { token: tenant.token });
    expect(failed.status).toBe(502);
    expect(failed.json.code).toBe("feed_fetch_failed");
    expect(await nights()).toHaveLength(3);

    ota.fail("/a/2.ics", { status: 200, body: "<html>Please log in</html>", headers: { "content-type": "text/html" } });
    const html = await call("POST", `/v1/ical-feeds/${feed.id}/sync`, { token: tenant.token });
    expect(html.status).toBe(422);
    expect(html.json.code).toBe("not_icalendar");
    expect((await call("GET", "/v1/alerts", { token: tenant.token })).json.data).toEqual([]);

    ota.serve("/a/2.ics", allDayFeed([]));
    const empty = await call("POST", `/v1/ical-feeds/${feed.id}/sync`, { token: tenant.token });
    expect(empty.status).toBe(422);
    expect(empty.json.code).toBe("empty_feed");
    expect(await nights()).toHaveLength(3);

    expect(await feedStatus(tenant, acc)).toMatchObject({ lastStatus: "error", consecutiveFailures: 3, lastError: expect.stringContaining("empty") });
    const alerts = (await call("GET", "/v1/alerts", { token: tenant.token })).json.data;
    expect(alerts).toEqual([expect.objectContaining({ kind: "ical_feed_failing", subjectId: feed.id })]);

    // Recovery: a good answer replaces the blocks and clears the streak.
    ota.serve("/a/2.ics", allDayFeed([{ start: futureDate("05-02"), end: futureDate("05-03") }]));
    expect((await call("POST", `/v1/ical-feeds/${feed.id}/sync`, { token: tenant.token })).json.status).toBe("ok");
    expect(await nights()).toEqual([futureDate("05-02")]);
    expect((await feedStatus(tenant, acc)).consecutiveFailures).toBe(0);
  });

  it("reports a night a Posada guest holds as a conflict, alerts staff, and never takes the guest's nights", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const guest = await hold(tenant, acc, futureDate("06-10"), futureDate("06-12"));
    const url = ota.serve("/c/1.ics", allDayFeed([{ start: futureDate("06-09"), end: futureDate("06-13") }]));
    const feed = (await call("POST", `/v1/accommodations/${acc}/ical-feeds`, { token: tenant.token, body: { url, source: "booking" } })).json;
    const synced = await call("POST", `/v1/ical-feeds/${feed.id}/sync`, { token: tenant.token });
    expect(synced.json.conflicts).toEqual([
      { night: futureDate("06-10"), reservationId: guest.json.id },
      { night: futureDate("06-11"), reservationId: guest.json.id },
    ]);
    // All four nights are the channel's, layered under the guest's two, so they stay blocked when the stay ends.
    expect(synced.json.blockedNights).toBe(4);
    expect((await call("GET", `/v1/reservations/${guest.json.id}`, { token: tenant.token })).json.status).toBe("held");
    const alerts = (await call("GET", "/v1/alerts", { token: tenant.token })).json.data;
    expect(alerts).toEqual([expect.objectContaining({ kind: "ical_conflict", subjectId: guest.json.id })]);
    expect((await feedStatus(tenant, acc)).lastStatus).toBe("conflicts");
  });

  it("imports an uploaded .ics file (Booking.com's real export) and rejects junk uploads", async () => {
    const { tenant, acc, feed } = await unitWithFeed("/u/1.ics", allDayFeed([]), "booking");
    const imported = await call("POST", `/v1/ical-feeds/${feed.id}/import`, { token: tenant.token, rawBody: booking, headers: { "content-type": "text/calendar" } });
    expect(imported.status).toBe(200);
    expect(imported.json.blocks).toContainEqual({ start: "2027-07-31", end: "2027-08-07" });
    expect(await blockedNights(tenant, acc, "2027-07-30", "2027-08-08")).toHaveLength(7);
    const junk = await call("POST", `/v1/ical-feeds/${feed.id}/import`, { token: tenant.token, rawBody: "hello", headers: { "content-type": "text/calendar" } });
    expect(junk.status).toBe(422);
    expect(junk.headers.get("content-type")).toContain("application/problem+json");
  });

  it("refuses feed URLs that point inside a network, or are not https, and refuses redirects there", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    for (const url of ["https://169.254.169.254/latest/meta-data", "https://10.0.0.1/cal.ics", "https://[::1]/cal.ics", "ftp://example.com/cal.ics", "https://localhost/cal.ics"]) {
      const refused = await call("POST", `/v1/accommodations/${acc}/ical-feeds`, { token: tenant.token, body: { url, source: "other" } });
      expect(refused.status, url).toBe(422);
      expect(refused.json.code).toBe("url_not_allowed");
    }
    expect((await call("GET", `/v1/accommodations/${acc}/ical-feeds`, { token: tenant.token })).json.data).toEqual([]);

    const url = ota.serve("/r/1.ics", allDayFeed([]));
    const feed = (await call("POST", `/v1/accommodations/${acc}/ical-feeds`, { token: tenant.token, body: { url, source: "other" } })).json;
    ota.fail("/r/1.ics", { status: 302, headers: { location: "https://169.254.169.254/latest/meta-data" } });
    const redirected = await call("POST", `/v1/ical-feeds/${feed.id}/sync`, { token: tenant.token });
    expect(redirected.status).toBe(502);
    expect(redirected.json.detail).toContain("private_address");
    expect(ota.requests.filter((r) => r.path.includes("meta-data"))).toEqual([]);
  });

  it("runs from the cron through the queue: the good feed syncs, the failing one records its error", async () => {
    const good = await unitWithFeed("/q/good.ics", allDayFeed([{ start: futureDate("07-01"), end: futureDate("07-03") }]));
    const bad = await unitWithFeed("/q/bad.ics", allDayFeed([]));
    ota.fail("/q/bad.ics", { status: 503 });
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "*/15 * * * *" }), env);
    await eventually(async () => expect((await feedStatus(good.tenant, good.acc)).lastStatus).toBe("ok"));
    await eventually(async () => expect((await feedStatus(bad.tenant, bad.acc)).lastStatus).toBe("error"));
    expect((await feedStatus(bad.tenant, bad.acc)).lastError).toContain("503");
    expect(await blockedNights(good.tenant, good.acc, futureDate("07-01"), futureDate("07-04"))).toHaveLength(2);

    const health = await (await call("GET", "/healthz")).json;
    expect(health.checks.ical).toMatchObject({ oldestSyncAgeSeconds: expect.any(Number) });
  });

  it("disconnecting a feed frees the nights it blocked", async () => {
    const { tenant, acc, feed } = await unitWithFeed("/d/1.ics", allDayFeed([{ start: futureDate("08-01"), end: futureDate("08-03") }]));
    await call("POST", `/v1/ical-feeds/${feed.id}/sync`, { token: tenant.token });
    expect(await blockedNights(tenant, acc, futureDate("08-01"), futureDate("08-03"))).toHaveLength(2);
    expect((await call("DELETE", `/v1/ical-feeds/${feed.id}`, { token: tenant.token })).status).toBe(204);
    expect(await blockedNights(tenant, acc, futureDate("08-01"), futureDate("08-03"))).toEqual([]);
    expect((await call("POST", `/v1/ical-feeds/${feed.id}/sync`, { token: tenant.token })).status).toBe(404);
  });
});
