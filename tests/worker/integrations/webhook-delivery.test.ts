import { env } from "cloudflare:test";
import { Webhook } from "standardwebhooks";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { database } from "../../../workers/platform/db/client";
import { parseConfig, type Env } from "../../../workers/platform/env";
import { publishEvent } from "../../../workers/integrations/webhooks/publish-event";
import { DISABLE_AFTER_MS, MAX_ATTEMPTS, RETRY_DELAYS_SECONDS } from "../../../workers/integrations/webhooks/attempt-delivery";
import { getDelivery, replayDelivery, replayFailedDeliveries, requeueOverdueDeliveries } from "../../../workers/integrations/webhooks/deliveries";
import { runWebhookDelivery } from "../../../workers/jobs/webhook-delivery-job";
import { call } from "../support/api";
import { FakePartner, PARTNER_BASE, RecordingQueue } from "../support/fake-partner";
import { createTenant, type TestTenant } from "../support/tenant";

const db = database(env.DB);
const config = parseConfig(env);
let partner: FakePartner;
let queue: RecordingQueue;
let testEnv: Env;

beforeEach(() => {
  partner = new FakePartner().install();
  queue = new RecordingQueue();
  testEnv = { ...env, PARTNER_WEBHOOK_QUEUE: queue as unknown as Env["PARTNER_WEBHOOK_QUEUE"] };
});
afterEach(() => vi.restoreAllMocks());

async function subscribe(tenant: TestTenant, events = ["reservation.confirmed"], path = "/hooks") {
  const created = await call("POST", "/v1/webhook-subscriptions", { token: tenant.token, body: { url: `${PARTNER_BASE}${path}`, events } });
  expect(created.status).toBe(201);
  return created.json as { id: string; secret: string };
}

/** The reference algorithm (the standardwebhooks library) signing what was received, with one secret. */
function signedWith(secret: string, received: { headers: Record<string, string>; body: string }): boolean {
  const expected = new Webhook(secret).sign(received.headers["webhook-id"]!, new Date(Number(received.headers["webhook-timestamp"]) * 1000), received.body);
  return received.headers["webhook-signature"]!.split(" ").includes(expected);
}

async function publishOne(tenant: TestTenant, key = crypto.randomUUID(), now = Date.now()) {
  const created = await publishEvent(db, testEnv, tenant.tenantId, "reservation.confirmed", { id: "res_x", code: "RES1" }, { key, now });
  expect(created).toBe(1);
  const [message] = queue.take();
  return message!.body.deliveryId;
}

