import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { call } from "../support/api";
import { createAccommodation } from "../support/accommodations";
import { installFakeServices } from "../support/fake-services";
import { futureDate, hold } from "../support/reservations";
import { createTenant, type TestTenant } from "../support/tenant";

/**
 * Every write route of /openapi.json, with bodies a careless or hostile client sends: wrong types,
 * huge strings, absurd numbers and dates, unicode oddities. Whatever the route, the answer is a
 * 2xx or a 4xx application/problem+json: never a 5xx, never a bare error.
 */
interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  $ref?: string;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
}

interface Operation {
  method: string;
  path: string;
  bodySchema: JsonSchema | null;
}

const HOSTILE: unknown[] = [
  null,
  true,
  -1,
  0.5,
  1e308,
  -9_007_199_254_740_993,
  9_007_199_254_740_991,
  "",
  "x".repeat(70_000),
  "0000-00-00",
  "2027-02-30",
  "9999-12-31",
  "1970-01-01",
  "\u0000\u0007",
  "\u202e\u0644\u0627 \ud83c\udfe1",
  "\ud800",
  "' OR 1=1 --",
  "<script>alert(1)</script>",
  [],
  [1, "a", null],
  {},
  { amount: 1e20, currency: "ARS" },
  { amount: "100", currency: "ars" },
];

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** Routes whose success would end the fuzzing tenant's session or belongs to no tenant. */
const SKIP = new Set(["POST /v1/signup", "POST /v1/sessions", "POST /v1/invitations/accept"]);

let services: ReturnType<typeof installFakeServices>;
let tenant: TestTenant;
let ids: Record<string, string>;
let operations: Operation[];

beforeAll(async () => {
  services = installFakeServices();
  tenant = await createTenant();
  const accommodationId = await createAccommodation(tenant, { minStay: 1 });
  const reservation = await hold(tenant, accommodationId, futureDate("06-01"), futureDate("06-03"));
  ids = { accommodations: accommodationId, reservations: reservation.json.id };
  const doc = (await call("GET", "/openapi.json")).json as {
    paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>;
    components?: { schemas?: Record<string, JsonSchema> };
  };
  const resolve = (schema: JsonSchema | undefined): JsonSchema | null => {
    if (!schema) return null;
    if (schema.$ref) return resolve(doc.components?.schemas?.[schema.$ref.split("/").pop()!]);
    if (schema.allOf?.[0]) return resolve(schema.allOf[0]);
    return schema;
  };
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .map(([method, op]) => ({ method: method.toUpperCase(), path, bodySchema: resolve(op.requestBody?.content?.["application/json"]?.schema) }))
      .filter((op) => WRITE_METHODS.has(op.method) && (op.path.startsWith("/v1/") || op.path.startsWith("/chat/")) && !SKIP.has(`${op.method} ${op.path}`)),
  );
});

afterAll(() => vi.restoreAllMocks());

/** A concrete path: the fuzzing tenant's own ids where the resource has one, else an unknown id. */
function concretePath(path: string): string {
  const resource = path.split("/")[2] ?? "";
  return path
    .replace("{tenantSlug}", tenant.slug)
    .replace(/\{id\}/, ids[resource] ?? "zz_unknown")
    .replace(/\{[^}]+\}/g, "zz_unknown");
}

/** A plausible value for a field, so that one hostile field at a time reaches the route's own checks. */
function plausible(name: string, schema: JsonSchema | undefined, depth = 0): unknown {
  const type = Array.isArray(schema?.type) ? schema?.type[0] : schema?.type;
  if (type === "object" || schema?.properties) {
    if (depth > 3) return {};
    return Object.fromEntries(Object.entries(schema?.properties ?? {}).map(([key, value]) => [key, plausible(key, value, depth + 1)]));
  }
  if (type === "array") return [];
  if (type === "integer" || type === "number") return 2;
  if (type === "boolean") return false;
  if (/check|date|from|^to$|night/i.test(name)) return name.toLowerCase().includes("out") || name === "to" ? futureDate("04-03") : futureDate("04-01");
  if (name === "currency") return "ARS";
  return "x";
}

/** Bad bodies for one schema: the whole body replaced, then each field of a plausible body replaced in turn. */
function badBodies(schema: JsonSchema | null, pick: (n: number) => number): unknown[] {
  const bodies: unknown[] = [HOSTILE[pick(HOSTILE.length)], "not json at all"];
  const base = plausible("", schema ?? undefined) as Record<string, unknown>;
  for (const field of Object.keys(schema?.properties ?? {})) {
    for (let i = 0; i < 3; i++) bodies.push({ ...base, [field]: HOSTILE[pick(HOSTILE.length)] });
  }
  return bodies;
}

describe("fuzzing every write route from /openapi.json", () => {
  it("never answers 5xx or a non-problem error, whatever the body", async () => {
    let seed = 20261201;
    const pick = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    expect(operations.length).toBeGreaterThan(20);
    const failures: string[] = [];
    for (const op of operations) {
      for (const body of badBodies(op.bodySchema, pick)) {
        const raw = typeof body === "string" && body === "not json at all";
        const response = await call(op.method, concretePath(op.path), {
          token: tenant.token,
          ...(raw ? { rawBody: body, headers: { "content-type": "application/json" } } : { body }),
        });
        const label = `${op.method} ${op.path} ${JSON.stringify(body)?.slice(0, 80)} → ${response.status}`;
        if (response.status >= 500) failures.push(label);
        else if (response.status >= 400 && !response.headers.get("content-type")?.includes("application/problem+json")) failures.push(`${label} (not problem+json)`);
      }
    }
    expect(failures).toEqual([]);
    expect(services.graph.sent.length).toBeGreaterThanOrEqual(0);
  }, 120_000);
});
