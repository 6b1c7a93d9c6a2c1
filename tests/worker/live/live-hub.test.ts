import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { installFakeServices } from "../support/fake-services";
import { futureDate, hold } from "../support/reservations";
import { openSocket, pathOf, type TestSocket } from "../support/sockets";
import { addMember, createKey, createTenant, type TestTenant } from "../support/tenant";

beforeEach(() => {
  installFakeServices();
});
afterEach(() => vi.restoreAllMocks());

async function openConsoleFeed(token: string): Promise<TestSocket> {
  const ticket = await call("POST", "/v1/live/tickets", { token });
  expect(ticket.status).toBe(201);
  expect(ticket.json.url).toMatch(/^ws:\/\/posada\.test\/v1\/live\?ticket=/);
  const { status, socket } = await openSocket(pathOf(ticket.json.url));
  expect(status).toBe(101);
  return socket!;
}

describe("console live updates", () => {
  it("tells every open console of the tenant about holds, confirmations, blocks, messages and alerts", async () => {
    const tenant = await createTenant();
    const unitId = await createAccommodation(tenant);
    const owner = await openConsoleFeed(tenant.token);
    const staff = await openConsoleFeed((await addMember(tenant, "staff")).token);

    const held = (await hold(tenant, unitId, futureDate("03-10"), futureDate("03-12"))).json;
    for (const socket of [owner, staff]) {
      await socket.next((e) => e.type === "reservation.changed" && e.reservationId === held.id && e.status === "held");
    }

    await call("POST", `/v1/reservations/${held.id}/confirm`, { token: tenant.token, body: { payment: { amount: held.deposit, method: "cash" } } });
    await owner.next((e) => e.type === "reservation.changed" && e.reservationId === held.id && e.status === "confirmed");

    const beforeBlock = owner.received.length;
    await call("POST", `/v1/accommodations/${unitId}/blocks`, { token: tenant.token, body: { checkIn: futureDate("04-01"), checkOut: futureDate("04-03") } });
    await owner.next((e) => e.type === "calendar.changed" && e.accommodationId === unitId && owner.received.indexOf(e) >= beforeBlock);

    const chat = (await call("POST", `/chat/${tenant.slug}/sessions`, { body: { name: "Ana" } })).json;
    await call("POST", `/chat/${tenant.slug}/sessions/${chat.sessionId}/messages`, { body: { text: "quiero hablar con alguien" }, headers: { authorization: `Bearer ${chat.token}` } });
    await owner.next((e) => e.type === "conversation.changed" && e.conversationId === chat.sessionId && e.reason === "message");
    await owner.next((e) => e.type === "conversation.changed" && e.conversationId === chat.sessionId && e.reason === "state");
    const raised = await owner.next<{ alertId: string }>((e) => e.type === "alert.raised" && e.kind === "conversation_escalated");
    await call("POST", `/v1/alerts/${raised.alertId}/resolve`, { token: tenant.token });
    await staff.next((e) => e.type === "alert.resolved" && e.alertId === raised.alertId);
    owner.close();
    staff.close();
  });

  it("never tells one tenant about another's changes", async () => {
    const mine = await createTenant();
    const theirs = await createTenant();
    const feed = await openConsoleFeed(mine.token);
    const unitId = await createAccommodation(theirs);
    const theirHold = (await hold(theirs, unitId, futureDate("05-10"), futureDate("05-12"))).json;
    const myUnit = await createAccommodation(mine);
    const myHold = (await hold(mine, myUnit, futureDate("05-10"), futureDate("05-12"))).json;
    await feed.next((e) => e.type === "reservation.changed" && e.reservationId === myHold.id);
    expect(JSON.stringify(feed.received)).not.toContain(theirHold.id);
    expect(JSON.stringify(feed.received)).not.toContain(unitId);
    feed.close();
  });

  it("opens only with a fresh ticket from a signed-in user", async () => {
    const tenant = await createTenant();
    expect((await openSocket("/v1/live")).status).toBe(401);
    expect((await openSocket("/v1/live?ticket=not-a-ticket")).status).toBe(401);
    // The console's session token is not a ticket, and a partner key cannot ask for one.
    expect((await openSocket(`/v1/live?ticket=${tenant.token}`)).status).toBe(401);
    const key = await createKey(tenant, ["reservations:read"]);
    expect((await call("POST", "/v1/live/tickets", { token: key.key })).status).toBe(403);
    expect((await call("POST", "/v1/live/tickets")).status).toBe(401);

    const ticket = (await call("POST", "/v1/live/tickets", { token: tenant.token })).json;
    const plain = await call("GET", pathOf(ticket.url));
    expect(plain.status).toBe(426);
    vi.useFakeTimers({ now: Date.now() + 61_000, toFake: ["Date"] });
    try {
      expect((await openSocket(pathOf(ticket.url))).status).toBe(401);
    } finally {
      vi.useRealTimers();
    }
  });
});
