import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { worseningKpis } from "../../../workers/guest-portal/kpi-trend-alerts";
import type { JourneyKpis } from "../../../workers/guest-portal/journey-kpis";
import { ensureConversation } from "../../../workers/guest-messaging/outbound";
import { database } from "../../../workers/platform/db/client";
import { guestCheckIns, guestRatings, messages, upsellOffers, upsellPurchases } from "../../../workers/platform/db/schema";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { createTenant } from "../support/tenant";
import { day, guestToken, portal, stayUnderWay, THREE_GUESTS } from "./helpers";

const HOUR = 3_600_000;
/** Noon in Buenos Aires of a day `offset` from today. */
const noonOf = (offset: number) => Date.parse(`${day(offset)}T15:00:00Z`);

describe("journey KPIs", () => {
  it("are exact on a known set of stays", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const a = await stayUnderWay(tenant, acc, 7, 1);
    const b = await stayUnderWay(tenant, acc, 5, 1);
    const c = await stayUnderWay(tenant, acc, 3, 1);
    const d = await stayUnderWay(tenant, acc, 1, 2);
    // Before the range: its rating and extras are not counted.
    const before = await stayUnderWay(tenant, acc, 12, 2);
    const db = database(env.DB);
    const t = tenant.tenantId;

    await db.insert(guestRatings).values([
      { tenantId: t, reservationId: a.id, score: 10, via: "portal", createdAt: noonOf(-5) },
      { tenantId: t, reservationId: b.id, score: 9, via: "whatsapp", createdAt: noonOf(-3) },
      { tenantId: t, reservationId: c.id, score: 6, via: "portal", createdAt: noonOf(-1) },
      { tenantId: t, reservationId: d.id, score: 8, via: "portal", createdAt: noonOf(0) },
      { tenantId: t, reservationId: before.id, score: 0, via: "portal", createdAt: noonOf(-10) },
    ]);
    const guests = THREE_GUESTS.guests.slice(0, 1) as (typeof guestCheckIns.$inferInsert)["guests"];
    await db.insert(guestCheckIns).values([
      // Online, the day before arrival: counts.
      { tenantId: t, reservationId: a.id, status: "completed", guests, completedBy: "guest", startedAt: noonOf(-8), completedAt: noonOf(-8) },
      // At the desk: does not.
      { tenantId: t, reservationId: b.id, status: "completed", guests, completedBy: "staff", startedAt: noonOf(-5), completedAt: noonOf(-5) },
      // Online, but the day after arrival: does not.
      { tenantId: t, reservationId: c.id, status: "completed", guests, completedBy: "guest", startedAt: noonOf(-2), completedAt: noonOf(-2) },
    ]);
    await db.insert(upsellOffers).values([
      { tenantId: t, reservationId: a.id, upsellId: "ups_1", offeredAt: noonOf(-8) },
      { tenantId: t, reservationId: a.id, upsellId: "ups_2", offeredAt: noonOf(-8) },
      { tenantId: t, reservationId: b.id, upsellId: "ups_1", offeredAt: noonOf(-6) },
      { tenantId: t, reservationId: c.id, upsellId: "ups_1", offeredAt: noonOf(-4) },
      { tenantId: t, reservationId: before.id, upsellId: "ups_1", offeredAt: noonOf(-13) },
    ]);
    const purchase = (reservationId: string, status: "paid" | "awaiting_payment", n: number) => ({
      id: `upp_kpi_${t}_${n}`,
      tenantId: t,
      reservationId,
      upsellId: "ups_1",
      title: { es: "Salida tardía" },
      amount: 1_500_000,
      currency: "ARS",
      status,
      createdAt: noonOf(-4),
    });
    await db.insert(upsellPurchases).values([purchase(a.id, "paid", 1), purchase(c.id, "paid", 2), purchase(b.id, "awaiting_payment", 3), purchase(before.id, "paid", 4)]);

    const thread = await ensureConversation(db, t, "whatsapp", `549110000${Math.floor(Math.random() * 1e5)}`, "Huésped");
    const t0 = noonOf(-3);
    const message = (n: number, direction: "in" | "out", at: number, dedupeKey: string | null = null) => ({
      id: `msg_kpi_${t}_${n}`,
      tenantId: t,
      conversationId: thread.id,
      direction,
      author: direction === "in" ? ("guest" as const) : ("staff" as const),
      text: "…",
      status: direction === "in" ? ("received" as const) : ("sent" as const),
      dedupeKey,
      createdAt: at,
    });
    await db.insert(messages).values([
      message(1, "in", t0),
      message(2, "in", t0 + 60_000),
      message(3, "out", t0 + 300_000),
      message(4, "in", t0 + HOUR),
      message(5, "out", t0 + HOUR + 30_000),
      message(6, "in", t0 + 2 * HOUR),
      // A scheduled step is not an answer.
      message(7, "out", t0 + 2 * HOUR + 10_000, `step:stp_x:${a.id}`),
      message(8, "out", t0 + 2 * HOUR + 600_000),
    ]);

    const kpis = await call("GET", `/v1/guest-experience/kpis?from=${day(-7)}&to=${day(0)}`, { token: tenant.token });
    expect(kpis.status, kpis.text).toBe(200);
    expect(kpis.json).toEqual({
      from: day(-7),
      to: day(0),
      ratings: 4,
      averageRating: 8.25,
      averageRatingOutOf5: 4.13,
      nps: 25,
      firstResponse: { count: 3, meanSeconds: 310, p95Seconds: 600 },
      checkIn: { arrivals: 4, completedBeforeArrival: 1, rate: 0.25 },
      upsells: { offered: 4, bought: 2, conversion: 0.5, revenue: [{ currency: "ARS", amount: 3_000_000 }] },
      targets: { ratingOutOf5: 4.5, firstResponseMinutes: 10, upsellConversion: 0.18 },
    });
    expect((await call("GET", `/v1/guest-experience/kpis?from=${day(0)}&to=${day(-7)}`, { token: tenant.token })).status).toBe(400);
    // Another tenant sees none of it.
    const other = await createTenant();
    expect((await call("GET", `/v1/guest-experience/kpis?from=${day(-7)}&to=${day(0)}`, { token: other.token })).json).toMatchObject({ ratings: 0, averageRating: null, checkIn: { arrivals: 0 } });
  });

  it("flag a KPI that worsened three windows in a row, and only then", () => {
    const window = (rating: number | null, conversion: number | null): JourneyKpis => ({
      from: "",
      to: "",
      ratings: 1,
      averageRating: rating,
      averageRatingOutOf5: null,
      nps: null,
      firstResponse: { count: 0, meanSeconds: null, p95Seconds: null },
      checkIn: { arrivals: 0, completedBeforeArrival: 0, rate: null },
      upsells: { offered: 0, bought: 0, conversion, revenue: [] },
    });
    expect(worseningKpis([window(9, 0.3), window(8.5, 0.2), window(8, 0.25), window(7, 0.1)])).toEqual(["average_rating"]);
    expect(worseningKpis([window(9, 0.3), window(9, 0.2), window(8, 0.1), window(7, 0.05)])).toEqual(["upsell_conversion"]);
    expect(worseningKpis([window(9, null), window(8, 0.2), window(7, 0.1), window(6, 0.05)])).toEqual(["average_rating"]);
  });
});

