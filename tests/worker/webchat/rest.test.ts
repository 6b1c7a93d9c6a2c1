import { SELF } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import type { FakePaymentProviders } from "../support/fake-payment-providers";
import { installFakeServices } from "../support/fake-services";
import { configurePayments } from "../support/payments";
import { createTenant, type TestTenant } from "../support/tenant";

let payments: FakePaymentProviders;
beforeEach(() => {
  ({ payments } = installFakeServices());
});
afterEach(() => vi.restoreAllMocks());

async function open(tenant: TestTenant, body: Record<string, unknown> = { name: "Lucía" }) {
  return call("POST", `/chat/${tenant.slug}/sessions`, { body });
}

const say = (tenant: TestTenant, sessionId: string, token: string, text: string) =>
  call("POST", `/chat/${tenant.slug}/sessions/${sessionId}/messages`, { body: { text }, headers: { authorization: `Bearer ${token}` } });

describe("guest web chat (REST)", () => {
  it("books from the website: greeting, offer, hold with a payment link, answered in the response", async () => {
    const tenant = await createTenant();
    await configurePayments(tenant);
    await createAccommodation(tenant, { name: "Depto Lago", minStay: 1 });
    const session = await open(tenant);
    expect(session.status).toBe(201);
    const { sessionId, token } = session.json;

    const hello = await say(tenant, sessionId, token, "hola!");
    expect(hello.status).toBe(200);
    expect(hello.json.replies).toEqual([{ id: expect.stringMatching(/^msg/), author: "assistant", text: expect.stringContaining("fechas") }]);

    const offer = await say(tenant, sessionId, token, "tenes lugar del 10 al 13/2 para 2?");
    expect(offer.json.replies[0].text).toMatch(/tenemos Depto Lago/);

    // The visitor gave a name when opening the chat; a hold also needs a way to reach them.
    const asked = await say(tenant, sessionId, token, "la 1");
    // The choice is said back first, so "la 1" leaves no doubt which stay it was.
    expect(asked.json.replies[0].text).toMatch(/^Depto Lago, del 10 al 13\/2: \$[\d.]+ en total\. ¡Gracias, Lucía! ¿Me pasás un teléfono o email de contacto\? 📝$/);
    const held = await say(tenant, sessionId, token, "lucia@example.com");
    expect(held.json.replies[0].text).toContain("Te guardo Depto Lago");
    expect(held.json.replies[0].text).toContain(payments.preferences[0]!.id);

    const [conversation] = (await call("GET", "/v1/conversations", { token: tenant.token })).json.data;
    expect(conversation).toMatchObject({ id: sessionId, channel: "webchat", guestName: "Lucía", lastMessagePreview: held.json.replies[0].text.slice(0, 140) });
    // The hold says where it came from, for the reports, and carries no phone made up from a session id.
    const reservationId = payments.preferences[0]!.body.metadata.reservation_id as string;
    const reservation = (await call("GET", `/v1/reservations/${reservationId}`, { token: tenant.token })).json;
    expect(reservation).toMatchObject({ source: "webchat", guest: { name: "Lucía", phone: null, email: "lucia@example.com" } });
  });

  it("opens a session only for a known tenant, and a token opens only its own session", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    expect((await call("POST", "/chat/no-such-lodging/sessions", { body: {} })).status).toBe(404);
    const a = (await open(tenant)).json;
    const b = (await open(tenant)).json;
    expect((await say(tenant, a.sessionId, b.token, "hola")).status).toBe(401);
    expect((await say(other, a.sessionId, a.token, "hola")).status).toBe(401);
    expect((await say(tenant, a.sessionId, tenant.token, "hola")).status).toBe(401);
    expect((await say(tenant, a.sessionId, "", "hola")).status).toBe(401);
    // A chat token is not a console credential.
    expect((await call("GET", "/v1/conversations", { token: a.token })).status).toBe(401);
    const bad = await say(tenant, a.sessionId, a.token, "");
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
    const notJson = await SELF.fetch(`http://posada.test/chat/${tenant.slug}/sessions/${a.sessionId}/messages`, { method: "POST", headers: { authorization: `Bearer ${a.token}` }, body: "{" });
    expect(notJson.status).toBe(400);
  });
});

describe("guest web chat, embedded on the lodging's own website", () => {
  it("answers cross-origin calls, with the session token and never cookies", async () => {
    const tenant = await createTenant();
    const preflight = await SELF.fetch(`http://posada.test/chat/${tenant.slug}/sessions`, {
      method: "OPTIONS",
      headers: { origin: "https://cabanas.example", "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
    const opened = await call("POST", `/chat/${tenant.slug}/sessions`, { body: {}, headers: { origin: "https://cabanas.example" } });
    expect(opened.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("gives the visitor their own thread back after a reload, and nobody else's", async () => {
    const tenant = await createTenant();
    const { sessionId, token } = (await open(tenant)).json;
    const other = (await open(tenant)).json;
    await say(tenant, sessionId, token, "hola!");
    const thread = await call("GET", `/chat/${tenant.slug}/sessions/${sessionId}/messages`, { headers: { authorization: `Bearer ${token}` } });
    expect(thread.status).toBe(200);
    expect(thread.json.data.map((m: { author: string }) => m.author)).toEqual(["guest", "assistant"]);
    expect(thread.json.data[0]).toMatchObject({ text: "hola!", id: expect.stringMatching(/^msg_/) });
    expect((await call("GET", `/chat/${tenant.slug}/sessions/${sessionId}/messages`, { headers: { authorization: `Bearer ${other.token}` } })).status).toBe(401);
  });
});
