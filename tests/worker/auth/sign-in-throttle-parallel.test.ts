import { describe, expect, it } from "vitest";
import { call } from "../support/api";
import { createTenant } from "../support/tenant";
import { uniqueAddress } from "../support/addresses";

/** A documentation-range address of its own per test, so no other test's attempts count against it. */

describe("POST /v1/sessions under parallel attempts", () => {
  it("checks at most 5 passwords for one account however many attempts arrive at once", async () => {
    const tenant = await createTenant();
    const address = uniqueAddress();
    const attempts = Array.from({ length: 60 }, (_, i) =>
      call("POST", "/v1/sessions", {
        body: { email: tenant.email, password: i === 59 ? tenant.password : `wrong guess ${i}` },
        headers: { "cf-connecting-ip": address },
      }),
    );
    const answers = await Promise.all(attempts);

    const checked = answers.filter((a) => a.status === 401 || a.status === 201);
    const refused = answers.filter((a) => a.status === 429);
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(answers.filter((a) => a.status === 401).every((a) => a.json.code === "invalid_credentials")).toBe(true);
    expect(checked.length + refused.length).toBe(60);
    for (const answer of refused) {
      expect(answer.headers.get("content-type")).toContain("application/problem+json");
      expect(answer.json.code).toBe("too_many_attempts");
      expect(Number(answer.headers.get("retry-after"))).toBeGreaterThan(0);
    }
  });

  it("refuses the right password once parallel wrong guesses spent the budget", async () => {
    const tenant = await createTenant();
    const address = uniqueAddress();
    const guesses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        call("POST", "/v1/sessions", { body: { email: tenant.email, password: `wrong guess ${i}` }, headers: { "cf-connecting-ip": address } }),
      ),
    );
    expect(guesses.filter((a) => a.status === 401)).toHaveLength(5);
    const right = await call("POST", "/v1/sessions", { body: { email: tenant.email, password: tenant.password }, headers: { "cf-connecting-ip": uniqueAddress() } });
    expect(right.status).toBe(429);
    expect(right.json.code).toBe("too_many_attempts");
  });

  it("lets one address check at most 30 passwords across accounts, even all at once", async () => {
    const address = uniqueAddress();
    const answers = await Promise.all(
      Array.from({ length: 45 }, (_, i) =>
        call("POST", "/v1/sessions", { body: { email: `parallel-spray-${i}-${address.replaceAll(":", "-")}@example.test`, password: "guess guess" }, headers: { "cf-connecting-ip": address } }),
      ),
    );
    expect(answers.filter((a) => a.status === 401).length).toBeLessThanOrEqual(30);
    expect(answers.filter((a) => a.status === 429).length).toBeGreaterThanOrEqual(15);
  });

  it("does not count a successful sign-in against the budget", async () => {
    const tenant = await createTenant();
    const address = uniqueAddress();
    for (let i = 0; i < 8; i++) {
      const ok = await call("POST", "/v1/sessions", { body: { email: tenant.email, password: tenant.password }, headers: { "cf-connecting-ip": address } });
      expect(ok.status).toBe(201);
    }
  });
});
