import { env } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Understanding } from "../../../shared/assistant/dialog";
import { database } from "../../../workers/platform/db/client";
import { ensureConversation } from "../../../workers/guest-messaging/outbound";
import { takeGuestTurn } from "../../../workers/guest-messaging/assistant/guest-turn";
import { parseConfig } from "../../../workers/platform/env";
import { assistantPaymentLinks } from "../../../workers/payments/assistant-links";
import { call } from "../support/api";
import { eventually } from "../support/calendar";
import { installFakeServices } from "../support/fake-services";
import type { FakeWhatsApp } from "../support/fake-whatsapp";
import { configurePayments } from "../support/payments";
import { createTenant } from "../support/tenant";
import { connectWhatsApp } from "../support/whatsapp-guest";
import { breakfastExtra, createPackage, flatUnit } from "./support";

let graph: FakeWhatsApp;
beforeEach(() => {
  ({ graph } = installFakeServices());
});
afterEach(() => vi.restoreAllMocks());

const year = new Date().getUTCFullYear() + 1;
const day = (md: string) => `${year}-${md}`;
const understood = (partial: Partial<Understanding>): Understanding => ({ intent: "fallback", lang: "es", checkIn: null, checkOut: null, guests: null, unitType: null, amenities: [], ...partial });
const sentTexts = () => graph.sent.filter((s) => s.body.type === "text").map((s) => s.body.text.body as string);

describe("the assistant sells a package", () => {
  it("offers it when the guest's stay fits, and a 'dale' books the stay with the package and its extras", async () => {
    const tenant = await createTenant();
    await configurePayments(tenant);
    await connectWhatsApp(tenant);
    const acc = await flatUnit(tenant, { name: "Cabaña Coihue" });
    const breakfast = await breakfastExtra(tenant);
    const id = await createPackage(tenant, { name: "Escapada romántica", accommodationIds: [acc], minNights: 2, maxNights: 2, price: { amount: 15_000_000, currency: "ARS" }, extras: [breakfast] });
    const conversation = await ensureConversation(database(env.DB), tenant.tenantId, "whatsapp", "5491100000077", "Ana");
    await env.DB.prepare("UPDATE conversations SET last_inbound_at = ? WHERE id = ?").bind(Date.now(), conversation.id).run();
    const turn = (text: string, understanding: Understanding) =>
      takeGuestTurn(database(env.DB), env, assistantPaymentLinks(database(env.DB), env, parseConfig(env)), { tenantId: tenant.tenantId, conversationId: conversation.id, messageId: `msg_${crypto.randomUUID()}`, text, understanding, now: Date.now() });

    await turn("hola! tienen lugar del 10 al 12/3 para 2?", understood({ intent: "disponibilidad", checkIn: day("03-10"), checkOut: day("03-12"), guests: 2 }));
    await eventually(async () => expect(sentTexts().at(-1)).toContain("También tengo el paquete Escapada romántica en la Cabaña Coihue: 2 noches con Desayuno por $150.000. ¿Te reservo el paquete por 30 min?"));

    await turn("dale", understood({ intent: "reservar" }));
    await eventually(async () => expect(sentTexts().at(-1)).toContain("Te guardo"));
    const list = await eventually(async () => {
      const found = (await call("GET", `/v1/reservations?accommodationId=${acc}`, { token: tenant.token })).json.data;
      expect(found).toHaveLength(1);
      return found;
    });
    const reservation = (await call("GET", `/v1/reservations/${list[0].id}`, { token: tenant.token })).json;
    expect(reservation).toMatchObject({ total: { amount: 15_000_000 }, deposit: { amount: 4_500_000 }, package: { id, name: "Escapada romántica" }, source: "whatsapp" });
    const extras = (await call("GET", `/v1/reservations/${reservation.id}/upsells`, { token: tenant.token })).json.data;
    expect(extras).toMatchObject([{ upsellId: breakfast, status: "paid", amount: 0, provider: "package" }]);
  });

  it("in English, a stay that does not fit the package gets no proposal", async () => {
    const tenant = await createTenant();
    await configurePayments(tenant);
    await connectWhatsApp(tenant);
    const acc = await flatUnit(tenant, { name: "Cabaña Coihue" });
    await createPackage(tenant, { name: "Escapada romántica", accommodationIds: [acc], minNights: 2, maxNights: 2, discountPercent: 25 });
    const conversation = await ensureConversation(database(env.DB), tenant.tenantId, "whatsapp", "5491100000078", "Ann");
    await env.DB.prepare("UPDATE conversations SET last_inbound_at = ? WHERE id = ?").bind(Date.now(), conversation.id).run();
    const turn = (text: string, understanding: Understanding) =>
      takeGuestTurn(database(env.DB), env, assistantPaymentLinks(database(env.DB), env, parseConfig(env)), { tenantId: tenant.tenantId, conversationId: conversation.id, messageId: `msg_${crypto.randomUUID()}`, text, understanding, now: Date.now() });

    await turn("hi, anything from Mar 10 to 13 for 2?", understood({ intent: "disponibilidad", lang: "en", checkIn: day("03-10"), checkOut: day("03-13"), guests: 2 }));
    await eventually(async () => expect(sentTexts().at(-1)).toContain("Cabaña Coihue"));
    expect(sentTexts().at(-1)).not.toContain("package");
    await turn("and from Mar 10 to 12?", understood({ intent: "disponibilidad", lang: "en", checkIn: day("03-10"), checkOut: day("03-12"), guests: 2 }));
    await eventually(async () => expect(sentTexts().at(-1)).toContain("I also have the Escapada romántica package at Cabaña Coihue: 2 nights for $150,000. Shall I hold the package for you for 30 min?"));
  });
});
