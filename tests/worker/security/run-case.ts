import { beforeAll, describe, expect, it } from "vitest";
import { SCOPES } from "../../../workers/tenancy/principal";
import { call } from "../support/api";
import { createKey, createTenant, type TestTenant } from "../support/tenant";
import { ROUTE_CASES, type RouteCase } from "./route-cases";

/** How many files the route cases are spread over (suite.test.ts and suite-part-N.test.ts). */
export const SECURITY_PARTS = 3;

/**
 * The route cases of one part of the suite (every `parts`-th case from `part`). The suite is split
 * over files because each file runs in an isolate of its own, and the test runtime wraps every
 * Durable Object instance it constructs in one more proxy layer: the two tenants each route case
 * creates, over all routes in one isolate, nested them past the stack's depth.
 */
export function securityCases(part: number, parts: number): void {
  Object.entries(ROUTE_CASES)
    .filter((_, index) => index % parts === part)
    .forEach(([route, routeCase]) => describe(route, () => runCase(route, routeCase)));
}

function runCase(route: string, routeCase: RouteCase) {
  const method = route.split(" ")[0]!;
  let owner: TestTenant;
  let intruder: TestTenant;

  beforeAll(async () => {
    owner = await createTenant();
    intruder = await createTenant();
  });

  it("answers 401 without credentials", async () => {
    const { path, body } = await routeCase.prepare(owner);
    const response = await call(method, path, { body });
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
  });

  it("answers 401 for a revoked key", async () => {
    const { path, body } = await routeCase.prepare(owner);
    const key = await createKey(owner, [...SCOPES]);
    await call("DELETE", `/v1/api-keys/${key.id}`, { token: owner.token });
    expect((await call(method, path, { body, token: key.key })).status).toBe(401);
  });

  it("answers 403 for a key without the route's scope", async () => {
    const { path, body } = await routeCase.prepare(owner);
    const granted =
      typeof routeCase.access === "object" ? SCOPES.filter((s) => s !== (routeCase.access as { scope: string }).scope) : [...SCOPES];
    const key = await createKey(owner, granted);
    const response = await call(method, path, { body, token: key.key });
    expect(response.status).toBe(403);
    expect(response.json.code).toBe("forbidden");
  });

  if (routeCase.namesResource) {
    it("answers 404 to another tenant's valid session and key", async () => {
      const { path, body } = await routeCase.prepare(owner);
      expect((await call(method, path, { body, token: intruder.token })).status).toBe(404);
      if (typeof routeCase.access === "object") {
        const key = await createKey(intruder, [...SCOPES]);
        expect((await call(method, path, { body, token: key.key })).status).toBe(404);
      }
    });
  }
}
