import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { requireAdminSession, sessionUserId } from "../../middleware/auth";
import { createApiKey } from "../../../tenancy/api-keys";
import { authErrors, jsonBody, jsonResponse, security } from "../../common";
import { createApiKeyRequest, createdApiKey } from "./schema";

const route = createRoute({
  method: "post",
  path: "/v1/api-keys",
  tags: ["API keys"],
  summary: "Create a partner API key (the key is shown only in this answer)",
  security,
  middleware: [requireAdminSession()] as const,
  request: { body: jsonBody(createApiKeyRequest) },
  responses: { 201: jsonResponse("Created", createdApiKey), ...authErrors },
});

export function registerCreateApiKey(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const principal = c.get("principal");
    const created = await createApiKey(database(c.env.DB), principal.tenantId, sessionUserId(principal), c.req.valid("json"));
    return c.json({ id: created.id, key: created.key, start: created.start, scopes: created.scopes }, 201);
  });
}
