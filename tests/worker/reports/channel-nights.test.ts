import { describe, expect, it } from "vitest";
import { createAccommodation } from "../support/accommodations";
import { calendarStub, settleReadModel } from "../support/calendar";
import { futureDate, hold } from "../support/reservations";
import { createTenant } from "../support/tenant";
import { kpis } from "./season";

describe("nights other channels block", () => {
  it("count once however many feeds block them, not under a Posada stay, and stay available", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    expect((await hold(tenant, acc, futureDate("03-12"), futureDate("03-14"))).status).toBe(201);
    const owner = { tenantId: tenant.tenantId, accommodationId: acc };
    await calendarStub(acc).replaceImportedBlocks({ ...owner, feedId: "feed_airbnb", ranges: [{ start: futureDate("03-10"), end: futureDate("03-15") }] });
    await calendarStub(acc).replaceImportedBlocks({ ...owner, feedId: "feed_booking", ranges: [{ start: futureDate("03-14"), end: futureDate("03-16") }] });
    await settleReadModel(acc);

    const { json } = await kpis(tenant.token, { from: futureDate("03-01"), to: futureDate("03-31") });
    // 10, 11, 14 and 15: the 12th and 13th are the held guest's.
    expect(json).toMatchObject({ channelNights: 4, blockedNights: 0, availableNights: 31, soldNights: 0 });

    await calendarStub(acc).replaceImportedBlocks({ ...owner, feedId: "feed_booking", ranges: [] });
    await settleReadModel(acc);
    expect((await kpis(tenant.token, { from: futureDate("03-01"), to: futureDate("03-31") })).json.channelNights).toBe(3);
  });
});
