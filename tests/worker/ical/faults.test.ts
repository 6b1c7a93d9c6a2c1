import { env } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { handleIcalSync } from "../../../workers/ical/due-feeds";
import { fetchFeed } from "../../../workers/ical/fetch-feed";
import { database } from "../../../workers/platform/db/client";
import { parseConfig } from "../../../workers/platform/env";
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

async function unitWithFeed(path: string) {
  const tenant = await createTenant();
  const acc = await createAccommodation(tenant, { minStay: 1 });
  const url = ota.serve(path, allDayFeed([{ start: futureDate("03-01"), end: futureDate("03-04") }]));
  const feed = (await call("POST", `/v1/accommodations/${acc}/ical-feeds`, { token: tenant.token, body: { url, source: "airbnb" } })).json;
  return { tenant, acc, feed, url };
}

const feedStatus = async (tenant: TestTenant, acc: string) => (await call("GET", `/v1/accommodations/${acc}/ical-feeds`, { token: tenant.token })).json.data[0];
const alerts = async (tenant: TestTenant) => (await call("GET", "/v1/alerts", { token: tenant.token })).json.data;

describe("iCal feeds that fail mid-body", () => {
  it("answers 502 problem+json and records the miss when the connection drops mid-body", async () => {
    const { tenant, acc, feed } = await unitWithFeed("/f/drop.ics");
    ota.fail("/f/drop.ics", { status: 200, body: allDayFeed([{ start: futureDate("03-01"), end: futureDate("03-04") }]), midBody: "drop" });
    const synced = await call("POST", `/v1/ical-feeds/${feed.id}/sync`, { token: tenant.token });
    expect(synced.status).toBe(502);
    expect(synced.headers.get("content-type")).toContain("application/problem+json");
    expect(synced.json.code).toBe("feed_fetch_failed");
    expect(await feedStatus(tenant, acc)).toMatchObject({ lastStatus: "error", consecutiveFailures: 1, lastError: expect.stringContaining("connection") });
  });

  it("records every miss of the cron's sync (the queue consumer's call) and alerts after three in a row", async () => {
    const { tenant, acc, feed } = await unitWithFeed("/f/cron-drop.ics");
    ota.fail("/f/cron-drop.ics", { status: 200, body: allDayFeed([{ start: futureDate("03-01"), end: futureDate("03-04") }]), midBody: "drop" });
    const db = database(env.DB);
    for (let run = 0; run < 3; run++) {
      expect(await handleIcalSync(db, env, parseConfig(env), { kind: "ical_sync", tenantId: tenant.tenantId, feedId: feed.id })).toBe("failed");
    }
    expect(await feedStatus(tenant, acc)).toMatchObject({ lastStatus: "error", consecutiveFailures: 3 });
    expect(await alerts(tenant)).toEqual([expect.objectContaining({ kind: "ical_feed_failing", subjectId: feed.id })]);
  });

  it("gives up on a feed that goes silent mid-body within the time budget", async () => {
    const { url } = await unitWithFeed("/f/stall.ics");
    ota.fail("/f/stall.ics", { status: 200, body: allDayFeed([]), midBody: "stall" });
    const started = Date.now();
    await expect(fetchFeed(url, { etag: null, lastModified: null }, { allowInsecureLoopback: false, timeoutMs: 200 })).rejects.toMatchObject({ name: "FeedFetchError", reason: "timeout" });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
