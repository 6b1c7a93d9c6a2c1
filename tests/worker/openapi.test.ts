import { describe, expect, it } from "vitest";
import { call } from "./support/api";

describe("the generated contract", () => {
  it("serves OpenAPI 3.1 with the contract's paths and a bearer scheme", async () => {
    const response = await call("GET", "/openapi.json");
    expect(response.status).toBe(200);
    expect(response.json.openapi).toBe("3.1.0");
    for (const path of ["/v1/signup", "/v1/sessions", "/v1/me/totp", "/v1/me/totp/verify", "/v1/api-keys", "/v1/api-keys/{id}", "/healthz"]) {
      expect(Object.keys(response.json.paths)).toContain(path);
    }
    expect(response.json.components.securitySchemes.bearer.scheme).toBe("bearer");
  });

  it("serves a browsable reference at /docs", async () => {
    const response = await call("GET", "/docs");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(response.text).toContain("/openapi.json");
  });
});
