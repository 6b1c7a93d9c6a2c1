import { env } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CHAT_SESSIONS_PER_ADDRESS } from "../../../workers/guest-messaging/webchat/visitor-limits";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { settleReadModel } from "../support/calendar";
import { installFakeServices } from "../support/fake-services";
import { configurePayments } from "../support/payments";
import { awayFromMinuteEdge } from "../support/rate-limit-window";
import { createTenant, type TestTenant } from "../support/tenant";

beforeEach(() => {
  installFakeServices();
});
afterEach(() => vi.restoreAllMocks());

/** A visitor's address of its own per test (TEST-NET-2), so no two tests share a budget. */
const someAddress = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;

const open = (tenant: TestTenant, address: string) => call("POST", `/chat/${tenant.slug}/sessions`, { body: { lang: "es" }, headers: { "cf-connecting-ip": address } });
const say = (tenant: TestTenant, session: { sessionId: string; token: string }, text: string, address: string) =>
  call("POST", `/chat/${tenant.slug}/sessions/${session.sessionId}/messages`, { body: { text }, headers: { authorization: `Bearer ${session.token}`, "cf-connecting-ip": address } });

const floodAlerts = async (tenantId: string) =>
  (await env.DB.prepare("SELECT kind, severity FROM alerts WHERE tenant_id = ? AND kind = 'webchat_flood'").bind(tenantId).all<{ kind: string; severity: string }>()).results;

describe("web chat limits on one visitor", () => {
  it("answers 429 with Retry-After past the sessions one address may open in a minute, and tells staff once", async () => {
    const tenant = await createTenant();
    const address = someAddress();
    await awayFromMinuteEdge();
    const statuses: number[] = [];
    for (let i = 0; i < CHAT_SESSIONS_PER_ADDRESS.limit + 2; i++) statuses.push((await open(tenant, address)).status);
    expect(statuses).toEqual([...Array<number>(CHAT_SESSIONS_PER_ADDRESS.limit).fill(201), 429, 429]);

    const refused = await open(tenant, address);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    expect(refused.json.code).toBe("rate_limited");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another visitor is not held back by this one.
    expect((await open(tenant, someAddress())).status).toBe(201);
    expect(await floodAlerts(tenant.tenantId)).toEqual([{ kind: "webchat_flood", severity: "warning" }]);
  });

  it("answers 429 with Retry-After past the messages one session may send in a minute, before storing or answering it", async () => {
    const tenant = await createTenant();
    const address = someAddress();
    const session = (await open(tenant, address)).json;
    await awayFromMinuteEdge();
    // Spend the session's minute in the binding directly rather than running 20 turns.
    while ((await env.CHAT_MESSAGE_LIMITER.limit({ key: session.sessionId })).success);

    const refused = await say(tenant, session, "hola!", address);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    expect(refused.json.code).toBe("rate_limited");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const thread = await call("GET", `/chat/${tenant.slug}/sessions/${session.sessionId}/messages`, { headers: { authorization: `Bearer ${session.token}` } });
    expect(thread.json.data).toEqual([]);
    expect(await floodAlerts(tenant.tenantId)).toHaveLength(1);
  });

  it("holds at most 3 times an hour for one address, then hands the visitor to a person without holding", async () => {
    const tenant = await createTenant();
    await configurePayments(tenant);
    const acc = await createAccommodation(tenant, { name: "Depto Lago", minStay: 1 });
    const address = someAddress();
    const first = (await open(tenant, address)).json;

    const holdFor = async (session: { sessionId: string; token: string }, dates: string) => {
      const offer = await say(tenant, session, `tenes lugar ${dates} para 2?`, address);
      expect(offer.json.replies[0].text).toMatch(/tenemos Depto Lago/);
      let picked = await say(tenant, session, "la 1", address);
      // A new visitor is asked once how to reach them; the session remembers it for the next choice.
      if ((picked.json.replies[0].text as string).includes("teléfono o email")) picked = await say(tenant, session, "Ana, ana@example.com", address);
      await settleReadModel(acc);
      return picked.json.replies[0].text as string;
    };
    expect(await holdFor(first, "del 10 al 12/2")).toContain("Te guardo Depto Lago");
    expect(await holdFor(first, "del 14 al 16/2")).toContain("Te guardo Depto Lago");
    expect(await holdFor(first, "del 18 al 20/2")).toContain("Te guardo Depto Lago");

    // A new session from the same address shares the budget: the fourth hold goes to a person.
    const second = (await open(tenant, address)).json;
    expect(await holdFor(second, "del 22 al 24/2")).toMatch(/te paso con alguien del equipo/);
    const reservations = (await call("GET", "/v1/reservations", { token: tenant.token })).json.data as { status: string }[];
    // Three holds were made, and each new choice replaced the one before.
    expect(reservations.map((r) => r.status).sort()).toEqual(["cancelled", "cancelled", "held"]);
    const conversation = (await call("GET", "/v1/conversations", { token: tenant.token })).json.data.find((c: { id: string }) => c.id === second.sessionId);
    expect(conversation).toMatchObject({ status: "human", escalated: true });
    expect(await floodAlerts(tenant.tenantId)).toHaveLength(1);
  });
});
