import { env } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { eventually, settleReadModel } from "../support/calendar";
import { installFakeServices } from "../support/fake-services";
import { hold } from "../support/reservations";
import { recordedTierOfStay } from "../support/loyalty";
import { addMember, createTenant, type TestTenant } from "../support/tenant";
import { confirmedStay, day } from "../guest-portal/helpers";

beforeEach(() => {
  installFakeServices();
});
afterEach(() => vi.restoreAllMocks());

const WELCOME = "¡Bienvenida de nuevo! Te dejamos un vino en la cabaña.";
// Three nights make a guest Plata: one long stay is enough, a one-night stay is not.
const PLATA = { name: "Plata", minNights: 3, discountPercent: 10, welcomeText: WELCOME, benefits: ["Late check-out sin cargo"] };
const lucia = { guest: { name: "Lucía Gómez", phone: "+54 9 294 411-0001" } };
const pedro = { guest: { name: "Pedro Ruiz", phone: "+54 9 294 411-0002" } };

interface Benefit {
  id: string;
  kind: string;
  text: string | null;
  percent: number | null;
  amount: { amount: number; currency: string } | null;
  automatic: boolean;
  state: string;
  deliveredAt: string | null;
  deliveredBy: { type: string; id: string; name: string | null } | null;
}
interface Stay {
  reservationId: string;
  guestName: string;
  tier: string;
  checkIn: string;
  unitName: string;
  benefits: Benefit[];
}

const list = async (tenant: TestTenant, query = "") => {
  const response = await call("GET", `/v1/loyalty/benefits${query}`, { token: tenant.token });
  expect(response.status, response.text).toBe(200);
  return response.json as { from: string; to: string; data: Stay[] };
};

const tierOf = recordedTierOfStay;

/** A week with a tiered guest's two stays, an untiered guest's, and a cancelled and a held stay of the tiered guest. */
async function week() {
  const tenant = await createTenant();
  const acc = await createAccommodation(tenant, { name: "Cabaña Lenga", minStay: 1 });
  const other = await createAccommodation(tenant, { name: "Cabaña Coihue", minStay: 1 });
  expect((await call("PUT", "/v1/loyalty/tiers", { token: tenant.token, body: { tiers: [PLATA] } })).status).toBe(200);
  // Her three nights lift Lucía to Plata; this stay was priced before, without the discount.
  const first = await confirmedStay(tenant, acc, day(1), day(4), lucia);
  await eventually(async () => expect(await tierOf(tenant, first.id)).toBe("Plata"));
  // Her next stay is priced with it.
  const second = await confirmedStay(tenant, acc, day(4), day(5), lucia);
  const untiered = await confirmedStay(tenant, other, day(2), day(3), pedro);
  await eventually(async () => expect(await tierOf(tenant, untiered.id)).toBe(null));
  const cancelled = await confirmedStay(tenant, acc, day(5), day(6), lucia);
  expect((await call("POST", `/v1/reservations/${cancelled.id}/cancel`, { token: tenant.token, body: {} })).status).toBe(200);
  const held = await hold(tenant, acc, day(6), day(7), lucia);
  expect(held.status).toBe(201);
  const later = await confirmedStay(tenant, other, day(10), day(11), lucia);
  await settleReadModel(acc);
  await eventually(async () => expect(await tierOf(tenant, later.id)).toBe("Plata"));
  return { tenant, acc, first, second, untiered, cancelled, held: held.json.id as string, later };
}

