import { describe, expect, it } from "vitest";
import { buildApp } from "../../workers/http/app";
import { call } from "./support/api";

/** Hono writes path parameters as `:id`, OpenAPI as `{id}`. */
const asOpenApiPath = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, "{$1}");

describe("the generated contract covers the API", () => {
  it("documents every route registered under /v1 and /chat in /openapi.json", async () => {
    const documented = (await call("GET", "/openapi.json")).json as { paths: Record<string, Record<string, unknown>> };
    const operations = new Set(Object.entries(documented.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`)));
    const registered = buildApp()
      // app.use() middleware registers as ALL; only handlers of a method are routes.
      .routes.filter((route) => route.method !== "ALL" && /^\/(v1|chat)\//.test(route.path))
      .map((route) => `${route.method} ${asOpenApiPath(route.path)}`);
    expect(registered.length).toBeGreaterThan(40);
    expect([...new Set(registered)].filter((operation) => !operations.has(operation))).toEqual([]);
  });

  it("documents the web chat, its session token and its socket", async () => {
    const doc = (await call("GET", "/openapi.json")).json;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/chat/{tenantSlug}/sessions", "/chat/{tenantSlug}/sessions/{sessionId}/messages", "/chat/{tenantSlug}/sessions/{sessionId}/ws"]),
    );
    expect(Object.keys(doc.paths["/chat/{tenantSlug}/sessions/{sessionId}/ws"].get.responses)).toEqual(expect.arrayContaining(["101", "426"]));
    expect(doc.components.securitySchemes.chatSession.scheme).toBe("bearer");
  });
});