describe("the journey timeline", () => {
  it("lists every step of a stay in order", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant, { minStay: 1 });
    await call("POST", "/v1/upsells", { token: tenant.token, body: { kind: "other", title: { es: "Leña" }, price: 800_000, currency: "ARS", requiresApproval: true } });
    const stay = await stayUnderWay(tenant, acc, 0, 3);
    const token = await guestToken(tenant, stay.id);
    expect((await portal("POST", token, "/check-in", { ...THREE_GUESTS, guests: THREE_GUESTS.guests.slice(0, 2) })).status).toBe(200);
    const [offer] = (await portal("GET", token, "/upsells")).json.data;
    expect((await portal("POST", token, `/upsells/${offer.id}`)).json.status).toBe("pending_approval");
    expect((await portal("POST", token, "/messages", { text: "¿Hay toallas extra?" })).status).toBe(201);
    expect((await portal("POST", token, "/rating", { score: 9 })).status).toBe(200);

    const journey = await call("GET", `/v1/reservations/${stay.id}/journey`, { token: tenant.token });
    expect(journey.status, journey.text).toBe(200);
    const kinds = journey.json.data.map((s: { kind: string }) => s.kind);
    expect(kinds.slice(0, 3)).toEqual(["held", "payment", "confirmed"]);
    expect(kinds.slice(3)).toEqual(["check_in_started", "check_in_completed", "upsell_offered", "upsell_requested", "guest_replied", "rated"]);
    const times = journey.json.data.map((s: { at: string }) => Date.parse(s.at));
    expect([...times].sort((x, y) => x - y)).toEqual(times);
    expect(journey.json.data.at(-1).detail).toMatchObject({ score: 9, via: "portal" });
    expect((await call("GET", `/v1/reservations/${stay.id}/journey`, { token: (await createTenant()).token })).status).toBe(404);
  });
});
