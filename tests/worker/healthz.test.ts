import { SELF } from "cloudflare:test";
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
  });
});
