import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { DEV_OPS_TOKEN } from "../../../workers/platform/env";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { eventually, quietTenant, settleReadModel } from "../support/calendar";
import { futureDate, hold } from "../support/reservations";
import { addMember, createTenant, type TestTenant } from "../support/tenant";
import { confirmedStay } from "../guest-portal/helpers";

const PLATA = { name: "Plata", minStays: 2, discountPercent: 10, benefits: ["Late check-out sin cargo"] };

async function guestOf(tenant: TestTenant, reservationId: string): Promise<string> {
  return eventually(async () => {
    const read = await call("GET", `/v1/reservations/${reservationId}`, { token: tenant.token });
    expect(read.json.guestId).toMatch(/^gst_/);
    return read.json.guestId as string;
  });
}

const profile = async (tenant: TestTenant, guestId: string) => (await call("GET", `/v1/guests/${guestId}`, { token: tenant.token })).json;
const guest = { guest: { name: "Elena Paz", phone: "+54 9 294 400-7000" } };

describe("loyalty tiers", () => {
  it("are set by owners whole, lowest first, refusing a tier with no threshold or a repeated name", async () => {
    const tenant = await createTenant();
    expect((await call("GET", "/v1/loyalty/tiers", { token: tenant.token })).json).toEqual({ tiers: [] });
    for (const tiers of [[{ name: "Plata", discountPercent: 10 }], [PLATA, { ...PLATA, name: "plata" }], [{ ...PLATA, discountPercent: 120 }]]) {
      const refused = await call("PUT", "/v1/loyalty/tiers", { token: tenant.token, body: { tiers } });
      expect(refused.status, JSON.stringify(tiers)).toBe(400);
      expect(refused.headers.get("content-type")).toContain("application/problem+json");
    }
    expect((await call("GET", "/v1/loyalty/tiers", { token: tenant.token })).json).toEqual({ tiers: [] });
    const saved = await call("PUT", "/v1/loyalty/tiers", { token: tenant.token, body: { tiers: [{ name: "Bronce", minNights: 3 }, PLATA] } });
    expect(saved.status, saved.text).toBe(200);
    expect((await call("GET", "/v1/loyalty/tiers", { token: tenant.token })).json.tiers).toEqual([
      { name: "Bronce", minStays: null, minNights: 3, discountPercent: null, benefits: [], welcomeText: null, freeExtras: [] },
      { name: "Plata", minStays: 2, minNights: null, discountPercent: 10, benefits: ["Late check-out sin cargo"], welcomeText: null, freeExtras: [] },
    ]);
    // Staff read the tiers but do not set them.
    const staff = await addMember(tenant, "staff");
    expect((await call("GET", "/v1/loyalty/tiers", { token: staff.token })).status).toBe(200);
    expect((await call("PUT", "/v1/loyalty/tiers", { token: staff.token, body: { tiers: [] } })).status).toBe(403);
  });

  it("is crossed by a confirmed stay, not by a hold nor a cancelled stay, and each change is recorded with its reason", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    expect((await call("PUT", "/v1/loyalty/tiers", { token: tenant.token, body: { tiers: [PLATA] } })).status).toBe(200);
    const first = await confirmedStay(tenant, acc, futureDate("02-01"), futureDate("02-03"), guest);
    const guestId = await guestOf(tenant, first.id);
    // A hold and a cancelled stay are not stays: still one.
    const held = await hold(tenant, acc, futureDate("03-01"), futureDate("03-03"), guest);
    const cancelled = await hold(tenant, acc, futureDate("04-01"), futureDate("04-03"), guest);
    expect((await call("POST", `/v1/reservations/${cancelled.json.id}/cancel`, { token: tenant.token, body: {} })).status).toBe(200);
    await settleReadModel(acc);
    await guestOf(tenant, held.json.id);
    await guestOf(tenant, cancelled.json.id);
    expect(await profile(tenant, guestId)).toMatchObject({ tier: null, tierHistory: [] });

    // Confirming the hold makes two stays: Plata, recorded once with the stay that did it.
    expect((await call("POST", `/v1/reservations/${held.json.id}/confirm`, { token: tenant.token, body: { payment: { amount: held.json.deposit, method: "cash" } } })).status).toBe(200);
    await eventually(async () => expect((await profile(tenant, guestId)).tierHistory).toHaveLength(1));
    const upgraded = await profile(tenant, guestId);
    expect(upgraded.tier).toEqual({ name: "Plata", discountPercent: 10, benefits: ["Late check-out sin cargo"], stays: 2, nights: 4 });
    expect(upgraded.tierHistory[0]).toMatchObject({ from: null, to: "Plata", reason: { cause: "stay_confirmed", stays: 2, nights: 4, reservationId: held.json.id } });

    // Cancelling one of the two takes the tier away, with that reason.
    expect((await call("POST", `/v1/reservations/${first.id}/cancel`, { token: tenant.token, body: {} })).status).toBe(200);
    await eventually(async () => expect((await profile(tenant, guestId)).tierHistory).toHaveLength(2));
    const downgraded = await profile(tenant, guestId);
    expect(downgraded.tier).toBeNull();
    expect(downgraded.tierHistory[0]).toMatchObject({ from: "Plata", to: null, reason: { cause: "stay_cancelled", stays: 1, reservationId: first.id } });
  });

  it("takes the tier's discount off a quote once, on its own line, for that guest only", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1, basePrice: { amount: 4_500_000, currency: "ARS" }, pricing: { weekendMultiplier: 1, holidayMultiplier: 1, holidays: "AR" }, depositPercent: 30 });
    expect((await call("PUT", "/v1/loyalty/tiers", { token: tenant.token, body: { tiers: [PLATA] } })).status).toBe(200);
    const first = await confirmedStay(tenant, acc, futureDate("02-01"), futureDate("02-03"), guest);
    await confirmedStay(tenant, acc, futureDate("03-01"), futureDate("03-03"), guest);
    const guestId = await guestOf(tenant, first.id);
    const stay = `checkIn=${futureDate("05-05")}&checkOut=${futureDate("05-08")}&guests=2`;

    const plain = (await call("GET", `/v1/accommodations/${acc}/quote?${stay}`, { token: tenant.token })).json;
    expect(plain).toMatchObject({ total: { amount: 13_500_000 }, deposit: { amount: 4_050_000 }, adjustments: [] });
    // The tier recorded for her (after the second stay's confirmation) is the one applied.
    const forHer = await eventually(async () => {
      const quoted = await call("GET", `/v1/accommodations/${acc}/quote?${stay}&guestId=${guestId}`, { token: tenant.token });
      expect(quoted.json.adjustments).toHaveLength(1);
      return quoted;
    });
    expect(forHer.status, forHer.text).toBe(200);
    expect(forHer.json.adjustments).toEqual([{ kind: "loyalty", label: "Plata −10%", amount: { amount: -1_350_000, currency: "ARS" } }]);
    // Once: the nights keep their price, the total loses 10% and the deposit follows it.
    expect(forHer.json.breakdown).toEqual(plain.breakdown);
    expect(forHer.json.total).toEqual({ amount: 12_150_000, currency: "ARS" });
    expect(forHer.json.deposit).toEqual({ amount: 3_645_000, currency: "ARS" });

    const stranger = await hold(tenant, acc, futureDate("06-01"), futureDate("06-02"), { guest: { name: "Nadie", email: "nadie@example.test" } });
    const strangerId = await guestOf(tenant, stranger.json.id);
    expect((await call("GET", `/v1/accommodations/${acc}/quote?${stay}&guestId=${strangerId}`, { token: tenant.token })).json).toMatchObject({ total: plain.total, adjustments: [] });
    // Another tenant's guest is nobody here.
    const other = await createTenant();
    const otherAcc = await createAccommodation(other, { minStay: 1 });
    const elsewhere = await call("GET", `/v1/accommodations/${otherAcc}/quote?${stay}&guestId=${guestId}`, { token: other.token });
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.headers.get("content-type")).toContain("application/problem+json");
  });

  it("npm run loyalty:backfill builds profiles and tiers from existing stays, writes nothing on a dry run, and a second run changes nothing", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const a = await confirmedStay(tenant, acc, futureDate("02-01"), futureDate("02-03"), guest);
    const b = await confirmedStay(tenant, acc, futureDate("03-01"), futureDate("03-03"), { guest: { name: "Elena Paz", phone: "0294 15 400-7000" } });
    const c = await confirmedStay(tenant, acc, futureDate("04-01"), futureDate("04-03"), { guest: { name: "Otro", phone: "+54 9 11 4444-0000" } });
    await guestOf(tenant, c.id);
    await guestOf(tenant, a.id);
    await guestOf(tenant, b.id);
    // As before profiles existed: no guest, no link; and tiers set after the stays.
    await quietTenant(tenant.tenantId);
    await env.DB.batch([env.DB.prepare("DELETE FROM guest_subjects WHERE tenant_id = ?").bind(tenant.tenantId), env.DB.prepare("DELETE FROM guests WHERE tenant_id = ?").bind(tenant.tenantId)]);
    expect((await call("PUT", "/v1/loyalty/tiers", { token: tenant.token, body: { tiers: [PLATA] } })).status).toBe(200);
    const backfill = (dryRun: boolean) => call("POST", `/ops/loyalty-backfill?tenant=${tenant.tenantId}${dryRun ? "&dryRun=true" : ""}`, { token: DEV_OPS_TOKEN });

    const dry = await backfill(true);
    expect(dry.status, dry.text).toBe(200);
    expect(dry.json).toMatchObject({ dryRun: true, unlinkedReservations: 3, guests: 0, tierChanges: [] });
    expect((await env.DB.prepare("SELECT count(*) AS n FROM guests WHERE tenant_id = ?").bind(tenant.tenantId).first<{ n: number }>())!.n).toBe(0);

    const run = await backfill(false);
    expect(run.json).toMatchObject({ dryRun: false, unlinkedReservations: 3, guests: 2 });
    expect(run.json.tierChanges).toEqual([{ guestId: expect.stringMatching(/^gst_/), from: null, to: "Plata", figures: { stays: 2, nights: 4 } }]);
    const guestId = run.json.tierChanges[0].guestId as string;
    expect((await call("GET", `/v1/reservations/${b.id}`, { token: tenant.token })).json.guestId).toBe(guestId);

    const again = await backfill(false);
    expect(again.json).toEqual({ dryRun: false, unlinkedReservations: 0, guests: 2, tierChanges: [] });
    const after = await profile(tenant, guestId);
    expect(after.tierHistory).toHaveLength(1);
    expect(after.tierHistory[0]).toMatchObject({ to: "Plata", reason: { cause: "backfill" } });
    expect((await call("POST", `/ops/loyalty-backfill?tenant=${tenant.tenantId}`, { token: tenant.token })).status).toBe(401);
    expect((await call("POST", "/ops/loyalty-backfill?tenant=ten_nobody", { token: DEV_OPS_TOKEN })).status).toBe(404);
  });
});
