import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { call } from "../support/api";
import { createTenant, type TestTenant } from "../support/tenant";

async function outboundMessage(tenant: TestTenant, status: string, channel = "whatsapp") {
  const conversationId = `conv_rp_${crypto.randomUUID().slice(0, 12)}`;
  const id = `msg_rp_${crypto.randomUUID().slice(0, 12)}`;
  await env.DB.prepare("INSERT INTO conversations (id, tenant_id, channel, guest_address) VALUES (?, ?, ?, ?)").bind(conversationId, tenant.tenantId, channel, conversationId).run();
  await env.DB.prepare("INSERT INTO messages (id, tenant_id, conversation_id, direction, author, text, status, error, sweep_requeues) VALUES (?, ?, ?, 'out', 'staff', 'Hola', ?, 'WhatsApp was down', 5)")
    .bind(id, tenant.tenantId, conversationId, status)
    .run();
  return id;
}

describe("POST /v1/outbound-messages/:id/replay", () => {
  it("queues a failed message again, once, with a fresh rescue budget", async () => {
    const tenant = await createTenant();
    const id = await outboundMessage(tenant, "failed");
    const replayed = await call("POST", `/v1/outbound-messages/${id}/replay`, { token: tenant.token });
    expect(replayed.status).toBe(202);
    const row = await env.DB.prepare("SELECT status, error, sweep_requeues FROM messages WHERE id = ?").bind(id).first<{ status: string; error: string | null; sweep_requeues: number }>();
    // Queued (or already taken by the consumer): never failed any more, and its budget starts over.
    expect(row?.status).not.toBe("failed");
    expect(row?.sweep_requeues).toBe(0);
    const again = await call("POST", `/v1/outbound-messages/${id}/replay`, { token: tenant.token });
    expect([409, 202]).toContain(again.status);
    if (again.status === 409) expect(again.json.code).toBe("not_failed");
  });

  it("refuses a message that did not fail (409) and another tenant's (404)", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const sent = await outboundMessage(tenant, "delivered");
    const replayed = await call("POST", `/v1/outbound-messages/${sent}/replay`, { token: tenant.token });
    expect(replayed.status).toBe(409);
    expect(replayed.json.code).toBe("not_failed");
    const failed = await outboundMessage(tenant, "failed");
    expect((await call("POST", `/v1/outbound-messages/${failed}/replay`, { token: other.token })).status).toBe(404);
    expect((await env.DB.prepare("SELECT status FROM messages WHERE id = ?").bind(failed).first<{ status: string }>())?.status).toBe("failed");
  });
});
