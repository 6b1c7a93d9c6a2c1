import { env } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Understanding } from "../../../shared/assistant/dialog";
import { database } from "../../../workers/platform/db/client";
import { ensureConversation } from "../../../workers/guest-messaging/outbound";
import { takeGuestTurn } from "../../../workers/guest-messaging/assistant/guest-turn";
import { parseConfig } from "../../../workers/platform/env";
import { assistantPaymentLinks } from "../../../workers/payments/assistant-links";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { eventually } from "../support/calendar";
import type { FakePaymentProviders } from "../support/fake-payment-providers";
import { installFakeServices } from "../support/fake-services";
import type { FakeWhatsApp } from "../support/fake-whatsapp";
import { configurePayments, notifyMercadoPago } from "../support/payments";
import { futureDate } from "../support/reservations";
import { createTenant } from "../support/tenant";
import { connectWhatsApp } from "../support/whatsapp-guest";

let graph: FakeWhatsApp;
let payments: FakePaymentProviders;
beforeEach(() => {
  ({ graph, payments } = installFakeServices());
});
afterEach(() => vi.restoreAllMocks());

const understood = (partial: Partial<Understanding>): Understanding => ({ intent: "fallback", lang: "es", checkIn: null, checkOut: null, guests: null, unitType: null, amenities: [], ...partial });
const sentTexts = () => graph.sent.map((s) => (s.body.type === "template" ? `[template ${s.body.template.name}] ${s.body.template.components[0]?.parameters.map((p: { text: string }) => p.text).join(" | ")}` : s.body.text.body as string));

async function setUp() {
  const tenant = await createTenant();
  await configurePayments(tenant);
  await connectWhatsApp(tenant);
  const acc = await createAccommodation(tenant, { name: "Cabaña Coihue", minStay: 1 });
  const conversation = await ensureConversation(database(env.DB), tenant.tenantId, "whatsapp", "5491100000001", "Ana");
  await env.DB.prepare("UPDATE conversations SET last_inbound_at = ? WHERE id = ?").bind(Date.now(), conversation.id).run();
  const turn = (text: string, understanding: Understanding) => takeGuestTurn(database(env.DB), env, assistantPaymentLinks(database(env.DB), env, parseConfig(env)), { tenantId: tenant.tenantId, conversationId: conversation.id, messageId: `msg_${crypto.randomUUID()}`, text, understanding, now: Date.now() });
  return { tenant, acc, conversation, turn };
}

