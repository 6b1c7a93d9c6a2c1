import { env } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { eventually } from "../support/calendar";
import { FakePartner, PARTNER_BASE } from "../support/fake-partner";
import { futureDate, hold } from "../support/reservations";
import { createTenant, type TestTenant } from "../support/tenant";

let partner: FakePartner;
beforeEach(() => {
  partner = new FakePartner().install();
});
afterEach(() => vi.restoreAllMocks());

async function subscribe(tenant: TestTenant, path: string, events: string[]) {
  const created = await call("POST", "/v1/webhook-subscriptions", { token: tenant.token, body: { url: `${PARTNER_BASE}${path}`, events } });
  expect(created.status).toBe(201);
}

/** Events of the given type the partner received at `path`, waiting for the queue to bring them. */
async function received(path: string, type: string, count = 1) {
  return eventually(async () => {
    const found = partner.received.filter((r) => r.path === path).map((r) => JSON.parse(r.body) as { type: string; data: Record<string, unknown> }).filter((e) => e.type === type);
    if (found.length < count) throw new Error(`${type}: ${found.length} of ${count}`);
    return found;
  });
}

describe("domain events reach subscribed partners", () => {
  it("a stay confirmed by hand: reservation.confirmed and payment.received, once each", async () => {
    const tenant = await createTenant();
    await subscribe(tenant, "/money", ["reservation.confirmed", "payment.received"]);
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const held = await hold(tenant, acc, futureDate("07-01"), futureDate("07-03"));
    const confirmed = await call("POST", `/v1/reservations/${held.json.id}/confirm`, { token: tenant.token, body: { payment: { amount: held.json.total, method: "cash" } } });
    expect(confirmed.status).toBe(200);
    const [confirmation] = await received("/money", "reservation.confirmed");
    expect(confirmation!.data).toMatchObject({ id: held.json.id, status: "confirmed" });
    const [payment] = await received("/money", "payment.received");
    expect(payment!.data).toMatchObject({ reservationId: held.json.id, amount: held.json.total, method: "cash" });
    // Later changes to the stay do not announce the payment again.
    await call("PATCH", `/v1/reservations/${held.json.id}`, { token: tenant.token, body: { notes: "llega tarde" } });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(partner.received.filter((r) => JSON.parse(r.body).type === "payment.received")).toHaveLength(1);
    // Nothing it did not subscribe to.
    expect(partner.received.some((r) => JSON.parse(r.body).type === "reservation.held")).toBe(false);
  });

  it("a check-in completed at the desk: checkin.completed once, without the guests' documents", async () => {
    const tenant = await createTenant();
    await subscribe(tenant, "/front-desk", ["checkin.completed"]);
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const held = await hold(tenant, acc, futureDate("07-10"), futureDate("07-12"));
    expect((await call("POST", `/v1/reservations/${held.json.id}/confirm`, { token: tenant.token, body: { payment: { amount: held.json.total, method: "cash" } } })).status).toBe(200);
    const checkIn = {
      guests: [{ fullName: "Ana Pérez", documentType: "dni", documentNumber: "30111222", nationality: "AR" }],
      holderBirthDate: "1985-04-02",
      arrivalTime: "15:30",
      acceptRules: true,
    };
    for (const documentNumber of ["30111222", "30111223"]) {
      const done = await call("POST", `/v1/reservations/${held.json.id}/check-in`, { token: tenant.token, body: { ...checkIn, guests: [{ ...checkIn.guests[0], documentNumber }] } });
      expect(done.status).toBe(200);
    }
    const [event] = await received("/front-desk", "checkin.completed");
    expect(event!.data).toMatchObject({ reservationId: held.json.id, guests: 1, completedBy: "staff" });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const bodies = partner.received.filter((r) => r.path === "/front-desk").map((r) => r.body);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).not.toContain("30111222");
  });

  it("a conversation handed to a person: conversation.handed_over and alert.raised", async () => {
    const tenant = await createTenant();
    await subscribe(tenant, "/desk", ["conversation.handed_over", "alert.raised"]);
    const id = `conv_ev_${crypto.randomUUID().slice(0, 12)}`;
    await env.DB.prepare("INSERT INTO conversations (id, tenant_id, channel, guest_address) VALUES (?, ?, 'whatsapp', '5491100000000')").bind(id, tenant.tenantId).run();
    expect((await call("POST", `/v1/conversations/${id}/escalate`, { token: tenant.token })).status).toBe(200);
    const [handedOver] = await received("/desk", "conversation.handed_over");
    expect(handedOver!.data).toMatchObject({ id, channel: "whatsapp" });
    const [alert] = await received("/desk", "alert.raised");
    expect(alert!.data).toMatchObject({ kind: "conversation_escalated", subjectId: id });
  });
});
