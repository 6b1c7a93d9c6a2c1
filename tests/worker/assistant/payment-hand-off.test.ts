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

const texts = () => graph.sent.map((s) => s.body.text?.body as string);

describe("a guest whose payment keeps failing", () => {
  it("is handed to staff after the second rejected payment, told once, and the assistant goes quiet", async () => {
    const { tenant, phone, acc } = await connectedTenant();
    await guestWrites(phone, "hola! tenes lugar del 10 al 13/2 para 2?");
    await eventually(async () => expect(texts()).toHaveLength(1));
    await guestWrites(phone, "la 1");
    await eventually(async () => expect(texts()).toHaveLength(2));
    const [reservation] = (await call("GET", `/v1/reservations?accommodationId=${acc}`, { token: tenant.token })).json.data;

    await notifyMercadoPago(tenant.tenantId, payments.mpPay(reservation.code, { status: "rejected" }));
    let [conversation] = (await call("GET", "/v1/conversations", { token: tenant.token })).json.data;
    expect(conversation).toMatchObject({ status: "assistant", escalated: false });

    await notifyMercadoPago(tenant.tenantId, payments.mpPay(reservation.code, { status: "rejected" }));
    await eventually(async () => expect(texts()).toHaveLength(3));
    expect(texts()[2]).toMatch(/el pago no pasó dos veces/);
    [conversation] = (await call("GET", "/v1/conversations", { token: tenant.token })).json.data;
    expect(conversation).toMatchObject({ status: "human", escalated: true });

    // A third rejection, or a redelivery, tells the guest nothing new; the guest writing again
    // is told once that the team knows, then the assistant stays quiet.
    await notifyMercadoPago(tenant.tenantId, payments.mpPay(reservation.code, { status: "rejected" }));
    await guestWrites(phone, "hola? sigo esperando");
    await eventually(async () => expect(texts()).toHaveLength(4));
    expect(texts()[3]).toBe("Ya le avisé al equipo, te responden en breve 🙌");
    await guestWrites(phone, "???");
    await eventually(async () => expect((await call("GET", `/v1/conversations/${conversation.id}/messages`, { token: tenant.token })).json.data.at(-1).text).toBe("???"));
    expect(texts()).toHaveLength(4);
    const kinds = (await call("GET", "/v1/alerts", { token: tenant.token })).json.data.map((a: { kind: string }) => a.kind);
    expect(kinds).toEqual(expect.arrayContaining(["payment_rejected_twice", "conversation_escalated"]));
  });
});