describe("booking on WhatsApp with the assistant", () => {
  it("answers what was asked about the place, and hands over when it has nothing on file", async () => {
    const { tenant, conversation, turn } = await setUp();
    await turn("tienen cochera?", understood({ intent: "servicios", amenities: ["cochera"] }));
    await eventually(async () => expect(sentTexts().at(-1)).toBe("Cochera no tenemos 😕, pero sí wifi y parrilla. ¿Para qué fechas buscás?"));
    await turn("y wifi?", understood({ intent: "servicios", amenities: ["wifi"] }));
    await eventually(async () => expect(sentTexts().at(-1)).toBe("¡Sí! Tenemos wifi ✨ ¿Para qué fechas buscás?"));
    expect((await call("GET", "/v1/conversations", { token: tenant.token })).json.data.find((c: { id: string }) => c.id === conversation.id).status).toBe("assistant");

    await call("PATCH", `/v1/accommodations/${(await call("GET", "/v1/accommodations", { token: tenant.token })).json.data[0].id}`, { token: tenant.token, body: { amenities: [] } });
    await turn("tienen pileta?", understood({ intent: "servicios", amenities: ["pileta"] }));
    await eventually(async () => expect(sentTexts().at(-1)).toMatch(/te paso con alguien del equipo/));
    expect((await call("GET", "/v1/conversations", { token: tenant.token })).json.data.find((c: { id: string }) => c.id === conversation.id)).toMatchObject({ status: "human", escalated: true });
  });

  it("answers a message once even when its turn is run again (a retry after the Worker died)", async () => {
    const { tenant, acc, conversation } = await setUp();
    const checkIn = futureDate("03-10");
    const checkOut = futureDate("03-12");
    const ask = (messageId: string, text: string, understanding: Understanding) =>
      takeGuestTurn(database(env.DB), env, assistantPaymentLinks(database(env.DB), env, parseConfig(env)), { tenantId: tenant.tenantId, conversationId: conversation.id, messageId, text, understanding, now: Date.now() });
    await ask("msg_offer", "del 10 al 12/3 para 2", understood({ intent: "disponibilidad", checkIn, checkOut, guests: 2 }));
    await ask("msg_pick", "la 1", understood({ intent: "reservar" }));
    await eventually(async () => expect(sentTexts().at(-1)).toContain("Te guardo"));
    const sentBefore = graph.sent.length;

    await ask("msg_pick", "la 1", understood({ intent: "reservar" }));
    await ask("msg_offer", "del 10 al 12/3 para 2", understood({ intent: "disponibilidad", checkIn, checkOut, guests: 2 }));
    const thread = (await call("GET", `/v1/conversations/${conversation.id}/messages`, { token: tenant.token })).json.data;
    expect(thread.filter((m: { direction: string }) => m.direction === "out")).toHaveLength(2);
    expect(graph.sent.length).toBe(sentBefore);
    expect((await call("GET", `/v1/reservations?accommodationId=${acc}`, { token: tenant.token })).json.data).toHaveLength(1);
  });

  it("inquiry → offer → hold with a payment link → payment → one confirmation message", async () => {
    const { tenant, acc, conversation, turn } = await setUp();
    const checkIn = futureDate("02-10");
    const checkOut = futureDate("02-13");

    await turn("hola, tenes lugar?", understood({ intent: "disponibilidad" }));
    await eventually(async () => expect(sentTexts().at(-1)).toContain("fechas"));

    await turn("del 10 al 13/2 para 4", understood({ intent: "disponibilidad", checkIn, checkOut, guests: 4 }));
    await eventually(async () => expect(sentTexts().at(-1)).toMatch(/^Del 10 al 13\/2 tenemos Cabaña Coihue: \$[\d.]+\/noche \(total \$[\d.]+\)\. ¿Te reservo por 30 min\?$/));

    await turn("la 1", understood({ intent: "reservar" }));
    await eventually(async () => expect(sentTexts().at(-1)).toMatch(/^¡Listo! Te guardo Cabaña Coihue ⏳ Seña 30%: \$[\d.]+\. Pagá acá: .*\. Vence \d{2}:\d{2}\.$/));
    expect(sentTexts().at(-1)).toContain(payments.preferences[0]!.id);

    const reservations = (await call("GET", `/v1/reservations?accommodationId=${acc}`, { token: tenant.token })).json.data;
    expect(reservations).toEqual([expect.objectContaining({ status: "held", checkIn, checkOut, guests: 4, source: "whatsapp" })]);
    const code = reservations[0].code;

    const paymentId = payments.mpPay(code);
    for (let i = 0; i < 3; i++) await notifyMercadoPago(tenant.tenantId, paymentId);
    await eventually(async () => expect(sentTexts().filter((t) => t.includes("Confirmado"))).toHaveLength(1));
    expect(sentTexts().at(-1)).toContain(code);
    expect((await call("GET", `/v1/reservations/${reservations[0].id}`, { token: tenant.token })).json.status).toBe("confirmed");

    const thread = (await call("GET", `/v1/conversations/${conversation.id}/messages`, { token: tenant.token })).json.data;
    expect(thread.filter((m: { author: string }) => m.author === "assistant")).toHaveLength(4);
  });

  it("after a hand-over, acknowledges the guest's next message once, then says nothing until staff release the thread", async () => {
    const { tenant, conversation, turn } = await setUp();
    await turn("quiero hablar con alguien", understood({ intent: "hablar_humano" }));
    await eventually(async () => expect(sentTexts().at(-1)).toContain("te paso con alguien"));
    expect((await call("GET", "/v1/conversations?status=escalated", { token: tenant.token })).json.data.map((c: { id: string }) => c.id)).toEqual([conversation.id]);

    await turn("hola?", understood({ intent: "saludo" }));
    await eventually(async () => expect(sentTexts().at(-1)).toBe("Ya le avisé al equipo, te responden en breve 🙌"));
    const before = graph.sent.length;
    await turn("hola??", understood({ intent: "saludo" }));
    await turn("tenes lugar del 10 al 12/3?", understood({ intent: "disponibilidad", checkIn: futureDate("03-10"), checkOut: futureDate("03-12") }));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(graph.sent.length).toBe(before);

    await call("POST", `/v1/conversations/${conversation.id}/release`, { token: tenant.token });
    await turn("hola", understood({ intent: "saludo" }));
    await eventually(async () => expect(graph.sent.length).toBe(before + 1));
  });

  it("nothing free: the nearest free stay of the same length and other units, each priced; a person only after that", async () => {
    const { tenant, acc, turn } = await setUp();
    await createAccommodation(tenant, { name: "Depto Lago", type: "apartment", minStay: 1 });
    await call("POST", `/v1/accommodations/${acc}/blocks`, { token: tenant.token, body: { checkIn: futureDate("03-01"), checkOut: futureDate("03-10") } });
    await turn("tenes cabaña del 2 al 5/3 para 2?", understood({ intent: "disponibilidad", checkIn: futureDate("03-02"), checkOut: futureDate("03-05"), guests: 2, unitType: "cabana" }));
    await eventually(async () => expect(sentTexts().at(-1)).toMatch(/^Del 2 al 5\/3 no me queda lugar 😕 Pero tengo:\n1\. Depto Lago del 2 al 5\/3: \$[\d.]+\/noche \(total \$[\d.]+\)\n2\. Cabaña Coihue del 26\/2 al 1\/3: /));
    // The second unit blocked too, and for two weeks around: only then a person is offered.
    const depto = (await call("GET", "/v1/accommodations", { token: tenant.token })).json.data.find((a: { name: string }) => a.name === "Depto Lago").id;
    await call("POST", `/v1/accommodations/${acc}/blocks`, { token: tenant.token, body: { checkIn: futureDate("02-20"), checkOut: futureDate("03-01") } });
    await call("POST", `/v1/accommodations/${acc}/blocks`, { token: tenant.token, body: { checkIn: futureDate("03-10"), checkOut: futureDate("03-20") } });
    await call("POST", `/v1/accommodations/${depto}/blocks`, { token: tenant.token, body: { checkIn: futureDate("02-20"), checkOut: futureDate("03-20") } });
    await turn("y del 3 al 6/3?", understood({ intent: "disponibilidad", checkIn: futureDate("03-03"), checkOut: futureDate("03-06") }));
    await eventually(async () => expect(sentTexts().at(-1)).toBe("Uy, para del 3 al 6/3 no me queda lugar, ni una semana antes o después 😕 ¿Querés que te pase con alguien del equipo?"));
    await turn("si porfa", understood({ intent: "fallback" }));
    await eventually(async () => expect(sentTexts().at(-1)).toContain("te paso con alguien del equipo"));
  });
});

