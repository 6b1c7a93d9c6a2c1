import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

describe("GET /healthz", () => {
  it("reports the database as reachable", async () => {
    const response = await SELF.fetch("http://posada.test/healthz");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBeTruthy();
    const body = await response.json<{ status: string; checks: Record<string, { ok: boolean }> }>();
    expect(body.status).toBe("ok");
    expect(body.checks.db?.ok).toBe(true);
    expect(body.checks.calendar?.ok).toBe(true);
    expect(body.checks.queue?.ok).toBe(true);
  });

  it("reports a stalled payment queue as degraded", async () => {
    await env.DB.prepare("INSERT INTO webhook_events (id, tenant_id, provider, provider_event_id, raw_body, received_at) VALUES ('evt_stalled', 'ten_x', 'stripe', 'evt_stalled', '{}', ?)")
      .bind(Date.now() - 31 * 60_000)
      .run();
    const body = await (await SELF.fetch("http://posada.test/healthz")).json<{ status: string; checks: Record<string, { ok: boolean; detail?: string }> }>();
    expect(body.status).toBe("degraded");
    expect(body.checks.queue).toEqual({ ok: false, detail: expect.stringContaining("1 payment notification") });
    await env.DB.prepare("DELETE FROM webhook_events WHERE id = 'evt_stalled'").run();
  });
});

describe("GET /healthz with a partner failing", () => {
  it("is degraded, not down, while a partner's webhook endpoint keeps failing", async () => {
    await env.DB.prepare("INSERT INTO webhook_subscriptions (id, tenant_id, url, events, secret_sealed, failure_streak, failing_since) VALUES ('whs_failing', 'ten_x', 'https://hooks.partner.fake/x', '[\"alert.raised\"]', 'sealed', 4, ?)")
      .bind(Date.now() - 3600_000)
      .run();
    const response = await SELF.fetch("http://posada.test/healthz");
    expect(response.status).toBe(200);
    const body = await response.json<{ status: string; checks: Record<string, { ok: boolean; detail?: string }> }>();
    expect(body.status).toBe("degraded");
    expect(body.checks.integrations).toEqual({ ok: false, detail: expect.stringContaining("1 partner webhook endpoints failing") });
    expect(body.checks.db?.ok).toBe(true);
    await env.DB.prepare("DELETE FROM webhook_subscriptions WHERE id = 'whs_failing'").run();
    const healed = await (await SELF.fetch("http://posada.test/healthz")).json<{ checks: Record<string, { ok: boolean }> }>();
    expect(healed.checks.integrations?.ok).toBe(true);
  });
});