describe("signed delivery with retries", () => {
  it("fails three times, then succeeds: one delivery recorded as succeeded, never sent again", async () => {
    const tenant = await createTenant();
    const { secret } = await subscribe(tenant);
    partner.answers = [500, 503, 502];
    const t0 = Date.now();
    const id = await publishOne(tenant, "k1", t0);

    let now = t0;
    const outcomes: string[] = [];
    for (let attempt = 1; attempt <= 4; attempt++) {
      outcomes.push((await runWebhookDelivery(db, testEnv, config, id, { now })).kind);
      const next = queue.take();
      if (attempt < 4) {
        // Each failure re-sends the message itself, delayed by the schedule, and the row says when.
        expect(next).toEqual([{ body: { kind: "webhook_delivery", tenantId: tenant.tenantId, deliveryId: id }, delaySeconds: RETRY_DELAYS_SECONDS[attempt - 1] }]);
        // Too early: the row is not due yet, so a stray message sends nothing.
        expect((await runWebhookDelivery(db, testEnv, config, id, { now: now + 1000 })).kind).toBe("skipped");
        now += RETRY_DELAYS_SECONDS[attempt - 1]! * 1000;
      } else {
        expect(next).toEqual([]);
      }
    }
    expect(outcomes).toEqual(["retry_scheduled", "retry_scheduled", "retry_scheduled", "delivered"]);

    // The same message delivered again (queues are at-least-once) finds the row succeeded.
    expect((await runWebhookDelivery(db, testEnv, config, id, { now: now + 60_000 })).kind).toBe("skipped");

    const received = partner.deliveriesOf(id);
    expect(received.map((r) => r.answeredStatus)).toEqual([500, 503, 502, 200]);
    expect(received.filter((r) => r.answeredStatus === 200)).toHaveLength(1);
    for (const r of received) expect(signedWith(secret, r)).toBe(true);
    expect(signedWith(`whsec_${btoa("not the secret at all, 24b")}`, received[0]!)).toBe(false);
    expect(JSON.parse(received[3]!.body)).toMatchObject({ type: "reservation.confirmed", version: 1, data: { id: "res_x" } });

    const row = await getDelivery(db, tenant.tenantId, id);
    expect(row).toMatchObject({ status: "succeeded", attempts: 4, responseStatus: 200, responseExcerpt: "ok" });
    expect(row.latencyMs).toBeGreaterThanOrEqual(0);
    const listed = await call("GET", `/v1/webhook-subscriptions/${row.subscriptionId}/deliveries`, { token: tenant.token });
    expect(listed.json.data).toEqual([expect.objectContaining({ id, status: "succeeded", attempts: 4 })]);
  });

  it("verifies with the reference library's own verify on a live attempt", async () => {
    const tenant = await createTenant();
    const { secret } = await subscribe(tenant);
    const id = await publishOne(tenant);
    expect((await runWebhookDelivery(db, testEnv, config, id)).kind).toBe("delivered");
    const [received] = partner.deliveriesOf(id);
    expect(new Webhook(secret).verify(received!.body, received!.headers)).toMatchObject({ type: "reservation.confirmed" });
  });

  it("publishes an event key once, however often the domain event is redelivered", async () => {
    const tenant = await createTenant();
    await subscribe(tenant);
    expect(await publishEvent(db, testEnv, tenant.tenantId, "reservation.confirmed", { id: "a" }, { key: "same" })).toBe(1);
    expect(await publishEvent(db, testEnv, tenant.tenantId, "reservation.confirmed", { id: "a" }, { key: "same" })).toBe(0);
    expect(await publishEvent(db, testEnv, tenant.tenantId, "payment.received", { id: "a" }, { key: "other" })).toBe(0);
    expect(queue.take()).toHaveLength(1);
  });

  it("two attempts racing on one message send it once", async () => {
    const tenant = await createTenant();
    await subscribe(tenant);
    const id = await publishOne(tenant);
    const outcomes = await Promise.all([runWebhookDelivery(db, testEnv, config, id), runWebhookDelivery(db, testEnv, config, id)]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(["delivered", "skipped"]);
    expect(partner.deliveriesOf(id)).toHaveLength(1);
  });

  it("gives up after the last attempt of the schedule (over 24 hours) and keeps the delivery replayable", async () => {
    const tenant = await createTenant();
    await subscribe(tenant);
    partner.otherwise = 500;
    const t0 = Date.now();
    const id = await publishOne(tenant, "k", t0);
    expect(RETRY_DELAYS_SECONDS.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(24 * 3600);
    let now = t0;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const outcome = await runWebhookDelivery(db, testEnv, config, id, { now });
      expect(outcome.kind).toBe(attempt < MAX_ATTEMPTS ? "retry_scheduled" : "gave_up");
      now += (RETRY_DELAYS_SECONDS[attempt - 1] ?? 0) * 1000;
    }
    expect(await getDelivery(db, tenant.tenantId, id)).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, nextAttemptAt: null });
    queue.take();

    partner.otherwise = 200;
    const sub = (await getDelivery(db, tenant.tenantId, id)).subscriptionId;
    expect(await replayFailedDeliveries(db, testEnv, tenant.tenantId, sub)).toBe(1);
    expect(queue.take().map((m) => m.body.deliveryId)).toEqual([id]);
    expect((await runWebhookDelivery(db, testEnv, config, id)).kind).toBe("delivered");
  });
});

describe("replay", () => {
  it("sends a delivered event again with the same webhook-id, once per replay", async () => {
    const tenant = await createTenant();
    await subscribe(tenant);
    const id = await publishOne(tenant);
    await runWebhookDelivery(db, testEnv, config, id);
    await replayDelivery(db, testEnv, tenant.tenantId, id);
    expect(queue.take().map((m) => m.body.deliveryId)).toEqual([id]);
    // A replay of a delivery still under way is refused rather than doubled.
    await expect(replayDelivery(db, testEnv, tenant.tenantId, id)).rejects.toMatchObject({ status: 409, code: "delivery_pending" });
    expect((await runWebhookDelivery(db, testEnv, config, id)).kind).toBe("delivered");
    expect((await runWebhookDelivery(db, testEnv, config, id)).kind).toBe("skipped");
    expect(partner.deliveriesOf(id)).toHaveLength(2);
  });

  it("answers 202 through the API, 404 for another tenant's delivery", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    await subscribe(tenant);
    const id = await publishOne(tenant);
    await runWebhookDelivery(db, testEnv, config, id);
    expect((await call("POST", `/v1/webhook-deliveries/${id}/replay`, { token: other.token })).status).toBe(404);
    const replayed = await call("POST", `/v1/webhook-deliveries/${id}/replay`, { token: tenant.token });
    expect(replayed.status).toBe(202);
    expect(replayed.json).toMatchObject({ id, status: "pending", attempts: 0 });
  });

  it("the cron re-queues a delivery whose message was lost", async () => {
    const tenant = await createTenant();
    await subscribe(tenant);
    const t0 = Date.now();
    const id = await publishOne(tenant, "lost", t0);
    expect(await requeueOverdueDeliveries(db, testEnv, t0 + 60_000)).toBe(0);
    await requeueOverdueDeliveries(db, testEnv, t0 + 11 * 60_000);
    expect(queue.take().map((m) => m.body.deliveryId)).toContain(id);
  });
});

