import { env } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Understanding } from "../../../shared/assistant/dialog";
import { takeGuestTurn } from "../../../workers/guest-messaging/assistant/guest-turn";
import { ensureConversation } from "../../../workers/guest-messaging/outbound";
import { assistantPaymentLinks } from "../../../workers/payments/assistant-links";
import { database } from "../../../workers/platform/db/client";
import { parseConfig } from "../../../workers/platform/env";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { eventually, settleReadModel } from "../support/calendar";
import { installFakeServices } from "../support/fake-services";
import type { FakeWhatsApp } from "../support/fake-whatsapp";
import { configurePayments } from "../support/payments";
import { futureDate, hold } from "../support/reservations";
import { createTenant } from "../support/tenant";
import { connectWhatsApp } from "../support/whatsapp-guest";

let graph: FakeWhatsApp;
beforeEach(() => {
  ({ graph } = installFakeServices());
});
afterEach(() => vi.restoreAllMocks());

const understood = (partial: Partial<Understanding>): Understanding => ({ intent: "fallback", lang: "es", checkIn: null, checkOut: null, guests: null, unitType: null, amenities: [], ...partial });
const lastText = () => {
  const body = graph.sent.at(-1)?.body;
  return body?.type === "text" ? (body.text.body as string) : "";
};

/** A tenant with two cabins and one WhatsApp guest whose turns run through the real assistant. */
async function setUp() {
  const tenant = await createTenant();
  await configurePayments(tenant);
  await connectWhatsApp(tenant);
  const coihue = await createAccommodation(tenant, { name: "Cabaña Coihue", minStay: 1 });
  const lenga = await createAccommodation(tenant, { name: "Cabaña Lenga", minStay: 1 });
  const conversation = await ensureConversation(database(env.DB), tenant.tenantId, "whatsapp", "5491100000002", "Ana");
  await env.DB.prepare("UPDATE conversations SET last_inbound_at = ? WHERE id = ?").bind(Date.now(), conversation.id).run();
  const turn = (text: string, understanding: Understanding) =>
    takeGuestTurn(database(env.DB), env, assistantPaymentLinks(database(env.DB), env, parseConfig(env)), { tenantId: tenant.tenantId, conversationId: conversation.id, messageId: `msg_${crypto.randomUUID()}`, text, understanding, now: Date.now() });
  const reservations = async () => (await call("GET", "/v1/reservations", { token: tenant.token })).json.data as { id: string; status: string; accommodationId: string; checkIn: string }[];
  return { tenant, coihue, lenga, turn, reservations };
}

describe("one live hold per conversation", () => {
  it("cancels the guest's previous hold through its calendar once a new choice is held", async () => {
    const { tenant, coihue, lenga, turn, reservations } = await setUp();
    const book = async (from: string, to: string, pick: string) => {
      await turn(`del ${from} al ${to} para 2`, understood({ intent: "disponibilidad", checkIn: futureDate(from), checkOut: futureDate(to), guests: 2 }));
      await turn(pick, understood({ intent: "reservar" }));
      await eventually(async () => expect(lastText()).toContain("Te guardo"));
      await Promise.all([settleReadModel(coihue), settleReadModel(lenga)]);
    };
    await book("03-10", "03-17", "la 1");
    const [first] = await reservations();
    expect(first).toMatchObject({ status: "held" });

    await book("03-20", "03-27", "la 2");
    const after = await reservations();
    expect(after).toHaveLength(2);
    const second = after.find((r) => r.id !== first!.id)!;
    expect(second.status).toBe("held");
    // Read from the calendar object that owns it: the old hold is cancelled and its nights are free.
    expect((await call("GET", `/v1/reservations/${first!.id}`, { token: tenant.token })).json.status).toBe("cancelled");
    expect(after.find((r) => r.id === first!.id)?.status).toBe("cancelled");
  });

  it("keeps the previous hold when the new choice could not be held", async () => {
    const { tenant, coihue, lenga, turn, reservations } = await setUp();
    await turn("del 10 al 12/4 para 2", understood({ intent: "disponibilidad", checkIn: futureDate("04-10"), checkOut: futureDate("04-12"), guests: 2 }));
    await turn("la 1", understood({ intent: "reservar" }));
    await eventually(async () => expect(lastText()).toContain("Te guardo"));
    await Promise.all([settleReadModel(coihue), settleReadModel(lenga)]);
    const [first] = await reservations();

    // Both cabins are offered for other dates, then someone else takes them before the guest picks.
    await turn("del 20 al 22/4 para 2", understood({ intent: "disponibilidad", checkIn: futureDate("04-20"), checkOut: futureDate("04-22"), guests: 2 }));
    expect((await hold(tenant, coihue, futureDate("04-20"), futureDate("04-22"))).status).toBe(201);
    expect((await hold(tenant, lenga, futureDate("04-20"), futureDate("04-22"))).status).toBe(201);
    await turn("la 1", understood({ intent: "reservar" }));
    expect((await call("GET", `/v1/reservations/${first!.id}`, { token: tenant.token })).json.status).toBe("held");
  });
});
