import { describe, expect, it } from "vitest";
import { PUBLIC_V1_ROUTES } from "../../../workers/http/register";
import { call } from "../support/api";
import { ROUTE_CASES } from "./route-cases";
import { SECURITY_PARTS, securityCases } from "./run-case";

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

  securityCases(0, SECURITY_PARTS);
});
