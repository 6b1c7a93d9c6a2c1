import { env } from "cloudflare:test";
import { Webhook } from "standardwebhooks";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { eventually } from "../support/calendar";
import { FakePartner, PARTNER_BASE } from "../support/fake-partner";
import { futureDate, hold } from "../support/reservations";
import { addMember, createKey, createTenant } from "../support/tenant";

let partner: FakePartner;
beforeEach(() => {
  partner = new FakePartner().install();
});
afterEach(() => vi.restoreAllMocks());

describe("webhook subscriptions", () => {
  it("creates a subscription whose secret is shown once, never again", async () => {
    const tenant = await createTenant();
    const created = await call("POST", "/v1/webhook-subscriptions", { token: tenant.token, body: { url: `${PARTNER_BASE}/in`, events: ["reservation.held", "payment.received"], description: "PMS" } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ id: expect.stringMatching(/^whs_/), secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/=]{32}$/), status: "active", events: ["reservation.held", "payment.received"] });
    const listed = await call("GET", "/v1/webhook-subscriptions", { token: tenant.token });
    expect(listed.json.data).toHaveLength(1);
    expect(listed.text).not.toContain(created.json.secret);
    expect(listed.json.data[0]).not.toHaveProperty("secret");
    const row = await env.DB.prepare("SELECT secret_sealed FROM webhook_subscriptions WHERE id = ?").bind(created.json.id).first<{ secret_sealed: string }>();
    expect(row?.secret_sealed).not.toContain(created.json.secret.slice(6));
  });

  it.each([
    ["http://hooks.partner.fake/in", "scheme_not_allowed"],
    ["https://127.0.0.1/in", "private_address"],
    ["https://10.1.2.3/in", "private_address"],
    ["https://169.254.169.254/latest", "private_address"],
    ["https://[::ffff:127.0.0.1]/in", "private_address"],
    ["https://hooks.partner.fake:8443/in", "port_not_allowed"],
    ["https://user:pw@hooks.partner.fake/in", "credentials_in_url"],
    ["https://localhost/in", "private_address"],
  ])("refuses %s with 422 url_not_allowed (%s), storing nothing", async (url, reason) => {
    const tenant = await createTenant();
    const created = await call("POST", "/v1/webhook-subscriptions", { token: tenant.token, body: { url, events: ["alert.raised"] } });
    expect(created.status).toBe(422);
    expect(created.headers.get("content-type")).toContain("application/problem+json");
    expect(created.json).toMatchObject({ code: "url_not_allowed", errors: [{ path: "url", message: reason }] });
    expect((await call("GET", "/v1/webhook-subscriptions", { token: tenant.token })).json.data).toEqual([]);
  });

  it("refuses unknown event types and empty lists with 400", async () => {
    const tenant = await createTenant();
    for (const events of [["reservation.exploded"], [], "alert.raised"]) {
      const created = await call("POST", "/v1/webhook-subscriptions", { token: tenant.token, body: { url: `${PARTNER_BASE}/in`, events } });
      expect(created.status).toBe(400);
      expect(created.json.code).toBeTruthy();
    }
  });

  it("refuses a delivery whose host resolves to a private address, recording why", async () => {
    const tenant = await createTenant();
    partner.dns.set("rebind.partner.fake", ["10.0.0.7"]);
    const created = await call("POST", "/v1/webhook-subscriptions", { token: tenant.token, body: { url: "https://rebind.partner.fake/in", events: ["alert.raised"] } });
    expect(created.status).toBe(201);
    const ping = await call("POST", `/v1/webhook-subscriptions/${created.json.id}/ping`, { token: tenant.token });
    expect(ping.json).toMatchObject({ status: "failed", lastError: expect.stringContaining("url_not_allowed"), responseStatus: null });
    expect(partner.received).toEqual([]);
  });

  it("pings: a signed webhook.ping, one attempt, recorded in the log", async () => {
    const tenant = await createTenant();
    const created = await call("POST", "/v1/webhook-subscriptions", { token: tenant.token, body: { url: `${PARTNER_BASE}/ping`, events: ["alert.raised"] } });
    const ping = await call("POST", `/v1/webhook-subscriptions/${created.json.id}/ping`, { token: tenant.token });
    expect(ping.status).toBe(200);
    expect(ping.json).toMatchObject({ eventType: "webhook.ping", status: "succeeded", attempts: 1, responseStatus: 200 });
    const [received] = partner.received;
    expect(new Webhook(created.json.secret).verify(received!.body, received!.headers)).toMatchObject({ type: "webhook.ping", data: { subscriptionId: created.json.id } });

    partner.answers = [500];
    const failed = await call("POST", `/v1/webhook-subscriptions/${created.json.id}/ping`, { token: tenant.token });
    expect(failed.json).toMatchObject({ status: "failed", attempts: 1, responseStatus: 500, responseExcerpt: "failure 500", nextAttemptAt: null });
    // A test ping says nothing about the endpoint's health.
    expect((await call("GET", `/v1/webhook-subscriptions/${created.json.id}`, { token: tenant.token })).json.failureStreak).toBe(0);
    const log = await call("GET", `/v1/webhook-subscriptions/${created.json.id}/deliveries?status=failed`, { token: tenant.token });
    expect(log.json.data).toHaveLength(1);
  });

  it("updates and deletes; another tenant's subscription is 404 everywhere", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const created = await call("POST", "/v1/webhook-subscriptions", { token: tenant.token, body: { url: `${PARTNER_BASE}/a`, events: ["alert.raised"] } });
    const id = created.json.id;
    for (const [method, path, body] of [
      ["GET", `/v1/webhook-subscriptions/${id}`],
      ["PATCH", `/v1/webhook-subscriptions/${id}`, { events: ["feed.failed"] }],
      ["DELETE", `/v1/webhook-subscriptions/${id}`],
      ["POST", `/v1/webhook-subscriptions/${id}/rotate-secret`, {}],
      ["POST", `/v1/webhook-subscriptions/${id}/ping`],
      ["GET", `/v1/webhook-subscriptions/${id}/deliveries`],
      ["POST", `/v1/webhook-subscriptions/${id}/replay-failed`],
    ] as const) {
      expect((await call(method, path, { token: other.token, body })).status, `${method} ${path}`).toBe(404);
    }
    const patched = await call("PATCH", `/v1/webhook-subscriptions/${id}`, { token: tenant.token, body: { events: ["feed.failed", "alert.raised"], url: `${PARTNER_BASE}/b` } });
    expect(patched.json).toMatchObject({ events: ["feed.failed", "alert.raised"], url: `${PARTNER_BASE}/b` });
    expect((await call("PATCH", `/v1/webhook-subscriptions/${id}`, { token: tenant.token, body: { url: "https://192.168.0.1/x" } })).status).toBe(422);
    expect((await call("DELETE", `/v1/webhook-subscriptions/${id}`, { token: tenant.token })).status).toBe(204);
    expect((await call("GET", `/v1/webhook-subscriptions/${id}`, { token: tenant.token })).status).toBe(404);
  });

  it("is for owners, admins and keys with webhooks:manage; staff are refused", async () => {
    const tenant = await createTenant();
    const staff = await addMember(tenant, "staff");
    expect((await call("GET", "/v1/webhook-subscriptions", { token: staff.token })).status).toBe(403);
    const key = await createKey(tenant, ["webhooks:manage"]);
    const created = await call("POST", "/v1/webhook-subscriptions", { token: key.key, body: { url: `${PARTNER_BASE}/k`, events: ["reservation.held"] } });
    expect(created.status).toBe(201);
  });
});