describe("secret rotation", () => {
  it("signs with both secrets during the overlap, and with the new one alone after it", async () => {
    const tenant = await createTenant();
    const { id: subscriptionId, secret: oldSecret } = await subscribe(tenant);
    const rotated = await call("POST", `/v1/webhook-subscriptions/${subscriptionId}/rotate-secret`, { token: tenant.token, body: { overlapSeconds: 3600 } });
    expect(rotated.status).toBe(200);
    const newSecret: string = rotated.json.secret;
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(oldSecret);

    const during = await publishOne(tenant, "during");
    await runWebhookDelivery(db, testEnv, config, during);
    const [received] = partner.deliveriesOf(during);
    expect(received!.headers["webhook-signature"]!.split(" ")).toHaveLength(2);
    expect(new Webhook(oldSecret).verify(received!.body, received!.headers)).toBeTruthy();
    expect(new Webhook(newSecret).verify(received!.body, received!.headers)).toBeTruthy();

    const after = await publishOne(tenant, "after", Date.now() + 3601_000);
    await runWebhookDelivery(db, testEnv, config, after, { now: Date.now() + 3601_000 });
    const [late] = partner.deliveriesOf(after);
    expect(signedWith(newSecret, late!)).toBe(true);
    expect(signedWith(oldSecret, late!)).toBe(false);
  });

  it("ends the old secret at once with overlapSeconds 0 (a leaked secret)", async () => {
    const tenant = await createTenant();
    const { id: subscriptionId, secret: oldSecret } = await subscribe(tenant);
    const rotated = await call("POST", `/v1/webhook-subscriptions/${subscriptionId}/rotate-secret`, { token: tenant.token, body: { overlapSeconds: 0 } });
    const id = await publishOne(tenant);
    await runWebhookDelivery(db, testEnv, config, id);
    const [received] = partner.deliveriesOf(id);
    expect(() => new Webhook(oldSecret).verify(received!.body, received!.headers)).toThrow();
    expect(new Webhook(rotated.json.secret).verify(received!.body, received!.headers)).toBeTruthy();
  });
});

describe("a subscription failing for days", () => {
  it("is disabled after 5 days of failures, with one alert, and comes back when enabled", async () => {
    const tenant = await createTenant();
    const { id: subscriptionId } = await subscribe(tenant);
    partner.otherwise = 500;
    const t0 = Date.now();
    const day = 24 * 3600_000;
    // A new event every day, each failing; the fifth day's failure turns the subscription off.
    const ids: string[] = [];
    const kinds: string[] = [];
    for (let d = 0; d <= 5; d++) {
      const id = await publishOne(tenant, `day${d}`, t0 + d * day);
      ids.push(id);
      kinds.push((await runWebhookDelivery(db, testEnv, config, id, { now: t0 + d * day })).kind);
      queue.take();
    }
    expect(t0 + 5 * day - t0).toBeGreaterThanOrEqual(DISABLE_AFTER_MS);
    expect(kinds).toEqual(["retry_scheduled", "retry_scheduled", "retry_scheduled", "retry_scheduled", "retry_scheduled", "disabled"]);

    const subscription = await call("GET", `/v1/webhook-subscriptions/${subscriptionId}`, { token: tenant.token });
    expect(subscription.json).toMatchObject({ status: "disabled", disabledReason: "failing", failureStreak: 6 });
    for (const id of ids) expect((await getDelivery(db, tenant.tenantId, id)).status).toBe("failed");
    const alerts = await call("GET", "/v1/alerts", { token: tenant.token });
    expect(alerts.json.data.filter((a: { kind: string }) => a.kind === "webhook_subscription_disabled")).toHaveLength(1);

    // Disabled: new events are not even recorded, and health says so.
    expect(await publishEvent(db, testEnv, tenant.tenantId, "reservation.confirmed", {}, { key: "later" })).toBe(0);
    const health = await call("GET", "/v1/integrations/health", { token: tenant.token });
    expect(health.json).toMatchObject({ status: "degraded", data: [expect.objectContaining({ id: subscriptionId, mode: "disabled", failureStreak: 6, healthy: false })] });

    partner.otherwise = 200;
    const enabled = await call("PATCH", `/v1/webhook-subscriptions/${subscriptionId}`, { token: tenant.token, body: { enabled: true } });
    expect(enabled.json).toMatchObject({ status: "active", failureStreak: 0, failingSince: null });
    const replayed = await call("POST", `/v1/webhook-subscriptions/${subscriptionId}/replay-failed`, { token: tenant.token });
    expect(replayed.json).toEqual({ replayed: 6 });
  });
});
