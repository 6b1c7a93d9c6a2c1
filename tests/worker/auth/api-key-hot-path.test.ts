import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { buildApp } from "../../../workers/http/app";
import { BASE } from "../support/api";
import { countingD1 } from "../support/counting-d1";
import { createKey, createTenant } from "../support/tenant";

const WRITE = /^\s*(insert|update|delete|replace|create|drop|alter)\b/i;

/** env.DB with every statement recorded (tests/worker/support/counting-d1.ts), and its writes. */
function countingDatabase(db: D1Database) {
  const counted = countingD1(db);
  return { ...counted, writes: () => counted.statements.filter((sql) => WRITE.test(sql)) };
}

/** One request through the real app with the counting database, waiting for its waitUntil work too. */
async function requestWithCountedDatabase(path: string, token: string) {
  const counted = countingDatabase(env.DB);
  const ctx = createExecutionContext();
  const response = await buildApp().request(`${BASE}${path}`, { headers: { authorization: `Bearer ${token}` } }, { ...env, DB: counted.db }, ctx);
  await waitOnExecutionContext(ctx);
  return { response, counted };
}

describe("authenticating an API key on the hot path", () => {
  it("costs no D1 write once the key was used in the last minute", async () => {
    const tenant = await createTenant();
    const key = await createKey(tenant, ["reservations:read"]);
    const first = await requestWithCountedDatabase("/v1/reservations", key.key);
    expect(first.response.status).toBe(200);
    expect(first.counted.writes()).toHaveLength(1); // the first use records lastUsedAt

    const second = await requestWithCountedDatabase("/v1/reservations", key.key);
    expect(second.response.status).toBe(200);
    expect(second.counted.statements.length).toBeGreaterThan(0); // the proxy does see the reads
    expect(second.counted.writes()).toEqual([]);
  });

  it("touches lastUsedAt again once the last touch is over a minute old", async () => {
    const tenant = await createTenant();
    const key = await createKey(tenant, ["reservations:read"]);
    await env.DB.prepare("UPDATE api_keys SET last_used_at = ? WHERE id = ?").bind(Date.now() - 61_000, key.id).run();
    const { counted } = await requestWithCountedDatabase("/v1/reservations", key.key);
    expect(counted.writes()).toHaveLength(1);
    const row = await env.DB.prepare("SELECT last_used_at FROM api_keys WHERE id = ?").bind(key.id).first<{ last_used_at: number }>();
    expect(Date.now() - (row?.last_used_at ?? 0)).toBeLessThan(10_000);
  });
});
