import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { recordMetric } from "../../../workers/platform/metrics";
import { call } from "../support/api";
import { addMember, createTenant, type TestTenant } from "../support/tenant";

async function seed(tenant: TestTenant) {
  const now = Date.now();
  await env.DB.prepare("INSERT INTO webhook_subscriptions (id, tenant_id, url, events, secret_sealed) VALUES (?, ?, 'https://hooks.partner.fake/m', '[\"alert.raised\"]', 'x')").bind(`whs_m_${tenant.tenantId}`, tenant.tenantId).run();
  const delivery = (id: string, status: string, attempts: number, latency: number | null, createdAt: number) =>
    env.DB.prepare("INSERT INTO webhook_deliveries (id, tenant_id, subscription_id, event_type, event_key, payload, status, attempts, latency_ms, created_at) VALUES (?, ?, ?, 'alert.raised', ?, '{}', ?, ?, ?, ?)")
      .bind(`${id}_${tenant.tenantId}`, tenant.tenantId, `whs_m_${tenant.tenantId}`, id, status, attempts, latency, createdAt)
      .run();
  await delivery("ok1", "succeeded", 1, 100, now - 60_000);
  await delivery("ok2", "succeeded", 3, 300, now - 120_000);
  await delivery("dead", "failed", 9, 50, now - 180_000);
  await delivery("waiting", "pending", 1, null, now - 600_000);
  await delivery("old", "succeeded", 1, 100, now - 3 * 3600_000);
  const conversation = `conv_m_${tenant.tenantId}`;
  await env.DB.prepare("INSERT INTO conversations (id, tenant_id, channel, guest_address) VALUES (?, ?, 'whatsapp', ?)").bind(conversation, tenant.tenantId, conversation).run();
  for (const [i, status] of ["delivered", "read", "sent", "failed"].entries()) {
    await env.DB.prepare("INSERT INTO messages (id, tenant_id, conversation_id, direction, author, text, status, created_at) VALUES (?, ?, ?, 'out', 'staff', 'hola', ?, ?)")
      .bind(`msg_m_${i}_${tenant.tenantId}`, tenant.tenantId, conversation, status, now - 30_000)
      .run();
  }
}

describe("GET /v1/ops/metrics", () => {
  it("sums the tenant's deliveries, messages and queues over the window", async () => {
    const tenant = await createTenant();
    await seed(tenant);
    const other = await createTenant();
    await seed(other);
    const hour = await call("GET", "/v1/ops/metrics?window=1h", { token: tenant.token });
    expect(hour.status).toBe(200);
    expect(hour.json).toMatchObject({
      window: "1h",
      whatsapp: { sent: 3, delivered: 2, failed: 1, successRate: 0.75 },
      email: { sent: 0, successRate: null },
      webhooks: { deliveries: 4, succeeded: 2, failed: 1, attempts: 14, successRate: 0.6667, meanLatencyMs: 150, queued: 1 },
      queues: { webhooks: { waiting: 1, deadLetters: 1 }, outbound: { deadLetters: 1 } },
    });
    expect(hour.json.webhooks.oldestQueuedAgeSeconds).toBeGreaterThanOrEqual(590);
    const day = await call("GET", "/v1/ops/metrics?window=24h", { token: tenant.token });
    expect(day.json.webhooks.deliveries).toBe(5);
  });

  it("refuses unknown windows with 400 and staff with 403", async () => {
    const tenant = await createTenant();
    expect((await call("GET", "/v1/ops/metrics?window=2d", { token: tenant.token })).status).toBe(400);
    const staff = await addMember(tenant, "staff");
    expect((await call("GET", "/v1/ops/metrics", { token: staff.token })).status).toBe(403);
  });
});

describe("recordMetric", () => {
  it("writes one Analytics Engine data point, indexed by tenant, and does nothing without the binding", () => {
    const points: AnalyticsEngineDataPoint[] = [];
    recordMetric({ METRICS: { writeDataPoint: (p?: AnalyticsEngineDataPoint) => void points.push(p!) } }, "request", { tenantId: "ten_a", route: "GET /v1/me", status: 200, latencyMs: 12, outcome: "ok" });
    expect(points).toEqual([{ indexes: ["ten_a"], blobs: ["request", "ten_a", "GET /v1/me", "ok"], doubles: [12, 200, 1] }]);
    expect(() => recordMetric({}, "request", { latencyMs: 1 })).not.toThrow();
  });

  it("has the METRICS dataset bound from wrangler.toml, as in production, and every request writes to it without failing", async () => {
    expect(env.METRICS).toBeDefined();
    expect(() => recordMetric(env, "request", { tenantId: "ten_a", route: "GET /v1/me", status: 200, latencyMs: 12, outcome: "ok" })).not.toThrow();
    // The access log writes a data point for every request through the real binding.
    expect((await call("GET", "/healthz")).status).toBe(200);
  });
});