describe("events from the product", () => {
  it("a hold reaches the partner as reservation.held, signed, through the queue, and the payload links the full resource", async () => {
    const tenant = await createTenant();
    const created = await call("POST", "/v1/webhook-subscriptions", { token: tenant.token, body: { url: `${PARTNER_BASE}/flow`, events: ["reservation.held", "reservation.cancelled"] } });
    const acc = await createAccommodation(tenant, { minStay: 1 });
    const held = await hold(tenant, acc, futureDate("06-01"), futureDate("06-03"));
    expect(held.status).toBe(201);
    const received = await eventually(async () => {
      const found = partner.received.find((r) => r.path === "/flow" && JSON.parse(r.body).type === "reservation.held");
      if (!found) throw new Error("not yet delivered");
      return found;
    });
    const event = new Webhook(created.json.secret).verify(received.body, received.headers) as { data: { id: string; url: string; status: string } };
    expect(event.data).toMatchObject({ id: held.json.id, status: "held", url: `/v1/reservations/${held.json.id}` });
    const key = await createKey(tenant, ["reservations:read"]);
    expect((await call("GET", event.data.url, { token: key.key })).json).toMatchObject({ id: held.json.id });

    await call("POST", `/v1/reservations/${held.json.id}/cancel`, { token: tenant.token, body: {} });
    await eventually(async () => {
      if (!partner.received.some((r) => JSON.parse(r.body).type === "reservation.cancelled")) throw new Error("not yet delivered");
    });
    const types = partner.received.filter((r) => r.path === "/flow").map((r) => JSON.parse(r.body).type);
    expect(types.filter((t) => t === "reservation.held")).toHaveLength(1);
  });
});
