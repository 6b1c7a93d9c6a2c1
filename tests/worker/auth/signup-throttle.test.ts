import { createScheduledController, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../../workers/index";
import { signupThrottleKey } from "../../../workers/tenancy/signup-throttle";
import { call } from "../support/api";

const signupBody = (unique: string) => ({
  tenant: { name: `Throttle ${unique}`, country: "AR", timezone: "America/Argentina/Buenos_Aires", currency: "ARS" },
  owner: { name: "Owner", email: `throttle-${unique}@example.test`, password: "long enough password" },
});

describe("POST /v1/signup throttle", () => {
  it("answers 429 with Retry-After once one address has signed up 5 times in a minute", async () => {
    const address = `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
    const run = crypto.randomUUID().slice(0, 8);
    // All six at once: the limit is checked before the password is hashed, so they land in one
    // window of the binding even on a slow machine (one at a time, six hashes could straddle two).
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, i) => call("POST", "/v1/signup", { body: signupBody(`${run}-${i}`), headers: { "cf-connecting-ip": address } })),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([201, 201, 201, 201, 201, 429]);
    const refusedIndex = responses.findIndex((r) => r.status === 429);
    const refused = responses[refusedIndex]!;
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    expect(refused.json.code).toBe("rate_limited");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const created = await env.DB.prepare("SELECT count(*) AS n FROM users WHERE email = ?").bind(`throttle-${run}-${refusedIndex}@example.test`).first<{ n: number }>();
    expect(created?.n).toBe(0);

    const elsewhere = await call("POST", "/v1/signup", { body: signupBody(`${run}-other`), headers: { "cf-connecting-ip": "198.18.0.9" } });
    expect(elsewhere.status).toBe(201);
  });
});

describe("the 15-minute cron", () => {
  it("deletes sign-in windows that have ended and keeps the current ones", async () => {
    const now = Date.now();
    const tag = crypto.randomUUID();
    await env.DB.batch([
      env.DB.prepare("INSERT INTO rate_limit_windows (key, window_start, count) VALUES (?, ?, 3)").bind(`login:account:ended-${tag}`, now - 16 * 60_000),
      env.DB.prepare("INSERT INTO rate_limit_windows (key, window_start, count) VALUES (?, ?, 3)").bind(`apikey:ended-${tag}`, now - 60 * 60_000),
      env.DB.prepare("INSERT INTO rate_limit_windows (key, window_start, count) VALUES (?, ?, 3)").bind(`login:account:current-${tag}`, now - 60_000),
    ]);
    await worker.scheduled(createScheduledController({ scheduledTime: now, cron: "*/15 * * * *" }), env);
    const left = await env.DB.prepare("SELECT key FROM rate_limit_windows WHERE key LIKE ?").bind(`%-${tag}`).all<{ key: string }>();
    expect(left.results.map((r) => r.key)).toEqual([`login:account:current-${tag}`]);
  });
});

describe("signupThrottleKey", () => {
  it("fails closed in production when the edge gave no address, and spares only local calls elsewhere", () => {
    expect(signupThrottleKey(null, "production")).toBe("unknown");
    expect(signupThrottleKey("127.0.0.1", "production")).toBe("127.0.0.1");
    expect(signupThrottleKey("203.0.113.4", "production")).toBe("203.0.113.4");
    expect(signupThrottleKey(null, "test")).toBeNull();
    expect(signupThrottleKey("127.0.0.1", "development")).toBeNull();
    expect(signupThrottleKey("203.0.113.4", "development")).toBe("203.0.113.4");
  });
});
