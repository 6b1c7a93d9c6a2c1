import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { discountTenants } from "../../../workers/bookings/discount-tenants";
import { buildApp } from "../../../workers/http/app";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { eventually, settleReadModel } from "../support/calendar";
import { countingD1 } from "../support/counting-d1";
import type { FakeWhatsApp } from "../support/fake-whatsapp";
import { installFakeServices } from "../support/fake-services";
import { futureDate, hold } from "../support/reservations";
import { createTenant, type TestTenant } from "../support/tenant";
import { connectedTenant, guestWrites } from "../support/whatsapp-guest";
import { confirmedStay, guestToken, portal, stayUnderWay } from "../guest-portal/helpers";

let graph: FakeWhatsApp;
beforeEach(() => {
  ({ graph } = installFakeServices());
});
afterEach(() => vi.restoreAllMocks());

const texts = () => graph.sent.filter((s) => s.body.type === "text").map((s) => s.body.text.body as string);

const PLATA = { name: "Plata", minStays: 2, discountPercent: 10, benefits: [] };
const FLAT = { weekendMultiplier: 1, holidayMultiplier: 1, holidays: "AR" };
const elena = { guest: { name: "Elena Paz", phone: "+54 9 294 400-7000" } };

async function guestOf(tenant: TestTenant, reservationId: string): Promise<string> {
  return eventually(async () => {
    const read = await call("GET", `/v1/reservations/${reservationId}`, { token: tenant.token });
    expect(read.json.guestId).toMatch(/^gst_/);
    return read.json.guestId as string;
  });
}

/** A tenant with Plata at two stays, and Elena, who has two confirmed stays and so holds it. */
async function platinumGuest() {
  const tenant = await createTenant();
  const acc = await createAccommodation(tenant, { minStay: 1, basePrice: { amount: 4_500_000, currency: "ARS" }, pricing: FLAT, depositPercent: 30 });
  expect((await call("PUT", "/v1/loyalty/tiers", { token: tenant.token, body: { tiers: [PLATA] } })).status).toBe(200);
  const first = await confirmedStay(tenant, acc, futureDate("02-01"), futureDate("02-03"), elena);
  await confirmedStay(tenant, acc, futureDate("03-01"), futureDate("03-03"), elena);
  const guestId = await guestOf(tenant, first.id);
  await eventually(async () => expect((await call("GET", `/v1/guests/${guestId}`, { token: tenant.token })).json.tierHistory).toHaveLength(1));
  return { tenant, acc, guestId };
}

const LINE = { kind: "loyalty", label: "Plata −10%", amount: { amount: -1_350_000, currency: "ARS" } };

