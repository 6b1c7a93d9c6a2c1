import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { readModelStatements, type StayMirror } from "../../../durable-objects/calendar/read-model-sync";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { calendarStub, settleReadModel } from "../support/calendar";
import { futureDate, hold } from "../support/reservations";
import { createTenant, type TestTenant } from "../support/tenant";

const patch = (tenant: TestTenant, id: string, body: unknown) => call("PATCH", `/v1/reservations/${id}`, { token: tenant.token, body });

async function nightsInReadModel(accommodationId: string) {
  await settleReadModel(accommodationId);
  const { results } = await env.DB.prepare("SELECT night, stay_id FROM calendar_nights WHERE accommodation_id = ? ORDER BY night").bind(accommodationId).all<{ night: string; stay_id: string }>();
  return results;
}

async function setUp() {
  const tenant = await createTenant();
  // A flat price, so totals are easy to read: 100.000,00 a night, any night.
  const acc = await createAccommodation(tenant, { minStay: 1, pricing: {}, basePrice: { amount: 10_000_000, currency: "ARS" } });
  return { tenant, acc };
}

describe("PATCH /v1/reservations/:id", () => {
  it("moves a stay to new dates in one step: the new nights are its own, the old ones free, the price recomputed", async () => {
    const { tenant, acc } = await setUp();
    const created = (await hold(tenant, acc, futureDate("03-10"), futureDate("03-12"))).json;
    expect(created.total.amount).toBe(20_000_000);

    const moved = await patch(tenant, created.id, { checkIn: futureDate("03-20"), checkOut: futureDate("03-23") });
    expect(moved.status).toBe(200);
    expect(moved.json).toMatchObject({ id: created.id, code: created.code, status: "held", checkIn: futureDate("03-20"), checkOut: futureDate("03-23"), nights: 3 });
    expect(moved.json.total).toEqual({ amount: 30_000_000, currency: "ARS" });
    expect(moved.json.deposit).toEqual({ amount: 9_000_000, currency: "ARS" });
    expect(moved.json.expiresAt).toBe(created.expiresAt);

    expect((await nightsInReadModel(acc)).map((n) => n.night)).toEqual([futureDate("03-20"), futureDate("03-21"), futureDate("03-22")]);
    // The old nights are free again and the new ones are taken.
    expect((await hold(tenant, acc, futureDate("03-10"), futureDate("03-12"))).status).toBe(201);
    expect((await hold(tenant, acc, futureDate("03-22"), futureDate("03-24"))).json.code).toBe("dates_unavailable");
    const listed = (await call("GET", `/v1/reservations?accommodationId=${acc}`, { token: tenant.token })).json.data.find((r: { id: string }) => r.id === created.id);
    expect(listed).toMatchObject({ checkIn: futureDate("03-20"), checkOut: futureDate("03-23"), total: { amount: 30_000_000 } });
  });

  it("answers 409 dates_unavailable when a new night is taken, and changes nothing", async () => {
    const { tenant, acc } = await setUp();
    const mine = (await hold(tenant, acc, futureDate("04-01"), futureDate("04-03"))).json;
    const other = (await hold(tenant, acc, futureDate("04-05"), futureDate("04-08"))).json;

    const refused = await patch(tenant, mine.id, { checkOut: futureDate("04-06"), notes: "would like two more nights" });
    expect(refused.status).toBe(409);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    expect(refused.json.code).toBe("dates_unavailable");
    expect(refused.json.conflicts).toEqual(expect.arrayContaining([expect.objectContaining({ night: futureDate("04-05"), stayId: other.id })]));

    const after = (await call("GET", `/v1/reservations/${mine.id}`, { token: tenant.token })).json;
    expect(after).toMatchObject({ checkIn: futureDate("04-01"), checkOut: futureDate("04-03"), notes: null, total: mine.total });
    expect((await nightsInReadModel(acc)).filter((n) => n.stay_id === mine.id).map((n) => n.night)).toEqual([futureDate("04-01"), futureDate("04-02")]);
    // Up to the other stay's check-in is fine.
    expect((await patch(tenant, mine.id, { checkOut: futureDate("04-05") })).status).toBe(200);
  });

  it("lets exactly one of two stays racing for the same free nights have them", async () => {
    const { tenant, acc } = await setUp();
    const a = (await hold(tenant, acc, futureDate("05-01"), futureDate("05-03"))).json;
    const b = (await hold(tenant, acc, futureDate("05-10"), futureDate("05-12"))).json;
    const answers = await Promise.all([a, b].map((r) => patch(tenant, r.id, { checkIn: futureDate("05-20"), checkOut: futureDate("05-22") })));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    const nights = await nightsInReadModel(acc);
    expect(nights.filter((n) => n.night === futureDate("05-20"))).toHaveLength(1);
  });

  it("changes guests, guest details, notes and source, and sets a price by hand with its reason", async () => {
    const { tenant, acc } = await setUp();
    const created = (await hold(tenant, acc, futureDate("06-01"), futureDate("06-03"))).json;
    const edited = await patch(tenant, created.id, {
      guests: 3,
      guest: { name: "Ana María Pérez", phone: null, email: "ana@example.com" },
      notes: "Llega tarde, deja las llaves en la caja",
      source: "instagram",
    });
    expect(edited.status).toBe(200);
    expect(edited.json).toMatchObject({ guests: 3, guest: { name: "Ana María Pérez", phone: null, email: "ana@example.com" }, notes: "Llega tarde, deja las llaves en la caja", source: "instagram", priceOverrideReason: null });

    const priced = await patch(tenant, created.id, { price: { amount: { amount: 15_000_000, currency: "ARS" }, reason: "Descuento por estadía repetida" } });
    expect(priced.json).toMatchObject({ total: { amount: 15_000_000, currency: "ARS" }, deposit: { amount: 4_500_000 }, priceOverrideReason: "Descuento por estadía repetida" });
    // Notes alone keep the price set by hand; new dates price the stay again.
    expect((await patch(tenant, created.id, { notes: null })).json).toMatchObject({ total: { amount: 15_000_000 }, notes: null });
    const repriced = await patch(tenant, created.id, { checkOut: futureDate("06-04") });
    expect(repriced.json).toMatchObject({ total: { amount: 30_000_000 }, priceOverrideReason: null });

    await settleReadModel(acc);
    const row = await env.DB.prepare("SELECT guests, guest_name, guest_phone, source, notes, total_amount FROM reservations WHERE id = ?").bind(created.id).first();
    expect(row).toEqual({ guests: 3, guest_name: "Ana María Pérez", guest_phone: null, source: "instagram", notes: null, total_amount: 30_000_000 });
  });

  it("refuses what the unit does not allow with the quote's reasons, and bad input with 400", async () => {
    const { tenant, acc } = await setUp();
    const created = (await hold(tenant, acc, futureDate("07-01"), futureDate("07-03"))).json;
    expect((await patch(tenant, created.id, { guests: 9 })).json.code).toBe("over_capacity");
    expect((await patch(tenant, created.id, { checkOut: futureDate("07-01") })).json.code).toBe("invalid_range");
    expect((await patch(tenant, created.id, { checkIn: "2001-01-01" })).json.code).toBe("in_the_past");
    expect((await patch(tenant, created.id, { price: { amount: { amount: 100, currency: "USD" }, reason: "x" } })).json.code).toBe("currency_mismatch");
    for (const body of [{ checkIn: "2026-02-30" }, { source: "carrier_pigeon" }, { price: { amount: { amount: 100, currency: "ARS" } } }, { status: "confirmed" }, { guests: 0 }]) {
      const response = await patch(tenant, created.id, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
    expect((await call("GET", `/v1/reservations/${created.id}`, { token: tenant.token })).json).toMatchObject({ guests: 2, checkIn: futureDate("07-01"), source: "direct" });
  });

  it("keeps a guest in the house on their check-in when their stay is extended", async () => {
    const { tenant, acc } = await setUp();
    const created = (await hold(tenant, acc, futureDate("08-01"), futureDate("08-03"))).json;
    // The guest arrived three days ago: move the stay back inside the object, as time would.
    const today = new Date().toISOString().slice(0, 10);
    const shift = (days: number) => new Date(Date.parse(today) + days * 86_400_000).toISOString().slice(0, 10);
    await calendarStub(acc).amend({ tenantId: tenant.tenantId, reservationId: created.id, checkIn: shift(-3), checkOut: shift(1), now: Date.parse(shift(-4)) });
    const extended = await patch(tenant, created.id, { checkOut: shift(3) });
    expect(extended.status).toBe(200);
    expect(extended.json).toMatchObject({ checkIn: shift(-3), checkOut: shift(3), nights: 6 });
    expect((await patch(tenant, created.id, { checkIn: shift(-2) })).json.code).toBe("in_the_past");
  });

  it("changes nothing on a cancelled or expired reservation", async () => {
    const { tenant, acc } = await setUp();
    const created = (await hold(tenant, acc, futureDate("09-01"), futureDate("09-03"))).json;
    await call("POST", `/v1/reservations/${created.id}/cancel`, { token: tenant.token, body: {} });
    const refused = await patch(tenant, created.id, { checkIn: futureDate("09-05"), checkOut: futureDate("09-07") });
    expect(refused.status).toBe(409);
    expect(refused.json.code).toBe("not_amendable");
  });
});

describe("the read model under date changes", () => {
  it("takes stays that traded nights in one batch, whatever their order", async () => {
    const { tenant, acc } = await setUp();
    const a = (await hold(tenant, acc, futureDate("10-01"), futureDate("10-03"))).json;
    const c = (await hold(tenant, acc, futureDate("10-05"), futureDate("10-07"))).json;
    await settleReadModel(acc);
    const stay = (id: string, checkIn: string, checkOut: string, version: number): StayMirror => ({
      state: { id, kind: "reservation", status: "held", tenant_id: tenant.tenantId, accommodation_id: acc, check_in: checkIn, check_out: checkOut, expires_at: null, feed_id: null, note: null, version },
      reservation: null,
    });
    // a moved onto c's nights and c onto a's: no order of plain upserts satisfies the overlap trigger.
    await env.DB.batch(readModelStatements(env.DB, tenant.tenantId, [stay(a.id, futureDate("10-05"), futureDate("10-07"), 5), stay(c.id, futureDate("10-01"), futureDate("10-03"), 5)], [], Date.now()));
    const { results } = await env.DB.prepare("SELECT id, status, check_in FROM calendar_stays WHERE accommodation_id = ? ORDER BY check_in").bind(acc).all();
    expect(results).toEqual([
      { id: c.id, status: "held", check_in: futureDate("10-01") },
      { id: a.id, status: "held", check_in: futureDate("10-05") },
    ]);
  });
});

describe("GET /v1/reservations?q=", () => {
  it("finds guests by part of their name, email, phone (however it is written) or code", async () => {
    const { tenant, acc } = await setUp();
    const ana = (await hold(tenant, acc, futureDate("11-01"), futureDate("11-03"), { guest: { name: "Ana García", phone: "+54 9 294 555-0101", email: "ana@lagos.com.ar" } })).json;
    const bruno = (await hold(tenant, acc, futureDate("11-05"), futureDate("11-07"), { guest: { name: "Bruno Díaz", phone: "+55 11 98888-7777" } })).json;
    await settleReadModel(acc);
    const search = async (q: string) => ((await call("GET", `/v1/reservations?q=${encodeURIComponent(q)}`, { token: tenant.token })).json.data as Array<{ id: string }>).map((r) => r.id);
    expect(await search("garc")).toEqual([ana.id]);
    expect(await search("ANA")).toEqual([ana.id]);
    expect(await search("lagos.com")).toEqual([ana.id]);
    expect(await search("2945550101")).toEqual([ana.id]);
    expect(await search("98888 7777")).toEqual([bruno.id]);
    expect(await search(bruno.code.toLowerCase())).toEqual([bruno.id]);
    expect(await search("%")).toEqual([]);
    // With or without accents, in any case, whichever way either was written.
    expect(await search("garcia")).toEqual([ana.id]);
    expect(await search("DÍAZ")).toEqual([bruno.id]);
    expect(await search("díaz")).toEqual([bruno.id]);
    const nunez = (await hold(tenant, acc, futureDate("11-09"), futureDate("11-11"), { guest: { name: "JOSÉ NÚÑEZ" } })).json;
    await settleReadModel(acc);
    expect(await search("jose nunez")).toEqual([nunez.id]);
    expect(await search("Núñez")).toEqual([nunez.id]);
    expect((await search("")).sort()).toEqual([ana.id, bruno.id, nunez.id].sort());
    // Another tenant's guests never show.
    const other = await createTenant();
    expect(((await call("GET", "/v1/reservations?q=ana", { token: other.token })).json.data as unknown[]).length).toBe(0);
  });
});
