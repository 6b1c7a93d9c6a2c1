import { beforeAll, describe, expect, it } from "vitest";
import { SCOPES } from "../../../workers/tenancy/principal";
import { PUBLIC_V1_ROUTES } from "../../../workers/http/register";
import { call } from "../support/api";
import { createKey, createTenant, type TestTenant } from "../support/tenant";
import { ROUTE_CASES, type RouteCase } from "./route-cases";

interface Operation {
  method: string;
  path: string;
}

async function documentedV1Operations(): Promise<Operation[]> {
  const doc = (await call("GET", "/openapi.json")).json as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths)
    .filter(([path]) => path.startsWith("/v1/"))
    .flatMap(([path, methods]) => Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })));
}

const keyOf = (op: Operation) => `${op.method} ${op.path}`;

describe("security suite: every /v1 route", () => {
  it("has a case here, or is deliberately public", async () => {
    const missing = (await documentedV1Operations())
      .map(keyOf)
      .filter((key) => !PUBLIC_V1_ROUTES.has(key) && !ROUTE_CASES[key]);
    expect(missing).toEqual([]);
  });

  for (const [route, routeCase] of Object.entries(ROUTE_CASES)) {
    describe(route, () => runCase(route, routeCase));
  }
});

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
