import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { HostLookupError } from "../../../shared/net/dns-over-https";
import { fetchFeed } from "../../../workers/ical/fetch-feed";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { allDayFeed, FakeOta, OTA_ADDRESS } from "../support/fake-ota";
import { futureDate } from "../support/reservations";
import { createTenant, type TestTenant } from "../support/tenant";

let ota: FakeOta;
beforeEach(() => {
  ota = new FakeOta().install();
});
afterEach(() => {
  ota.uninstall();
  vi.restoreAllMocks();
});

async function unitWithFeed(path: string) {
  const tenant = await createTenant();
  const acc = await createAccommodation(tenant, { minStay: 1 });
  const url = ota.serve(path, allDayFeed([{ start: futureDate("09-01"), end: futureDate("09-03") }]));
  const feed = (await call("POST", `/v1/accommodations/${acc}/ical-feeds`, { token: tenant.token, body: { url, source: "other" } })).json;
  return { tenant, acc, feed, url };
}

const feedStatus = async (tenant: TestTenant, acc: string) => (await call("GET", `/v1/accommodations/${acc}/ical-feeds`, { token: tenant.token })).json.data[0];
const noValidators = { etag: null, lastModified: null };

describe("feed fetches resolve host names before every request", () => {
  it("refuses a host name that resolves to loopback, before any request to it, and records the miss", async () => {
    const { tenant, acc, feed } = await unitWithFeed("/s/loopback.ics");
    ota.dns.set("calendar.ota.fake", ["127.0.0.1"]);
    const synced = await call("POST", `/v1/ical-feeds/${feed.id}/sync`, { token: tenant.token });
    expect(synced.status).toBe(502);
    expect(synced.headers.get("content-type")).toContain("application/problem+json");
    expect(synced.json.detail).toContain("private_address");
    expect(ota.requests).toEqual([]);
    expect(await feedStatus(tenant, acc)).toMatchObject({ lastStatus: "error", consecutiveFailures: 1 });
  });

  it("refuses when one address of several is special-purpose (an IPv4-mapped AAAA)", async () => {
    const { tenant, feed } = await unitWithFeed("/s/mixed.ics");
    ota.dns.set("calendar.ota.fake", [OTA_ADDRESS, "::ffff:7f00:1"]);
    const synced = await call("POST", `/v1/ical-feeds/${feed.id}/sync`, { token: tenant.token });
    expect(synced.status).toBe(502);
    expect(synced.json.detail).toContain("::ffff:7f00:1");
    expect(ota.requests).toEqual([]);
  });

  it("resolves each redirect hop again", async () => {
    const { tenant, feed } = await unitWithFeed("/s/redirect.ics");
    ota.dns.set("rebind.ota.fake", ["10.0.0.7"]);
    ota.fail("/s/redirect.ics", { status: 302, headers: { location: "https://rebind.ota.fake/cal.ics" } });
    const synced = await call("POST", `/v1/ical-feeds/${feed.id}/sync`, { token: tenant.token });
    expect(synced.status).toBe(502);
    expect(synced.json.detail).toContain("rebind.ota.fake resolves to 10.0.0.7");
    expect(ota.lookups).toContain("rebind.ota.fake");
  });

  it("counts a host name that does not resolve as a miss, not a crash", async () => {
    const { tenant, acc, feed } = await unitWithFeed("/s/nxdomain.ics");
    ota.dns.delete("calendar.ota.fake");
    const synced = await call("POST", `/v1/ical-feeds/${feed.id}/sync`, { token: tenant.token });
    expect(synced.status).toBe(502);
    expect(synced.json.code).toBe("feed_fetch_failed");
    expect((await feedStatus(tenant, acc)).lastError).toContain("resolve");
  });

  it("takes an injected resolver", async () => {
    const { url } = await unitWithFeed("/s/injected.ics");
    const resolver = vi.fn(async () => ["169.254.169.254"]);
    await expect(fetchFeed(url, noValidators, { allowInsecureLoopback: false, resolver })).rejects.toMatchObject({ reason: "url_not_allowed" });
    expect(resolver).toHaveBeenCalledWith("calendar.ota.fake", expect.anything());
    expect(ota.requests).toEqual([]);
  });

  it("in development, still fetches the local fake OTA over loopback http without a lookup", async () => {
    const local = "http://127.0.0.1:8790/feed.ics";
    const spy = vi.spyOn(globalThis, "fetch").mockImplementation(async (input) => (String(input) === local ? new Response(allDayFeed([])) : new Response("unexpected", { status: 599 })));
    const resolver = vi.fn(async (): Promise<string[]> => {
      throw new HostLookupError("no lookups for loopback");
    });
    expect(await fetchFeed(local, noValidators, { allowInsecureLoopback: true, resolver })).toMatchObject({ kind: "ok" });
    expect(resolver).not.toHaveBeenCalled();
    expect(spy).toHaveBeenCalledTimes(1);
    await expect(fetchFeed(local, noValidators, { allowInsecureLoopback: false, resolver })).rejects.toMatchObject({ reason: "url_not_allowed" });
  });
});
