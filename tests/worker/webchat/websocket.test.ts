import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { installFakeServices } from "../support/fake-services";
import { configurePayments } from "../support/payments";
import { openSocket } from "../support/sockets";
import { createTenant, type TestTenant } from "../support/tenant";

beforeEach(() => {
  installFakeServices();
});
afterEach(() => vi.restoreAllMocks());

async function openChat(tenant: TestTenant) {
  const session = await call("POST", `/chat/${tenant.slug}/sessions`, { body: { name: "Lucía" } });
  return session.json as { sessionId: string; token: string };
}

const wsPath = (tenant: TestTenant, sessionId: string, token: string) => `/chat/${tenant.slug}/sessions/${sessionId}/ws?token=${encodeURIComponent(token)}`;

describe("guest web chat (WebSocket)", () => {
  it("pushes the assistant's replies and staff messages to the visitor's open socket", async () => {
    const tenant = await createTenant();
    await configurePayments(tenant);
    await createAccommodation(tenant, { name: "Depto Lago", minStay: 1 });
    const { sessionId, token } = await openChat(tenant);
    const { status, socket } = await openSocket(wsPath(tenant, sessionId, token));
    expect(status).toBe(101);

    const answered = await call("POST", `/chat/${tenant.slug}/sessions/${sessionId}/messages`, { body: { text: "hola!" }, headers: { authorization: `Bearer ${token}` } });
    const pushed = await socket!.next<{ message: { author: string; text: string } }>((p) => p.type === "message");
    expect(pushed.message.author).toBe("assistant");
    expect(pushed.message.text).toBe(answered.json.replies[0].text);

    const staff = await call("POST", `/v1/conversations/${sessionId}/messages`, { token: tenant.token, body: { text: "Hola Lucía, soy Marta de recepción 👋" } });
    expect(staff.status).toBe(201);
    const fromStaff = await socket!.next<{ message: { author: string; text: string } }>((p) => (p.message as { author?: string } | undefined)?.author === "staff");
    expect(fromStaff.message.text).toBe("Hola Lucía, soy Marta de recepción 👋");

    // Pings are answered without waking the object's code.
    socket!.send("ping");
    await expect.poll(() => socket!.received.includes("pong")).toBe(true);
    socket!.close();
  });

  it("delivers to every tab of the same visitor and to no other visitor", async () => {
    const tenant = await createTenant();
    const a = await openChat(tenant);
    const b = await openChat(tenant);
    const tab1 = (await openSocket(wsPath(tenant, a.sessionId, a.token))).socket!;
    const tab2 = (await openSocket(wsPath(tenant, a.sessionId, a.token))).socket!;
    const other = (await openSocket(wsPath(tenant, b.sessionId, b.token))).socket!;

    await call("POST", `/v1/conversations/${a.sessionId}/messages`, { token: tenant.token, body: { text: "solo para A" } });
    await tab1.next((p) => p.type === "message");
    await tab2.next((p) => p.type === "message");
    await call("POST", `/v1/conversations/${b.sessionId}/messages`, { token: tenant.token, body: { text: "solo para B" } });
    await other.next((p) => p.type === "message");
    expect(other.received).toHaveLength(1);
    expect(JSON.stringify(tab1.received)).not.toContain("solo para B");
    for (const socket of [tab1, tab2, other]) socket.close();
  });

  it("refuses a socket without the session's own token, and a plain GET", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const a = await openChat(tenant);
    const b = await openChat(tenant);
    expect((await openSocket(wsPath(tenant, a.sessionId, b.token))).status).toBe(401);
    expect((await openSocket(wsPath(other, a.sessionId, a.token))).status).toBe(401);
    expect((await openSocket(wsPath(tenant, a.sessionId, tenant.token))).status).toBe(401);
    expect((await openSocket(`/chat/${tenant.slug}/sessions/${a.sessionId}/ws`)).status).toBe(401);
    const plain = await call("GET", wsPath(tenant, a.sessionId, a.token));
    expect(plain.status).toBe(426);
    expect(plain.headers.get("content-type")).toContain("application/problem+json");
  });
});
