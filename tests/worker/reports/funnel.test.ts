import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { responseTimes } from "../../../workers/reports/funnel";
import { createAccommodation } from "../support/accommodations";
import { createTenant, type TestTenant } from "../support/tenant";
import { kpis } from "./season";

const HOUR = 3_600_000;

async function conversation(tenant: TestTenant, createdAt: number, escalated = false) {
  const id = `conv_funnel_${crypto.randomUUID().slice(0, 12)}`;
  await env.DB.prepare(`INSERT INTO conversations (id, tenant_id, channel, guest_address, escalated, created_at) VALUES (?, ?, 'whatsapp', ?, ?, ?)`)
    .bind(id, tenant.tenantId, id, escalated ? 1 : 0, createdAt)
    .run();
  return id;
}

async function message(tenant: TestTenant, conversationId: string, direction: "in" | "out", at: number, mediaType: string | null = null) {
  await env.DB.prepare(`INSERT INTO messages (id, tenant_id, conversation_id, direction, author, text, status, media_type, created_at) VALUES (?, ?, ?, ?, ?, 'hola', 'sent', ?, ?)`)
    .bind(`msg_${crypto.randomUUID().slice(0, 12)}`, tenant.tenantId, conversationId, direction, direction === "in" ? "guest" : "assistant", mediaType, at)
    .run();
}

async function assistantHold(tenant: TestTenant, acc: string, conversationId: string, status: string, createdAt: number) {
  const id = `res_funnel_${crypto.randomUUID().slice(0, 12)}`;
  await env.DB.prepare(
    `INSERT INTO reservations (id, tenant_id, accommodation_id, code, status, check_in, check_out, guests, guest_name, source, total_amount, deposit_amount, currency, conversation_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, '2031-01-10', '2031-01-12', 2, 'Ana', 'whatsapp', 100, 30, 'ARS', ?, ?, ?)`,
  )
    .bind(id, tenant.tenantId, acc, id, status, conversationId, createdAt, createdAt)
    .run();
}

describe("the booking funnel", () => {
  it("counts leads, holds made in conversations, confirmations, hand-overs and first responses over 24 h and 7 days", async () => {
    const tenant = await createTenant();
    const acc = await createAccommodation(tenant);
    const now = Date.now();
    const typed = await conversation(tenant, now - HOUR);
    const spoken = await conversation(tenant, now - 2 * HOUR, true);
    const unanswered = await conversation(tenant, now - 3 * HOUR);
    const twoDaysAgo = await conversation(tenant, now - 48 * HOUR);
    await conversation(tenant, now - 10 * 24 * HOUR);
    await message(tenant, typed, "in", now - HOUR);
    await message(tenant, typed, "out", now - HOUR + 4_000);
    await message(tenant, typed, "in", now - HOUR + 60_000);
    await message(tenant, typed, "out", now - HOUR + 600_000);
    await message(tenant, spoken, "in", now - 2 * HOUR, "audio/ogg");
    await message(tenant, spoken, "out", now - 2 * HOUR + 30_000);
    await message(tenant, unanswered, "in", now - 3 * HOUR);
    await message(tenant, twoDaysAgo, "in", now - 48 * HOUR);
    await message(tenant, twoDaysAgo, "out", now - 48 * HOUR + 10_000);
    await assistantHold(tenant, acc, typed, "confirmed", now - HOUR);
    await assistantHold(tenant, acc, spoken, "expired", now - 2 * HOUR);

    const { json } = await kpis(tenant.token, {});
    expect(json.funnel).toEqual({
      leads24h: 3,
      leads7d: 4,
      offers: null,
      holds: 2,
      confirmed: 1,
      holdRate: 0.5,
      confirmRate: 0.5,
      conversionRate7d: 0.25,
      fallbackRate: null,
      handOverRate: 0.25,
      firstResponse: { text: { count: 2, meanSeconds: 7, p95Seconds: 10 }, voice: { count: 1, meanSeconds: 30, p95Seconds: 30 } },
    });
  });

  it("takes the 95th percentile by nearest rank", () => {
    const waits = Array.from({ length: 20 }, (_, i) => (i + 1) * 1000);
    expect(responseTimes(waits)).toEqual({ count: 20, meanSeconds: 11, p95Seconds: 19 });
    expect(responseTimes([])).toEqual({ count: 0, meanSeconds: null, p95Seconds: null });
  });
});
