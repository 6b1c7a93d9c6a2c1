import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import worker from "../../../workers/index";
import { retryDelaySeconds } from "../../../workers/jobs/queue-consumer";
import type { QueueMessage } from "../../../workers/platform/queue-messages";
import { requeueUnprocessedEvents } from "../../../workers/webhook-events/requeue-unprocessed";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { eventually } from "../support/calendar";
import { FakePaymentProviders } from "../support/fake-payment-providers";
import { configurePayments } from "../support/payments";
import { futureDate, hold } from "../support/reservations";
import { createTenant, type TestTenant } from "../support/tenant";

let fake: FakePaymentProviders;
beforeEach(() => {
  fake = new FakePaymentProviders().install();
});
afterEach(() => fake.uninstall());

let slot = 0;
/**
 * A held reservation, paid at Mercado Pago, whose notification is stored as the webhook would
 * store it but not queued, so the test drives the consumer by hand.
 */
async function paidButUnprocessed(): Promise<{ tenant: TestTenant; reservationId: string; eventId: string }> {
  const tenant = await createTenant();
  await configurePayments(tenant);
  const acc = await createAccommodation(tenant, { minStay: 1 });
  slot += 1;
  const month = String(1 + (slot % 12)).padStart(2, "0");
  const created = await hold(tenant, acc, futureDate(`${month}-04`), futureDate(`${month}-06`));
  await call("POST", `/v1/reservations/${created.json.id}/payment-link`, { token: tenant.token });
  const paymentId = fake.mpPay(created.json.code);
  const eventId = `evt_test_${crypto.randomUUID().replace(/-/g, "").slice(0, 20)}`;
  await env.DB.prepare("INSERT INTO webhook_events (id, tenant_id, provider, provider_event_id, event_type, raw_body, query, received_at) VALUES (?, ?, 'mercadopago', ?, 'payment.updated', ?, ?, ?)")
    .bind(eventId, tenant.tenantId, `payment:${paymentId}`, JSON.stringify({ type: "payment", data: { id: paymentId } }), `?data.id=${paymentId}&type=payment`, Date.now() - 10 * 60_000)
    .run();
  return { tenant, reservationId: created.json.id, eventId };
}

async function deliver(queue: string, tenantId: string, eventId: string, attempts = 1) {
  const batch = createMessageBatch<QueueMessage>(queue, [{ id: crypto.randomUUID(), timestamp: new Date(), attempts, body: { kind: "webhook_event", tenantId, eventId } }]);
  const ctx = createExecutionContext();
  await worker.queue(batch, env);
  return getQueueResult(batch, ctx);
}

const eventRow = (id: string) => env.DB.prepare("SELECT processed_at, outcome, last_error FROM webhook_events WHERE id = ?").bind(id).first<{ processed_at: number | null; outcome: string | null; last_error: string | null }>();
const statusOf = async (tenant: TestTenant, id: string) => (await call("GET", `/v1/reservations/${id}`, { token: tenant.token })).json;

describe("payment queue consumer", () => {
  it("retries a message whose processing throws, then confirms exactly once", async () => {
    const { tenant, reservationId, eventId } = await paidButUnprocessed();
    fake.failNext = 1;
    const failed = await deliver("posada-webhooks", tenant.tenantId, eventId);
    expect(failed.retryMessages).toHaveLength(1);
    expect(failed.explicitAcks).toEqual([]);
    expect(await eventRow(eventId)).toMatchObject({ processed_at: null, outcome: null, last_error: expect.stringContaining("500") });
    expect((await statusOf(tenant, reservationId)).status).toBe("held");

    const retried = await deliver("posada-webhooks", tenant.tenantId, eventId, 2);
    expect(retried.retryMessages).toEqual([]);
    expect(retried.explicitAcks).toHaveLength(1);
    expect(await eventRow(eventId)).toMatchObject({ outcome: "confirmed", last_error: null });

    // A third copy of the message (at-least-once delivery) is acknowledged without doing anything.
    const lookupsBefore = fake.lookups.length;
    const duplicate = await deliver("posada-webhooks", tenant.tenantId, eventId, 1);
    expect(duplicate.explicitAcks).toHaveLength(1);
    expect(fake.lookups.length).toBe(lookupsBefore);
    const reservation = await statusOf(tenant, reservationId);
    expect(reservation.status).toBe("confirmed");
    expect(reservation.payments).toHaveLength(1);
  });

  it("backs off retries exponentially, capped at ten minutes", () => {
    expect([1, 2, 3, 4, 10].map(retryDelaySeconds)).toEqual([10, 20, 40, 80, 600]);
  });

  it("parks an event the provider refuses (bad credentials) for a person, and a replay after the fix confirms it", async () => {
    const { tenant, reservationId, eventId } = await paidButUnprocessed();
    fake.uninstall();
    const rotated = new FakePaymentProviders("APP_USR-rotated-token").install();
    rotated.mpPayments.clear();
    const result = await deliver("posada-webhooks", tenant.tenantId, eventId);
    expect(result.explicitAcks).toHaveLength(1);
    expect(result.retryMessages).toEqual([]);
    expect(await eventRow(eventId)).toMatchObject({ processed_at: null, outcome: "failed", last_error: expect.stringContaining("401") });
    const alerts = (await call("GET", "/v1/alerts", { token: tenant.token })).json.data;
    expect(alerts).toEqual([expect.objectContaining({ kind: "webhook_processing_failed", subjectId: eventId })]);
    rotated.uninstall();
    fake.install();

    const replay = await call("POST", `/v1/webhook-events/${eventId}/replay`, { token: tenant.token });
    expect(replay.status).toBe(200);
    expect(replay.json.outcome).toBe("confirmed");
    expect((await statusOf(tenant, reservationId)).status).toBe("confirmed");
  });

  it("turns dead letters into a staff alert, once", async () => {
    const { tenant, eventId } = await paidButUnprocessed();
    for (let i = 0; i < 2; i++) expect((await deliver("posada-webhooks-dlq", tenant.tenantId, eventId)).explicitAcks).toHaveLength(1);
    const alerts = (await call("GET", "/v1/alerts", { token: tenant.token })).json.data;
    expect(alerts).toEqual([expect.objectContaining({ kind: "webhook_processing_stuck", subjectId: eventId })]);
    expect((await eventRow(eventId))!.outcome).toBeNull();
  });

  it("the cron sweep re-queues a stored event that was never processed, and the queue confirms it", async () => {
    const { tenant, reservationId, eventId } = await paidButUnprocessed();
    expect(await requeueUnprocessedEvents(env)).toBeGreaterThanOrEqual(1);
    await eventually(async () => expect((await eventRow(eventId))!.outcome).toBe("confirmed"));
    expect((await statusOf(tenant, reservationId)).status).toBe("confirmed");
  });

  it("lets staff resolve an alert, after which it leaves the open list", async () => {
    const { tenant, eventId } = await paidButUnprocessed();
    await deliver("posada-webhooks-dlq", tenant.tenantId, eventId);
    const [alert] = (await call("GET", "/v1/alerts", { token: tenant.token })).json.data;
    const resolved = await call("POST", `/v1/alerts/${alert.id}/resolve`, { token: tenant.token });
    expect(resolved.status).toBe(200);
    expect(resolved.json.resolvedAt).not.toBeNull();
    expect((await call("GET", "/v1/alerts", { token: tenant.token })).json.data).toEqual([]);
    expect((await call("GET", "/v1/alerts?include=all", { token: tenant.token })).json.data).toHaveLength(1);
  });
});