describe("a known guest's tier discount on a hold", () => {
  it("is taken off once when staff hold with a phone that finds the guest, as the quote for them says, and the reservation shows the line", async () => {
    const { tenant, acc, guestId } = await platinumGuest();
    const stay = { checkIn: futureDate("05-05"), checkOut: futureDate("05-08") };
    const quoted = (await call("GET", `/v1/accommodations/${acc}/quote?checkIn=${stay.checkIn}&checkOut=${stay.checkOut}&guests=2&guestId=${guestId}`, { token: tenant.token })).json;
    expect(quoted).toMatchObject({ total: { amount: 12_150_000 }, adjustments: [LINE] });

    // The number written another way still finds her.
    const held = await hold(tenant, acc, stay.checkIn, stay.checkOut, { guest: { name: "Elena", phone: "0294 15 400-7000" } });
    expect(held.status, held.text).toBe(201);
    // Once: 10 % off 135.000, not off a price already discounted; the deposit follows the total.
    expect(held.json).toMatchObject({ total: quoted.total, deposit: quoted.deposit, adjustments: [LINE] });
    const read = (await call("GET", `/v1/reservations/${held.json.id}`, { token: tenant.token })).json;
    expect(read).toMatchObject({ total: { amount: 12_150_000, currency: "ARS" }, deposit: { amount: 3_645_000, currency: "ARS" }, adjustments: [LINE] });
    await settleReadModel(acc);
    const listed = (await call("GET", `/v1/reservations?accommodationId=${acc}&status=held`, { token: tenant.token })).json.data;
    expect(listed[0]).toMatchObject({ id: held.json.id, adjustments: [LINE] });
    // The guest's portal shows the line beside the total it was taken off.
    const own = await portal("GET", await guestToken(tenant, held.json.id));
    expect(own.status, own.text).toBe(200);
    expect(own.json.money).toMatchObject({ total: 12_150_000, adjustments: [{ kind: "loyalty", name: "Plata", percent: 10, amount: -1_350_000 }] });
  });

  it("follows a guest named by id (lending the hold their contact), keeps its rule when the dates change, and is dropped under a price set by hand", async () => {
    const { tenant, acc, guestId } = await platinumGuest();
    const held = await call("POST", "/v1/reservations", { token: tenant.token, body: { accommodationId: acc, checkIn: futureDate("06-01"), checkOut: futureDate("06-03"), guests: 2, guest: { name: "Elena" }, guestId } });
    expect(held.status, held.text).toBe(201);
    expect(held.json).toMatchObject({ guest: { phone: "+5492944007000" }, total: { amount: 8_100_000 }, adjustments: [{ kind: "loyalty", amount: { amount: -900_000 } }] });

    // Three nights instead of two: priced again with the same discount, taken off once.
    const moved = await call("PATCH", `/v1/reservations/${held.json.id}`, { token: tenant.token, body: { checkOut: futureDate("06-04") } });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.json).toMatchObject({ total: { amount: 12_150_000 }, adjustments: [LINE] });

    // A total set by hand is the whole price: no line is taken off it.
    const manual = await call("PATCH", `/v1/reservations/${held.json.id}`, { token: tenant.token, body: { price: { amount: { amount: 10_000_000, currency: "ARS" }, reason: "Tarifa acordada" } } });
    expect(manual.status, manual.text).toBe(200);
    expect(manual.json).toMatchObject({ total: { amount: 10_000_000 }, adjustments: [] });
  });

  it("is not given to a guest without a tier, nor for another tenant's guest id (404, nothing held), nor for a malformed one (400)", async () => {
    const { tenant, acc, guestId } = await platinumGuest();
    const stranger = await hold(tenant, acc, futureDate("07-01"), futureDate("07-03"), { guest: { name: "Nadie", phone: "+54 9 11 3333-0000" } });
    expect(stranger.json).toMatchObject({ total: { amount: 9_000_000 }, adjustments: [] });

    const other = await createTenant();
    const otherAcc = await createAccommodation(other, { minStay: 1 });
    const elsewhere = await call("POST", "/v1/reservations", { token: other.token, body: { accommodationId: otherAcc, checkIn: futureDate("07-10"), checkOut: futureDate("07-12"), guests: 2, guest: { name: "Elena" }, guestId } });
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.headers.get("content-type")).toContain("application/problem+json");
    // Her phone means nobody at the other lodging: its own price.
    const samePhone = await hold(other, otherAcc, futureDate("07-10"), futureDate("07-12"), elena);
    expect(samePhone.status, samePhone.text).toBe(201);
    expect(samePhone.json.adjustments).toEqual([]);
    await settleReadModel(otherAcc);
    expect((await call("GET", `/v1/reservations?accommodationId=${otherAcc}`, { token: other.token })).json.data).toHaveLength(1);

    const malformed = await call("POST", "/v1/reservations", { token: tenant.token, body: { accommodationId: acc, checkIn: futureDate("08-01"), checkOut: futureDate("08-03"), guests: 2, guest: { name: "Elena" }, guestId: "x".repeat(81) } });
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get("content-type")).toContain("application/problem+json");
  });

  it("costs one D1 read for a hold naming a contact, and none without one", async () => {
    const { tenant, acc } = await platinumGuest();
    const known = await holdCounting(tenant, acc, { name: "Elena", phone: "+5492944007000" }, futureDate("09-01"), futureDate("09-03"));
    expect(known.status).toBe(201);
    expect(known.statements).toHaveLength(1);
    expect(known.body.adjustments).toHaveLength(1);
    expect((await holdCounting(tenant, acc, { name: "Otro", email: "otro@example.test" }, futureDate("09-05"), futureDate("09-07"))).statements).toHaveLength(1);
    expect((await holdCounting(tenant, acc, { name: "Sin contacto" }, futureDate("09-10"), futureDate("09-12"))).statements).toEqual([]);
  });
});

