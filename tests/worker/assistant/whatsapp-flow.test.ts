import { env } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { call } from "../support/api";
import { eventually } from "../support/calendar";
import type { FakePaymentProviders } from "../support/fake-payment-providers";
import { installFakeServices } from "../support/fake-services";
import type { FakeWhatsApp } from "../support/fake-whatsapp";
import { notifyMercadoPago } from "../support/payments";
import { connectedTenant, guestWrites } from "../support/whatsapp-guest";

let graph: FakeWhatsApp;
let payments: FakePaymentProviders;
beforeEach(() => {
  ({ graph, payments } = installFakeServices());
});
afterEach(() => vi.restoreAllMocks());

const texts = () => graph.sent.map((s) => (s.body.type === "text" ? (s.body.text.body as string) : `[template ${s.body.template.name}]`));

describe("a guest books end to end on WhatsApp, in Argentine Spanish", () => {
  it("inquiry → slot filling → offer → hold with link → payment webhook → confirmation, each answered once", async () => {
    const { tenant, phone, acc } = await connectedTenant();

    const first = await guestWrites(phone, "hola! tenes lugar?");
    await eventually(async () => expect(texts()).toHaveLength(1));
    expect(texts()[0]).toMatch(/fechas/);
    // Meta redelivers the same message: no second answer.
    await guestWrites(phone, "hola! tenes lugar?", first);

    await guestWrites(phone, "del 10 al 13/2, somos 4");
    await eventually(async () => expect(texts()).toHaveLength(2));
    expect(texts()[1]).toMatch(/^Del 10 al 13\/2 tenemos Cabaña Coihue: .*\/noche \(total .*\)\. ¿Te reservo por 30 min\?$/);

    await guestWrites(phone, "la 1");
    await eventually(async () => expect(texts()).toHaveLength(3));
    expect(texts()[2]).toMatch(/Te guardo Cabaña Coihue ⏳ Seña 30%: .* Pagá acá: .* Vence \d{2}:\d{2}\./);

    const [reservation] = (await call("GET", `/v1/reservations?accommodationId=${acc}`, { token: tenant.token })).json.data;
    expect(reservation).toMatchObject({ status: "held", guests: 4, source: "whatsapp", guest: { name: "Ana", phone: "+5491100000001" } });
    expect(reservation.checkIn.endsWith("-02-10")).toBe(true);

    await notifyMercadoPago(tenant.tenantId, payments.mpPay(reservation.code));
    await eventually(async () => expect(texts()).toHaveLength(4));
    expect(texts()[3]).toContain(`✅ ¡Confirmado! Código ${reservation.code}`);
    expect((await call("GET", `/v1/reservations/${reservation.id}`, { token: tenant.token })).json.status).toBe("confirmed");

    const guestMessages = (await env.DB.prepare("SELECT status FROM messages WHERE tenant_id = ? AND direction = 'in'").bind(tenant.tenantId).all<{ status: string }>()).results;
    expect(guestMessages.map((m) => m.status)).toEqual(["answered", "answered", "answered"]);
  });

  it("hands over to staff on request, then stays quiet while staff reply", async () => {
    const { tenant, phone } = await connectedTenant();
    await guestWrites(phone, "quiero hablar con una persona");
    await eventually(async () => expect(texts()).toHaveLength(1));
    expect(texts()[0]).toContain("te paso con alguien");
    const [conversation] = (await call("GET", "/v1/conversations?status=escalated", { token: tenant.token })).json.data;
    await call("POST", `/v1/conversations/${conversation.id}/messages`, { token: tenant.token, body: { text: "Hola Ana, soy Marta. ¿En qué te ayudo?" } });
    await eventually(async () => expect(texts()).toHaveLength(2));
    await guestWrites(phone, "tenes lugar del 10 al 13/2 para 2?");
    await eventually(async () => {
      const inbound = (await env.DB.prepare("SELECT status FROM messages WHERE conversation_id = ? AND direction = 'in' ORDER BY created_at").bind(conversation.id).all<{ status: string }>()).results;
      expect(inbound.map((m) => m.status)).toEqual(["answered", "answered"]);
    });
    expect(texts()).toHaveLength(2);
  });
});