describe("booking by email with the assistant", () => {
  it("holds the stay with email as its source, so reports count the channel it came through", async () => {
    const tenant = await createTenant();
    await configurePayments(tenant);
    const acc = await createAccommodation(tenant, { name: "Cabaña Coihue", minStay: 1 });
    const conversation = await ensureConversation(database(env.DB), tenant.tenantId, "email", "lucia.f@example.com", "Lucía");
    const turn = (text: string, understanding: Understanding) =>
      takeGuestTurn(database(env.DB), env, assistantPaymentLinks(database(env.DB), env, parseConfig(env)), { tenantId: tenant.tenantId, conversationId: conversation.id, messageId: `msg_${crypto.randomUUID()}`, text, understanding, now: Date.now() });
    const checkIn = futureDate("05-04");
    const checkOut = futureDate("05-06");
    await turn("del 4 al 6/5 para 2", understood({ intent: "disponibilidad", checkIn, checkOut, guests: 2 }));
    await turn("la 1", understood({ intent: "reservar" }));
    const reservations = await eventually(async () => {
      const listed = (await call("GET", `/v1/reservations?accommodationId=${acc}`, { token: tenant.token })).json.data;
      expect(listed).toHaveLength(1);
      return listed;
    });
    expect(reservations[0]).toMatchObject({ status: "held", checkIn, checkOut, source: "email" });
  });
});
