import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { database } from "../../../platform/db/client";
import type { AppEnv } from "../../../platform/env";
import { requireAdminSession } from "../../middleware/auth";
import { revokeApiKey } from "../../../tenancy/api-keys";
import { authErrors, notFoundError, security } from "../../common";
import { apiKeyIdParam } from "./schema";

const route = createRoute({
  method: "delete",
  path: "/v1/api-keys/{id}",
  tags: ["API keys"],
  summary: "Revoke an API key; it stops working at once",
  security,
  middleware: [requireAdminSession()] as const,
  request: { params: apiKeyIdParam },
  responses: { 204: { description: "Revoked" }, ...authErrors, ...notFoundError },
});

export function registerDeleteApiKey(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    await revokeApiKey(database(c.env.DB), c.get("principal").tenantId, c.req.valid("param").id);
    return c.body(null, 204);
  });
}