describe("the week's loyalty benefits", () => {
  it("lists, for the week's confirmed stays of tiered guests, each benefit owed with its state; untiered, held and cancelled stays owe none", async () => {
    const { tenant, first, second, later } = await week();
    const owed = await list(tenant);
    expect(owed.from).toBe(day(0));
    expect(owed.to).toBe(day(6));
    expect(owed.data.map((s) => [s.reservationId, s.guestName, s.tier, s.checkIn, s.unitName])).toEqual([
      [first.id, "Lucía Gómez", "Plata", day(1), "Cabaña Lenga"],
      [second.id, "Lucía Gómez", "Plata", day(4), "Cabaña Lenga"],
    ]);
    const [a, b] = owed.data;
    // The first stay was priced before the tier: its discount is owed and not given.
    expect(a!.benefits.map((x) => [x.kind, x.state, x.automatic])).toEqual([
      ["discount", "pending", false],
      ["welcome", "pending", false],
      ["benefit", "pending", false],
    ]);
    expect(a!.benefits[0]).toMatchObject({ percent: 10, amount: null });
    expect(a!.benefits[1]!.text).toBe(WELCOME);
    expect(a!.benefits[2]!.text).toBe("Late check-out sin cargo");
    // The second was priced with it: given by itself, with what it took off.
    expect(b!.benefits[0]).toMatchObject({ kind: "discount", state: "delivered", automatic: true, deliveredAt: null, deliveredBy: null });
    expect(b!.benefits[0]!.amount!.amount).toBeLessThan(0);

    // Chosen days reach the stay ten days ahead; a range backwards or too long is a 400 problem.
    expect((await list(tenant, `?from=${day(8)}&to=${day(12)}`)).data.map((s) => s.reservationId)).toEqual([later.id]);
    for (const query of [`?from=${day(5)}&to=${day(4)}`, `?from=${day(0)}&to=${day(90)}`, "?from=2026-02-30"]) {
      const refused = await call("GET", `/v1/loyalty/benefits${query}`, { token: tenant.token });
      expect(refused.status, query).toBe(400);
      expect(refused.headers.get("content-type")).toContain("application/problem+json");
    }
  });

  it("is marked given by staff (who and when, in the audit log too), undone, and refused for another tenant's, a cancelled stay's or a made-up id", async () => {
    const { tenant, first, second, cancelled } = await week();
    const staff = await addMember(tenant, "staff");
    const welcome = `${first.id}.welcome`;

    const marked = await call("POST", `/v1/loyalty/benefits/${welcome}/delivered`, { token: staff.token });
    expect(marked.status, marked.text).toBe(200);
    expect(marked.json).toMatchObject({ id: welcome, state: "delivered", automatic: false, deliveredBy: { type: "user", id: staff.userId, name: "staff" } });
    const at = marked.json.deliveredAt as string;
    expect(Date.parse(at)).toBeGreaterThan(Date.now() - 60_000);
    // Marking again (a double tap, a retry) keeps the first mark.
    const again = await call("POST", `/v1/loyalty/benefits/${welcome}/delivered`, { token: tenant.token });
    expect(again.json).toMatchObject({ deliveredAt: at, deliveredBy: { id: staff.userId } });
    const listed = (await list(tenant)).data.find((s) => s.reservationId === first.id)!.benefits.find((b) => b.id === welcome);
    expect(listed).toMatchObject({ state: "delivered", deliveredAt: at });
    const audit = await env.DB.prepare("SELECT action, actor_id, target_id FROM audit_log WHERE tenant_id = ? AND action LIKE 'loyalty.benefits%' ORDER BY at").bind(tenant.tenantId).all();
    expect(audit.results[0]).toEqual({ action: "loyalty.benefits.delivered", actor_id: staff.userId, target_id: welcome });

    const undone = await call("DELETE", `/v1/loyalty/benefits/${welcome}/delivered`, { token: staff.token });
    expect(undone.status, undone.text).toBe(200);
    expect(undone.json).toMatchObject({ state: "pending", deliveredAt: null, deliveredBy: null });
    expect((await list(tenant)).data[0]!.benefits.find((b) => b.id === welcome)!.state).toBe("pending");
    // Undoing twice is the same answer.
    expect((await call("DELETE", `/v1/loyalty/benefits/${welcome}/delivered`, { token: staff.token })).json.state).toBe("pending");

    // A discount priced into the stay has no mark to take back.
    const automatic = await call("DELETE", `/v1/loyalty/benefits/${second.id}.discount/delivered`, { token: tenant.token });
    expect(automatic.status).toBe(409);
    expect(automatic.json.code).toBe("delivered_automatically");

    const stranger = await createTenant();
    for (const id of [welcome, `${cancelled.id}.welcome`, `${first.id}.spa`, "nothing", `${first.id}.benefit-00000000`]) {
      for (const method of ["POST", "DELETE"]) {
        const refused = await call(method, `/v1/loyalty/benefits/${id}/delivered`, { token: id === welcome ? stranger.token : tenant.token });
        expect(refused.status, `${method} ${id}`).toBe(404);
      }
    }
    // Nothing was written for any of them.
    const rows = await env.DB.prepare("SELECT COUNT(*) AS n FROM loyalty_benefit_deliveries WHERE tenant_id IN (?, ?)").bind(tenant.tenantId, stranger.tenantId).first<{ n: number }>();
    expect(rows!.n).toBe(0);
  });
});