/** A hold through the real app over a D1 binding that records every statement. */
async function holdCounting(tenant: TestTenant, acc: string, guest: Record<string, string>, checkIn: string, checkOut: string) {
  const counted = countingD1(env.DB);
  const ctx = createExecutionContext();
  const response = await buildApp().request(
    "/v1/reservations",
    { method: "POST", headers: { authorization: `Bearer ${tenant.token}`, "content-type": "application/json" }, body: JSON.stringify({ accommodationId: acc, checkIn, checkOut, guests: 2, guest }) },
    { ...env, DB: counted.db },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return { status: response.status, statements: counted.statements, body: (await response.json()) as { adjustments: unknown[]; total: { amount: number } } };
}

describe("finding a guest's discount costs a read only where a tier gives one", () => {
  beforeEach(() => discountTenants.forgetAll());

  it("asks D1 nothing for a hold naming a contact at a lodging without a programme, or whose tiers give no discount", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const plain = await holdCounting(tenant, acc, { name: "Elena", phone: "+5492944007000" }, futureDate("09-01"), futureDate("09-03"));
    expect(plain.status).toBe(201);
    expect(plain.statements).toEqual([]);

    // Tiers with benefits but no discount: still nothing to look up.
    expect((await call("PUT", "/v1/loyalty/tiers", { token: tenant.token, body: { tiers: [{ ...PLATA, discountPercent: null, benefits: ["Vino de bienvenida"] }] } })).status).toBe(200);
    const benefitsOnly = await holdCounting(tenant, acc, { name: "Elena", email: "elena@example.test" }, futureDate("09-05"), futureDate("09-07"));
    expect(benefitsOnly.status).toBe(201);
    expect(benefitsOnly.statements).toEqual([]);
  });

  it("learns from the tiers screen: a discount saved after the units exist reaches the next hold, and taking it away stops the read", async () => {
    const { tenant, acc } = await platinumGuest();
    // This isolate has not learnt the lodging gives discounts: the calendar object sends the hold back once.
    const first = await holdCounting(tenant, acc, { name: "Elena", phone: "+5492944007000" }, futureDate("10-01"), futureDate("10-03"));
    expect(first.status).toBe(201);
    expect(first.body.adjustments).toHaveLength(1);
    expect(first.statements).toHaveLength(1);

    expect((await call("PUT", "/v1/loyalty/tiers", { token: tenant.token, body: { tiers: [{ ...PLATA, discountPercent: 0 }] } })).status).toBe(200);
    discountTenants.forgetAll();
    const after = await holdCounting(tenant, acc, { name: "Elena", phone: "+5492944007000" }, futureDate("10-05"), futureDate("10-07"));
    expect(after.status).toBe(201);
    expect(after.body.adjustments).toEqual([]);
    expect(after.statements).toEqual([]);

    // Given back: the object sends the hold back again, and the discount is taken off.
    expect((await call("PUT", "/v1/loyalty/tiers", { token: tenant.token, body: { tiers: [PLATA] } })).status).toBe(200);
    const again = await holdCounting(tenant, acc, { name: "Elena", phone: "+5492944007000" }, futureDate("10-09"), futureDate("10-11"));
    expect(again.body.adjustments).toHaveLength(1);
  });

  it("a hold sent back writes nothing: the stay is held once, with the discount, and its idempotency key answers the same hold", async () => {
    const { tenant, acc } = await platinumGuest();
    const body = { accommodationId: acc, checkIn: futureDate("11-01"), checkOut: futureDate("11-03"), guests: 2, guest: { name: "Elena", phone: "+5492944007000" }, idempotencyKey: "elena-nov" };
    const held = await call("POST", "/v1/reservations", { token: tenant.token, body });
    expect(held.status, held.text).toBe(201);
    expect(held.json.adjustments).toHaveLength(1);
    discountTenants.forgetAll();
    const replay = await call("POST", "/v1/reservations", { token: tenant.token, body });
    expect(replay.json.id).toBe(held.json.id);
    await settleReadModel(acc);
    expect((await call("GET", `/v1/reservations?accommodationId=${acc}&status=held`, { token: tenant.token })).json.data).toHaveLength(1);
  });
});

describe("the assistant's hold for a recognised guest", () => {
  it("on WhatsApp: says the tier's discount once, with the offer priced after it, and the hold's total and deposit carry it", async () => {
    const { tenant, phone, acc } = await connectedTenant();
    expect((await call("PUT", "/v1/loyalty/tiers", { token: tenant.token, body: { tiers: [{ name: "Oro", minStays: 1, discountPercent: 10 }] } })).status).toBe(200);
    const past = await stayUnderWay(tenant, acc, 20, 3);
    const guestId = await guestOf(tenant, past.id);
    await call("PATCH", `/v1/guests/${guestId}`, { token: tenant.token, body: { phone: "011 15 0000-0001" } }).then((r) => expect(r.status, r.text).toBe(200));
    await eventually(async () => expect((await call("GET", `/v1/guests/${guestId}`, { token: tenant.token })).json.tierHistory).toHaveLength(1));

    await guestWrites(phone, "tienen lugar para 2 del 5 al 8/1?");
    await eventually(async () => expect(texts()).toHaveLength(1));
    await guestWrites(phone, "dale");
    await eventually(async () => expect(texts().length).toBeGreaterThanOrEqual(2));
    const held = (await call("GET", `/v1/reservations?accommodationId=${acc}&status=held`, { token: tenant.token })).json.data;
    expect(held).toHaveLength(1);
    const [line] = held[0].adjustments;
    expect(held[0].adjustments).toHaveLength(1);
    expect(line.kind).toBe("loyalty");
    const total = held[0].total.amount as number;
    const before = total - (line.amount.amount as number);
    expect(total).toBe(Math.round(before * 0.9));
    const pesos = (minor: number) => `$${new Intl.NumberFormat("es-AR").format(minor / 100)}`;
    // Said once, with the offer, whose price is already the discounted one the hold took.
    const said = texts().filter((t) => t.includes("descuento"));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain("Como huésped Oro tenés 10 % de descuento, ya descontado en estos precios 🎁");
    expect(said[0]).toContain(`(total ${pesos(total)})`);
    expect(said[0]).not.toContain(pesos(before));
    // The deposit asked for is the discounted stay's.
    expect(texts().some((t) => t.includes(`Seña 30%: ${pesos(held[0].deposit.amount)}`) || t.includes(pesos(held[0].deposit.amount)))).toBe(true);
  });
});
