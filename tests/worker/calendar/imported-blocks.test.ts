import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createAccommodation } from "../support/accommodations";
import { futureDate, hold } from "../support/reservations";
import { createTenant } from "../support/tenant";

const stub = (accommodationId: string) => env.CALENDAR.get(env.CALENDAR.idFromName(accommodationId));

describe("replaceImportedBlocks", () => {
  it("replaces one feed's nights atomically, keeps other feeds, and reports conflicts while the guest keeps the nights", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const calendar = stub(acc);
    const owner = { tenantId: tenant.tenantId, accommodationId: acc };
    const held = await hold(tenant, acc, futureDate("01-12"), futureDate("01-14"));

    const first = await calendar.replaceImportedBlocks({ ...owner, feedId: "feed_airbnb", ranges: [{ start: futureDate("01-10"), end: futureDate("01-15") }] });
    // The channel's nights are layered under the guest's stay: all five are the feed's, and 12 and 13 show as the guest's.
    expect(first.blockedNights).toBe(5);
    expect(first.conflicts.map((c) => c.night)).toEqual([futureDate("01-12"), futureDate("01-13")]);
    expect(first.conflicts[0]?.stayId).toBe(held.json.id);

    await calendar.replaceImportedBlocks({ ...owner, feedId: "feed_booking", ranges: [{ start: futureDate("02-01"), end: futureDate("02-03") }] });
    const second = await calendar.replaceImportedBlocks({ ...owner, feedId: "feed_airbnb", ranges: [{ start: futureDate("01-20"), end: futureDate("01-21") }] });
    expect(second.conflicts).toEqual([]);

    const snapshot = await calendar.snapshot({ from: futureDate("01-10"), to: futureDate("02-04") });
    const blocked = snapshot.days.filter((d) => d.status === "blocked").map((d) => d.date);
    expect(blocked).toEqual([futureDate("01-20"), futureDate("02-01"), futureDate("02-02")]);

    // An empty list clears that feed only.
    await calendar.replaceImportedBlocks({ ...owner, feedId: "feed_airbnb", ranges: [] });
    const after = await calendar.snapshot({ from: futureDate("01-10"), to: futureDate("02-04") });
    expect(after.days.filter((d) => d.status === "blocked").map((d) => d.date)).toEqual([futureDate("02-01"), futureDate("02-02")]);
    expect(after.version).toBeGreaterThan(snapshot.version);
  });

  it("leaves the calendar version alone when a feed brings the same nights again, and reports only Posada guests as conflicts", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const calendar = stub(acc);
    const owner = { tenantId: tenant.tenantId, accommodationId: acc };
    const ranges = [{ start: futureDate("03-01"), end: futureDate("03-04") }];
    await calendar.replaceImportedBlocks({ ...owner, feedId: "feed_a", ranges });
    const version = await calendar.calendarVersion();
    const again = await calendar.replaceImportedBlocks({ ...owner, feedId: "feed_a", ranges });
    expect(again.blockedNights).toBe(3);
    expect(await calendar.calendarVersion()).toBe(version);

    // Another channel echoing the same nights is no double booking: they stay blocked, no conflict.
    const echo = await calendar.replaceImportedBlocks({ ...owner, feedId: "feed_b", ranges: [{ start: futureDate("03-02"), end: futureDate("03-06") }] });
    expect(echo.conflicts).toEqual([]);
    expect(echo.blockedNights).toBe(4);

    // Extending a block rewrites only that run, and the version moves.
    const longer = await calendar.replaceImportedBlocks({ ...owner, feedId: "feed_a", ranges: [{ start: futureDate("03-01"), end: futureDate("03-05") }] });
    expect(longer.blockedNights).toBe(4);
    expect(await calendar.calendarVersion()).toBeGreaterThan(version);
  });
});
